"""Expert commentary: publications, their takeaways, and what the takeaways cite and mention."""

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from actors.models import Actor
from core.models import EditorialQuerySet, EditorialRecord, EditorialStatus, HistoryAudit, PublicRecord
from core.validators import ALIASES_SCHEMA, INGEST_FINGERPRINT_SCHEMA, JSONSchemaValidator
from treaties.models import Article, Treaty
from treaties.resolver import SUGGESTION_THRESHOLD


class Expert(EditorialRecord):
    """A person who writes commentary (a think-tank fellow, a programme director)."""

    natural_key_fields = ("slug",)

    name = models.CharField(max_length=200, db_index=True, help_text="Full name as published.")
    slug = models.SlugField(max_length=120, unique=True, help_text="URL identifier.")
    aliases = models.JSONField(
        default=list,
        blank=True,
        validators=[JSONSchemaValidator(ALIASES_SCHEMA)],
        help_text="Other spellings of the name, used to match experts on import.",
    )
    role = models.CharField(
        max_length=300, blank=True, help_text="Current role line (takeaways keep the role as written then)."
    )
    affiliation = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="experts",
        help_text="Organisation the expert works for.",
    )
    profile_url = models.URLField(max_length=500, blank=True, help_text="Profile page.")
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def change_subjects(self) -> set[tuple[str, str]]:
        """What a change to this record is about, for the changes feed (core.outbox)."""
        return {("actor", self.affiliation.slug)} if self.affiliation_id else set()


class PublicationKind(models.TextChoices):
    TAKEAWAYS = "takeaways", "Expert takeaways"
    REPORT = "report", "Report"
    COMMENTARY = "commentary", "Commentary"


class Publication(EditorialRecord):
    """A titled collection of commentary from one publisher, such as a set of expert takeaways."""

    natural_key_fields = ("slug",)

    title = models.CharField(max_length=400, help_text="Title as published.")
    slug = models.SlugField(max_length=160, unique=True, help_text="URL identifier.")
    kind = models.CharField(
        max_length=16, choices=PublicationKind.choices, db_index=True, help_text="Takeaways, report or commentary."
    )
    publisher = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="publications",
        help_text="Organisation that published it.",
    )
    published_on = models.DateField(null=True, blank=True, db_index=True, help_text="Publication date.")
    url = models.URLField(max_length=500, blank=True, help_text="Where it is published.")
    dek = models.TextField(blank=True, help_text="Summary line under the title.")
    subject_treaty = models.ForeignKey(
        Treaty,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
        help_text="The treaty the publication is chiefly about; bare 'Article N' resolves against it.",
    )
    ingest_fingerprint = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        validators=[JSONSchemaValidator(INGEST_FINGERPRINT_SCHEMA)],
        help_text="Hash of each text field as last written by document ingest; a mismatch means an editor changed it.",
    )
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self) -> str:
        return self.title

    def change_subjects(self) -> set[tuple[str, str]]:
        subjects = {("actor", self.publisher.slug)} if self.publisher_id else set()
        return subjects | ({("treaty", self.subject_treaty.slug)} if self.subject_treaty_id else set())


class Topic(PublicRecord):
    """A theme from a controlled vocabulary (deterrence, sanctions, technology transfer)."""

    natural_key_fields = ("slug",)

    name = models.CharField(max_length=120, unique=True, help_text="Human-readable name.")
    slug = models.SlugField(max_length=120, unique=True, help_text="URL identifier.")
    description = models.TextField(blank=True, help_text="Scope note.")
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TakeawayQuerySet(EditorialQuerySet):
    def public(self):
        published = EditorialStatus.PUBLISHED
        return self.filter(editorial_status=published, publication__editorial_status=published)


class Takeaway(EditorialRecord):
    """One expert's section of a publication: a heading, its authors and its body."""

    natural_key_fields = ("slug",)

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="takeaways")
    position = models.PositiveSmallIntegerField(help_text="1-based order within the publication.")
    heading = models.CharField(max_length=400, help_text="Section heading.")
    slug = models.SlugField(max_length=200, unique=True, help_text="URL identifier.")
    body = models.TextField(help_text="Full text; paragraphs are separated by a blank line. Spans index into it.")
    image_credit = models.CharField(max_length=300, blank=True, help_text='Image credit line ("Source: …"), if any.')
    authors = models.ManyToManyField(Expert, through="TakeawayAuthor", related_name="takeaways")
    topics = models.ManyToManyField(Topic, related_name="takeaways", blank=True, help_text="Themes.")
    ingest_fingerprint = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        validators=[JSONSchemaValidator(INGEST_FINGERPRINT_SCHEMA)],
        help_text="Hash of each text field as last written by document ingest; a mismatch means an editor changed it.",
    )
    objects = TakeawayQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["publication", "position"]
        constraints = [
            models.UniqueConstraint(fields=["publication", "position"], name="takeaway_position_unique"),
            models.CheckConstraint(condition=Q(position__gte=1), name="takeaway_position_positive"),
        ]
        # The published takeaways' ids (and publication, INCLUDEd on PostgreSQL) without the
        # bodies: counts and relation semi-joins read this small index instead of scanning
        # the wide table (354 -> 87 ms for the filtered count at 200k, docs/performance.md).
        indexes = [
            models.Index(
                fields=["id"],
                include=["publication"],
                condition=Q(editorial_status="published"),
                name="takeaway_published",
            ),
        ]

    def __str__(self) -> str:
        return self.heading

    def change_subjects(self) -> set[tuple[str, str]]:
        """The treaties and articles it cites and the actors it mentions (two queries)."""
        subjects = set()
        for treaty, number in self.citations.values_list("treaty__slug", "article__number"):
            subjects.add(("treaty", treaty))
            if number:
                subjects.add(("article", f"{treaty}:{number}"))
        subjects |= {("actor", slug) for slug in self.mentions.values_list("actor__slug", flat=True)}
        return subjects

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]

    def publish_problems(self) -> list[str]:
        """Why this takeaway may not be published yet (empty when it may); core.services
        asks every record this before it goes live. Unconfirmed automatic citations do not
        block publishing: the admin counts them instead."""
        problems = []
        if not (self.body or "").strip():
            problems.append("A takeaway needs a body before it can be published.")
        if self.pk is None or not self.authorships.exists():
            problems.append("A takeaway needs at least one author before it can be published.")
        return problems


class TakeawayAuthor(PublicRecord):
    """An expert's authorship of a takeaway, in byline order, with the role line as printed."""

    natural_key_fields = ("takeaway", "expert")
    editorial_anchor = "takeaway"

    takeaway = models.ForeignKey(Takeaway, on_delete=models.CASCADE, related_name="authorships")
    expert = models.ForeignKey(Expert, on_delete=models.PROTECT, related_name="authorships")
    position = models.PositiveSmallIntegerField(default=1, help_text="1-based byline order.")
    role = models.CharField(max_length=300, blank=True, help_text="Role line as printed with this takeaway.")
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["takeaway", "position"]
        constraints = [
            models.UniqueConstraint(fields=["takeaway", "expert"], name="author_unique_per_takeaway"),
            models.UniqueConstraint(fields=["takeaway", "position"], name="author_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.expert} ({self.takeaway})"


def _label(text: str) -> str:
    """A quote as one readable line: repr() showed non-breaking spaces as `\\xa0`."""
    return " ".join(text.split())


class LinkMethod(models.TextChoices):
    EDITOR = "editor", "Curated by an editor"
    AUTO = "auto", "Found automatically"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Not yet reviewed"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


def suggestion_q() -> Q:
    """Automatic links below the resolver's suggestion threshold that no editor confirmed."""
    return Q(method=LinkMethod.AUTO, score__lt=SUGGESTION_THRESHOLD) & ~Q(review_status=ReviewStatus.CONFIRMED)


# A link the public may see as far as its own rule goes: not rejected, not a suggestion.
# The live-link partial indexes below use this very condition (their migration must follow
# a change of SUGGESTION_THRESHOLD, or the planner stops using them).
LIVE = ~Q(review_status=ReviewStatus.REJECTED) & ~suggestion_q()


class SpanLinkQuerySet(models.QuerySet):
    def public(self):
        return self.public_given(frozenset())

    def public_given(self, known: frozenset[str]):
        """The public rows, leaving out the checks of relations in `known` that the caller
        already knows are visible (`"takeaway"`: the outer query is published takeaways;
        `"actor"`: the filter value is a published actor). The link's own rule (`LIVE`:
        not rejected, not an unconfirmed suggestion) always applies. Relation filters use
        this to run as a bare semi-join over the link table (docs/performance.md section 2)."""
        rows = self.filter(LIVE)
        if "takeaway" not in known:
            published = EditorialStatus.PUBLISHED
            rows = rows.filter(takeaway__editorial_status=published, takeaway__publication__editorial_status=published)
        return rows

    @staticmethod
    def suggestion_q() -> Q:
        """Automatic links below the resolver's suggestion threshold that no editor confirmed:
        kept for review, never shown to anonymous readers as facts."""
        return suggestion_q()


class CitationQuerySet(SpanLinkQuerySet):
    def public_given(self, known: frozenset[str]):
        published = EditorialStatus.PUBLISHED
        rows = super().public_given(known)
        if "treaty" not in known:
            rows = rows.filter(treaty__editorial_status=published)
        if "article" not in known:
            rows = rows.filter(models.Q(article__isnull=True) | models.Q(article__editorial_status=published))
        return rows


class MentionQuerySet(SpanLinkQuerySet):
    def public_given(self, known: frozenset[str]):
        rows = super().public_given(known)
        if "actor" not in known:
            rows = rows.filter(actor__editorial_status=EditorialStatus.PUBLISHED)
        return rows


class SpanLink(PublicRecord):
    """A located reference from a takeaway's body to a record, shared by Citation and Mention."""

    takeaway = models.ForeignKey(Takeaway, on_delete=models.CASCADE, related_name="%(class)ss")
    start = models.PositiveIntegerField(help_text="Offset of the first character in the takeaway body.")
    end = models.PositiveIntegerField(help_text="Offset just past the last character.")
    quote = models.CharField(max_length=500, help_text="The text of the span, as it stands in the body.")
    method = models.CharField(
        max_length=8,
        choices=LinkMethod.choices,
        default=LinkMethod.EDITOR,
        db_index=True,
        help_text="How the link was found.",
    )
    review_status = models.CharField(
        max_length=16,
        choices=ReviewStatus.choices,
        default=ReviewStatus.PENDING,
        db_index=True,
        help_text="Editor decision; rejected links are hidden from the public.",
    )
    score = models.FloatField(default=1.0, help_text="Resolver confidence from 0 to 1 (1 for editor links).")

    class Meta:
        abstract = True


class Citation(SpanLink):
    """A takeaway's reference to a treaty, or to one of its articles, with the exact span."""

    natural_key_fields = ("takeaway", "treaty", "article", "start", "end")
    editorial_anchor = "takeaway"

    treaty = models.ForeignKey(Treaty, on_delete=models.CASCADE, related_name="citations")
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
        help_text="The article cited; empty when the treaty is cited as a whole.",
    )
    objects = CitationQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["takeaway", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="citation_span_not_empty"),
            models.UniqueConstraint(
                fields=["takeaway", "start", "end", "article"],
                condition=Q(article__isnull=False),
                name="citation_article_span_unique",
            ),
            models.UniqueConstraint(
                fields=["takeaway", "start", "end", "treaty"],
                condition=Q(article__isnull=True),
                name="citation_treaty_span_unique",
            ),
        ]
        # The relation filters' semi-joins (`cites_article`, `cites_treaty`) read only live
        # links: these cover them both ways, so the plan is an index-only scan from the
        # value's side or an index-only probe per takeaway (docs/performance.md section 2).
        indexes = [
            # INCLUDE treaty (PostgreSQL; ignored elsewhere): the treaty's visibility check
            # then reads the index alone.
            models.Index(
                fields=["article", "takeaway"], include=["treaty"], condition=LIVE, name="citation_article_live"
            ),
            models.Index(fields=["treaty", "takeaway"], condition=LIVE, name="citation_treaty_live"),
            models.Index(fields=["takeaway", "article"], condition=LIVE, name="citation_takeaway_live"),
        ]

    def __str__(self) -> str:
        return f"“{_label(self.quote)}” → {self.article or self.treaty}"


class Mention(SpanLink):
    """A takeaway's naming of an actor (by name or alias), with the exact span."""

    natural_key_fields = ("takeaway", "actor", "start", "end")
    editorial_anchor = "takeaway"

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mentions")
    objects = MentionQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["takeaway", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="mention_span_not_empty"),
            models.UniqueConstraint(fields=["takeaway", "start", "end", "actor"], name="mention_span_unique"),
        ]
        # `mentions` / `mentioned_by` semi-joins and the co-mention aggregate (see Citation).
        indexes = [
            models.Index(fields=["actor", "takeaway"], condition=LIVE, name="mention_actor_live"),
            models.Index(fields=["takeaway", "actor"], condition=LIVE, name="mention_takeaway_live"),
        ]

    def __str__(self) -> str:
        return f"“{_label(self.quote)}” → {self.actor}"


class AmbiguousReference(PublicRecord):
    """A phrase in a takeaway that several treaties fit ("the 1961 treaty"): the resolver
    links none of them and stores the candidates, so an editor chooses one in the admin."""

    natural_key_fields = ("takeaway", "start", "end")
    # Like citations and mentions: an editor's choice under a published takeaway changes
    # what readers see, so it follows the takeaway's publication.
    editorial_anchor = "takeaway"

    takeaway = models.ForeignKey(Takeaway, on_delete=models.CASCADE, related_name="ambiguous_references")
    start = models.PositiveIntegerField(help_text="Offset of the first character in the takeaway body.")
    end = models.PositiveIntegerField(help_text="Offset just past the last character.")
    quote = models.CharField(max_length=500, help_text="The text of the span, as it stands in the body.")
    candidates = models.ManyToManyField(
        Treaty, related_name="ambiguous_references", help_text="Treaties the phrase could refer to."
    )

    class Meta:
        ordering = ["takeaway", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="ambiguous_span_not_empty"),
            models.UniqueConstraint(fields=["takeaway", "start", "end"], name="ambiguous_span_unique"),
        ]

    def __str__(self) -> str:
        return f"“{_label(self.quote)}” (ambiguous)"


class Stance(models.TextChoices):
    """What an expert does with a proposition about a provision or an actor. Kept small on
    purpose (docs/claims.md): five stances an editor can tell apart reliably."""

    SUPPORTS = "supports", "Supports"  # endorses it, or finds it justified or effective
    OPPOSES = "opposes", "Opposes"  # rejects it, or finds it unjustified or ineffective
    WARNS = "warns", "Warns"  # points to a risk or a cost
    NEUTRAL = "neutral", "Neutral"  # describes or interprets without judging
    PREDICTS = "predicts", "Predicts"  # expects a consequence


class ClaimQuerySet(EditorialQuerySet):
    def public(self):
        published = EditorialStatus.PUBLISHED
        return self.filter(
            editorial_status=published,
            takeaway__editorial_status=published,
            takeaway__publication__editorial_status=published,
        )


class Claim(EditorialRecord):
    """What an expert says about a provision, a treaty or an actor: a span of a takeaway's
    body, its stance and a short paraphrase, linked to what it is about. A claim has its own
    editorial status (an editor reviews it) and provenance, and is public only while its
    takeaway is too."""

    natural_key_fields = ("takeaway", "start", "end", "stance")

    takeaway = models.ForeignKey(Takeaway, on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField(help_text="Offset of the first character in the takeaway body.")
    end = models.PositiveIntegerField(help_text="Offset just past the last character.")
    quote = models.CharField(max_length=2000, help_text="The text of the span, as it stands in the body.")
    stance = models.CharField(
        max_length=16,
        choices=Stance.choices,
        db_index=True,
        help_text="What the expert does with it: supports (endorses, finds it justified), opposes (rejects, "
        "finds it unjustified), warns (points to a risk), neutral (describes or interprets), predicts (expects a "
        "consequence).",
    )
    paraphrase = models.CharField(max_length=300, help_text="The claim in one short sentence, in the editor's words.")
    articles = models.ManyToManyField(
        Article, related_name="claims", blank=True, help_text="The provisions the claim is about."
    )
    treaties = models.ManyToManyField(
        Treaty, related_name="claims", blank=True, help_text="Treaties the claim is about as a whole."
    )
    actors = models.ManyToManyField(Actor, related_name="claims", blank=True, help_text="Actors the claim is about.")
    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["takeaway", "start", "stance"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_span_not_empty"),
            models.UniqueConstraint(fields=["takeaway", "start", "end", "stance"], name="claim_span_stance_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {_label(self.paraphrase or self.quote)}"

    def clean(self) -> None:
        """The quote must stand at the span (every channel: the admin form and the API
        serializer both call full_clean)."""
        from django.core.exceptions import ValidationError

        super().clean()
        if self.takeaway_id is None or self.start is None or self.end is None:
            return
        body = self.takeaway.body
        if not 0 <= self.start < self.end <= len(body):
            raise ValidationError({"end": [f"The span must lie within the body (0–{len(body)})."]})
        if body[self.start : self.end] != self.quote:
            raise ValidationError(
                {"quote": [f"The body reads {body[self.start : self.end]!r} at {self.start}–{self.end}."]}
            )

    def publish_problems(self) -> list[str]:
        """A claim goes live only with a paraphrase and at least one thing it is about."""
        problems = []
        if not (self.paraphrase or "").strip():
            problems.append("A claim needs a paraphrase before it can be published.")
        if self.pk is None or not (self.articles.exists() or self.treaties.exists() or self.actors.exists()):
            problems.append("A claim needs at least one article, treaty or actor before it can be published.")
        return problems

    def change_subjects(self) -> set[tuple[str, str]]:
        """What a change to this record is about, for the changes feed (core.outbox)."""
        subjects = {("treaty", slug) for slug in self.treaties.values_list("slug", flat=True)}
        for treaty, number in self.articles.values_list("treaty__slug", "number"):
            subjects |= {("treaty", treaty), ("article", f"{treaty}:{number}")}
        subjects |= {("actor", slug) for slug in self.actors.values_list("slug", flat=True)}
        return subjects


# --- the maintained co-mention aggregate (commentary/co_mentions.py keeps it current) ------
class CoMentionSource(models.Model):
    """What one takeaway contributes to the co-mention aggregate: its live mentions per actor,
    while the takeaway is public (no rows otherwise). Kept so a refresh can subtract the old
    contribution exactly; plain columns, no foreign keys, so a cascade deleting the takeaway
    cannot drop these rows before the refresh has read them."""

    natural_key_fields = ("takeaway_id", "actor_id")
    pk = models.CompositePrimaryKey("takeaway_id", "actor_id")
    takeaway_id = models.UUIDField(help_text="The takeaway.")
    actor_id = models.UUIDField(help_text="An actor it mentions (live mentions only).")
    mentions = models.PositiveIntegerField(help_text="Live mentions of the actor in the takeaway.")

    class Meta:
        # an actor's public takeaways in id order: the network samples the takeaways behind
        # an edge by walking the rarer end and probing the primary key for the other
        indexes = [models.Index(fields=["actor_id", "takeaway_id"], name="comentionsource_actor")]

    def __str__(self) -> str:
        return f"{self.takeaway_id} → {self.actor_id} ×{self.mentions}"


class CoMention(models.Model):
    """How often two actors are mentioned in the same public takeaways (live mentions only),
    for anonymous readers; both directions are stored, and the diagonal (actor = other) holds
    the actor's own totals (the network's node counts). The actors' own visibility is checked
    when reading, so publishing or unpublishing an actor changes no row here."""

    natural_key_fields = ("actor", "other")
    pk = models.CompositePrimaryKey("actor", "other")
    actor = models.ForeignKey(
        Actor, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", help_text="The actor."
    )
    other = models.ForeignKey(
        Actor, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", help_text="The co-mentioned actor."
    )
    # Plain integers: a refresh adds negative differences through INSERT ... ON CONFLICT,
    # whose candidate row a CHECK (value >= 0) would refuse before the conflict resolves.
    takeaways = models.IntegerField(help_text="Public takeaways with live mentions of both.")
    mentions = models.IntegerField(help_text="Live mentions of `other` in those takeaways.")

    class Meta:
        indexes = [
            # an actor's co-mentions, most shared first: the top N is an index range scan
            models.Index("actor", F("takeaways").desc(), F("mentions").desc(), "other", name="comention_top"),
            # the network's nodes: the diagonal, most mentioned first
            models.Index(
                F("takeaways").desc(),
                F("mentions").desc(),
                "actor",
                condition=Q(actor=F("other")),
                name="comention_nodes",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor_id} ~ {self.other_id}: {self.takeaways}"
