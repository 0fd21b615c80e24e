import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.publications_export_retrieve_format import PublicationsExportRetrieveFormat
from ...models.publications_export_retrieve_kind_item import PublicationsExportRetrieveKindItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publisher: list[str] | Unset = UNSET,
    exclude_subject_treaty: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: PublicationsExportRetrieveFormat | Unset = UNSET,
    kind: list[PublicationsExportRetrieveKindItem] | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    subject_treaty: list[str] | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cites_treaty: list[str] | Unset = UNSET
    if not isinstance(cites_treaty, Unset):
        json_cites_treaty = cites_treaty

    params["cites_treaty"] = json_cites_treaty

    json_cites_treaty_all: list[str] | Unset = UNSET
    if not isinstance(cites_treaty_all, Unset):
        json_cites_treaty_all = cites_treaty_all

    params["cites_treaty_all"] = json_cites_treaty_all

    json_exclude_cites_treaty: list[str] | Unset = UNSET
    if not isinstance(exclude_cites_treaty, Unset):
        json_exclude_cites_treaty = exclude_cites_treaty

    params["exclude_cites_treaty"] = json_exclude_cites_treaty

    json_exclude_expert: list[str] | Unset = UNSET
    if not isinstance(exclude_expert, Unset):
        json_exclude_expert = exclude_expert

    params["exclude_expert"] = json_exclude_expert

    json_exclude_mentions: list[str] | Unset = UNSET
    if not isinstance(exclude_mentions, Unset):
        json_exclude_mentions = exclude_mentions

    params["exclude_mentions"] = json_exclude_mentions

    json_exclude_publisher: list[str] | Unset = UNSET
    if not isinstance(exclude_publisher, Unset):
        json_exclude_publisher = exclude_publisher

    params["exclude_publisher"] = json_exclude_publisher

    json_exclude_subject_treaty: list[str] | Unset = UNSET
    if not isinstance(exclude_subject_treaty, Unset):
        json_exclude_subject_treaty = exclude_subject_treaty

    params["exclude_subject_treaty"] = json_exclude_subject_treaty

    json_exclude_topic: list[str] | Unset = UNSET
    if not isinstance(exclude_topic, Unset):
        json_exclude_topic = exclude_topic

    params["exclude_topic"] = json_exclude_topic

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

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

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

    json_published_after: str | Unset = UNSET
    if not isinstance(published_after, Unset):
        json_published_after = published_after.isoformat()
    params["published_after"] = json_published_after

    json_published_before: str | Unset = UNSET
    if not isinstance(published_before, Unset):
        json_published_before = published_before.isoformat()
    params["published_before"] = json_published_before

    json_publisher: list[str] | Unset = UNSET
    if not isinstance(publisher, Unset):
        json_publisher = publisher

    params["publisher"] = json_publisher

    params["q"] = q

    json_subject_treaty: list[str] | Unset = UNSET
    if not isinstance(subject_treaty, Unset):
        json_subject_treaty = subject_treaty

    params["subject_treaty"] = json_subject_treaty

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
        "url": "/api/v1/publications/export/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publisher: list[str] | Unset = UNSET,
    exclude_subject_treaty: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: PublicationsExportRetrieveFormat | Unset = UNSET,
    kind: list[PublicationsExportRetrieveKindItem] | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    subject_treaty: list[str] | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[Problem | str]:
    """Export the whole filtered collection

     Streams every matching record (summary shape) as NDJSON, one JSON object per line, or as CSV with
    `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` (CSL-JSON). Takes the list's
    filters and `ordering`; no paging. A complete NDJSON export ends with one trailer line,
    `{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short (a dropped
    connection or a killed worker) and must not be taken as the whole collection.

    Args:
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publisher (list[str] | Unset):
        exclude_subject_treaty (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (PublicationsExportRetrieveFormat | Unset):
        kind (list[PublicationsExportRetrieveKindItem] | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        publisher (list[str] | Unset):
        q (str | Unset):
        subject_treaty (list[str] | Unset):
        topic (list[str] | Unset):
        topic_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_expert=exclude_expert,
        exclude_mentions=exclude_mentions,
        exclude_publisher=exclude_publisher,
        exclude_subject_treaty=exclude_subject_treaty,
        exclude_topic=exclude_topic,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        kind=kind,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        published_after=published_after,
        published_before=published_before,
        publisher=publisher,
        q=q,
        subject_treaty=subject_treaty,
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
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publisher: list[str] | Unset = UNSET,
    exclude_subject_treaty: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: PublicationsExportRetrieveFormat | Unset = UNSET,
    kind: list[PublicationsExportRetrieveKindItem] | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    subject_treaty: list[str] | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Problem | str | None:
    """Export the whole filtered collection

     Streams every matching record (summary shape) as NDJSON, one JSON object per line, or as CSV with
    `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` (CSL-JSON). Takes the list's
    filters and `ordering`; no paging. A complete NDJSON export ends with one trailer line,
    `{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short (a dropped
    connection or a killed worker) and must not be taken as the whole collection.

    Args:
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publisher (list[str] | Unset):
        exclude_subject_treaty (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (PublicationsExportRetrieveFormat | Unset):
        kind (list[PublicationsExportRetrieveKindItem] | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        publisher (list[str] | Unset):
        q (str | Unset):
        subject_treaty (list[str] | Unset):
        topic (list[str] | Unset):
        topic_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_expert=exclude_expert,
        exclude_mentions=exclude_mentions,
        exclude_publisher=exclude_publisher,
        exclude_subject_treaty=exclude_subject_treaty,
        exclude_topic=exclude_topic,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        kind=kind,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        published_after=published_after,
        published_before=published_before,
        publisher=publisher,
        q=q,
        subject_treaty=subject_treaty,
        topic=topic,
        topic_all=topic_all,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publisher: list[str] | Unset = UNSET,
    exclude_subject_treaty: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: PublicationsExportRetrieveFormat | Unset = UNSET,
    kind: list[PublicationsExportRetrieveKindItem] | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    subject_treaty: list[str] | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[Problem | str]:
    """Export the whole filtered collection

     Streams every matching record (summary shape) as NDJSON, one JSON object per line, or as CSV with
    `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` (CSL-JSON). Takes the list's
    filters and `ordering`; no paging. A complete NDJSON export ends with one trailer line,
    `{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short (a dropped
    connection or a killed worker) and must not be taken as the whole collection.

    Args:
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publisher (list[str] | Unset):
        exclude_subject_treaty (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (PublicationsExportRetrieveFormat | Unset):
        kind (list[PublicationsExportRetrieveKindItem] | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        publisher (list[str] | Unset):
        q (str | Unset):
        subject_treaty (list[str] | Unset):
        topic (list[str] | Unset):
        topic_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_expert=exclude_expert,
        exclude_mentions=exclude_mentions,
        exclude_publisher=exclude_publisher,
        exclude_subject_treaty=exclude_subject_treaty,
        exclude_topic=exclude_topic,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        kind=kind,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        published_after=published_after,
        published_before=published_before,
        publisher=publisher,
        q=q,
        subject_treaty=subject_treaty,
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
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publisher: list[str] | Unset = UNSET,
    exclude_subject_treaty: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: PublicationsExportRetrieveFormat | Unset = UNSET,
    kind: list[PublicationsExportRetrieveKindItem] | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    subject_treaty: list[str] | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Problem | str | None:
    """Export the whole filtered collection

     Streams every matching record (summary shape) as NDJSON, one JSON object per line, or as CSV with
    `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` (CSL-JSON). Takes the list's
    filters and `ordering`; no paging. A complete NDJSON export ends with one trailer line,
    `{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short (a dropped
    connection or a killed worker) and must not be taken as the whole collection.

    Args:
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publisher (list[str] | Unset):
        exclude_subject_treaty (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (PublicationsExportRetrieveFormat | Unset):
        kind (list[PublicationsExportRetrieveKindItem] | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        publisher (list[str] | Unset):
        q (str | Unset):
        subject_treaty (list[str] | Unset):
        topic (list[str] | Unset):
        topic_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            cites_treaty=cites_treaty,
            cites_treaty_all=cites_treaty_all,
            exclude_cites_treaty=exclude_cites_treaty,
            exclude_expert=exclude_expert,
            exclude_mentions=exclude_mentions,
            exclude_publisher=exclude_publisher,
            exclude_subject_treaty=exclude_subject_treaty,
            exclude_topic=exclude_topic,
            expert=expert,
            expert_all=expert_all,
            fields=fields,
            format_=format_,
            kind=kind,
            mentions=mentions,
            mentions_all=mentions_all,
            omit=omit,
            ordering=ordering,
            published_after=published_after,
            published_before=published_before,
            publisher=publisher,
            q=q,
            subject_treaty=subject_treaty,
            topic=topic,
            topic_all=topic_all,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
