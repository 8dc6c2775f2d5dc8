"""Pages for tracking one obligation: its record, actions, progress updates, evidence and status.

Every page fetches the obligation through ``access_obligation_by_id`` (404 for anyone who may
not see it); writes go through the obligations and evidence services, which check again who may
make them. Forms carry a one-time ``token`` (a double submission makes one record) and what the
user saw (an action's ``version``, the obligation's status, the newest evidence version), so a
change made meanwhile by someone else is refused with a clear message.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from oversight.accounts.access import viewer_for
from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.core.models import Classification
from oversight.evidence.access import access_evidence_by_id, access_evidence_version_by_id, can_add_evidence
from oversight.evidence.models import EVIDENCE_DESCRIPTION_MAX, EVIDENCE_TITLE_MAX
from oversight.evidence.selectors import evidence_for_obligation
from oversight.evidence.services import FileRefused, evidence_add, evidence_open, evidence_version_add
from oversight.obligations.access import access_obligation_by_id, can_edit_obligation
from oversight.obligations.models import (
    ACTION_OWNER_MAX,
    ACTION_TITLE_MAX,
    UPDATE_TEXT_MAX,
    Action,
    ActionStatus,
    Obligation,
    ObligationStatus,
)
from oversight.obligations.rules import action_move_allowed
from oversight.obligations.selectors import form_already_used, obligation_moves, obligation_page
from oversight.obligations.services import (
    action_create,
    action_edit,
    action_set_status,
    obligation_publish_status,
    obligation_transition,
    update_create,
)
from oversight.web.pages import forbidden as _forbidden

Errors = list[tuple[str, str]]


def _obligation_or_404(request: HttpRequest, obligation_id: int) -> Obligation:
    try:
        return access_obligation_by_id(request.user, obligation_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc


def _can_edit(request: HttpRequest, obligation: Obligation) -> bool:
    return can_edit_obligation(viewer_for(request.user), obligation)


def _detail(obligation: Obligation, anchor: str = "") -> str:
    return reverse("obligation-detail", args=[obligation.pk]) + (f"#{anchor}" if anchor else "")


def _token(request: HttpRequest) -> uuid.UUID | None:
    try:
        return uuid.UUID(request.POST.get("token", ""))
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


def _text_error(value: str, *, required: str | None, max_length: int, name: str) -> str:
    text = value.strip()
    if required and not text:
        return required
    if len(text) > max_length:
        return f"{name} must be {max_length} characters or fewer"
    return ""


def _date(day: str, month: str, year: str) -> tuple[dt.date | None, str]:
    """A GOV.UK date input's three parts: None when all are empty, or an error message."""
    parts = [day.strip(), month.strip(), year.strip()]
    if not any(parts):
        return None, ""
    if not all(part.isdigit() for part in parts):
        return None, "Due date must be a real date, like 27 3 2026, or left empty"
    if len(parts[2]) != 4:
        return None, "Year must include 4 numbers"
    try:
        return dt.date(int(parts[2]), int(parts[1]), int(parts[0])), ""
    except ValueError:
        return None, "Due date must be a real date, like 27 3 2026, or left empty"


# The obligation page --------------------------------------------------------------------------


@login_required
@require_GET
def obligation_detail(request: HttpRequest, obligation_id: int) -> HttpResponse:
    obligation = _obligation_or_404(request, obligation_id)
    page = obligation_page(user=request.user, obligation=obligation)
    return render(request, "web/obligation_detail.html", {"page": page, "obligation": obligation})


# Actions --------------------------------------------------------------------------------------


def _action_or_404(obligation: Obligation, action_id: int) -> Action:
    action = Action.objects.filter(obligation=obligation, pk=action_id).first()
    if action is None:
        raise Http404(f"No action with the id {action_id} on this obligation")
    return action


@login_required
@require_http_methods(["GET", "POST"])
def action_form(request: HttpRequest, obligation_id: int, action_id: int | None = None) -> HttpResponse:
    obligation = _obligation_or_404(request, obligation_id)
    action = _action_or_404(obligation, action_id) if action_id is not None else None
    if not _can_edit(request, obligation):
        return _forbidden(request, f"Only editors of {obligation.organisation} can record actions on this obligation.")
    if request.method == "GET":
        values = {
            "title": action.title if action else "",
            "owner": action.owner if action else "",
            "due_day": str(action.due.day) if action and action.due else "",
            "due_month": str(action.due.month) if action and action.due else "",
            "due_year": str(action.due.year) if action and action.due else "",
        }
        context: dict[str, Any] = {"values": values, "field_errors": {}, "errors": []}
        return _render_action_form(request, obligation, action, context, token=str(uuid.uuid4()))
    values = {
        key.replace("-", "_"): request.POST.get(key, "")
        for key in ("title", "owner", "due-day", "due-month", "due-year")
    }
    field_errors = {
        "title": _text_error(
            values["title"], required="Enter what the action is", max_length=ACTION_TITLE_MAX, name="Action"
        ),
        "owner": _text_error(values["owner"], required=None, max_length=ACTION_OWNER_MAX, name="Owner"),
    }
    due, field_errors["due"] = _date(values["due_day"], values["due_month"], values["due_year"])
    field_errors = {key: message for key, message in field_errors.items() if message}
    errors: Errors = [("#due-day" if key == "due" else f"#{key}", message) for key, message in field_errors.items()]
    status = 400
    if not errors:
        try:
            if action is None:
                action_create(
                    actor=request.user,
                    obligation=obligation,
                    title=values["title"],
                    owner=values["owner"],
                    due=due,
                    token=_token(request),
                )
                messages.success(request, "Action added.")
            else:
                action_edit(
                    actor=request.user,
                    action=action,
                    title=values["title"],
                    owner=values["owner"],
                    due=due,
                    version=_int(request.POST.get("version")),
                )
                messages.success(request, "Action changed.")
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            errors, status = [("#title", exc.message)], 409
            if action is not None:
                action.refresh_from_db()
        else:
            return redirect(_detail(obligation, "actions"))
    context = {"values": values, "field_errors": field_errors, "errors": errors}
    return _render_action_form(request, obligation, action, context, token=request.POST.get("token", ""), status=status)


def _render_action_form(
    request: HttpRequest,
    obligation: Obligation,
    action: Action | None,
    context: dict[str, Any],
    *,
    token: str,
    status: int = 200,
) -> HttpResponse:
    context.update(
        {
            "obligation": obligation,
            "action": action,
            "token": token,
            "title_max": ACTION_TITLE_MAX,
            "owner_max": ACTION_OWNER_MAX,
        }
    )
    return render(request, "web/obligation_action_form.html", context, status=status)


ACTION_VERBS = {
    ActionStatus.DONE: ("Mark this action as done", "Mark as done", "Action marked as done."),
    ActionStatus.CANCELLED: ("Cancel this action", "Cancel action", "Action cancelled."),
    ActionStatus.OPEN: ("Reopen this action", "Reopen action", "Action reopened."),
}


@login_required
@require_http_methods(["GET", "POST"])
def action_status(request: HttpRequest, obligation_id: int, action_id: int) -> HttpResponse:
    """Confirm, then mark an action done or cancelled, or reopen it."""
    obligation = _obligation_or_404(request, obligation_id)
    action = _action_or_404(obligation, action_id)
    if not _can_edit(request, obligation):
        return _forbidden(request, f"Only editors of {obligation.organisation} can change actions on this obligation.")
    source = request.POST if request.method == "POST" else request.GET
    try:
        target = ActionStatus(source.get("to", ""))
    except ValueError:
        target = None
    errors: Errors = []
    if target is None:
        errors = [("#main-content", "Choose whether to mark the action done, cancel it or reopen it")]
    elif not action_move_allowed(action.status, target):
        errors = [
            (
                "#main-content",
                f"This action is {action.get_status_display().lower()}, so it cannot be marked {target.label.lower()}",
            )
        ]
    if request.method == "POST" and not errors and target is not None:
        try:
            action_set_status(
                actor=request.user, action=action, to_status=target, version=_int(request.POST.get("version"))
            )
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            action.refresh_from_db()
            errors = [("#main-content", exc.message)]
        else:
            messages.success(request, ACTION_VERBS[target][2])
            return redirect(_detail(obligation, "actions"))
    context = {
        "obligation": obligation,
        "action": action,
        "target": target,
        "verbs": ACTION_VERBS.get(target) if target else None,
        "errors": errors,
    }
    return render(request, "web/obligation_action_status.html", context, status=409 if errors else 200)


# Progress updates ------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def update_add(request: HttpRequest, obligation_id: int) -> HttpResponse:
    obligation = _obligation_or_404(request, obligation_id)
    if not _can_edit(request, obligation):
        return _forbidden(request, f"Only editors of {obligation.organisation} can post updates on this obligation.")
    context: dict[str, Any] = {
        "obligation": obligation,
        "text": "",
        "errors": [],
        "text_error": "",
        "max": UPDATE_TEXT_MAX,
    }
    if request.method == "GET":
        context["token"] = str(uuid.uuid4())
        return render(request, "web/obligation_update_form.html", context)
    context["text"] = request.POST.get("text", "")
    context["token"] = request.POST.get("token", "")
    context["text_error"] = _text_error(
        context["text"], required="Enter the progress update", max_length=UPDATE_TEXT_MAX, name="The update"
    )
    if not context["text_error"]:
        try:
            update_create(actor=request.user, obligation=obligation, text=context["text"], token=_token(request))
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            context["text_error"] = exc.message
        else:
            messages.success(request, "Progress update posted.")
            return redirect(_detail(obligation, "updates"))
    context["errors"] = [("#text", context["text_error"])]
    return render(request, "web/obligation_update_form.html", context, status=400)


# The status workflow ---------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def status_change(request: HttpRequest, obligation_id: int) -> HttpResponse:
    """Move the obligation to one of the statuses this user may choose, with a reason."""
    obligation = _obligation_or_404(request, obligation_id)
    moves = obligation_moves(user=request.user, obligation=obligation)
    if not moves.targets:
        return _forbidden(request, "You cannot change this obligation's status from where it is now.")
    evidence = evidence_for_obligation(user=request.user, obligation=obligation)
    context: dict[str, Any] = {
        "obligation": obligation,
        "targets": moves.targets,
        "evidence": evidence,
        "values": {"status": "", "reason": "", "evidence": "", "seen": obligation.status},
        "field_errors": {},
        "errors": [],
        "max": UPDATE_TEXT_MAX,
    }
    if request.method == "GET":
        context["token"] = str(uuid.uuid4())
        return render(request, "web/obligation_status_form.html", context)
    if form_already_used(obligation=obligation, token=_token(request)):
        messages.info(request, "That status change had already been made.")
        return redirect(_detail(obligation, "status"))
    values = {key: request.POST.get(key, "") for key in ("status", "reason", "evidence", "seen")}
    context["values"] = values
    context["token"] = request.POST.get("token", "")
    field_errors: dict[str, str] = {}
    if values["status"] not in {t.value for t in moves.targets}:
        field_errors["status"] = "Select the status to move the obligation to"
    reason_error = _text_error(
        values["reason"], required="Enter the reason for the change", max_length=UPDATE_TEXT_MAX, name="The reason"
    )
    if reason_error:
        field_errors["reason"] = reason_error
    evidence_id = _int(values["evidence"]) if values["evidence"] else None
    if values["evidence"] and evidence_id not in {e.pk for e in evidence}:
        field_errors["evidence"] = "Select evidence attached to this obligation, or none"
    context["field_errors"] = field_errors
    status = 400
    if not field_errors:
        try:
            obligation_transition(
                actor=request.user,
                obligation=obligation,
                to_status=values["status"],
                note=values["reason"],
                expected_status=values["seen"] or obligation.status,
                evidence_id=evidence_id,
                token=_token(request),
            )
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            field_errors["status"], status = exc.message, 409
        else:
            label = ObligationStatus(values["status"]).label.lower()
            messages.success(request, f"Status changed to {label}.")
            return redirect(_detail(obligation, "status"))
    context["errors"] = [(f"#{key}", message) for key, message in field_errors.items()]
    return render(request, "web/obligation_status_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def publish_status(request: HttpRequest, obligation_id: int) -> HttpResponse:
    """Confirm, then make the current status the one the public sees."""
    obligation = _obligation_or_404(request, obligation_id)
    if not obligation_moves(user=request.user, obligation=obligation).can_publish:
        return _forbidden(request, "Only the policing body's approvers or the inspectorate can publish a status.")
    errors: Errors = []
    if request.method == "POST":
        try:
            obligation_publish_status(
                actor=request.user, obligation=obligation, expected_status=request.POST.get("seen") or obligation.status
            )
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            obligation.refresh_from_db()
            errors = [("#main-content", exc.message)]
        else:
            messages.success(request, f"The status {obligation.get_status_display().lower()} is now public.")
            return redirect(_detail(obligation, "status"))
    context = {"obligation": obligation, "errors": errors}
    return render(request, "web/obligation_publish_status.html", context, status=409 if errors else 200)


# Evidence --------------------------------------------------------------------------------------

CLASSIFICATIONS = [(c.value, c.label) for c in Classification]


@login_required
@require_http_methods(["GET", "POST"])
def evidence_form(request: HttpRequest, obligation_id: int, evidence_id: int | None = None) -> HttpResponse:
    """Upload a new piece of evidence, or a new version of one (the earlier versions are kept)."""
    obligation = _obligation_or_404(request, obligation_id)
    evidence = None
    if evidence_id is not None:
        try:
            evidence = access_evidence_by_id(request.user, evidence_id)
        except NotFound as exc:
            raise Http404(exc.message) from exc
        if evidence.obligation_id != obligation.pk:
            raise Http404("No such evidence on this obligation")
    if not can_add_evidence(request.user, obligation):
        return _forbidden(request, f"Only editors of {obligation.organisation} can add evidence to this obligation.")
    values = {
        "title": evidence.title if evidence else "",
        "description": evidence.description if evidence else "",
        "classification": evidence.classification if evidence else Classification.OFFICIAL_SENSITIVE.value,
        "seen": str(evidence.latest_version) if evidence else "",
    }
    context: dict[str, Any] = {
        "obligation": obligation,
        "evidence": evidence,
        "classifications": CLASSIFICATIONS,
        "field_errors": {},
        "errors": [],
        "title_max": EVIDENCE_TITLE_MAX,
        "description_max": EVIDENCE_DESCRIPTION_MAX,
    }
    if request.method == "GET":
        context.update(values=values, token=str(uuid.uuid4()))
        return render(request, "web/evidence_form.html", context)
    if evidence is None:
        values.update({key: request.POST.get(key, "") for key in ("title", "description")})
    values["classification"] = request.POST.get("classification", "")
    values["seen"] = request.POST.get("seen", values["seen"])
    context.update(values=values, token=request.POST.get("token", ""))
    data_file = request.FILES.get("file")
    field_errors = _evidence_errors(values, new=evidence is None, data_file=data_file)
    context["field_errors"] = field_errors
    status = 400
    if not field_errors and data_file is not None:
        try:
            if evidence is None:
                version = evidence_add(
                    actor=request.user,
                    obligation=obligation,
                    title=values["title"],
                    description=values["description"],
                    classification=values["classification"],
                    chunks=data_file.chunks(),
                    filename=data_file.name or "",
                    token=_token(request),
                )
            else:
                version = evidence_version_add(
                    actor=request.user,
                    evidence=evidence,
                    chunks=data_file.chunks(),
                    filename=data_file.name or "",
                    classification=values["classification"],
                    expected_version=_int(values["seen"]),
                    token=_token(request),
                )
        except NotAllowed as exc:
            return _forbidden(request, exc.message)
        except InvalidChange as exc:
            field_errors["file"] = exc.message
            status = 400 if isinstance(exc, FileRefused) else 409
        else:
            messages.success(request, f"{version.evidence.title}: version {version.number} uploaded.")
            return redirect(_detail(obligation, "evidence"))
    context["errors"] = [(f"#{key}", message) for key, message in field_errors.items()]
    return render(request, "web/evidence_form.html", context, status=status)


def _evidence_errors(values: dict[str, str], *, new: bool, data_file: Any) -> dict[str, str]:
    field_errors: dict[str, str] = {}
    if new:
        title_error = _text_error(
            values["title"], required="Enter a title for the evidence", max_length=EVIDENCE_TITLE_MAX, name="Title"
        )
        description_error = _text_error(
            values["description"], required=None, max_length=EVIDENCE_DESCRIPTION_MAX, name="Description"
        )
        field_errors.update({k: v for k, v in (("title", title_error), ("description", description_error)) if v})
    if values["classification"] not in Classification.values:
        field_errors["classification"] = "Select the Government Security Classification marking of the file"
    if data_file is None or not data_file.size:
        field_errors["file"] = "Select a file to upload"
    return field_errors


@login_required
@require_GET
def evidence_download(request: HttpRequest, version_id: int) -> HttpResponseBase:
    """A version of an evidence file, for those who may see its obligation; always an attachment."""
    try:
        version = access_evidence_version_by_id(request.user, version_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    try:
        stored = evidence_open(version)  # streamed from the upload storage, never a link to it
    except NotFound as exc:
        raise Http404(exc.message) from exc
    response = FileResponse(
        stored, as_attachment=True, filename=version.download_name, content_type=version.content_type
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
