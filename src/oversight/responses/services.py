"""Writes of responses: a draft from an ingested letter, a person's confirmation, publication.

Nothing read by the pipeline counts as the organisation's stance until a person confirms it:
drafts are kept apart (state ``draft``) and only confirmed or published responses are used by
the rest of the product.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from oversight.accounts.access import viewer_for
from oversight.accounts.models import Role
from oversight.core import storage
from oversight.core.audit import as_actor
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.access import reports_visible_to
from oversight.reports.models import Finding, Report
from oversight.responses.access import can_publish_response, can_review_response, can_upload_letters
from oversight.responses.letters import day_text
from oversight.responses.models import Response, ResponseItem, ResponseState
from oversight_ingest.result import ClaimedStatus, LetterResult, Stance, Voice

STANCES = frozenset(s.value for s in Stance)
CLAIMED_STATUSES = frozenset(s.value for s in ClaimedStatus)
WITHDRAWAL_REASON_MAX = 2000


def _letter_date(value: str | None) -> tuple[dt.date | None, str]:
    if not value:
        return None, ""
    try:
        return dt.date.fromisoformat(value), value
    except ValueError:
        return None, value  # a month only ("2025-07")


@dataclass(frozen=True, slots=True)
class UploadProblem:
    field: str  # "letter" or "report"
    message: str
    status: int  # the HTTP status the API answers with


def letter_upload_check(*, user: Any, report_key: str | None, data_file: UploadedFile | None) -> list[UploadProblem]:
    """Who may upload a letter, what file, and which report they may name: the one check for the web
    form and the API, made before anything is stored.

    Policing-body editors and approvers (and national roles) upload letters (:class:`NotAllowed`
    otherwise). The report, when named, must be one the uploader can see: a published report, or a
    draft for national roles only, so an unknown key and another's draft get the same answer."""
    if not can_upload_letters(user):
        raise NotAllowed("Only policing-body editors and approvers can upload response letters.")
    problems = []
    if data_file is None or not data_file.size:
        problems.append(UploadProblem("letter", "Select a letter to upload", 400))
    elif data_file.size > settings.MAX_UPLOAD_BYTES:
        limit = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
        problems.append(UploadProblem("letter", f"The selected file must be smaller than {limit} MB", 413))
    if report_key is not None and not reports_visible_to(user).filter(key=report_key).exists():
        problems.append(
            UploadProblem("report", "Select a report from the list, or leave it to be worked out from the letter", 400)
        )
    return problems


UPLOADS_FOLDER = "uploads"


@dataclass(frozen=True, slots=True)
class StoredUpload:
    name: str  # in the upload storage: ``uploads/<uuid>/<file name>``
    filename: str  # the uploader's file name, reduced to its last component
    sha256: str


def _upload_filename(raw: str | None) -> str:
    name = Path((raw or "").replace("\\", "/")).name
    name = "".join(c for c in name if c.isprintable() and c != "\x00")[:200]
    return name if name not in ("", ".", "..") else "letter"


def upload_store(*, data_file: UploadedFile) -> StoredUpload:
    """Keep an uploaded letter in its own folder ``uploads/<uuid>`` of the upload storage for the
    ingestion task (``core.storage``: the same for every web and worker process).

    The name is reduced to its last component (no folders from the client) and kept short. If
    writing fails part-way, nothing is left behind. The ingestion task removes the file when it
    has read the letter (see :func:`upload_discard`)."""
    filename = _upload_filename(data_file.name)
    name = f"{UPLOADS_FOLDER}/{uuid.uuid4().hex}/{filename}"
    sha256 = storage.store_chunks(data_file.chunks(), name)
    return StoredUpload(name=name, filename=filename, sha256=sha256)


def upload_discard(*, name: str) -> None:
    """Remove a stored upload (and its folder): once read (the draft keeps the text), refused or failed."""
    parts = PurePosixPath(name).parts
    if len(parts) == 3 and parts[0] == UPLOADS_FOLDER:  # only ever a file kept by upload_store
        storage.discard(name, folder=True)


def _organisation(slug: str | None, kind: str) -> Organisation | None:
    """The organisation a letter names, by its stable slug (a renamed body is still found)."""
    return Organisation.objects.filter(slug=slug[:200], kind=kind).first() if slug else None


@transaction.atomic
def response_create_draft(
    *, actor: Any | None, result: LetterResult, text: str, filename: str, sha256: str = ""
) -> Response:
    """Record what the pipeline read from a letter as a draft awaiting review.

    The same file (by its SHA-256) already awaiting review as a draft for the same body and report
    is returned instead of a second draft, also when two uploads of it are read at the same moment."""
    if not result.ok:
        raise InvalidChange(f"{filename}: the letter could not be read ({result.error}).")
    if not (result.report and result.report.matched and result.report.key):
        raise InvalidChange(f"{filename}: the letter does not answer a registered report, so no draft was made.")
    report = Report.objects.filter(key=result.report.key).first()
    if report is None:
        raise InvalidChange(f"{filename}: the report {result.report.key!r} is not registered here.")
    org = result.organisation
    body = _organisation(org.slug, OrganisationKind.POLICING_BODY) if org else None
    if body is None:
        raise InvalidChange(f"{filename}: the writer of the letter was not recognised as a policing body.")
    if actor is not None:
        viewer = viewer_for(actor)
        if not (viewer.is_national or viewer.has_role(body.pk, Role.BODY_EDITOR, Role.APPROVER)):
            raise NotAllowed(f"{filename}: the letter is from {body.name}; only its editors can record it.")
    force = _organisation(org.force_slug, OrganisationKind.FORCE) if org else None
    if sha256:
        existing = Response.objects.filter(
            organisation=body, report=report, source_sha256=sha256, state=ResponseState.DRAFT
        ).first()
        if existing is not None:
            return existing
    letter_date, letter_date_text = _letter_date(result.date)
    response = Response(
        report=report,
        organisation=body,
        force=force,
        author_name=(result.author.name or "") if result.author else "",
        author_role=(result.author.role or "") if result.author else "",
        letter_date=letter_date,
        letter_date_text=letter_date_text,
        source_filename=filename[:255],
        source_format=result.format or "",
        text=text,
        extraction=result.to_json(),
        flags=list(result.flags),
        source_sha256=sha256,
        created_by=actor,
    )
    try:
        with transaction.atomic():
            as_actor(response, actor).save()
    except IntegrityError:
        # The same file was read into a draft by another upload a moment ago: that one stands.
        existing = Response.objects.filter(
            organisation=body, report=report, source_sha256=sha256, state=ResponseState.DRAFT
        ).first()
        if existing is None:
            raise
        return existing
    findings = {(f.reference, f.kind): f for f in report.findings.all()}
    items = []
    for item in result.items:
        finding = findings.get((item.recommendation, item.kind))
        if finding is None:
            continue
        items.append(
            ResponseItem(
                response=response,
                finding=finding,
                label_in_letter=item.label_in_letter or "",
                stance=Stance(str(item.stance)),
                claimed_status=ClaimedStatus(str(item.status)),
                stance_by=str(item.stance_by or ""),
                chief_constable_stance=str(item.chief_constable_stance or ""),
                status_by=str(item.status_by or ""),
                confidence=item.confidence,
                span_start=item.span.start if item.span else None,
                span_end=item.span.end if item.span else None,
                claims=[c.to_json() for c in item.claims],
                initiatives=_initiatives_within(result, item.span),
            )
        )
    bulk_create_with_history(items, ResponseItem, default_user=actor)
    return response


def _initiatives_within(result: LetterResult, span: Any) -> list[dict[str, Any]]:
    """The letter's named initiatives that lie in this item's passage: its good practice."""
    if span is None:
        return []
    return [i.to_json() for i in result.initiatives if span.start <= i.span.start and i.span.end <= span.end]


@dataclass(slots=True)
class IngestOutcome:
    """What reading one letter produced: the pipeline's result, and the draft if one was made."""

    result: LetterResult
    response: Response | None
    problem: str | None
    existing_draft: bool = False  # the same file already awaited review as this draft

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.result.file,
            "ok": self.result.ok and self.response is not None,
            "response_id": self.response.pk if self.response else None,
            "existing_draft": self.existing_draft,
            "problem": self.problem,
            "result": self.result.to_json(),
        }


def response_ingest_file(
    *,
    actor: Any | None,
    path: Path,
    filename: str,
    report_key: str | None = None,
    sha256: str = "",
    force_report: bool = False,
) -> IngestOutcome:
    """Run the ingestion pipeline over a file on the local disk and record a draft response for review.

    The letter is matched against the reports the uploader may see (every report for the system).
    With ``report_key`` and ``force_report``, a letter that names another report is aligned against
    ``report_key`` all the same (the draft says so in its warnings).
    The file is left as it is: the ingestion task removes an upload once this returns (the draft
    keeps the text it was read from, and a refused letter leaves nothing behind)."""
    from oversight.responses.selectors import ingest_catalogue
    from oversight_ingest.pipeline import UnknownReportError, read_path

    try:
        result, doc = read_path(
            path,
            ingest_catalogue(user=actor),
            report_key=report_key,
            max_bytes=settings.MAX_UPLOAD_BYTES,
            file=filename,
            force_report=force_report and report_key is not None,
        )
    except UnknownReportError:
        failed = LetterResult(file=filename, ok=False, error=f"No registered report {report_key!r}.")
        return IngestOutcome(failed, None, failed.error)
    if doc is None:
        return IngestOutcome(result, None, f"the letter could not be read ({result.error})")
    earlier = set(
        Response.objects.filter(source_sha256=sha256, state=ResponseState.DRAFT).values_list("pk", flat=True)
        if sha256
        else ()
    )
    try:
        response = response_create_draft(actor=actor, result=result, text=doc.text, filename=filename, sha256=sha256)
    except (InvalidChange, NotAllowed) as exc:
        return IngestOutcome(result, None, exc.message)
    return IngestOutcome(result, response, None, existing_draft=response.pk in earlier)


@dataclass(frozen=True, slots=True)
class ItemDecision:
    """A reviewer's decision on one item: its stance and status, and the finding its passage answers
    (``finding_id`` None keeps it; ``drop`` unlinks the passage from every finding)."""

    stance: str
    claimed_status: str
    finding_id: int | None = None
    drop: bool = False


def _locked(response: Response) -> Response:
    """The response re-read under a row lock, so concurrent state changes queue and see each other."""
    return Response.objects.select_for_update().select_related("organisation", "report").get(pk=response.pk)


@transaction.atomic
def response_confirm(
    *, actor: Any, response: Response, decisions: Mapping[int, ItemDecision] | None = None
) -> Response:
    """A person confirms (and may correct) each item's stance and status; the draft becomes the record.

    The state is checked again under the row lock: of several confirmations sent at once one wins,
    the others are told it has already been confirmed."""
    if not can_review_response(actor, response):
        raise NotAllowed(f"Only editors of {response.organisation} can confirm this response.")
    for asked in (decisions or {}).values():
        if asked.stance not in STANCES:
            raise InvalidChange(f"{asked.stance!r} is not a stance: use one of {', '.join(sorted(STANCES))}.")
        if asked.claimed_status not in CLAIMED_STATUSES:
            allowed = ", ".join(sorted(CLAIMED_STATUSES))
            raise InvalidChange(f"{asked.claimed_status!r} is not a claimed status: use one of {allowed}.")
    response = _locked(response)
    if response.state != ResponseState.DRAFT:
        raise InvalidChange(
            f"This response has already been confirmed (it is now {response.get_state_display().lower()}),"
            " so it cannot be confirmed again."
            if response.state != ResponseState.WITHDRAWN
            else "This response was withdrawn and cannot be confirmed again."
        )
    _apply_decisions(actor, response, decisions or {})
    response.state = ResponseState.CONFIRMED
    response.confirmed_by = actor
    response.confirmed_at = timezone.now()
    as_actor(response, actor).save(update_fields=["state", "confirmed_by", "confirmed_at"])
    return response


def _apply_decisions(actor: Any, response: Response, decisions: Mapping[int, ItemDecision]) -> None:
    """Correct stances and statuses, and re-link passages to other findings (or to none).

    A passage moved to another finding is recorded as the old item removed and a new one made, so a
    swap of two passages never meets the one-item-per-finding rule half-way; both show in the audit."""
    items = list(response.items.select_related("finding"))
    findings = {f.pk: f for f in response.report.findings.all()}
    targets: dict[int, int | None] = {}
    for item in items:
        decision = decisions.get(item.pk)
        if decision is not None and decision.drop:
            targets[item.pk] = None
        elif decision is not None and decision.finding_id is not None:
            if decision.finding_id not in findings:
                raise InvalidChange(f"Finding {decision.finding_id} is not part of {response.report}.")
            targets[item.pk] = decision.finding_id
        else:
            targets[item.pk] = item.finding_id
    linked = [t for t in targets.values() if t is not None]
    for finding_id in {t for t in linked if linked.count(t) > 1}:
        raise InvalidChange(
            f"Two passages are linked to {findings[finding_id].short_label}: link each finding to one passage."
        )
    moved: list[ResponseItem] = []
    for item in items:
        decision = decisions.get(item.pk)
        if decision and (decision.stance, decision.claimed_status) != (item.stance, item.claimed_status):
            item.stance = Stance(decision.stance)
            item.claimed_status = ClaimedStatus(decision.claimed_status)
            if targets[item.pk] == item.finding_id:
                as_actor(item, actor).save(update_fields=["stance", "claimed_status"])
        target = targets[item.pk]
        if target != item.finding_id:
            as_actor(item, actor).delete()
            if target is not None:
                item.pk = None
                item.finding = findings[target]
                moved.append(item)
    if moved:
        bulk_create_with_history(moved, ResponseItem, default_user=actor)


@transaction.atomic
def response_publish(*, actor: Any, response: Response) -> Response:
    """Make a confirmed response public. Publishing twice, or a draft, is refused under the row lock."""
    if not can_publish_response(actor, response):
        raise NotAllowed(f"Only approvers of {response.organisation} can publish this response.")
    response = _locked(response)
    if response.state == ResponseState.PUBLISHED:
        raise InvalidChange("This response is already published.")
    if response.state != ResponseState.CONFIRMED:
        raise InvalidChange("Confirm the response before publishing it.")
    response.state = ResponseState.PUBLISHED
    as_actor(response, actor).save(update_fields=["state"])
    return response


@transaction.atomic
def response_withdraw(*, actor: Any, response: Response, reason: str) -> Response:
    """Take a published response out of public view: the only way publication is undone, by an
    approver, with a reason kept in the audit trail."""
    if not can_publish_response(actor, response):
        raise NotAllowed(f"Only approvers of {response.organisation} can withdraw this response.")
    reason = reason.strip()
    if not reason:
        raise InvalidChange("Enter why the response is being withdrawn.")
    if len(reason) > WITHDRAWAL_REASON_MAX:
        raise InvalidChange(f"The reason must be {WITHDRAWAL_REASON_MAX} characters or fewer.")
    response = _locked(response)
    if response.state != ResponseState.PUBLISHED:
        raise InvalidChange("Only a published response can be withdrawn.")
    response.state = ResponseState.WITHDRAWN
    response.withdrawn_by = actor
    response.withdrawn_at = timezone.now()
    response.withdrawal_reason = reason
    response._change_reason = reason  # type: ignore[attr-defined]  # read by simple_history
    as_actor(response, actor).save(update_fields=["state", "withdrawn_by", "withdrawn_at", "withdrawal_reason"])
    return response


# Composing a response in Oversight ------------------------------------------------------------------

COMPOSE_TEXT_MAX = 5000  # characters of the introduction and of each comment
COMPOSE_NAME_MAX = 200
COMPOSE_ROLE_MAX = 300
COMPOSED = "composed"


@dataclass(frozen=True, slots=True)
class ComposeAnswer:
    """What the body says on one finding: its stance, the status it claims, and its comment."""

    finding_id: int
    stance: str
    claimed_status: str
    comment: str = ""


@dataclass(frozen=True, slots=True)
class ComposeProblem:
    """A value the composer must correct: ``field`` is the form's field id (``stance-<finding id>``, …)."""

    field: str
    message: str


def compose_check(
    *,
    report: Report,
    findings: list[Finding],
    author_name: str,
    author_role: str,
    letter_date: dt.date | None,
    introduction: str,
    answers: list[ComposeAnswer],
) -> list[ComposeProblem]:
    """Every value of a composed response, checked against the findings addressed to the force: the
    one check for the web form, the API and the service."""
    problems = _compose_letter_problems(
        report=report, author_name=author_name, author_role=author_role, letter_date=letter_date
    )
    if len(introduction) > COMPOSE_TEXT_MAX:
        problems.append(
            ComposeProblem("introduction", f"The introduction must be {COMPOSE_TEXT_MAX} characters or fewer")
        )
    return problems + _compose_answer_problems(findings=findings, answers=answers)


def _compose_letter_problems(
    *, report: Report, author_name: str, author_role: str, letter_date: dt.date | None
) -> list[ComposeProblem]:
    problems = []
    if not author_name.strip():
        problems.append(ComposeProblem("author_name", "Enter the name of the person signing the letter"))
    elif len(author_name) > COMPOSE_NAME_MAX:
        problems.append(ComposeProblem("author_name", f"The name must be {COMPOSE_NAME_MAX} characters or fewer"))
    if len(author_role) > COMPOSE_ROLE_MAX:
        problems.append(ComposeProblem("author_role", f"The role must be {COMPOSE_ROLE_MAX} characters or fewer"))
    if letter_date is None:
        problems.append(ComposeProblem("letter_date", "Enter the date of the letter, for example 27 3 2026"))
    elif report.published and letter_date < report.published:
        published = day_text(report.published)
        problems.append(
            ComposeProblem("letter_date", f"The letter date must be on or after the report's publication, {published}")
        )
    elif letter_date > timezone.localdate() + dt.timedelta(days=365):
        problems.append(ComposeProblem("letter_date", "The letter date must be within a year from today"))
    return problems


def _compose_answer_problems(*, findings: list[Finding], answers: list[ComposeAnswer]) -> list[ComposeProblem]:
    from oversight.responses.compose import COMPOSE_STANCES

    problems = []
    stances = {s.value for s in COMPOSE_STANCES}
    by_finding: dict[int, list[ComposeAnswer]] = {}
    for one in answers:
        by_finding.setdefault(one.finding_id, []).append(one)
    known = {f.pk for f in findings}
    for finding_id in sorted(set(by_finding) - known):
        problems.append(
            ComposeProblem(f"stance-{finding_id}", f"Finding {finding_id} is not addressed to this force in the report")
        )
    for finding in findings:
        given = by_finding.get(finding.pk, [])
        label = finding.short_label
        if len(given) > 1:
            problems.append(ComposeProblem(f"stance-{finding.pk}", f"Answer {label} once"))
            continue
        answer = given[0] if given else None
        if answer is None or answer.stance not in stances:
            problems.append(ComposeProblem(f"stance-{finding.pk}", f"Select your stance on {label}"))
        if answer is not None and answer.claimed_status not in CLAIMED_STATUSES:
            problems.append(ComposeProblem(f"status-{finding.pk}", f"Select the status you claim for {label}"))
        if answer is not None and len(answer.comment) > COMPOSE_TEXT_MAX:
            problems.append(
                ComposeProblem(
                    f"comment-{finding.pk}", f"The comment on {label} must be {COMPOSE_TEXT_MAX} characters or fewer"
                )
            )
    return problems


def compose_token_digest(token: str) -> str:
    """What a composed draft keeps in ``source_sha256``: one draft per submission of the form."""
    import hashlib

    return hashlib.sha256(f"{COMPOSED}:{token}".encode()).hexdigest()


@transaction.atomic
def response_compose(
    *,
    actor: Any,
    report: Report,
    body: Organisation,
    force: Organisation,
    author_name: str,
    author_role: str,
    letter_date: dt.date | None,
    introduction: str,
    answers: list[ComposeAnswer],
    token: str,
) -> Response:
    """Write a response in Oversight: the letter's text is composed from the answers (each item's
    evidence is its own section) and recorded as a draft for the usual review, confirmation and
    publication.

    Only an editor or approver of ``body``, for a force the body oversees that the published report
    addresses. The submission ``token`` makes a form sent twice give one draft: a draft already made
    with it is returned."""
    from oversight.responses.compose import compose_targets
    from oversight.responses.letters import ComposedSection, compose_text

    if not any(t.body.pk == body.pk and t.force.pk == force.pk for t in compose_targets(user=actor, report=report)):
        raise NotAllowed(f"Only editors and approvers of {body.name} can write its response about {force.name}.")
    try:
        token = str(uuid.UUID(str(token)))
    except ValueError:
        raise InvalidChange("The form has expired: reload the page and send it again.") from None
    digest = compose_token_digest(token)
    existing = Response.objects.filter(organisation=body, report=report, source_sha256=digest).first()
    if existing is not None:
        return existing
    findings = list(report.findings.filter(obligations__organisation=force).order_by("position", "pk").distinct())
    problems = compose_check(
        report=report,
        findings=findings,
        author_name=author_name,
        author_role=author_role,
        letter_date=letter_date,
        introduction=introduction,
        answers=answers,
    )
    if problems or letter_date is None:
        raise InvalidChange(f"{problems[0].message}." if problems else "Enter the date of the letter.")
    by_finding = {a.finding_id: a for a in answers}
    sections = [
        ComposedSection(f, by_finding[f.pk].stance, by_finding[f.pk].claimed_status, by_finding[f.pk].comment)
        for f in findings
    ]
    text, spans = compose_text(
        body_name=body.name,
        letter_date=letter_date,
        report_title=report.title,
        introduction=introduction,
        sections=sections,
        author_name=author_name,
        author_role=author_role,
    )
    flags = []
    due = report.response_due
    if due and letter_date > due:
        flags.append("late_response")
    response = Response(
        report=report,
        organisation=body,
        force=force,
        author_name=author_name.strip(),
        author_role=author_role.strip(),
        letter_date=letter_date,
        letter_date_text=letter_date.isoformat(),
        source_filename="",
        source_format=COMPOSED,
        source_sha256=digest,
        text=text,
        extraction={
            COMPOSED: {
                "introduction": introduction.strip(),
                "comments": {str(s.finding.pk): s.comment.strip() for s in sections},
            },
            "unanswered": [],
            "warnings": [],
            "initiatives": [],
        },
        flags=flags,
        created_by=actor,
    )
    try:
        with transaction.atomic():
            as_actor(response, actor).save()
    except IntegrityError:
        # The same form was sent again a moment ago: that draft stands.
        existing = Response.objects.filter(organisation=body, report=report, source_sha256=digest).first()
        if existing is None:
            raise
        return existing
    items = [
        ResponseItem(
            response=response,
            finding=section.finding,
            label_in_letter=f"{section.finding.get_kind_display()} {section.finding.reference}",
            stance=Stance(section.stance),
            claimed_status=ClaimedStatus(section.claimed_status),
            stance_by=Voice.POLICING_BODY,
            status_by=Voice.POLICING_BODY,
            confidence=1.0,
            span_start=start,
            span_end=end,
        )
        for section, (start, end) in zip(sections, spans, strict=True)
    ]
    bulk_create_with_history(items, ResponseItem, default_user=actor)
    return response
