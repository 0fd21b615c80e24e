import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_export_retrieve_confidence_item import EventsExportRetrieveConfidenceItem
from ...models.events_export_retrieve_format import EventsExportRetrieveFormat
from ...models.events_export_retrieve_kind_item import EventsExportRetrieveKindItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    confidence: list[EventsExportRetrieveConfidenceItem] | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsExportRetrieveFormat | Unset = UNSET,
    kind: list[EventsExportRetrieveKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
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

    json_confidence: list[str] | Unset = UNSET
    if not isinstance(confidence, Unset):
        json_confidence = []
        for confidence_item_data in confidence:
            confidence_item = confidence_item_data.value
            json_confidence.append(confidence_item)

    params["confidence"] = json_confidence

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

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params["omit"] = omit

    params["ordering"] = ordering

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
        "url": "/api/v1/events/export/",
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
    confidence: list[EventsExportRetrieveConfidenceItem] | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsExportRetrieveFormat | Unset = UNSET,
    kind: list[EventsExportRetrieveKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
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
        confidence (list[EventsExportRetrieveConfidenceItem] | Unset):
        exclude_participant (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (EventsExportRetrieveFormat | Unset):
        kind (list[EventsExportRetrieveKindItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
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
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        confidence=confidence,
        exclude_participant=exclude_participant,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        kind=kind,
        omit=omit,
        ordering=ordering,
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
    confidence: list[EventsExportRetrieveConfidenceItem] | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsExportRetrieveFormat | Unset = UNSET,
    kind: list[EventsExportRetrieveKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
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
        confidence (list[EventsExportRetrieveConfidenceItem] | Unset):
        exclude_participant (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (EventsExportRetrieveFormat | Unset):
        kind (list[EventsExportRetrieveKindItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
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
        Problem | str
    """

    return sync_detailed(
        client=client,
        confidence=confidence,
        exclude_participant=exclude_participant,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        kind=kind,
        omit=omit,
        ordering=ordering,
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
    confidence: list[EventsExportRetrieveConfidenceItem] | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsExportRetrieveFormat | Unset = UNSET,
    kind: list[EventsExportRetrieveKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
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
        confidence (list[EventsExportRetrieveConfidenceItem] | Unset):
        exclude_participant (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (EventsExportRetrieveFormat | Unset):
        kind (list[EventsExportRetrieveKindItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
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
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        confidence=confidence,
        exclude_participant=exclude_participant,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        kind=kind,
        omit=omit,
        ordering=ordering,
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
    confidence: list[EventsExportRetrieveConfidenceItem] | Unset = UNSET,
    exclude_participant: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: EventsExportRetrieveFormat | Unset = UNSET,
    kind: list[EventsExportRetrieveKindItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    participant: list[str] | Unset = UNSET,
    participant_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
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
        confidence (list[EventsExportRetrieveConfidenceItem] | Unset):
        exclude_participant (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (EventsExportRetrieveFormat | Unset):
        kind (list[EventsExportRetrieveKindItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
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
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            confidence=confidence,
            exclude_participant=exclude_participant,
            exclude_treaty=exclude_treaty,
            fields=fields,
            format_=format_,
            kind=kind,
            omit=omit,
            ordering=ordering,
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
