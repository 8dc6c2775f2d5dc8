"""Writes of obligations, actions and progress updates. Each is atomic and audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils import timezone

from oversight.accounts.access import viewer_for
from oversight.core.audit import as_actor
from oversight.core.bulk import bulk_insert_with_history
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.obligations.access import can_edit_obligation, holders_for
from oversight.obligations.models import Action, Obligation, ObligationStatus, ProgressUpdate
from oversight.obligations.rules import Holder, transition_allowed


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


@transaction.atomic
def obligation_transition(*, actor: Any, obligation: Obligation, to_status: str, note: str = "") -> Obligation:
    viewer = viewer_for(actor)
    current = obligation.status
    if current == to_status:
        raise InvalidChange(f"The obligation is already {obligation.get_status_display().lower()}.")
    if not transition_allowed(current, to_status, holders_for(viewer, obligation)):
        raise NotAllowed(
            f"You cannot move this obligation from {ObligationStatus(current).label.lower()} "
            f"to {ObligationStatus(to_status).label.lower()}."
        )
    obligation = Obligation.objects.select_for_update().get(pk=obligation.pk)
    if obligation.status != current:
        raise InvalidChange("Someone else changed this obligation's status meanwhile; check it and try again.")
    now = timezone.now()
    obligation.status = to_status
    obligation.status_changed_at = now
    as_actor(obligation, actor).save(update_fields=["status", "status_changed_at"])
    update = ProgressUpdate(
        obligation=obligation,
        author=actor,
        text=note,
        status_from=current,
        status_to=to_status,
        created_at=now,
    )
    as_actor(update, actor).save()
    return obligation


@transaction.atomic
def obligation_publish_status(*, actor: Any, obligation: Obligation) -> Obligation:
    """Make the current status public (the policing body's approvers and national roles)."""
    holders = holders_for(viewer_for(actor), obligation)
    if not holders & {Holder.APPROVER, Holder.NATIONAL}:
        raise NotAllowed("Only the policing body's approvers or the inspectorate can publish a status.")
    obligation.published_status = obligation.status
    as_actor(obligation, actor).save(update_fields=["published_status"])
    return obligation


def _require_editor(actor: Any, obligation: Obligation) -> None:
    if not can_edit_obligation(viewer_for(actor), obligation):
        raise NotAllowed(f"Only editors of {obligation.organisation} can record work on this obligation.")


@transaction.atomic
def action_create(
    *, actor: Any, obligation: Obligation, title: str, owner: str = "", due: dt.date | None = None
) -> Action:
    _require_editor(actor, obligation)
    title = title.strip()
    if not title:
        raise InvalidChange("Enter what the action is.")
    action = Action(obligation=obligation, title=title, owner=owner.strip(), due=due)
    as_actor(action, actor).save()
    return action


@transaction.atomic
def update_create(*, actor: Any, obligation: Obligation, text: str) -> ProgressUpdate:
    _require_editor(actor, obligation)
    text = text.strip()
    if not text:
        raise InvalidChange("Enter the progress update.")
    update = ProgressUpdate(obligation=obligation, author=actor, text=text, created_at=timezone.now())
    as_actor(update, actor).save()
    return update
