"""Tables for download (CSV, XLSX, JSON) with exactly what the downloading user may see: a
report's forces × findings (the report page's matrix, one row per force and finding) and one
organisation's obligations (the force page's list, one row per obligation, every report).

Each row carries its marking: a force's own record (its current status) is OFFICIAL-SENSITIVE; a
published status, which anyone may read, is OFFICIAL. Downloaded by the public, the table is the
report's open data.
"""

from __future__ import annotations

from typing import Any

from oversight.core.models import Classification
from oversight.obligations.dashboards import ReportGroup, ReportMatrix
from oversight.organisations.models import Organisation
from oversight.reports.models import Report

MATRIX_COLUMNS = (
    "classification",
    "report",
    "force",
    "force_slug",
    "region",
    "finding_kind",
    "finding",
    "deadline",
    "status",
    "status_label",
    "published_status_only",
    "overdue",
    "response_stance",
    "response_standing",
    "response_letter_date",
)


def report_matrix_rows(*, report: Report, matrix: ReportMatrix) -> list[list[Any]]:
    """One row per force and finding addressed to it, in the page's order."""
    rows: list[list[Any]] = []
    for row in matrix.rows:
        org = row.organisation
        region = org.region.name if org.region_id and org.region else ""
        for cell in row.cells:
            if cell.obligation_id is None:
                continue  # not addressed to this force
            finding = cell.finding
            rows.append(
                [
                    Classification.OFFICIAL_SENSITIVE.value if cell.linked else Classification.OFFICIAL.value,
                    report.key,
                    org.name,
                    org.slug,
                    region,
                    finding.kind,
                    finding.reference,
                    finding.deadline,
                    cell.status or "",
                    cell.label,
                    "no" if cell.linked else "yes",
                    "yes" if cell.overdue else "no",
                    cell.stance,
                    row.response.label,
                    row.response.letter_date,
                ]
            )
    return rows


FORCE_COLUMNS = (
    "classification",
    "organisation",
    "organisation_slug",
    "report",
    "report_title",
    "finding_kind",
    "finding",
    "finding_text",
    "deadline",
    "status",
    "status_label",
    "published_status_only",
    "overdue",
    "due_soon",
    "response_stance",
)


def force_obligation_rows(*, organisation: Organisation, groups: list[ReportGroup]) -> list[list[Any]]:
    """One row per obligation of the organisation, grouped by report as its page lists them."""
    rows: list[list[Any]] = []
    for group in groups:
        for line in group.lines:
            finding = line.obligation.finding
            rows.append(
                [
                    Classification.OFFICIAL_SENSITIVE.value if line.linked else Classification.OFFICIAL.value,
                    organisation.name,
                    organisation.slug,
                    group.report.key,
                    group.report.title,
                    finding.kind,
                    finding.reference,
                    finding.text,
                    finding.deadline,
                    line.status or "",
                    line.label,
                    "no" if line.linked else "yes",
                    "yes" if line.overdue else "no",
                    "yes" if line.due_soon else "no",
                    line.stance,
                ]
            )
    return rows
