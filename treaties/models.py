"""Treaties, their parties and numbered articles, and how provisions echo one another."""

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from actors.models import Actor, ActorRelation, Event
from core.models import (
    EditorialQuerySet,
    EditorialRecord,
    EditorialStatus,
    HistoryAudit,
    ProvenanceRecord,
    PublicRecord,
)


class TreatyKind(models.TextChoices):
    BILATERAL = "bilateral", "Bilateral"
    MULTILATERAL = "multilateral", "Multilateral"
    CHARTER = "charter", "Charter"


class TreatyStatus(models.TextChoices):
    SIGNED = "signed", "Signed, not in force"
    IN_FORCE = "in_force", "In force"
    LAPSED = "lapsed", "Lapsed"
    SUPERSEDED = "superseded", "Superseded"
    TERMINATED = "terminated", "Terminated"


class Treaty(EditorialRecord):
    """An international agreement: a bilateral treaty, a multilateral convention, a charter."""

    natural_key_fields = ("slug",)

    title = models.CharField(max_length=400, help_text="Full official title in English.")
    short_title = models.CharField(max_length=200, blank=True, db_index=True, help_text="Title used in commentary.")
    slug = models.SlugField(max_length=120, unique=True, help_text="URL identifier.")
    kind = models.CharField(
        max_length=16, choices=TreatyKind.choices, db_index=True, help_text="Bilateral, multilateral or charter."
    )
    status = models.CharField(
        max_length=16, choices=TreatyStatus.choices, db_index=True, help_text="Legal status today."
    )
    signed_on = models.DateField(null=True, blank=True, db_index=True, help_text="Date of signature.")
    signed_at = models.CharField(max_length=200, blank=True, help_text="Place of signature.")
    in_force_on = models.DateField(null=True, blank=True, db_index=True, help_text="Date of entry into force.")
    ended_on = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Date it ceased to be in force (lapse, supersession, termination).",
    )
    duration_terms = models.TextField(blank=True, help_text="Term, renewal and withdrawal rules, in own words.")
    description = models.TextField(blank=True, help_text="What the treaty is about.")
    article_count = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Number of articles in the full text (may exceed those recorded)."
    )
    supersedes = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="superseded_by",
        blank=True,
        help_text="Earlier treaties this one replaced.",
    )
    events = models.ManyToManyField(
        Event,
        related_name="treaties",
        blank=True,
        help_text="Signings, ratifications and other events in the treaty's life.",
    )
    grounded_relations = models.ManyToManyField(
        ActorRelation,
        related_name="grounding_treaties",
        blank=True,
        help_text="Actor relations that this treaty establishes or formalises.",
    )
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["signed_on", "title"]
        verbose_name_plural = "treaties"
        constraints = [
            models.CheckConstraint(
                condition=Q(signed_on__isnull=True) | Q(in_force_on__isnull=True) | Q(signed_on__lte=F("in_force_on")),
                name="treaty_signed_before_in_force",
            ),
            models.CheckConstraint(
                condition=Q(in_force_on__isnull=True) | Q(ended_on__isnull=True) | Q(in_force_on__lte=F("ended_on")),
                name="treaty_in_force_before_end",
            ),
            models.CheckConstraint(
                condition=Q(signed_on__isnull=True) | Q(ended_on__isnull=True) | Q(signed_on__lte=F("ended_on")),
                name="treaty_signed_before_end",
            ),
        ]

    def __str__(self) -> str:
        return self.short_title or self.title

    def change_subjects(self) -> set[tuple[str, str]]:
        """What a change to this record is about, for the changes feed (core.outbox)."""
        return {("treaty", self.slug)}


class TreatyPartyQuerySet(models.QuerySet):
    def public(self):
        return self.public_given(frozenset())

    def public_given(self, known: frozenset[str]):
        """Public rows, skipping the checks of relations in `known` the caller knows are
        visible (the relation filters' semi-joins: api/filters.py RefFilter)."""
        published = EditorialStatus.PUBLISHED
        rows = self
        if "treaty" not in known:
            rows = rows.filter(treaty__editorial_status=published)
        if "actor" not in known:
            rows = rows.filter(actor__editorial_status=published)
        return rows


class TreatyParty(ProvenanceRecord):
    """A state or organisation party to a treaty, with its signature and ratification."""

    natural_key_fields = ("treaty", "actor")
    editorial_anchor = "treaty"

    treaty = models.ForeignKey(Treaty, on_delete=models.CASCADE, related_name="parties")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="treaty_parties")
    signed_on = models.DateField(null=True, blank=True, db_index=True, help_text="When this party signed.")
    ratified_on = models.DateField(null=True, blank=True, db_index=True, help_text="When this party ratified.")
    signatory = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signatures",
        help_text="The person who signed for this party.",
    )
    signatory_title = models.CharField(
        max_length=300, blank=True, help_text="The signatory's title as given at signature."
    )

    objects = TreatyPartyQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["treaty", "actor__name"]
        verbose_name_plural = "treaty parties"
        constraints = [
            models.UniqueConstraint(fields=["treaty", "actor"], name="party_unique_per_treaty"),
            models.CheckConstraint(
                condition=Q(signed_on__isnull=True) | Q(ratified_on__isnull=True) | Q(signed_on__lte=F("ratified_on")),
                name="party_signed_before_ratified",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} — {self.treaty}"


class ProvisionType(PublicRecord):
    """A coded kind of obligation (mutual defence, consultation…), in the spirit of ATOP."""

    natural_key_fields = ("code",)

    code = models.SlugField(max_length=64, unique=True, help_text="Stable code, also the URL identifier.")
    name = models.CharField(max_length=120, unique=True, help_text="Human-readable name.")
    description = models.TextField(blank=True, help_text="What an article must say to carry this type.")
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(EditorialQuerySet):
    def public(self):
        published = EditorialStatus.PUBLISHED
        return self.filter(editorial_status=published, treaty__editorial_status=published)


class Article(EditorialRecord):
    """A numbered provision of a treaty (number as written: "4", "II")."""

    natural_key_fields = ("treaty", "number")

    treaty = models.ForeignKey(Treaty, on_delete=models.CASCADE, related_name="articles")
    number = models.CharField(max_length=16, help_text='Number as written in the treaty ("4", "II", "51").')
    ordinal = models.PositiveIntegerField(db_index=True, help_text="Position for sorting (II → 2).")
    heading = models.CharField(max_length=300, blank=True, help_text="Heading or short subject.")
    summary = models.TextField(blank=True, help_text="What the article provides, in own words.")
    text = models.TextField(blank=True, help_text="Full text, where an authoritative one is at hand.")
    objects = ArticleQuerySet.as_manager()
    provision_types = models.ManyToManyField(
        ProvisionType,
        through="ArticleProvision",
        related_name="articles",
        blank=True,
        help_text="Kinds of obligation this article carries.",
    )
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["treaty", "ordinal"]
        constraints = [
            models.UniqueConstraint(fields=["treaty", "number"], name="article_number_unique_per_treaty"),
            models.UniqueConstraint(fields=["treaty", "ordinal"], name="article_ordinal_unique_per_treaty"),
            models.CheckConstraint(condition=Q(ordinal__gte=1), name="article_ordinal_positive"),
            models.CheckConstraint(condition=~Q(number=""), name="article_number_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.treaty} Art. {self.number}"

    def change_subjects(self) -> set[tuple[str, str]]:
        return {("treaty", self.treaty.slug), ("article", f"{self.treaty.slug}:{self.number}")}


class ArticleProvision(ProvenanceRecord):
    """A provision coding: that an article carries a kind of obligation. A reading of the
    text, so it has its own sources and confidence (Art. 4 codes as mutual defence: confirmed)."""

    natural_key_fields = ("article", "provision_type")
    editorial_anchor = "article"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="codings")
    provision_type = models.ForeignKey(ProvisionType, on_delete=models.CASCADE, related_name="codings")

    class Meta:
        ordering = ["article", "provision_type__name"]
        constraints = [
            models.UniqueConstraint(fields=["article", "provision_type"], name="article_provision_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.article}: {self.provision_type}"


class ArticleLinkKind(models.TextChoices):
    ECHOES = "echoes", "Echoes"
    CITES = "cites", "Cites"
    SUPERSEDES = "supersedes", "Supersedes"


class ArticleLinkQuerySet(models.QuerySet):
    def public(self):
        published = EditorialStatus.PUBLISHED
        return self.filter(
            source__editorial_status=published,
            source__treaty__editorial_status=published,
            target__editorial_status=published,
            target__treaty__editorial_status=published,
        )


class ArticleLink(ProvenanceRecord):
    """A directed link between provisions: 2024 Art. 4 echoes 1961 Art. 1."""

    natural_key_fields = ("source", "target", "kind")
    editorial_anchor = "source"

    source = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="links_out")
    target = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="links_in")
    kind = models.CharField(
        max_length=16, choices=ArticleLinkKind.choices, db_index=True, help_text="How the source relates to the target."
    )
    note = models.TextField(blank=True, help_text="Why the link holds.")
    objects = ArticleLinkQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["source", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="article_link_unique"),
            models.CheckConstraint(condition=~Q(source=F("target")), name="article_link_not_reflexive"),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.kind} {self.target}"
