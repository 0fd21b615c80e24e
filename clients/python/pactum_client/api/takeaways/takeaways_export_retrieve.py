import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.takeaways_export_retrieve_confidence_item import TakeawaysExportRetrieveConfidenceItem
from ...models.takeaways_export_retrieve_embed_item import TakeawaysExportRetrieveEmbedItem
from ...models.takeaways_export_retrieve_format import TakeawaysExportRetrieveFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cites_article: list[str] | Unset = UNSET,
    cites_article_all: list[str] | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    confidence: list[TakeawaysExportRetrieveConfidenceItem] | Unset = UNSET,
    embed: list[TakeawaysExportRetrieveEmbedItem] | Unset = UNSET,
    exclude_cites_article: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TakeawaysExportRetrieveFormat | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
    topic_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cites_article: list[str] | Unset = UNSET
    if not isinstance(cites_article, Unset):
        json_cites_article = cites_article

    params["cites_article"] = json_cites_article

    json_cites_article_all: list[str] | Unset = UNSET
    if not isinstance(cites_article_all, Unset):
        json_cites_article_all = cites_article_all

    params["cites_article_all"] = json_cites_article_all

    json_cites_treaty: list[str] | Unset = UNSET
    if not isinstance(cites_treaty, Unset):
        json_cites_treaty = cites_treaty

    params["cites_treaty"] = json_cites_treaty

    json_cites_treaty_all: list[str] | Unset = UNSET
    if not isinstance(cites_treaty_all, Unset):
        json_cites_treaty_all = cites_treaty_all

    params["cites_treaty_all"] = json_cites_treaty_all

    json_confidence: list[str] | Unset = UNSET
    if not isinstance(confidence, Unset):
        json_confidence = []
        for confidence_item_data in confidence:
            confidence_item = confidence_item_data.value
            json_confidence.append(confidence_item)

    params["confidence"] = json_confidence

    json_embed: list[str] | Unset = UNSET
    if not isinstance(embed, Unset):
        json_embed = []
        for embed_item_data in embed:
            embed_item = embed_item_data.value
            json_embed.append(embed_item)

    params["embed"] = json_embed

    json_exclude_cites_article: list[str] | Unset = UNSET
    if not isinstance(exclude_cites_article, Unset):
        json_exclude_cites_article = exclude_cites_article

    params["exclude_cites_article"] = json_exclude_cites_article

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

    json_exclude_publication: list[str] | Unset = UNSET
    if not isinstance(exclude_publication, Unset):
        json_exclude_publication = exclude_publication

    params["exclude_publication"] = json_exclude_publication

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

    json_publication: list[str] | Unset = UNSET
    if not isinstance(publication, Unset):
        json_publication = publication

    params["publication"] = json_publication

    json_published_after: str | Unset = UNSET
    if not isinstance(published_after, Unset):
        json_published_after = published_after.isoformat()
    params["published_after"] = json_published_after

    json_published_before: str | Unset = UNSET
    if not isinstance(published_before, Unset):
        json_published_before = published_before.isoformat()
    params["published_before"] = json_published_before

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
        "url": "/api/v1/takeaways/export/",
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
    cites_article: list[str] | Unset = UNSET,
    cites_article_all: list[str] | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    confidence: list[TakeawaysExportRetrieveConfidenceItem] | Unset = UNSET,
    embed: list[TakeawaysExportRetrieveEmbedItem] | Unset = UNSET,
    exclude_cites_article: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TakeawaysExportRetrieveFormat | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
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
        cites_article (list[str] | Unset):
        cites_article_all (list[str] | Unset):
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        confidence (list[TakeawaysExportRetrieveConfidenceItem] | Unset):
        embed (list[TakeawaysExportRetrieveEmbedItem] | Unset):
        exclude_cites_article (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (TakeawaysExportRetrieveFormat | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        q (str | Unset):
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
        cites_article=cites_article,
        cites_article_all=cites_article_all,
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        confidence=confidence,
        embed=embed,
        exclude_cites_article=exclude_cites_article,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_expert=exclude_expert,
        exclude_mentions=exclude_mentions,
        exclude_publication=exclude_publication,
        exclude_topic=exclude_topic,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        publication=publication,
        published_after=published_after,
        published_before=published_before,
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
    cites_article: list[str] | Unset = UNSET,
    cites_article_all: list[str] | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    confidence: list[TakeawaysExportRetrieveConfidenceItem] | Unset = UNSET,
    embed: list[TakeawaysExportRetrieveEmbedItem] | Unset = UNSET,
    exclude_cites_article: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TakeawaysExportRetrieveFormat | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
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
        cites_article (list[str] | Unset):
        cites_article_all (list[str] | Unset):
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        confidence (list[TakeawaysExportRetrieveConfidenceItem] | Unset):
        embed (list[TakeawaysExportRetrieveEmbedItem] | Unset):
        exclude_cites_article (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (TakeawaysExportRetrieveFormat | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        q (str | Unset):
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
        cites_article=cites_article,
        cites_article_all=cites_article_all,
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        confidence=confidence,
        embed=embed,
        exclude_cites_article=exclude_cites_article,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_expert=exclude_expert,
        exclude_mentions=exclude_mentions,
        exclude_publication=exclude_publication,
        exclude_topic=exclude_topic,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        publication=publication,
        published_after=published_after,
        published_before=published_before,
        q=q,
        topic=topic,
        topic_all=topic_all,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cites_article: list[str] | Unset = UNSET,
    cites_article_all: list[str] | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    confidence: list[TakeawaysExportRetrieveConfidenceItem] | Unset = UNSET,
    embed: list[TakeawaysExportRetrieveEmbedItem] | Unset = UNSET,
    exclude_cites_article: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TakeawaysExportRetrieveFormat | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
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
        cites_article (list[str] | Unset):
        cites_article_all (list[str] | Unset):
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        confidence (list[TakeawaysExportRetrieveConfidenceItem] | Unset):
        embed (list[TakeawaysExportRetrieveEmbedItem] | Unset):
        exclude_cites_article (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (TakeawaysExportRetrieveFormat | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        q (str | Unset):
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
        cites_article=cites_article,
        cites_article_all=cites_article_all,
        cites_treaty=cites_treaty,
        cites_treaty_all=cites_treaty_all,
        confidence=confidence,
        embed=embed,
        exclude_cites_article=exclude_cites_article,
        exclude_cites_treaty=exclude_cites_treaty,
        exclude_expert=exclude_expert,
        exclude_mentions=exclude_mentions,
        exclude_publication=exclude_publication,
        exclude_topic=exclude_topic,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        mentions=mentions,
        mentions_all=mentions_all,
        omit=omit,
        ordering=ordering,
        publication=publication,
        published_after=published_after,
        published_before=published_before,
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
    cites_article: list[str] | Unset = UNSET,
    cites_article_all: list[str] | Unset = UNSET,
    cites_treaty: list[str] | Unset = UNSET,
    cites_treaty_all: list[str] | Unset = UNSET,
    confidence: list[TakeawaysExportRetrieveConfidenceItem] | Unset = UNSET,
    embed: list[TakeawaysExportRetrieveEmbedItem] | Unset = UNSET,
    exclude_cites_article: list[str] | Unset = UNSET,
    exclude_cites_treaty: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_mentions: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_topic: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TakeawaysExportRetrieveFormat | Unset = UNSET,
    mentions: list[str] | Unset = UNSET,
    mentions_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
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
        cites_article (list[str] | Unset):
        cites_article_all (list[str] | Unset):
        cites_treaty (list[str] | Unset):
        cites_treaty_all (list[str] | Unset):
        confidence (list[TakeawaysExportRetrieveConfidenceItem] | Unset):
        embed (list[TakeawaysExportRetrieveEmbedItem] | Unset):
        exclude_cites_article (list[str] | Unset):
        exclude_cites_treaty (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_mentions (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_topic (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (TakeawaysExportRetrieveFormat | Unset):
        mentions (list[str] | Unset):
        mentions_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        q (str | Unset):
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
            cites_article=cites_article,
            cites_article_all=cites_article_all,
            cites_treaty=cites_treaty,
            cites_treaty_all=cites_treaty_all,
            confidence=confidence,
            embed=embed,
            exclude_cites_article=exclude_cites_article,
            exclude_cites_treaty=exclude_cites_treaty,
            exclude_expert=exclude_expert,
            exclude_mentions=exclude_mentions,
            exclude_publication=exclude_publication,
            exclude_topic=exclude_topic,
            expert=expert,
            expert_all=expert_all,
            fields=fields,
            format_=format_,
            mentions=mentions,
            mentions_all=mentions_all,
            omit=omit,
            ordering=ordering,
            publication=publication,
            published_after=published_after,
            published_before=published_before,
            q=q,
            topic=topic,
            topic_all=topic_all,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
