import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.provision_type import ProvisionType
from ...models.provision_types_retrieve_format import ProvisionTypesRetrieveFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesRetrieveFormat | Unset = UNSET,
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
        "url": "/api/v1/provision-types/{code}/".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProvisionType | None:
    if response.status_code == 200:
        response_200 = ProvisionType.from_dict(response.json())

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
) -> Response[Problem | ProvisionType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Response[Problem | ProvisionType]:
    """The coded vocabulary of obligations (mutual defence, consultation, ...).

    Args:
        code (str): Stable code, also the URL identifier.
        as_of (datetime.datetime | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProvisionType]
    """

    kwargs = _get_kwargs(
        code=code,
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
    code: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Problem | ProvisionType | None:
    """The coded vocabulary of obligations (mutual defence, consultation, ...).

    Args:
        code (str): Stable code, also the URL identifier.
        as_of (datetime.datetime | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProvisionType
    """

    return sync_detailed(
        code=code,
        client=client,
        as_of=as_of,
        fields=fields,
        format_=format_,
        omit=omit,
        version=version,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Response[Problem | ProvisionType]:
    """The coded vocabulary of obligations (mutual defence, consultation, ...).

    Args:
        code (str): Stable code, also the URL identifier.
        as_of (datetime.datetime | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProvisionType]
    """

    kwargs = _get_kwargs(
        code=code,
        as_of=as_of,
        fields=fields,
        format_=format_,
        omit=omit,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    version: int | Unset = UNSET,
) -> Problem | ProvisionType | None:
    """The coded vocabulary of obligations (mutual defence, consultation, ...).

    Args:
        code (str): Stable code, also the URL identifier.
        as_of (datetime.datetime | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesRetrieveFormat | Unset):
        omit (str | Unset):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProvisionType
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            as_of=as_of,
            fields=fields,
            format_=format_,
            omit=omit,
            version=version,
        )
    ).parsed
