"""A report's forces × findings table for download (CSV, XLSX, JSON): the report page's matrix,
one row per force and finding, with exactly what the downloading user may see.

Each row carries its marking: a force's own record (its current status) is OFFICIAL-SENSITIVE; a
published status, which anyone may read, is OFFICIAL. Downloaded by the public, the table is the
report's open data.
"""

from __future__ import annotations

from typing import Any

from oversight.core.models import Classification
from oversight.obligations.dashboards import ReportMatrix
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
