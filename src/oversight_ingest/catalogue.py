"""What the ingestion pipeline matches letters against: registered reports and organisations.

A :class:`Catalogue` is plain data so that any caller can build one: the command line builds it
from the reference CSVs (:meth:`Catalogue.default`) and report pack files; the Django app builds
it from its database. Nothing here reads files other than the package's own reference data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from oversight_ingest import reference
from oversight_ingest.packs import Pack

ORGANISATION_KINDS = ("pcc", "pfcc", "mayor", "police authority", "force", "rocu", "national", "inspectorate")
"""Every value :attr:`CatalogueOrganisation.kind` may take."""

POLICING_BODY_KINDS = frozenset({"pcc", "pfcc", "mayor", "police authority"})
"""The kinds of organisation that write responses to inspection reports."""

_PAREN_RE = re.compile(r"\s*\(([^)]*)\)\s*")


def normalise_title(title: str) -> str:
    """Lower-case, straight quotes and '&' as 'and', punctuation dropped, single spaces."""
    text = title.lower().replace("&", " and ")
    text = re.sub(r"[\u2018\u2019'`]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class CatalogueOrganisation:
    """One organisation a letter may come from or mention.

    ``force`` is the force a policing body oversees (for a force, the force itself); ``area`` is
    the policing area as people write it ("South Yorkshire"); ``aliases`` are other names the
    organisation is printed under; ``people`` are known office holders' names.
    """

    name: str
    kind: str
    force: str | None = None
    area: str | None = None
    aliases: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    region: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ORGANISATION_KINDS:
            raise ValueError(
                f"unknown organisation kind {self.kind!r}; expected one of {', '.join(ORGANISATION_KINDS)}"
            )
        if not self.name.strip():
            raise ValueError("an organisation needs a name")

    @property
    def is_policing_body(self) -> bool:
        return self.kind in POLICING_BODY_KINDS

    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


@dataclass(eq=False)
class Catalogue:
    """The reports and organisations one ingestion run matches against."""

    reports: Sequence[Pack] = ()
    organisations: Sequence[CatalogueOrganisation] = ()
    _by_key: dict[str, Pack] = field(init=False, repr=False)
    _by_title: dict[str, Pack] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.reports = tuple(self.reports)
        self.organisations = tuple(self.organisations)
        self._by_key = {}
        self._by_title = {}
        for pack in self.reports:
            self._by_key.setdefault(pack.key.strip().lower(), pack)
            self._by_title.setdefault(normalise_title(pack.title), pack)

    @classmethod
    def default(cls, reports: Iterable[Pack] = ()) -> Catalogue:
        """A catalogue of the organisations in ``oversight_ingest.reference`` and the given reports."""
        return cls(reports=tuple(reports), organisations=reference_organisations())

    def with_reports(self, reports: Iterable[Pack]) -> Catalogue:
        """A copy with ``reports`` added (a report whose key is already registered replaces it)."""
        extra = tuple(reports)
        keys = {p.key.strip().lower() for p in extra}
        kept = tuple(p for p in self.reports if p.key.strip().lower() not in keys)
        return Catalogue(reports=(*kept, *extra), organisations=self.organisations)

    def report_by_key(self, key: str) -> Pack | None:
        """The report registered under ``key`` (case-insensitive), or None."""
        return self._by_key.get(key.strip().lower())

    def report_by_title(self, title: str) -> Pack | None:
        """The report whose title is ``title``, ignoring case, quotes and punctuation; or None."""
        return self._by_title.get(normalise_title(title))

    def policing_bodies(self) -> tuple[CatalogueOrganisation, ...]:
        return tuple(o for o in self.organisations if o.is_policing_body)

    def forces(self) -> tuple[CatalogueOrganisation, ...]:
        return tuple(o for o in self.organisations if o.kind == "force")

    def body_for_force(self, force: str) -> CatalogueOrganisation | None:
        """The policing body that oversees ``force``, or None."""
        for org in self.organisations:
            if org.is_policing_body and org.force == force:
                return org
        return None


def _acronym(name: str) -> str | None:
    """'South Yorkshire Police' -> 'SYP'; None for one-word or two-letter results (too ambiguous)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    acronym = "".join(w[0] for w in words)
    return acronym if len(acronym) >= 3 else None


def _area_variants(area: str) -> tuple[str, ...]:
    """Other ways an area is written: 'Dyfed-Powys' / 'Dyfed Powys', 'Hampshire and Isle of Wight' / 'Hampshire'."""
    variants: list[str] = []
    if "-" in area:
        variants.append(area.replace("-", " "))
    if " and " in area:
        variants.append(area.replace(" and ", " & "))
    if area == "North Yorkshire":
        variants.append("York and North Yorkshire")
    if area == "Hampshire and Isle of Wight":
        variants.append("Hampshire")
    if area == "Metropolitan":
        variants.append("London")
    if area == "City of London":
        variants.append("the City")
    variants.extend(_LONG_AREA_NAMES.get(area, ()))
    return tuple(variants)


# Policing areas as their commissioners' offices style them, longer than the force's area name.
_LONG_AREA_NAMES: dict[str, tuple[str, ...]] = {
    "Devon and Cornwall": ("Devon, Cornwall and the Isles of Scilly", "Devon, Cornwall & the Isles of Scilly"),
    "Leicestershire": ("Leicester, Leicestershire and Rutland", "Leicester, Leicestershire & Rutland"),
    "Cambridgeshire": ("Cambridgeshire and Peterborough", "Cambridgeshire & Peterborough"),
    "Wiltshire": ("Wiltshire and Swindon", "Wiltshire & Swindon"),
}


def _body_aliases(name: str, kind: str, area: str) -> tuple[str, ...]:
    """Printed forms of a policing body's name beyond the reference name."""
    aliases: list[str] = []
    outside = _PAREN_RE.sub(" ", name).strip()
    inside = [m.group(1).strip() for m in _PAREN_RE.finditer(name)]
    if outside != name:
        aliases.append(outside)
    aliases.extend(i for i in inside if i)
    areas = (area, *_area_variants(area))
    if kind == "pcc":
        for a in areas:
            aliases += [
                f"Police and Crime Commissioner for {a}",
                f"Office of the Police and Crime Commissioner for {a}",
                f"{a} Police and Crime Commissioner",
                f"{a} Office of the Police and Crime Commissioner",
                f"{a} OPCC",
                f"{a} PCC",
            ]
    elif kind == "pfcc":
        for a in areas:
            aliases += [
                f"Police, Fire and Crime Commissioner for {a}",
                f"Office of the Police, Fire and Crime Commissioner for {a}",
                f"{a} Police, Fire and Crime Commissioner",
                f"{a} PFCC",
                f"{a} OPFCC",
            ]
    elif kind == "mayor":
        if area == "Metropolitan":
            aliases += ["Mayor's Office for Policing and Crime", "Mayor of London", "MOPAC", "Greater London Authority"]
        else:
            for a in areas:
                aliases += [
                    f"Mayor of {a}",
                    f"Deputy Mayor of {a}",
                    f"{a} Mayoral Combined Authority",
                    f"{a} Combined Authority",
                    f"{a} Mayor",
                    f"{a} Deputy Mayor",
                ]
    elif kind == "police authority":
        aliases += ["City of London Police Authority", "Police Authority Board", "City of London Corporation"]
    seen = {name}
    unique: list[str] = []
    for alias in aliases:
        if alias and alias not in seen:
            seen.add(alias)
            unique.append(alias)
    return tuple(unique)


def reference_organisations() -> tuple[CatalogueOrganisation, ...]:
    """Forces, their policing bodies, ROCUs and national bodies from the bundled reference data."""
    orgs: list[CatalogueOrganisation] = []
    for fact in reference.forces():
        force_aliases: list[str] = list(_area_variants(fact.area))
        acronym = _acronym(fact.name)
        if acronym:
            force_aliases.append(acronym)
        if fact.area == "Metropolitan":
            force_aliases += ["Metropolitan Police", "Met Police", "the Met"]
        orgs.append(
            CatalogueOrganisation(
                name=fact.name,
                kind="force",
                force=fact.name,
                area=fact.area,
                aliases=tuple(a for a in force_aliases if a != fact.area),
                region=fact.region,
            )
        )
        orgs.append(
            CatalogueOrganisation(
                name=fact.policing_body,
                kind=fact.body_kind,
                force=fact.name,
                area=fact.area,
                aliases=_body_aliases(fact.policing_body, fact.body_kind, fact.area),
                region=fact.region,
            )
        )
    for region in reference.regions():
        if region.rocu:
            short = (region.rocu_short_name,) if region.rocu_short_name else ()
            orgs.append(
                CatalogueOrganisation(
                    name=region.rocu, kind="rocu", area=region.name, aliases=short, region=region.name
                )
            )
    for body in reference.national_bodies():
        aliases = tuple(dict.fromkeys(a for a in (body.short_name, *body.aliases) if a and a != body.name))
        orgs.append(CatalogueOrganisation(name=body.name, kind=body.kind, aliases=aliases))
    return tuple(orgs)
