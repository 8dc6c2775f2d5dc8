"""API: reports and their findings."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Router, Schema

from oversight.api.auth import optional_user, required_user
from oversight.api.schemas import Error, ValidationProblem
from oversight.obligations.selectors import report_status_matrix
from oversight.reports.access import access_report_by_key
from oversight.reports.models import Report
from oversight.reports.selectors import finding_list, report_list
from oversight.reports.services import report_publish

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


@router.get("", response={200: list[ReportOut], 400: Error, 401: Error, 422: ValidationProblem})
def list_reports(request: HttpRequest) -> list[dict[str, object]]:
    return [_report(r) for r in report_list(user=request.user)]


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
