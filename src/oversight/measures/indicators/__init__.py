"""Indicator definitions as data: one JSON file per report (``<report key>.json``), each
indicator tied to a finding of that report by its printed reference. See docs/measures.md."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DEFINITIONS_DIR = Path(__file__).resolve().parent
MEASURES = frozenset({"referrals_submitted", "collection_plan", "course_completion"})


class DefinitionError(ValueError):
    """An indicator definitions file breaks the format; the message names the file and field."""


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    finding: str  # the finding's reference as printed in the report
    title: str
    measure: str
    target: float
    direction: str  # "up": higher is better
    description: str
    courses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IndicatorSet:
    report: str
    source: str
    indicators: tuple[Indicator, ...]

    def get(self, key: str) -> Indicator | None:
        return next((i for i in self.indicators if i.key == key), None)


def parse_definitions(doc: object, *, source: str) -> IndicatorSet:
    if not isinstance(doc, dict) or doc.get("format") != "oversight-indicators" or doc.get("version") != 1:
        raise DefinitionError(f"{source}: not an oversight-indicators file of version 1")
    report = doc.get("report")
    if not isinstance(report, str) or not report:
        raise DefinitionError(f"{source}: report must name a report key")
    indicators: list[Indicator] = []
    seen: set[str] = set()
    for n, item in enumerate(doc.get("indicators") or []):
        where = f"{source}: indicators[{n}]"
        if not isinstance(item, dict):
            raise DefinitionError(f"{where} must be an object")
        key, measure = item.get("key"), item.get("measure")
        if not isinstance(key, str) or not key or key in seen:
            raise DefinitionError(f"{where}.key must be a unique name")
        seen.add(key)
        if measure not in MEASURES:
            raise DefinitionError(f"{where}.measure must be one of {', '.join(sorted(MEASURES))}")
        courses = tuple(item.get("courses") or ())
        if measure == "course_completion" and not courses:
            raise DefinitionError(f"{where}.courses must list at least one course code")
        target = item.get("target", 100)
        if not isinstance(target, int | float) or not 0 <= target <= 100:
            raise DefinitionError(f"{where}.target must be a percentage")
        indicators.append(
            Indicator(
                key=key,
                finding=str(item.get("finding", "")),
                title=str(item.get("title") or key),
                measure=str(measure),
                target=float(target),
                direction=str(item.get("direction", "up")),
                description=str(item.get("description", "")),
                courses=courses,
            )
        )
    return IndicatorSet(report=report, source=str(doc.get("source", "")), indicators=tuple(indicators))


@cache
def definitions_for(report_key: str) -> IndicatorSet | None:
    """The bundled indicator definitions of a report, or None when it has none."""
    path = DEFINITIONS_DIR / f"{report_key}.json"
    if not report_key.replace("-", "").isalnum() or not path.is_file():
        return None
    return parse_definitions(json.loads(path.read_text(encoding="utf-8")), source=path.name)


def reports_with_indicators() -> list[str]:
    return sorted(p.stem for p in DEFINITIONS_DIR.glob("*.json"))
