import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentions_export_retrieve_format import MentionsExportRetrieveFormat
from ...models.mentions_export_retrieve_method_item import MentionsExportRetrieveMethodItem
from ...models.mentions_export_retrieve_review_status_item import MentionsExportRetrieveReviewStatusItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor: list[str] | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsExportRetrieveFormat | Unset = UNSET,
    method: list[MentionsExportRetrieveMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsExportRetrieveReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_actor: list[str] | Unset = UNSET
    if not isinstance(actor, Unset):
        json_actor = actor

    params["actor"] = json_actor

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    json_exclude_actor: list[str] | Unset = UNSET
    if not isinstance(exclude_actor, Unset):
        json_exclude_actor = exclude_actor

    params["exclude_actor"] = json_exclude_actor

    json_exclude_expert: list[str] | Unset = UNSET
    if not isinstance(exclude_expert, Unset):
        json_exclude_expert = exclude_expert

    params["exclude_expert"] = json_exclude_expert

    json_exclude_publication: list[str] | Unset = UNSET
    if not isinstance(exclude_publication, Unset):
        json_exclude_publication = exclude_publication

    params["exclude_publication"] = json_exclude_publication

    json_exclude_takeaway: list[str] | Unset = UNSET
    if not isinstance(exclude_takeaway, Unset):
        json_exclude_takeaway = exclude_takeaway

    params["exclude_takeaway"] = json_exclude_takeaway

    json_expert: list[str] | Unset = UNSET
    if not isinstance(expert, Unset):
        json_expert = expert

    params["expert"] = json_expert

    json_expert_all: list[str] | Unset = UNSET
    if not isinstance(expert_all, Unset):
        json_expert_all = expert_all

    params["expert_all"] = json_expert_all

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    json_method: list[str] | Unset = UNSET
    if not isinstance(method, Unset):
        json_method = []
        for method_item_data in method:
            method_item = method_item_data.value
            json_method.append(method_item)

    params["method"] = json_method

    params["omit"] = omit

    params["ordering"] = ordering

    json_publication: list[str] | Unset = UNSET
    if not isinstance(publication, Unset):
        json_publication = publication

    params["publication"] = json_publication

    params["q"] = q

    json_review_status: list[str] | Unset = UNSET
    if not isinstance(review_status, Unset):
        json_review_status = []
        for review_status_item_data in review_status:
            review_status_item = review_status_item_data.value
            json_review_status.append(review_status_item)

    params["review_status"] = json_review_status

    json_takeaway: list[str] | Unset = UNSET
    if not isinstance(takeaway, Unset):
        json_takeaway = takeaway

    params["takeaway"] = json_takeaway

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
        "url": "/api/v1/mentions/export/",
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
    actor: list[str] | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsExportRetrieveFormat | Unset = UNSET,
    method: list[MentionsExportRetrieveMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsExportRetrieveReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
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
        actor (list[str] | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        exclude_actor (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (MentionsExportRetrieveFormat | Unset):
        method (list[MentionsExportRetrieveMethodItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        publication (list[str] | Unset):
        q (str | Unset):
        review_status (list[MentionsExportRetrieveReviewStatusItem] | Unset):
        takeaway (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        actor=actor,
        created_after=created_after,
        created_before=created_before,
        exclude_actor=exclude_actor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        method=method,
        omit=omit,
        ordering=ordering,
        publication=publication,
        q=q,
        review_status=review_status,
        takeaway=takeaway,
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
    actor: list[str] | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsExportRetrieveFormat | Unset = UNSET,
    method: list[MentionsExportRetrieveMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsExportRetrieveReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
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
        actor (list[str] | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        exclude_actor (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (MentionsExportRetrieveFormat | Unset):
        method (list[MentionsExportRetrieveMethodItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        publication (list[str] | Unset):
        q (str | Unset):
        review_status (list[MentionsExportRetrieveReviewStatusItem] | Unset):
        takeaway (list[str] | Unset):
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
        actor=actor,
        created_after=created_after,
        created_before=created_before,
        exclude_actor=exclude_actor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        method=method,
        omit=omit,
        ordering=ordering,
        publication=publication,
        q=q,
        review_status=review_status,
        takeaway=takeaway,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsExportRetrieveFormat | Unset = UNSET,
    method: list[MentionsExportRetrieveMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsExportRetrieveReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
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
        actor (list[str] | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        exclude_actor (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (MentionsExportRetrieveFormat | Unset):
        method (list[MentionsExportRetrieveMethodItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        publication (list[str] | Unset):
        q (str | Unset):
        review_status (list[MentionsExportRetrieveReviewStatusItem] | Unset):
        takeaway (list[str] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        actor=actor,
        created_after=created_after,
        created_before=created_before,
        exclude_actor=exclude_actor,
        exclude_expert=exclude_expert,
        exclude_publication=exclude_publication,
        exclude_takeaway=exclude_takeaway,
        expert=expert,
        expert_all=expert_all,
        fields=fields,
        format_=format_,
        method=method,
        omit=omit,
        ordering=ordering,
        publication=publication,
        q=q,
        review_status=review_status,
        takeaway=takeaway,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    exclude_actor: list[str] | Unset = UNSET,
    exclude_expert: list[str] | Unset = UNSET,
    exclude_publication: list[str] | Unset = UNSET,
    exclude_takeaway: list[str] | Unset = UNSET,
    expert: list[str] | Unset = UNSET,
    expert_all: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: MentionsExportRetrieveFormat | Unset = UNSET,
    method: list[MentionsExportRetrieveMethodItem] | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    publication: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    review_status: list[MentionsExportRetrieveReviewStatusItem] | Unset = UNSET,
    takeaway: list[str] | Unset = UNSET,
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
        actor (list[str] | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        exclude_actor (list[str] | Unset):
        exclude_expert (list[str] | Unset):
        exclude_publication (list[str] | Unset):
        exclude_takeaway (list[str] | Unset):
        expert (list[str] | Unset):
        expert_all (list[str] | Unset):
        fields (str | Unset):
        format_ (MentionsExportRetrieveFormat | Unset):
        method (list[MentionsExportRetrieveMethodItem] | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        publication (list[str] | Unset):
        q (str | Unset):
        review_status (list[MentionsExportRetrieveReviewStatusItem] | Unset):
        takeaway (list[str] | Unset):
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
            actor=actor,
            created_after=created_after,
            created_before=created_before,
            exclude_actor=exclude_actor,
            exclude_expert=exclude_expert,
            exclude_publication=exclude_publication,
            exclude_takeaway=exclude_takeaway,
            expert=expert,
            expert_all=expert_all,
            fields=fields,
            format_=format_,
            method=method,
            omit=omit,
            ordering=ordering,
            publication=publication,
            q=q,
            review_status=review_status,
            takeaway=takeaway,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
