"""A draft report pack from an extracted report.

:func:`draft_pack` reads the findings of a :class:`~oversight_ingest.document.Document` and the
report's own details – title, publication date, kind, force or region – and builds pack JSON in
the project's format, checked with :func:`~oversight_ingest.packs.validate_pack`. Whatever is
guessed rather than given is said in ``DraftPackResult.warnings``; a person reviews the draft
before it is imported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from oversight_ingest import reference
from oversight_ingest.document import BlockKind, Document
from oversight_ingest.months import MONTHS
from oversight_ingest.packs import PACK_FORMAT, PACK_VERSION, REPORT_KINDS, Pack, validate_pack
from oversight_ingest.reportparse.findings import DraftFinding, find_findings

_FLAGS = re.IGNORECASE
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_PUBLISHED = re.compile(
    r"\b(?:published|publication\s+date|date\s+of\s+publication|date\s+published|first\s+published)"
    r"(?:\s+on)?\s*[:\-–]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>" + _MONTH + r"),?\s+(?P<y>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})|(?P<nd>\d{1,2})/(?P<nm>\d{1,2})/(?P<ny>\d{4}))\b",
    _FLAGS,
)
_NOT_TITLE = re.compile(
    r"^(?:official(?:\s*[-–]\s*sensitive)?|contents|page\s+\d+|\d+|hmicfrs|his\s+majesty's\s+inspectorate\b.*"
    r"|published\b.*|publication\s+date\b.*|©.*|crown\s+copyright.*|www\..*|https?://.*)$",
    _FLAGS,
)
_PEEL = re.compile(r"\bPEEL\b")
_NATIONAL_ADDRESSEE = re.compile(
    r"^(?:all\s+)?(?:chief\s+constables|forces|police\s+forces|all\s+forces|police\s+and\s+crime\s+commissioners)$",
    _FLAGS,
)
_THE_FORCE = re.compile(r"^(?:the\s+)?force$", _FLAGS)
_ROCU_WORDS = re.compile(
    r"\b(?:ROCU|regional\s+organised\s+crime\s+unit|regional\s+special\s+operations\s+unit)\b", _FLAGS
)
_KEY_MAX = 63
_TITLE_MAX = 500
_TEXT_MIN = 10


@dataclass(slots=True)
class DraftPackResult:
    """A validated draft pack, its JSON, the findings behind it, and what a reviewer should check."""

    pack: Pack
    data: dict[str, Any]
    findings: list[DraftFinding]
    warnings: list[str] = field(default_factory=list)

    def review(self) -> dict[str, Any]:
        """Confidence and warnings per finding, plus the report-level warnings, as JSON-ready data."""
        return {
            "warnings": list(self.warnings),
            "findings": [
                {
                    "kind": f.kind,
                    "reference": f.reference,
                    "confidence": round(f.confidence, 3),
                    "deadline_phrase": f.deadline_phrase,
                    "warnings": list(f.warnings),
                }
                for f in self.findings
            ],
        }


def slugify(text: str) -> str:
    """A pack key from a title: lower-case ASCII words joined by hyphens, at most 63 characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = ascii_text.replace("&", " and ").replace("'", "")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > _KEY_MAX:
        cut = slug[:_KEY_MAX]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[20:] else cut
    return slug.strip("-") or "report"


def _guess_title(doc: Document) -> str | None:
    text = doc.text
    if doc.blocks and doc.blocks[0].kind != BlockKind.HEADING:
        # Plain text often opens with the title as an ordinary line: short, no closing full stop.
        first = " ".join(doc.block_text(doc.blocks[0]).split())
        if 3 <= len(first) <= 200 and not first.endswith(".") and not _NOT_TITLE.match(first):
            return first
    for block in doc.blocks[:40]:
        if block.kind == BlockKind.HEADING:
            title = " ".join(doc.block_text(block).lstrip("# ").split())
            if len(title) >= 3 and not _NOT_TITLE.match(title):
                return title
    for line in text[:5000].splitlines()[:40]:
        title = " ".join(line.lstrip("# ").split())
        if len(title) >= 3 and not _NOT_TITLE.match(title) and len(title) <= 300:
            return title
    return None


def _find_published(doc: Document) -> dt.date | None:
    for where in (doc.text[:8000], *doc.furniture, doc.text[-3000:]):
        m = _PUBLISHED.search(where)
        if m is None:
            continue
        try:
            if m["iso"]:
                return dt.date.fromisoformat(m["iso"])
            if m["nd"]:
                return dt.date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
            return dt.date(int(m["y"]), MONTHS[m["m"].lower().rstrip(".")[:3]], int(m["d"]))
        except ValueError:
            continue
    return None


@cache
def _force_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    found: list[tuple[re.Pattern[str], str]] = []
    for force in reference.forces():
        names = {force.name}
        if force.name == "Metropolitan Police Service":
            names.add("Metropolitan Police")
        for name in sorted(names, key=len, reverse=True):
            found.append((re.compile(r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b", _FLAGS), force.name))
    return tuple(found)


@cache
def _region_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    found: list[tuple[re.Pattern[str], str]] = []
    for region in reference.regions():
        names = [n for n in (region.rocu, region.rocu_short_name) if n]
        if region.name not in ("London", "Wales"):
            names.append(region.name)
        for name in names:
            words = [w for w in name.split() if w.lower() != "the"]
            pattern = r"\b" + r"\s+(?:the\s+)?".join(re.escape(w) for w in words) + r"\b"
            found.append((re.compile(pattern, _FLAGS), region.name))
    return tuple(found)


def _find_force(text: str) -> str | None:
    for pattern, name in _force_patterns():
        if pattern.search(text):
            return name
    return None


def _find_region(text: str) -> str | None:
    for pattern, name in _region_patterns():
        if pattern.search(text):
            return name
    return None


def _guess_kind(title: str, findings: list[DraftFinding], force: str | None, region: str | None) -> tuple[str, str]:
    """The report kind and why it was chosen: the first rule that holds."""
    addressees = [a for f in findings for a in f.addressees]
    joined = " ".join(addressees)
    rocu_named = bool(_ROCU_WORDS.search(joined) or _ROCU_WORDS.search(title) or "region" in title.lower())
    rules: tuple[tuple[bool, str, str], ...] = (
        (bool(_PEEL.search(title)), "peel", "the title says PEEL"),
        (
            bool(force) and any(_THE_FORCE.match(a) for a in addressees),
            "force",
            f"the title names {force} and findings are addressed to 'the force'",
        ),
        (bool(region) and rocu_named, "regional", f"a regional organised crime unit or the {region} region is named"),
        (bool(force), "force", f"the title names {force}"),
        (
            any(_NATIONAL_ADDRESSEE.match(a) for a in addressees),
            "national_thematic",
            "findings are addressed to chief constables or all forces",
        ),
        (bool(region), "regional", f"the {region} region is named"),
    )
    for holds, kind, reason in rules:
        if holds:
            return kind, reason
    return "national_thematic", "nothing in the report says otherwise"


def _details(
    doc: Document, title: str | None, published: dt.date | None, key: str | None, warnings: list[str]
) -> tuple[str, dt.date | None, str]:
    """Title, publication date and key: as given, or read from the report with a warning."""
    if title is None:
        title = _guess_title(doc)
        if title is None:
            title = "Untitled inspection report"
            warnings.append("no title found; a placeholder is used")
        else:
            warnings.append(f"title taken from the first heading: {title!r}")
    title = " ".join(title.split())[:_TITLE_MAX]
    if published is None:
        published = _find_published(doc)
        if published is None:
            warnings.append("no publication date found; deadlines counted from publication are left empty")
        else:
            warnings.append(f"publication date read from the report: {published.isoformat()}")
    if key is None:
        key = slugify(title)
        warnings.append(f"key derived from the title: {key!r}")
    return title, published, key


def _usable(findings: list[DraftFinding], published: dt.date | None, warnings: list[str]) -> list[DraftFinding]:
    kept: list[DraftFinding] = []
    for f in findings:
        if len(f.text) < _TEXT_MIN:
            warnings.append(f"{f.kind} {f.reference} dropped: its text is too short ({f.text!r})")
            continue
        if f.deadline and published and f.deadline < published:
            f.warnings.append(f"deadline {f.deadline} is before publication ({published}); left empty")
            f.deadline = None
        kept.append(f)
    return kept


def draft_pack(
    doc: Document,
    *,
    key: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    inspectorate: str = "HMICFRS",
    kind: str | None = None,
    url: str | None = None,
    force: str | None = None,
    region: str | None = None,
) -> DraftPackResult:
    """Draft a report pack for ``doc``; raises :class:`~oversight_ingest.packs.PackError` when the
    result does not validate (for instance a force report whose force cannot be identified)."""
    warnings: list[str] = []
    title, published, key = _details(doc, title, published, key, warnings)
    kept = _usable(find_findings(doc, published=published), published, warnings)

    if force is None:
        force = _find_force(title)
    if region is None:
        region = _find_region(title) or _find_region(" ".join(a for f in kept for a in f.addressees))
    if kind is None:
        kind, reason = _guess_kind(title, kept, force, region)
        warnings.append(f"kind guessed as {kind}: {reason}")
    elif kind not in REPORT_KINDS:
        warnings.append(f"kind {kind!r} is not one of {', '.join(REPORT_KINDS)}")
    if kind in ("force", "peel") and force:
        warnings.append(f"force guessed from the title: {force}")
    if kind == "regional" and region:
        warnings.append(f"region guessed: {region}")

    data: dict[str, Any] = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "source": {
            "note": "Drafted automatically from the report text by oversight_ingest.reportparse; "
            "check every finding against the published report before import."
        },
        "report": {
            "key": key,
            "title": title,
            "inspectorate": inspectorate,
            "kind": kind,
            "published": published.isoformat() if published else None,
            "url": url,
            "region": region if kind == "regional" else None,
            "force": force if kind in ("force", "peel") else None,
            "findings": [
                {
                    "kind": f.kind,
                    "reference": f.reference,
                    "text": f.text,
                    "deadline": f.deadline.isoformat() if f.deadline else None,
                    "addressees": list(f.addressees),
                    "themes": [],
                }
                for f in kept
            ],
        },
    }
    if url:
        data["source"]["url"] = url
    pack = validate_pack(data, source=f"draft pack {key!r}")
    return DraftPackResult(pack=pack, data=data, findings=kept, warnings=warnings)
