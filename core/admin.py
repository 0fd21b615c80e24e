"""Shared admin machinery: the editorial workflow, role checks, stale-form protection,
history with revert, sources inline and links to the public API.

Every content ModelAdmin in the project derives from `ContentAdmin` (records without an
editorial status) or `EditorialAdmin` (records with one). Permission rules come from
`core.permissions`, the same module the API uses.
"""

import copy

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.contenttypes.admin import GenericTabularInline
from django.contrib.contenttypes.forms import BaseGenericInlineFormSet
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from core.audit import CHANNEL_ADMIN, Audit
from core.models import EditorialStatus, Source
from core.permissions import (
    can_add,
    can_change,
    can_delete,
    can_publish,
    can_view_history,
)
from core.services import (
    StaleVersion,
    provenance_problems,
    record_check,
    record_create,
    record_delete,
    record_revert,
    record_transition,
    record_update,
)

# The admin is the editors' room: named for them (templates/admin/pactum/dashboard.html is its index).
admin.site.site_header = "Pactum editorial"
admin.site.site_title = "Pactum editorial"
admin.site.index_title = "Dashboard"
admin.site.site_url = "/"
# The left navigation repeats the dashboard's list of models and took 280 of 1280 px from every
# changelist (its columns scrolled out of sight); breadcrumbs and the dashboard remain.
admin.site.enable_nav_sidebar = False

AUDIT_FIELDS = ("id", "created", "updated", "version")
# Editors paste bare host names ("38north.org"); https is the right guess (and Django 6's default).
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


def _is_revert(request) -> bool:
    match = getattr(request, "resolver_match", None)
    return bool(match and match.url_name and match.url_name.endswith("_simple_history"))


def status_of(relation: str, title: str) -> type[admin.SimpleListFilter]:
    """A changelist filter on the editorial status of a related record, with its own title
    (several "By editorial status" filters on one page would be ambiguous)."""

    class RelatedStatusFilter(admin.SimpleListFilter):
        parameter_name = f"{relation}_status"

        def lookups(self, request, model_admin):
            return EditorialStatus.choices

        def queryset(self, request, queryset):
            value = self.value()
            return queryset.filter(**{f"{relation}__editorial_status": value}) if value else queryset

    RelatedStatusFilter.title = title
    return RelatedStatusFilter


class VersionCheckedForm(forms.ModelForm):
    """Carries the version the editor loaded; saving over a newer version is refused."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    change_reason = forms.CharField(
        required=False, max_length=100, help_text="Why: kept in the history and in the public correction, if any."
    )
    minor_change = forms.BooleanField(
        required=False,
        label="Minor fix",
        help_text="A typo or formatting fix: it stays in the private history and leaves no public correction.",
    )
    check_version = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and hasattr(self.instance, "version"):
            self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.check_version and self.instance.pk and hasattr(self.instance, "version"):
            self._check_version(cleaned.get("expected_version"))
        audit = getattr(self, "audit", None)
        if audit is not None and not self.errors:
            # The services' own rules (roles, parents, publishing), asked without writing,
            # so their message shows beside the form instead of failing the save.
            current = type(self.instance)._default_manager.filter(pk=self.instance.pk).first()
            try:
                changes = cleaned_changes(self, cleaned)
                record_check(
                    instance=current,
                    model=type(self.instance),
                    changes=changes,
                    audit=audit,
                    # With the sources inline on the page, it checks the provenance rule
                    # against the sources the editor is saving (SourceFormSet.clean).
                    check_sources=not getattr(self, "sources_inline", False),
                )
            except ValidationError as exc:
                self._add_rule_errors(exc)
            except PermissionDenied as exc:
                self.add_error(None, str(exc) or "Your role does not allow this change.")
        return cleaned

    def _add_rule_errors(self, exc: ValidationError) -> None:
        for field, messages_ in getattr(exc, "message_dict", {None: exc.messages}).items():
            self.add_error(field if field in self.fields else None, messages_)

    def _check_version(self, expected: int | None) -> None:
        model = type(self.instance)
        # The admin wraps the change view in a transaction: locking the row here makes the
        # check and the save that follows one unit on PostgreSQL (SQLite serialises writers).
        current = (
            model._default_manager.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        if expected is not None and current is not None and expected != current:
            raise ValidationError(
                "Conflict: someone else saved this record while you were editing it (you loaded version "
                "%(expected)s; it is now at version %(current)s). Your changes were not saved. Open the record "
                "again in a new tab, compare, and re-apply your edits.",
                code="stale_version",
                params={"expected": expected, "current": current},
            )


def admin_audit(request, reason: str = "", minor: bool = False) -> Audit:
    return Audit(
        user=request.user,
        channel=CHANNEL_ADMIN,
        reason=reason,
        request_id=getattr(request, "request_id", ""),
        minor=minor,
    )


def form_audit(request, form) -> Audit:
    """The audit of a change form's save: the editor's reason and minor-fix checkbox."""
    data = getattr(form, "cleaned_data", {})
    return admin_audit(request, reason=data.get("change_reason") or "", minor=bool(data.get("minor_change")))


# Columns the services keep (identity, timestamps, version, publication stamp).
BOOKKEEPING = frozenset({"id", "created", "updated", "version", "published_at"})


def concrete_values(obj, names=None) -> dict:
    """Column values of `obj` by attname (foreign keys as ids), for the write services."""
    fields = [f for f in obj._meta.concrete_fields if f.name not in BOOKKEEPING]
    return {f.attname: getattr(obj, f.attname) for f in fields if names is None or f.name in names}


def cleaned_changes(form, cleaned: dict) -> dict:
    """What a form's clean() is about to change, by attname (the instance is updated only
    after clean(), so the values come from cleaned_data)."""
    names = set(form.changed_data) if form.instance.pk else set(form.fields)
    out = {}
    for field in form.instance._meta.concrete_fields:
        if field.name in names and field.name in cleaned and field.name not in BOOKKEEPING:
            value = cleaned[field.name]
            out[field.attname] = value.pk if isinstance(value, models.Model) else value
    return out


def changed_values(form) -> dict:
    """The concrete fields a (validated) model form changed, as the services take them."""
    names = set(form.changed_data) if form.instance.pk else set(form.fields)
    return concrete_values(form.instance, names)


class SourceFormSet(BaseGenericInlineFormSet):
    """The sources edited beside their record. It checks the provenance rule against the
    record as the editor is saving it, with the sources as they will be, and hands itself to
    the record (`_sources_formset`) so that `ContentAdmin.save_model` writes both in an order
    the rule allows at every step."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.saved_with_record = False
        if self.instance is not None:
            self.instance._sources_formset = self

    def kept_forms(self) -> list:
        """The forms whose source remains after the save (new ones filled in, old ones not deleted)."""
        kept = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE"):
                continue
            if form.instance._state.adding and not form.has_changed():
                continue
            kept.append(form)
        return kept

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        problems = provenance_problems(record=self.instance, sources=len(self.kept_forms()))
        if problems:
            raise ValidationError(problems)


class SourceInline(GenericTabularInline):
    """Any record → its sources (URL, title, what it supports)."""

    model = Source
    formset = SourceFormSet
    formfield_overrides = URL_FIELDS
    ct_field = "content_type"
    ct_fk_field = "object_id"
    fields = ("position", "url", "title", "supports")
    extra = 0
    ordering = ("position",)

    def has_add_permission(self, request, obj=None):
        return can_add(request.user, Source, parent=obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or can_change(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or can_change(request.user, obj))


class ChildInlineForm(forms.ModelForm):
    """An inline row (a treaty's party, an event's participant): sources attach to a row on
    its own page, so a row marked confirmed must already have one there."""

    def clean(self):
        cleaned = super().clean()
        if "confidence" in cleaned and not self.errors:
            # The row as it will be saved (the form fills its instance only after clean()).
            candidate = forms.models.construct_instance(self, copy.copy(self.instance))
            problems = provenance_problems(record=candidate)
            if problems:
                self.add_error(
                    "confidence",
                    [*problems, "Save it as probable or unverified, add its source on its own page, then confirm it."],
                )
        return cleaned


class ChildInlineMixin:
    """Inline rows belong to their parent: a live parent needs publish rights to edit."""

    form = ChildInlineForm
    extra = 0
    formfield_overrides = URL_FIELDS
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return can_add(request.user, self.model, parent=obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or can_change(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or can_change(request.user, obj))


class ChildTabularInline(ChildInlineMixin, admin.TabularInline):
    pass


class ChildStackedInline(ChildInlineMixin, admin.StackedInline):
    pass


class ContentAdmin(SimpleHistoryAdmin):
    """Base for every content ModelAdmin: audit fields read-only, role rules, stale-form
    protection, history with field diffs and recorded revert, link to the public API."""

    class Media:
        # After urlify.js: prepopulated slugs keep dashes as hyphens (core/slugs.py).
        js = ["admin/js/urlify.js", "core/admin/slug_dashes.js"]

    form = VersionCheckedForm
    formfield_overrides = URL_FIELDS
    list_per_page = 50
    show_full_result_count = False  # COUNT(*) on every changelist page is the cost on big tables
    history_list_display = ["version", "history_channel", "history_request_id"]
    inlines = [SourceInline]
    # The DRF router basename (`v1:<basename>-detail`); None: derived from the model name.
    api_basename: str | None = None

    # --- fields -----------------------------------------------------------------------
    def get_readonly_fields(self, request, obj=None):
        audit = [name for name in AUDIT_FIELDS if any(f.name == name for f in self.model._meta.fields)]
        fields = [*audit, *super().get_readonly_fields(request, obj), "public_api_link"]
        return list(dict.fromkeys(fields))

    # --- history: simple_history where the model has it, Django's log otherwise ----------
    @property
    def _tracked(self) -> bool:
        return hasattr(self.model._meta, "simple_history_manager_attribute")

    def get_urls(self):
        return super().get_urls() if self._tracked else admin.ModelAdmin.get_urls(self)

    def history_view(self, request, object_id, extra_context=None):
        if not self._tracked:
            return admin.ModelAdmin.history_view(self, request, object_id, extra_context)
        return super().history_view(request, object_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if _is_revert(request):
            # A revert form starts from an old version on purpose; the revert itself is
            # checked against the current row in save_model.
            form = type("RevertForm", (form,), {"check_version": False})
        sources_inline = SourceInline in self.get_inlines(request, obj)
        return type(form.__name__, (form,), {"audit": admin_audit(request), "sources_inline": sources_inline})

    def get_inlines(self, request, obj):
        inlines = list(super().get_inlines(request, obj))
        # Sources only make sense on a record that has a `sources` relation.
        if not hasattr(self.model, "sources"):
            inlines = [inline for inline in inlines if inline is not SourceInline]
        return inlines

    @admin.display(description="Public API")
    def public_api_link(self, obj):
        url = self.public_api_url(obj)
        if not url:
            return "—"
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)

    def public_api_url(self, obj) -> str | None:
        if obj is None or obj.pk is None:
            return None
        basename = self.api_basename or obj._meta.model_name
        for kwarg, attr in (("slug", "slug"), ("code", "code"), ("slug", "code"), ("pk", "pk"), ("id", "pk")):
            value = getattr(obj, attr, None)
            if value is None:
                continue
            try:
                return reverse(f"v1:{basename}-detail", kwargs={kwarg: value})
            except NoReverseMatch:
                continue
        return None  # the read API does not expose this resource (yet)

    # --- permissions (core.permissions) ---------------------------------------------
    def has_change_permission(self, request, obj=None):
        if obj is None or obj.pk is None:
            return super().has_change_permission(request, obj)
        return can_change(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is None or obj.pk is None:
            return super().has_delete_permission(request, obj)
        return can_delete(request.user, obj)

    def has_publish_permission(self, request, obj=None):
        return can_publish(request.user, obj if obj is not None else self.model)

    def has_view_history_permission(self, request, obj=None):
        if not self._tracked:
            return self.has_view_or_change_permission(request, obj)
        return can_view_history(request.user, self.model)

    def has_change_history_permission(self, request, obj=None):
        current = self._current(obj)
        return can_view_history(request.user, self.model) and (current is None or can_change(request.user, current))

    def has_view_history_or_change_history_permission(self, request, obj=None):
        return self.has_view_history_permission(request, obj)

    def _current(self, obj):
        if obj is None or obj.pk is None:
            return None
        return self.model._default_manager.filter(pk=obj.pk).first()

    # --- saving: every write goes through core.services ----------------------------------
    # The services that apply a write; models with side effects declare their own.
    create_service = staticmethod(record_create)
    update_service = staticmethod(record_update)

    def save_form(self, request, form, change):
        return form.save(commit=False)

    def save_model(self, request, obj, form, change):
        audit = form_audit(request, form)
        m2m = {name: form.cleaned_data[name] for name in form.fields if name in _m2m_names(obj)}
        # The sources inline on this page, if any: the record and its sources are written in
        # an order the provenance rule allows at every step (a new record with its sources in
        # one call; on a change, sources added before the record, removed after it).
        sources = getattr(obj, "_sources_formset", None)
        if sources is not None:
            sources.saved_with_record = True
        if _is_revert(request):
            values = concrete_values(obj, set(form.fields))
            self._save_sources(sources, obj, audit, removed=False)
            saved = record_revert(instance=obj, values=values, from_version=obj.version, m2m=m2m, audit=audit)
        elif change:
            self._save_sources(sources, obj, audit, removed=False)
            saved = type(self).update_service(
                instance=obj,
                changes=changed_values(form),
                m2m={k: v for k, v in m2m.items() if k in form.changed_data},
                expected_version=form.cleaned_data.get("expected_version"),
                audit=audit,
            )
        else:
            rows = [_source_values(f) for f in sources.kept_forms()] if sources is not None else None
            saved = type(self).create_service(
                model=type(obj),
                fields=changed_values(form),
                m2m=m2m,
                audit=audit,
                **({"sources": rows} if rows else {}),
            )
        _become(obj, saved)
        if change and sources is not None:
            self._save_sources(sources, obj, audit, removed=True)
        elif sources is not None:
            sources.new_objects, sources.changed_objects, sources.deleted_objects = list(obj.sources.all()), [], []

    def _save_sources(self, formset, record, audit, *, removed: bool) -> None:
        """Added and changed sources (`removed=False`), or the deleted ones, through the services."""
        if formset is None:
            return
        if not removed:
            formset.save(commit=False)
            for source, names in formset.changed_objects:
                _become(
                    source, record_update(instance=source, changes=concrete_values(source, set(names)), audit=audit)
                )
            for source in formset.new_objects:
                fields = {**concrete_values(source), "object_id": record.pk}
                _become(source, record_create(model=Source, fields=fields, audit=audit))
            return
        for source in formset.deleted_objects:
            record_delete(instance=source, audit=audit)

    def save_related(self, request, form, formsets, change):
        # Many-to-many values went through the service with the record; inline rows go
        # through the services one by one.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request, form, formset, change):
        if getattr(formset, "saved_with_record", False):
            return  # the sources inline: written with the record (save_model)
        audit = form_audit(request, form)
        formset.save(commit=False)
        for obj in formset.deleted_objects:
            record_delete(instance=obj, audit=audit)
        for obj, names in formset.changed_objects:
            _become(obj, record_update(instance=obj, changes=concrete_values(obj, set(names)), audit=audit))
        for obj in formset.new_objects:
            _become(obj, record_create(model=type(obj), fields=concrete_values(obj), audit=audit))

    def delete_model(self, request, obj):
        record_delete(instance=obj, audit=admin_audit(request))

    def delete_queryset(self, request, queryset):
        # One service call per row: the per-object rule (contributors: no live records)
        # and the history row apply to bulk deletes too. Any refusal rolls back all.
        audit = admin_audit(request)
        with transaction.atomic():
            for obj in queryset:
                record_delete(instance=obj, audit=audit)


def _source_values(form) -> dict:
    data = form.cleaned_data
    return {name: data.get(name) or "" for name in ("url", "title", "supports")} | {
        "position": data.get("position") or 0
    }


def _m2m_names(obj) -> set[str]:
    return {f.name for f in obj._meta.many_to_many}


def _become(obj, saved) -> None:
    """Make the admin's in-memory `obj` the row the service saved (pk, version, stamps):
    the admin's messages, redirects and inlines use it after save_model."""
    for field in obj._meta.concrete_fields:
        setattr(obj, field.attname, getattr(saved, field.attname))
    obj._state.adding = False
    obj._state.db = saved._state.db


class EditorialAdmin(ContentAdmin):
    """Content with an editorial status: status column and filter, workflow actions with
    a confirmation page, status field read-only for those who may not publish."""

    actions = ["submit_for_review", "publish", "unpublish"]
    confirm_template = "admin/pactum/confirm_status_change.html"

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "published_at"]
        if not can_publish(request.user, self.model):
            fields.append("editorial_status")
        return list(dict.fromkeys(fields))

    def get_list_display(self, request):
        display = list(super().get_list_display(request))
        return display if "editorial_status" in display else [*display, "editorial_status"]

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        return filters if "editorial_status" in filters else ["editorial_status", *filters]

    def transition(self, *, record, status: str, request):
        return record_transition(record=record, status=status, audit=admin_audit(request))

    @admin.action(description="Submit selected for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        return self._confirmed(request, queryset, EditorialStatus.IN_REVIEW, "submit for review")

    @admin.action(description="Publish selected", permissions=["publish"])
    def publish(self, request, queryset):
        return self._confirmed(request, queryset, EditorialStatus.PUBLISHED, "publish")

    @admin.action(description="Unpublish selected (back to draft)", permissions=["publish"])
    def unpublish(self, request, queryset):
        return self._confirmed(request, queryset, EditorialStatus.DRAFT, "unpublish")

    def _confirmed(self, request, queryset, status: str, verb: str):
        if request.POST.get("post") != "yes":
            context = {
                **self.admin_site.each_context(request),
                "title": f"Are you sure you want to {verb} these records?",
                "opts": self.model._meta,
                "queryset": queryset,
                "action": request.POST.get("action"),
                "verb": verb,
                "status": status,
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
                "select_across": request.POST.get("select_across", "0"),
            }
            return TemplateResponse(request, self.confirm_template, context)
        done, refused = 0, []
        for record in queryset:
            if record.editorial_status == status:
                continue
            try:
                self.transition(record=record, status=status, request=request)
                done += 1
            except ValidationError as exc:
                refused.append(f"{record}: {' '.join(_messages(exc))}")
            except PermissionDenied as exc:
                refused.append(f"{record}: {exc or 'not permitted'}")
            except StaleVersion:
                refused.append(f"{record}: changed meanwhile, try again")
        if done:
            self.message_user(request, f"{verb.capitalize()}: {done} record(s) done.", messages.SUCCESS)
        for line in refused:
            self.message_user(request, f"Not done — {line}", messages.ERROR)
        return None


def _messages(exc: ValidationError) -> list[str]:
    if hasattr(exc, "message_dict"):
        return [m for msgs in exc.message_dict.values() for m in msgs]
    return list(exc.messages)


@admin.register(Source)
class SourceAdmin(ContentAdmin):
    """Sources are usually edited inline on their record; this list is for auditing them."""

    list_display = ("title", "url", "content_type", "supports", "position")
    list_filter = ("content_type",)
    list_select_related = ("content_type",)
    search_fields = ("title", "url", "supports")
