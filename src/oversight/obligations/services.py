"""Writes of obligations, actions and progress updates. Each is atomic and audited.

Every state change locks the row it changes (``select_for_update``) and checks the state again
inside the transaction, so two people acting at once cannot both apply a change made on the
same view. A form carries what its user saw (the status, or an action's ``version``) and is
refused as stale when that has changed; a form's one-time ``token`` makes a double submission
create one record.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.db import IntegrityError, models, transaction
from django.utils import timezone

from oversight.accounts.access import viewer_for
from oversight.core.audit import as_actor
from oversight.core.bulk import bulk_insert_with_history
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.obligations.access import can_edit_obligation, holders_for
from oversight.obligations.models import (
    ACTION_OWNER_MAX,
    ACTION_TITLE_MAX,
    UPDATE_TEXT_MAX,
    Action,
    ActionStatus,
    Obligation,
    ObligationStatus,
    ProgressUpdate,
)
from oversight.obligations.rules import Holder, action_move_allowed, transition_allowed

M = TypeVar("M", bound=models.Model)

STALE_STATUS = "Someone else changed this obligation's status meanwhile; check it and try again."
STALE_ACTION = "Someone else changed this action meanwhile; check it and try again."


def clean_text(value: str, *, what: str, max_length: int, required: bool = False) -> str:
    """Strip ``value`` and check it: present when required, not too long, no NUL character."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidChange(f"Enter {what}.")
    if len(text) > max_length:
        raise InvalidChange(f"{what[0].upper()}{what[1:]} must be {max_length} characters or fewer.")
    if "\x00" in text:
        raise InvalidChange(f"{what[0].upper()}{what[1:]} contains a character that is not allowed.")
    return text


def once(model: type[M], token: uuid.UUID | None, create: Callable[[], M]) -> M:
    """Create a record once per form token: a second submission of the same form gets the first record.

    The token column is unique, so two submissions racing past the first look-up still make one
    row: the loser's insert fails in its savepoint and it returns the winner's."""
    if token is not None:
        existing = model._default_manager.filter(token=token).first()
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
            return create()
    except IntegrityError:
        if token is None:
            raise
        return model._default_manager.get(token=token)


def _status(value: str) -> ObligationStatus:
    try:
        return ObligationStatus(value)
    except ValueError:
        raise InvalidChange(f"{value!r} is not an obligation status.") from None


@transaction.atomic
def obligations_create(*, actor: Any | None, pairs: Iterable[tuple[int, int]]) -> int:
    """Create the obligations for (finding id, organisation id) pairs that do not exist yet.

    Written in bulk with one history row each (see ``core.bulk``), so a national report fanned
    out to every force imports in seconds and still has its audit trail.
    """
    wanted = list(dict.fromkeys(pairs))  # in the caller's order, each pair once
    if not wanted:
        return 0
    finding_ids = {f for f, _ in wanted}
    existing = set(Obligation.objects.filter(finding_id__in=finding_ids).values_list("finding_id", "organisation_id"))
    new = [pair for pair in wanted if pair not in existing] if existing else wanted
    return bulk_insert_with_history(Obligation, ("finding_id", "organisation_id"), new, key="finding_id", actor=actor)


def _lock(obligation: Obligation) -> Obligation:
    return Obligation.objects.select_for_update().select_related("organisation").get(pk=obligation.pk)


@transaction.atomic
def obligation_transition(
    *,
    actor: Any,
    obligation: Obligation,
    to_status: str,
    note: str = "",
    expected_status: str | None = None,
    evidence_id: int | None = None,
    token: uuid.UUID | None = None,
) -> Obligation:
    """Move the obligation to ``to_status`` if the table lets the actor, recording why as an update.

    ``expected_status`` is the status the actor saw; ``evidence_id`` an evidence file of this
    obligation the change points to; ``token`` makes a repeated submission a no-op."""
    target = _status(to_status)
    note = clean_text(note, what="the reason", max_length=UPDATE_TEXT_MAX)
    if expected_status is not None:
        _status(expected_status)
    locked = _lock(obligation)
    if token is not None and (used := ProgressUpdate.objects.filter(token=token).first()) is not None:
        if used.obligation_id != locked.pk:
            raise InvalidChange("This form was already used for another obligation; reload the page.")
        return locked  # the same form again: already applied
    current = ObligationStatus(locked.status)
    if expected_status is not None and current != expected_status:
        raise InvalidChange(STALE_STATUS)
    if current == target:
        raise InvalidChange(f"The obligation is already {current.label.lower()}.")
    if not transition_allowed(current, target, holders_for(viewer_for(actor), locked)):
        raise NotAllowed(f"You cannot move this obligation from {current.label.lower()} to {target.label.lower()}.")
    evidence = None
    if evidence_id is not None:
        from oversight.evidence.models import EvidenceFile

        evidence = EvidenceFile.objects.filter(pk=evidence_id, obligation=locked).first()
        if evidence is None:
            raise InvalidChange("Select evidence attached to this obligation, or none.")
    now = timezone.now()
    locked.status = target
    locked.status_changed_at = now
    as_actor(locked, actor).save(update_fields=["status", "status_changed_at"])
    update = ProgressUpdate(
        obligation=locked,
        author=actor,
        text=note,
        status_from=current,
        status_to=target,
        evidence=evidence,
        created_at=now,
        token=token,
    )
    as_actor(update, actor).save()
    return locked


@transaction.atomic
def obligation_publish_status(*, actor: Any, obligation: Obligation, expected_status: str | None = None) -> Obligation:
    """Make the current status public (the policing body's approvers and national roles).

    ``expected_status`` is the status the actor saw and meant to publish."""
    if expected_status is not None:
        _status(expected_status)
    locked = _lock(obligation)
    holders = holders_for(viewer_for(actor), locked)
    if not holders & {Holder.APPROVER, Holder.NATIONAL}:
        raise NotAllowed("Only the policing body's approvers or the inspectorate can publish a status.")
    if expected_status is not None and locked.status != expected_status:
        raise InvalidChange(STALE_STATUS)
    if locked.published_status == locked.status:
        return locked  # already the public status: publishing again changes nothing
    locked.published_status = locked.status
    as_actor(locked, actor).save(update_fields=["published_status"])
    return locked


def _require_editor(actor: Any, obligation: Obligation) -> None:
    if not can_edit_obligation(viewer_for(actor), obligation):
        raise NotAllowed(f"Only editors of {obligation.organisation} can record work on this obligation.")


def _action_fields(title: str, owner: str) -> tuple[str, str]:
    return (
        clean_text(title, what="what the action is", max_length=ACTION_TITLE_MAX, required=True),
        clean_text(owner, what="the owner", max_length=ACTION_OWNER_MAX),
    )


@transaction.atomic
def action_create(
    *,
    actor: Any,
    obligation: Obligation,
    title: str,
    owner: str = "",
    due: dt.date | None = None,
    token: uuid.UUID | None = None,
) -> Action:
    _require_editor(actor, obligation)
    title, owner = _action_fields(title, owner)
    locked = _lock(obligation)

    def create() -> Action:
        action = Action(obligation=locked, title=title, owner=owner, due=due, token=token)
        as_actor(action, actor).save()
        return action

    action = once(Action, token, create)
    if action.obligation_id != locked.pk:
        raise InvalidChange("This form was already used for another obligation; reload the page.")
    return action


def _lock_action(action: Action, version: int | None) -> Action:
    locked = Action.objects.select_for_update().select_related("obligation__organisation").get(pk=action.pk)
    if version is not None and locked.version != version:
        raise InvalidChange(STALE_ACTION)
    return locked


@transaction.atomic
def action_edit(
    *,
    actor: Any,
    action: Action,
    title: str,
    owner: str = "",
    due: dt.date | None = None,
    version: int | None = None,
) -> Action:
    """Change an action's title, owner or due date; ``version`` is the one the actor edited."""
    _require_editor(actor, action.obligation)
    title, owner = _action_fields(title, owner)
    locked = _lock_action(action, version)
    if (locked.title, locked.owner, locked.due) == (title, owner, due):
        return locked
    locked.title, locked.owner, locked.due = title, owner, due
    locked.version += 1
    as_actor(locked, actor).save(update_fields=["title", "owner", "due", "version"])
    return locked


@transaction.atomic
def action_set_status(*, actor: Any, action: Action, to_status: str, version: int | None = None) -> Action:
    """Mark an action done or cancelled, or reopen it."""
    try:
        target = ActionStatus(to_status)
    except ValueError:
        raise InvalidChange(f"{to_status!r} is not an action status.") from None
    _require_editor(actor, action.obligation)
    locked = _lock_action(action, version)
    if locked.status == target:
        raise InvalidChange(f"The action is already {target.label.lower()}.")
    if not action_move_allowed(locked.status, target):
        raise InvalidChange(
            f"An action that is {ActionStatus(locked.status).label.lower()} cannot be marked {target.label.lower()}."
        )
    locked.status = target
    locked.version += 1
    as_actor(locked, actor).save(update_fields=["status", "version"])
    return locked


@transaction.atomic
def update_create(*, actor: Any, obligation: Obligation, text: str, token: uuid.UUID | None = None) -> ProgressUpdate:
    _require_editor(actor, obligation)
    text = clean_text(text, what="the progress update", max_length=UPDATE_TEXT_MAX, required=True)
    locked = _lock(obligation)

    def create() -> ProgressUpdate:
        update = ProgressUpdate(obligation=locked, author=actor, text=text, created_at=timezone.now(), token=token)
        as_actor(update, actor).save()
        return update

    update = once(ProgressUpdate, token, create)
    if update.obligation_id != locked.pk:
        raise InvalidChange("This form was already used for another obligation; reload the page.")
    return update
