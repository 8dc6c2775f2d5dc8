"""What the pipeline says about one letter, as plain data with a stable JSON form.

The JSON form is documented by ``schemas/ingest-result-v1.schema.json``; change both together
and keep existing fields stable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from oversight_ingest.document import Span


class Stance(StrEnum):
    AGREE = "agree"
    ACCEPT = "accept"
    SUPPORT = "support"
    NOTE = "note"
    PARTIALLY_AGREE = "partially_agree"
    DISAGREE = "disagree"
    NOT_STATED = "not_stated"


class Voice(StrEnum):
    """Who takes a stance: the policing body publishing the letter, or the chief constable it reports."""

    POLICING_BODY = "policing_body"
    CHIEF_CONSTABLE = "chief_constable"


class ClaimedStatus(StrEnum):
    IMPLEMENTED = "implemented"
    IN_PROGRESS = "in_progress"
    PLANNED = "planned"
    NOT_STARTED = "not_started"
    NOT_STATED = "not_stated"


def slugify(value: str) -> str:
    """Django's ``slugify`` (without Unicode): ASCII-folded, lower-case, non-word characters dropped,
    runs of spaces and hyphens as one hyphen ("Mayor's Office for Policing And Crime (MOPAC)" ->
    "mayors-office-for-policing-and-crime-mopac")."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def _span(span: Span | None) -> list[int] | None:
    return span.as_list() if span else None


@dataclass(slots=True)
class Figure:
    """A number stated in a claim: ``value`` with its ``unit`` ("staff", "incidents", "%")."""

    value: float
    unit: str | None
    text: str

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "unit": self.unit, "text": self.text}


@dataclass(slots=True)
class Claim:
    """A sentence stating a fact with figures and/or dates."""

    text: str
    span: Span
    figures: list[Figure] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # ISO dates or months ("2024-10")
    period: str | None = None  # ISO interval "2024-10/2024-12" when the sentence gives one
    recommendation: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "figures": [f.to_json() for f in self.figures],
            "dates": list(self.dates),
            "period": self.period,
            "recommendation": self.recommendation,
            "span": _span(self.span),
        }


@dataclass(slots=True)
class Initiative:
    """A named initiative, operation, partnership, training product or facility."""

    name: str
    span: Span
    kind: str = "initiative"  # operation, partnership, training, facility, unit, initiative

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "span": _span(self.span)}


@dataclass(slots=True)
class Item:
    """The letter's answer to one canonical recommendation or area for improvement."""

    recommendation: str  # the canonical reference as in the report pack
    kind: str  # recommendation, area_for_improvement, cause_of_concern
    label_in_letter: str | None
    stance: Stance
    status: ClaimedStatus
    confidence: float
    span: Span | None  # the whole passage that answers it
    stance_span: Span | None = None  # the words the stance was read from
    status_span: Span | None = None
    claims: list[Claim] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)  # "I will continue to monitor progress"
    stance_by: Voice | None = None  # whose stance ``stance`` is; None when no stance is stated
    chief_constable_stance: Stance | None = None  # the force's own, when the letter gives it separately
    chief_constable_stance_span: Span | None = None
    status_by: Voice | None = None  # whose words the claimed status was read from

    def to_json(self) -> dict[str, Any]:
        return {
            "recommendation": self.recommendation,
            "kind": self.kind,
            "label_in_letter": self.label_in_letter,
            "stance": str(self.stance),
            "stance_by": str(self.stance_by) if self.stance_by else None,
            "chief_constable_stance": str(self.chief_constable_stance) if self.chief_constable_stance else None,
            "chief_constable_stance_span": _span(self.chief_constable_stance_span),
            "status": str(self.status),
            "status_by": str(self.status_by) if self.status_by else None,
            "claims": [c.to_json() for c in self.claims],
            "commitments": list(self.commitments),
            "confidence": round(self.confidence, 3),
            "span": _span(self.span),
            "stance_span": _span(self.stance_span),
            "status_span": _span(self.status_span),
        }


@dataclass(slots=True)
class OrganisationMatch:
    name: str | None  # the policing body as named in the catalogue
    force: str | None  # the force it oversees
    confidence: float
    span: Span | None
    name_in_letter: str | None = None

    @property
    def slug(self) -> str | None:
        """The body's name as Django's ``slugify`` makes it, for matching by slug rather than display name."""
        return slugify(self.name) if self.name else None

    @property
    def force_slug(self) -> str | None:
        return slugify(self.force) if self.force else None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "slug": self.slug,
            "force": self.force,
            "force_slug": self.force_slug,
            "confidence": round(self.confidence, 3),
            "span": _span(self.span),
            "name_in_letter": self.name_in_letter,
        }


@dataclass(slots=True)
class Author:
    name: str | None
    role: str | None
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "span": _span(self.span)}


@dataclass(slots=True)
class ReportMatch:
    title: str | None  # the canonical title when matched, else the title as the letter names it
    matched: bool
    key: str | None = None
    confidence: float = 0.0
    span: Span | None = None
    title_in_letter: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "matched": self.matched,
            "key": self.key,
            "confidence": round(self.confidence, 3),
            "span": _span(self.span),
            "title_in_letter": self.title_in_letter,
        }


@dataclass(slots=True)
class LetterResult:
    """Everything read from one input file. ``ok`` is False only when no text could be read."""

    file: str
    ok: bool
    error: str | None = None
    error_code: str | None = None
    format: str | None = None
    organisation: OrganisationMatch | None = None
    author: Author | None = None
    date: str | None = None  # ISO date, or "YYYY-MM" when only a month is printed
    date_span: Span | None = None
    report: ReportMatch | None = None
    items: list[Item] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)  # canonical references addressed to the force
    initiatives: list[Initiative] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)  # claims not tied to one recommendation
    flags: list[str] = field(default_factory=list)  # e.g. "dated_before_publication", "late_response"
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds: "extract", "analyse"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "ok": self.ok,
            "error": self.error,
            "error_code": self.error_code,
            "format": self.format,
            "organisation": self.organisation.to_json() if self.organisation else None,
            "author": self.author.to_json() if self.author else None,
            "date": self.date,
            "date_span": _span(self.date_span),
            "report": self.report.to_json() if self.report else None,
            "items": [i.to_json() for i in self.items],
            "unanswered": list(self.unanswered),
            "initiatives": [i.to_json() for i in self.initiatives],
            "claims": [c.to_json() for c in self.claims],
            "flags": list(self.flags),
            "warnings": list(self.warnings),
        }
