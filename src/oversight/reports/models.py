"""Inspection reports and their findings (recommendations, areas for improvement, causes of concern)."""

from __future__ import annotations

import datetime as dt

from django.db import models
from simple_history.models import HistoricalRecords

from oversight.organisations.models import Organisation, Region
from oversight_ingest.statutory import response_deadline

# The section 55 rule lives in one place, shared with the ingestion pipeline's lateness flag.
response_due_date = response_deadline


class ReportKind(models.TextChoices):
    NATIONAL_THEMATIC = "national_thematic", "National thematic"
    REGIONAL = "regional", "Regional"
    FORCE = "force", "Force inspection"
    PEEL = "peel", "PEEL"


class ReportState(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Report(models.Model):
    key = models.SlugField(max_length=63, unique=True, help_text="Stable identifier, as in the report pack")
    title = models.CharField(max_length=500)
    inspectorate = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="reports_published")
    kind = models.CharField(max_length=20, choices=ReportKind.choices)
    state = models.CharField(max_length=10, choices=ReportState.choices, default=ReportState.DRAFT)
    published = models.DateField(null=True, blank=True, help_text="Publication date")
    source_url = models.URLField(max_length=500, blank=True)
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="reports")
    force = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="reports_about"
    )
    summary = models.TextField(blank=True)
    source_note = models.TextField(blank=True, help_text="Where the data came from and its licence")
    history = HistoricalRecords()

    class Meta:
        ordering = ["-published", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def response_due(self) -> dt.date | None:
        return response_due_date(self.published) if self.published else None


class FindingKind(models.TextChoices):
    RECOMMENDATION = "recommendation", "Recommendation"
    AREA_FOR_IMPROVEMENT = "area_for_improvement", "Area for improvement"
    CAUSE_OF_CONCERN = "cause_of_concern", "Cause of concern"


class Finding(models.Model):
    """A recommendation, area for improvement or cause of concern, as printed in its report."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=30, choices=FindingKind.choices)
    reference = models.CharField(max_length=40, help_text="Number or reference as printed")
    position = models.PositiveIntegerField(default=0)
    text = models.TextField()
    deadline = models.DateField(null=True, blank=True)
    addressees = models.JSONField(default=list, blank=True, help_text="Addressees as printed")
    themes = models.JSONField(default=list, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["report", "position"]
        constraints = [
            models.UniqueConstraint(fields=["report", "kind", "reference"], name="one_finding_per_reference"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.reference}"

    @property
    def short_label(self) -> str:
        prefix = {"recommendation": "R", "area_for_improvement": "AFI ", "cause_of_concern": "CoC "}[self.kind]
        return f"{prefix}{self.reference}"
