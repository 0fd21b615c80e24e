"""Builders shared by the API tests: a small linked world with a draft beside each
published record, so every test runs with something that must stay invisible."""

import datetime
from dataclasses import dataclass, field

from api.v1.urls import router
from commentary.models import Claim, ReviewStatus, Stance
from core.models import EditorialStatus
from tests.actors.factories import ActorAliasFactory, EventFactory, PersonFactory, StateFactory
from tests.commentary.factories import (
    CitationFactory,
    ExpertFactory,
    MentionFactory,
    PublicationFactory,
    TakeawayAuthorFactory,
    TakeawayFactory,
    TopicFactory,
)
from tests.treaties.factories import (
    ArticleFactory,
    ArticleLinkFactory,
    ProvisionTypeFactory,
    TreatyFactory,
    TreatyPartyFactory,
)

DRAFT = EditorialStatus.DRAFT

# Every collection the v1 router serves. Tests that cover "every resource" iterate this,
# not a list of their own, so a new resource cannot be silently left out: tables of
# expected data per resource (frozen key sets, builders) fail until it has an entry.
ROUTED_RESOURCES: tuple[str, ...] = tuple(sorted(prefix for prefix, _viewset, _basename in router.registry))


@dataclass
class World:
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.objects[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


def build_world() -> World:
    """Two states, a draft state, two treaties (one draft), articles, a publication with two
    takeaways (one draft), citations and mentions (one rejected, one of a draft)."""
    o: dict = {}
    o["russia"] = StateFactory(slug="ru", name="Russia", iso3="RUS")
    o["dprk"] = StateFactory(slug="kp", name="North Korea", iso3="PRK")
    o["draft_state"] = StateFactory(slug="secret-state", name="Secret State", iso3="SEC", editorial_status=DRAFT)
    o["putin"] = PersonFactory(slug="putin", name="Vladimir Putin", country=o["russia"])
    ActorAliasFactory(actor=o["dprk"], name="DPRK")
    o["old"] = TreatyFactory(
        slug="old-treaty",
        title="Treaty of Friendship 1961",
        signed_on=datetime.date(1961, 7, 6),
        in_force_on=datetime.date(1961, 9, 10),
        ended_on=datetime.date(1996, 9, 10),
        status="lapsed",
    )
    o["new"] = TreatyFactory(
        slug="new-treaty",
        title="Comprehensive Strategic Partnership",
        signed_on=datetime.date(2024, 6, 19),
        in_force_on=datetime.date(2024, 12, 4),
        kind="bilateral",
    )
    o["draft_treaty"] = TreatyFactory(slug="draft-treaty", title="Draft treaty", editorial_status=DRAFT)
    o["new"].supersedes.add(o["old"])
    o["new"].supersedes.add(o["draft_treaty"])
    for treaty in (o["old"], o["new"]):
        TreatyPartyFactory(treaty=treaty, actor=o["russia"], signatory=o["putin"])
        TreatyPartyFactory(treaty=treaty, actor=o["dprk"])
    TreatyPartyFactory(treaty=o["new"], actor=o["draft_state"])
    TreatyPartyFactory(treaty=o["draft_treaty"], actor=o["russia"])
    o["defense"] = ProvisionTypeFactory(code="mutual-defense", name="Mutual defense")
    o["economy"] = ProvisionTypeFactory(code="economic-cooperation", name="Economic cooperation")
    o["art4"] = ArticleFactory(treaty=o["new"], number="4", ordinal=4, heading="Assistance")
    o["art4"].provision_types.add(o["defense"])
    o["art1_old"] = ArticleFactory(treaty=o["old"], number="I", ordinal=1, heading="Aid")
    o["art1_old"].provision_types.add(o["defense"])
    o["art_draft"] = ArticleFactory(treaty=o["new"], number="5", ordinal=5, editorial_status=DRAFT)
    o["art_draft"].provision_types.add(o["economy"])
    ArticleLinkFactory(source=o["art4"], target=o["art1_old"])
    ArticleLinkFactory(source=o["art_draft"], target=o["art1_old"])
    o["summit"] = EventFactory(slug="summit-2024", name="Pyongyang summit")
    o["summit"].participants.add(o["putin"], through_defaults={"role": "guest"})
    o["summit"].participants.add(o["draft_state"], through_defaults={"role": "observer"})
    o["new"].events.add(o["summit"])
    o["town"] = ExpertFactory(slug="town", name="Jenny Town")
    o["sun"] = ExpertFactory(slug="sun", name="Yun Sun")
    o["draft_expert"] = ExpertFactory(slug="ghost", name="Ghost Writer", editorial_status=DRAFT)
    o["publication"] = PublicationFactory(
        slug="takeaways", title="Takeaways", subject_treaty=o["new"], publisher=o["draft_state"]
    )
    o["deterrence"] = TopicFactory(slug="deterrence", name="Deterrence")
    o["t1"] = TakeawayFactory(publication=o["publication"], slug="t1", heading="Alliance", position=1)
    o["t2"] = TakeawayFactory(publication=o["publication"], slug="t2", heading="China", position=2)
    o["t_draft"] = TakeawayFactory(
        publication=o["publication"], slug="t-draft", heading="Unpublished", position=3, editorial_status=DRAFT
    )
    o["t1"].topics.add(o["deterrence"])
    TakeawayAuthorFactory(takeaway=o["t1"], expert=o["town"], position=1)
    TakeawayAuthorFactory(takeaway=o["t1"], expert=o["draft_expert"], position=2)
    TakeawayAuthorFactory(takeaway=o["t2"], expert=o["sun"], position=1)
    TakeawayAuthorFactory(takeaway=o["t_draft"], expert=o["sun"], position=1)
    o["c_art4"] = CitationFactory(takeaway=o["t1"], treaty=o["new"], article=o["art4"], start=0, end=5)
    o["c_old"] = CitationFactory(takeaway=o["t2"], treaty=o["old"], start=6, end=11)
    o["c_rejected"] = CitationFactory(
        takeaway=o["t2"], treaty=o["new"], article=o["art4"], start=0, end=5, review_status=ReviewStatus.REJECTED
    )
    o["c_draft_article"] = CitationFactory(takeaway=o["t1"], treaty=o["new"], article=o["art_draft"], start=6, end=9)
    o["c_draft_takeaway"] = CitationFactory(takeaway=o["t_draft"], treaty=o["new"], article=o["art4"])
    o["m_russia_t1"] = MentionFactory(takeaway=o["t1"], actor=o["russia"], start=0, end=5)
    o["m_russia_t2"] = MentionFactory(takeaway=o["t2"], actor=o["russia"], start=0, end=5)
    o["m_dprk_t2"] = MentionFactory(takeaway=o["t2"], actor=o["dprk"], start=6, end=11)
    o["m_draft_actor"] = MentionFactory(takeaway=o["t1"], actor=o["draft_state"], start=6, end=11)
    o["m_draft_takeaway"] = MentionFactory(takeaway=o["t_draft"], actor=o["dprk"])
    # Claims: a published one about a published article, treaty and actor (and a draft
    # actor, which must not show); a draft claim; a published claim of a draft takeaway.
    o["claim"] = Claim.objects.create(
        takeaway=o["t1"],
        start=0,
        end=5,
        quote="First",
        stance=Stance.WARNS,
        paraphrase="A warning.",
        editorial_status=EditorialStatus.PUBLISHED,
    )
    o["claim"].articles.add(o["art4"])
    o["claim"].treaties.add(o["new"])
    o["claim"].actors.add(o["russia"], o["draft_state"])
    o["claim_draft"] = Claim.objects.create(
        takeaway=o["t1"],
        start=6,
        end=15,
        quote="paragraph",
        stance=Stance.NEUTRAL,
        paraphrase="Unreviewed.",
    )
    o["claim_draft"].actors.add(o["russia"])
    o["claim_draft_takeaway"] = Claim.objects.create(
        takeaway=o["t_draft"],
        start=0,
        end=5,
        quote="First",
        stance=Stance.PREDICTS,
        paraphrase="Hidden.",
        editorial_status=EditorialStatus.PUBLISHED,
    )
    o["claim_draft_takeaway"].actors.add(o["russia"])
    return World(o)


def slugs(response, key: str = "slug") -> list:
    return [item[key] for item in response.json()["results"]]


def build_filter_world() -> World:
    """build_world plus records that let every filter show it narrows."""
    from actors.models import ActorKind
    from tests.actors.factories import ActorFactory

    world = build_world()
    o = world.objects
    o["china"] = StateFactory(slug="cn", name="China", iso3="CHN")
    o["ussr"] = StateFactory(
        slug="ussr",
        name="Soviet Union",
        iso3="SUN",
        active_from=datetime.date(1922, 12, 30),
        active_until=datetime.date(1991, 12, 26),
    )
    o["think_tank"] = ActorFactory(slug="stimson", name="Stimson Center", kind=ActorKind.THINK_TANK)
    o["program"] = ActorFactory(slug="38-north", name="38 North", kind=ActorKind.THINK_TANK, parent=o["think_tank"])
    o["town"].affiliation = o["program"]
    o["town"].save()
    o["solo"] = TreatyFactory(
        slug="solo-treaty",
        title="Multilateral convention",
        kind="multilateral",
        status="signed",
        signed_on=datetime.date(1950, 1, 1),
        in_force_on=None,
        confidence="confirmed",
    )
    TreatyPartyFactory(treaty=o["solo"], actor=o["china"])
    o["report"] = PublicationFactory(
        slug="report", title="A report", kind="report", published_on=datetime.date(2020, 1, 1), publisher=o["program"]
    )
    return world


def identifiers(client, path: str) -> set:
    response = client.get(path + ("&" if "?" in path else "?") + "page_size=200")
    assert response.status_code == 200, response.content
    keys = ("slug", "code", "number", "id")
    return {next(item[k] for k in keys if k in item) for item in response.json()["results"]}
