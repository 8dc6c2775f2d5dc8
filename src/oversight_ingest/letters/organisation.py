"""Which policing body wrote a response letter, read from the letter's text.

Every mention of a policing area is scored by what surrounds it (office words such as "Police
and Crime Commissioner for", "Mayoral Combined Authority", "Deputy Mayor of"; force words;
nothing) and by where it stands (title, letterhead, sign-off, body, running headers and
footers). Body names, aliases, office holders and force acronyms count too, and misspelt area
names next to office words are caught with rapidfuzz. The policing body with the highest score
wins (:func:`match_organisation`), so the author's office beats forces merely mentioned in the
body. The per-catalogue index built here is also used to tell names from places in signatures.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from oversight_ingest import patterns
from oversight_ingest.catalogue import Catalogue, CatalogueOrganisation
from oversight_ingest.document import Document, Span
from oversight_ingest.letters.lines import _clean_phrase, _Zones, _zones, letter_lines
from oversight_ingest.result import OrganisationMatch

__all__ = ["match_organisation"]

_OFFICE_BEFORE_RE = patterns.compile(
    r"(?:office\s+of\s+the\s+)?(?:deputy\s+)?"
    r"(?:police,?\s+fire\s+(?:and|&)\s+crime\s+commissioner|police\s+(?:and|&)\s+crime\s+commissioner|"
    r"mayor|commissioner|pf?cc|opf?cc)"
    r"(?:\s+for\s+policing,?\s+(?:and|&)\s+crime)?\s+(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OFFICE_AFTER_RE = patterns.compile(
    r"^(?:['’]s)?\s+(?:office\s+of\s+the\s+)?"
    r"(?:(?:deputy\s+)?mayor(?:al\s+combined\s+authority|al\s+authority)?\b|combined\s+authority\b|"
    r"police,?\s+fire\s+(?:and|&)\s+crime\s+commissioner\b|police\s+(?:and|&)\s+crime\s+commissioner\b|"
    r"opf?cc\b|pf?cc\b|police\s+authority(?:\s+board)?\b)"
    r"(?:\s*\((?:opf?cc|pf?cc)\))?(?:\s+for\s+policing,?\s+(?:and|&)\s+crime)?",
    re.IGNORECASE,
)
_OFFICE_SUFFIX_RE = patterns.compile(r"^\s+for\s+policing,?\s+(?:and|&)\s+crime\b", re.IGNORECASE)
_FORCE_AFTER_RE = patterns.compile(r"^(?:['’]s)?\s+(?:police|constabulary)\b", re.IGNORECASE)
_OFFICE_WORD_RE = patterns.compile(
    r"\b(?:commissioner|mayor|mayoral|combined\s+authority|police\s+authority|pf?cc|opf?cc|mopac)\b", re.IGNORECASE
)

_W_OFFICE = 6.0
_W_FORCE = 1.5
_W_PLAIN = 1.0
_W_DIRECT = 6.0
_Z_TITLE = 3.0
_Z_HEAD = 2.5
_Z_SIGNOFF = 3.0
_Z_BODY = 1.0


@dataclass(slots=True)
class _Mention:
    body: CatalogueOrganisation
    weight: float
    span: Span
    office: bool
    zone: str
    printed: str | None = None  # the words, for mentions outside the body text (running headers, footers)


@dataclass(slots=True)
class _OrgIndex:
    area_re: re.Pattern[str] | None
    area_bodies: dict[str, list[CatalogueOrganisation]]
    direct_re: re.Pattern[str] | None
    direct_bodies: dict[str, list[CatalogueOrganisation]]
    acronym_re: re.Pattern[str] | None
    acronym_forces: dict[str, list[CatalogueOrganisation]]
    fuzzy_areas: list[str]
    forces_by_name: dict[str, CatalogueOrganisation] = field(default_factory=dict)


_INDEXES: weakref.WeakKeyDictionary[Catalogue, _OrgIndex] = weakref.WeakKeyDictionary()


def _alternation(words: Sequence[str]) -> str:
    # longest first, so a name wins over a shorter one inside it; then alphabetical, so the pattern's text is the
    # same in every process (a set's order is not) and the pattern cache finds it
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _lowered_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """A pattern of whole words or phrases, to run over lower-cased, whitespace-normalised text."""
    keys = sorted({_key(w) for w in words}, key=len, reverse=True)
    starts = "|".join(sorted({re.escape(k[:2]) for k in keys}))
    return patterns.compile(rf"\b(?={starts})(?:{_alternation(keys)})(?![\w-])")


def _lowered(text: str) -> str:
    """Lower-cased text with the same offsets (whitespace runs kept, as single characters each)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return re.sub(r"\s", " ", low)


def _org_index(catalogue: Catalogue) -> _OrgIndex:
    cached = _INDEXES.get(catalogue)
    if cached is not None:
        return cached
    bodies = catalogue.policing_bodies()
    forces = {o.name: o for o in catalogue.organisations if o.kind == "force"}
    area_bodies: dict[str, list[CatalogueOrganisation]] = {}
    direct_bodies: dict[str, list[CatalogueOrganisation]] = {}
    acronym_forces: dict[str, list[CatalogueOrganisation]] = {}
    for body in bodies:
        areas: list[str] = []
        if body.area:
            areas.append(body.area)
        force = forces.get(body.force or "")
        if force is not None:
            areas.extend(a for a in force.aliases if not a.isupper() and not a.lower().startswith(("the ", "met")))
        for area in areas:
            area_bodies.setdefault(area.lower(), []).append(body)
        lowered_areas = [a.lower() for a in areas]
        for alias in (body.name, *body.aliases):
            if not any(a in alias.lower() for a in lowered_areas):
                direct_bodies.setdefault(alias.lower(), []).append(body)
        for person in body.people:
            if person.strip():
                direct_bodies.setdefault(person.lower(), []).append(body)
        if force is not None:
            for alias in force.aliases:
                if alias.isupper() and len(alias) >= 3:
                    acronym_forces.setdefault(alias, []).append(body)
    fuzzy_areas = sorted({a for a in area_bodies if len(a) >= 6})
    index = _OrgIndex(
        area_re=_lowered_pattern(list(area_bodies)) if area_bodies else None,
        area_bodies=area_bodies,
        direct_re=_lowered_pattern(list(direct_bodies)) if direct_bodies else None,
        direct_bodies=direct_bodies,
        acronym_re=patterns.compile(rf"\b(?:{_alternation(list(acronym_forces))})\b") if acronym_forces else None,
        acronym_forces=acronym_forces,
        fuzzy_areas=fuzzy_areas,
        forces_by_name=forces,
    )
    _INDEXES[catalogue] = index
    return index


def _zone_of(pos: int, zones: _Zones) -> tuple[str, float]:
    if zones.lines and zones.lines[0].start <= pos < zones.lines[0].end:
        return "title", _Z_TITLE
    if zones.head and pos < zones.head[-1].end:
        return "head", _Z_HEAD
    if zones.signoff and zones.signoff[0].start <= pos < zones.signoff[-1].end:
        return "signoff", _Z_SIGNOFF
    return "body", _Z_BODY


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _office_phrase(text: str, start: int, end: int) -> tuple[Span, bool, bool]:
    """The office phrase around an area mention: (span, is_office, is_force)."""
    before = text[max(0, start - 90) : start]
    after = text[end : end + 120]
    m_before = _OFFICE_BEFORE_RE.search(before)
    m_after = _OFFICE_AFTER_RE.match(after)
    if m_before:
        new_start = start - (len(before) - m_before.start())
        suffix = _OFFICE_SUFFIX_RE.match(after)
        new_end = end + (suffix.end() if suffix else 0)
        return Span(new_start, new_end), True, False
    if m_after:
        return Span(start, end + m_after.end()), True, False
    m_force = _FORCE_AFTER_RE.match(after)
    if m_force:
        return Span(start, end + m_force.end()), False, True
    return Span(start, end), False, False


def _acronym_meanings(text: str, index: _OrgIndex) -> dict[str, list[CatalogueOrganisation]]:
    """Acronyms of force names, narrowed to the force the letter defines them as ("... Police (WMP)")."""
    meanings: dict[str, list[CatalogueOrganisation]] = {}
    for acronym, bodies in index.acronym_forces.items():
        if len(bodies) == 1:
            meanings[acronym] = bodies
            continue
        defined = [b for b in bodies if b.force and re.search(re.escape(b.force) + r"\s*\(\s*" + acronym, text)]
        meanings[acronym] = defined or bodies
    return meanings


def _area_mentions(text: str, low: str, index: _OrgIndex, zones: _Zones, covered: list[Span]) -> list[_Mention]:
    mentions: list[_Mention] = []
    if index.area_re is None:
        return mentions
    for m in index.area_re.finditer(low):
        bodies = index.area_bodies.get(m.group(0), [])
        span, office, force = _office_phrase(text, m.start(), m.end())
        zone, zw = _zone_of(m.start(), zones)
        base = _W_OFFICE if office else (_W_FORCE if force else _W_PLAIN)
        mentions.extend(_Mention(body, base * zw / len(bodies), span, office, zone) for body in bodies)
        covered.append(span)
    return mentions


def _direct_mentions(low: str, index: _OrgIndex, zones: _Zones, covered: list[Span]) -> list[_Mention]:
    mentions: list[_Mention] = []
    if index.direct_re is None:
        return mentions
    for m in index.direct_re.finditer(low):
        if any(c.start <= m.start() < c.end for c in covered):
            continue
        bodies = index.direct_bodies.get(m.group(0), [])
        zone, zw = _zone_of(m.start(), zones)
        span = Span(m.start(), m.end())
        mentions.extend(_Mention(body, _W_DIRECT * zw / len(bodies), span, True, zone) for body in bodies)
    return mentions


def _acronym_mentions(text: str, index: _OrgIndex, zones: _Zones) -> list[_Mention]:
    mentions: list[_Mention] = []
    if index.acronym_re is None:
        return mentions
    meanings = _acronym_meanings(text, index)
    for m in index.acronym_re.finditer(text):
        bodies = meanings.get(m.group(0), [])
        zone, zw = _zone_of(m.start(), zones)
        span = Span(m.start(), m.end())
        mentions.extend(_Mention(body, _W_FORCE * zw / len(bodies), span, False, zone) for body in bodies)
    return mentions


def _fuzzy_mentions(index: _OrgIndex, zones: _Zones, covered: list[Span]) -> list[_Mention]:
    """Misspelt areas next to office words in the title, letterhead and sign-off."""
    mentions: list[_Mention] = []
    if not index.fuzzy_areas:
        return mentions
    for line in [*zones.head[:8], *zones.signoff]:
        if len(line.text) > 200 or not _OFFICE_WORD_RE.search(line.text):
            continue
        if any(line.start <= c.start < line.end for c in covered):
            continue
        found = process.extractOne(
            line.text.lower(), index.fuzzy_areas, scorer=fuzz.partial_ratio, score_cutoff=88, processor=None
        )
        if found is None:
            continue
        bodies = index.area_bodies[found[0]]
        zone, zw = _zone_of(line.start, zones)
        span = Span(line.start, line.end)
        mentions.extend(_Mention(body, _W_OFFICE * zw * 0.8 / len(bodies), span, True, zone) for body in bodies)
    return mentions


def _mentions(doc: Document, catalogue: Catalogue, zones: _Zones) -> list[_Mention]:
    text = doc.text
    low = _lowered(text)
    index = _org_index(catalogue)
    covered: list[Span] = []
    mentions = _area_mentions(text, low, index, zones, covered)
    mentions += _direct_mentions(low, index, zones, covered)
    mentions += _acronym_mentions(text, index, zones)
    mentions += _fuzzy_mentions(index, zones, covered)
    mentions += _furniture_mentions(doc, index)
    return mentions


def _furniture_mentions(doc: Document, index: _OrgIndex) -> list[_Mention]:
    """Mentions in running headers and footers (a PDF letterhead repeated on every page), weighted as letterhead."""
    if not doc.furniture:
        return []
    text = "\n\n".join(doc.furniture)
    lines = letter_lines(text)
    zones = _Zones(lines, lines, [], 0)
    covered: list[Span] = []
    low = _lowered(text)
    found = _area_mentions(text, low, index, zones, covered)
    found += _direct_mentions(low, index, zones, covered)
    for mention in found:
        mention.printed = mention.span.slice(text)
        mention.zone = "furniture"
        mention.weight = min(mention.weight, (_W_OFFICE if mention.office else _W_FORCE) * _Z_HEAD)
    return found


def match_organisation(
    doc: Document, catalogue: Catalogue, *, _zones_cache: _Zones | None = None
) -> OrganisationMatch | None:
    """The policing body that wrote the letter and the force it oversees, or None when no body is named."""
    zones = _zones_cache or _zones(doc.text)
    mentions = _mentions(doc, catalogue, zones)
    if not mentions:
        return None
    scores: dict[str, float] = {}
    by_name: dict[str, CatalogueOrganisation] = {}
    for mention in mentions:
        scores[mention.body.name] = scores.get(mention.body.name, 0.0) + mention.weight
        by_name[mention.body.name] = mention.body
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best_name, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    own = [m for m in mentions if m.body.name == best_name]
    evidence = max(own, key=lambda m: (m.printed is None, m.office, m.weight, -m.span.start))
    strong = any(m.office and m.zone != "body" for m in own)
    printed = evidence.printed if evidence.printed is not None else evidence.span.slice(doc.text)
    share = best / (best + second) if best + second else 0.0
    confidence = 0.5 * share + (0.5 if strong else 0.3 if any(m.office for m in own) else 0.1)
    body = by_name[best_name]
    return OrganisationMatch(
        name=body.name,
        force=body.force,
        confidence=min(1.0, confidence),
        span=evidence.span if evidence.printed is None else None,
        name_in_letter=_clean_phrase(printed),
    )
