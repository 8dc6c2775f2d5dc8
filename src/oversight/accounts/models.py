"""Users and their memberships: a role held in an organisation."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from simple_history.models import HistoricalRecords

from oversight.organisations.models import Organisation


class User(AbstractUser):
    """A person who signs in. What they may do comes from their memberships."""

    history = HistoricalRecords(excluded_fields=["password", "last_login"])


class Role(models.TextChoices):
    VIEWER = "viewer", "Viewer"
    FORCE_EDITOR = "force_editor", "Force editor"
    BODY_EDITOR = "body_editor", "Policing-body editor"
    APPROVER = "approver", "Approver"
    ANALYST = "analyst", "Inspectorate analyst"
    PARTNER = "partner", "Partner"
    ADMINISTRATOR = "administrator", "Administrator"


class Membership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices)
    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__name", "role"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="one_membership_per_role"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()}, {self.organisation}"


class ApiToken(models.Model):
    """A bearer token for the JSON API. Only a hash is stored; the token is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8, help_text="First characters, to tell tokens apart")
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["last_used_at"])

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class ExternalIdentity(models.Model):
    """A person's account at an organisation's identity provider (Microsoft Entra ID), linked to a user.

    Matched on the ID token's ``tid`` (the tenant: the organisation's directory) and ``oid`` (the
    person's object id in it), which never change and are never reused; never on the email claim.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="external_identities")
    tenant_id = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tenant_id", "object_id"], name="one_user_per_external_identity"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — Entra ID {self.object_id} in tenant {self.tenant_id}"
