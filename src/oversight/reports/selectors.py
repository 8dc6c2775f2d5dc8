"""Reads of reports and findings (already scoped: pass a queryset from ``access``)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet

from oversight.reports.access import reports_visible_to
from oversight.reports.models import Finding, Report


def report_list(*, user: Any) -> QuerySet[Report]:
    return reports_visible_to(user).annotate(finding_count=Count("findings"))


def finding_list(*, report: Report) -> QuerySet[Finding]:
    return report.findings.order_by("position")
