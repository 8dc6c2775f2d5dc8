"""Registering a report on the web (upload the report or its pack, review what was found,
register) and publishing it. Thin: the reading is ``reports.drafting``, the writes are
``reports.services``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.organisations.models import Organisation, OrganisationKind, Region
from oversight.reports.access import access_report_by_key, can_register_reports
from oversight.reports.drafting import Draft, FormFinding, draft_from_chunks, form_from_draft, reviewed_pack
from oversight.reports.models import ReportKind, ReportState
from oversight.reports.services import report_publish, report_register
from oversight.web.pages import forbidden as _forbidden
from oversight_ingest.packs import FINDING_KINDS

FINDING_KIND_LABELS = {
    "recommendation": "Recommendation",
    "area_for_improvement": "Area for improvement",
    "cause_of_concern": "Cause of concern",
}
NOT_ALLOWED = "Only the inspectorate's analysts can register and publish reports."


def _choices() -> dict[str, Any]:
    return {
        "report_kinds": ReportKind.choices,
        "finding_kinds": [(k, FINDING_KIND_LABELS[k]) for k in FINDING_KINDS],
        "regions": Region.objects.order_by("name"),
        "forces": Organisation.objects.filter(kind=OrganisationKind.FORCE).order_by("name"),
    }


def _field_errors(errors: list[tuple[str, str]]) -> dict[str, str]:
    """Each field's messages, joined, keyed by the field's id (the error summary links to it)."""
    out: dict[str, str] = {}
    for target, message in errors:
        name = target.lstrip("#")
        out[name] = f"{out[name]} {message}" if name in out else message
    return out


def _upload_page(request: HttpRequest, errors: list[tuple[str, str]], status: int = 200) -> HttpResponse:
    context = {
        **_choices(),
        "errors": errors,
        "field_errors": _field_errors(errors),
        "values": request.POST if request.method == "POST" else {},
    }
    return render(request, "web/report_register.html", context, status=status)


def _review_page(
    request: HttpRequest,
    *,
    report: dict[str, str],
    findings: list[FormFinding],
    draft: Draft | None,
    source: dict[str, str],
    errors: list[tuple[str, str]],
    publish: bool = False,
    status: int = 200,
) -> HttpResponse:
    review = draft.review if draft else {}
    by_field = _field_errors(errors)
    report_errors = {k.removeprefix("report-"): v for k, v in by_field.items() if k.startswith("report-")}
    rows = []
    for f in findings:
        prefix = f"finding-{f.index}-"
        rows.append(
            {
                "f": f,
                "review": review.get(f"{f.kind}:{f.reference}"),
                "errors": {k.removeprefix(prefix): v for k, v in by_field.items() if k.startswith(prefix)},
            }
        )
    context = {
        **_choices(),
        "report": report,
        "report_errors": report_errors,
        "rows": rows,
        "count": len(findings),
        "warnings": draft.warnings if draft else [],
        "source": source,
        "errors": errors,
        "publish": publish,
    }
    return render(request, "web/report_review.html", context, status=status)


def _read_upload(request: HttpRequest) -> HttpResponse:
    data_file = request.FILES.get("report_file")
    errors: list[tuple[str, str]] = []
    if data_file is None or not data_file.size:
        errors.append(("#report_file", "Select the report, or its report pack, to upload"))
    elif data_file.size > settings.MAX_UPLOAD_BYTES:
        errors.append(
            ("#report_file", f"The selected file must be smaller than {settings.MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
        )
    published = None
    raw_date = request.POST.get("published", "").strip()
    if raw_date:
        try:
            published = dt.date.fromisoformat(raw_date)
        except ValueError:
            errors.append(("#published", "Enter the publication date as year-month-day, for example 2025-05-16"))
    kind = request.POST.get("kind", "")
    if kind and kind not in ReportKind.values:
        errors.append(("#kind", "Select the kind of report from the list"))
    if errors or data_file is None:
        return _upload_page(request, errors, status=400)
    draft = draft_from_chunks(
        data_file.chunks(),
        data_file.name or "report",
        key=request.POST.get("key", "").strip() or None,
        title=request.POST.get("title", "").strip() or None,
        published=published,
        kind=kind or None,
        url=request.POST.get("url", "").strip() or None,
        temp_dir=settings.FILE_UPLOAD_TEMP_DIR,
    )
    if draft.problems or draft.data is None:
        return _upload_page(request, [("#report_file", p) for p in draft.problems], status=400)
    report, findings = form_from_draft(draft.data)
    source = {"file": (data_file.name or "")[:255]}
    return _review_page(request, report=report, findings=findings, draft=draft, source=source, errors=[])


def _register(request: HttpRequest) -> HttpResponse:
    source = {"file": request.POST.get("source-file", "")[:255]}
    note = f"Registered on the web from {source['file']}, checked by {request.user}." if source["file"] else ""
    reviewed = reviewed_pack(request.POST, source={"note": note} if note else {})
    publish = request.POST.get("publish") == "yes"
    errors = list(reviewed.problems)
    if reviewed.pack is not None and not errors:
        try:
            result = report_register(actor=request.user, pack=reviewed.pack, publish=publish)
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            errors.append(("#report-key", exc.message))
        else:
            report = result.report
            state = "published" if report.state == ReportState.PUBLISHED else "registered as a draft"
            messages.success(
                request,
                f"{report.title} is {state}: {result.findings_created} findings, "
                f"{result.obligations_created} obligations created.",
            )
            for warning in result.warnings:
                messages.warning(request, warning)
            return redirect("report-detail", key=report.key)
    return _review_page(
        request,
        report=reviewed.report,
        findings=reviewed.findings,
        draft=None,
        source=source,
        errors=errors,
        publish=publish,
        status=400,
    )


@login_required
@require_http_methods(["GET", "POST"])
def report_register_view(request: HttpRequest) -> HttpResponse:
    """Step one: upload the report (or its pack). Step two: review what was found, then register."""
    if not can_register_reports(request.user):
        return _forbidden(request, NOT_ALLOWED)
    if request.method == "GET":
        return _upload_page(request, [])
    if request.POST.get("step") == "register":
        return _register(request)
    return _read_upload(request)


@login_required
@require_http_methods(["GET", "POST"])
def report_publish_view(request: HttpRequest, key: str) -> HttpResponse:
    """Publishing a registered report, after a confirmation page: its findings and the published
    statuses of its obligations become public."""
    try:
        report = access_report_by_key(request.user, key)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    if not can_register_reports(request.user):
        return _forbidden(request, NOT_ALLOWED)
    problem = "This report is already published." if report.state == ReportState.PUBLISHED else ""
    if request.method == "POST" and not problem:
        try:
            report_publish(actor=request.user, report=report)
        except InvalidChange as exc:
            problem = exc.message
        else:
            messages.success(request, f"{report.title} is published.")
            return redirect("report-detail", key=report.key)
    status = 409 if problem and request.method == "POST" else 200
    return render(request, "web/report_publish.html", {"report": report, "problem": problem}, status=status)
