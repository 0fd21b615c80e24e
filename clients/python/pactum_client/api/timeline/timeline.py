import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.timeline_format import TimelineFormat
from ...models.timeline_response import TimelineResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor: str | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["actor"] = actor

    json_date_after: str | Unset = UNSET
    if not isinstance(date_after, Unset):
        json_date_after = date_after.isoformat()
    params["date_after"] = json_date_after

    json_date_before: str | Unset = UNSET
    if not isinstance(date_before, Unset):
        json_date_before = date_before.isoformat()
    params["date_before"] = json_date_before

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["limit"] = limit

    params["treaty"] = treaty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/timeline/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TimelineResponse | None:
    if response.status_code == 200:
        response_200 = TimelineResponse.from_dict(response.json())

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
) -> Response[Problem | TimelineResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: str | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> Response[Problem | TimelineResponse]:
    """Events, treaty milestones and publications in date order.

    Args:
        actor (str | Unset):
        date_after (datetime.date | Unset):
        date_before (datetime.date | Unset):
        format_ (TimelineFormat | Unset):
        limit (int | Unset):
        treaty (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TimelineResponse]
    """

    kwargs = _get_kwargs(
        actor=actor,
        date_after=date_after,
        date_before=date_before,
        format_=format_,
        limit=limit,
        treaty=treaty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    actor: str | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> Problem | TimelineResponse | None:
    """Events, treaty milestones and publications in date order.

    Args:
        actor (str | Unset):
        date_after (datetime.date | Unset):
        date_before (datetime.date | Unset):
        format_ (TimelineFormat | Unset):
        limit (int | Unset):
        treaty (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TimelineResponse
    """

    return sync_detailed(
        client=client,
        actor=actor,
        date_after=date_after,
        date_before=date_before,
        format_=format_,
        limit=limit,
        treaty=treaty,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: str | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> Response[Problem | TimelineResponse]:
    """Events, treaty milestones and publications in date order.

    Args:
        actor (str | Unset):
        date_after (datetime.date | Unset):
        date_before (datetime.date | Unset):
        format_ (TimelineFormat | Unset):
        limit (int | Unset):
        treaty (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TimelineResponse]
    """

    kwargs = _get_kwargs(
        actor=actor,
        date_after=date_after,
        date_before=date_before,
        format_=format_,
        limit=limit,
        treaty=treaty,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    actor: str | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> Problem | TimelineResponse | None:
    """Events, treaty milestones and publications in date order.

    Args:
        actor (str | Unset):
        date_after (datetime.date | Unset):
        date_before (datetime.date | Unset):
        format_ (TimelineFormat | Unset):
        limit (int | Unset):
        treaty (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TimelineResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            actor=actor,
            date_after=date_after,
            date_before=date_before,
            format_=format_,
            limit=limit,
            treaty=treaty,
        )
    ).parsed
