from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correction_list import CorrectionList
from ...models.corrections_retrieve_format import CorrectionsRetrieveFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    fields: str | Unset = UNSET,
    format_: CorrectionsRetrieveFormat | Unset = UNSET,
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
        "url": "/api/v1/corrections/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CorrectionList | Problem | None:
    if response.status_code == 200:
        response_200 = CorrectionList.from_dict(response.json())

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
) -> Response[CorrectionList | Problem]:
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
    fields: str | Unset = UNSET,
    format_: CorrectionsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> Response[CorrectionList | Problem]:
    """Public corrections: substantive changes to published records, field by field, with the editor's
    reason.

    Args:
        id (UUID):
        fields (str | Unset):
        format_ (CorrectionsRetrieveFormat | Unset):
        omit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectionList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        fields=fields,
        format_=format_,
        omit=omit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    format_: CorrectionsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> CorrectionList | Problem | None:
    """Public corrections: substantive changes to published records, field by field, with the editor's
    reason.

    Args:
        id (UUID):
        fields (str | Unset):
        format_ (CorrectionsRetrieveFormat | Unset):
        omit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectionList | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        fields=fields,
        format_=format_,
        omit=omit,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    format_: CorrectionsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> Response[CorrectionList | Problem]:
    """Public corrections: substantive changes to published records, field by field, with the editor's
    reason.

    Args:
        id (UUID):
        fields (str | Unset):
        format_ (CorrectionsRetrieveFormat | Unset):
        omit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectionList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        fields=fields,
        format_=format_,
        omit=omit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    format_: CorrectionsRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
) -> CorrectionList | Problem | None:
    """Public corrections: substantive changes to published records, field by field, with the editor's
    reason.

    Args:
        id (UUID):
        fields (str | Unset):
        format_ (CorrectionsRetrieveFormat | Unset):
        omit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectionList | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields=fields,
            format_=format_,
            omit=omit,
        )
    ).parsed
