"""Operational data a force imports (training, rosters, NCCU referrals, collection plans,
disruptions), the record of each import, and what a force chose to share with partners.

Operational rows are OFFICIAL-SENSITIVE. People and organised crime groups appear only as keyed
pseudonyms (see ``pseudonyms.py``). The rows carry no per-row history: each import is audited as
one :class:`DataImport` record with its counts (ADR 0010); the rows are written and deleted only
in whole imports.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from oversight.core.models import Classification
from oversight.organisations.models import Organisation


class DataKind(models.TextChoices):
    TRAINING = "training", "Training completions"
    ROSTER = "roster", "Training roster"
    NCCU_REFERRALS = "nccu-referrals", "NCCU referrals"
    COLLECTION_PLANS = "collection-plans", "Collection plans"
    DISRUPTIONS = "disruptions", "Disruptions"


class ImportState(models.TextChoices):
    PENDING = "pending", "Waiting to start"
    RUNNING = "running", "Importing"
    SUCCEEDED = "succeeded", "Imported"
    FAILED = "failed", "Refused"
    EXPIRED = "expired", "Rows deleted at the end of their retention period"


class DataImport(models.Model):
    """One file of operational data for one force: who sent it, what happened, with counts.

    A refused file keeps this record (with every bad row listed) and no rows."""

    force = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="data_imports")
    kind = models.CharField(max_length=20, choices=DataKind.choices)
    filename = models.CharField(max_length=255)
    state = models.CharField(max_length=10, choices=ImportState.choices, default=ImportState.PENDING)
    replace = models.BooleanField(default=False, help_text="Replaces the force's earlier rows of this kind")
    classification = models.CharField(
        max_length=20, choices=Classification.choices, default=Classification.OFFICIAL_SENSITIVE
    )
    rows_imported = models.PositiveIntegerField(default=0)
    rows_replaced = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True, help_text="file, row, column, reason of each bad row")
    warnings = models.JSONField(default=list, blank=True)
    problem = models.TextField(blank=True, help_text="Why the whole file was refused")
    retain_until = models.DateField(null=True, blank=True)
    submission = models.CharField(
        max_length=40, null=True, blank=True, unique=True, help_text="The form submission that made it"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["errors"])

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["force", "kind", "state"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.force}: {self.filename}"


class _Row(models.Model):
    force = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    data_import = models.ForeignKey(DataImport, on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True


class TrainingRecord(_Row):
    person_ref = models.CharField(max_length=32, help_text="Keyed pseudonym")
    role = models.CharField(max_length=200)
    department = models.CharField(max_length=200)
    course = models.CharField(max_length=100)
    completed_on = models.DateField()

    class Meta:
        indexes = [models.Index(fields=["force", "course", "person_ref", "completed_on"])]

    def __str__(self) -> str:
        return f"{self.course} completed {self.completed_on}"


class RosterEntry(_Row):
    person_ref = models.CharField(max_length=32, help_text="Keyed pseudonym")
    role = models.CharField(max_length=200)
    department = models.CharField(max_length=200)
    course = models.CharField(max_length=100)
    as_of = models.DateField()

    class Meta:
        indexes = [models.Index(fields=["force", "course", "person_ref"])]

    def __str__(self) -> str:
        return f"{self.course} due, as of {self.as_of}"


class NccuReferral(_Row):
    referral_ref = models.CharField(max_length=100)
    reported_on = models.DateField()
    officer_ref = models.CharField(max_length=32, help_text="Keyed pseudonym")
    intel_submitted_on = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["force", "reported_on"])]

    def __str__(self) -> str:
        return f"Referral {self.referral_ref}"


class PlanStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    APPROVED = "approved", "Approved"
    RETIRED = "retired", "Retired"


class CollectionPlan(_Row):
    plan_ref = models.CharField(max_length=100)
    title = models.CharField(max_length=300)
    status = models.CharField(max_length=10, choices=PlanStatus.choices)
    covers_collection = models.BooleanField()
    covers_analysis = models.BooleanField()
    covers_sharing = models.BooleanField()
    approved_on = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["force", "status"])]

    def __str__(self) -> str:
        return f"Plan {self.plan_ref}"


class Disruption(_Row):
    disrupted_on = models.DateField()
    ocg_ref = models.CharField(max_length=32, help_text="Keyed pseudonym")
    category = models.CharField(max_length=200)
    outcome = models.CharField(max_length=300)
    unmet_demand = models.BooleanField()

    class Meta:
        indexes = [models.Index(fields=["force", "disrupted_on"])]

    def __str__(self) -> str:
        return f"{self.category} disruption on {self.disrupted_on}"


class DataSharing(models.Model):
    """A force shares its indicators for a report with a partner organisation's dashboard."""

    force = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="data_shared")
    partner = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="data_shared_with")
    report_key = models.SlugField(max_length=63)
    indicators = models.JSONField(default=list, help_text="Indicator keys shared; empty shares none")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["force__name", "partner__name"]
        constraints = [
            models.UniqueConstraint(fields=["force", "partner", "report_key"], name="one_sharing_per_partner_report")
        ]

    def __str__(self) -> str:
        return f"{self.force} shares {self.report_key} with {self.partner}"


class SummaryMeasure(models.TextChoices):
    COMPLETION = "completion", "Course completion"
    REFERRALS = "referrals", "NCCU referrals"
    PLANS = "plans", "Collection plans"


class MeasureSummary(models.Model):
    """Small facts about one force's operational data, rebuilt whenever its rows change
    (``summaries.py``): what the indicators are computed from."""

    force = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    measure = models.CharField(max_length=20, choices=SummaryMeasure.choices)
    data = models.JSONField(default=dict)
    updated_at = models.DateTimeField()
    history = HistoricalRecords(excluded_fields=["data"])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["force", "measure"], name="one_summary_per_force_measure")]

    def __str__(self) -> str:
        return f"{self.get_measure_display()} summary of {self.force}"


ROW_MODELS: dict[str, type[models.Model]] = {
    DataKind.TRAINING: TrainingRecord,
    DataKind.ROSTER: RosterEntry,
    DataKind.NCCU_REFERRALS: NccuReferral,
    DataKind.COLLECTION_PLANS: CollectionPlan,
    DataKind.DISRUPTIONS: Disruption,
}
