"""Writes with side effects for commentary records."""

from commentary.ingest.service import IngestReport, publication_ingest
from commentary.references import ResolveResult, takeaway_resolve_references

__all__ = ["IngestReport", "ResolveResult", "publication_ingest", "takeaway_resolve_references"]
