"""The obligation status workflow: one table of allowed transitions and who may make each.

``Holder`` names how the user relates to the obligation: ``owner`` (editor in the obligated
organisation), ``overseer`` (policing-body editor or approver for the obligated force),
``approver`` (approver in that policing body) or ``national`` (inspectorate analyst, administrator).
"""

from __future__ import annotations

from enum import StrEnum

from oversight.obligations.models import ActionStatus
from oversight.obligations.models import ObligationStatus as S


class Holder(StrEnum):
    OWNER = "owner"
    OVERSEER = "overseer"
    APPROVER = "approver"
    NATIONAL = "national"


OWNER, OVERSEER, APPROVER, NATIONAL = Holder.OWNER, Holder.OVERSEER, Holder.APPROVER, Holder.NATIONAL

TRANSITIONS: dict[tuple[S, S], frozenset[Holder]] = {
    (S.NOT_STARTED, S.IN_PROGRESS): frozenset({OWNER}),
    (S.NOT_STARTED, S.IMPLEMENTED): frozenset({OWNER}),
    (S.IN_PROGRESS, S.IMPLEMENTED): frozenset({OWNER}),
    (S.IN_PROGRESS, S.NOT_STARTED): frozenset({OWNER}),
    # The policing body challenges a claim, or assures it.
    (S.IMPLEMENTED, S.IN_PROGRESS): frozenset({OWNER, OVERSEER, APPROVER, NATIONAL}),
    (S.IMPLEMENTED, S.ASSURED): frozenset({APPROVER}),
    (S.ASSURED, S.IN_PROGRESS): frozenset({APPROVER, NATIONAL}),
    # The inspectorate closes or reopens.
    (S.ASSURED, S.CLOSED): frozenset({NATIONAL}),
    (S.IMPLEMENTED, S.CLOSED): frozenset({NATIONAL}),
    (S.CLOSED, S.IN_PROGRESS): frozenset({NATIONAL}),
    # A recommendation the force or its policing body does not accept, and a change of mind.
    (S.NOT_STARTED, S.NOT_ACCEPTED): frozenset({APPROVER}),
    (S.IN_PROGRESS, S.NOT_ACCEPTED): frozenset({APPROVER}),
    (S.NOT_ACCEPTED, S.NOT_STARTED): frozenset({APPROVER, NATIONAL}),
    # The inspectorate replaces a finding with a later one.
    **{(s, S.SUPERSEDED): frozenset({NATIONAL}) for s in S if s not in (S.SUPERSEDED, S.CLOSED)},
    (S.SUPERSEDED, S.NOT_STARTED): frozenset({NATIONAL}),
}


def allowed_targets(current: str, holders: set[Holder]) -> list[S]:
    """The statuses a user with these relations may move an obligation to from ``current``."""
    return [to for (frm, to), who in TRANSITIONS.items() if frm == current and who & holders]


def transition_allowed(current: str, target: str, holders: set[Holder]) -> bool:
    """You cannot move this obligation to that status."""
    try:
        who = TRANSITIONS[(S(current), S(target))]
    except (KeyError, ValueError):
        return False
    return bool(who & holders)


# Actions: an open action is done or cancelled; a done one may be reopened.
ACTION_TRANSITIONS: frozenset[tuple[str, str]] = frozenset(
    {
        (ActionStatus.OPEN, ActionStatus.DONE),
        (ActionStatus.OPEN, ActionStatus.CANCELLED),
        (ActionStatus.DONE, ActionStatus.OPEN),
        (ActionStatus.CANCELLED, ActionStatus.OPEN),
    }
)


def action_move_allowed(current: str, target: str) -> bool:
    """An action can be marked done or cancelled while open, and reopened when done or cancelled."""
    return (current, target) in ACTION_TRANSITIONS


def action_targets(current: str) -> list[ActionStatus]:
    return [ActionStatus(to) for frm, to in sorted(ACTION_TRANSITIONS) if frm == current]
