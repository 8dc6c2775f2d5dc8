"""API: responses — ingest a letter into a draft, review and confirm it, publish it."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django_tasks.exceptions import TaskResultDoesNotExist
from ninja import Field, File, Form, Router, Schema, Status
from ninja.files import UploadedFile

from oversight.api.auth import optional_user, required_user
from oversight.api.schemas import BodyIn, Error, ValidationProblem
from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.reports.access import access_report_by_key
from oversight.responses.access import access_response_by_id, responses_visible_to
from oversight.responses.compose import compose_target, default_introduction
from oversight.responses.letters import (
    LETTER_FORMATS,
    PdfUnavailable,
    letter_docx,
    letter_html,
    letter_of,
    letter_pdf,
)
from oversight.responses.models import Response, ResponseState
from oversight.responses.services import (
    COMPOSE_NAME_MAX,
    COMPOSE_ROLE_MAX,
    COMPOSE_TEXT_MAX,
    WITHDRAWAL_REASON_MAX,
    ComposeAnswer,
    ItemDecision,
    compose_check,
    letter_upload_check,
    response_compose,
    response_confirm,
    response_publish,
    response_withdraw,
)
from oversight.responses.tasks import ingest_letter, ingest_letter_enqueue
from oversight_ingest.result import ClaimedStatus, Stance

router = Router(tags=["responses"], auth=optional_user)


class ResponseOut(Schema):
    id: int
    report: str
    organisation: str
    force: str | None
    state: str
    author_name: str
    author_role: str
    letter_date: str
    flags: list[str]


class ItemOut(Schema):
    id: int
    finding: str
    label_in_letter: str
    stance: str
    stance_by: str
    chief_constable_stance: str
    claimed_status: str
    status_by: str
    initiatives: list[dict[str, Any]]
    confidence: float
    evidence: str
    claims: list[dict[str, Any]]


class ResponseDetailOut(ResponseOut):
    items: list[ItemOut]
    unanswered: list[str]
    warnings: list[str]


class IngestOut(Schema):
    task_id: str
    status: str
    outcome: dict[str, Any] | None


class DecisionIn(BodyIn):
    item_id: int = Field(ge=1, le=2**62)
    stance: Stance
    claimed_status: ClaimedStatus
    finding_id: int | None = Field(
        default=None, ge=1, le=2**62, description="Re-link the passage to another finding of the report"
    )
    drop: bool = Field(default=False, description="Unlink the passage from every finding")


class WithdrawIn(BodyIn):
    reason: str = Field(min_length=1, max_length=WITHDRAWAL_REASON_MAX)


class ConfirmIn(BodyIn):
    decisions: list[DecisionIn] = Field(default_factory=list, max_length=1000)


def _out(r: Response) -> dict[str, Any]:
    return {
        "id": r.pk,
        "report": r.report.key,
        "organisation": r.organisation.name,
        "force": r.force.name if r.force else None,
        "state": r.state,
        "author_name": r.author_name,
        "author_role": r.author_role,
        "letter_date": r.letter_date.isoformat() if r.letter_date else r.letter_date_text,
        "flags": r.flags,
    }


def _detail(r: Response) -> dict[str, Any]:
    items = [
        {
            "id": i.pk,
            "finding": i.finding.short_label,
            "label_in_letter": i.label_in_letter,
            "stance": i.stance,
            "stance_by": i.stance_by,
            "chief_constable_stance": i.chief_constable_stance,
            "claimed_status": i.claimed_status,
            "status_by": i.status_by,
            "initiatives": i.initiatives,
            "confidence": i.confidence,
            "evidence": r.text[i.span_start : i.span_end] if i.span_start is not None else "",
            "claims": i.claims,
        }
        for i in r.items.select_related("finding")
    ]
    return {
        **_out(r),
        "items": items,
        "unanswered": r.extraction.get("unanswered", []),
        "warnings": r.extraction.get("warnings", []),
    }


@router.post(
    "/ingest",
    auth=required_user,
    response={202: IngestOut, 400: Error, 401: Error, 403: Error, 422: ValidationProblem, 413: Error},
)
def ingest(
    request: HttpRequest,
    file: File[UploadedFile | None] = None,
    report: Form[str | None] = None,
    force_report: Form[bool] = False,
) -> Status[Any]:
    """Upload a letter (PDF, DOCX, HTML, text). It is read in the background into a draft response;
    nothing counts as the organisation's stance until a person confirms the draft. Policing-body
    editors and approvers only; ``report``, when given, must be a report the caller can see. A letter
    that names another report than ``report`` is not aligned (its outcome carries a
    ``report_mismatch`` warning) unless ``force_report`` is true."""
    problems = letter_upload_check(user=request.user, report_key=report or None, data_file=file)
    if problems or file is None:
        worst = max(problems, key=lambda p: p.status)
        return Status(worst.status, {"detail": "; ".join(p.message for p in problems) + "."})
    result = ingest_letter_enqueue(
        user=request.user, data_file=file, report_key=report or None, force_report=bool(force_report)
    )
    outcome = result.return_value if result.is_finished else None
    return Status(202, {"task_id": str(result.id), "status": str(result.status), "outcome": outcome})


@router.get(
    "/ingest/{task_id}",
    auth=required_user,
    response={200: IngestOut, 400: Error, 401: Error, 422: ValidationProblem, 404: Error},
)
def ingest_progress(request: HttpRequest, task_id: str) -> dict[str, Any]:
    """How a queued letter is getting on (with ``TASKS_BACKEND=database``); the outcome once done.
    Only the person who uploaded it may ask."""
    try:
        result = ingest_letter.get_result(task_id)
    except (NotImplementedError, TaskResultDoesNotExist, ValueError, ValidationError):
        raise NotFound(
            "No queued letter with that id (with the in-process backend, results come back at once)."
        ) from None
    if result.kwargs.get("user_id") != request.user.pk:
        raise NotFound("No queued letter with that id.")
    outcome = result.return_value if result.is_finished and str(result.status) == "SUCCESSFUL" else None
    return {"task_id": str(result.id), "status": str(result.status), "outcome": outcome}


@router.get("", response={200: list[ResponseOut], 400: Error, 401: Error, 422: ValidationProblem})
def list_responses(request: HttpRequest, report: str | None = None) -> list[dict[str, Any]]:
    """Published responses, and the drafts of the caller's own organisation."""
    qs = responses_visible_to(request.user)
    if report:
        qs = qs.filter(report__key=report)
    return [_out(r) for r in qs[:1000]]


@router.get(
    "/{response_id}", response={200: ResponseDetailOut, 400: Error, 401: Error, 422: ValidationProblem, 404: Error}
)
def get_response(request: HttpRequest, response_id: int) -> dict[str, Any]:
    return _detail(access_response_by_id(request.user, response_id))


@router.post(
    "/{response_id}/confirm",
    auth=required_user,
    response={
        200: ResponseDetailOut,
        400: Error,
        401: Error,
        422: ValidationProblem,
        403: Error,
        404: Error,
        409: Error,
        415: Error,
    },
)
def confirm(request: HttpRequest, response_id: int, payload: ConfirmIn) -> dict[str, Any]:
    """Confirm a draft, correcting any item's stance or claimed status first."""
    response = access_response_by_id(request.user, response_id)
    decisions = {
        d.item_id: ItemDecision(str(d.stance), str(d.claimed_status), finding_id=d.finding_id, drop=d.drop)
        for d in payload.decisions
    }
    valid = set(response.items.values_list("pk", flat=True))
    if set(decisions) - valid:
        raise InvalidChange(f"Items {sorted(set(decisions) - valid)} are not part of this response.")
    return _detail(response_confirm(actor=request.user, response=response, decisions=decisions))


@router.post(
    "/{response_id}/publish",
    auth=required_user,
    response={200: ResponseOut, 400: Error, 401: Error, 422: ValidationProblem, 403: Error, 404: Error, 409: Error},
)
def publish(request: HttpRequest, response_id: int) -> dict[str, Any]:
    response = access_response_by_id(request.user, response_id)
    return _out(response_publish(actor=request.user, response=response))


@router.post(
    "/{response_id}/withdraw",
    auth=required_user,
    response={
        200: ResponseOut,
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        409: Error,
        415: Error,
        422: ValidationProblem,
    },
)
def withdraw(request: HttpRequest, response_id: int, payload: WithdrawIn) -> dict[str, Any]:
    """Take a published response out of public view, with the reason (its policing body's approvers)."""
    response = access_response_by_id(request.user, response_id)
    return _out(response_withdraw(actor=request.user, response=response, reason=payload.reason))


# Writing a response in Oversight, and its letter ---------------------------------------------------

ComposeStanceIn = Literal["agree", "accept", "support", "note", "partially_agree", "disagree"]


class ComposeAnswerIn(BodyIn):
    finding_id: int = Field(ge=1, le=2**62, description="A finding of the report addressed to the force")
    stance: ComposeStanceIn
    claimed_status: ClaimedStatus
    comment: str = Field(default="", max_length=COMPOSE_TEXT_MAX)


class ComposeIn(BodyIn):
    report: str = Field(min_length=1, max_length=63, description="The report's key")
    force: str | None = Field(
        default=None, max_length=200, description="The force's slug, when the body oversees several"
    )
    author_name: str = Field(min_length=1, max_length=COMPOSE_NAME_MAX)
    author_role: str = Field(default="", max_length=COMPOSE_ROLE_MAX)
    letter_date: dt.date
    introduction: str | None = Field(
        default=None, max_length=COMPOSE_TEXT_MAX, description="Left out: a sentence naming the report and section 55"
    )
    answers: list[ComposeAnswerIn] = Field(max_length=1000, description="One answer per finding addressed to the force")
    token: uuid.UUID | None = Field(
        default=None, description="A submission token: sent again with the same token, the same draft is returned"
    )


def _problem_location(field_name: str, answers: list[ComposeAnswerIn]) -> list[str | int]:
    """Where a problem lies in the request body, in the form of ninja's own 422 answers."""
    kind, _, finding = field_name.partition("-")
    if not finding:
        return ["body", "payload", field_name]
    index = next((n for n, a in enumerate(answers) if str(a.finding_id) == finding), None)
    if index is None:
        return ["body", "payload", "answers"]
    return ["body", "payload", "answers", index, {"stance": "stance", "status": "claimed_status"}.get(kind, kind)]


@router.post(
    "/compose",
    auth=required_user,
    response={
        201: ResponseDetailOut,
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        409: Error,
        415: Error,
        422: ValidationProblem,
    },
)
def compose(request: HttpRequest, payload: ComposeIn) -> Status[Any]:
    """Write the policing body's response to a report: a stance, claimed status and comment for every
    finding addressed to the force. The letter's text is composed from them and recorded as a draft
    for review, confirmation and publication. Editors and approvers of the body only. A value the
    report does not allow (a finding not addressed to the force, one left out, a date before the
    report's publication) is answered 422 naming the field."""
    report = access_report_by_key(request.user, payload.report)
    target = compose_target(user=request.user, report=report, force_slug=payload.force or "")
    if target is None:
        raise NotAllowed(
            "Only editors and approvers of a policing body that oversees a force this published report addresses"
            " can write its response."
        )
    findings = list(
        report.findings.filter(obligations__organisation=target.force).order_by("position", "pk").distinct()
    )
    answers = [ComposeAnswer(a.finding_id, str(a.stance), str(a.claimed_status), a.comment) for a in payload.answers]
    introduction = (
        payload.introduction
        if payload.introduction is not None
        else default_introduction(report=report, body=target.body, force=target.force)
    )
    problems = compose_check(
        report=report,
        findings=findings,
        author_name=payload.author_name,
        author_role=payload.author_role,
        letter_date=payload.letter_date,
        introduction=introduction,
        answers=answers,
    )
    if problems:
        detail = [
            {"loc": _problem_location(p.field, payload.answers), "msg": p.message, "type": "value_error"}
            for p in problems
        ]
        return Status(422, {"detail": detail})
    response = response_compose(
        actor=request.user,
        report=report,
        body=target.body,
        force=target.force,
        author_name=payload.author_name,
        author_role=payload.author_role,
        letter_date=payload.letter_date,
        introduction=introduction,
        answers=answers,
        token=str(payload.token or uuid.uuid4()),
    )
    return Status(201, _detail(response))


# Django tries the paths in order: "/compose" goes before "/{response_id}", which would take "compose" for an id.
router.path_operations = {"/compose": router.path_operations.pop("/compose"), **router.path_operations}


@router.get(
    "/{response_id}/letter",
    response={200: None, 400: Error, 401: Error, 404: Error, 409: Error, 422: ValidationProblem, 503: Error},
)
def letter(request: HttpRequest, response_id: int, format: Literal["html", "docx", "pdf"] = "html") -> HttpResponse:
    """The letter of a confirmed or published response, generated from the record, as a web page,
    a Word document or a PDF, with its classification marking. Whoever may see the response may
    download it; a draft has no letter yet (409)."""
    response = access_response_by_id(request.user, response_id)
    if response.state not in (ResponseState.CONFIRMED, ResponseState.PUBLISHED):
        raise InvalidChange("The letter is generated from a confirmed or published response.")
    document = letter_of(response)
    if format == "html":
        body: str | bytes = letter_html(document, for_print=True)
    else:
        try:
            body = letter_docx(document) if format == "docx" else letter_pdf(document)
        except PdfUnavailable as exc:
            return JsonResponse({"detail": exc.message}, status=503)
    answer = HttpResponse(body, content_type=LETTER_FORMATS[format])
    answer["Content-Disposition"] = f'attachment; filename="{document.filename_stem}.{format}"'
    answer["Cache-Control"] = "private, no-store"
    return answer
