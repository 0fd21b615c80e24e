from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actor import Actor
from ...models.actor_write_request import ActorWriteRequest
from ...models.actors_create_format import ActorsCreateFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ActorWriteRequest,
    format_: ActorsCreateFormat | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_change_reason, Unset):
        headers["X-Change-Reason"] = x_change_reason

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/actors/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Actor | Problem | None:
    if response.status_code == 201:
        response_201 = Actor.from_dict(response.json())

        return response_201

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Actor | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActorWriteRequest,
    format_: ActorsCreateFormat | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> Response[Actor | Problem]:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        format_ (ActorsCreateFormat | Unset):
        x_change_reason (str | Unset):
        body (ActorWriteRequest): Input for creating and changing an actor; relations by slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Actor | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        x_change_reason=x_change_reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ActorWriteRequest,
    format_: ActorsCreateFormat | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> Actor | Problem | None:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        format_ (ActorsCreateFormat | Unset):
        x_change_reason (str | Unset):
        body (ActorWriteRequest): Input for creating and changing an actor; relations by slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Actor | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
        x_change_reason=x_change_reason,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActorWriteRequest,
    format_: ActorsCreateFormat | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> Response[Actor | Problem]:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        format_ (ActorsCreateFormat | Unset):
        x_change_reason (str | Unset):
        body (ActorWriteRequest): Input for creating and changing an actor; relations by slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Actor | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        x_change_reason=x_change_reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActorWriteRequest,
    format_: ActorsCreateFormat | Unset = UNSET,
    x_change_reason: str | Unset = UNSET,
) -> Actor | Problem | None:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        format_ (ActorsCreateFormat | Unset):
        x_change_reason (str | Unset):
        body (ActorWriteRequest): Input for creating and changing an actor; relations by slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Actor | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
            x_change_reason=x_change_reason,
        )
    ).parsed
