"""Writes to the treaties app. Upserts are idempotent: see core.services.record_upsert.

`**options` are passed through to `record_upsert` (create_defaults, index, stats, reason, channel)."""

from typing import Any

from actors.models import Actor
from core.services import record_upsert
from treaties.models import Article, ArticleLink, ArticleProvision, ProvisionType, Treaty, TreatyParty


def provision_type_upsert(*, code: str, defaults: dict[str, Any], **options: Any) -> tuple[ProvisionType, str]:
    return record_upsert(model=ProvisionType, key={"code": code}, defaults=defaults, **options)


def treaty_upsert(*, slug: str, defaults: dict[str, Any], **options: Any) -> tuple[Treaty, str]:
    return record_upsert(model=Treaty, key={"slug": slug}, defaults=defaults, **options)


def treaty_party_upsert(
    *, treaty: Treaty, actor: Actor, defaults: dict[str, Any], **options: Any
) -> tuple[TreatyParty, str]:
    return record_upsert(model=TreatyParty, key={"treaty": treaty, "actor": actor}, defaults=defaults, **options)


def article_upsert(*, treaty: Treaty, number: str, defaults: dict[str, Any], **options: Any) -> tuple[Article, str]:
    return record_upsert(model=Article, key={"treaty": treaty, "number": number}, defaults=defaults, **options)


def article_link_upsert(
    *, source: Article, target: Article, kind: str, defaults: dict[str, Any], **options: Any
) -> tuple[ArticleLink, str]:
    key = {"source": source, "target": target, "kind": kind}
    return record_upsert(model=ArticleLink, key=key, defaults=defaults, **options)


def article_provision_upsert(
    *, article: Article, provision_type: ProvisionType, defaults: dict[str, Any], **options: Any
) -> tuple[ArticleProvision, str]:
    key = {"article": article, "provision_type": provision_type}
    return record_upsert(model=ArticleProvision, key=key, defaults=defaults, **options)
