"""Expert commentary: publications, their takeaways, and what the takeaways cite and mention."""

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from actors.models import Actor
from core.models import EditorialQuerySet, EditorialRecord, EditorialStatus, HistoryAudit, PublicRecord
from treaties.models import Article, Treaty
from treaties.resolver import SUGGESTION_THRESHOLD


class Expert(EditorialRecord):
    """A person who writes commentary (a think-tank fellow, a programme director)."""

    natural_key_fields = ("slug",)

    name = models.CharField(max_length=200, db_index=True, help_text="Full name as published.")
    slug = models.SlugField(max_length=120, unique=True, help_text="URL identifier.")
    aliases = models.JSONField(
        default=list, blank=True, help_text="Other spellings of the name, used to match experts on import."
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
        help_text="Hash of each text field as last written by document ingest; a mismatch means an editor changed it.",
    )
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self) -> str:
        return self.title


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

    def __str__(self) -> str:
        return self.heading

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


class LinkMethod(models.TextChoices):
    EDITOR = "editor", "Curated by an editor"
    AUTO = "auto", "Found automatically"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Not yet reviewed"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class SpanLinkQuerySet(models.QuerySet):
    def public(self):
        published = EditorialStatus.PUBLISHED
        return (
            self.filter(takeaway__editorial_status=published, takeaway__publication__editorial_status=published)
            .exclude(review_status=ReviewStatus.REJECTED)
            .exclude(self.suggestion_q())
        )

    @staticmethod
    def suggestion_q() -> Q:
        """Automatic links below the resolver's suggestion threshold that no editor confirmed:
        kept for review, never shown to anonymous readers as facts."""
        return Q(method=LinkMethod.AUTO, score__lt=SUGGESTION_THRESHOLD) & ~Q(review_status=ReviewStatus.CONFIRMED)


class CitationQuerySet(SpanLinkQuerySet):
    def public(self):
        published = EditorialStatus.PUBLISHED
        return (
            super()
            .public()
            .filter(treaty__editorial_status=published)
            .filter(models.Q(article__isnull=True) | models.Q(article__editorial_status=published))
        )


class MentionQuerySet(SpanLinkQuerySet):
    def public(self):
        return super().public().filter(actor__editorial_status=EditorialStatus.PUBLISHED)


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

    def __str__(self) -> str:
        return f"{self.quote!r} → {self.article or self.treaty}"


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

    def __str__(self) -> str:
        return f"{self.quote!r} → {self.actor}"


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
        return f"{self.quote!r} (ambiguous)"
