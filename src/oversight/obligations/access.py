"""Who may see and change obligations, actions and updates.

The full record (status, actions, updates) is visible to the obligated organisation, to the
policing body overseeing it (and to a force for its own policing body's obligations), and to
national roles. Anyone may see the published status of any obligation of a published report.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from oversight.accounts.access import Viewer, viewer_for
from oversight.accounts.models import Role
from oversight.core.errors import NotFound
from oversight.obligations.models import Action, Obligation, ProgressUpdate
from oversight.obligations.rules import Holder
from oversight.reports.access import reports_visible_to

EDITOR_ROLES = (Role.FORCE_EDITOR,)
OVERSEER_ROLES = (Role.BODY_EDITOR, Role.APPROVER)


def obligations_visible_to(user: Any) -> QuerySet[Obligation]:
    """Obligations whose full record the user may see."""
    viewer = viewer_for(user)
    qs = Obligation.objects.select_related("finding__report", "organisation").filter(
        finding__report__in=reports_visible_to(user).values("pk")
    )
    if viewer.is_national:
        return qs
    return qs.filter(organisation_id__in=viewer.material_organisation_ids)


def access_obligation_by_id(user: Any, obligation_id: int) -> Obligation:
    obligation = obligations_visible_to(user).filter(pk=obligation_id).first()
    if obligation is None:
        raise NotFound(f"No obligation with the id {obligation_id} that you can see")
    return obligation


def actions_visible_to(user: Any) -> QuerySet[Action]:
    return Action.objects.filter(obligation__in=obligations_visible_to(user).values("pk"))


def updates_visible_to(user: Any) -> QuerySet[ProgressUpdate]:
    return ProgressUpdate.objects.filter(obligation__in=obligations_visible_to(user).values("pk"))


def holders_for(viewer: Viewer, obligation: Obligation) -> set[Holder]:
    """How the viewer relates to the obligation, for the transition table."""
    holders: set[Holder] = set()
    org_id = obligation.organisation_id
    if viewer.has_role(org_id, *EDITOR_ROLES):
        holders.add(Holder.OWNER)
    overseer_roles = viewer.overseer_roles.get(org_id, frozenset())
    if overseer_roles & set(OVERSEER_ROLES):
        holders.add(Holder.OVERSEER)
    if Role.APPROVER in overseer_roles:
        holders.add(Holder.APPROVER)
    if viewer.is_national:
        holders.add(Holder.NATIONAL)
    return holders


def can_edit_obligation(viewer: Viewer, obligation: Obligation) -> bool:
    """Record actions and updates: the obligated organisation's editors."""
    return Holder.OWNER in holders_for(viewer, obligation)
