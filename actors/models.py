"""Who acts in international politics (states, people, organisations) and what happened."""

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from core.models import EditorialQuerySet, EditorialRecord, EditorialStatus, HistoryAudit, ProvenanceRecord


class ActorKind(models.TextChoices):
    STATE = "state", "State"
    PERSON = "person", "Person"
    INTERNATIONAL_ORGANIZATION = "international_organization", "International organization"
    GROUPING = "grouping", "Grouping"
    THINK_TANK = "think_tank", "Think tank"
    MEDIA = "media", "Media"


# The kinds of actor that publish commentary (the import page's Publisher menu): organisations,
# not people, states or groupings.
PUBLISHER_KINDS = (ActorKind.THINK_TANK, ActorKind.INTERNATIONAL_ORGANIZATION, ActorKind.MEDIA)


class Actor(EditorialRecord):
    """A state, person, international organisation, grouping, think tank or news outlet."""

    natural_key_fields = ("slug",)

    name = models.CharField(max_length=200, db_index=True, help_text="Canonical full name.")
    slug = models.SlugField(max_length=120, unique=True, help_text="URL identifier.")
    kind = models.CharField(max_length=32, choices=ActorKind.choices, db_index=True, help_text="What sort of actor.")
    short_name = models.CharField(max_length=100, blank=True, help_text="Common short name (Russia, NATO).")
    iso3 = models.CharField(
        max_length=3,
        null=True,
        blank=True,
        db_index=True,
        help_text="ISO 3166-1 alpha-3 code, for states only.",
    )
    wikidata_qid = models.CharField(
        max_length=16, null=True, blank=True, help_text="Wikidata item identifier (Q-number)."
    )
    description = models.TextField(blank=True, help_text="One-paragraph description.")
    active_from = models.DateField(null=True, blank=True, db_index=True, help_text="When the actor came into being.")
    active_until = models.DateField(
        null=True, blank=True, db_index=True, help_text="When the actor ceased to exist (the USSR in 1991)."
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="Organisation this one belongs to (38 North belongs to the Stimson Center).",
    )
    country = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nationals",
        limit_choices_to={"kind": ActorKind.STATE},
        help_text="For people: the state they act for.",
    )
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["iso3"], condition=Q(iso3__isnull=False), name="actor_iso3_unique"),
            models.UniqueConstraint(
                fields=["wikidata_qid"], condition=Q(wikidata_qid__isnull=False), name="actor_qid_unique"
            ),
            models.CheckConstraint(
                condition=Q(active_from__isnull=True)
                | Q(active_until__isnull=True)
                | Q(active_from__lte=F("active_until")),
                name="actor_active_dates_ordered",
            ),
            models.CheckConstraint(
                condition=Q(iso3__isnull=True) | Q(iso3__regex=r"^[A-Z]{3}$"), name="actor_iso3_format"
            ),
            models.CheckConstraint(
                condition=Q(wikidata_qid__isnull=True) | Q(wikidata_qid__regex=r"^Q[1-9][0-9]*$"),
                name="actor_qid_format",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def change_subjects(self) -> set[tuple[str, str]]:
        """What a change to this record is about, for the changes feed (core.outbox)."""
        return {("actor", self.slug)}


class AliasKind(models.TextChoices):
    ABBREVIATION = "abbreviation", "Abbreviation"
    COMMON_NAME = "common_name", "Common name"
    FORMER_NAME = "former_name", "Former name"
    METONYM = "metonym", "Metonym (capital, seat of government)"
    DEMONYM = "demonym", "Demonym or adjective"
    SPELLING = "spelling", "Spelling or transliteration variant"


class ActorAlias(ProvenanceRecord):
    """Another name that identifies an actor in text: DPRK, North Korea, Pyongyang, Russian."""

    natural_key_fields = ("actor", "name")
    editorial_anchor = "actor"

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200, db_index=True, help_text="The alias as it appears in text.")
    kind = models.CharField(max_length=16, choices=AliasKind.choices, help_text="What sort of alias.")
    case_sensitive = models.BooleanField(
        default=True, help_text="Match only with this exact capitalisation (so 'US' does not match 'us')."
    )
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["actor", "name"]
        verbose_name_plural = "actor aliases"
        constraints = [models.UniqueConstraint(fields=["actor", "name"], name="alias_unique_per_actor")]

    def __str__(self) -> str:
        return self.name


class RelationKind(models.TextChoices):
    LEADER_OF = "leader_of", "Leader of"
    MEMBER_OF = "member_of", "Member of"
    PART_OF = "part_of", "Part of"
    SUCCESSOR_OF = "successor_of", "Successor of"
    STRATEGIC_PARTNERSHIP = "strategic_partnership", "Strategic partnership"
    ALLIANCE = "alliance", "Alliance"


class ActorRelationQuerySet(EditorialQuerySet):
    def public(self):
        published = EditorialStatus.PUBLISHED
        return self.filter(
            editorial_status=published, subject__editorial_status=published, object__editorial_status=published
        )


class ActorRelation(EditorialRecord):
    """A dated, typed relation from one actor to another (Putin leader of Russia).

    Treaties that ground a relation point here from the treaties app, so that
    dependencies keep pointing one way (actors <- treaties)."""

    natural_key_fields = ("subject", "object", "kind", "start_date")

    subject = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="relations_out")
    object = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="relations_in")
    kind = models.CharField(max_length=32, choices=RelationKind.choices, db_index=True, help_text="Relation type.")
    start_date = models.DateField(null=True, blank=True, db_index=True, help_text="When the relation began.")
    end_date = models.DateField(null=True, blank=True, db_index=True, help_text="When it ended, if it has.")
    note = models.TextField(blank=True, help_text="Qualifications (title held, terms).")
    objects = ActorRelationQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["subject", "kind", "start_date"]
        constraints = [
            models.CheckConstraint(condition=~Q(subject=F("object")), name="relation_not_reflexive"),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True) | Q(end_date__isnull=True) | Q(start_date__lte=F("end_date")),
                name="relation_dates_ordered",
            ),
            models.UniqueConstraint(fields=["subject", "object", "kind", "start_date"], name="relation_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.subject} {self.get_kind_display().lower()} {self.object}"

    def change_subjects(self) -> set[tuple[str, str]]:
        return {("actor", self.subject.slug), ("actor", self.object.slug)}


class EventKind(models.TextChoices):
    SUMMIT = "summit", "Summit"
    STATE_VISIT = "state_visit", "State visit"
    SIGNING = "signing", "Signing"
    RATIFICATION = "ratification", "Ratification"
    EXCHANGE_OF_INSTRUMENTS = "exchange_of_instruments", "Exchange of instruments"
    ENTRY_INTO_FORCE = "entry_into_force", "Entry into force"
    ELECTION = "election", "Election"
    MEETING = "meeting", "Meeting"
    VOTE = "vote", "Vote"


class Event(EditorialRecord):
    """A dated happening with participants: a summit, a visit, a signing, a vote."""

    natural_key_fields = ("slug",)

    name = models.CharField(max_length=300, help_text="Short descriptive name.")
    slug = models.SlugField(max_length=160, unique=True, help_text="URL identifier.")
    kind = models.CharField(max_length=32, choices=EventKind.choices, db_index=True, help_text="What sort of event.")
    start_date = models.DateField(db_index=True, help_text="First day of the event.")
    end_date = models.DateField(null=True, blank=True, db_index=True, help_text="Last day, for multi-day events.")
    place = models.CharField(max_length=200, blank=True, help_text="Where it happened.")
    description = models.TextField(blank=True, help_text="What happened.")
    participants = models.ManyToManyField(
        Actor,
        through="EventParticipant",
        related_name="events",
        blank=True,
        help_text="Actors that took part.",
    )
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["start_date", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__lte=F("end_date")),
                name="event_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class EventParticipant(ProvenanceRecord):
    """An actor's part in an event, with its role (host, guest, signatory): a fact of its own,
    with its sources and confidence (that Kim took part is confirmed; his role may not be)."""

    natural_key_fields = ("event", "actor")
    editorial_anchor = "event"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(max_length=100, blank=True, help_text="Role in the event (host, guest, signatory).")
    # As-of reads render an event's participants as they were (actors/as_of.py).
    history = HistoricalRecords(bases=[HistoryAudit])

    class Meta:
        ordering = ["event", "actor"]
        constraints = [models.UniqueConstraint(fields=["event", "actor"], name="participant_unique")]

    def __str__(self) -> str:
        return f"{self.actor} at {self.event}"
