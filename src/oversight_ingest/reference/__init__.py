"""Reference facts about the organisations of policing in England and Wales, as plain data.

The CSV files beside this module are written by the project from public facts (force names,
regions and local policing bodies as of 2026; see ``SOURCES.md``). The Django app loads them
into the database with ``oversight load-reference``; the ingestion pipeline uses them directly
when it runs without a database.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent  # read as plain files: importlib.resources costs start-up time


@dataclass(frozen=True, slots=True)
class ForceFact:
    name: str  # "South Yorkshire Police"
    area: str  # "South Yorkshire"
    region: str
    country: str
    policing_body: str
    body_kind: str  # pcc, pfcc, mayor, police authority


@dataclass(frozen=True, slots=True)
class RegionFact:
    name: str
    rocu: str | None
    rocu_short_name: str | None


@dataclass(frozen=True, slots=True)
class NationalBodyFact:
    name: str
    short_name: str
    kind: str  # inspectorate, national
    aliases: tuple[str, ...]


def _rows(filename: str) -> list[dict[str, str]]:
    text = (_HERE / filename).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def forces() -> tuple[ForceFact, ...]:
    return tuple(
        ForceFact(
            name=r["force"],
            area=r["area"],
            region=r["region"],
            country=r["country"],
            policing_body=r["policing_body"],
            body_kind=r["body_kind"],
        )
        for r in _rows("forces.csv")
    )


@cache
def regions() -> tuple[RegionFact, ...]:
    return tuple(
        RegionFact(name=r["region"], rocu=r["rocu"] or None, rocu_short_name=r["rocu_short_name"] or None)
        for r in _rows("regions.csv")
    )


@cache
def national_bodies() -> tuple[NationalBodyFact, ...]:
    return tuple(
        NationalBodyFact(
            name=r["name"],
            short_name=r["short_name"],
            kind=r["kind"],
            aliases=tuple(a for a in r["aliases"].split("|") if a),
        )
        for r in _rows("national_bodies.csv")
    )
