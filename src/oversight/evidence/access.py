"""Who may see and add evidence: exactly those who may see the obligation's full record."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from oversight.accounts.access import viewer_for
from oversight.core.errors import NotFound
from oversight.evidence.models import EvidenceFile, EvidenceVersion
from oversight.obligations.access import can_edit_obligation, obligations_visible_to
from oversight.obligations.models import Obligation


def evidence_visible_to(user: Any) -> QuerySet[EvidenceFile]:
    return EvidenceFile.objects.select_related("obligation__organisation").filter(
        obligation__in=obligations_visible_to(user).values("pk")
    )


def evidence_versions_visible_to(user: Any) -> QuerySet[EvidenceVersion]:
    return EvidenceVersion.objects.select_related("evidence__obligation__organisation").filter(
        evidence__obligation__in=obligations_visible_to(user).values("pk")
    )


def access_evidence_by_id(user: Any, evidence_id: int) -> EvidenceFile:
    evidence = evidence_visible_to(user).filter(pk=evidence_id).first()
    if evidence is None:
        raise NotFound(f"No evidence with the id {evidence_id} that you can see")
    return evidence


def access_evidence_version_by_id(user: Any, version_id: int) -> EvidenceVersion:
    version = evidence_versions_visible_to(user).filter(pk=version_id).first()
    if version is None:
        raise NotFound(f"No evidence file with the id {version_id} that you can see")
    return version


def can_add_evidence(user: Any, obligation: Obligation) -> bool:
    """Evidence is added by the editors of the obligated organisation."""
    return can_edit_obligation(viewer_for(user), obligation)
