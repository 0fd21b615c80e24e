from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_feed import ChangeFeed
from ...models.changes_retrieve_format import ChangesRetrieveFormat
from ...models.changes_retrieve_resource import ChangesRetrieveResource
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor: str | Unset = UNSET,
    article: str | Unset = UNSET,
    format_: ChangesRetrieveFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource: ChangesRetrieveResource | Unset = UNSET,
    since: str | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["actor"] = actor

    params["article"] = article

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["limit"] = limit

    json_resource: str | Unset = UNSET
    if not isinstance(resource, Unset):
        json_resource = resource.value

    params["resource"] = json_resource

    params["since"] = since

    params["treaty"] = treaty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/changes/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangeFeed | Problem | None:
    if response.status_code == 200:
        response_200 = ChangeFeed.from_dict(response.json())

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
) -> Response[ChangeFeed | Problem]:
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
    article: str | Unset = UNSET,
    format_: ChangesRetrieveFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource: ChangesRetrieveResource | Unset = UNSET,
    since: str | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> Response[ChangeFeed | Problem]:
    """Every public change (created, updated, published, unpublished, deleted, corrected) in commit order.

    Args:
        actor (str | Unset):
        article (str | Unset):
        format_ (ChangesRetrieveFormat | Unset):
        limit (int | Unset):
        resource (ChangesRetrieveResource | Unset):
        since (str | Unset):
        treaty (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeFeed | Problem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        article=article,
        format_=format_,
        limit=limit,
        resource=resource,
        since=since,
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
    article: str | Unset = UNSET,
    format_: ChangesRetrieveFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource: ChangesRetrieveResource | Unset = UNSET,
    since: str | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> ChangeFeed | Problem | None:
    """Every public change (created, updated, published, unpublished, deleted, corrected) in commit order.

    Args:
        actor (str | Unset):
        article (str | Unset):
        format_ (ChangesRetrieveFormat | Unset):
        limit (int | Unset):
        resource (ChangesRetrieveResource | Unset):
        since (str | Unset):
        treaty (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeFeed | Problem
    """

    return sync_detailed(
        client=client,
        actor=actor,
        article=article,
        format_=format_,
        limit=limit,
        resource=resource,
        since=since,
        treaty=treaty,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: str | Unset = UNSET,
    article: str | Unset = UNSET,
    format_: ChangesRetrieveFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource: ChangesRetrieveResource | Unset = UNSET,
    since: str | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> Response[ChangeFeed | Problem]:
    """Every public change (created, updated, published, unpublished, deleted, corrected) in commit order.

    Args:
        actor (str | Unset):
        article (str | Unset):
        format_ (ChangesRetrieveFormat | Unset):
        limit (int | Unset):
        resource (ChangesRetrieveResource | Unset):
        since (str | Unset):
        treaty (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeFeed | Problem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        article=article,
        format_=format_,
        limit=limit,
        resource=resource,
        since=since,
        treaty=treaty,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    actor: str | Unset = UNSET,
    article: str | Unset = UNSET,
    format_: ChangesRetrieveFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource: ChangesRetrieveResource | Unset = UNSET,
    since: str | Unset = UNSET,
    treaty: str | Unset = UNSET,
) -> ChangeFeed | Problem | None:
    """Every public change (created, updated, published, unpublished, deleted, corrected) in commit order.

    Args:
        actor (str | Unset):
        article (str | Unset):
        format_ (ChangesRetrieveFormat | Unset):
        limit (int | Unset):
        resource (ChangesRetrieveResource | Unset):
        since (str | Unset):
        treaty (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeFeed | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            actor=actor,
            article=article,
            format_=format_,
            limit=limit,
            resource=resource,
            since=since,
            treaty=treaty,
        )
    ).parsed
