"""Writes of users and memberships."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from oversight.accounts.models import ApiToken, Membership, User
from oversight.accounts.rules import role_fits_organisation
from oversight.core.audit import as_actor
from oversight.core.errors import InvalidChange
from oversight.organisations.models import Organisation


@transaction.atomic
def membership_create(*, actor: Any | None, user: User, organisation: Organisation, role: str) -> Membership:
    if not role_fits_organisation(role, organisation.kind):
        raise InvalidChange(
            f"The role {role!r} cannot be held in {organisation.name} ({organisation.get_kind_display()})."
        )
    existing = Membership.objects.filter(user=user, organisation=organisation, role=role).first()
    if existing:
        return existing
    membership = Membership(user=user, organisation=organisation, role=role)
    as_actor(membership, actor).save()
    return membership


@transaction.atomic
def user_create(*, actor: Any | None, username: str, password: str | None, email: str = "", **extra: Any) -> User:
    user = User(username=username, email=email, **extra)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    as_actor(user, actor).save()
    return user


def _hash_token(raw: str) -> str:
    import hashlib

    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@transaction.atomic
def api_token_create(*, actor: Any | None, user: User, name: str) -> tuple[ApiToken, str]:
    """Create an API token; the raw token is returned once and never stored."""
    import secrets

    raw = "ovs_" + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name.strip() or "API token", key_hash=_hash_token(raw), prefix=raw[4:12])
    as_actor(token, actor).save()
    return token, raw


def api_token_authenticate(*, raw: str) -> User | None:
    """The active user a raw bearer token belongs to, or None."""
    from django.utils import timezone

    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=_hash_token(raw), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user
