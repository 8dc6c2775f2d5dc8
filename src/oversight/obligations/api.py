"""API: obligations, their status workflow, actions and updates."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from pydantic import AfterValidator

from oversight.api.auth import optional_user, required_user
from oversight.api.schemas import BodyIn, Error, ValidationProblem
from oversight.core.audit import audit_trail
from oversight.core.errors import NotFound
from oversight.obligations.access import (
    access_obligation_by_id,
    actions_visible_to,
    obligations_visible_to,
    updates_visible_to,
)
from oversight.obligations.models import (
    ACTION_OWNER_MAX,
    ACTION_TITLE_MAX,
    UPDATE_TEXT_MAX,
    Action,
    ActionStatus,
    Obligation,
    ObligationStatus,
)
from oversight.obligations.selectors import obligation_history
from oversight.obligations.services import (
    action_create,
    action_edit,
    action_set_status,
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


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain the NUL character")
    return value


# Text as the models keep it: the same length limits, and no NUL (which PostgreSQL cannot store).
Text = Annotated[str, AfterValidator(_no_nul)]


class TransitionIn(BodyIn):
    status: ObligationStatus
    note: Text = Field("", max_length=UPDATE_TEXT_MAX, description="Why the status changes")
    expected_status: ObligationStatus | None = Field(
        None, description="The status the caller last saw; the change is refused (409) if it has moved since"
    )
    evidence: int | None = Field(None, ge=1, description="An evidence file of this obligation the change points to")
    token: uuid.UUID | None = Field(None, description="A one-time key: the same request sent twice changes once")


class ActionIn(BodyIn):
    title: Text = Field(min_length=1, max_length=ACTION_TITLE_MAX)
    owner: Text = Field("", max_length=ACTION_OWNER_MAX)
    due: dt.date | None = None
    token: uuid.UUID | None = Field(None, description="A one-time key: the same request sent twice creates one action")


class ActionEditIn(BodyIn):
    title: Text = Field(min_length=1, max_length=ACTION_TITLE_MAX)
    owner: Text = Field("", max_length=ACTION_OWNER_MAX)
    due: dt.date | None = None
    version: int | None = Field(
        None, ge=1, description="The version the caller last saw; refused (409) if the action changed since"
    )


class ActionStatusIn(BodyIn):
    status: ActionStatus
    version: int | None = Field(None, ge=1)


class ActionOut(Schema):
    id: int
    title: str
    owner: str
    due: dt.date | None
    status: ActionStatus
    version: int


class ChangeOut(Schema):
    field: str
    before: str | None
    after: str | None


class AuditEventOut(Schema):
    when: dt.datetime
    who: str
    action: str
    changes: list[ChangeOut]


class UpdateIn(BodyIn):
    text: Text = Field(min_length=1, max_length=UPDATE_TEXT_MAX)
    token: uuid.UUID | None = Field(None, description="A one-time key: the same request sent twice posts once")


class UpdateOut(Schema):
    id: int
    text: str
    created_at: dt.datetime
    author: str | None
    status_from: str
    status_to: str
    evidence: int | None


def _action(a: Action) -> dict[str, object]:
    return {"id": a.pk, "title": a.title, "owner": a.owner, "due": a.due, "status": a.status, "version": a.version}


def _update(u: Any) -> dict[str, object]:
    return {
        "id": u.pk,
        "text": u.text,
        "created_at": u.created_at,
        "author": u.author.get_username() if u.author else None,
        "status_from": u.status_from,
        "status_to": u.status_to,
        "evidence": u.evidence_id,
    }


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


class TrailEventOut(Schema):
    when: dt.datetime
    who: str
    subject: str
    action: str
    changes: list[ChangeOut]


@router.get(
    "/{obligation_id}/trail",
    response={200: list[TrailEventOut], 400: Error, 401: Error, 422: ValidationProblem, 404: Error},
)
def get_obligation_trail(request: HttpRequest, obligation_id: int) -> list[dict[str, object]]:
    """The whole record's history, newest first, as the obligation page shows it: the status, the
    actions, the progress updates and the evidence, with who, when and each shown field before and after."""
    obligation = access_obligation_by_id(request.user, obligation_id)
    return [
        {
            "when": event.when,
            "who": event.who,
            "subject": event.subject,
            "action": event.action,
            "changes": [
                {"field": c.field, "before": c.before or None, "after": c.after or None} for c in event.changes
            ],
        }
        for event in obligation_history(obligation=obligation)
    ]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@router.post(
    "/{obligation_id}/transition",
    auth=required_user,
    response={
        200: ObligationOut,
        400: Error,
        401: Error,
        415: Error,
        422: ValidationProblem,
        403: Error,
        404: Error,
        409: Error,
    },
)
def transition(request: HttpRequest, obligation_id: int, payload: TransitionIn) -> dict[str, object]:
    obligation = access_obligation_by_id(request.user, obligation_id)
    obligation = obligation_transition(
        actor=request.user,
        obligation=obligation,
        to_status=payload.status,
        note=payload.note,
        expected_status=payload.expected_status,
        evidence_id=payload.evidence,
        token=payload.token,
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
    response={
        201: ActionOut,
        400: Error,
        401: Error,
        415: Error,
        422: ValidationProblem,
        403: Error,
        404: Error,
        409: Error,
    },
)
def add_action(request: HttpRequest, obligation_id: int, payload: ActionIn) -> Status[Any]:
    obligation = access_obligation_by_id(request.user, obligation_id)
    action = action_create(
        actor=request.user,
        obligation=obligation,
        title=payload.title,
        owner=payload.owner,
        due=payload.due,
        token=payload.token,
    )
    return Status(201, _action(action))


@router.get(
    "/{obligation_id}/actions",
    response={200: list[ActionOut], 400: Error, 401: Error, 422: ValidationProblem, 404: Error},
)
def list_actions(request: HttpRequest, obligation_id: int) -> list[dict[str, object]]:
    obligation = access_obligation_by_id(request.user, obligation_id)
    return [_action(a) for a in actions_visible_to(request.user).filter(obligation=obligation).order_by("due", "pk")]


def _action_of(request: HttpRequest, obligation_id: int, action_id: int) -> Action:
    obligation = access_obligation_by_id(request.user, obligation_id)
    action = actions_visible_to(request.user).filter(obligation=obligation, pk=action_id).first()
    if action is None:
        raise NotFound(f"No action with the id {action_id} on this obligation")
    return action


@router.put(
    "/{obligation_id}/actions/{action_id}",
    auth=required_user,
    response={
        200: ActionOut,
        400: Error,
        401: Error,
        415: Error,
        422: ValidationProblem,
        403: Error,
        404: Error,
        409: Error,
    },
)
def edit_action(request: HttpRequest, obligation_id: int, action_id: int, payload: ActionEditIn) -> dict[str, object]:
    """Change an action's title, owner and due date."""
    action = _action_of(request, obligation_id, action_id)
    return _action(
        action_edit(
            actor=request.user,
            action=action,
            title=payload.title,
            owner=payload.owner,
            due=payload.due,
            version=payload.version,
        )
    )


@router.post(
    "/{obligation_id}/actions/{action_id}/status",
    auth=required_user,
    response={
        200: ActionOut,
        400: Error,
        401: Error,
        415: Error,
        422: ValidationProblem,
        403: Error,
        404: Error,
        409: Error,
    },
)
def set_action_status(
    request: HttpRequest, obligation_id: int, action_id: int, payload: ActionStatusIn
) -> dict[str, object]:
    """Mark an action done or cancelled, or reopen it."""
    action = _action_of(request, obligation_id, action_id)
    return _action(
        action_set_status(actor=request.user, action=action, to_status=payload.status, version=payload.version)
    )


@router.post(
    "/{obligation_id}/updates",
    auth=required_user,
    response={
        201: UpdateOut,
        400: Error,
        401: Error,
        415: Error,
        422: ValidationProblem,
        403: Error,
        404: Error,
        409: Error,
    },
)
def add_update(request: HttpRequest, obligation_id: int, payload: UpdateIn) -> Status[Any]:
    obligation = access_obligation_by_id(request.user, obligation_id)
    update = update_create(actor=request.user, obligation=obligation, text=payload.text, token=payload.token)
    return Status(201, _update(update))


@router.get(
    "/{obligation_id}/updates",
    response={200: list[UpdateOut], 400: Error, 401: Error, 422: ValidationProblem, 404: Error},
)
def list_updates(request: HttpRequest, obligation_id: int) -> list[dict[str, object]]:
    """Progress updates and status changes, newest first."""
    obligation = access_obligation_by_id(request.user, obligation_id)
    updates = updates_visible_to(request.user).filter(obligation=obligation).select_related("author")
    return [_update(u) for u in updates.order_by("-created_at", "-pk")]
