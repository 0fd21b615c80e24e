import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actor import Actor
from ...models.actors_retrieve_embed_item import ActorsRetrieveEmbedItem
from ...models.actors_retrieve_format import ActorsRetrieveFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[ActorsRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    json_embed: list[str] | Unset = UNSET
    if not isinstance(embed, Unset):
        json_embed = []
        for embed_item_data in embed:
            embed_item = embed_item_data.value
            json_embed.append(embed_item)

    params["embed"] = json_embed

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["omit"] = omit

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/actors/{slug}/".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Actor | Problem | None:
    if response.status_code == 200:
        response_200 = Actor.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Actor | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[ActorsRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Response[Actor | Problem]:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        slug (str): URL identifier.
        as_of (datetime.datetime | Unset):
        embed (list[ActorsRetrieveEmbedItem] | Unset):
        fields (str | Unset):
        format_ (ActorsRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Actor | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        as_of=as_of,
        embed=embed,
        fields=fields,
        format_=format_,
        omit=omit,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[ActorsRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Actor | Problem | None:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        slug (str): URL identifier.
        as_of (datetime.datetime | Unset):
        embed (list[ActorsRetrieveEmbedItem] | Unset):
        fields (str | Unset):
        format_ (ActorsRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Actor | Problem
    """

    return sync_detailed(
        slug=slug,
        client=client,
        as_of=as_of,
        embed=embed,
        fields=fields,
        format_=format_,
        omit=omit,
        version=version,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[ActorsRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Response[Actor | Problem]:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        slug (str): URL identifier.
        as_of (datetime.datetime | Unset):
        embed (list[ActorsRetrieveEmbedItem] | Unset):
        fields (str | Unset):
        format_ (ActorsRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Actor | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        as_of=as_of,
        embed=embed,
        fields=fields,
        format_=format_,
        omit=omit,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[ActorsRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ActorsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Actor | Problem | None:
    """States, people, international organisations, groupings, think tanks and media.

    Args:
        slug (str): URL identifier.
        as_of (datetime.datetime | Unset):
        embed (list[ActorsRetrieveEmbedItem] | Unset):
        fields (str | Unset):
        format_ (ActorsRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Actor | Problem
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            as_of=as_of,
            embed=embed,
            fields=fields,
            format_=format_,
            omit=omit,
            version=version,
        )
    ).parsed
