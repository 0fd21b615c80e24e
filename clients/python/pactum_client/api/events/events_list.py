import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_list_confidence_item import EventsListConfidenceItem
from ...models.events_list_format import EventsListFormat
from ...models.events_list_kind_item import EventsListKindItem
from ...models.paginated_event_summary_list import PaginatedEventSummaryList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[EventsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    kind: list[EventsListKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_exclude_participant: list[str] | Unset = UNSET
    if not isinstance(exclude_participant, Unset):
        json_exclude_participant = exclude_participant

    params["exclude_participant"] = json_exclude_participant

    json_exclude_treaty: list[str] | Unset = UNSET
    if not isinstance(exclude_treaty, Unset):
        json_exclude_treaty = exclude_treaty

    params["exclude_treaty"] = json_exclude_treaty

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["group_by"] = group_by

    params["group_limit"] = group_limit

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params["omit"] = omit

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_participant: list[str] | Unset = UNSET
    if not isinstance(participant, Unset):
        json_participant = participant

    params["participant"] = json_participant

    json_participant_all: list[str] | Unset = UNSET
    if not isinstance(participant_all, Unset):
        json_participant_all = participant_all

    params["participant_all"] = json_participant_all

    params["q"] = q

    json_start_after: str | Unset = UNSET
    if not isinstance(start_after, Unset):
        json_start_after = start_after.isoformat()
    params["start_after"] = json_start_after

    json_start_before: str | Unset = UNSET
    if not isinstance(start_before, Unset):
        json_start_before = start_before.isoformat()
    params["start_before"] = json_start_before

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
        "url": "/api/v1/events/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedEventSummaryList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedEventSummaryList.from_dict(response.json())

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
) -> Response[PaginatedEventSummaryList | Problem]:
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
    confidence: list[EventsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    kind: list[EventsListKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedEventSummaryList | Problem]:
    """Dated happenings with participants: summits, visits, signings, votes.

    Args:
        as_of (datetime.datetime | Unset):
        confidence (list[EventsListConfidenceItem] | Unset):
        cursor (str | Unset):
        exclude_participant (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (EventsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        kind (list[EventsListKindItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        participant (list[str] | Unset):
        participant_all (list[str] | Unset):
        q (str | Unset):
        start_after (datetime.date | Unset):
        start_before (datetime.date | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedEventSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        confidence=confidence,
        cursor=cursor,
        exclude_participant=exclude_participant,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        kind=kind,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        participant=participant,
        participant_all=participant_all,
        q=q,
        start_after=start_after,
        start_before=start_before,
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
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[EventsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    kind: list[EventsListKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedEventSummaryList | Problem | None:
    """Dated happenings with participants: summits, visits, signings, votes.

    Args:
        as_of (datetime.datetime | Unset):
        confidence (list[EventsListConfidenceItem] | Unset):
        cursor (str | Unset):
        exclude_participant (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (EventsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        kind (list[EventsListKindItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        participant (list[str] | Unset):
        participant_all (list[str] | Unset):
        q (str | Unset):
        start_after (datetime.date | Unset):
        start_before (datetime.date | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedEventSummaryList | Problem
    """

    return sync_detailed(
        client=client,
        as_of=as_of,
        confidence=confidence,
        cursor=cursor,
        exclude_participant=exclude_participant,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        kind=kind,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        participant=participant,
        participant_all=participant_all,
        q=q,
        start_after=start_after,
        start_before=start_before,
        treaty=treaty,
        treaty_all=treaty_all,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[EventsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    kind: list[EventsListKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedEventSummaryList | Problem]:
    """Dated happenings with participants: summits, visits, signings, votes.

    Args:
        as_of (datetime.datetime | Unset):
        confidence (list[EventsListConfidenceItem] | Unset):
        cursor (str | Unset):
        exclude_participant (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (EventsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        kind (list[EventsListKindItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        participant (list[str] | Unset):
        participant_all (list[str] | Unset):
        q (str | Unset):
        start_after (datetime.date | Unset):
        start_before (datetime.date | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedEventSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        confidence=confidence,
        cursor=cursor,
        exclude_participant=exclude_participant,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        kind=kind,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        participant=participant,
        participant_all=participant_all,
        q=q,
        start_after=start_after,
        start_before=start_before,
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
    as_of: datetime.datetime | Unset = UNSET,
    confidence: list[EventsListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    kind: list[EventsListKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedEventSummaryList | Problem | None:
    """Dated happenings with participants: summits, visits, signings, votes.

    Args:
        as_of (datetime.datetime | Unset):
        confidence (list[EventsListConfidenceItem] | Unset):
        cursor (str | Unset):
        exclude_participant (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (EventsListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        kind (list[EventsListKindItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        participant (list[str] | Unset):
        participant_all (list[str] | Unset):
        q (str | Unset):
        start_after (datetime.date | Unset):
        start_before (datetime.date | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedEventSummaryList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            as_of=as_of,
            confidence=confidence,
            cursor=cursor,
            exclude_participant=exclude_participant,
            exclude_treaty=exclude_treaty,
            fields=fields,
            format_=format_,
            group_by=group_by,
            group_limit=group_limit,
            kind=kind,
            omit=omit,
            ordering=ordering,
            page=page,
            page_size=page_size,
            participant=participant,
            participant_all=participant_all,
            q=q,
            start_after=start_after,
            start_before=start_before,
            treaty=treaty,
            treaty_all=treaty_all,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
