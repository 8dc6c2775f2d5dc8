"""Thin page views: parse, authorise through access functions, call a selector or service, render."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.core.tables import FORMATS
from oversight.obligations.dashboards import report_matrix
from oversight.obligations.exports import MATRIX_COLUMNS, report_matrix_rows
from oversight.reports.access import access_report_by_key
from oversight.reports.selectors import report_list
from oversight.responses.access import (
    access_response_by_id,
    can_publish_response,
    can_review_response,
    can_upload_letters,
    responses_visible_to,
)
from oversight.responses.compose import (
    COMPOSE_STANCES,
    ComposeFinding,
    compose_findings,
    compose_target,
    compose_targets,
    default_introduction,
)
from oversight.responses.letters import (
    LETTER_FORMATS,
    PdfUnavailable,
    letter_docx,
    letter_html,
    letter_of,
    letter_pdf,
)
from oversight.responses.models import CLAIMED_STATUS_CHOICES, STANCE_CHOICES, Response, ResponseItem, ResponseState
from oversight.responses.services import (
    ComposeAnswer,
    ItemDecision,
    compose_check,
    letter_upload_check,
    response_compose,
    response_confirm,
    response_publish,
    response_withdraw,
)
from oversight.responses.tasks import ingest_letter_enqueue
from oversight.web.pages import forbidden as _forbidden
from oversight.web.review import (
    STANCE_VALUES,
    STATUS_VALUES,
    UNLINK,
    field_names,
    finding_field_name,
    flag_text,
    review_rows,
)
from oversight.web.views_oversee import STATUS_OPTIONS, home_context, kept_part, parse_filters

STANCE_LABELS = dict(STANCE_CHOICES)


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", home_context(request))


@require_safe
def report_detail(request: HttpRequest, key: str) -> HttpResponse:
    try:
        report = access_report_by_key(request.user, key)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    part = kept_part(request, "report")
    if part.html is not None:
        return render(request, "web/report_detail.html", {"report": report, "kept_part": part})
    filters = parse_filters(request)
    matrix = report_matrix(user=request.user, report=report, filters=filters)
    context = {
        "report": report,
        "matrix": matrix,
        "filters": filters,
        "status_options": STATUS_OPTIONS,
        "kept_part": part,
        "compose_targets": compose_targets(user=request.user, report=report),
    }
    return render(request, "web/report_detail.html", context)


@require_safe
def report_export(request: HttpRequest, key: str, fmt: str) -> HttpResponse:
    """The report page's table as CSV, XLSX or JSON, with the page's filters and its scope."""
    try:
        report = access_report_by_key(request.user, key)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    matrix = report_matrix(user=request.user, report=report, filters=parse_filters(request))
    table = FORMATS[fmt]
    body = table.write(MATRIX_COLUMNS, report_matrix_rows(report=report, matrix=matrix))
    response = HttpResponse(body, content_type=table.content_type)
    response["Content-Disposition"] = f'attachment; filename="{report.key}-forces-and-findings.{fmt}"'
    return response


# Responses ------------------------------------------------------------------------------------


def _response_or_404(request: HttpRequest, response_id: int) -> Response:
    try:
        return access_response_by_id(request.user, response_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc


@login_required
@require_http_methods(["GET", "POST"])
def response_upload(request: HttpRequest) -> HttpResponse:
    if not can_upload_letters(request.user):
        return _forbidden(request, "Only policing-body editors and approvers can upload response letters.")
    reports = list(report_list(user=request.user))
    context: dict[str, Any] = {"reports": reports, "errors": [], "file_error": "", "report_error": ""}
    if request.method == "GET":
        return render(request, "web/response_upload.html", context)
    report_key = request.POST.get("report", "").strip() or None
    force_report = request.POST.get("force_report") == "yes"
    context["selected_report"] = report_key or ""
    context["force_report"] = force_report
    data_file = request.FILES.get("letter")
    problems = letter_upload_check(user=request.user, report_key=report_key, data_file=data_file)
    for problem in problems:
        context[f"{'file' if problem.field == 'letter' else 'report'}_error"] = problem.message
    if problems or data_file is None:
        return render(request, "web/response_upload.html", context, status=400)
    task = ingest_letter_enqueue(
        user=request.user, data_file=data_file, report_key=report_key, force_report=force_report
    )
    name = Path(data_file.name or "letter").name
    if not task.is_finished:
        messages.info(request, f"{name} is being read. Its draft will appear in this list when it is ready.")
        return redirect("response-list")
    outcome = task.return_value if str(task.status) == "SUCCESSFUL" else None
    if outcome and outcome.get("response_id"):
        if outcome.get("existing_draft"):
            messages.info(request, f"{name} was already read into this draft, which is awaiting review.")
        else:
            messages.success(request, f"{name} was read into a draft response. Check each item, then confirm it.")
        return redirect("response-detail", response_id=outcome["response_id"])
    if outcome is None:
        context["file_error"] = f"{name} could not be processed. Try uploading it again"
    else:
        context["file_error"] = str(outcome.get("problem") or f"{name} could not be read")
        warnings = (outcome.get("result") or {}).get("warnings") or []
        if report_key and not force_report and any(str(w).startswith("report_mismatch") for w in warnings):
            context["file_error"] = (
                f"{name} names a different report from the one chosen. To read it against the chosen report "
                "anyway, tick the box below the report and upload it again"
            )
    return render(request, "web/response_upload.html", context, status=422)


def response_list(request: HttpRequest) -> HttpResponse:
    responses = responses_visible_to(request.user)[:500]
    return render(request, "web/response_list.html", {"responses": responses})


def _render_review(
    request: HttpRequest,
    response: Response,
    items: list[ResponseItem],
    *,
    posted: dict[str, str] | None = None,
    field_errors: dict[str, str] | None = None,
    problem: str = "",
    status: int = 200,
) -> HttpResponse:
    errors = [(f"#{name}", message) for name, message in (field_errors or {}).items()]
    if problem:
        errors.append(("#confirm", problem))
    context = {
        "response": response,
        "rows": review_rows(response, items, posted=posted, errors=field_errors),
        "flags": [flag_text(flag) for flag in response.flags],
        "unanswered": response.extraction.get("unanswered", []),
        "can_review": response.state == ResponseState.DRAFT and can_review_response(request.user, response),
        "can_publish": response.state == ResponseState.CONFIRMED and can_publish_response(request.user, response),
        "can_withdraw": response.state == ResponseState.PUBLISHED and can_publish_response(request.user, response),
        "errors": errors,
    }
    return render(request, "web/response_detail.html", context, status=status)


def response_detail(request: HttpRequest, response_id: int) -> HttpResponse:
    response = _response_or_404(request, response_id)
    items = list(response.items.select_related("finding"))
    return _render_review(request, response, items)


@login_required
@require_POST
def response_confirm_view(request: HttpRequest, response_id: int) -> HttpResponse:
    response = _response_or_404(request, response_id)
    items = list(response.items.select_related("finding"))
    posted: dict[str, str] = {}
    field_errors: dict[str, str] = {}
    decisions: dict[int, ItemDecision] = {}
    finding_ids = {str(pk) for pk in response.report.findings.values_list("pk", flat=True)}
    for item in items:
        stance_name, status_name = field_names(item)
        stance = request.POST.get(stance_name, item.stance)
        status = request.POST.get(status_name, item.claimed_status)
        finding_name = finding_field_name(item)
        finding = request.POST.get(finding_name, str(item.finding_id))
        posted[stance_name], posted[status_name], posted[finding_name] = stance, status, finding
        if stance not in STANCE_VALUES:
            field_errors[stance_name] = f"Select the stance the letter takes on {item.finding.short_label}"
        if status not in STATUS_VALUES:
            field_errors[status_name] = f"Select the status the letter claims for {item.finding.short_label}"
        if finding != UNLINK and finding not in finding_ids:
            field_errors[finding_name] = f"Select the finding the passage on {item.finding.short_label} answers"
            continue
        decisions[item.pk] = ItemDecision(
            stance, status, finding_id=None if finding == UNLINK else int(finding), drop=finding == UNLINK
        )
    if field_errors:
        return _render_review(request, response, items, posted=posted, field_errors=field_errors, status=400)
    try:
        response_confirm(actor=request.user, response=response, decisions=decisions)
    except NotAllowed as exc:
        return _forbidden(request, exc.message)
    except InvalidChange as exc:
        response.refresh_from_db()
        return _render_review(request, response, items, posted=posted, problem=exc.message, status=409)
    messages.success(request, "Response confirmed. It is now the organisation's recorded response.")
    return redirect("response-detail", response_id=response.pk)


@login_required
@require_http_methods(["GET", "POST"])
def response_publish_view(request: HttpRequest, response_id: int) -> HttpResponse:
    response = _response_or_404(request, response_id)
    if not can_publish_response(request.user, response):
        return _forbidden(request, f"Only approvers of {response.organisation} can publish this response.")
    problem = ""
    if request.method == "POST":
        try:
            response_publish(actor=request.user, response=response)
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            problem = exc.message
        else:
            messages.success(request, "Response published. Anyone can now read it.")
            return redirect("response-detail", response_id=response.pk)
    elif response.state == ResponseState.PUBLISHED:
        return redirect("response-detail", response_id=response.pk)
    elif response.state != ResponseState.CONFIRMED:
        problem = "Only a confirmed response can be published."
    return render(
        request,
        "web/response_publish.html",
        {"response": response, "problem": problem},
        status=409 if problem else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def response_withdraw_view(request: HttpRequest, response_id: int) -> HttpResponse:
    response = _response_or_404(request, response_id)
    if not can_publish_response(request.user, response):
        return _forbidden(request, f"Only approvers of {response.organisation} can withdraw this response.")
    context: dict[str, Any] = {"response": response, "errors": [], "reason": "", "reason_error": ""}
    if request.method == "GET":
        if response.state != ResponseState.PUBLISHED:
            context["errors"] = [("#main-content", "Only a published response can be withdrawn.")]
        return render(request, "web/response_withdraw.html", context, status=409 if context["errors"] else 200)
    context["reason"] = request.POST.get("reason", "")
    try:
        response_withdraw(actor=request.user, response=response, reason=context["reason"])
    except NotAllowed as exc:
        return _forbidden(request, exc.message)
    except InvalidChange as exc:
        response.refresh_from_db()
        context["reason_error"] = exc.message
        context["errors"] = [("#reason", exc.message)]
        return render(request, "web/response_withdraw.html", context, status=400)
    messages.success(request, "Response withdrawn. It is no longer public.")
    return redirect("response-detail", response_id=response.pk)


# Writing a response in Oversight ------------------------------------------------------------------


def _compose_date(day: str, month: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError, OverflowError):
        return None


def _compose_rows(
    prefill: list[ComposeFinding], posted: dict[str, str] | None, errors: dict[str, str]
) -> list[dict[str, Any]]:
    rows = []
    for one in prefill:
        pk = one.finding.pk
        stance = posted.get(f"stance-{pk}", "") if posted is not None else ""
        status = posted.get(f"status-{pk}", "") if posted is not None else str(one.claimed_status)
        comment = posted.get(f"comment-{pk}", "") if posted is not None else one.comment
        rows.append(
            {
                "finding": one.finding,
                "prefill": one,
                "stance_options": [(s.value, STANCE_LABELS[s.value], s.value == stance) for s in COMPOSE_STANCES],
                "status_options": [(value, label, value == status) for value, label in CLAIMED_STATUS_CHOICES],
                "comment": comment,
                "stance_error": errors.get(f"stance-{pk}", ""),
                "status_error": errors.get(f"status-{pk}", ""),
                "comment_error": errors.get(f"comment-{pk}", ""),
            }
        )
    return rows


@login_required
@require_http_methods(["GET", "POST"])
def response_compose_view(request: HttpRequest, key: str) -> HttpResponse:
    """Write the body's response to a report from the tracker; sending it makes a draft for review."""
    try:
        report = access_report_by_key(request.user, key)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    force_slug = (request.POST if request.method == "POST" else request.GET).get("force", "")
    target = compose_target(user=request.user, report=report, force_slug=force_slug)
    if target is None:
        return _forbidden(
            request,
            "Only editors and approvers of a policing body that oversees a force this published report addresses"
            " can write its response.",
        )
    prefill = compose_findings(user=request.user, report=report, force=target.force)
    others = [t for t in compose_targets(user=request.user, report=report) if t != target]
    context: dict[str, Any] = {"report": report, "target": target, "other_targets": others, "errors": []}
    if request.method == "GET":
        today = timezone.localdate()
        user_name = request.user.get_full_name() if hasattr(request.user, "get_full_name") else ""
        context["values"] = {
            "token": uuid.uuid4().hex,
            "author_name": user_name,
            "author_role": "",
            "day": today.day,
            "month": today.month,
            "year": today.year,
            "introduction": default_introduction(report=report, body=target.body, force=target.force),
        }
        context["field_errors"] = {}
        context["rows"] = _compose_rows(prefill, None, {})
        return render(request, "web/response_compose.html", context)
    posted = {name: request.POST.get(name, "") for name in request.POST}
    values = {
        "token": posted.get("token", ""),
        "author_name": posted.get("author_name", ""),
        "author_role": posted.get("author_role", ""),
        "day": posted.get("letter_date-day", ""),
        "month": posted.get("letter_date-month", ""),
        "year": posted.get("letter_date-year", ""),
        "introduction": posted.get("introduction", ""),
    }
    letter_date = _compose_date(values["day"], values["month"], values["year"])
    answers = [
        ComposeAnswer(
            finding_id=one.finding.pk,
            stance=posted.get(f"stance-{one.finding.pk}", ""),
            claimed_status=posted.get(f"status-{one.finding.pk}", ""),
            comment=posted.get(f"comment-{one.finding.pk}", ""),
        )
        for one in prefill
    ]
    problems = compose_check(
        report=report,
        findings=[one.finding for one in prefill],
        author_name=values["author_name"],
        author_role=values["author_role"],
        letter_date=letter_date,
        introduction=values["introduction"],
        answers=answers,
    )
    field_errors = {p.field: p.message for p in problems}
    problem = ""
    if not problems:
        try:
            response = response_compose(
                actor=request.user,
                report=report,
                body=target.body,
                force=target.force,
                author_name=values["author_name"],
                author_role=values["author_role"],
                letter_date=letter_date,
                introduction=values["introduction"],
                answers=answers,
                token=values["token"],
            )
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            problem = exc.message
            values["token"] = uuid.uuid4().hex
        else:
            messages.success(request, "Your response was saved as a draft. Check each item, then confirm it.")
            return redirect("response-detail", response_id=response.pk)
    anchors = {"letter_date": "#letter_date-day"}
    context["errors"] = [(anchors.get(p.field, f"#{p.field}"), p.message) for p in problems]
    if problem:
        context["errors"].append(("#author_name", problem))
    context["values"] = values
    context["field_errors"] = field_errors
    context["rows"] = _compose_rows(prefill, posted, field_errors)
    return render(request, "web/response_compose.html", context, status=409 if problem else 400)


@require_safe
def response_letter(request: HttpRequest, response_id: str, fmt: str) -> HttpResponse:
    """The letter of a confirmed or published response as a printable page, a Word document or a PDF,
    for whoever may see the response."""
    response = _response_or_404(request, int(response_id))
    if response.state not in (ResponseState.CONFIRMED, ResponseState.PUBLISHED):
        message = "The letter is generated from a confirmed or published response: " + (
            "confirm the draft first." if response.state == ResponseState.DRAFT else "this one was withdrawn."
        )
        return render(request, "web/forbidden.html", {"message": message}, status=409)
    letter = letter_of(response)
    if fmt == "html":
        download = HttpResponse(letter_html(letter, request=request), content_type=LETTER_FORMATS["html"])
    else:
        try:
            body = letter_docx(letter) if fmt == "docx" else letter_pdf(letter)
        except PdfUnavailable as exc:
            return render(request, "web/forbidden.html", {"message": exc.message}, status=503)
        download = HttpResponse(body, content_type=LETTER_FORMATS[fmt])
        download["Content-Disposition"] = f'attachment; filename="{letter.filename_stem}.{fmt}"'
    if response.state != ResponseState.PUBLISHED:
        download["Cache-Control"] = "private, no-store"  # not public yet: kept by no shared cache
    return download
