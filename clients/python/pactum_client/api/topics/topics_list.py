import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_topic_summary_list import PaginatedTopicSummaryList
from ...models.problem import Problem
from ...models.topics_list_format import TopicsListFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TopicsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    takeaway_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    params["cursor"] = cursor

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

    params["omit"] = omit

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_publication: list[str] | Unset = UNSET
    if not isinstance(publication, Unset):
        json_publication = publication

    params["publication"] = json_publication

    json_publication_all: list[str] | Unset = UNSET
    if not isinstance(publication_all, Unset):
        json_publication_all = publication_all

    params["publication_all"] = json_publication_all

    params["q"] = q

    json_takeaway: list[str] | Unset = UNSET
    if not isinstance(takeaway, Unset):
        json_takeaway = takeaway

    params["takeaway"] = json_takeaway

    json_takeaway_all: list[str] | Unset = UNSET
    if not isinstance(takeaway_all, Unset):
        json_takeaway_all = takeaway_all

    params["takeaway_all"] = json_takeaway_all

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
        "url": "/api/v1/topics/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedTopicSummaryList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedTopicSummaryList.from_dict(response.json())

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
) -> Response[PaginatedTopicSummaryList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TopicsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    takeaway_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedTopicSummaryList | Problem]:
    """The controlled vocabulary of themes.

    Args:
        as_of (datetime.datetime | Unset):
        cursor (str | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (TopicsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        publication_all (list[str] | Unset):
        q (str | Unset):
        takeaway (list[str] | Unset):
        takeaway_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedTopicSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        cursor=cursor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        publication_all=publication_all,
        q=q,
        takeaway=takeaway,
        takeaway_all=takeaway_all,
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
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TopicsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    takeaway_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedTopicSummaryList | Problem | None:
    """The controlled vocabulary of themes.

    Args:
        as_of (datetime.datetime | Unset):
        cursor (str | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (TopicsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        publication_all (list[str] | Unset):
        q (str | Unset):
        takeaway (list[str] | Unset):
        takeaway_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedTopicSummaryList | Problem
    """

    return sync_detailed(
        client=client,
        as_of=as_of,
        cursor=cursor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        publication_all=publication_all,
        q=q,
        takeaway=takeaway,
        takeaway_all=takeaway_all,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TopicsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    takeaway_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedTopicSummaryList | Problem]:
    """The controlled vocabulary of themes.

    Args:
        as_of (datetime.datetime | Unset):
        cursor (str | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (TopicsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        publication_all (list[str] | Unset):
        q (str | Unset):
        takeaway (list[str] | Unset):
        takeaway_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedTopicSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        cursor=cursor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        publication_all=publication_all,
        q=q,
        takeaway=takeaway,
        takeaway_all=takeaway_all,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TopicsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    takeaway_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedTopicSummaryList | Problem | None:
    """The controlled vocabulary of themes.

    Args:
        as_of (datetime.datetime | Unset):
        cursor (str | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (TopicsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        publication_all (list[str] | Unset):
        q (str | Unset):
        takeaway (list[str] | Unset):
        takeaway_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedTopicSummaryList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            as_of=as_of,
            cursor=cursor,
            exclude_expert=exclude_expert,
            exclude_publication=exclude_publication,
            exclude_takeaway=exclude_takeaway,
            expert=expert,
            expert_all=expert_all,
            fields=fields,
            format_=format_,
            group_by=group_by,
            group_limit=group_limit,
            omit=omit,
            ordering=ordering,
            page=page,
            page_size=page_size,
            publication=publication,
            publication_all=publication_all,
            q=q,
            takeaway=takeaway,
            takeaway_all=takeaway_all,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
