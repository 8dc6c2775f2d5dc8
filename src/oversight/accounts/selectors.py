"""Reads of users and memberships for administrators, starting from the access queryset."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet

from oversight.accounts.access import users_visible_to
from oversight.accounts.models import Membership, User
from oversight.core.audit import AuditEvent, audit_trail


def user_list(*, actor: Any, query: str = "") -> QuerySet[User]:
    """Users an administrator manages, with their memberships, optionally filtered by name or email."""
    users = users_visible_to(actor).prefetch_related("memberships__organisation", "external_identities")
    users = users.order_by("username")
    words = query.split()
    for word in words:
        users = users.filter(
            Q(username__icontains=word)
            | Q(email__icontains=word)
            | Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(memberships__organisation__name__icontains=word)
        )
    return users.distinct() if words else users


@dataclass(frozen=True, slots=True)
class MembershipEvent:
    when: datetime
    who: str
    action: str
    description: str


def user_audit(*, user: User) -> tuple[list[AuditEvent], list[MembershipEvent]]:
    """The user's own history, and the history of every membership they hold or held, newest first."""
    records = (
        Membership.history.filter(user_id=user.pk)
        .select_related("history_user", "organisation")
        .order_by("-history_date", "-history_id")
    )
    actions = {"+": "added", "~": "changed to", "-": "removed"}
    events = [
        MembershipEvent(
            when=record.history_date,
            who=record.history_user.get_username() if record.history_user else "system",
            action=actions.get(record.history_type, record.history_type),
            description=f"{record.get_role_display()}, {record.organisation.name}",
        )
        for record in records
    ]
    return audit_trail(user), events
