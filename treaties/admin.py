"""Admin for treaties, their parties and articles, provision types and article links."""

from django.contrib import admin
from django.db.models import Count

from core.admin import ChildTabularInline, ContentAdmin, EditorialAdmin, SourceInline, status_of
from treaties.models import Article, ArticleLink, ArticleProvision, ProvisionType, Treaty, TreatyParty


class TreatyPartyInline(ChildTabularInline):
    model = TreatyParty
    fields = ("actor", "signed_on", "ratified_on", "signatory", "signatory_title", "confidence")
    autocomplete_fields = ("actor", "signatory")


class ArticleInline(ChildTabularInline):
    model = Article
    fields = ("ordinal", "number", "heading", "summary", "editorial_status", "confidence")
    ordering = ("ordinal",)


class ArticleProvisionInline(ChildTabularInline):
    model = ArticleProvision
    fields = ("provision_type", "confidence")
    autocomplete_fields = ("provision_type",)
    verbose_name_plural = "provision codings"


class ArticleLinkInline(ChildTabularInline):
    model = ArticleLink
    fk_name = "source"
    fields = ("kind", "target", "note", "confidence")
    autocomplete_fields = ("target",)
    verbose_name_plural = "links from this article"


@admin.register(Treaty)
class TreatyAdmin(EditorialAdmin):
    list_display = ("short_title", "slug", "kind", "status", "signed_on", "in_force_on", "ended_on", "article_total")
    list_filter = ("editorial_status", "kind", "status", "confidence")
    search_fields = ("title", "short_title", "slug")
    prepopulated_fields = {"slug": ("short_title",)}
    date_hierarchy = "signed_on"
    autocomplete_fields = ("supersedes", "events", "grounded_relations")
    inlines = [TreatyPartyInline, ArticleInline, SourceInline]
    api_basename = "treaty"

    def get_queryset(self, request):
        # One aggregate in the changelist query instead of a COUNT per row.
        return super().get_queryset(request).annotate(_article_total=Count("articles"))

    @admin.display(description="Articles", ordering="_article_total")
    def article_total(self, obj):
        return getattr(obj, "_article_total", None)


@admin.register(TreatyParty)
class TreatyPartyAdmin(ContentAdmin):
    list_display = ("treaty", "actor", "signed_on", "ratified_on", "signatory", "treaty_status")
    list_filter = (status_of("treaty", "treaty status"), "confidence")
    list_select_related = ("treaty", "actor", "signatory")
    search_fields = ("treaty__title", "treaty__short_title", "actor__name", "signatory__name")
    autocomplete_fields = ("treaty", "actor", "signatory")
    date_hierarchy = "signed_on"

    @admin.display(description="Treaty status", ordering="treaty__editorial_status")
    def treaty_status(self, obj):
        return obj.treaty.get_editorial_status_display()


@admin.register(ProvisionType)
class ProvisionTypeAdmin(ContentAdmin):
    list_display = ("name", "code")
    search_fields = ("name", "code", "description")
    prepopulated_fields = {"code": ("name",)}
    api_basename = "provision-type"


@admin.register(Article)
class ArticleAdmin(EditorialAdmin):
    list_display = ("__str__", "treaty", "number", "ordinal", "heading", "confidence", "editorial_status")
    list_filter = ("editorial_status", status_of("treaty", "treaty status"), "confidence", "provision_types")
    list_select_related = ("treaty",)
    search_fields = ("number", "heading", "summary", "treaty__title", "treaty__short_title", "treaty__slug")
    autocomplete_fields = ("treaty",)
    ordering = ("treaty", "ordinal")
    inlines = [ArticleProvisionInline, ArticleLinkInline, SourceInline]
    api_basename = "article"


@admin.register(ArticleLink)
class ArticleLinkAdmin(ContentAdmin):
    list_display = ("source", "kind", "target", "confidence")
    list_filter = ("kind", status_of("source", "source article status"), "confidence")
    list_select_related = ("source__treaty", "target__treaty")
    search_fields = ("source__treaty__short_title", "target__treaty__short_title", "note")
    autocomplete_fields = ("source", "target")


@admin.register(ArticleProvision)
class ArticleProvisionAdmin(ContentAdmin):
    """Provision codings: edited inline on the article; their sources are added here."""

    list_display = ("article", "provision_type", "confidence")
    list_filter = ("provision_type", "confidence", status_of("article", "article status"))
    list_select_related = ("article__treaty", "provision_type")
    search_fields = ("article__treaty__short_title", "article__heading", "provision_type__name")
    autocomplete_fields = ("article", "provision_type")
