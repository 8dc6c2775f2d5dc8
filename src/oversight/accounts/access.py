"""The access kernel: who a user is, in organisational terms.

Every access function and scoped selector in the project starts from :func:`viewer_for`. A
:class:`Viewer` says which organisations the user acts for, with which roles, which forces their
policing body oversees, and whether their role is national (sees everything).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from oversight.accounts.models import Membership, Role, User
from oversight.accounts.rules import NATIONAL_ROLES
from oversight.core.errors import NotAllowed, NotFound
from oversight.organisations.selectors import bodies_overseeing, forces_overseen_by


@dataclass(frozen=True)
class Viewer:
    user_id: int | None
    roles: dict[int, frozenset[str]] = field(default_factory=dict)  # organisation id -> roles
    overseen_force_ids: frozenset[int] = frozenset()  # forces whose policing body the user belongs to
    overseer_roles: dict[int, frozenset[str]] = field(default_factory=dict)  # force id -> roles in its body
    overseeing_body_ids: frozenset[int] = frozenset()  # bodies overseeing the user's forces
    is_national: bool = False

    @property
    def is_anonymous(self) -> bool:
        return self.user_id is None

    @property
    def organisation_ids(self) -> frozenset[int]:
        return frozenset(self.roles)

    def has_role(self, organisation_id: int, *roles: str) -> bool:
        return bool(self.roles.get(organisation_id, frozenset()) & set(roles))

    def can_see_organisation_material(self, organisation_id: int) -> bool:
        """Unpublished material of this organisation: its own members, its overseers, national roles."""
        return (
            self.is_national
            or organisation_id in self.roles
            or organisation_id in self.overseen_force_ids
            or organisation_id in self.overseeing_body_ids
        )

    @property
    def material_organisation_ids(self) -> frozenset[int]:
        return self.organisation_ids | self.overseen_force_ids | self.overseeing_body_ids


ANONYMOUS = Viewer(user_id=None)


def viewer_for(user: Any) -> Viewer:
    """The viewer for a request's user, computed once per request and cached on the user object."""
    if user is None or not getattr(user, "is_authenticated", False):
        return ANONYMOUS
    cached = getattr(user, "_oversight_viewer", None)
    if isinstance(cached, Viewer):
        return cached
    roles: dict[int, set[str]] = {}
    for organisation_id, role in Membership.objects.filter(user_id=user.pk).values_list("organisation_id", "role"):
        roles.setdefault(organisation_id, set()).add(role)
    body_ids = {org for org, rs in roles.items() if rs & {Role.BODY_EDITOR, Role.APPROVER, Role.VIEWER}}
    overseer_roles: dict[int, set[str]] = {}
    for force_id, body_id in forces_overseen_by(body_ids=body_ids):
        overseer_roles.setdefault(force_id, set()).update(roles[body_id])
    viewer = Viewer(
        user_id=user.pk,
        roles={org: frozenset(rs) for org, rs in roles.items()},
        overseen_force_ids=frozenset(overseer_roles),
        overseer_roles={force: frozenset(rs) for force, rs in overseer_roles.items()},
        overseeing_body_ids=frozenset(bodies_overseeing(force_ids=set(roles))),
        is_national=user.is_superuser or any(rs & NATIONAL_ROLES for rs in roles.values()),
    )
    user._oversight_viewer = viewer
    return viewer


def viewer_scope(user: Any) -> str:
    """A name for what ``user`` may see: users with the same scope are answered alike by every access
    function, which depend only on being signed in, being a superuser, and the memberships."""
    if user is None or not getattr(user, "is_authenticated", False):
        return "anonymous"
    roles = sorted(f"{org}:{role}" for org, rs in viewer_for(user).roles.items() for role in rs)
    return f"{'superuser' if user.is_superuser else 'user'}|{';'.join(roles)}"


def can_administer_users(user: Any) -> bool:
    """Administrators (and superusers) manage every user of the installation."""
    if user is None or not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return False
    return bool(user.is_superuser) or any(Role.ADMINISTRATOR in roles for roles in viewer_for(user).roles.values())


def users_visible_to(user: Any) -> QuerySet[User]:
    """Every user for an administrator; nobody for anyone else."""
    if not can_administer_users(user):
        return User.objects.none()
    return User.objects.all()


def access_user_by_id(user: Any, user_id: int) -> User:
    if not can_administer_users(user):
        raise NotAllowed("Only administrators can manage users.")
    try:
        return users_visible_to(user).get(pk=user_id)
    except User.DoesNotExist:
        raise NotFound(f"No user with id {user_id}") from None


def access_membership_by_id(user: Any, user_id: int, membership_id: int) -> Membership:
    """A membership of the user ``user_id``, for an administrator."""
    subject = access_user_by_id(user, user_id)
    try:
        return Membership.objects.select_related("organisation", "user").get(pk=membership_id, user=subject)
    except Membership.DoesNotExist:
        raise NotFound(f"No membership with id {membership_id} for this user") from None
