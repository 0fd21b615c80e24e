"""Provision codings become records of their own (ArticleProvision): a coding is a reading of
the article, so it carries sources and a confidence mark like any other fact.

The automatic many-to-many table cannot gain columns in place (and its integer key cannot
become the UUID core.Source points at), so the codings move to a new table: created, filled
from the old one (confidence `unverified`: no source was recorded for them), then the field is
re-declared with the new table as its `through` and the old table goes."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

CONFIDENCE = [("confirmed", "Confirmed"), ("probable", "Probable"), ("unverified", "Unverified")]


def copy_codings(apps, schema_editor):
    article = apps.get_model("treaties", "Article")
    coding = apps.get_model("treaties", "ArticleProvision")
    db = schema_editor.connection.alias
    pairs = article.provision_types.through.objects.using(db).values_list("article_id", "provisiontype_id")
    coding.objects.using(db).bulk_create(
        coding(id=uuid.uuid4(), article_id=a, provision_type_id=p, confidence="unverified") for a, p in pairs
    )


def copy_back(apps, schema_editor):
    article = apps.get_model("treaties", "Article")
    coding = apps.get_model("treaties", "ArticleProvision")
    db = schema_editor.connection.alias
    through = article.provision_types.through
    through.objects.using(db).bulk_create(
        through(article_id=a, provisiontype_id=p)
        for a, p in coding.objects.using(db).values_list("article_id", "provision_type_id")
    )


class Migration(migrations.Migration):
    dependencies = [("treaties", "0003_autocomplete_trigram_indexes")]

    operations = [
        migrations.CreateModel(
            name="ArticleProvision",
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
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="codings", to="treaties.article"
                    ),
                ),
                (
                    "provision_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="codings",
                        to="treaties.provisiontype",
                    ),
                ),
            ],
            options={"ordering": ["article", "provision_type__name"]},
        ),
        migrations.AddConstraint(
            model_name="articleprovision",
            constraint=models.UniqueConstraint(fields=("article", "provision_type"), name="article_provision_unique"),
        ),
        migrations.RunPython(copy_codings, copy_back),
        migrations.RemoveField(model_name="article", name="provision_types"),
        migrations.AddField(
            model_name="article",
            name="provision_types",
            field=models.ManyToManyField(
                blank=True,
                help_text="Kinds of obligation this article carries.",
                related_name="articles",
                through="treaties.ArticleProvision",
                to="treaties.provisiontype",
            ),
        ),
    ]
