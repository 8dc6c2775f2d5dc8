"""Responses: a policing body's published response to a report, drafted from an ingested letter."""

from __future__ import annotations

from enum import StrEnum

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from oversight.core.models import Classification
from oversight.organisations.models import Organisation
from oversight.reports.models import Finding, Report
from oversight_ingest.result import ClaimedStatus, Stance, Voice


class ResponseState(models.TextChoices):
    DRAFT = "draft", "Draft (awaiting review)"
    CONFIRMED = "confirmed", "Confirmed"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


def _choices_of(values: type[StrEnum]) -> list[tuple[str, str]]:
    return [(member.value, member.value.replace("_", " ").capitalize()) for member in values]


# The vocabularies are the ingestion pipeline's own, so a draft can hold whatever it reads.
STANCE_CHOICES = _choices_of(Stance)
CLAIMED_STATUS_CHOICES = _choices_of(ClaimedStatus)
VOICE_CHOICES = [(Voice.POLICING_BODY.value, "The policing body"), (Voice.CHIEF_CONSTABLE.value, "The chief constable")]


class Response(models.Model):
    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="responses")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="responses")
    force = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="responses_about"
    )
    state = models.CharField(max_length=10, choices=ResponseState.choices, default=ResponseState.DRAFT)
    classification = models.CharField(max_length=20, choices=Classification.choices, default=Classification.OFFICIAL)
    author_name = models.CharField(max_length=200, blank=True)
    author_role = models.CharField(max_length=300, blank=True)
    letter_date = models.DateField(null=True, blank=True)
    letter_date_text = models.CharField(max_length=20, blank=True, help_text="As read: a date or a month")
    source_filename = models.CharField(max_length=255, blank=True)
    source_format = models.CharField(max_length=10, blank=True)
    source_sha256 = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the uploaded file")
    text = models.TextField(blank=True, help_text="The extracted text the evidence spans point into")
    extraction = models.JSONField(default=dict, blank=True, help_text="The pipeline's full result")
    flags = models.JSONField(default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["text", "extraction"])

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # The same file uploaded again (or twice at once) for the same body and report while a draft
            # of it awaits review gives that draft, not a second one.
            models.UniqueConstraint(
                fields=["organisation", "report", "source_sha256"],
                condition=models.Q(state="draft") & ~models.Q(source_sha256=""),
                name="one_draft_per_letter_file",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} on {self.report}"


class ResponseItem(models.Model):
    """What the response says about one finding: stance, claimed status, evidence."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="items")
    finding = models.ForeignKey(Finding, on_delete=models.PROTECT, related_name="response_items")
    label_in_letter = models.CharField(max_length=100, blank=True)
    stance = models.CharField(max_length=20, choices=STANCE_CHOICES, default=Stance.NOT_STATED)
    claimed_status = models.CharField(max_length=20, choices=CLAIMED_STATUS_CHOICES, default=ClaimedStatus.NOT_STATED)
    # Section 55: the body publishes its own comments with the chief constable's. ``stance`` is the
    # body's own where the letter states one, else the chief constable's as reported; ``stance_by`` says which.
    stance_by = models.CharField(max_length=20, choices=VOICE_CHOICES, blank=True)
    chief_constable_stance = models.CharField(max_length=20, choices=STANCE_CHOICES, blank=True)
    status_by = models.CharField(max_length=20, choices=VOICE_CHOICES, blank=True)
    confidence = models.FloatField(default=0.0)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    claims = models.JSONField(default=list, blank=True)
    initiatives = models.JSONField(default=list, blank=True, help_text="Named initiatives (good practice)")
    history = HistoricalRecords()

    class Meta:
        ordering = ["finding__position"]
        constraints = [models.UniqueConstraint(fields=["response", "finding"], name="one_item_per_finding")]

    def __str__(self) -> str:
        return f"{self.finding}: {self.get_stance_display()}"

    @property
    def evidence(self) -> str:
        if self.span_start is None or self.span_end is None:
            return ""
        return self.response.text[self.span_start : self.span_end]
