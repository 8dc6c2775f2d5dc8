"""Reads of obligations: the forces × findings matrix and per-organisation lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from oversight.accounts.access import viewer_for
from oversight.obligations.models import Obligation, ObligationStatus
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.models import Finding, Report


@dataclass(frozen=True, slots=True)
class MatrixCell:
    obligation_id: int | None
    status: str | None  # None: not addressed to this organisation
    label: str
    is_published_status: bool  # True when the viewer sees only the published status


@dataclass(frozen=True, slots=True)
class MatrixRow:
    organisation: Organisation
    cells: list[MatrixCell]


@dataclass(frozen=True, slots=True)
class StatusMatrix:
    findings: list[Finding]
    rows: list[MatrixRow]
    totals: dict[str, int]


def report_status_matrix(*, user: Any, report: Report, kind: str = OrganisationKind.FORCE) -> StatusMatrix:
    """Organisations × findings of a report, each cell the status this user may see. Three queries."""
    viewer = viewer_for(user)
    findings = list(report.findings.order_by("position"))
    obligations = Obligation.objects.filter(finding__report=report, organisation__kind=kind).values_list(
        "pk", "finding_id", "organisation_id", "status", "published_status"
    )
    by_org: dict[int, dict[int, tuple[int, str, str | None]]] = {}
    for pk, finding_id, org_id, status, published in obligations:
        by_org.setdefault(org_id, {})[finding_id] = (pk, status, published)
    organisations = Organisation.objects.filter(pk__in=by_org.keys()).order_by("name")
    totals: dict[str, int] = {}
    rows = []
    for org in organisations:
        full = viewer.can_see_organisation_material(org.pk)
        cells = []
        for finding in findings:
            entry = by_org[org.pk].get(finding.pk)
            if entry is None:
                cells.append(MatrixCell(None, None, "Not addressed", False))
                continue
            pk, status, published = entry
            shown = status if full else published
            label = ObligationStatus(shown).label if shown else "Not published"
            totals[shown or "unpublished"] = totals.get(shown or "unpublished", 0) + 1
            cells.append(MatrixCell(pk if full else None, shown, label, not full))
        rows.append(MatrixRow(org, cells))
    return StatusMatrix(findings=findings, rows=rows, totals=totals)
