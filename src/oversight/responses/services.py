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
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from oversight.accounts.access import viewer_for
from oversight.accounts.models import Role
from oversight.core.audit import as_actor
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.models import Report
from oversight.responses.access import can_publish_response, can_review_response
from oversight.responses.models import Response, ResponseItem, ResponseState
from oversight_ingest.result import ClaimedStatus, LetterResult, Stance


def _letter_date(value: str | None) -> tuple[dt.date | None, str]:
    if not value:
        return None, ""
    try:
        return dt.date.fromisoformat(value), value
    except ValueError:
        return None, value  # a month only ("2025-07")


def upload_store(*, data_file: UploadedFile) -> Path:
    """Keep an uploaded letter in its own folder under ``MEDIA_ROOT/uploads`` for the ingestion task.

    The name is reduced to its last component (no folders from the client) and kept short."""
    folder = Path(settings.MEDIA_ROOT) / "uploads" / uuid.uuid4().hex
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(data_file.name or "letter").name[:200] or "letter"
    path = folder / name
    with path.open("wb") as out:
        for chunk in data_file.chunks():
            out.write(chunk)
    return path


@transaction.atomic
def response_create_draft(*, actor: Any | None, result: LetterResult, text: str, filename: str) -> Response:
    """Record what the pipeline read from a letter as a draft awaiting review."""
    if not result.ok:
        raise InvalidChange(f"{filename}: the letter could not be read ({result.error}).")
    if not (result.report and result.report.matched and result.report.key):
        raise InvalidChange(f"{filename}: the letter does not answer a registered report, so no draft was made.")
    report = Report.objects.filter(key=result.report.key).first()
    if report is None:
        raise InvalidChange(f"{filename}: the report {result.report.key!r} is not registered here.")
    org = result.organisation
    body = Organisation.objects.filter(name=org.name, kind=OrganisationKind.POLICING_BODY).first() if org else None
    if body is None:
        raise InvalidChange(f"{filename}: the writer of the letter was not recognised as a policing body.")
    if actor is not None:
        viewer = viewer_for(actor)
        if not (viewer.is_national or viewer.has_role(body.pk, Role.BODY_EDITOR, Role.APPROVER)):
            raise NotAllowed(f"{filename}: the letter is from {body.name}; only its editors can record it.")
    force = Organisation.objects.filter(name=org.force, kind=OrganisationKind.FORCE).first() if org else None
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
        created_by=actor,
    )
    as_actor(response, actor).save()
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
                confidence=item.confidence,
                span_start=item.span.start if item.span else None,
                span_end=item.span.end if item.span else None,
                claims=[c.to_json() for c in item.claims],
            )
        )
    bulk_create_with_history(items, ResponseItem, default_user=actor)
    return response


@dataclass(slots=True)
class IngestOutcome:
    """What reading one letter produced: the pipeline's result, and the draft if one was made."""

    result: LetterResult
    response: Response | None
    problem: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.result.file,
            "ok": self.result.ok and self.response is not None,
            "response_id": self.response.pk if self.response else None,
            "problem": self.problem,
            "result": self.result.to_json(),
        }


def response_ingest_file(
    *, actor: Any | None, path: Path, filename: str, report_key: str | None = None
) -> IngestOutcome:
    """Run the ingestion pipeline over a stored file and record a draft response for review."""
    from oversight.responses.selectors import ingest_catalogue
    from oversight_ingest.pipeline import UnknownReportError, read_path

    try:
        result, doc = read_path(
            path, ingest_catalogue(), report_key=report_key, max_bytes=settings.MAX_UPLOAD_BYTES, file=filename
        )
    except UnknownReportError:
        failed = LetterResult(file=filename, ok=False, error=f"No registered report {report_key!r}.")
        return IngestOutcome(failed, None, failed.error)
    if doc is None:
        return IngestOutcome(result, None, f"the letter could not be read ({result.error})")
    try:
        response = response_create_draft(actor=actor, result=result, text=doc.text, filename=filename)
    except (InvalidChange, NotAllowed) as exc:
        return IngestOutcome(result, None, exc.message)
    return IngestOutcome(result, response, None)


@dataclass(frozen=True, slots=True)
class ItemDecision:
    stance: str
    claimed_status: str


@transaction.atomic
def response_confirm(
    *, actor: Any, response: Response, decisions: Mapping[int, ItemDecision] | None = None
) -> Response:
    """A person confirms (and may correct) each item's stance and status; the draft becomes the record."""
    if not can_review_response(actor, response):
        raise NotAllowed(f"Only editors of {response.organisation} can confirm this response.")
    if response.state != ResponseState.DRAFT:
        raise InvalidChange("Only a draft response can be confirmed.")
    for item in response.items.all():
        decision = (decisions or {}).get(item.pk)
        if decision and (decision.stance, decision.claimed_status) != (item.stance, item.claimed_status):
            item.stance = Stance(decision.stance)
            item.claimed_status = ClaimedStatus(decision.claimed_status)
            as_actor(item, actor).save(update_fields=["stance", "claimed_status"])
    response.state = ResponseState.CONFIRMED
    response.confirmed_by = actor
    response.confirmed_at = timezone.now()
    as_actor(response, actor).save(update_fields=["state", "confirmed_by", "confirmed_at"])
    return response


@transaction.atomic
def response_publish(*, actor: Any, response: Response) -> Response:
    if not can_publish_response(actor, response):
        raise NotAllowed(f"Only approvers of {response.organisation} can publish this response.")
    if response.state != ResponseState.CONFIRMED:
        raise InvalidChange("Confirm the response before publishing it.")
    response.state = ResponseState.PUBLISHED
    as_actor(response, actor).save(update_fields=["state"])
    return response
