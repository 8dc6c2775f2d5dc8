"""The audit trail: who changed what, when, with the values before and after.

Every domain model carries ``history = HistoricalRecords()`` (django-simple-history), which
records each save and delete made through services and the admin. Services name the actor
with :func:`as_actor`; in web requests the history middleware does it for the admin.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)

_ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}


def as_actor(instance: M, actor: Any | None) -> M:
    """Attribute the next save of ``instance`` to ``actor`` (a user, or None for the system)."""
    instance._history_user = actor  # type: ignore[attr-defined]  # read by simple_history
    return instance


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class AuditEvent:
    when: datetime
    who: str
    action: str  # created, changed, deleted
    object_repr: str
    changes: tuple[Change, ...]
    reason: str | None


def audit_trail(instance: models.Model) -> list[AuditEvent]:
    """The object's history, newest first, each change with its before and after values."""
    records = list(instance.history.select_related("history_user").order_by("-history_date", "-history_id"))  # type: ignore[attr-defined]
    events: list[AuditEvent] = []
    for index, record in enumerate(records):
        older = records[index + 1] if index + 1 < len(records) else None
        changes: tuple[Change, ...] = ()
        if older is not None and record.history_type == "~":
            delta = record.diff_against(older)
            changes = tuple(Change(c.field, c.old, c.new) for c in delta.changes)
        user = record.history_user
        events.append(
            AuditEvent(
                when=record.history_date,
                who=user.get_username() if user else "system",
                action=_ACTIONS.get(record.history_type, record.history_type),
                object_repr=str(record.instance),
                changes=changes,
                reason=record.history_change_reason,
            )
        )
    return events
