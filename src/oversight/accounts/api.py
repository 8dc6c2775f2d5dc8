"""API: user administration for administrators — invite, list, change roles, deactivate."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from oversight.accounts.access import access_membership_by_id, access_user_by_id, can_administer_users
from oversight.accounts.models import Membership, Role, User
from oversight.accounts.selectors import user_list
from oversight.accounts.services import (
    membership_add,
    membership_change,
    membership_remove,
    membership_seen,
    user_invite,
    user_set_active,
)
from oversight.api.auth import required_user
from oversight.api.schemas import BodyIn, Error, ValidationProblem
from oversight.core.errors import NotAllowed, NotFound
from oversight.organisations.models import Organisation

router = Router(tags=["users"], auth=required_user)


class MembershipOut(Schema):
    id: int
    organisation: str = Field(description="The organisation's slug")
    organisation_name: str
    role: Role
    seen: str = Field(description="Send back when changing or removing it, so a change made meanwhile is noticed")


class UserOut(Schema):
    id: int
    username: str
    name: str
    email: str
    is_active: bool
    has_password: bool
    last_login: datetime | None
    memberships: list[MembershipOut]


class InviteIn(BodyIn):
    name: str = Field(min_length=1, max_length=150)
    email: str = Field(min_length=3, max_length=254)
    organisation: str = Field(max_length=200, description="The organisation's slug")
    role: Role


class MembershipIn(BodyIn):
    organisation: str = Field(max_length=200, description="The organisation's slug")
    role: Role


class MembershipChangeIn(MembershipIn):
    seen: str = Field(max_length=50, description="The `seen` value of the membership as last read")


def _membership_out(m: Membership) -> dict[str, Any]:
    return {
        "id": m.pk,
        "organisation": m.organisation.slug,
        "organisation_name": m.organisation.name,
        "role": m.role,
        "seen": membership_seen(m),
    }


def _out(user: User) -> dict[str, Any]:
    return {
        "id": user.pk,
        "username": user.get_username(),
        "name": user.get_full_name(),
        "email": user.email,
        "is_active": user.is_active,
        "has_password": user.has_usable_password(),
        "last_login": user.last_login,
        "memberships": [_membership_out(m) for m in user.memberships.all()],
    }


def _administrator(request: HttpRequest) -> None:
    if not can_administer_users(request.user):
        raise NotAllowed("Only administrators can manage users.")


def _organisation(slug: str) -> Organisation:
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None:
        raise NotFound(f"No organisation called {slug!r}")
    return organisation


@router.get("", response={200: list[UserOut], 400: Error, 401: Error, 403: Error, 422: ValidationProblem})
def list_users(request: HttpRequest, q: str = "") -> list[dict[str, Any]]:
    """Every user, or those whose name, email or organisation contains each word of ``q``."""
    _administrator(request)
    return [_out(u) for u in user_list(actor=request.user, query=q[:200])[:1000]]


@router.post(
    "",
    response={201: UserOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 422: ValidationProblem},
)
def invite_user(request: HttpRequest, payload: InviteIn) -> Status[Any]:
    """Create a user with one role and email them a link to choose a password."""
    _administrator(request)
    user = user_invite(
        actor=request.user,
        name=payload.name,
        email=payload.email,
        organisation=_organisation(payload.organisation),
        role=payload.role,
        site_url=request.build_absolute_uri("/"),
    )
    return Status(201, _out(user))


@router.get(
    "/{user_id}", response={200: UserOut, 400: Error, 401: Error, 403: Error, 404: Error, 422: ValidationProblem}
)
def get_user(request: HttpRequest, user_id: int) -> dict[str, Any]:
    return _out(access_user_by_id(request.user, user_id))


@router.post(
    "/{user_id}/memberships",
    response={201: MembershipOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 422: ValidationProblem},
)
def add_membership(request: HttpRequest, user_id: int, payload: MembershipIn) -> Status[Any]:
    subject = access_user_by_id(request.user, user_id)
    membership = membership_add(
        actor=request.user, user=subject, organisation=_organisation(payload.organisation), role=payload.role
    )
    return Status(201, _membership_out(membership))


@router.post(
    "/{user_id}/memberships/{membership_id}",
    response={200: MembershipOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 422: ValidationProblem},
)
def change_membership(
    request: HttpRequest, user_id: int, membership_id: int, payload: MembershipChangeIn
) -> dict[str, Any]:
    membership = access_membership_by_id(request.user, user_id, membership_id)
    changed = membership_change(
        actor=request.user,
        membership=membership,
        organisation=_organisation(payload.organisation),
        role=payload.role,
        seen=payload.seen,
    )
    return _membership_out(changed)


@router.delete(
    "/{user_id}/memberships/{membership_id}",
    response={204: None, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 422: ValidationProblem},
)
def remove_membership(request: HttpRequest, user_id: int, membership_id: int, seen: str) -> Status[None]:
    membership = access_membership_by_id(request.user, user_id, membership_id)
    membership_remove(actor=request.user, membership=membership, seen=seen)
    return Status(204, None)


@router.post(
    "/{user_id}/deactivate",
    response={200: UserOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 422: ValidationProblem},
)
def deactivate_user(request: HttpRequest, user_id: int) -> dict[str, Any]:
    """The user can no longer sign in or use API tokens; their roles and history are kept."""
    subject = access_user_by_id(request.user, user_id)
    return _out(user_set_active(actor=request.user, user=subject, active=False))


@router.post(
    "/{user_id}/reactivate",
    response={200: UserOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 422: ValidationProblem},
)
def reactivate_user(request: HttpRequest, user_id: int) -> dict[str, Any]:
    subject = access_user_by_id(request.user, user_id)
    return _out(user_set_active(actor=request.user, user=subject, active=True))
