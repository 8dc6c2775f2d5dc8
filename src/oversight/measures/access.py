"""Who may see and import operational data, which is OFFICIAL-SENSITIVE.

A force's data (its imports and the indicators computed from them) is seen by the force's own
users, its policing body and national roles. A partner organisation sees only the indicators a
force chose to share with it (``DataSharing``). Only a force editor of that force imports data.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from oversight.accounts.access import viewer_for
from oversight.accounts.models import Role
from oversight.core.errors import NotFound
from oversight.measures.models import DataImport, DataSharing
from oversight.organisations.models import Organisation, OrganisationKind


def can_see_force_data(user: Any, force_id: int) -> bool:
    viewer = viewer_for(user)
    return viewer.is_national or force_id in viewer.roles or force_id in viewer.overseen_force_ids


def data_force_ids_visible_to(user: Any) -> frozenset[int] | None:
    """The forces whose data the user sees in full; None means every force (national roles)."""
    viewer = viewer_for(user)
    if viewer.is_national:
        return None
    return frozenset(viewer.roles) | viewer.overseen_force_ids


def can_import_data(user: Any, force: Organisation) -> bool:
    """Only a force editor of that force imports its operational data."""
    return force.kind == OrganisationKind.FORCE and viewer_for(user).has_role(force.pk, Role.FORCE_EDITOR)


def import_forces_for(user: Any) -> QuerySet[Organisation]:
    """The forces the user may import data for."""
    viewer = viewer_for(user)
    ids = [org for org, roles in viewer.roles.items() if Role.FORCE_EDITOR in roles]
    return Organisation.objects.filter(pk__in=ids, kind=OrganisationKind.FORCE).order_by("name")


def data_imports_visible_to(user: Any) -> QuerySet[DataImport]:
    qs = DataImport.objects.select_related("force", "created_by")
    ids = data_force_ids_visible_to(user)
    if ids is None:
        return qs
    return qs.filter(force_id__in=ids)


def access_data_import_by_id(user: Any, import_id: int) -> DataImport:
    found = data_imports_visible_to(user).filter(pk=import_id).first()
    if found is None:
        raise NotFound(f"No data import with the id {import_id} that you can see")
    return found


def sharings_visible_to(user: Any) -> QuerySet[DataSharing]:
    """Sharing arrangements: the partner's own, and those of forces whose data the user sees."""
    viewer = viewer_for(user)
    qs = DataSharing.objects.select_related("force", "partner")
    if viewer.is_national:
        return qs
    if viewer.is_anonymous:
        return qs.none()
    ids = data_force_ids_visible_to(user) or frozenset()
    return qs.filter(Q(partner_id__in=viewer.organisation_ids) | Q(force_id__in=ids))


def shared_indicator_keys(user: Any, *, force_id: int, report_key: str) -> frozenset[str] | None:
    """Which of a force's indicators for a report the user may see: None means all of them
    (own force, its policing body, national roles); otherwise those shared with the user's
    partner organisations (possibly none)."""
    if can_see_force_data(user, force_id):
        return None
    viewer = viewer_for(user)
    if viewer.is_anonymous:
        return frozenset()
    keys: set[str] = set()
    for indicators in DataSharing.objects.filter(
        force_id=force_id, report_key=report_key, partner_id__in=viewer.organisation_ids
    ).values_list("indicators", flat=True):
        keys.update(indicators)
    return frozenset(keys)


def can_manage_sharing(user: Any, force: Organisation) -> bool:
    return can_import_data(user, force)
