"""History for event participants, so as-of reads render an event's participants as they
were (docs/as-of.md). Participants that exist already get one creation row dated when they
were created, with today's values: the best the database knows of their past."""

import django.db.models.deletion
import simple_history.models
import uuid
from django.conf import settings
from django.db import migrations, models


def backfill(apps, schema_editor):
    participants = apps.get_model("actors", "EventParticipant")
    history = apps.get_model("actors", "HistoricalEventParticipant")
    rows = [
        history(
            id=p.id,
            created=p.created,
            updated=p.updated,
            version=p.version,
            confidence=p.confidence,
            role=p.role,
            event_id=p.event_id,
            actor_id=p.actor_id,
            history_date=p.created,
            history_type="+",
            history_channel="command",
            history_change_reason="History backfilled by migration",
        )
        for p in participants.objects.all().iterator()
    ]
    history.objects.bulk_create(rows, batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("actors", "0004_event_participant_provenance"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalEventParticipant",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        db_index=True, default=uuid.uuid4, editable=False, help_text="Stable public identifier."
                    ),
                ),
                (
                    "created",
                    models.DateTimeField(
                        blank=True, db_index=True, editable=False, help_text="When the record was created."
                    ),
                ),
                (
                    "updated",
                    models.DateTimeField(
                        blank=True, db_index=True, editable=False, help_text="When the record last changed."
                    ),
                ),
                (
                    "version",
                    models.PositiveIntegerField(
                        default=1,
                        editable=False,
                        help_text="Incremented on every write; the basis of the strong ETag and of If-Match checks.",
                    ),
                ),
                (
                    "confidence",
                    models.CharField(
                        choices=[("confirmed", "Confirmed"), ("probable", "Probable"), ("unverified", "Unverified")],
                        db_index=True,
                        default="unverified",
                        help_text="How well the sources support this record: confirmed, probable or unverified.",
                        max_length=16,
                    ),
                ),
                (
                    "history_channel",
                    models.CharField(blank=True, default="", help_text="admin, api, command or seed.", max_length=16),
                ),
                (
                    "history_request_id",
                    models.CharField(
                        blank=True,
                        default="",
                        help_text="X-Request-ID of the request that made the change.",
                        max_length=64,
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        blank=True, help_text="Role in the event (host, guest, signatory).", max_length=100
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1),
                ),
                (
                    "actor",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="actors.actor",
                    ),
                ),
                (
                    "event",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="actors.event",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical event participant",
                "verbose_name_plural": "historical event participants",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
