"""Admin "Import document" page: upload → dry-run preview → confirm.

Wired by URL (config/urls.py, under /admin/ and wrapped in `admin.site.admin_view`, so staff
only), with a button on the Publication change list (template override), so the admin
classes need no change. Between the two steps the decoded document waits in the shared cache
(Redis in production) under a random token bound to the user: any worker can serve the
confirm step, and nobody else can confirm it. The preview runs the real ingest in a rolled-back
transaction, so what it shows is exactly what confirming writes.
"""

import secrets

from django import forms
from django.contrib import messages
from django.contrib.admin import site
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse

from actors.models import PUBLISHER_KINDS, Actor
from commentary.ingest.load import MAX_DOCUMENT_BYTES, DocumentError, document_decode
from commentary.ingest.parse import document_parse
from commentary.models import Publication
from commentary.services import publication_ingest
from core.admin import admin_audit

PLAN_TTL_SECONDS = 3600
_KEY = "admin-import:{token}"


class ImportDocumentForm(forms.Form):
    document = forms.FileField(help_text="Text (.txt), Markdown (.md) or HTML (.html), UTF-8, at most 5 MB.")
    # Only organisations publish: no people or states in the menu.
    publisher = forms.ModelChoiceField(
        queryset=Actor.objects.filter(kind__in=PUBLISHER_KINDS).order_by("name"), required=False
    )
    url = forms.URLField(
        required=False, max_length=500, assume_scheme="https", help_text="Where the publication is published."
    )
    publish = forms.BooleanField(required=False, help_text="Publish the publication and its takeaways.")

    def clean_document(self):
        upload = self.cleaned_data["document"]
        if upload.size > MAX_DOCUMENT_BYTES:  # checked before reading the upload into memory
            raise forms.ValidationError(f"The file is larger than 5 MB ({upload.size} bytes).")
        try:
            text = document_decode(data=upload.read(), name=upload.name)
            self.parsed = document_parse(text=text, filename=upload.name)
        except DocumentError as exc:
            raise forms.ValidationError(str(exc)) from exc
        self.text = text
        return upload


def _context(request, **extra):
    return {**site.each_context(request), "opts": Publication._meta, "title": "Import document", **extra}


def import_document_view(request):
    if request.method == "POST" and request.POST.get("token"):
        return _confirm(request)
    form = ImportDocumentForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return render(request, "admin/commentary/import_document.html", _context(request, form=form))
    options = {
        "publisher": form.cleaned_data["publisher"].slug if form.cleaned_data["publisher"] else None,
        "url": form.cleaned_data["url"] or None,
        "publish": form.cleaned_data["publish"],
    }
    report = publication_ingest(document=form.parsed, dry_run=True, audit=admin_audit(request), **options)
    plan = {"user": request.user.pk, "text": form.text, "filename": form.cleaned_data["document"].name, **options}
    # Nothing to change (the same document again): no Confirm button, nothing to keep.
    token = secrets.token_urlsafe(24) if report.changes else None
    if token:
        cache.set(_KEY.format(token=token), plan, PLAN_TTL_SECONDS)
    return render(
        request,
        "admin/commentary/import_document.html",
        _context(request, report=report, token=token, document=form.parsed, filename=plan["filename"]),
    )


def _confirm(request):
    key = _KEY.format(token=request.POST["token"])
    plan = cache.get(key)
    if not plan or plan["user"] != request.user.pk:
        messages.error(request, "This import preview has expired or is not yours; upload the document again.")
        return redirect("commentary_publication_import")
    cache.delete(key)
    document = document_parse(text=plan["text"], filename=plan["filename"])
    report = publication_ingest(
        document=document,
        publisher=plan["publisher"],
        url=plan["url"],
        publish=plan["publish"],
        audit=admin_audit(request),
    )
    messages.success(request, f"Imported {plan['filename']}: {report.summary}, {report.references_found} references.")
    publication = Publication.objects.get(slug=report.publication)
    try:
        return redirect(reverse("admin:commentary_publication_change", args=[publication.pk]))
    except NoReverseMatch:  # no Publication admin registered: stay on the import page
        return redirect("commentary_publication_import")
