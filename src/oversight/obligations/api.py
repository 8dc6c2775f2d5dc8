"""API: obligations, their status workflow, actions and updates."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status

from oversight.api.auth import optional_user, required_user
from oversight.api.schemas import Error, ValidationProblem
from oversight.core.audit import audit_trail
from oversight.obligations.access import access_obligation_by_id, obligations_visible_to
from oversight.obligations.models import Obligation
from oversight.obligations.services import (
    action_create,
    obligation_publish_status,
    obligation_transition,
    update_create,
)

router = Router(tags=["obligations"], auth=optional_user)


class ObligationOut(Schema):
    id: int
    report: str
    finding: str
    organisation: str
    status: str
    published_status: str | None


class TransitionIn(Schema):
    status: str
    note: str = ""


class ActionIn(Schema):
    title: str
    owner: str = ""
    due: dt.date | None = None


class ActionOut(Schema):
    id: int
    title: str
    owner: str
    due: dt.date | None
    status: str


class ChangeOut(Schema):
    field: str
    before: str | None
    after: str | None


class AuditEventOut(Schema):
    when: dt.datetime
    who: str
    action: str
    changes: list[ChangeOut]


class UpdateIn(Schema):
    text: str


class UpdateOut(Schema):
    id: int
    text: str
    created_at: dt.datetime


def _out(o: Obligation) -> dict[str, object]:
    return {
        "id": o.pk,
        "report": o.finding.report.key,
        "finding": o.finding.short_label,
        "organisation": o.organisation.name,
        "status": o.status,
        "published_status": o.published_status,
    }


@router.get("", response={200: list[ObligationOut], 400: Error, 401: Error, 422: ValidationProblem})
def list_obligations(
    request: HttpRequest,
    report: str | None = None,
    organisation: str | None = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> list[dict[str, object]]:
    """Obligations whose full record the caller may see (their own organisation's, those they oversee)."""
    qs = obligations_visible_to(request.user)
    if report:
        qs = qs.filter(finding__report__key=report)
    if organisation:
        qs = qs.filter(organisation__slug=organisation)
    return [_out(o) for o in qs.order_by("pk")[offset : offset + limit]]


@router.get(
    "/{obligation_id}", response={200: ObligationOut, 400: Error, 401: Error, 422: ValidationProblem, 404: Error}
)
def get_obligation(request: HttpRequest, obligation_id: int) -> dict[str, object]:
    return _out(access_obligation_by_id(request.user, obligation_id))


@router.get(
    "/{obligation_id}/history",
    response={200: list[AuditEventOut], 400: Error, 401: Error, 422: ValidationProblem, 404: Error},
)
def get_obligation_history(request: HttpRequest, obligation_id: int) -> list[dict[str, object]]:
    """Every change to the obligation, newest first: who, when, and each field before and after."""
    obligation = access_obligation_by_id(request.user, obligation_id)
    return [
        {
            "when": event.when,
            "who": event.who,
            "action": event.action,
            "changes": [{"field": c.field, "before": _text(c.before), "after": _text(c.after)} for c in event.changes],
        }
        for event in audit_trail(obligation)
    ]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@router.post(
    "/{obligation_id}/transition",
    auth=required_user,
    response={200: ObligationOut, 400: Error, 401: Error, 422: ValidationProblem, 403: Error, 404: Error, 409: Error},
)
def transition(request: HttpRequest, obligation_id: int, payload: TransitionIn) -> dict[str, object]:
    obligation = access_obligation_by_id(request.user, obligation_id)
    obligation = obligation_transition(
        actor=request.user, obligation=obligation, to_status=payload.status, note=payload.note
    )
    return _out(access_obligation_by_id(request.user, obligation.pk))


@router.post(
    "/{obligation_id}/publish-status",
    auth=required_user,
    response={200: ObligationOut, 400: Error, 401: Error, 422: ValidationProblem, 403: Error, 404: Error},
)
def publish_status(request: HttpRequest, obligation_id: int) -> dict[str, object]:
    """Make the obligation's current status the one the public sees (its policing body's approvers)."""
    obligation = access_obligation_by_id(request.user, obligation_id)
    return _out(obligation_publish_status(actor=request.user, obligation=obligation))


@router.post(
    "/{obligation_id}/actions",
    auth=required_user,
    response={201: ActionOut, 400: Error, 401: Error, 422: ValidationProblem, 403: Error, 404: Error, 409: Error},
)
def add_action(request: HttpRequest, obligation_id: int, payload: ActionIn) -> Status[Any]:
    obligation = access_obligation_by_id(request.user, obligation_id)
    action = action_create(
        actor=request.user, obligation=obligation, title=payload.title, owner=payload.owner, due=payload.due
    )
    return Status(
        201, {"id": action.pk, "title": action.title, "owner": action.owner, "due": action.due, "status": action.status}
    )


@router.post(
    "/{obligation_id}/updates",
    auth=required_user,
    response={201: UpdateOut, 400: Error, 401: Error, 422: ValidationProblem, 403: Error, 404: Error, 409: Error},
)
def add_update(request: HttpRequest, obligation_id: int, payload: UpdateIn) -> Status[Any]:
    obligation = access_obligation_by_id(request.user, obligation_id)
    update = update_create(actor=request.user, obligation=obligation, text=payload.text)
    return Status(201, {"id": update.pk, "text": update.text, "created_at": update.created_at})
