import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claims_list_confidence_item import ClaimsListConfidenceItem
from ...models.claims_list_format import ClaimsListFormat
from ...models.claims_list_stance_item import ClaimsListStanceItem
from ...models.paginated_claim_summary_list import PaginatedClaimSummaryList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor: list[str] | Unset = UNSET,
    actor_all: list[str] | Unset = UNSET,
    article: list[str] | Unset = UNSET,
    article_all: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ClaimsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_article: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ClaimsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    stance: list[ClaimsListStanceItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_actor: list[str] | Unset = UNSET
    if not isinstance(actor, Unset):
        json_actor = actor

    params["actor"] = json_actor

    json_actor_all: list[str] | Unset = UNSET
    if not isinstance(actor_all, Unset):
        json_actor_all = actor_all

    params["actor_all"] = json_actor_all

    json_article: list[str] | Unset = UNSET
    if not isinstance(article, Unset):
        json_article = article

    params["article"] = json_article

    json_article_all: list[str] | Unset = UNSET
    if not isinstance(article_all, Unset):
        json_article_all = article_all

    params["article_all"] = json_article_all

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    json_confidence: list[str] | Unset = UNSET
    if not isinstance(confidence, Unset):
        json_confidence = []
        for confidence_item_data in confidence:
            confidence_item = confidence_item_data.value
            json_confidence.append(confidence_item)

    params["confidence"] = json_confidence

    params["cursor"] = cursor

    json_exclude_actor: list[str] | Unset = UNSET
    if not isinstance(exclude_actor, Unset):
        json_exclude_actor = exclude_actor

    params["exclude_actor"] = json_exclude_actor

    json_exclude_article: list[str] | Unset = UNSET
    if not isinstance(exclude_article, Unset):
        json_exclude_article = exclude_article

    params["exclude_article"] = json_exclude_article

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

    json_exclude_treaty: list[str] | Unset = UNSET
    if not isinstance(exclude_treaty, Unset):
        json_exclude_treaty = exclude_treaty

    params["exclude_treaty"] = json_exclude_treaty

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

    json_published_after: str | Unset = UNSET
    if not isinstance(published_after, Unset):
        json_published_after = published_after.isoformat()
    params["published_after"] = json_published_after

    json_published_before: str | Unset = UNSET
    if not isinstance(published_before, Unset):
        json_published_before = published_before.isoformat()
    params["published_before"] = json_published_before

    json_stance: list[str] | Unset = UNSET
    if not isinstance(stance, Unset):
        json_stance = []
        for stance_item_data in stance:
            stance_item = stance_item_data.value
            json_stance.append(stance_item)

    params["stance"] = json_stance

    json_takeaway: list[str] | Unset = UNSET
    if not isinstance(takeaway, Unset):
        json_takeaway = takeaway

    params["takeaway"] = json_takeaway

    json_treaty: list[str] | Unset = UNSET
    if not isinstance(treaty, Unset):
        json_treaty = treaty

    params["treaty"] = json_treaty

    json_treaty_all: list[str] | Unset = UNSET
    if not isinstance(treaty_all, Unset):
        json_treaty_all = treaty_all

    params["treaty_all"] = json_treaty_all

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
        "url": "/api/v1/claims/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedClaimSummaryList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedClaimSummaryList.from_dict(response.json())

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
) -> Response[PaginatedClaimSummaryList | Problem]:
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
    actor_all: list[str] | Unset = UNSET,
    article: list[str] | Unset = UNSET,
    article_all: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ClaimsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_article: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ClaimsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    stance: list[ClaimsListStanceItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedClaimSummaryList | Problem]:
    """What an expert says about provisions, treaties or actors: a span of a takeaway, its
    stance and a paraphrase (docs/claims.md).

    Args:
        actor (list[str] | Unset):
        actor_all (list[str] | Unset):
        article (list[str] | Unset):
        article_all (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        confidence (list[ClaimsListConfidenceItem] | Unset):
        cursor (str | Unset):
        exclude_actor (list[str] | Unset):
        exclude_article (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (ClaimsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        stance (list[ClaimsListStanceItem] | Unset):
        takeaway (list[str] | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedClaimSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        actor_all=actor_all,
        article=article,
        article_all=article_all,
        as_of=as_of,
        confidence=confidence,
        cursor=cursor,
        exclude_actor=exclude_actor,
        exclude_article=exclude_article,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        exclude_treaty=exclude_treaty,
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
        published_after=published_after,
        published_before=published_before,
        stance=stance,
        takeaway=takeaway,
        treaty=treaty,
        treaty_all=treaty_all,
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
    actor_all: list[str] | Unset = UNSET,
    article: list[str] | Unset = UNSET,
    article_all: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ClaimsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_article: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ClaimsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    stance: list[ClaimsListStanceItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedClaimSummaryList | Problem | None:
    """What an expert says about provisions, treaties or actors: a span of a takeaway, its
    stance and a paraphrase (docs/claims.md).

    Args:
        actor (list[str] | Unset):
        actor_all (list[str] | Unset):
        article (list[str] | Unset):
        article_all (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        confidence (list[ClaimsListConfidenceItem] | Unset):
        cursor (str | Unset):
        exclude_actor (list[str] | Unset):
        exclude_article (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (ClaimsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        stance (list[ClaimsListStanceItem] | Unset):
        takeaway (list[str] | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedClaimSummaryList | Problem
    """

    return sync_detailed(
        client=client,
        actor=actor,
        actor_all=actor_all,
        article=article,
        article_all=article_all,
        as_of=as_of,
        confidence=confidence,
        cursor=cursor,
        exclude_actor=exclude_actor,
        exclude_article=exclude_article,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        exclude_treaty=exclude_treaty,
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
        published_after=published_after,
        published_before=published_before,
        stance=stance,
        takeaway=takeaway,
        treaty=treaty,
        treaty_all=treaty_all,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | Unset = UNSET,
    actor_all: list[str] | Unset = UNSET,
    article: list[str] | Unset = UNSET,
    article_all: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ClaimsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_article: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ClaimsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    stance: list[ClaimsListStanceItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedClaimSummaryList | Problem]:
    """What an expert says about provisions, treaties or actors: a span of a takeaway, its
    stance and a paraphrase (docs/claims.md).

    Args:
        actor (list[str] | Unset):
        actor_all (list[str] | Unset):
        article (list[str] | Unset):
        article_all (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        confidence (list[ClaimsListConfidenceItem] | Unset):
        cursor (str | Unset):
        exclude_actor (list[str] | Unset):
        exclude_article (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (ClaimsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        stance (list[ClaimsListStanceItem] | Unset):
        takeaway (list[str] | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedClaimSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        actor_all=actor_all,
        article=article,
        article_all=article_all,
        as_of=as_of,
        confidence=confidence,
        cursor=cursor,
        exclude_actor=exclude_actor,
        exclude_article=exclude_article,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        exclude_treaty=exclude_treaty,
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
        published_after=published_after,
        published_before=published_before,
        stance=stance,
        takeaway=takeaway,
        treaty=treaty,
        treaty_all=treaty_all,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | Unset = UNSET,
    actor_all: list[str] | Unset = UNSET,
    article: list[str] | Unset = UNSET,
    article_all: list[str] | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ClaimsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_article: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ClaimsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    stance: list[ClaimsListStanceItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedClaimSummaryList | Problem | None:
    """What an expert says about provisions, treaties or actors: a span of a takeaway, its
    stance and a paraphrase (docs/claims.md).

    Args:
        actor (list[str] | Unset):
        actor_all (list[str] | Unset):
        article (list[str] | Unset):
        article_all (list[str] | Unset):
        as_of (datetime.datetime | Unset):
        confidence (list[ClaimsListConfidenceItem] | Unset):
        cursor (str | Unset):
        exclude_actor (list[str] | Unset):
        exclude_article (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (ClaimsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        stance (list[ClaimsListStanceItem] | Unset):
        takeaway (list[str] | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedClaimSummaryList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            actor=actor,
            actor_all=actor_all,
            article=article,
            article_all=article_all,
            as_of=as_of,
            confidence=confidence,
            cursor=cursor,
            exclude_actor=exclude_actor,
            exclude_article=exclude_article,
            exclude_expert=exclude_expert,
            exclude_publication=exclude_publication,
            exclude_takeaway=exclude_takeaway,
            exclude_treaty=exclude_treaty,
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
            published_after=published_after,
            published_before=published_before,
            stance=stance,
            takeaway=takeaway,
            treaty=treaty,
            treaty_all=treaty_all,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
