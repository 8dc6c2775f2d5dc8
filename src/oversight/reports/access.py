"""Who may see which reports: published ones are public; drafts only for national roles."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from oversight.accounts.access import viewer_for
from oversight.core.errors import NotFound
from oversight.reports.models import Finding, Report, ReportState


def reports_visible_to(user: Any) -> QuerySet[Report]:
    qs = Report.objects.select_related("inspectorate", "region", "force")
    if viewer_for(user).is_national:
        return qs
    return qs.filter(state=ReportState.PUBLISHED)


def access_report_by_key(user: Any, key: str) -> Report:
    report = reports_visible_to(user).filter(key=key).first()
    if report is None:
        raise NotFound(f"No report with the key {key!r}")
    return report


def access_finding_by_id(user: Any, finding_id: int) -> Finding:
    finding = (
        Finding.objects.select_related("report")
        .filter(pk=finding_id, report__in=reports_visible_to(user).values("pk"))
        .first()
    )
    if finding is None:
        raise NotFound(f"No finding with the id {finding_id}")
    return finding


def can_register_reports(user: Any) -> bool:
    """Registering and publishing reports is the inspectorate's (national roles and administrators)."""
    return bool(getattr(user, "is_authenticated", False)) and viewer_for(user).is_national
