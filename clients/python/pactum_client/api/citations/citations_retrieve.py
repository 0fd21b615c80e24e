import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.citation import Citation
from ...models.citations_retrieve_format import CitationsRetrieveFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CitationsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

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
        "url": "/api/v1/citations/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Citation | Problem | None:
    if response.status_code == 200:
        response_200 = Citation.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Citation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CitationsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Response[Citation | Problem]:
    """A takeaway's located reference to a treaty or article.

    Args:
        id (UUID):
        as_of (datetime.datetime | Unset):
        fields (str | Unset):
        format_ (CitationsRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Citation | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        as_of=as_of,
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CitationsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Citation | Problem | None:
    """A takeaway's located reference to a treaty or article.

    Args:
        id (UUID):
        as_of (datetime.datetime | Unset):
        fields (str | Unset):
        format_ (CitationsRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Citation | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        as_of=as_of,
        fields=fields,
        format_=format_,
        omit=omit,
        version=version,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CitationsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Response[Citation | Problem]:
    """A takeaway's located reference to a treaty or article.

    Args:
        id (UUID):
        as_of (datetime.datetime | Unset):
        fields (str | Unset):
        format_ (CitationsRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Citation | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        as_of=as_of,
        fields=fields,
        format_=format_,
        omit=omit,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CitationsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Citation | Problem | None:
    """A takeaway's located reference to a treaty or article.

    Args:
        id (UUID):
        as_of (datetime.datetime | Unset):
        fields (str | Unset):
        format_ (CitationsRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Citation | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            as_of=as_of,
            fields=fields,
            format_=format_,
            omit=omit,
            version=version,
        )
    ).parsed
