"""Reads for responses, and the catalogue the ingestion pipeline matches letters against."""

from __future__ import annotations

from django.db.models import Prefetch

from oversight.reports.models import Finding, Report
from oversight.reports.selectors import report_as_pack
from oversight_ingest.catalogue import Catalogue


def ingest_catalogue() -> Catalogue:
    """Every registered report (drafts too: letters may arrive before a report is published here)
    and the reference organisations, which ``load-reference`` also put in the database."""
    reports = Report.objects.select_related("inspectorate", "region", "force").prefetch_related(
        Prefetch("findings", queryset=Finding.objects.order_by("position"))
    )
    return Catalogue.default(reports=[report_as_pack(report=r) for r in reports])
