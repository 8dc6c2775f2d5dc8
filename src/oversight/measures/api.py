"""API: operational data imports and the indicators computed from them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile

from oversight.api.auth import optional_user, required_user
from oversight.api.schemas import Error, ValidationProblem
from oversight.core.errors import NotFound
from oversight.measures.access import access_data_import_by_id, data_imports_visible_to
from oversight.measures.contracts import CONTRACTS
from oversight.measures.models import DataImport
from oversight.measures.selectors import indicators_for_user
from oversight.measures.services import data_import_create, upload_keep
from oversight.measures.tasks import import_data
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.access import access_report_by_key

router = Router(tags=["measures"], auth=optional_user)


class IndicatorQuery(Schema):
    report: str
    force: str | None = None
    period: str = "month"
    as_of: dt.date | None = None
    aggregates: bool = False


class PointOut(Schema):
    period: str
    period_end: str
    numerator: int
    denominator: int
    value: float | None
    change: float | None
    median_days: float | None = None


class ProjectionOut(Schema):
    value: float | None
    low: float | None
    high: float | None
    at: str | None
    basis: str
    on_track: bool | None


class IndicatorOut(Schema):
    indicator: str
    finding: str
    scope: str
    force: str | None
    region: str | None
    name: str
    period: str | None
    value: float | None
    numerator: int
    denominator: int
    median_days: float | None
    target: float
    deadline: str | None
    trend: float | None
    projection: ProjectionOut
    has_data: bool
    series: list[PointOut]


@router.get(
    "/indicators", response={200: list[IndicatorOut], 400: Error, 401: Error, 404: Error, 422: ValidationProblem}
)
def indicators(request: HttpRequest, query: Query[IndicatorQuery]) -> Status[Any]:
    """A report's indicators per force (and, for national roles, region and nation) from the imported
    operational data: value, numerator, denominator, target, trend and projection at the deadline.
    OFFICIAL-SENSITIVE: each caller sees its own force, the forces its policing body oversees, or
    what forces shared with its partner organisation."""
    if query.period not in {"month", "quarter"}:
        return Status(400, {"detail": "period must be month or quarter"})
    report = access_report_by_key(request.user, query.report)
    force = None
    if query.force:
        force = Organisation.objects.filter(slug=query.force, kind=OrganisationKind.FORCE).first()
        if force is None:
            raise NotFound(f"No force called {query.force!r}")
    table = indicators_for_user(user=request.user, report=report, force=force, as_of=query.as_of)
    if table is None:
        raise NotFound(f"The report {report.key!r} has no indicators")
    rows = table.forces if not query.aggregates else table.all()
    return Status(200, [s.to_json(period=query.period) for s in rows])


class ImportOut(Schema):
    id: int
    force: str
    kind: str
    filename: str
    state: str
    rows_imported: int
    rows_replaced: int
    error_count: int
    errors: list[dict[str, Any]]
    warnings: list[str]
    problem: str
    classification: str


def _import_out(record: DataImport) -> dict[str, Any]:
    return {
        "id": record.pk,
        "force": record.force.slug,
        "kind": record.kind,
        "filename": record.filename,
        "state": record.state,
        "rows_imported": record.rows_imported,
        "rows_replaced": record.rows_replaced,
        "error_count": record.error_count,
        "errors": record.errors,
        "warnings": record.warnings,
        "problem": record.problem,
        "classification": record.classification,
    }


@router.get("/data-imports", auth=required_user, response={200: list[ImportOut], 401: Error})
def data_import_list(request: HttpRequest) -> Status[Any]:
    """Imports of operational data the caller may see, newest first (at most 200)."""
    return Status(200, [_import_out(r) for r in data_imports_visible_to(request.user)[:200]])


@router.get(
    "/data-imports/{import_id}",
    auth=required_user,
    response={200: ImportOut, 401: Error, 404: Error, 422: ValidationProblem},
)
def data_import_detail(request: HttpRequest, import_id: int) -> Status[Any]:
    return Status(200, _import_out(access_data_import_by_id(request.user, import_id)))


@router.post(
    "/data-imports",
    auth=required_user,
    response={
        202: ImportOut,
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        409: Error,
        413: Error,
        422: ValidationProblem,
    },
)
def data_import_upload(
    request: HttpRequest,
    kind: Form[str],
    force: Form[str],
    file: File[UploadedFile | None] = None,
    replace: Form[bool] = False,
) -> Status[Any]:
    """Import a CSV or XLSX file of operational data for a force (force editors of that force).
    It runs in the background: poll the returned import until its state is ``succeeded`` or
    ``failed``; a failed import lists every bad row (file, row, column, reason) and saved nothing."""
    if kind not in CONTRACTS:
        return Status(400, {"detail": f"kind must be one of {', '.join(CONTRACTS)}"})
    if file is None or not file.size:
        return Status(400, {"detail": "Choose a file to import: it is missing or empty."})
    if file.size > settings.MAX_DATA_BYTES:
        limit = settings.MAX_DATA_BYTES // (1024 * 1024)
        return Status(413, {"detail": f"{file.name} is larger than the {limit} MB limit for data files."})
    organisation = Organisation.objects.filter(slug=force, kind=OrganisationKind.FORCE).first()
    if organisation is None:
        raise NotFound(f"No force called {force!r}")
    record = data_import_create(
        actor=request.user, force=organisation, kind=kind, filename=file.name or "data.csv", replace=replace
    )
    path = upload_keep(data_file=file)
    import_data.enqueue(import_id=record.pk, path=str(path))
    record.refresh_from_db()
    return Status(202, _import_out(record))
