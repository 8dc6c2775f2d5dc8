"""Sign-in with Microsoft Entra ID (OpenID Connect), through mozilla-django-oidc.

A person is found by the verified ID token's ``tid`` (their organisation's tenant) and ``oid`` (their
object id in it), stored as an :class:`ExternalIdentity`; never by email, which Entra ID does not
reliably send and a tenant's administrator can set to anything. Only tenants listed in
``OIDC_ALLOWED_TENANT_IDS`` are accepted. Signing in gives no role: roles come only from memberships
an Oversight administrator gives (docs/accounts.md).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import IntegrityError, transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend  # type: ignore[import-untyped]

from oversight.accounts.models import ExternalIdentity, User
from oversight.core.audit import as_actor


def identity_from_claims(claims: dict[str, Any]) -> tuple[str, str]:
    """The (tenant id, object id) of verified ID token claims; refused unless the tenant is allowed."""
    tenant_id, object_id = str(claims.get("tid") or ""), str(claims.get("oid") or "")
    if not tenant_id or not object_id:
        raise SuspiciousOperation("The ID token has no tid or oid claim")
    allowed = {t.lower() for t in settings.OIDC_ALLOWED_TENANT_IDS}
    if tenant_id.lower() not in allowed:
        raise SuspiciousOperation(f"Tenant {tenant_id} is not allowed to sign in here")
    return tenant_id.lower(), object_id.lower()


class EntraIdBackend(OIDCAuthenticationBackend):  # type: ignore[misc]  # the library has no types
    def get_userinfo(self, access_token: str, id_token: str, payload: dict[str, Any]) -> dict[str, Any]:
        """The claims of the ID token, already verified against the tenant's keys: tid and oid are there
        (Microsoft Graph's userinfo endpoint does not return them), and no second request is made."""
        return payload

    def verify_claims(self, claims: dict[str, Any]) -> bool:
        identity_from_claims(claims)
        return True

    def describe_user_by_claims(self, claims: dict[str, Any]) -> str:
        return f"Entra ID object {claims.get('oid')} in tenant {claims.get('tid')}"

    def filter_users_by_claims(self, claims: dict[str, Any]) -> Any:
        tenant_id, object_id = identity_from_claims(claims)
        return User.objects.filter(
            external_identities__tenant_id=tenant_id, external_identities__object_id=object_id
        ).distinct()

    def get_or_create_user(self, access_token: str, id_token: str, payload: dict[str, Any]) -> User | None:
        user: User | None = super().get_or_create_user(access_token, id_token, payload)
        if user is not None and not user.is_active:
            return None  # deactivated in Oversight: the identity provider cannot bring them back
        return user

    @transaction.atomic
    def create_user(self, claims: dict[str, Any]) -> User:
        """Only with OIDC_CREATE_USERS: a user with no password and no role, linked to the identity."""
        tenant_id, object_id = identity_from_claims(claims)
        wanted = str(claims.get("preferred_username") or claims.get("upn") or object_id).lower()[:150]
        username = wanted if not User.objects.filter(username__iexact=wanted).exists() else object_id
        user = User(username=username, first_name=str(claims.get("name") or "")[:150])
        user.set_unusable_password()
        try:
            with transaction.atomic():
                as_actor(user, None).save()
                as_actor(ExternalIdentity(user=user, tenant_id=tenant_id, object_id=object_id), None).save()
        except IntegrityError:  # signed in twice at once: the first sign-in made the user
            raise SuspiciousOperation("This identity was linked to a user meanwhile") from None
        return user
