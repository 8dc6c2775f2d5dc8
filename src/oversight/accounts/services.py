"""Writes of users and memberships."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from oversight.accounts.access import can_administer_users
from oversight.accounts.models import ApiToken, ExternalIdentity, Membership, Role, User
from oversight.accounts.rules import role_fits_organisation, role_misfit_message
from oversight.core.audit import as_actor
from oversight.core.errors import InvalidChange, NotAllowed
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


# User administration ---------------------------------------------------------------------------

_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _require_administrator(actor: Any | None) -> None:
    """Administrators manage users; ``None`` is the system (the command line)."""
    if actor is not None and not can_administer_users(actor):
        raise NotAllowed("Only administrators can manage users.")


def _check_role_fits(role: str, organisation: Organisation) -> None:
    if role not in Role.values:
        raise InvalidChange(f"{role!r} is not a role: choose one of {', '.join(Role.values)}")
    if not role_fits_organisation(role, organisation.kind):
        raise InvalidChange(role_misfit_message(role, organisation.name, organisation.kind))


def membership_seen(membership: Membership) -> str:
    """What a form showed of a membership, sent back with it so a change made meanwhile is noticed."""
    return f"{membership.organisation_id}:{membership.role}"


def invitation_link(*, user: User, site_url: str) -> str:
    """The one-use link with which an invited person sets their password (valid PASSWORD_RESET_TIMEOUT)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return site_url.rstrip("/") + reverse("invitation-accept", kwargs={"uidb64": uid, "token": token})


def _send_invitation(*, user: User, site_url: str, invited_by: str) -> None:
    context = {
        "user": user,
        "link": invitation_link(user=user, site_url=site_url),
        "site_name": settings.SITE_NAME,
        "invited_by": invited_by,
        "memberships": list(user.memberships.select_related("organisation")),
        "hours": max(1, settings.PASSWORD_RESET_TIMEOUT // 3600),
    }
    subject = "".join(render_to_string("registration/invitation_subject.txt", context).splitlines())
    body = render_to_string("registration/invitation_email.txt", context)
    send_mail(subject, body, None, [user.email])


def _actor_name(actor: Any | None) -> str:
    if actor is None:
        return f"An {settings.SITE_NAME} administrator"
    return str(actor.get_full_name() or actor.get_username())


@transaction.atomic
def user_invite(
    *, actor: Any | None, name: str, email: str, organisation: Organisation, role: str, site_url: str
) -> User:
    """Create a user with no password and one membership, and email them a link to set a password."""
    _require_administrator(actor)
    name, email = " ".join(name.split()), email.strip().lower()
    if not name:
        raise InvalidChange("Enter the person's full name")
    if len(name) > User._meta.get_field("first_name").max_length:  # type: ignore[operator]
        raise InvalidChange("The full name must be 150 characters or fewer")
    try:
        validate_email(email)
    except ValidationError:
        raise InvalidChange("Enter an email address in the correct format, like name@example.org") from None
    _check_role_fits(role, organisation)
    if User.objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).exists():
        raise InvalidChange(f"There is already a user with the email address {email}")
    # The whole name is kept in first_name: names do not split reliably into first and last.
    user = User(username=email, email=email, first_name=name)
    user.set_unusable_password()
    try:
        with transaction.atomic():
            as_actor(user, actor).save()
    except IntegrityError:  # the same invitation submitted twice at once: the first one stands
        raise InvalidChange(f"There is already a user with the email address {email}") from None
    as_actor(Membership(user=user, organisation=organisation, role=role), actor).save()
    invited_by = _actor_name(actor)
    transaction.on_commit(lambda: _send_invitation(user=user, site_url=site_url, invited_by=invited_by))
    return user


@transaction.atomic
def invitation_resend(*, actor: Any | None, user: User, site_url: str) -> None:
    """Send a new set-password link to someone who has not yet set a password."""
    _require_administrator(actor)
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_active:
        raise InvalidChange(f"{user.get_username()} is deactivated: reactivate them first")
    if user.has_usable_password():
        raise InvalidChange(
            f"{user.get_username()} has already set a password: they can reset it from the sign-in page"
        )
    if not user.email:
        raise InvalidChange(f"{user.get_username()} has no email address to send the invitation to")
    invited_by = _actor_name(actor)
    transaction.on_commit(lambda: _send_invitation(user=user, site_url=site_url, invited_by=invited_by))


@transaction.atomic
def membership_add(*, actor: Any | None, user: User, organisation: Organisation, role: str) -> Membership:
    """Give a user a role in an organisation; adding one they already hold changes nothing."""
    _require_administrator(actor)
    _check_role_fits(role, organisation)
    User.objects.select_for_update().filter(pk=user.pk).first()  # one add at a time per user
    existing = Membership.objects.filter(user=user, organisation=organisation, role=role).first()
    if existing is not None:
        return existing
    membership = Membership(user=user, organisation=organisation, role=role)
    as_actor(membership, actor).save()
    return membership


@transaction.atomic
def membership_change(
    *, actor: Any | None, membership: Membership, organisation: Organisation, role: str, seen: str
) -> Membership:
    """Move a membership to another organisation or role; refused if it changed since ``seen``."""
    _require_administrator(actor)
    current = Membership.objects.select_for_update().filter(pk=membership.pk).first()
    if current is None:
        raise InvalidChange("This membership was removed meanwhile")
    if membership_seen(current) != seen:
        raise InvalidChange("Someone else changed this membership meanwhile: check it and make your change again")
    _check_role_fits(role, organisation)
    if current.organisation_id == organisation.pk and current.role == role:
        return current
    if Membership.objects.filter(user_id=current.user_id, organisation=organisation, role=role).exists():
        raise InvalidChange(f"{current.user} already holds that role in {organisation.name}")
    if (
        actor is not None
        and current.user_id == actor.pk
        and current.role == Role.ADMINISTRATOR
        and role != Role.ADMINISTRATOR
        and not actor.is_superuser
    ):
        raise InvalidChange("You cannot take away your own administrator role")
    current.organisation, current.role = organisation, role
    as_actor(current, actor).save()
    return current


@transaction.atomic
def membership_remove(*, actor: Any | None, membership: Membership, seen: str) -> None:
    """Remove a membership; removing one already removed changes nothing."""
    _require_administrator(actor)
    current = Membership.objects.select_for_update().filter(pk=membership.pk).first()
    if current is None:
        return
    if membership_seen(current) != seen:
        raise InvalidChange("Someone else changed this membership meanwhile: check it and try again")
    if actor is not None and current.user_id == actor.pk and current.role == Role.ADMINISTRATOR:
        raise InvalidChange("You cannot remove your own administrator role")
    as_actor(current, actor).delete()


@transaction.atomic
def user_set_active(*, actor: Any | None, user: User, active: bool) -> User:
    """Deactivate a user (they can no longer sign in or use API tokens) or reactivate them."""
    _require_administrator(actor)
    current = User.objects.select_for_update().get(pk=user.pk)
    if not active and actor is not None and current.pk == actor.pk:
        raise InvalidChange("You cannot deactivate your own account")
    if current.is_active == active:
        return current  # already done, by a double submission or someone else
    current.is_active = active
    as_actor(current, actor).save()
    return current


@transaction.atomic
def external_identity_link(*, actor: Any | None, user: User, tenant_id: str, object_id: str) -> ExternalIdentity:
    """Let ``user`` sign in with the Entra ID account (tenant id, object id); linking it again changes nothing."""
    _require_administrator(actor)
    tenant_id, object_id = tenant_id.strip().lower(), object_id.strip().lower()
    if not _GUID.fullmatch(tenant_id) or not _GUID.fullmatch(object_id):
        raise InvalidChange("The tenant id and the object id are GUIDs, like 72f988bf-86f1-41af-91ab-2d7cd011db47")
    existing = ExternalIdentity.objects.select_for_update().filter(tenant_id=tenant_id, object_id=object_id).first()
    if existing is not None:
        if existing.user_id != user.pk:
            raise InvalidChange(f"That Entra ID account is already linked to {existing.user.get_username()}")
        return existing
    identity = ExternalIdentity(user=user, tenant_id=tenant_id, object_id=object_id)
    as_actor(identity, actor).save()
    return identity
