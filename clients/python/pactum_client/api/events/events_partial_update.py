from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...models.events_partial_update_format import EventsPartialUpdateFormat
from ...models.patched_event_write_request import PatchedEventWriteRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    body: PatchedEventWriteRequest | Unset = UNSET,
    format_: EventsPartialUpdateFormat | Unset = UNSET,
    if_match: str,
    x_change_minor: bool | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(x_change_minor, Unset):
        headers["X-Change-Minor"] = "true" if x_change_minor else "false"

    if not isinstance(x_change_reason, Unset):
        headers["X-Change-Reason"] = x_change_reason

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/events/{slug}/".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Event | Problem | None:
    if response.status_code == 200:
        response_200 = Event.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = Problem.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Event | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PatchedEventWriteRequest | Unset = UNSET,
    format_: EventsPartialUpdateFormat | Unset = UNSET,
    if_match: str,
    x_change_minor: bool | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> Response[Event | Problem]:
    """Dated happenings with participants: summits, visits, signings, votes.

    Args:
        slug (str): URL identifier.
        format_ (EventsPartialUpdateFormat | Unset):
        if_match (str):
        x_change_minor (bool | Unset):
        x_change_reason (str | Unset):
        body (PatchedEventWriteRequest | Unset): Input for creating and changing an event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
        format_=format_,
        if_match=if_match,
        x_change_minor=x_change_minor,
        x_change_reason=x_change_reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PatchedEventWriteRequest | Unset = UNSET,
    format_: EventsPartialUpdateFormat | Unset = UNSET,
    if_match: str,
    x_change_minor: bool | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> Event | Problem | None:
    """Dated happenings with participants: summits, visits, signings, votes.

    Args:
        slug (str): URL identifier.
        format_ (EventsPartialUpdateFormat | Unset):
        if_match (str):
        x_change_minor (bool | Unset):
        x_change_reason (str | Unset):
        body (PatchedEventWriteRequest | Unset): Input for creating and changing an event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | Problem
    """

    return sync_detailed(
        slug=slug,
        client=client,
        body=body,
        format_=format_,
        if_match=if_match,
        x_change_minor=x_change_minor,
        x_change_reason=x_change_reason,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PatchedEventWriteRequest | Unset = UNSET,
    format_: EventsPartialUpdateFormat | Unset = UNSET,
    if_match: str,
    x_change_minor: bool | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> Response[Event | Problem]:
    """Dated happenings with participants: summits, visits, signings, votes.

    Args:
        slug (str): URL identifier.
        format_ (EventsPartialUpdateFormat | Unset):
        if_match (str):
        x_change_minor (bool | Unset):
        x_change_reason (str | Unset):
        body (PatchedEventWriteRequest | Unset): Input for creating and changing an event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
        format_=format_,
        if_match=if_match,
        x_change_minor=x_change_minor,
        x_change_reason=x_change_reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PatchedEventWriteRequest | Unset = UNSET,
    format_: EventsPartialUpdateFormat | Unset = UNSET,
    if_match: str,
    x_change_minor: bool | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> Event | Problem | None:
    """Dated happenings with participants: summits, visits, signings, votes.

    Args:
        slug (str): URL identifier.
        format_ (EventsPartialUpdateFormat | Unset):
        if_match (str):
        x_change_minor (bool | Unset):
        x_change_reason (str | Unset):
        body (PatchedEventWriteRequest | Unset): Input for creating and changing an event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | Problem
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            body=body,
            format_=format_,
            if_match=if_match,
            x_change_minor=x_change_minor,
            x_change_reason=x_change_reason,
        )
    ).parsed
