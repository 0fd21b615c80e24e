from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.autocomplete_response import AutocompleteResponse
from ...models.autocomplete_type_item import AutocompleteTypeItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    q: str,
    type_: list[AutocompleteTypeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["q"] = q

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/autocomplete/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutocompleteResponse | Problem | None:
    if response.status_code == 200:
        response_200 = AutocompleteResponse.from_dict(response.json())

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
) -> Response[AutocompleteResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    q: str,
    type_: list[AutocompleteTypeItem] | Unset = UNSET,
) -> Response[AutocompleteResponse | Problem]:
    """Typeahead: records whose names, aliases, titles or short titles start with the query.

    Args:
        limit (int | Unset):
        q (str):
        type_ (list[AutocompleteTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutocompleteResponse | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        q=q,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    q: str,
    type_: list[AutocompleteTypeItem] | Unset = UNSET,
) -> AutocompleteResponse | Problem | None:
    """Typeahead: records whose names, aliases, titles or short titles start with the query.

    Args:
        limit (int | Unset):
        q (str):
        type_ (list[AutocompleteTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutocompleteResponse | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        q=q,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    q: str,
    type_: list[AutocompleteTypeItem] | Unset = UNSET,
) -> Response[AutocompleteResponse | Problem]:
    """Typeahead: records whose names, aliases, titles or short titles start with the query.

    Args:
        limit (int | Unset):
        q (str):
        type_ (list[AutocompleteTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutocompleteResponse | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        q=q,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    q: str,
    type_: list[AutocompleteTypeItem] | Unset = UNSET,
) -> AutocompleteResponse | Problem | None:
    """Typeahead: records whose names, aliases, titles or short titles start with the query.

    Args:
        limit (int | Unset):
        q (str):
        type_ (list[AutocompleteTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutocompleteResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            q=q,
            type_=type_,
        )
    ).parsed
