import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actors_list_confidence_item import ActorsListConfidenceItem
from ...models.actors_list_embed_item import ActorsListEmbedItem
from ...models.actors_list_format import ActorsListFormat
from ...models.actors_list_kind_item import ActorsListKindItem
from ...models.paginated_actor_list_list import PaginatedActorListList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    active_on: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ActorsListConfidenceItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ActorsListEmbedItem] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    exclude_iso3: list[str] | Unset = UNSET,
    exclude_mentioned_by: list[str] | Unset = UNSET,
    exclude_mentioned_in: list[str] | Unset = UNSET,
    exclude_parent: list[str] | Unset = UNSET,
    exclude_party_to: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    iso3: list[str] | Unset = UNSET,
    kind: list[ActorsListKindItem] | Unset = UNSET,
    mentioned_by: list[str] | Unset = UNSET,
    mentioned_by_all: list[str] | Unset = UNSET,
    mentioned_in: list[str] | Unset = UNSET,
    mentioned_in_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    party_to: list[str] | Unset = UNSET,
    party_to_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_active_on: str | Unset = UNSET
    if not isinstance(active_on, Unset):
        json_active_on = active_on.isoformat()
    params["active_on"] = json_active_on

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

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country

    params["country"] = json_country

    params["cursor"] = cursor

    json_embed: list[str] | Unset = UNSET
    if not isinstance(embed, Unset):
        json_embed = []
        for embed_item_data in embed:
            embed_item = embed_item_data.value
            json_embed.append(embed_item)

    params["embed"] = json_embed

    json_exclude_country: list[str] | Unset = UNSET
    if not isinstance(exclude_country, Unset):
        json_exclude_country = exclude_country

    params["exclude_country"] = json_exclude_country

    json_exclude_iso3: list[str] | Unset = UNSET
    if not isinstance(exclude_iso3, Unset):
        json_exclude_iso3 = exclude_iso3

    params["exclude_iso3"] = json_exclude_iso3

    json_exclude_mentioned_by: list[str] | Unset = UNSET
    if not isinstance(exclude_mentioned_by, Unset):
        json_exclude_mentioned_by = exclude_mentioned_by

    params["exclude_mentioned_by"] = json_exclude_mentioned_by

    json_exclude_mentioned_in: list[str] | Unset = UNSET
    if not isinstance(exclude_mentioned_in, Unset):
        json_exclude_mentioned_in = exclude_mentioned_in

    params["exclude_mentioned_in"] = json_exclude_mentioned_in

    json_exclude_parent: list[str] | Unset = UNSET
    if not isinstance(exclude_parent, Unset):
        json_exclude_parent = exclude_parent

    params["exclude_parent"] = json_exclude_parent

    json_exclude_party_to: list[str] | Unset = UNSET
    if not isinstance(exclude_party_to, Unset):
        json_exclude_party_to = exclude_party_to

    params["exclude_party_to"] = json_exclude_party_to

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["group_by"] = group_by

    params["group_limit"] = group_limit

    json_iso3: list[str] | Unset = UNSET
    if not isinstance(iso3, Unset):
        json_iso3 = iso3

    params["iso3"] = json_iso3

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_mentioned_by: list[str] | Unset = UNSET
    if not isinstance(mentioned_by, Unset):
        json_mentioned_by = mentioned_by

    params["mentioned_by"] = json_mentioned_by

    json_mentioned_by_all: list[str] | Unset = UNSET
    if not isinstance(mentioned_by_all, Unset):
        json_mentioned_by_all = mentioned_by_all

    params["mentioned_by_all"] = json_mentioned_by_all

    json_mentioned_in: list[str] | Unset = UNSET
    if not isinstance(mentioned_in, Unset):
        json_mentioned_in = mentioned_in

    params["mentioned_in"] = json_mentioned_in

    json_mentioned_in_all: list[str] | Unset = UNSET
    if not isinstance(mentioned_in_all, Unset):
        json_mentioned_in_all = mentioned_in_all

    params["mentioned_in_all"] = json_mentioned_in_all

    params["omit"] = omit

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_parent: list[str] | Unset = UNSET
    if not isinstance(parent, Unset):
        json_parent = parent

    params["parent"] = json_parent

    json_party_to: list[str] | Unset = UNSET
    if not isinstance(party_to, Unset):
        json_party_to = party_to

    params["party_to"] = json_party_to

    json_party_to_all: list[str] | Unset = UNSET
    if not isinstance(party_to_all, Unset):
        json_party_to_all = party_to_all

    params["party_to_all"] = json_party_to_all

    params["q"] = q

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
        "url": "/api/v1/actors/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedActorListList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedActorListList.from_dict(response.json())

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
) -> Response[PaginatedActorListList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    active_on: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ActorsListConfidenceItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ActorsListEmbedItem] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    exclude_iso3: list[str] | Unset = UNSET,
    exclude_mentioned_by: list[str] | Unset = UNSET,
    exclude_mentioned_in: list[str] | Unset = UNSET,
    exclude_parent: list[str] | Unset = UNSET,
    exclude_party_to: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    iso3: list[str] | Unset = UNSET,
    kind: list[ActorsListKindItem] | Unset = UNSET,
    mentioned_by: list[str] | Unset = UNSET,
    mentioned_by_all: list[str] | Unset = UNSET,
    mentioned_in: list[str] | Unset = UNSET,
    mentioned_in_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    party_to: list[str] | Unset = UNSET,
    party_to_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedActorListList | Problem]:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        active_on (datetime.date | Unset):
        as_of (datetime.datetime | Unset):
        confidence (list[ActorsListConfidenceItem] | Unset):
        country (list[str] | Unset):
        cursor (str | Unset):
        embed (list[ActorsListEmbedItem] | Unset):
        exclude_country (list[str] | Unset):
        exclude_iso3 (list[str] | Unset):
        exclude_mentioned_by (list[str] | Unset):
        exclude_mentioned_in (list[str] | Unset):
        exclude_parent (list[str] | Unset):
        exclude_party_to (list[str] | Unset):
        fields (str | Unset):
        format_ (ActorsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        iso3 (list[str] | Unset):
        kind (list[ActorsListKindItem] | Unset):
        mentioned_by (list[str] | Unset):
        mentioned_by_all (list[str] | Unset):
        mentioned_in (list[str] | Unset):
        mentioned_in_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent (list[str] | Unset):
        party_to (list[str] | Unset):
        party_to_all (list[str] | Unset):
        q (str | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedActorListList | Problem]
    """

    kwargs = _get_kwargs(
        active_on=active_on,
        as_of=as_of,
        confidence=confidence,
        country=country,
        cursor=cursor,
        embed=embed,
        exclude_country=exclude_country,
        exclude_iso3=exclude_iso3,
        exclude_mentioned_by=exclude_mentioned_by,
        exclude_mentioned_in=exclude_mentioned_in,
        exclude_parent=exclude_parent,
        exclude_party_to=exclude_party_to,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        iso3=iso3,
        kind=kind,
        mentioned_by=mentioned_by,
        mentioned_by_all=mentioned_by_all,
        mentioned_in=mentioned_in,
        mentioned_in_all=mentioned_in_all,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        parent=parent,
        party_to=party_to,
        party_to_all=party_to_all,
        q=q,
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
    active_on: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ActorsListConfidenceItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ActorsListEmbedItem] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    exclude_iso3: list[str] | Unset = UNSET,
    exclude_mentioned_by: list[str] | Unset = UNSET,
    exclude_mentioned_in: list[str] | Unset = UNSET,
    exclude_parent: list[str] | Unset = UNSET,
    exclude_party_to: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    iso3: list[str] | Unset = UNSET,
    kind: list[ActorsListKindItem] | Unset = UNSET,
    mentioned_by: list[str] | Unset = UNSET,
    mentioned_by_all: list[str] | Unset = UNSET,
    mentioned_in: list[str] | Unset = UNSET,
    mentioned_in_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    party_to: list[str] | Unset = UNSET,
    party_to_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedActorListList | Problem | None:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        active_on (datetime.date | Unset):
        as_of (datetime.datetime | Unset):
        confidence (list[ActorsListConfidenceItem] | Unset):
        country (list[str] | Unset):
        cursor (str | Unset):
        embed (list[ActorsListEmbedItem] | Unset):
        exclude_country (list[str] | Unset):
        exclude_iso3 (list[str] | Unset):
        exclude_mentioned_by (list[str] | Unset):
        exclude_mentioned_in (list[str] | Unset):
        exclude_parent (list[str] | Unset):
        exclude_party_to (list[str] | Unset):
        fields (str | Unset):
        format_ (ActorsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        iso3 (list[str] | Unset):
        kind (list[ActorsListKindItem] | Unset):
        mentioned_by (list[str] | Unset):
        mentioned_by_all (list[str] | Unset):
        mentioned_in (list[str] | Unset):
        mentioned_in_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent (list[str] | Unset):
        party_to (list[str] | Unset):
        party_to_all (list[str] | Unset):
        q (str | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedActorListList | Problem
    """

    return sync_detailed(
        client=client,
        active_on=active_on,
        as_of=as_of,
        confidence=confidence,
        country=country,
        cursor=cursor,
        embed=embed,
        exclude_country=exclude_country,
        exclude_iso3=exclude_iso3,
        exclude_mentioned_by=exclude_mentioned_by,
        exclude_mentioned_in=exclude_mentioned_in,
        exclude_parent=exclude_parent,
        exclude_party_to=exclude_party_to,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        iso3=iso3,
        kind=kind,
        mentioned_by=mentioned_by,
        mentioned_by_all=mentioned_by_all,
        mentioned_in=mentioned_in,
        mentioned_in_all=mentioned_in_all,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        parent=parent,
        party_to=party_to,
        party_to_all=party_to_all,
        q=q,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    active_on: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ActorsListConfidenceItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ActorsListEmbedItem] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    exclude_iso3: list[str] | Unset = UNSET,
    exclude_mentioned_by: list[str] | Unset = UNSET,
    exclude_mentioned_in: list[str] | Unset = UNSET,
    exclude_parent: list[str] | Unset = UNSET,
    exclude_party_to: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    iso3: list[str] | Unset = UNSET,
    kind: list[ActorsListKindItem] | Unset = UNSET,
    mentioned_by: list[str] | Unset = UNSET,
    mentioned_by_all: list[str] | Unset = UNSET,
    mentioned_in: list[str] | Unset = UNSET,
    mentioned_in_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    party_to: list[str] | Unset = UNSET,
    party_to_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedActorListList | Problem]:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        active_on (datetime.date | Unset):
        as_of (datetime.datetime | Unset):
        confidence (list[ActorsListConfidenceItem] | Unset):
        country (list[str] | Unset):
        cursor (str | Unset):
        embed (list[ActorsListEmbedItem] | Unset):
        exclude_country (list[str] | Unset):
        exclude_iso3 (list[str] | Unset):
        exclude_mentioned_by (list[str] | Unset):
        exclude_mentioned_in (list[str] | Unset):
        exclude_parent (list[str] | Unset):
        exclude_party_to (list[str] | Unset):
        fields (str | Unset):
        format_ (ActorsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        iso3 (list[str] | Unset):
        kind (list[ActorsListKindItem] | Unset):
        mentioned_by (list[str] | Unset):
        mentioned_by_all (list[str] | Unset):
        mentioned_in (list[str] | Unset):
        mentioned_in_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent (list[str] | Unset):
        party_to (list[str] | Unset):
        party_to_all (list[str] | Unset):
        q (str | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedActorListList | Problem]
    """

    kwargs = _get_kwargs(
        active_on=active_on,
        as_of=as_of,
        confidence=confidence,
        country=country,
        cursor=cursor,
        embed=embed,
        exclude_country=exclude_country,
        exclude_iso3=exclude_iso3,
        exclude_mentioned_by=exclude_mentioned_by,
        exclude_mentioned_in=exclude_mentioned_in,
        exclude_parent=exclude_parent,
        exclude_party_to=exclude_party_to,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        iso3=iso3,
        kind=kind,
        mentioned_by=mentioned_by,
        mentioned_by_all=mentioned_by_all,
        mentioned_in=mentioned_in,
        mentioned_in_all=mentioned_in_all,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        parent=parent,
        party_to=party_to,
        party_to_all=party_to_all,
        q=q,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    active_on: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[ActorsListConfidenceItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ActorsListEmbedItem] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    exclude_iso3: list[str] | Unset = UNSET,
    exclude_mentioned_by: list[str] | Unset = UNSET,
    exclude_mentioned_in: list[str] | Unset = UNSET,
    exclude_parent: list[str] | Unset = UNSET,
    exclude_party_to: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    iso3: list[str] | Unset = UNSET,
    kind: list[ActorsListKindItem] | Unset = UNSET,
    mentioned_by: list[str] | Unset = UNSET,
    mentioned_by_all: list[str] | Unset = UNSET,
    mentioned_in: list[str] | Unset = UNSET,
    mentioned_in_all: list[str] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    party_to: list[str] | Unset = UNSET,
    party_to_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedActorListList | Problem | None:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        active_on (datetime.date | Unset):
        as_of (datetime.datetime | Unset):
        confidence (list[ActorsListConfidenceItem] | Unset):
        country (list[str] | Unset):
        cursor (str | Unset):
        embed (list[ActorsListEmbedItem] | Unset):
        exclude_country (list[str] | Unset):
        exclude_iso3 (list[str] | Unset):
        exclude_mentioned_by (list[str] | Unset):
        exclude_mentioned_in (list[str] | Unset):
        exclude_parent (list[str] | Unset):
        exclude_party_to (list[str] | Unset):
        fields (str | Unset):
        format_ (ActorsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        iso3 (list[str] | Unset):
        kind (list[ActorsListKindItem] | Unset):
        mentioned_by (list[str] | Unset):
        mentioned_by_all (list[str] | Unset):
        mentioned_in (list[str] | Unset):
        mentioned_in_all (list[str] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent (list[str] | Unset):
        party_to (list[str] | Unset):
        party_to_all (list[str] | Unset):
        q (str | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedActorListList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            active_on=active_on,
            as_of=as_of,
            confidence=confidence,
            country=country,
            cursor=cursor,
            embed=embed,
            exclude_country=exclude_country,
            exclude_iso3=exclude_iso3,
            exclude_mentioned_by=exclude_mentioned_by,
            exclude_mentioned_in=exclude_mentioned_in,
            exclude_parent=exclude_parent,
            exclude_party_to=exclude_party_to,
            fields=fields,
            format_=format_,
            group_by=group_by,
            group_limit=group_limit,
            iso3=iso3,
            kind=kind,
            mentioned_by=mentioned_by,
            mentioned_by_all=mentioned_by_all,
            mentioned_in=mentioned_in,
            mentioned_in_all=mentioned_in_all,
            omit=omit,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent=parent,
            party_to=party_to,
            party_to_all=party_to_all,
            q=q,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
