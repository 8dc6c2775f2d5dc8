"""Reads of reports and findings (already scoped: pass a queryset from ``access``)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet

from oversight.reports.access import reports_visible_to
from oversight.reports.models import Finding, Report
from oversight_ingest.packs import Pack, PackFinding


def report_list(*, user: Any) -> QuerySet[Report]:
    return reports_visible_to(user).annotate(finding_count=Count("findings"))


def finding_list(*, report: Report) -> QuerySet[Finding]:
    return report.findings.order_by("position")


def report_as_pack(*, report: Report) -> Pack:
    """The report in the project's pack format (for the ingestion pipeline and exports)."""
    return Pack(
        key=report.key,
        title=report.title,
        inspectorate=report.inspectorate.short_name or report.inspectorate.name,
        kind=report.kind,
        published=report.published,
        url=report.source_url or None,
        region=report.region.name if report.region else None,
        force=report.force.name if report.force else None,
        summary=report.summary,
        findings=tuple(
            PackFinding(
                kind=f.kind,
                reference=f.reference,
                text=f.text,
                deadline=f.deadline,
                addressees=tuple(f.addressees),
                themes=tuple(f.themes),
            )
            for f in sorted(report.findings.all(), key=lambda f: f.position)
        ),
    )
