import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.articles_list_confidence_item import ArticlesListConfidenceItem
from ...models.articles_list_embed_item import ArticlesListEmbedItem
from ...models.articles_list_format import ArticlesListFormat
from ...models.articles_list_treaty_kind_item import ArticlesListTreatyKindItem
from ...models.articles_list_treaty_status_item import ArticlesListTreatyStatusItem
from ...models.paginated_article_list_list import PaginatedArticleListList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    as_of: datetime.datetime | Unset = UNSET,
    cited_by_expert: list[str] | Unset = UNSET,
    cited_by_expert_all: list[str] | Unset = UNSET,
    cited_in_publication: list[str] | Unset = UNSET,
    cited_in_publication_all: list[str] | Unset = UNSET,
    confidence: list[ArticlesListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ArticlesListEmbedItem] | Unset = UNSET,
    exclude_cited_by_expert: list[str] | Unset = UNSET,
    exclude_cited_in_publication: list[str] | Unset = UNSET,
    exclude_party: list[str] | Unset = UNSET,
    exclude_provision_type: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ArticlesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    number: str | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_all: list[str] | Unset = UNSET,
    provision_type: list[str] | Unset = UNSET,
    provision_type_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    signed_after: datetime.date | Unset = UNSET,
    signed_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_kind: list[ArticlesListTreatyKindItem] | Unset = UNSET,
    treaty_status: list[ArticlesListTreatyStatusItem] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    json_cited_by_expert: list[str] | Unset = UNSET
    if not isinstance(cited_by_expert, Unset):
        json_cited_by_expert = cited_by_expert

    params["cited_by_expert"] = json_cited_by_expert

    json_cited_by_expert_all: list[str] | Unset = UNSET
    if not isinstance(cited_by_expert_all, Unset):
        json_cited_by_expert_all = cited_by_expert_all

    params["cited_by_expert_all"] = json_cited_by_expert_all

    json_cited_in_publication: list[str] | Unset = UNSET
    if not isinstance(cited_in_publication, Unset):
        json_cited_in_publication = cited_in_publication

    params["cited_in_publication"] = json_cited_in_publication

    json_cited_in_publication_all: list[str] | Unset = UNSET
    if not isinstance(cited_in_publication_all, Unset):
        json_cited_in_publication_all = cited_in_publication_all

    params["cited_in_publication_all"] = json_cited_in_publication_all

    json_confidence: list[str] | Unset = UNSET
    if not isinstance(confidence, Unset):
        json_confidence = []
        for confidence_item_data in confidence:
            confidence_item = confidence_item_data.value
            json_confidence.append(confidence_item)

    params["confidence"] = json_confidence

    params["cursor"] = cursor

    json_embed: list[str] | Unset = UNSET
    if not isinstance(embed, Unset):
        json_embed = []
        for embed_item_data in embed:
            embed_item = embed_item_data.value
            json_embed.append(embed_item)

    params["embed"] = json_embed

    json_exclude_cited_by_expert: list[str] | Unset = UNSET
    if not isinstance(exclude_cited_by_expert, Unset):
        json_exclude_cited_by_expert = exclude_cited_by_expert

    params["exclude_cited_by_expert"] = json_exclude_cited_by_expert

    json_exclude_cited_in_publication: list[str] | Unset = UNSET
    if not isinstance(exclude_cited_in_publication, Unset):
        json_exclude_cited_in_publication = exclude_cited_in_publication

    params["exclude_cited_in_publication"] = json_exclude_cited_in_publication

    json_exclude_party: list[str] | Unset = UNSET
    if not isinstance(exclude_party, Unset):
        json_exclude_party = exclude_party

    params["exclude_party"] = json_exclude_party

    json_exclude_provision_type: list[str] | Unset = UNSET
    if not isinstance(exclude_provision_type, Unset):
        json_exclude_provision_type = exclude_provision_type

    params["exclude_provision_type"] = json_exclude_provision_type

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

    json_in_force_on: str | Unset = UNSET
    if not isinstance(in_force_on, Unset):
        json_in_force_on = in_force_on.isoformat()
    params["in_force_on"] = json_in_force_on

    params["number"] = number

    params["omit"] = omit

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_party: list[str] | Unset = UNSET
    if not isinstance(party, Unset):
        json_party = party

    params["party"] = json_party

    json_party_all: list[str] | Unset = UNSET
    if not isinstance(party_all, Unset):
        json_party_all = party_all

    params["party_all"] = json_party_all

    json_provision_type: list[str] | Unset = UNSET
    if not isinstance(provision_type, Unset):
        json_provision_type = provision_type

    params["provision_type"] = json_provision_type

    json_provision_type_all: list[str] | Unset = UNSET
    if not isinstance(provision_type_all, Unset):
        json_provision_type_all = provision_type_all

    params["provision_type_all"] = json_provision_type_all

    params["q"] = q

    json_signed_after: str | Unset = UNSET
    if not isinstance(signed_after, Unset):
        json_signed_after = signed_after.isoformat()
    params["signed_after"] = json_signed_after

    json_signed_before: str | Unset = UNSET
    if not isinstance(signed_before, Unset):
        json_signed_before = signed_before.isoformat()
    params["signed_before"] = json_signed_before

    json_treaty: list[str] | Unset = UNSET
    if not isinstance(treaty, Unset):
        json_treaty = treaty

    params["treaty"] = json_treaty

    json_treaty_kind: list[str] | Unset = UNSET
    if not isinstance(treaty_kind, Unset):
        json_treaty_kind = []
        for treaty_kind_item_data in treaty_kind:
            treaty_kind_item = treaty_kind_item_data.value
            json_treaty_kind.append(treaty_kind_item)

    params["treaty_kind"] = json_treaty_kind

    json_treaty_status: list[str] | Unset = UNSET
    if not isinstance(treaty_status, Unset):
        json_treaty_status = []
        for treaty_status_item_data in treaty_status:
            treaty_status_item = treaty_status_item_data.value
            json_treaty_status.append(treaty_status_item)

    params["treaty_status"] = json_treaty_status

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
        "url": "/api/v1/articles/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedArticleListList | Problem | None:
    if response.status_code == 200:
        response_200 = PaginatedArticleListList.from_dict(response.json())

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
) -> Response[PaginatedArticleListList | Problem]:
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
    cited_by_expert: list[str] | Unset = UNSET,
    cited_by_expert_all: list[str] | Unset = UNSET,
    cited_in_publication: list[str] | Unset = UNSET,
    cited_in_publication_all: list[str] | Unset = UNSET,
    confidence: list[ArticlesListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ArticlesListEmbedItem] | Unset = UNSET,
    exclude_cited_by_expert: list[str] | Unset = UNSET,
    exclude_cited_in_publication: list[str] | Unset = UNSET,
    exclude_party: list[str] | Unset = UNSET,
    exclude_provision_type: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ArticlesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    number: str | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_all: list[str] | Unset = UNSET,
    provision_type: list[str] | Unset = UNSET,
    provision_type_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    signed_after: datetime.date | Unset = UNSET,
    signed_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_kind: list[ArticlesListTreatyKindItem] | Unset = UNSET,
    treaty_status: list[ArticlesListTreatyStatusItem] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedArticleListList | Problem]:
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways.

    Args:
        as_of (datetime.datetime | Unset):
        cited_by_expert (list[str] | Unset):
        cited_by_expert_all (list[str] | Unset):
        cited_in_publication (list[str] | Unset):
        cited_in_publication_all (list[str] | Unset):
        confidence (list[ArticlesListConfidenceItem] | Unset):
        cursor (str | Unset):
        embed (list[ArticlesListEmbedItem] | Unset):
        exclude_cited_by_expert (list[str] | Unset):
        exclude_cited_in_publication (list[str] | Unset):
        exclude_party (list[str] | Unset):
        exclude_provision_type (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ArticlesListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        in_force_on (datetime.date | Unset):
        number (str | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        party (list[str] | Unset):
        party_all (list[str] | Unset):
        provision_type (list[str] | Unset):
        provision_type_all (list[str] | Unset):
        q (str | Unset):
        signed_after (datetime.date | Unset):
        signed_before (datetime.date | Unset):
        treaty (list[str] | Unset):
        treaty_kind (list[ArticlesListTreatyKindItem] | Unset):
        treaty_status (list[ArticlesListTreatyStatusItem] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedArticleListList | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        cited_by_expert=cited_by_expert,
        cited_by_expert_all=cited_by_expert_all,
        cited_in_publication=cited_in_publication,
        cited_in_publication_all=cited_in_publication_all,
        confidence=confidence,
        cursor=cursor,
        embed=embed,
        exclude_cited_by_expert=exclude_cited_by_expert,
        exclude_cited_in_publication=exclude_cited_in_publication,
        exclude_party=exclude_party,
        exclude_provision_type=exclude_provision_type,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        in_force_on=in_force_on,
        number=number,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        party=party,
        party_all=party_all,
        provision_type=provision_type,
        provision_type_all=provision_type_all,
        q=q,
        signed_after=signed_after,
        signed_before=signed_before,
        treaty=treaty,
        treaty_kind=treaty_kind,
        treaty_status=treaty_status,
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
    cited_by_expert: list[str] | Unset = UNSET,
    cited_by_expert_all: list[str] | Unset = UNSET,
    cited_in_publication: list[str] | Unset = UNSET,
    cited_in_publication_all: list[str] | Unset = UNSET,
    confidence: list[ArticlesListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ArticlesListEmbedItem] | Unset = UNSET,
    exclude_cited_by_expert: list[str] | Unset = UNSET,
    exclude_cited_in_publication: list[str] | Unset = UNSET,
    exclude_party: list[str] | Unset = UNSET,
    exclude_provision_type: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ArticlesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    number: str | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_all: list[str] | Unset = UNSET,
    provision_type: list[str] | Unset = UNSET,
    provision_type_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    signed_after: datetime.date | Unset = UNSET,
    signed_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_kind: list[ArticlesListTreatyKindItem] | Unset = UNSET,
    treaty_status: list[ArticlesListTreatyStatusItem] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedArticleListList | Problem | None:
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways.

    Args:
        as_of (datetime.datetime | Unset):
        cited_by_expert (list[str] | Unset):
        cited_by_expert_all (list[str] | Unset):
        cited_in_publication (list[str] | Unset):
        cited_in_publication_all (list[str] | Unset):
        confidence (list[ArticlesListConfidenceItem] | Unset):
        cursor (str | Unset):
        embed (list[ArticlesListEmbedItem] | Unset):
        exclude_cited_by_expert (list[str] | Unset):
        exclude_cited_in_publication (list[str] | Unset):
        exclude_party (list[str] | Unset):
        exclude_provision_type (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ArticlesListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        in_force_on (datetime.date | Unset):
        number (str | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        party (list[str] | Unset):
        party_all (list[str] | Unset):
        provision_type (list[str] | Unset):
        provision_type_all (list[str] | Unset):
        q (str | Unset):
        signed_after (datetime.date | Unset):
        signed_before (datetime.date | Unset):
        treaty (list[str] | Unset):
        treaty_kind (list[ArticlesListTreatyKindItem] | Unset):
        treaty_status (list[ArticlesListTreatyStatusItem] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedArticleListList | Problem
    """

    return sync_detailed(
        client=client,
        as_of=as_of,
        cited_by_expert=cited_by_expert,
        cited_by_expert_all=cited_by_expert_all,
        cited_in_publication=cited_in_publication,
        cited_in_publication_all=cited_in_publication_all,
        confidence=confidence,
        cursor=cursor,
        embed=embed,
        exclude_cited_by_expert=exclude_cited_by_expert,
        exclude_cited_in_publication=exclude_cited_in_publication,
        exclude_party=exclude_party,
        exclude_provision_type=exclude_provision_type,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        in_force_on=in_force_on,
        number=number,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        party=party,
        party_all=party_all,
        provision_type=provision_type,
        provision_type_all=provision_type_all,
        q=q,
        signed_after=signed_after,
        signed_before=signed_before,
        treaty=treaty,
        treaty_kind=treaty_kind,
        treaty_status=treaty_status,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    cited_by_expert: list[str] | Unset = UNSET,
    cited_by_expert_all: list[str] | Unset = UNSET,
    cited_in_publication: list[str] | Unset = UNSET,
    cited_in_publication_all: list[str] | Unset = UNSET,
    confidence: list[ArticlesListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ArticlesListEmbedItem] | Unset = UNSET,
    exclude_cited_by_expert: list[str] | Unset = UNSET,
    exclude_cited_in_publication: list[str] | Unset = UNSET,
    exclude_party: list[str] | Unset = UNSET,
    exclude_provision_type: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ArticlesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    number: str | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_all: list[str] | Unset = UNSET,
    provision_type: list[str] | Unset = UNSET,
    provision_type_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    signed_after: datetime.date | Unset = UNSET,
    signed_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_kind: list[ArticlesListTreatyKindItem] | Unset = UNSET,
    treaty_status: list[ArticlesListTreatyStatusItem] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> Response[PaginatedArticleListList | Problem]:
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways.

    Args:
        as_of (datetime.datetime | Unset):
        cited_by_expert (list[str] | Unset):
        cited_by_expert_all (list[str] | Unset):
        cited_in_publication (list[str] | Unset):
        cited_in_publication_all (list[str] | Unset):
        confidence (list[ArticlesListConfidenceItem] | Unset):
        cursor (str | Unset):
        embed (list[ArticlesListEmbedItem] | Unset):
        exclude_cited_by_expert (list[str] | Unset):
        exclude_cited_in_publication (list[str] | Unset):
        exclude_party (list[str] | Unset):
        exclude_provision_type (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ArticlesListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        in_force_on (datetime.date | Unset):
        number (str | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        party (list[str] | Unset):
        party_all (list[str] | Unset):
        provision_type (list[str] | Unset):
        provision_type_all (list[str] | Unset):
        q (str | Unset):
        signed_after (datetime.date | Unset):
        signed_before (datetime.date | Unset):
        treaty (list[str] | Unset):
        treaty_kind (list[ArticlesListTreatyKindItem] | Unset):
        treaty_status (list[ArticlesListTreatyStatusItem] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedArticleListList | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        cited_by_expert=cited_by_expert,
        cited_by_expert_all=cited_by_expert_all,
        cited_in_publication=cited_in_publication,
        cited_in_publication_all=cited_in_publication_all,
        confidence=confidence,
        cursor=cursor,
        embed=embed,
        exclude_cited_by_expert=exclude_cited_by_expert,
        exclude_cited_in_publication=exclude_cited_in_publication,
        exclude_party=exclude_party,
        exclude_provision_type=exclude_provision_type,
        exclude_treaty=exclude_treaty,
        fields=fields,
        format_=format_,
        group_by=group_by,
        group_limit=group_limit,
        in_force_on=in_force_on,
        number=number,
        omit=omit,
        ordering=ordering,
        page=page,
        page_size=page_size,
        party=party,
        party_all=party_all,
        provision_type=provision_type,
        provision_type_all=provision_type_all,
        q=q,
        signed_after=signed_after,
        signed_before=signed_before,
        treaty=treaty,
        treaty_kind=treaty_kind,
        treaty_status=treaty_status,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,
    cited_by_expert: list[str] | Unset = UNSET,
    cited_by_expert_all: list[str] | Unset = UNSET,
    cited_in_publication: list[str] | Unset = UNSET,
    cited_in_publication_all: list[str] | Unset = UNSET,
    confidence: list[ArticlesListConfidenceItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    embed: list[ArticlesListEmbedItem] | Unset = UNSET,
    exclude_cited_by_expert: list[str] | Unset = UNSET,
    exclude_cited_in_publication: list[str] | Unset = UNSET,
    exclude_party: list[str] | Unset = UNSET,
    exclude_provision_type: list[str] | Unset = UNSET,
    exclude_treaty: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ArticlesListFormat | Unset = UNSET,
    group_by: str | Unset = UNSET,
    group_limit: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    number: str | Unset = UNSET,
    omit: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_all: list[str] | Unset = UNSET,
    provision_type: list[str] | Unset = UNSET,
    provision_type_all: list[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    signed_after: datetime.date | Unset = UNSET,
    signed_before: datetime.date | Unset = UNSET,
    treaty: list[str] | Unset = UNSET,
    treaty_kind: list[ArticlesListTreatyKindItem] | Unset = UNSET,
    treaty_status: list[ArticlesListTreatyStatusItem] | Unset = UNSET,
    updated_after: datetime.date | Unset = UNSET,
    updated_before: datetime.date | Unset = UNSET,
) -> PaginatedArticleListList | Problem | None:
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways.

    Args:
        as_of (datetime.datetime | Unset):
        cited_by_expert (list[str] | Unset):
        cited_by_expert_all (list[str] | Unset):
        cited_in_publication (list[str] | Unset):
        cited_in_publication_all (list[str] | Unset):
        confidence (list[ArticlesListConfidenceItem] | Unset):
        cursor (str | Unset):
        embed (list[ArticlesListEmbedItem] | Unset):
        exclude_cited_by_expert (list[str] | Unset):
        exclude_cited_in_publication (list[str] | Unset):
        exclude_party (list[str] | Unset):
        exclude_provision_type (list[str] | Unset):
        exclude_treaty (list[str] | Unset):
        fields (str | Unset):
        format_ (ArticlesListFormat | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        in_force_on (datetime.date | Unset):
        number (str | Unset):
        omit (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        party (list[str] | Unset):
        party_all (list[str] | Unset):
        provision_type (list[str] | Unset):
        provision_type_all (list[str] | Unset):
        q (str | Unset):
        signed_after (datetime.date | Unset):
        signed_before (datetime.date | Unset):
        treaty (list[str] | Unset):
        treaty_kind (list[ArticlesListTreatyKindItem] | Unset):
        treaty_status (list[ArticlesListTreatyStatusItem] | Unset):
        updated_after (datetime.date | Unset):
        updated_before (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedArticleListList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            as_of=as_of,
            cited_by_expert=cited_by_expert,
            cited_by_expert_all=cited_by_expert_all,
            cited_in_publication=cited_in_publication,
            cited_in_publication_all=cited_in_publication_all,
            confidence=confidence,
            cursor=cursor,
            embed=embed,
            exclude_cited_by_expert=exclude_cited_by_expert,
            exclude_cited_in_publication=exclude_cited_in_publication,
            exclude_party=exclude_party,
            exclude_provision_type=exclude_provision_type,
            exclude_treaty=exclude_treaty,
            fields=fields,
            format_=format_,
            group_by=group_by,
            group_limit=group_limit,
            in_force_on=in_force_on,
            number=number,
            omit=omit,
            ordering=ordering,
            page=page,
            page_size=page_size,
            party=party,
            party_all=party_all,
            provision_type=provision_type,
            provision_type_all=provision_type_all,
            q=q,
            signed_after=signed_after,
            signed_before=signed_before,
            treaty=treaty,
            treaty_kind=treaty_kind,
            treaty_status=treaty_status,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
