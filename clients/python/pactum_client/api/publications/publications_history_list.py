from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.history_version import HistoryVersion
from ...models.problem import Problem
from ...models.publications_history_list_format import PublicationsHistoryListFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    fields: str | Unset = UNSET,
    format_: PublicationsHistoryListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["omit"] = omit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/publications/{slug}/history/".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[HistoryVersion] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = HistoryVersion.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | list[HistoryVersion]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    format_: PublicationsHistoryListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> Response[Problem | list[HistoryVersion]]:
    """Versions of this record (editors only)

     Versions of this record, newest first, with field changes (editors only).

    Args:
        slug (str): URL identifier.
        fields (str | Unset):
        format_ (PublicationsHistoryListFormat | Unset):
        omit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[HistoryVersion]]
    """

    kwargs = _get_kwargs(
        slug=slug,
        fields=fields,
        format_=format_,
        omit=omit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    format_: PublicationsHistoryListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> Problem | list[HistoryVersion] | None:
    """Versions of this record (editors only)

     Versions of this record, newest first, with field changes (editors only).

    Args:
        slug (str): URL identifier.
        fields (str | Unset):
        format_ (PublicationsHistoryListFormat | Unset):
        omit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[HistoryVersion]
    """

    return sync_detailed(
        slug=slug,
        client=client,
        fields=fields,
        format_=format_,
        omit=omit,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    format_: PublicationsHistoryListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> Response[Problem | list[HistoryVersion]]:
    """Versions of this record (editors only)

     Versions of this record, newest first, with field changes (editors only).

    Args:
        slug (str): URL identifier.
        fields (str | Unset):
        format_ (PublicationsHistoryListFormat | Unset):
        omit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[HistoryVersion]]
    """

    kwargs = _get_kwargs(
        slug=slug,
        fields=fields,
        format_=format_,
        omit=omit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    format_: PublicationsHistoryListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> Problem | list[HistoryVersion] | None:
    """Versions of this record (editors only)

     Versions of this record, newest first, with field changes (editors only).

    Args:
        slug (str): URL identifier.
        fields (str | Unset):
        format_ (PublicationsHistoryListFormat | Unset):
        omit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[HistoryVersion]
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            fields=fields,
            format_=format_,
            omit=omit,
        )
    ).parsed
