"""Obligations: one per finding and organisation it is addressed to, with actions and updates."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from oversight.core.models import Classification
from oversight.organisations.models import Organisation
from oversight.reports.models import Finding

# Length limits shared by the models, the services' checks and the API schemas.
ACTION_TITLE_MAX = 300
ACTION_OWNER_MAX = 200
UPDATE_TEXT_MAX = 5000


class ObligationStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    IMPLEMENTED = "implemented", "Implemented (claimed)"
    ASSURED = "assured", "Assured"
    CLOSED = "closed", "Closed"
    NOT_ACCEPTED = "not_accepted", "Not accepted"
    SUPERSEDED = "superseded", "Superseded"


class Obligation(models.Model):
    # No separate indexes on the two keys: the unique constraint leads with finding and the
    # (organisation, status) index with organisation, and a national fan-out writes 200,000 rows.
    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="obligations", db_index=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="obligations", db_index=False)
    status = models.CharField(max_length=20, choices=ObligationStatus.choices, default=ObligationStatus.NOT_STARTED)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    # The status as last published to the public; None until a status is published.
    published_status = models.CharField(  # noqa: DJ001 - None (never published) differs from any status
        max_length=20, choices=ObligationStatus.choices, null=True, blank=True
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["finding__position", "organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["finding", "organisation"], name="one_obligation_per_addressee"),
        ]
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        return f"{self.finding} — {self.organisation}"


class ActionStatus(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"


class Action(models.Model):
    """Something the organisation will do towards an obligation, with an owner and a due date."""

    obligation = models.ForeignKey(Obligation, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(max_length=ACTION_TITLE_MAX)
    owner = models.CharField(max_length=ACTION_OWNER_MAX, blank=True, help_text="Role or team responsible")
    due = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=ActionStatus.choices, default=ActionStatus.OPEN)
    classification = models.CharField(
        max_length=20, choices=Classification.choices, default=Classification.OFFICIAL_SENSITIVE
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Raised by every change: a form that shows an older version is refused as stale.
    version = models.PositiveIntegerField(default=1)
    # The form's one-time token: a form submitted twice creates one action.
    token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["due", "pk"]

    def __str__(self) -> str:
        return self.title


class ProgressUpdate(models.Model):
    """A dated note of progress on an obligation."""

    obligation = models.ForeignKey(Obligation, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    text = models.TextField()
    status_from = models.CharField(max_length=20, choices=ObligationStatus.choices, blank=True)
    status_to = models.CharField(max_length=20, choices=ObligationStatus.choices, blank=True)
    classification = models.CharField(
        max_length=20, choices=Classification.choices, default=Classification.OFFICIAL_SENSITIVE
    )
    created_at = models.DateTimeField()
    # The evidence a status change points to, if any (the file, all its versions).
    evidence = models.ForeignKey(
        "evidence.EvidenceFile", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Update on {self.obligation} at {self.created_at:%Y-%m-%d}"
