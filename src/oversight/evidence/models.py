"""Evidence: files a force attaches to an obligation, each kept in every version uploaded."""

from __future__ import annotations

import re

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from oversight.core.models import Classification
from oversight.obligations.models import Obligation

EVIDENCE_TITLE_MAX = 200
EVIDENCE_DESCRIPTION_MAX = 2000
ORIGINAL_NAME_MAX = 255
_UNSAFE_IN_NAMES = re.compile(r"[^A-Za-z0-9 ._()-]+")


class EvidenceFormat(models.TextChoices):
    """The kinds of file accepted as evidence, as recognised from their content."""

    PDF = "pdf", "PDF"
    DOCX = "docx", "Word document"
    XLSX = "xlsx", "Excel workbook"
    PPTX = "pptx", "PowerPoint presentation"
    ODT = "odt", "OpenDocument text"
    ODS = "ods", "OpenDocument spreadsheet"
    PNG = "png", "PNG image"
    JPEG = "jpg", "JPEG image"
    CSV = "csv", "CSV file"
    TXT = "txt", "Text file"
    HTML = "html", "HTML page"


class EvidenceFile(models.Model):
    """A piece of evidence: a title, a description and a marking, with one or more versions."""

    obligation = models.ForeignKey(Obligation, on_delete=models.CASCADE, related_name="evidence_files")
    title = models.CharField(max_length=EVIDENCE_TITLE_MAX)
    description = models.TextField(blank=True)
    classification = models.CharField(
        max_length=20, choices=Classification.choices, default=Classification.OFFICIAL_SENSITIVE
    )
    # The number of the newest version; raised under a row lock by each upload.
    latest_version = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["title", "pk"]

    def __str__(self) -> str:
        return self.title


class EvidenceVersion(models.Model):
    """One uploaded file. ``stored_name`` is generated; the uploader's file name is only shown."""

    evidence = models.ForeignKey(EvidenceFile, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    original_name = models.CharField(max_length=ORIGINAL_NAME_MAX, blank=True)
    stored_name = models.CharField(max_length=64, unique=True, editable=False)
    file_format = models.CharField(max_length=10, choices=EvidenceFormat.choices)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField()
    token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["evidence", "number"], name="one_evidence_version_number")]

    def __str__(self) -> str:
        return f"{self.evidence} (version {self.number})"

    @property
    def download_name(self) -> str:
        """The name a download is saved under: the marking first, then the title and version."""
        title = _UNSAFE_IN_NAMES.sub("", self.evidence.title).strip(" .")[:120] or "evidence"
        return f"{self.evidence.classification} - {title} (version {self.number}).{self.file_format}"
