import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experts_list_format import ExpertsListFormat
from ...models.paginated_expert_summary_list import PaginatedExpertSummaryList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    affiliation: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_affiliation: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ExpertsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_affiliation: list[str] | Unset = UNSET
    if not isinstance(affiliation, Unset):
        json_affiliation = affiliation

    params["affiliation"] = json_affiliation

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    json_cites_treaty: list[str] | Unset = UNSET
    if not isinstance(cites_treaty, Unset):
        json_cites_treaty = cites_treaty

    params["cites_treaty"] = json_cites_treaty

    json_cites_treaty_all: list[str] | Unset = UNSET
    if not isinstance(cites_treaty_all, Unset):
        json_cites_treaty_all = cites_treaty_all

    params["cites_treaty_all"] = json_cites_treaty_all

    params["cursor"] = cursor

    json_exclude_affiliation: list[str] | Unset = UNSET
    if not isinstance(exclude_affiliation, Unset):
        json_exclude_affiliation = exclude_affiliation

    params["exclude_affiliation"] = json_exclude_affiliation

    json_exclude_cites_treaty: list[str] | Unset = UNSET
    if not isinstance(exclude_cites_treaty, Unset):
        json_exclude_cites_treaty = exclude_cites_treaty

    params["exclude_cites_treaty"] = json_exclude_cites_treaty

    json_exclude_mentions: list[str] | Unset = UNSET
    if not isinstance(exclude_mentions, Unset):
        json_exclude_mentions = exclude_mentions

    params["exclude_mentions"] = json_exclude_mentions

    json_exclude_publication: list[str] | Unset = UNSET
    if not isinstance(exclude_publication, Unset):
        json_exclude_publication = exclude_publication

    params["exclude_publication"] = json_exclude_publication

    json_exclude_topic: list[str] | Unset = UNSET
    if not isinstance(exclude_topic, Unset):
        json_exclude_topic = exclude_topic

    params["exclude_topic"] = json_exclude_topic

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["group_by"] = group_by

    params["group_limit"] = group_limit

    json_mentions: list[str] | Unset = UNSET
    if not isinstance(mentions, Unset):
        json_mentions = mentions

    params["mentions"] = json_mentions

    json_mentions_all: list[str] | Unset = UNSET
    if not isinstance(mentions_all, Unset):
        json_mentions_all = mentions_all

    params["mentions_all"] = json_mentions_all

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

    json_topic: list[str] | Unset = UNSET
    if not isinstance(topic, Unset):
        json_topic = topic

    params["topic"] = json_topic

    json_topic_all: list[str] | Unset = UNSET
    if not isinstance(topic_all, Unset):
        json_topic_all = topic_all

    params["topic_all"] = json_topic_all

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
        "url": "/api/v1/experts/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedExpertSummaryList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedExpertSummaryList.from_dict(response.json())

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
) -> Response[PaginatedExpertSummaryList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    affiliation: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_affiliation: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ExpertsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedExpertSummaryList | Problem]:
    """People who write commentary, with their takeaways.

    Args:
        affiliation (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        cursor (str | Unset):
        exclude_affiliation (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        fields (str | Unset):
        format_ (ExpertsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        publication_all (list[str] | Unset):
        q (str | Unset):
        topic (list[str] | Unset):
        topic_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedExpertSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        affiliation=affiliation,
        as_of=as_of,
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        cursor=cursor,
        exclude_affiliation=exclude_affiliation,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_mentions=exclude_mentions,
        exclude_publication=exclude_publication,
        exclude_topic=exclude_topic,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        publication_all=publication_all,
        q=q,
        topic=topic,
        topic_all=topic_all,
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
    affiliation: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_affiliation: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ExpertsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedExpertSummaryList | Problem | None:
    """People who write commentary, with their takeaways.

    Args:
        affiliation (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        cursor (str | Unset):
        exclude_affiliation (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        fields (str | Unset):
        format_ (ExpertsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        publication_all (list[str] | Unset):
        q (str | Unset):
        topic (list[str] | Unset):
        topic_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedExpertSummaryList | Problem
    """

    return sync_detailed(
        client=client,
        affiliation=affiliation,
        as_of=as_of,
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        cursor=cursor,
        exclude_affiliation=exclude_affiliation,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_mentions=exclude_mentions,
        exclude_publication=exclude_publication,
        exclude_topic=exclude_topic,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        publication_all=publication_all,
        q=q,
        topic=topic,
        topic_all=topic_all,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    affiliation: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_affiliation: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ExpertsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedExpertSummaryList | Problem]:
    """People who write commentary, with their takeaways.

    Args:
        affiliation (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        cursor (str | Unset):
        exclude_affiliation (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        fields (str | Unset):
        format_ (ExpertsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        publication_all (list[str] | Unset):
        q (str | Unset):
        topic (list[str] | Unset):
        topic_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedExpertSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        affiliation=affiliation,
        as_of=as_of,
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        cursor=cursor,
        exclude_affiliation=exclude_affiliation,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_mentions=exclude_mentions,
        exclude_publication=exclude_publication,
        exclude_topic=exclude_topic,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        publication=publication,
        publication_all=publication_all,
        q=q,
        topic=topic,
        topic_all=topic_all,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    affiliation: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_affiliation: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ExpertsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    publication_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedExpertSummaryList | Problem | None:
    """People who write commentary, with their takeaways.

    Args:
        affiliation (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        cursor (str | Unset):
        exclude_affiliation (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        fields (str | Unset):
        format_ (ExpertsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        publication_all (list[str] | Unset):
        q (str | Unset):
        topic (list[str] | Unset):
        topic_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedExpertSummaryList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            affiliation=affiliation,
            as_of=as_of,
            cites_treaty=cites_treaty,
            cites_treaty_all=cites_treaty_all,
            cursor=cursor,
            exclude_affiliation=exclude_affiliation,
            exclude_cites_treaty=exclude_cites_treaty,
            exclude_mentions=exclude_mentions,
            exclude_publication=exclude_publication,
            exclude_topic=exclude_topic,
            fields=fields,
            format_=format_,
            group_by=group_by,
            group_limit=group_limit,
            mentions=mentions,
            mentions_all=mentions_all,
            omit=omit,
            ordering=ordering,
            page=page,
            page_size=page_size,
            publication=publication,
            publication_all=publication_all,
            q=q,
            topic=topic,
            topic_all=topic_all,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
