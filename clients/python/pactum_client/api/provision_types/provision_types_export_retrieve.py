import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.provision_types_export_retrieve_format import ProvisionTypesExportRetrieveFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesExportRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_exclude_treaty: list[str] | Unset = UNSET
    if not isinstance(exclude_treaty, Unset):
        json_exclude_treaty = exclude_treaty

    params["exclude_treaty"] = json_exclude_treaty

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["omit"] = omit

    params["ordering"] = ordering

    params["q"] = q

    json_treaty: list[str] | Unset = UNSET
    if not isinstance(treaty, Unset):
        json_treaty = treaty

    params["treaty"] = json_treaty

    json_treaty_all: list[str] | Unset = UNSET
    if not isinstance(treaty_all, Unset):
        json_treaty_all = treaty_all

    params["treaty_all"] = json_treaty_all

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    json_updated_before: str | Unset = UNSET
    if not isinstance(updated_before, Unset):
        json_updated_before = updated_before.isoformat()
    params["updated_before"] = json_updated_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/provision-types/export/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesExportRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[Problem | str]:
    """Export the whole filtered collection

     Streams every matching record (summary shape) as NDJSON, one JSON object per line, or as CSV with
    `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` (CSL-JSON). Takes the list's
    filters and `ordering`; no paging. A complete NDJSON export ends with one trailer line,
    `{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short (a dropped
    connection or a killed worker) and must not be taken as the whole collection.

    Args:
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesExportRetrieveFormat | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        q (str | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        omit=omit,
        ordering=ordering,
        q=q,
        treaty=treaty,
        treaty_all=treaty_all,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesExportRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Problem | str | None:
    """Export the whole filtered collection

     Streams every matching record (summary shape) as NDJSON, one JSON object per line, or as CSV with
    `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` (CSL-JSON). Takes the list's
    filters and `ordering`; no paging. A complete NDJSON export ends with one trailer line,
    `{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short (a dropped
    connection or a killed worker) and must not be taken as the whole collection.

    Args:
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesExportRetrieveFormat | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        q (str | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        omit=omit,
        ordering=ordering,
        q=q,
        treaty=treaty,
        treaty_all=treaty_all,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesExportRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[Problem | str]:
    """Export the whole filtered collection

     Streams every matching record (summary shape) as NDJSON, one JSON object per line, or as CSV with
    `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` (CSL-JSON). Takes the list's
    filters and `ordering`; no paging. A complete NDJSON export ends with one trailer line,
    `{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short (a dropped
    connection or a killed worker) and must not be taken as the whole collection.

    Args:
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesExportRetrieveFormat | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        q (str | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        omit=omit,
        ordering=ordering,
        q=q,
        treaty=treaty,
        treaty_all=treaty_all,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesExportRetrieveFormat | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Problem | str | None:
    """Export the whole filtered collection

     Streams every matching record (summary shape) as NDJSON, one JSON object per line, or as CSV with
    `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` (CSL-JSON). Takes the list's
    filters and `ordering`; no paging. A complete NDJSON export ends with one trailer line,
    `{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short (a dropped
    connection or a killed worker) and must not be taken as the whole collection.

    Args:
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesExportRetrieveFormat | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        q (str | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            exclude_treaty=exclude_treaty,
            fields=fields,
            format_=format_,
            omit=omit,
            ordering=ordering,
            q=q,
            treaty=treaty,
            treaty_all=treaty_all,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
