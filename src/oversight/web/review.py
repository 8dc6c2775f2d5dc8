"""Presentation of a draft response for review: highlighted evidence and the rows of the form.

Pure functions over already-fetched objects; no queries, no decisions about access.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from oversight.responses.models import CLAIMED_STATUS_CHOICES, STANCE_CHOICES, Response, ResponseItem

STANCE_VALUES = frozenset(value for value, _ in STANCE_CHOICES)
STATUS_VALUES = frozenset(value for value, _ in CLAIMED_STATUS_CHOICES)


def _as_span(value: Any) -> tuple[int, int] | None:
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
        return None
    start, end = value
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return None
    return (start, end) if start < end else None


def highlight_evidence(text: str, start: int, end: int, marks: Iterable[Any]) -> SafeString:
    """``text[start:end]`` as escaped HTML, with each of ``marks`` (absolute ``[start, end]`` offsets
    into ``text``) wrapped in ``<mark class="app-evidence">``.

    A mark is used only when it lies wholly inside the passage; one that overlaps a mark already
    placed (in order of position) is left out, as is anything that is not a pair of offsets."""
    start = max(0, start)
    end = min(len(text), end)
    if start >= end:
        return mark_safe("")
    spans = sorted({s for s in (_as_span(m) for m in marks) if s and start <= s[0] and s[1] <= end})
    parts: list[str] = []
    cursor = start
    for mark_start, mark_end in spans:
        if mark_start < cursor:
            continue  # overlaps the previous mark
        parts.append(escape(text[cursor:mark_start]))
        parts.append(f'<mark class="app-evidence">{escape(text[mark_start:mark_end])}</mark>')
        cursor = mark_end
    parts.append(escape(text[cursor:end]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


def confidence_in_words(confidence: float) -> str:
    """``0.87`` → ``"87% (high)"``: how sure the reading of the letter is."""
    percent = round(max(0.0, min(1.0, confidence)) * 100)
    band = "high" if percent >= 80 else "medium" if percent >= 50 else "low"
    return f"{percent}% ({band})"


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: str
    checked: bool


@dataclass(slots=True)
class ItemRow:
    item: ResponseItem
    evidence: SafeString
    confidence: str
    stance_options: list[Option] = field(default_factory=list)
    status_options: list[Option] = field(default_factory=list)
    stance_error: str = ""
    status_error: str = ""
    finding_options: list[Option] = field(default_factory=list)
    finding_error: str = ""
    claims: list[str] = field(default_factory=list)
    initiatives: list[str] = field(default_factory=list)


def _options(choices: Sequence[tuple[str, str]], selected: str) -> list[Option]:
    return [Option(value, label, value == selected) for value, label in choices]


def field_names(item: ResponseItem) -> tuple[str, str]:
    """The form fields holding an item's stance and claimed status."""
    return f"item-{item.pk}-stance", f"item-{item.pk}-status"


def finding_field_name(item: ResponseItem) -> str:
    """The form field holding the finding an item's passage answers ("none" to unlink it)."""
    return f"item-{item.pk}-finding"


UNLINK = "none"


def review_rows(
    response: Response,
    items: Sequence[ResponseItem],
    posted: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
) -> list[ItemRow]:
    """One row per item: the evidence highlighted from the pipeline's stance and status spans, and
    the choices preselected from what was posted (when re-showing the form) or else the draft."""
    extracted: dict[tuple[str, str], Mapping[str, Any]] = {}
    raw_items = response.extraction.get("items", []) if isinstance(response.extraction, dict) else []
    for raw in raw_items if isinstance(raw_items, list) else []:
        if isinstance(raw, dict):
            extracted.setdefault((str(raw.get("recommendation")), str(raw.get("kind"))), raw)
    posted = posted or {}
    errors = errors or {}
    findings = list(response.report.findings.order_by("position"))
    rows = []
    for item in items:
        raw = extracted.get((item.finding.reference, item.finding.kind), {})
        if item.span_start is not None and item.span_end is not None:
            evidence = highlight_evidence(
                response.text, item.span_start, item.span_end, [raw.get("stance_span"), raw.get("status_span")]
            )
        else:
            evidence = mark_safe("")
        stance_name, status_name = field_names(item)
        rows.append(
            ItemRow(
                item=item,
                evidence=evidence,
                confidence=confidence_in_words(item.confidence),
                stance_options=_options(STANCE_CHOICES, posted.get(stance_name, item.stance)),
                status_options=_options(CLAIMED_STATUS_CHOICES, posted.get(status_name, item.claimed_status)),
                stance_error=errors.get(stance_name, ""),
                status_error=errors.get(status_name, ""),
                finding_options=_finding_options(findings, posted.get(finding_field_name(item), str(item.finding_id))),
                finding_error=errors.get(finding_field_name(item), ""),
                claims=[str(c.get("text", "")) for c in item.claims if isinstance(c, dict) and c.get("text")],
                initiatives=[str(i.get("name", "")) for i in item.initiatives if isinstance(i, dict) and i.get("name")],
            )
        )
    return rows


def _finding_options(findings: Sequence[Any], selected: str) -> list[Option]:
    options = [
        Option(str(f.pk), f"{f.short_label}: {f.text[:90]}{'…' if len(f.text) > 90 else ''}", str(f.pk) == selected)
        for f in findings
    ]
    return [*options, Option(UNLINK, "None of the findings (remove this passage)", selected == UNLINK)]


FLAG_TEXT = {
    "late_response": "The letter is dated after the response deadline.",
    "dated_before_publication": "The letter is dated before the report was published.",
    "report_not_registered": "The letter answers a report that is not registered here.",
}


def flag_text(flag: str) -> str:
    return FLAG_TEXT.get(flag, flag.replace("_", " ").capitalize() + ".")
