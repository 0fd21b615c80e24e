"""Event participants become provenance records: a UUID, a version, a confidence mark and
sources (core.Source is keyed by UUID, so the integer key has to go).

No database casts an integer key to a UUID in place, so the table is rebuilt: a new table
under a temporary name, the rows copied with fresh UUIDs (confidence `unverified`: no source
was recorded for them), the old table dropped and the new one renamed into its place."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

CONFIDENCE = [("confirmed", "Confirmed"), ("probable", "Probable"), ("unverified", "Unverified")]


def copy_rows(apps, schema_editor):
    old = apps.get_model("actors", "EventParticipant")
    new = apps.get_model("actors", "EventParticipantProvenance")
    db = schema_editor.connection.alias
    new.objects.using(db).bulk_create(
        new(id=uuid.uuid4(), event_id=row.event_id, actor_id=row.actor_id, role=row.role, confidence="unverified")
        for row in old.objects.using(db).all()
    )


def copy_back(apps, schema_editor):
    old = apps.get_model("actors", "EventParticipant")
    new = apps.get_model("actors", "EventParticipantProvenance")
    db = schema_editor.connection.alias
    old.objects.using(db).bulk_create(
        old(event_id=row.event_id, actor_id=row.actor_id, role=row.role) for row in new.objects.using(db).all()
    )


class Migration(migrations.Migration):
    dependencies = [("actors", "0003_autocomplete_trigram_indexes")]

    operations = [
        migrations.RemoveField(model_name="event", name="participants"),
        migrations.CreateModel(
            name="EventParticipantProvenance",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        default=uuid.uuid4,
                        editable=False,
                        help_text="Stable public identifier.",
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                (
                    "created",
                    models.DateTimeField(auto_now_add=True, db_index=True, help_text="When the record was created."),
                ),
                (
                    "updated",
                    models.DateTimeField(auto_now=True, db_index=True, help_text="When the record last changed."),
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
                        choices=CONFIDENCE,
                        db_index=True,
                        default="unverified",
                        help_text="How well the sources support this record: confirmed, probable or unverified.",
                        max_length=16,
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        blank=True, help_text="Role in the event (host, guest, signatory).", max_length=100
                    ),
                ),
                (
                    "actor",
                    models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="actors.actor"),
                ),
                (
                    "event",
                    models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="actors.event"),
                ),
            ],
        ),
        migrations.RunPython(copy_rows, copy_back),
        migrations.DeleteModel(name="EventParticipant"),
        migrations.RenameModel(old_name="EventParticipantProvenance", new_name="EventParticipant"),
        migrations.AlterField(
            model_name="eventparticipant",
            name="actor",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="participations", to="actors.actor"
            ),
        ),
        migrations.AlterField(
            model_name="eventparticipant",
            name="event",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="participations", to="actors.event"
            ),
        ),
        migrations.AlterModelOptions(name="eventparticipant", options={"ordering": ["event", "actor"]}),
        migrations.AddConstraint(
            model_name="eventparticipant",
            constraint=models.UniqueConstraint(fields=("event", "actor"), name="participant_unique"),
        ),
        migrations.AddField(
            model_name="event",
            name="participants",
            field=models.ManyToManyField(
                blank=True,
                help_text="Actors that took part.",
                related_name="events",
                through="actors.EventParticipant",
                to="actors.actor",
            ),
        ),
    ]
