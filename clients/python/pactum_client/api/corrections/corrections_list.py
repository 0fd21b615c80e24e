import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.corrections_list_format import CorrectionsListFormat
from ...models.paginated_correction_list_list import PaginatedCorrectionListList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CorrectionsListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    record: UUID | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["omit"] = omit

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_record: str | Unset = UNSET
    if not isinstance(record, Unset):
        json_record = str(record)
    params["record"] = json_record

    params["resource"] = resource

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/corrections/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedCorrectionListList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedCorrectionListList.from_dict(response.json())

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
) -> Response[PaginatedCorrectionListList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CorrectionsListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    record: UUID | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> Response[PaginatedCorrectionListList | Problem]:
    """Public corrections: substantive changes to published records, field by field, with the editor's
    reason.

    Args:
        cursor (str | Unset):
        fields (str | Unset):
        format_ (CorrectionsListFormat | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        record (UUID | Unset):
        resource (str | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedCorrectionListList | Problem]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        fields=fields,
        format_=format_,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        record=record,
        resource=resource,
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CorrectionsListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    record: UUID | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> PaginatedCorrectionListList | Problem | None:
    """Public corrections: substantive changes to published records, field by field, with the editor's
    reason.

    Args:
        cursor (str | Unset):
        fields (str | Unset):
        format_ (CorrectionsListFormat | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        record (UUID | Unset):
        resource (str | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedCorrectionListList | Problem
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        fields=fields,
        format_=format_,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        record=record,
        resource=resource,
        since=since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CorrectionsListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    record: UUID | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> Response[PaginatedCorrectionListList | Problem]:
    """Public corrections: substantive changes to published records, field by field, with the editor's
    reason.

    Args:
        cursor (str | Unset):
        fields (str | Unset):
        format_ (CorrectionsListFormat | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        record (UUID | Unset):
        resource (str | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedCorrectionListList | Problem]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        fields=fields,
        format_=format_,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        record=record,
        resource=resource,
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: CorrectionsListFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    record: UUID | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> PaginatedCorrectionListList | Problem | None:
    """Public corrections: substantive changes to published records, field by field, with the editor's
    reason.

    Args:
        cursor (str | Unset):
        fields (str | Unset):
        format_ (CorrectionsListFormat | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        record (UUID | Unset):
        resource (str | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedCorrectionListList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            fields=fields,
            format_=format_,
            omit=omit,
            ordering=ordering,
            page=page,
            page_size=page_size,
            record=record,
            resource=resource,
            since=since,
        )
    ).parsed
