import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article import Article
from ...models.problem import Problem
from ...models.treaties_articles_retrieve_embed_item import TreatiesArticlesRetrieveEmbedItem
from ...models.treaties_articles_retrieve_format import TreatiesArticlesRetrieveFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    treaty_slug: str,
    number: str,
    *,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[TreatiesArticlesRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TreatiesArticlesRetrieveFormat | Unset = UNSET,
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
        "url": "/api/v1/treaties/{treaty_slug}/articles/{number}/".format(
            treaty_slug=quote(str(treaty_slug), safe=""),
            number=quote(str(number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Article | Problem | None:
    if response.status_code == 200:
        response_200 = Article.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Article | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    treaty_slug: str,
    number: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[TreatiesArticlesRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TreatiesArticlesRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Response[Article | Problem]:
    """An article addressed by its treaty's slug and its number as written (`/treaties/x/articles/II/`).

    Args:
        treaty_slug (str):
        number (str):
        as_of (datetime.datetime | Unset):
        embed (list[TreatiesArticlesRetrieveEmbedItem] | Unset):
        fields (str | Unset):
        format_ (TreatiesArticlesRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Article | Problem]
    """

    kwargs = _get_kwargs(
        treaty_slug=treaty_slug,
        number=number,
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
    treaty_slug: str,
    number: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[TreatiesArticlesRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TreatiesArticlesRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Article | Problem | None:
    """An article addressed by its treaty's slug and its number as written (`/treaties/x/articles/II/`).

    Args:
        treaty_slug (str):
        number (str):
        as_of (datetime.datetime | Unset):
        embed (list[TreatiesArticlesRetrieveEmbedItem] | Unset):
        fields (str | Unset):
        format_ (TreatiesArticlesRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Article | Problem
    """

    return sync_detailed(
        treaty_slug=treaty_slug,
        number=number,
        client=client,
        as_of=as_of,
        embed=embed,
        fields=fields,
        format_=format_,
        omit=omit,
        version=version,
    ).parsed


async def asyncio_detailed(
    treaty_slug: str,
    number: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[TreatiesArticlesRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TreatiesArticlesRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Response[Article | Problem]:
    """An article addressed by its treaty's slug and its number as written (`/treaties/x/articles/II/`).

    Args:
        treaty_slug (str):
        number (str):
        as_of (datetime.datetime | Unset):
        embed (list[TreatiesArticlesRetrieveEmbedItem] | Unset):
        fields (str | Unset):
        format_ (TreatiesArticlesRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Article | Problem]
    """

    kwargs = _get_kwargs(
        treaty_slug=treaty_slug,
        number=number,
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
    treaty_slug: str,
    number: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    embed: list[TreatiesArticlesRetrieveEmbedItem] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: TreatiesArticlesRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Article | Problem | None:
    """An article addressed by its treaty's slug and its number as written (`/treaties/x/articles/II/`).

    Args:
        treaty_slug (str):
        number (str):
        as_of (datetime.datetime | Unset):
        embed (list[TreatiesArticlesRetrieveEmbedItem] | Unset):
        fields (str | Unset):
        format_ (TreatiesArticlesRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Article | Problem
    """

    return (
        await asyncio_detailed(
            treaty_slug=treaty_slug,
            number=number,
            client=client,
            as_of=as_of,
            embed=embed,
            fields=fields,
            format_=format_,
            omit=omit,
            version=version,
        )
    ).parsed
