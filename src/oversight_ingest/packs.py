"""Report packs: the project's versioned JSON format for one report and its findings.

A pack is validated in two passes: the JSON Schema in ``schemas/report-pack-v1.schema.json``
(shape and types), then the rules no schema states well (real calendar dates, unique
references, a regional report names its region). Every problem is reported with the file,
the field path and what is wrong; a pack with any problem is refused whole.

A pack the product wrote or shipped itself (the packs installed with it, whose schema check is a test, and the
catalogue snapshot it saves from packs it checked on import) is read ``trusted``: the schema pass, which costs a
command line a seventh of its start-up, is run only if the pack does not build, to say what is wrong with it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

PACK_FORMAT = "oversight-report-pack"
PACK_VERSION = 1

FINDING_KINDS = ("recommendation", "area_for_improvement", "cause_of_concern")
REPORT_KINDS = ("national_thematic", "regional", "force", "peel")


@dataclass(frozen=True, slots=True)
class PackProblem:
    field: str  # e.g. "report.findings[2].deadline"
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class PackError(Exception):
    """A pack that cannot be imported; ``problems`` lists every fault found."""

    def __init__(self, source: str, problems: list[PackProblem]) -> None:
        self.source = source
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{source}: report pack is not valid ({len(problems)} problem(s)):\n{lines}")


@dataclass(frozen=True, slots=True)
class PackFinding:
    kind: str
    reference: str
    text: str
    deadline: dt.date | None = None
    addressees: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pack:
    key: str
    title: str
    inspectorate: str
    kind: str
    findings: tuple[PackFinding, ...]
    published: dt.date | None = None
    url: str | None = None
    region: str | None = None
    force: str | None = None
    summary: str = ""
    source: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The pack as a JSON-ready document in the current format version."""
        report: dict[str, Any] = {
            "key": self.key,
            "title": self.title,
            "inspectorate": self.inspectorate,
            "kind": self.kind,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "region": self.region,
            "force": self.force,
        }
        if self.summary:
            report["summary"] = self.summary
        findings = []
        for f in self.findings:
            item = asdict(f)
            item["deadline"] = f.deadline.isoformat() if f.deadline else None
            item["addressees"] = list(f.addressees)
            item["themes"] = list(f.themes)
            findings.append(item)
        report["findings"] = findings
        doc: dict[str, Any] = {"format": PACK_FORMAT, "version": PACK_VERSION}
        if self.source:
            doc["source"] = dict(self.source)
        doc["report"] = report
        return doc


@cache
def pack_schema() -> dict[str, Any]:
    text = (Path(__file__).resolve().parent / "schemas" / "report-pack-v1.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _fast_check() -> Callable[[Any], Any]:
    # fastjsonschema compiles the schema to Python: ~20x faster on a 5,000-finding pack, but it
    # stops at the first fault, so jsonschema is asked for the full list when there is one. Imported here: a
    # command reading only trusted packs never needs it.
    import fastjsonschema

    return fastjsonschema.compile(pack_schema(), formats={"date": _ISO_DATE.pattern})


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _date(value: Any, where: str, problems: list[PackProblem]) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        problems.append(PackProblem(where, f"{value!r} is not a date in the form YYYY-MM-DD"))
        return None


def validate_pack(data: Any, *, source: str = "<pack>", trusted: bool = False) -> Pack:
    """Check a decoded pack document and return it as a :class:`Pack`, or raise :class:`PackError`.

    ``trusted``: a pack the product shipped or saved itself; its schema is checked only when it does not build."""
    if not trusted:
        _check_schema(data, source)
        return _build(data, source)
    try:
        return _build(data, source)
    except (KeyError, TypeError, AttributeError, ValueError):
        _check_schema(data, source)  # changed since it was written: say what is wrong with it
        raise


def _check_schema(data: Any, source: str) -> None:
    """Raise :class:`PackError` listing every way ``data`` breaks the pack's JSON Schema."""
    import fastjsonschema

    try:
        _fast_check()(data)
    except fastjsonschema.JsonSchemaException:
        from jsonschema import Draft202012Validator  # only for a faulty pack: the full list of faults

        validator = Draft202012Validator(pack_schema())
        problems = [
            PackProblem(_path(err.absolute_path), err.message)
            for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
        ]
        raise PackError(source, problems or [PackProblem("(top level)", "does not match the pack format")]) from None


def _build(data: Any, source: str) -> Pack:
    """The :class:`Pack` of a document of the pack's shape, after the rules no schema states well."""
    problems: list[PackProblem] = []

    report = data["report"]
    published = _date(report.get("published"), "report.published", problems)
    findings: list[PackFinding] = []
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(report["findings"]):
        where = f"report.findings[{i}]"
        ref_key = (item["kind"], item["reference"].strip().lower())
        if ref_key in seen:
            problems.append(
                PackProblem(f"{where}.reference", f"{item['kind']} {item['reference']!r} appears more than once")
            )
        seen.add(ref_key)
        deadline = _date(item.get("deadline"), f"{where}.deadline", problems)
        if deadline and published and deadline < published:
            problems.append(PackProblem(f"{where}.deadline", f"{deadline} is before the report's publication"))
        findings.append(
            PackFinding(
                kind=item["kind"],
                reference=item["reference"].strip(),
                text=" ".join(item["text"].split()),
                deadline=deadline,
                addressees=tuple(a.strip() for a in item.get("addressees", [])),
                themes=tuple(t.strip() for t in item.get("themes", [])),
            )
        )
    if report["kind"] == "regional" and not report.get("region"):
        problems.append(PackProblem("report.region", "a regional report must name its region"))
    if report["kind"] in ("force", "peel") and not report.get("force"):
        problems.append(PackProblem("report.force", f"a {report['kind']} report must name its force"))
    if problems:
        raise PackError(source, problems)
    return Pack(
        key=report["key"],
        title=" ".join(report["title"].split()),
        inspectorate=report["inspectorate"],
        kind=report["kind"],
        findings=tuple(findings),
        published=published,
        url=report.get("url"),
        region=report.get("region"),
        force=report.get("force"),
        summary=report.get("summary", ""),
        source=dict(data.get("source", {})),
    )


def load_pack(path: str | Path, *, trusted: bool = False) -> Pack:
    """Read and validate a pack file; every failure is a :class:`PackError` naming the file. ``trusted``: see
    :func:`validate_pack`."""
    path = Path(path)
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(source, [PackProblem("(file)", f"cannot be read: {exc.strerror or exc}")]) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PackError(source, [PackProblem("(file)", f"is not UTF-8 text (byte {exc.start})")]) from exc
    except json.JSONDecodeError as exc:
        raise PackError(
            source, [PackProblem("(file)", f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")]
        ) from exc
    return validate_pack(data, source=source, trusted=trusted)
