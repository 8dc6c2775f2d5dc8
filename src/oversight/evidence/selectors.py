"""Reads of evidence: an obligation's evidence with every version, newest first."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch

from oversight.evidence.access import evidence_visible_to
from oversight.evidence.models import EvidenceFile, EvidenceVersion
from oversight.obligations.models import Obligation


def evidence_for_obligation(*, user: Any, obligation: Obligation) -> list[EvidenceFile]:
    """The obligation's evidence files, each with ``versions`` prefetched newest first. Two queries."""
    versions = EvidenceVersion.objects.select_related("uploaded_by").order_by("-number")
    return list(
        evidence_visible_to(user)
        .filter(obligation=obligation)
        .select_related(None)
        .prefetch_related(Prefetch("versions", queryset=versions))
        .order_by("title", "pk")
    )
