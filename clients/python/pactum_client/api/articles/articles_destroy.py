from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.articles_destroy_format import ArticlesDestroyFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    format_: ArticlesDestroyFormat | Unset = UNSET,
    if_match: str,
    x_change_reason: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(x_change_reason, Unset):
        headers["X-Change-Reason"] = x_change_reason

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/articles/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    format_: ArticlesDestroyFormat | Unset = UNSET,
    if_match: str,
    x_change_reason: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways.

    Args:
        id (str):
        format_ (ArticlesDestroyFormat | Unset):
        if_match (str):
        x_change_reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
        if_match=if_match,
        x_change_reason=x_change_reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    format_: ArticlesDestroyFormat | Unset = UNSET,
    if_match: str,
    x_change_reason: str | Unset = UNSET,
) -> Any | Problem | None:
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways.

    Args:
        id (str):
        format_ (ArticlesDestroyFormat | Unset):
        if_match (str):
        x_change_reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        format_=format_,
        if_match=if_match,
        x_change_reason=x_change_reason,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    format_: ArticlesDestroyFormat | Unset = UNSET,
    if_match: str,
    x_change_reason: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways.

    Args:
        id (str):
        format_ (ArticlesDestroyFormat | Unset):
        if_match (str):
        x_change_reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
        if_match=if_match,
        x_change_reason=x_change_reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    format_: ArticlesDestroyFormat | Unset = UNSET,
    if_match: str,
    x_change_reason: str | Unset = UNSET,
) -> Any | Problem | None:
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways.

    Args:
        id (str):
        format_ (ArticlesDestroyFormat | Unset):
        if_match (str):
        x_change_reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            format_=format_,
            if_match=if_match,
            x_change_reason=x_change_reason,
        )
    ).parsed
