from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.search_response import SearchResponse
from ...models.search_type_item import SearchTypeItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

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
        "url": "/api/v1/search/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SearchResponse | None:
    if response.status_code == 200:
        response_200 = SearchResponse.from_dict(response.json())

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
) -> Response[Problem | SearchResponse]:
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
    offset: int | Unset = UNSET,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
) -> Response[Problem | SearchResponse]:
    """Search treaties, articles, takeaways, experts and actors

     Websearch-style full text: bare words must all match (stemmed, so `treaties` finds "treaty");
    `"double quotes"` match a phrase; `-word` excludes; `or` between two terms makes an alternative.
    Titles, headings and names weigh more than bodies. Anonymous readers search published records only
    (editors also see drafts). Unknown parameters are rejected.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str):
        type_ (list[SearchTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
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
    offset: int | Unset = UNSET,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
) -> Problem | SearchResponse | None:
    """Search treaties, articles, takeaways, experts and actors

     Websearch-style full text: bare words must all match (stemmed, so `treaties` finds "treaty");
    `"double quotes"` match a phrase; `-word` excludes; `or` between two terms makes an alternative.
    Titles, headings and names weigh more than bodies. Anonymous readers search published records only
    (editors also see drafts). Unknown parameters are rejected.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str):
        type_ (list[SearchTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        q=q,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
) -> Response[Problem | SearchResponse]:
    """Search treaties, articles, takeaways, experts and actors

     Websearch-style full text: bare words must all match (stemmed, so `treaties` finds "treaty");
    `"double quotes"` match a phrase; `-word` excludes; `or` between two terms makes an alternative.
    Titles, headings and names weigh more than bodies. Anonymous readers search published records only
    (editors also see drafts). Unknown parameters are rejected.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str):
        type_ (list[SearchTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        q=q,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
) -> Problem | SearchResponse | None:
    """Search treaties, articles, takeaways, experts and actors

     Websearch-style full text: bare words must all match (stemmed, so `treaties` finds "treaty");
    `"double quotes"` match a phrase; `-word` excludes; `or` between two terms makes an alternative.
    Titles, headings and names weigh more than bodies. Anonymous readers search published records only
    (editors also see drafts). Unknown parameters are rejected.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str):
        type_ (list[SearchTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            q=q,
            type_=type_,
        )
    ).parsed
