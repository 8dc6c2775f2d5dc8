"""API: reports and their findings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, File, Form, Router, Schema, Status
from ninja.files import UploadedFile

from oversight.api.auth import optional_user, required_user
from oversight.api.schemas import BodyIn, Error, ValidationProblem
from oversight.core.errors import NotAllowed
from oversight.obligations.selectors import report_status_matrix
from oversight.reports.access import access_report_by_key, can_register_reports
from oversight.reports.drafting import draft_from_chunks
from oversight.reports.models import Report, ReportKind
from oversight.reports.selectors import finding_list, report_list
from oversight.reports.services import report_publish, report_register
from oversight_ingest.packs import PackError, validate_pack

router = Router(tags=["reports"], auth=optional_user)


class FindingOut(Schema):
    id: int
    kind: str
    reference: str
    text: str
    deadline: dt.date | None
    addressees: list[str]
    themes: list[str]


class ReportOut(Schema):
    key: str
    title: str
    kind: str
    state: str
    published: dt.date | None
    response_due: dt.date | None
    source_url: str
    inspectorate: str


class ReportDetailOut(ReportOut):
    findings: list[FindingOut]


class MatrixCellOut(Schema):
    finding: str
    status: str | None
    published_only: bool


class MatrixRowOut(Schema):
    organisation: str
    cells: list[MatrixCellOut]


def _report(report: Report) -> dict[str, object]:
    return {
        "key": report.key,
        "title": report.title,
        "kind": report.kind,
        "state": report.state,
        "published": report.published,
        "response_due": report.response_due,
        "source_url": report.source_url,
        "inspectorate": report.inspectorate.name,
    }


class PackIn(BodyIn):
    """A report pack (docs/report-packs.md), and whether to publish the report at once."""

    format: str = Field(description="oversight-report-pack")
    version: int = Field(ge=1, le=1)
    source: dict[str, str] = Field(default_factory=dict)
    report: dict[str, Any] = Field(description="The report and its findings, as in a pack file")
    publish: bool = Field(False, description="Publish at once; otherwise a draft only the inspectorate sees")


class PackProblems(Schema):
    detail: str
    problems: list[str]


class RegisteredOut(ReportOut):
    findings_created: int
    obligations_created: int
    warnings: list[str]


class DraftOut(Schema):
    pack: dict[str, Any]
    review: list[dict[str, Any]]
    warnings: list[str]


@router.get("", response={200: list[ReportOut], 400: Error, 401: Error, 422: ValidationProblem})
def list_reports(request: HttpRequest) -> list[dict[str, object]]:
    return [_report(r) for r in report_list(user=request.user)]


@router.post(
    "",
    auth=required_user,
    response={
        201: RegisteredOut,
        400: Error,
        401: Error,
        403: Error,
        409: Error,
        422: ValidationProblem | PackProblems,
    },
)
def register_report(request: HttpRequest, payload: PackIn) -> Status[Any]:
    """Register a new report from a report pack and create its obligations (the inspectorate's
    analysts). Draft a pack from a report's document with ``POST /api/reports/extract`` first."""
    if not can_register_reports(request.user):
        raise NotAllowed("Only the inspectorate's analysts can register a report.")
    document = payload.model_dump(exclude={"publish"})
    try:
        pack = validate_pack(document, source="the request")
    except PackError as exc:
        return Status(422, {"detail": "The report pack is not valid.", "problems": [str(p) for p in exc.problems]})
    result = report_register(actor=request.user, pack=pack, publish=payload.publish)
    body = {
        **_report(result.report),
        "findings_created": result.findings_created,
        "obligations_created": result.obligations_created,
        "warnings": result.warnings,
    }
    return Status(201, body)


@router.post(
    "/extract",
    auth=required_user,
    response={200: DraftOut, 400: Error, 401: Error, 403: Error, 413: Error, 422: ValidationProblem | PackProblems},
)
def extract_report(
    request: HttpRequest,
    *,
    file: File[UploadedFile | None] = None,
    key: Form[str | None] = None,
    title: Form[str | None] = None,
    published: Form[dt.date | None] = None,
    kind: Form[ReportKind | None] = None,
    url: Form[str | None] = None,
) -> Status[Any]:
    """Read a report's document (PDF, DOCX, HTML, text) into a draft report pack for a person to
    check; nothing is registered or kept. Send the checked pack to ``POST /api/reports``."""
    if not can_register_reports(request.user):
        raise NotAllowed("Only the inspectorate's analysts can register a report.")
    if file is None or not file.size:
        return Status(400, {"detail": "Send the report as the file field."})
    if file.size > settings.MAX_UPLOAD_BYTES:
        return Status(
            413, {"detail": f"The file must be smaller than {settings.MAX_UPLOAD_BYTES // (1024 * 1024)} MB."}
        )
    draft = draft_from_chunks(
        file.chunks(),
        file.name or "report",
        key=key,
        title=title,
        published=published,
        kind=kind,
        url=url,
        temp_dir=settings.FILE_UPLOAD_TEMP_DIR,
    )
    if draft.problems or draft.data is None:
        return Status(422, {"detail": "No draft could be made from the file.", "problems": draft.problems})
    return Status(200, {"pack": draft.data, "review": list(draft.review.values()), "warnings": draft.warnings})


@router.get("/{key}", response={200: ReportDetailOut, 400: Error, 401: Error, 422: ValidationProblem, 404: Error})
def get_report(request: HttpRequest, key: str) -> dict[str, object]:
    report = access_report_by_key(request.user, key)
    findings = [
        {
            "id": f.pk,
            "kind": f.kind,
            "reference": f.reference,
            "text": f.text,
            "deadline": f.deadline,
            "addressees": f.addressees,
            "themes": f.themes,
        }
        for f in finding_list(report=report)
    ]
    return {**_report(report), "findings": findings}


@router.post(
    "/{key}/publish",
    auth=required_user,
    response={200: ReportOut, 400: Error, 401: Error, 422: ValidationProblem, 403: Error, 404: Error, 409: Error},
)
def publish_report(request: HttpRequest, key: str) -> dict[str, object]:
    """Publish a registered report: its findings and the published statuses become public."""
    return _report(report_publish(actor=request.user, report=access_report_by_key(request.user, key)))


@router.get(
    "/{key}/matrix", response={200: list[MatrixRowOut], 400: Error, 401: Error, 422: ValidationProblem, 404: Error}
)
def get_report_matrix(request: HttpRequest, key: str) -> list[dict[str, object]]:
    """Forces × findings: each cell the status the caller may see (published status for others' forces)."""
    report = access_report_by_key(request.user, key)
    matrix = report_status_matrix(user=request.user, report=report)
    return [
        {
            "organisation": row.organisation.name,
            "cells": [
                {"finding": f.short_label, "status": c.status, "published_only": c.is_published_status}
                for f, c in zip(matrix.findings, row.cells, strict=True)
            ],
        }
        for row in matrix.rows
    ]
