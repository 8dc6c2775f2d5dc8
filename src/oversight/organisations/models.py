"""Organisations of policing: forces, policing bodies, regions and their units, national bodies."""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords


class Region(models.Model):
    """One of the ten regions (regional organised crime unit areas) of England and Wales."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class OrganisationKind(models.TextChoices):
    INSPECTORATE = "inspectorate", "Inspectorate"
    FORCE = "force", "Police force"
    POLICING_BODY = "policing_body", "Local policing body"
    ROCU = "rocu", "Regional organised crime unit"
    NATIONAL = "national", "National body"
    PARTNER = "partner", "Partner"


class BodyKind(models.TextChoices):
    """The form of a local policing body."""

    PCC = "pcc", "Police and Crime Commissioner"
    PFCC = "pfcc", "Police, Fire and Crime Commissioner"
    MAYOR = "mayor", "Mayor or Deputy Mayor with PCC functions"
    POLICE_AUTHORITY = "police authority", "Police authority"


class Organisation(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    body_kind = models.CharField(max_length=20, choices=BodyKind.choices, blank=True)
    short_name = models.CharField(max_length=100, blank=True)
    area = models.CharField(max_length=100, blank=True, help_text="The area a force or body serves")
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="organisations")
    country = models.CharField(max_length=20, blank=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names the organisation is printed under")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="policing_body") | models.Q(body_kind=""),
                name="body_kind_only_for_policing_bodies",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Governance(models.Model):
    """Which policing body oversees a force, for a period: governance changes over time."""

    force = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="governed_by", limit_choices_to={"kind": "force"}
    )
    body = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="governs",
        limit_choices_to={"kind": "policing_body"},
    )
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True, help_text="Empty while the arrangement is current")
    history = HistoricalRecords()

    class Meta:
        ordering = ["force__name", "-valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["force"], condition=models.Q(valid_to__isnull=True), name="one_current_body_per_force"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body} oversees {self.force}"
