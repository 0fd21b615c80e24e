import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.network import Network
from ...models.network_actors_format import NetworkActorsFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    expert: list[str] | Unset = UNSET,
    format_: NetworkActorsFormat | Unset = UNSET,
    max_edges: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
    min_weight: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expert: list[str] | Unset = UNSET
    if not isinstance(expert, Unset):
        json_expert = expert

    params["expert"] = json_expert

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["max_edges"] = max_edges

    params["max_nodes"] = max_nodes

    params["min_weight"] = min_weight

    json_publication: list[str] | Unset = UNSET
    if not isinstance(publication, Unset):
        json_publication = publication

    params["publication"] = json_publication

    json_published_after: str | Unset = UNSET
    if not isinstance(published_after, Unset):
        json_published_after = published_after.isoformat()
    params["published_after"] = json_published_after

    json_published_before: str | Unset = UNSET
    if not isinstance(published_before, Unset):
        json_published_before = published_before.isoformat()
    params["published_before"] = json_published_before

    json_topic: list[str] | Unset = UNSET
    if not isinstance(topic, Unset):
        json_topic = topic

    params["topic"] = json_topic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/network/actors/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Network | Problem | None:
    if response.status_code == 200:
        response_200 = Network.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Network | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    expert: list[str] | Unset = UNSET,
    format_: NetworkActorsFormat | Unset = UNSET,
    max_edges: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
    min_weight: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
) -> Response[Network | Problem]:
    """The actor co-mention network of the (filtered) commentary.

    Args:
        expert (list[str] | Unset):
        format_ (NetworkActorsFormat | Unset):
        max_edges (int | Unset):
        max_nodes (int | Unset):
        min_weight (int | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        topic (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Network | Problem]
    """

    kwargs = _get_kwargs(
        expert=expert,
        format_=format_,
        max_edges=max_edges,
        max_nodes=max_nodes,
        min_weight=min_weight,
        publication=publication,
        published_after=published_after,
        published_before=published_before,
        topic=topic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expert: list[str] | Unset = UNSET,
    format_: NetworkActorsFormat | Unset = UNSET,
    max_edges: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
    min_weight: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
) -> Network | Problem | None:
    """The actor co-mention network of the (filtered) commentary.

    Args:
        expert (list[str] | Unset):
        format_ (NetworkActorsFormat | Unset):
        max_edges (int | Unset):
        max_nodes (int | Unset):
        min_weight (int | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        topic (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Network | Problem
    """

    return sync_detailed(
        client=client,
        expert=expert,
        format_=format_,
        max_edges=max_edges,
        max_nodes=max_nodes,
        min_weight=min_weight,
        publication=publication,
        published_after=published_after,
        published_before=published_before,
        topic=topic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    expert: list[str] | Unset = UNSET,
    format_: NetworkActorsFormat | Unset = UNSET,
    max_edges: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
    min_weight: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
) -> Response[Network | Problem]:
    """The actor co-mention network of the (filtered) commentary.

    Args:
        expert (list[str] | Unset):
        format_ (NetworkActorsFormat | Unset):
        max_edges (int | Unset):
        max_nodes (int | Unset):
        min_weight (int | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        topic (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Network | Problem]
    """

    kwargs = _get_kwargs(
        expert=expert,
        format_=format_,
        max_edges=max_edges,
        max_nodes=max_nodes,
        min_weight=min_weight,
        publication=publication,
        published_after=published_after,
        published_before=published_before,
        topic=topic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    expert: list[str] | Unset = UNSET,
    format_: NetworkActorsFormat | Unset = UNSET,
    max_edges: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
    min_weight: int | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    topic: list[str] | Unset = UNSET,
) -> Network | Problem | None:
    """The actor co-mention network of the (filtered) commentary.

    Args:
        expert (list[str] | Unset):
        format_ (NetworkActorsFormat | Unset):
        max_edges (int | Unset):
        max_nodes (int | Unset):
        min_weight (int | Unset):
        publication (list[str] | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        topic (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Network | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            expert=expert,
            format_=format_,
            max_edges=max_edges,
            max_nodes=max_nodes,
            min_weight=min_weight,
            publication=publication,
            published_after=published_after,
            published_before=published_before,
            topic=topic,
        )
    ).parsed
