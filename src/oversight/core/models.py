"""The small shared kernel: vocabulary every domain app uses."""

from __future__ import annotations

from django.db import models


class Classification(models.TextChoices):
    """Government Security Classification marking carried by every document and record."""

    OFFICIAL = "OFFICIAL", "OFFICIAL"
    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"
