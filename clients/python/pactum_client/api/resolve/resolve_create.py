from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.resolve_request_request import ResolveRequestRequest
from ...models.resolve_response import ResolveResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ResolveRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/resolve/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResolveResponse | None:
    if response.status_code == 200:
        response_200 = ResolveResponse.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ResolveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResolveRequestRequest,
) -> Response[Problem | ResolveResponse]:
    """Find references to treaties, their articles and actors in a text, with character offsets.

    Args:
        body (ResolveRequestRequest): Serializer mixin: a JSON body must carry the JSON types the
            OpenAPI schema states.

            DRF coerces by default (5 is accepted as the string "5", "true" and 1 as true); the
            schema promises clients, and the fuzzer checks, that a wrong type is a 400. Form bodies
            (QueryDicts, all strings) keep DRF's coercion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResolveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ResolveRequestRequest,
) -> Problem | ResolveResponse | None:
    """Find references to treaties, their articles and actors in a text, with character offsets.

    Args:
        body (ResolveRequestRequest): Serializer mixin: a JSON body must carry the JSON types the
            OpenAPI schema states.

            DRF coerces by default (5 is accepted as the string "5", "true" and 1 as true); the
            schema promises clients, and the fuzzer checks, that a wrong type is a 400. Form bodies
            (QueryDicts, all strings) keep DRF's coercion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResolveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResolveRequestRequest,
) -> Response[Problem | ResolveResponse]:
    """Find references to treaties, their articles and actors in a text, with character offsets.

    Args:
        body (ResolveRequestRequest): Serializer mixin: a JSON body must carry the JSON types the
            OpenAPI schema states.

            DRF coerces by default (5 is accepted as the string "5", "true" and 1 as true); the
            schema promises clients, and the fuzzer checks, that a wrong type is a 400. Form bodies
            (QueryDicts, all strings) keep DRF's coercion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResolveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ResolveRequestRequest,
) -> Problem | ResolveResponse | None:
    """Find references to treaties, their articles and actors in a text, with character offsets.

    Args:
        body (ResolveRequestRequest): Serializer mixin: a JSON body must carry the JSON types the
            OpenAPI schema states.

            DRF coerces by default (5 is accepted as the string "5", "true" and 1 as true); the
            schema promises clients, and the fuzzer checks, that a wrong type is a 400. Form bodies
            (QueryDicts, all strings) keep DRF's coercion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResolveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
