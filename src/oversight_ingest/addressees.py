"""Who a finding is addressed to, as organisations.

A report prints its addressees as words ("chief constables", "the Yorkshire and Humber Regional
Organised Crime Unit and its constituent forces", "the College of Policing"). This module turns
them into the organisations that owe an obligation, using the reference data: a national report to
"chief constables" reaches every territorial force; a regional report's "constituent forces" are
the forces of its region; "the force" in a force inspection is that force.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from oversight_ingest import reference
from oversight_ingest.packs import Pack, PackFinding

_ALL_FORCES = re.compile(
    r"^(?:all\s+)?(?:(?:home\s+office|territorial)\s+)?(?:chief\s+constables|police\s+forces|forces)"
    r"(?:\s+in\s+england\s+and\s+wales)?$"
)
_ALL_BODIES = re.compile(
    r"^(?:all\s+)?(?:police(?:,)?\s+(?:fire\s+)?and\s+crime\s+commissioners|local\s+policing\s+bodies|policing\s+bodies)$"
)
_REGION_FORCES = re.compile(r"^(?:its\s+|the\s+|all\s+)?(?:constituent|regional|region's)\s+forces$")
_THE_FORCE = re.compile(r"^(?:the\s+)?(?:force|chief\s+constable)$")


@dataclass(frozen=True, slots=True)
class Addressee:
    """One organisation a finding is addressed to. ``kind``: force, policing_body, rocu, national."""

    name: str
    kind: str


def normalise(name: str) -> str:
    """Lower-case, '&' as 'and', no apostrophes or leading 'the', single spaces."""
    text = name.lower().replace("&", " and ").replace("’", "").replace("'", "")
    text = re.sub(r"[^\w\s,-]", " ", text)
    text = " ".join(text.split())
    return text.removeprefix("the ")


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """An organisation that can be addressed, with the names it may be printed under."""

    name: str
    kind: str  # force, policing_body, rocu, national, inspectorate
    region: str | None = None
    aliases: tuple[str, ...] = ()


class Directory:
    """The organisations addressees resolve to: from reference data, or built from a database."""

    def __init__(self, entries: Iterable[DirectoryEntry]) -> None:
        self.entries = tuple(entries)
        self.forces = tuple(e for e in self.entries if e.kind == "force")
        self.bodies = tuple(e for e in self.entries if e.kind == "policing_body")
        self._named: dict[str, DirectoryEntry] = {}
        for entry in self.entries:
            for alias in (entry.name, *entry.aliases):
                self._named.setdefault(normalise(alias), entry)

    def named(self, printed: str) -> DirectoryEntry | None:
        return self._named.get(normalise(printed))

    @classmethod
    def from_reference(cls) -> Directory:
        entries: list[DirectoryEntry] = []
        for force in reference.forces():
            entries.append(DirectoryEntry(force.name, "force", force.region))
            entries.append(DirectoryEntry(force.policing_body, "policing_body", force.region))
        for region in reference.regions():
            if region.rocu:
                aliases = (region.rocu_short_name,) if region.rocu_short_name else ()
                entries.append(DirectoryEntry(region.rocu, "rocu", region.name, aliases))
        for body in reference.national_bodies():
            entries.append(DirectoryEntry(body.name, body.kind, None, (body.short_name, *body.aliases)))
        return cls(entries)


_DEFAULT: list[Directory] = []


def default_directory() -> Directory:
    if not _DEFAULT:
        _DEFAULT.append(Directory.from_reference())
    return _DEFAULT[0]


def resolve(
    addressees: Iterable[str],
    *,
    region: str | None = None,
    force: str | None = None,
    directory: Directory | None = None,
) -> tuple[list[Addressee], list[str]]:
    """The organisations the printed addressees name, and the phrases that matched none."""
    directory = directory or default_directory()
    found: dict[str, Addressee] = {}
    unresolved: list[str] = []
    for printed in addressees:
        key = normalise(printed)
        entries: Sequence[DirectoryEntry]
        if _ALL_FORCES.match(key):
            entries = directory.forces
        elif _ALL_BODIES.match(key):
            entries = directory.bodies
        elif _REGION_FORCES.match(key) and region:
            entries = [f for f in directory.forces if f.region == region]
        elif _THE_FORCE.match(key) and force:
            entries = [f for f in directory.forces if f.name == force]
        else:
            named = directory.named(printed)
            entries = [named] if named else []
        if not entries:
            unresolved.append(printed)
        for entry in entries:
            found.setdefault(entry.name, Addressee(entry.name, entry.kind))
    return list(found.values()), unresolved


def resolve_finding(
    pack: Pack, finding: PackFinding, *, directory: Directory | None = None
) -> tuple[list[Addressee], list[str]]:
    return resolve(finding.addressees, region=pack.region, force=pack.force, directory=directory)


def findings_for_force(pack: Pack, force_name: str, *, directory: Directory | None = None) -> list[PackFinding]:
    """The findings of ``pack`` that create an obligation for ``force_name``."""
    if directory is None:  # the reference directory: the same answer every time for the same findings
        return list(_findings_for_force(pack.findings, pack.region, pack.force, force_name))
    return [
        f for f in pack.findings if any(a.name == force_name for a in resolve_finding(pack, f, directory=directory)[0])
    ]


@lru_cache(maxsize=512)
def _findings_for_force(
    findings: tuple[PackFinding, ...], region: str | None, force: str | None, force_name: str
) -> tuple[PackFinding, ...]:
    return tuple(
        f for f in findings if any(a.name == force_name for a in resolve(f.addressees, region=region, force=force)[0])
    )
