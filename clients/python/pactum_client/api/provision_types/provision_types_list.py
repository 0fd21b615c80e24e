import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_provision_type_summary_list import PaginatedProvisionTypeSummaryList
from ...models.problem import Problem
from ...models.provision_types_list_format import ProvisionTypesListFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    params["cursor"] = cursor

    json_exclude_treaty: list[str] | Unset = UNSET
    if not isinstance(exclude_treaty, Unset):
        json_exclude_treaty = exclude_treaty

    params["exclude_treaty"] = json_exclude_treaty

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["group_by"] = group_by

    params["group_limit"] = group_limit

    params["omit"] = omit

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

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
        "url": "/api/v1/provision-types/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedProvisionTypeSummaryList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedProvisionTypeSummaryList.from_dict(response.json())

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
) -> Response[PaginatedProvisionTypeSummaryList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedProvisionTypeSummaryList | Problem]:
    """The coded vocabulary of obligations (mutual defence, consultation, ...).

    Args:
        as_of (datetime.datetime | Unset):
        cursor (str | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        q (str | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedProvisionTypeSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        cursor=cursor,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
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
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedProvisionTypeSummaryList | Problem | None:
    """The coded vocabulary of obligations (mutual defence, consultation, ...).

    Args:
        as_of (datetime.datetime | Unset):
        cursor (str | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        q (str | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedProvisionTypeSummaryList | Problem
    """

    return sync_detailed(
        client=client,
        as_of=as_of,
        cursor=cursor,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        q=q,
        treaty=treaty,
        treaty_all=treaty_all,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedProvisionTypeSummaryList | Problem]:
    """The coded vocabulary of obligations (mutual defence, consultation, ...).

    Args:
        as_of (datetime.datetime | Unset):
        cursor (str | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        q (str | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedProvisionTypeSummaryList | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        cursor=cursor,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
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
    as_of: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ProvisionTypesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_all: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedProvisionTypeSummaryList | Problem | None:
    """The coded vocabulary of obligations (mutual defence, consultation, ...).

    Args:
        as_of (datetime.datetime | Unset):
        cursor (str | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ProvisionTypesListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        q (str | Unset):
        treaty (list[str] | Unset):
        treaty_all (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedProvisionTypeSummaryList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            as_of=as_of,
            cursor=cursor,
            exclude_treaty=exclude_treaty,
            fields=fields,
            format_=format_,
            group_by=group_by,
            group_limit=group_limit,
            omit=omit,
            ordering=ordering,
            page=page,
            page_size=page_size,
            q=q,
            treaty=treaty,
            treaty_all=treaty_all,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
