import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentions_list_format import MentionsListFormat
from ...models.mentions_list_method_item import MentionsListMethodItem
from ...models.mentions_list_review_status_item import MentionsListReviewStatusItem
from ...models.paginated_mention_summary_list import PaginatedMentionSummaryList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    method: list[MentionsListMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsListReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_actor: list[str] | Unset = UNSET
    if not isinstance(actor, Unset):
        json_actor = actor

    params["actor"] = json_actor

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["cursor"] = cursor

    json_exclude_actor: list[str] | Unset = UNSET
    if not isinstance(exclude_actor, Unset):
        json_exclude_actor = exclude_actor

    params["exclude_actor"] = json_exclude_actor

    json_exclude_expert: list[str] | Unset = UNSET
    if not isinstance(exclude_expert, Unset):
        json_exclude_expert = exclude_expert

    params["exclude_expert"] = json_exclude_expert

    json_exclude_publication: list[str] | Unset = UNSET
    if not isinstance(exclude_publication, Unset):
        json_exclude_publication = exclude_publication

    params["exclude_publication"] = json_exclude_publication

    json_exclude_takeaway: list[str] | Unset = UNSET
    if not isinstance(exclude_takeaway, Unset):
        json_exclude_takeaway = exclude_takeaway

    params["exclude_takeaway"] = json_exclude_takeaway

    json_expert: list[str] | Unset = UNSET
    if not isinstance(expert, Unset):
        json_expert = expert

    params["expert"] = json_expert

    json_expert_all: list[str] | Unset = UNSET
    if not isinstance(expert_all, Unset):
        json_expert_all = expert_all

    params["expert_all"] = json_expert_all

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["group_by"] = group_by

    params["group_limit"] = group_limit

    json_method: list[str] | Unset = UNSET
    if not isinstance(method, Unset):
        json_method = []
        for method_item_data in method:
            method_item = method_item_data.value
            json_method.append(method_item)

    params["method"] = json_method

    params["omit"] = omit

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_publication: list[str] | Unset = UNSET
    if not isinstance(publication, Unset):
        json_publication = publication

    params["publication"] = json_publication

    params["q"] = q

    json_review_status: list[str] | Unset = UNSET
    if not isinstance(review_status, Unset):
        json_review_status = []
        for review_status_item_data in review_status:
            review_status_item = review_status_item_data.value
            json_review_status.append(review_status_item)

    params["review_status"] = json_review_status

    json_takeaway: list[str] | Unset = UNSET
    if not isinstance(takeaway, Unset):
        json_takeaway = takeaway

    params["takeaway"] = json_takeaway

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    json_updated_before: str | Unset = UNSET
    if not isinstance(updated_before, Unset):
        json_updated_before = updated_before.isoformat()
    params["updated_before"] = json_updated_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mentions/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedMentionSummaryList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedMentionSummaryList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = Problem.from_dict(response.json())

        return response_405

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedMentionSummaryList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    method: list[MentionsListMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsListReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedMentionSummaryList | Problem]:
    """A takeaway's located naming of an actor.

    Args:
        actor (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        cursor (str | Unset):
        exclude_actor (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (MentionsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        method (list[MentionsListMethodItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        q (str | Unset):
        review_status (list[MentionsListReviewStatusItem] | Unset):
        takeaway (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedMentionSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        as_of=as_of,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        exclude_actor=exclude_actor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        method=method,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        q=q,
        review_status=review_status,
        takeaway=takeaway,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    method: list[MentionsListMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsListReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedMentionSummaryList | Problem | None:
    """A takeaway's located naming of an actor.

    Args:
        actor (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        cursor (str | Unset):
        exclude_actor (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (MentionsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        method (list[MentionsListMethodItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        q (str | Unset):
        review_status (list[MentionsListReviewStatusItem] | Unset):
        takeaway (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedMentionSummaryList | Problem
    """

    return sync_detailed(
        client=client,
        actor=actor,
        as_of=as_of,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        exclude_actor=exclude_actor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        method=method,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        q=q,
        review_status=review_status,
        takeaway=takeaway,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    method: list[MentionsListMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsListReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedMentionSummaryList | Problem]:
    """A takeaway's located naming of an actor.

    Args:
        actor (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        cursor (str | Unset):
        exclude_actor (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (MentionsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        method (list[MentionsListMethodItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        q (str | Unset):
        review_status (list[MentionsListReviewStatusItem] | Unset):
        takeaway (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedMentionSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        as_of=as_of,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        exclude_actor=exclude_actor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        method=method,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        q=q,
        review_status=review_status,
        takeaway=takeaway,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    method: list[MentionsListMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsListReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedMentionSummaryList | Problem | None:
    """A takeaway's located naming of an actor.

    Args:
        actor (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        cursor (str | Unset):
        exclude_actor (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (MentionsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        method (list[MentionsListMethodItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        q (str | Unset):
        review_status (list[MentionsListReviewStatusItem] | Unset):
        takeaway (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedMentionSummaryList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            actor=actor,
            as_of=as_of,
            created_after=created_after,
            created_before=created_before,
            cursor=cursor,
            exclude_actor=exclude_actor,
            exclude_expert=exclude_expert,
            exclude_publication=exclude_publication,
            exclude_takeaway=exclude_takeaway,
            expert=expert,
            expert_all=expert_all,
            fields=fields,
            format_=format_,
            group_by=group_by,
            group_limit=group_limit,
            method=method,
            omit=omit,
            ordering=ordering,
            page=page,
            page_size=page_size,
            publication=publication,
            q=q,
            review_status=review_status,
            takeaway=takeaway,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
