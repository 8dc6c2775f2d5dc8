"""Turning an uploaded report into a draft report pack for a person to review, and the reviewed
form back into a pack. Nothing here writes to the database: registering is
``services.report_register``.

A report document (PDF, DOCX, HTML, text) is read by the ingestion package's report parser, which
finds every "By <date>, <who> should …" recommendation and numbered area for improvement or
cause of concern; a report pack (JSON) is checked as it is. Either way the reviewer sees every
finding, with how sure the parser was, and may correct, drop or add before registering.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oversight_ingest.document import ExtractionError
from oversight_ingest.packs import FINDING_KINDS, PACK_FORMAT, PACK_VERSION, Pack, PackError, validate_pack

REPORT_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".json")


@dataclass(slots=True)
class Draft:
    """A draft pack (as a pack document) and what the reviewer should check, or why there is none."""

    data: dict[str, Any] | None = None
    review: dict[str, dict[str, Any]] = field(default_factory=dict)  # per "kind:reference": confidence, warnings
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _draft_from_pack_file(path: Path) -> Draft:
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError) as exc:
        return Draft(problems=[f"The file is not a report pack: it is not valid JSON ({exc})."])
    try:
        pack = validate_pack(data, source=path.name)
    except PackError as exc:
        return Draft(problems=[str(p) for p in exc.problems])
    return Draft(data=pack.to_json())


def draft_from_file(
    path: Path,
    *,
    key: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    kind: str | None = None,
    url: str | None = None,
) -> Draft:
    """A draft pack from a report document or a report pack file at ``path`` (its suffix says which)."""
    if path.suffix.lower() == ".json":
        return _draft_from_pack_file(path)
    from oversight_ingest.extract import extract_path
    from oversight_ingest.reportparse.pack import draft_pack

    try:
        doc = extract_path(path)
    except ExtractionError as exc:
        return Draft(problems=[f"The report cannot be read: {exc.message}"])
    try:
        result = draft_pack(doc, key=key or None, title=title or None, published=published, kind=kind or None, url=url)
    except PackError as exc:
        return Draft(problems=[str(p) for p in exc.problems])
    if not result.findings:
        return Draft(
            problems=[
                "No recommendation, area for improvement or cause of concern was found in the report. "
                "Check it is the full report, or register it from a report pack instead."
            ]
        )
    review = {f"{f['kind']}:{f['reference']}": f for f in result.review()["findings"]}
    return Draft(data=result.pack.to_json(), review=review, warnings=[*doc.warnings, *result.warnings])


def draft_from_chunks(
    chunks: Iterable[bytes],
    filename: str,
    *,
    key: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    kind: str | None = None,
    url: str | None = None,
    temp_dir: str | None = None,
) -> Draft:
    """A draft from an upload's bytes: written to a temporary file (the readers need a path and the
    name's suffix), read, and removed whatever happens, so a refused report leaves nothing behind."""
    suffix = Path(filename).suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        return Draft(problems=["The selected file must be a PDF, Word (DOCX), HTML, text or report pack (JSON) file"])
    fd, raw = tempfile.mkstemp(prefix="oversight-report-", suffix=suffix, dir=temp_dir)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        return draft_from_file(Path(raw), key=key, title=title, published=published, kind=kind, url=url)
    finally:
        Path(raw).unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class FormFinding:
    index: int
    include: bool
    kind: str
    reference: str
    text: str
    deadline: str
    addressees: str  # one per line
    themes: str  # one per line


@dataclass(slots=True)
class ReviewedPack:
    """The reviewed form: its values (to show again) and the pack they make, or the problems."""

    report: dict[str, str]
    findings: list[FormFinding]
    pack: Pack | None = None
    problems: list[tuple[str, str]] = field(default_factory=list)  # (field id, message)


REPORT_FIELDS = ("key", "title", "kind", "published", "url", "region", "force")


def form_from_draft(data: dict[str, Any]) -> tuple[dict[str, str], list[FormFinding]]:
    """The review form's initial values from a pack document."""
    report = data["report"]
    values = {name: "" if report.get(name) is None else str(report.get(name)) for name in REPORT_FIELDS}
    findings = [
        FormFinding(
            index=i,
            include=True,
            kind=f["kind"],
            reference=f["reference"],
            text=f["text"],
            deadline=f.get("deadline") or "",
            addressees="\n".join(f.get("addressees") or []),
            themes="\n".join(f.get("themes") or []),
        )
        for i, f in enumerate(report["findings"])
    ]
    return values, findings


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def reviewed_pack(post: Any, *, source: dict[str, str]) -> ReviewedPack:
    """Read the review form (a QueryDict) into a pack, every problem tied to the field it concerns."""
    report = {name: post.get(f"report-{name}", "").strip() for name in REPORT_FIELDS}
    count = int(post.get("finding-count", "0") or 0) if str(post.get("finding-count", "0")).isdigit() else 0
    findings = [
        FormFinding(
            index=i,
            include=post.get(f"finding-{i}-include") == "yes",
            kind=post.get(f"finding-{i}-kind", "").strip(),
            reference=post.get(f"finding-{i}-reference", "").strip(),
            text=post.get(f"finding-{i}-text", "").strip(),
            deadline=post.get(f"finding-{i}-deadline", "").strip(),
            addressees=post.get(f"finding-{i}-addressees", ""),
            themes=post.get(f"finding-{i}-themes", ""),
        )
        for i in range(min(count, 500))
    ]
    out = ReviewedPack(report=report, findings=findings)
    kept = [f for f in findings if f.include]
    if not kept:
        out.problems.append(
            ("#finding-0-include", "Keep at least one finding: a report with none has nothing to track.")
        )
    for f in kept:
        if f.kind not in FINDING_KINDS:
            out.problems.append(
                (f"#finding-{f.index}-kind", f"Finding {f.index + 1}: choose what kind of finding it is.")
            )
        if f.deadline and not _is_date(f.deadline):
            out.problems.append(
                (
                    f"#finding-{f.index}-deadline",
                    f"Finding {f.index + 1}, deadline: enter a real date as year-month-day, for example 2026-04-30",
                )
            )
    if report["published"] and not _is_date(report["published"]):
        out.problems.append(
            (
                "#report-published",
                "Report, publication date: enter a real date as year-month-day, for example 2025-05-16",
            )
        )
    document = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "source": source,
        "report": {
            "key": report["key"],
            "title": report["title"],
            "inspectorate": "HMICFRS",
            "kind": report["kind"],
            "published": report["published"] or None,
            "url": report["url"] or None,
            "region": report["region"] or None,
            "force": report["force"] or None,
            "findings": [
                {
                    "kind": f.kind,
                    "reference": f.reference,
                    "text": f.text,
                    "deadline": f.deadline or None,
                    "addressees": _lines(f.addressees),
                    "themes": _lines(f.themes),
                }
                for f in kept
            ],
        },
    }
    if out.problems:
        return out
    try:
        out.pack = validate_pack(document, source="the form")
    except PackError as exc:
        for problem in exc.problems:
            out.problems.append((_field_id(problem.field, kept), _message(problem.field, problem.message, kept)))
    return out


def _finding_at(path: str, kept: list[FormFinding]) -> FormFinding | None:
    if not path.startswith("report.findings["):
        return None
    try:
        position = int(path.split("[", 1)[1].split("]", 1)[0])
    except ValueError:
        return None
    return kept[position] if 0 <= position < len(kept) else None


def _field_id(path: str, kept: list[FormFinding]) -> str:
    finding = _finding_at(path, kept)
    if finding is not None:
        name = path.rsplit(".", 1)[-1] if "]." in path else "text"
        name = name.split("[", 1)[0]
        return f"#finding-{finding.index}-{name}"
    name = path.removeprefix("report.").split("[", 1)[0] or "key"
    return f"#report-{name if name in REPORT_FIELDS else 'key'}"


_PLAIN_MESSAGES = (
    ("is too short", "enter it"),
    ("should be non-empty", "enter it"),
    ("does not match '^[a-z0-9]", "use lower-case letters, numbers and hyphens only (at most 63)"),
)


def _message(path: str, message: str, kept: list[FormFinding]) -> str:
    finding = _finding_at(path, kept)
    where = f"Finding {finding.index + 1}" if finding is not None else "Report"
    name = path.rsplit(".", 1)[-1].split("[", 1)[0].replace("_", " ")
    plain = next((said for cue, said in _PLAIN_MESSAGES if cue in message), message)
    return f"{where}, {name}: {plain}"
