"""Every registered model has a curated admin whose pages render and whose changelist
does not issue a query per row."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import ApiToken
from tests.accounts.factories import ApiTokenFactory
from tests.actors import factories as af
from tests.commentary import factories as cf
from tests.core.factories import SourceFactory
from tests.treaties import factories as tf

pytestmark = pytest.mark.django_db

FACTORIES = {
    "actors.actor": af.ActorFactory,
    "actors.actoralias": af.ActorAliasFactory,
    "actors.actorrelation": af.ActorRelationFactory,
    "actors.event": af.EventFactory,
    "actors.eventparticipant": af.EventParticipantFactory,
    "treaties.treaty": tf.TreatyFactory,
    "treaties.treatyparty": tf.TreatyPartyFactory,
    "treaties.provisiontype": tf.ProvisionTypeFactory,
    "treaties.article": tf.ArticleFactory,
    "treaties.articlelink": tf.ArticleLinkFactory,
    "treaties.articleprovision": tf.ArticleProvisionFactory,
    "commentary.expert": cf.ExpertFactory,
    "commentary.publication": cf.PublicationFactory,
    "commentary.topic": cf.TopicFactory,
    "commentary.takeaway": cf.TakeawayFactory,
    "commentary.takeawayauthor": cf.TakeawayAuthorFactory,
    "commentary.citation": cf.CitationFactory,
    "commentary.mention": cf.MentionFactory,
    "commentary.claim": cf.ClaimFactory,
    "commentary.ambiguousreference": cf.AmbiguousReferenceFactory,
    "core.source": SourceFactory,
    "accounts.apitoken": ApiTokenFactory,
}
CONTENT_MODELS = sorted(FACTORIES)
# Created by code, never typed in a form: API tokens; ambiguous references, which the resolver
# makes and an editor resolves with one button (no form to protect against stale saves).
MADE_BY_CODE = {"accounts.apitoken", "commentary.ambiguousreference"}


def test_every_project_model_is_registered_with_curated_options():
    project = {
        m._meta.label_lower
        for m in admin.site._registry
        if m._meta.app_label in {"actors", "treaties", "commentary", "core", "accounts"}
    }
    assert project == set(FACTORIES)
    for model, model_admin in admin.site._registry.items():
        if model._meta.label_lower in FACTORIES:
            assert model_admin.list_display != ("__str__",), model
            assert model_admin.search_fields, model


def _url(label: str, view: str, *args) -> str:
    app, model = label.split(".")
    return reverse(f"admin:{app}_{model}_{view}", args=args)


def _make(label: str, n: int) -> None:
    factory = FACTORIES[label]
    if label == "commentary.takeaway":
        for takeaway in factory.create_batch(n):
            cf.TakeawayAuthorFactory(takeaway=takeaway)
            cf.CitationFactory(takeaway=takeaway, method="auto")
    else:
        factory.create_batch(n)


@pytest.mark.parametrize("label", CONTENT_MODELS)
def test_changelist_query_count_does_not_grow_with_rows(client, superuser, label):
    client.force_login(superuser)
    _make(label, 5)
    with CaptureQueriesContext(connection) as five:
        assert client.get(_url(label, "changelist")).status_code == 200
    _make(label, 25)
    with CaptureQueriesContext(connection) as thirty:
        response = client.get(_url(label, "changelist"))
    assert response.status_code == 200
    assert len(thirty) == len(five), [q["sql"] for q in thirty.captured_queries]


@pytest.mark.parametrize("label", CONTENT_MODELS)
def test_add_change_and_history_pages_render(client, superuser, label):
    client.force_login(superuser)
    obj = FACTORIES[label]()
    assert client.get(_url(label, "changelist") + "?q=a").status_code == 200
    if label not in MADE_BY_CODE:
        assert client.get(_url(label, "add")).status_code == 200
    response = client.get(_url(label, "change", obj.pk))
    assert response.status_code == 200
    assert client.get(_url(label, "history", obj.pk)).status_code == 200
    if hasattr(obj, "version") and label not in MADE_BY_CODE:
        assert f'name="expected_version" value="{obj.version}"' in response.content.decode()


def test_apitoken_keys_are_never_shown(client, superuser):
    client.force_login(superuser)
    token = ApiTokenFactory()
    assert ApiToken.objects.count() == 1
    page = client.get(_url("accounts.apitoken", "change", token.pk)).content.decode()
    assert token.prefix in page and "secret" not in page


def test_change_pages_link_to_the_public_api(client, superuser):
    client.force_login(superuser)
    treaty = tf.TreatyFactory(slug="linked")
    article = tf.ArticleFactory(treaty=treaty)
    assert (
        'href="/api/v1/treaties/linked/"' in client.get(_url("treaties.treaty", "change", treaty.pk)).content.decode()
    )
    page = client.get(_url("treaties.article", "change", article.pk)).content.decode()
    assert f'href="/api/v1/articles/{article.pk}/"' in page
