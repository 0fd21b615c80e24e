"""Admin for commentary: experts, publications, takeaways and what they cite and mention.

PublicationAdmin is meant to be extended (the ingest admin adds its "Import document"
page through `get_urls`): keep its hooks calling `super()`.
"""

from functools import partial

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html

from commentary.admin_review import takeaway_review_view
from commentary.models import (
    AmbiguousReference,
    Citation,
    Claim,
    Expert,
    LinkMethod,
    Mention,
    Publication,
    ReviewStatus,
    Takeaway,
    TakeawayAuthor,
    Topic,
)
from commentary.preview import claim_picker_html, takeaway_body_html
from commentary.services import ambiguous_reference_resolve, takeaway_update
from core.admin import ChildTabularInline, ContentAdmin, EditorialAdmin, SourceInline, admin_audit, status_of
from core.services import record_delete, record_update

UNCONFIRMED_AUTO = Q(citations__method=LinkMethod.AUTO, citations__review_status=ReviewStatus.PENDING)


class TakeawayInline(ChildTabularInline):
    model = Takeaway
    fields = ("position", "heading", "slug", "editorial_status")
    ordering = ("position",)
    prepopulated_fields = {"slug": ("heading",)}


class TakeawayAuthorInline(ChildTabularInline):
    model = TakeawayAuthor
    fields = ("position", "expert", "role")
    ordering = ("position",)
    autocomplete_fields = ("expert",)


# Citations and mentions are many per takeaway: folded on the change page (reviewing has its
# own compact view, commentary/admin_review.py), unfolded when editing spans.
class CitationInline(ChildTabularInline):
    model = Citation
    classes = ("collapse",)
    fields = ("quote", "start", "end", "treaty", "article", "method", "review_status", "score")
    autocomplete_fields = ("treaty", "article")
    ordering = ("start",)


class MentionInline(ChildTabularInline):
    model = Mention
    classes = ("collapse",)
    fields = ("quote", "start", "end", "actor", "method", "review_status", "score")
    autocomplete_fields = ("actor",)
    ordering = ("start",)


@admin.register(Expert)
class ExpertAdmin(EditorialAdmin):
    list_display = ("name", "slug", "role", "affiliation", "editorial_status")
    list_filter = ("editorial_status",)
    list_select_related = ("affiliation",)
    search_fields = ("name", "slug", "role", "affiliation__name")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("affiliation",)
    api_basename = "expert"


@admin.register(Publication)
class PublicationAdmin(EditorialAdmin):
    list_display = ("title", "kind", "publisher", "published_on", "subject_treaty", "editorial_status")
    list_filter = ("editorial_status", "kind")
    list_select_related = ("publisher", "subject_treaty")
    search_fields = ("title", "slug", "dek", "publisher__name")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("publisher", "subject_treaty")
    date_hierarchy = "published_on"
    inlines = [TakeawayInline, SourceInline]
    api_basename = "publication"


@admin.register(Topic)
class TopicAdmin(ContentAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    api_basename = "topic"


@admin.register(Takeaway)
class TakeawayAdmin(EditorialAdmin):
    list_display = (
        "heading",
        "publication",
        "position",
        "byline",
        "unconfirmed_auto_citations",
        "review_links",
        "editorial_status",
    )
    list_filter = ("editorial_status", status_of("publication", "publication status"), "topics")
    list_select_related = ("publication",)
    search_fields = ("heading", "slug", "body", "publication__title", "authors__name")
    prepopulated_fields = {"slug": ("heading",)}
    autocomplete_fields = ("publication", "topics")
    readonly_fields = ("body_preview",)
    inlines = [TakeawayAuthorInline, CitationInline, MentionInline]
    api_basename = "takeaway"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            # The count is an aggregate in the changelist query, not a query per row.
            .annotate(_unconfirmed_auto=Count("citations", filter=UNCONFIRMED_AUTO))
            # One query for every row's byline instead of one per row.
            .prefetch_related(
                Prefetch("authorships", queryset=TakeawayAuthor.objects.select_related("expert").order_by("position"))
            )
        )

    @admin.display(description="Unconfirmed auto citations", ordering="_unconfirmed_auto")
    def unconfirmed_auto_citations(self, obj):
        return getattr(obj, "_unconfirmed_auto", 0)

    @admin.display(description="Automatic links")
    def review_links(self, obj):
        return format_html('<a href="{}">Review</a>', reverse("admin:commentary_takeaway_review", args=[obj.pk]))

    def get_urls(self):
        # The compact review of automatic links (commentary/admin_review.py); the change
        # page keeps the full inlines for editing spans.
        view = self.admin_site.admin_view(partial(takeaway_review_view, model_admin=self))
        return [path("<path:object_id>/review/", view, name="commentary_takeaway_review"), *super().get_urls()]

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        if obj is not None and obj.pk:
            context["review_url"] = reverse("admin:commentary_takeaway_review", args=[obj.pk])
            context["add_claim_url"] = f"{reverse('admin:commentary_claim_add')}?takeaway={obj.pk}"
            context["claims_url"] = f"{reverse('admin:commentary_claim_changelist')}?takeaway__id__exact={obj.pk}"
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    @admin.display(description="Authors")
    def byline(self, obj):
        return ", ".join(a.expert.name for a in obj.authorships.all())

    @admin.display(description="Body with citations and mentions")
    def body_preview(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return takeaway_body_html(takeaway=obj)

    # A changed body carries its citations and mentions along (commentary.services).
    update_service = staticmethod(takeaway_update)


class SpanLinkAdmin(ContentAdmin):
    list_filter = ("review_status", "method", status_of("takeaway", "takeaway status"))
    search_fields = ("quote", "takeaway__heading", "takeaway__slug")
    actions = ["confirm_links", "reject_links"]

    @admin.display(description="Takeaway status", ordering="takeaway__editorial_status")
    def takeaway_status(self, obj):
        return obj.takeaway.get_editorial_status_display()

    @admin.action(description="Confirm selected links", permissions=["change"])
    def confirm_links(self, request, queryset):
        self._review(request, queryset, ReviewStatus.CONFIRMED)

    @admin.action(description="Reject selected links (hidden from the public)", permissions=["change"])
    def reject_links(self, request, queryset):
        self._review(request, queryset, ReviewStatus.REJECTED)

    def _review(self, request, queryset, status):
        done = 0
        for link in queryset.select_related("takeaway"):
            if self.has_change_permission(request, link) and link.review_status != status:
                record_update(instance=link, changes={"review_status": status}, audit=admin_audit(request))
                done += 1
        self.message_user(request, f"{done} link(s) marked {status}.")


@admin.register(Citation)
class CitationAdmin(SpanLinkAdmin):
    list_display = ("quote", "takeaway", "treaty", "article", "method", "review_status", "score", "takeaway_status")
    list_select_related = ("takeaway", "treaty", "article__treaty")
    autocomplete_fields = ("takeaway", "treaty", "article")


@admin.register(Mention)
class MentionAdmin(SpanLinkAdmin):
    list_display = ("quote", "takeaway", "actor", "method", "review_status", "score", "takeaway_status")
    list_select_related = ("takeaway", "actor")
    autocomplete_fields = ("takeaway", "actor")


@admin.register(TakeawayAuthor)
class TakeawayAuthorAdmin(ContentAdmin):
    list_display = ("expert", "takeaway", "position", "role", "takeaway_status")
    list_filter = (status_of("takeaway", "takeaway status"),)
    list_select_related = ("expert", "takeaway")
    search_fields = ("expert__name", "takeaway__heading", "role")
    autocomplete_fields = ("expert", "takeaway")

    @admin.display(description="Takeaway status", ordering="takeaway__editorial_status")
    def takeaway_status(self, obj):
        return obj.takeaway.get_editorial_status_display()


@admin.register(AmbiguousReference)
class AmbiguousReferenceAdmin(admin.ModelAdmin):
    """Phrases several treaties fit: the editor reads the sentence and links one candidate with
    one click (a confirmed, curated citation replaces the row)."""

    list_display = ("quote", "takeaway", "candidate_titles")
    list_select_related = ("takeaway",)
    search_fields = ("quote", "takeaway__heading", "takeaway__slug")
    fields = ("takeaway", "quote", "sentence", "candidate_titles")
    readonly_fields = fields
    change_form_template = "admin/commentary/ambiguousreference/change_form.html"

    def get_queryset(self, request):
        # One query for every row's candidates instead of one per row.
        return super().get_queryset(request).prefetch_related("candidates")

    def has_add_permission(self, request):
        return False  # the resolver creates these; editors resolve or delete them

    def delete_model(self, request, obj):
        record_delete(instance=obj, audit=admin_audit(request))

    def delete_queryset(self, request, queryset):
        audit = admin_audit(request)
        with transaction.atomic():
            for obj in queryset:
                record_delete(instance=obj, audit=audit)

    @admin.display(description="Candidates")
    def candidate_titles(self, obj):
        return "; ".join(t.short_title or t.title for t in obj.candidates.all())

    @admin.display(description="In context")
    def sentence(self, obj):
        body = obj.takeaway.body
        return (
            f"…{body[max(0, obj.start - 160) : obj.start]}[{body[obj.start : obj.end]}]{body[obj.end : obj.end + 160]}…"
        )

    def get_urls(self):
        choose = self.admin_site.admin_view(self.choose_view)
        return [
            path("<uuid:pk>/choose/", choose, name="commentary_ambiguousreference_choose"),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        context["candidates"] = list(obj.candidates.all()) if obj else []
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    def choose_view(self, request, pk):
        """POST treaty=<id>: link the phrase to that candidate (one click on the change page)."""
        reference = get_object_or_404(AmbiguousReference.objects.select_related("takeaway"), pk=pk)
        if request.method != "POST" or not self.has_change_permission(request, reference):
            raise PermissionDenied
        treaty = reference.candidates.filter(pk=request.POST.get("treaty")).first()
        if treaty is None:
            self.message_user(request, "Choose one of the candidate treaties.", messages.ERROR)
            return redirect("admin:commentary_ambiguousreference_change", reference.pk)
        citation = ambiguous_reference_resolve(reference=reference, treaty=treaty, audit=admin_audit(request))
        self.message_user(request, f"Linked {citation.quote!r} to {treaty}.", messages.SUCCESS)
        return redirect("admin:commentary_takeaway_change", citation.takeaway_id)


@admin.register(Claim)
class ClaimAdmin(EditorialAdmin):
    """Claims are made from the highlighted body: select a passage of the takeaway and the
    span, offsets and quote fill themselves (commentary/static/commentary/admin/claim_span.js);
    then choose the stance and what the claim is about. The model checks that the quote
    stands at the span, whatever the channel."""

    list_display = ("paraphrase", "stance", "takeaway", "targets", "confidence", "editorial_status")
    list_filter = ("stance", "confidence", status_of("takeaway", "takeaway status"), "takeaway")
    list_select_related = ("takeaway",)
    search_fields = ("paraphrase", "quote", "takeaway__heading", "takeaway__slug")
    autocomplete_fields = ("takeaway", "articles", "treaties", "actors")
    fields = (
        "takeaway",
        ("start", "end"),
        "quote",
        "stance",
        "paraphrase",
        "articles",
        "treaties",
        "actors",
        "confidence",
        "editorial_status",
        # the base form's concurrency check and audit fields (core.admin.VersionCheckedForm)
        "change_reason",
        "minor_change",
        "expected_version",
    )
    change_form_template = "admin/commentary/claim/change_form.html"

    class Media:
        js = ["commentary/admin/claim_span.js"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("quote", "paraphrase"):  # sentences: show them whole
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 90})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_queryset(self, request):
        # The targets column: three queries for the page, not three per row.
        return super().get_queryset(request).prefetch_related("articles__treaty", "treaties", "actors")

    @admin.display(description="About")
    def targets(self, obj):
        names = [str(a) for a in obj.articles.all()] + [t.short_title or t.title for t in obj.treaties.all()]
        return ", ".join(names + [a.name for a in obj.actors.all()]) or "—"

    def _picked_takeaway(self, request, obj):
        if obj is not None and obj.takeaway_id:
            return obj.takeaway
        key = request.POST.get("takeaway") or request.GET.get("takeaway")
        if not key:
            return None
        try:
            return Takeaway.objects.filter(pk=key).first()
        except (ValueError, TypeError, ValidationError):
            return None

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        # The picker needs the takeaway before the form is saved (the add page opened from
        # a takeaway's link); it goes in the context, never on this shared admin instance.
        takeaway = self._picked_takeaway(request, obj)
        if takeaway is not None:
            context["claim_picker"] = claim_picker_html(takeaway=takeaway)
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)
