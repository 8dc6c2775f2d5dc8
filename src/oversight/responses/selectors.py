"""Reads for responses, and the catalogue the ingestion pipeline matches letters against."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch

from oversight.reports.access import reports_visible_to
from oversight.reports.models import Finding, Report
from oversight.reports.selectors import report_as_pack
from oversight_ingest.catalogue import Catalogue


def ingest_catalogue(*, user: Any | None = None) -> Catalogue:
    """The reports a letter may be matched against, and the reference organisations.

    For an uploader, the reports they can see (published ones; drafts too for national roles, as
    letters may arrive before a report is published here). For the system (no user: the command
    line), every registered report."""
    base = Report.objects.all() if user is None else reports_visible_to(user)
    reports = base.select_related("inspectorate", "region", "force").prefetch_related(
        Prefetch("findings", queryset=Finding.objects.order_by("position"))
    )
    return Catalogue.default(reports=[report_as_pack(report=r) for r in reports])
