"""Who wrote a response letter, when, and to which report: read from the letter's own text.

Response letters to inspection reports share a shape whatever the format: a letterhead or a
title naming the policing body, a date near the top, a salutation, a line naming the report,
the body, then a sign-off (valediction, signature, name, role). This module reads that shape:

* **organisation**: every mention of a policing area is scored by what surrounds it (office
  words such as "Police and Crime Commissioner for", "Mayoral Combined Authority", "Deputy
  Mayor of"; force words; nothing) and by where it stands (title, letterhead, sign-off, body).
  The policing body with the highest score wins, so the author's office beats forces merely
  mentioned in the body. Misspelt area names next to office words are caught with rapidfuzz.
* **author**: the name and role in the signature block (skipping signature-image descriptions
  and duplicated, misspelt signatures), or a "Response from <name>, <role>" line.
* **date**: the date printed alone (or with a short label) in the letterhead or sign-off, in
  the common UK forms; publication dates of the report are recognised and kept apart.
* **report**: registered report titles are searched for in the letter (abbreviations defined
  in the letter are expanded); when none matches, the title as printed is returned unmatched.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from oversight_ingest.catalogue import Catalogue, CatalogueOrganisation, normalise_title
from oversight_ingest.document import Document, Span
from oversight_ingest.packs import Pack
from oversight_ingest.result import Author, OrganisationMatch, ReportMatch

__all__ = [
    "LetterMetadata",
    "Line",
    "find_author",
    "find_date",
    "letter_lines",
    "match_organisation",
    "match_report",
    "read_metadata",
]

# --------------------------------------------------------------------------------------------
# Lines and zones


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of the document text (a block, for extracted documents)."""

    index: int
    start: int
    end: int
    text: str


def letter_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with their offsets (surrounding whitespace excluded)."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            lines.append(Line(len(lines), start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


_VALEDICTION_RE = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly|ever)|yours|(?:with\s+)?(?:kind|best|warm|warmest|many)\s+"
    r"(?:regards|wishes|thanks)|regards|best\s+wishes|with\s+thanks|sincerely)\b[\s,.;:!]*",
    re.IGNORECASE,
)
_SALUTATION_RE = re.compile(r"^(?:\*+\s*)?dear\b", re.IGNORECASE)
_HEAD_MAX_CHARS = 1500
_LONG_LINE = 240


@dataclass(frozen=True, slots=True)
class _Zones:
    lines: list[Line]
    head: list[Line]  # letterhead, date, addressee, salutation, title lines
    signoff: list[Line]  # the valediction and what follows it (or the last lines)
    salutation_end: int  # end offset of the salutation line, 0 when none


def _zones(text: str) -> _Zones:
    lines = letter_lines(text)
    head: list[Line] = []
    salutation_end = 0
    for line in lines:
        if line.start > _HEAD_MAX_CHARS:
            break
        if len(line.text) > _LONG_LINE and head:
            break
        head.append(line)
        if _SALUTATION_RE.match(line.text) and not salutation_end:
            salutation_end = line.end
    valediction = None
    for line in reversed(lines):
        if line.start < len(text) // 3:
            break
        if _VALEDICTION_RE.match(line.text) and len(line.text) < 160:
            valediction = line
            break
    if valediction is None:
        valediction = _inline_valediction(lines[-3:])
    if valediction is not None:
        signoff = [valediction, *lines[valediction.index + 1 : valediction.index + 8]]
    else:
        signoff = lines[-6:]
    return _Zones(lines, head, signoff, salutation_end)


_INLINE_VALEDICTION_RE = re.compile(
    r"(?<=[.!?:]\s)(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|best\s+wishes)\b",
    re.IGNORECASE,
)


def _inline_valediction(lines: Sequence[Line]) -> Line | None:
    """A valediction run into the end of a paragraph ("... next year. Yours sincerely, Jo Bloggs ..."),
    as PDF text extraction sometimes leaves it, cut out as a line of its own."""
    for line in reversed(lines):
        hits = list(_INLINE_VALEDICTION_RE.finditer(line.text))
        if hits:
            found = hits[-1]
            return Line(line.index, line.start + found.start(), line.end, line.text[found.start() :])
    return None


# --------------------------------------------------------------------------------------------
# Organisation

_OFFICE_BEFORE_RE = re.compile(
    r"(?:office\s+of\s+the\s+)?(?:deputy\s+)?"
    r"(?:police,?\s+fire\s+(?:and|&)\s+crime\s+commissioner|police\s+(?:and|&)\s+crime\s+commissioner|"
    r"mayor|commissioner|pf?cc|opf?cc)"
    r"(?:\s+for\s+policing,?\s+(?:and|&)\s+crime)?\s+(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OFFICE_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:office\s+of\s+the\s+)?"
    r"(?:(?:deputy\s+)?mayor(?:al\s+combined\s+authority|al\s+authority)?\b|combined\s+authority\b|"
    r"police,?\s+fire\s+(?:and|&)\s+crime\s+commissioner\b|police\s+(?:and|&)\s+crime\s+commissioner\b|"
    r"opf?cc\b|pf?cc\b|police\s+authority(?:\s+board)?\b)"
    r"(?:\s*\((?:opf?cc|pf?cc)\))?(?:\s+for\s+policing,?\s+(?:and|&)\s+crime)?",
    re.IGNORECASE,
)
_OFFICE_SUFFIX_RE = re.compile(r"^\s+for\s+policing,?\s+(?:and|&)\s+crime\b", re.IGNORECASE)
_FORCE_AFTER_RE = re.compile(r"^(?:['’]s)?\s+(?:police|constabulary)\b", re.IGNORECASE)
_OFFICE_WORD_RE = re.compile(
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
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _lowered_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """A pattern of whole words or phrases, to run over lower-cased, whitespace-normalised text."""
    keys = sorted({_key(w) for w in words}, key=len, reverse=True)
    starts = "|".join(sorted({re.escape(k[:2]) for k in keys}))
    return re.compile(rf"\b(?={starts})(?:{_alternation(keys)})(?![\w-])")


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
        acronym_re=re.compile(rf"\b(?:{_alternation(list(acronym_forces))})\b") if acronym_forces else None,
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


def _clean_phrase(text: str) -> str:
    text = re.sub(r"[*_#]+", "", text)
    return " ".join(text.split()).strip(" ,.;:")


# --------------------------------------------------------------------------------------------
# Author

_ROLE_RE = re.compile(
    r"\b(?:(?:deputy\s+)?mayor|mayoral|commissioner|pf?cc|chair(?:man|woman|person)?|chief\s+executive|"
    r"leader|police\s+authority|director|head\s+of|clerk|lead\s+member|portfolio\s+holder)\b",
    re.IGNORECASE,
)
_ROLE_START_RE = re.compile(
    r"\b(?:(?:the\s+)?deputy\s+mayor|(?:the\s+)?mayor|(?:the\s+)?police,?\s+(?:fire\s+(?:and|&)\s+)?(?:and\s+|&\s+)?crime"
    r"\s+commissioner|(?:the\s+)?commissioner|pf?cc|chair|chief\s+executive|leader|director|head\s+of|clerk)\b",
    re.IGNORECASE,
)
_IMAGE_RE = re.compile(r"\[image\b|\bsignature\b|\bsigned\b|\bhandwritten\b|^image\s*:|^\W*$", re.IGNORECASE)
_HONORIFIC = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Cllr|Councillor|Lord|Lady|Baroness|Baron|Prof|Professor|"
    r"Rt\.?\s+Hon\.?|The\s+Rt\.?\s+Hon\.?)\.?\s+)"
)
_NAME_PART = r"(?:[A-Z][a-zà-ÿ]*(?:['’-][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+)"
_PARTICLE = r"(?:de|da|di|du|van|von|der|den|la|le|bin|al|ap)"
_NAME_RE = re.compile(
    rf"^{_HONORIFIC}?{_NAME_PART}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_PART}){{1,3}}"
    r"(?:,?\s+(?:OBE|MBE|CBE|QPM|KPM|KC|QC|JP|DL|BEM))*$"
)
_NOT_NAME_WORDS = frozenset(
    (
        "dear",
        "yours",
        "sincerely",
        "faithfully",
        "regards",
        "wishes",
        "thanks",
        "recommendation",
        "recommendations",
        "introduction",
        "conclusion",
        "summary",
        "police",
        "crime",
        "office",
        "council",
        "authority",
        "response",
        "report",
        "inspectorate",
        "commissioner",
        "mayor",
        "deputy",
        "chief",
        "constable",
        "home",
        "secretary",
        "street",
        "road",
        "avenue",
        "house",
        "lane",
        "square",
        "building",
        "floor",
        "policing",
        "force",
        "forces",
        "area",
        "areas",
        "improvement",
        "improvements",
        "annex",
        "appendix",
        "background",
        "overview",
        "contents",
        "page",
        "date",
        "re",
        "subject",
        "from",
        "to",
        "cc",
        "enc",
        "partnership",
        "unit",
        "team",
        "service",
        "services",
        "constabulary",
        "combined",
        "region",
        "regional",
        "national",
        "organised",
        "immigration",
        "serious",
        "the",
        "and",
        "of",
        "for",
        "our",
        "my",
        "in",
        "with",
        "website",
        "email",
        "tel",
        "telephone",
        "www",
    )
)
_RESPONSE_FROM_RE = re.compile(
    r"\b(?i:response|reply|letter|comments|statement)\s+(?i:from|by|of)\s+(?:(?i:the)\s+)?"
    rf"(?P<name>{_HONORIFIC}?{_NAME_PART}(?:\s+{_NAME_PART}){{1,3}}),\s*(?P<role>[^,.:;\n]{{3,120}}?)"
    r"(?=\s*(?:,|\.|:|;|\n|$|\bto\s+(?:the\s+)?(?:HMICFRS|HMI|His|report|inspection)|\bregarding\b|\bon\s+the\b|\bin\s+response\b))",
)


def _is_name(text: str, index: _OrgIndex | None) -> bool:
    if not _NAME_RE.match(text):
        return False
    words = {w.lower().strip(".,'’") for w in text.split()}
    if words & _NOT_NAME_WORDS:
        return False
    return not (index and index.area_re and index.area_re.fullmatch(_lowered(text)))


def _strip_markup(text: str) -> str:
    text = re.sub(r"[*_#]+|</?\w+>", "", text)
    return " ".join(text.split()).strip(" ,;:")


@dataclass(slots=True)
class _Piece:
    text: str
    span: Span


def _pieces(line: Line) -> list[_Piece]:
    """A line with markup removed, its span kept (approximately, for markup at the edges)."""
    raw = line.text
    cleaned = _strip_markup(raw)
    pos = raw.find(cleaned[:12]) if cleaned else -1
    start = line.start + max(pos, 0)
    return [_Piece(cleaned, Span(start, min(line.end, start + len(cleaned))))] if cleaned else []


def _split_role(piece: _Piece, index: _OrgIndex | None) -> tuple[list[_Piece], _Piece | None]:
    """Name candidates and the role in one signature piece ("Alison Lowe, Deputy Mayor of ...")."""
    text = piece.text
    if not _ROLE_RE.search(text):
        return ([piece] if _is_name(text.rstrip(".,"), index) else []), None
    role_start = _ROLE_START_RE.search(text)
    cut = role_start.start() if role_start else 0
    # An area before the office words belongs to the role ("West Midlands Police and Crime Commissioner").
    prefix = text[:cut].rstrip(" ,")
    if index and index.area_re and prefix:
        area = None
        for m in index.area_re.finditer(_lowered(prefix)):
            area = m
        if area is not None and not prefix[area.end() :].strip(" '’s"):
            cut = area.start()
            prefix = text[:cut].rstrip(" ,")
    role_text = text[cut:].strip(" ,")
    role_at = piece.span.start + cut
    role = _Piece(role_text, Span(role_at, role_at + len(role_text))) if role_text else None
    names: list[_Piece] = []
    if prefix:
        names = _name_candidates(_Piece(prefix, Span(piece.span.start, piece.span.start + len(prefix))), index)
    return names, role


def _name_candidates(piece: _Piece, index: _OrgIndex | None) -> list[_Piece]:
    text = piece.text.rstrip(".,")
    if _is_name(text, index):
        return [_Piece(text, Span(piece.span.start, piece.span.start + len(text)))]
    words = text.split()
    if 4 <= len(words) <= 6:  # two names run together: a signature and its typed repeat
        out: list[_Piece] = []
        for cut in range(2, len(words) - 1):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            if _is_name(first, index) and _is_name(second, index):
                out.append(_Piece(first, Span(piece.span.start, piece.span.start + len(first))))
                s2 = piece.span.start + text.find(second, len(first))
                out.append(_Piece(second, Span(s2, s2 + len(second))))
                break
        return out
    return []


_NOT_ROLE_RE = re.compile(
    r"\d|\b(?:response|report|recommendations?|inspection|published|dear|thank|website)\b|\.\s|https?:|www\.|@",
    re.IGNORECASE,
)


def _is_role_line(text: str) -> bool:
    """A short line naming an office ("Police and Crime Commissioner for Kent"), not a sentence."""
    if not _ROLE_RE.search(text) or len(text) > 140 or len(text.split()) > 18:
        return False
    return not _NOT_ROLE_RE.search(text)


def _unpunctuated_tail(line: Line) -> Line:
    """The words after a paragraph's last full stop when they do not end in one: a signature run into the
    last paragraph ("... next year. Jo Bloggs Police and Crime Commissioner for Kent")."""
    if line.text.endswith((".", "!", "?")):
        return line
    ends = list(re.finditer(r"[.!?]\s+", line.text))
    if not ends:
        return line
    cut = ends[-1].end()
    return Line(line.index, line.start + cut, line.end, line.text[cut:])


def _signature_pieces(lines: list[Line]) -> list[_Piece]:
    """The text that may hold the signature: after a valediction, or around the last role line."""
    start_line = lines[0]
    valediction = _VALEDICTION_RE.match(start_line.text)
    pieces: list[_Piece] = []
    if valediction:
        rest = start_line.text[valediction.end() :]
        if rest.strip():
            offset = start_line.start + valediction.end()
            pieces.append(_Piece(_strip_markup(rest), Span(offset, start_line.end)))
        following = lines[1:]
    else:
        lines = [*lines[:-1], _unpunctuated_tail(lines[-1])]
        role_lines = [ln for ln in lines if _is_role_line(_strip_markup(ln.text))]
        if not role_lines:
            return []
        last = role_lines[-1]
        following = [ln for ln in lines if last.index - 2 <= ln.index <= last.index + 1]
    for line in following:
        pieces.extend(_pieces(line))
    return pieces


def _signature(zones: _Zones, index: _OrgIndex | None) -> tuple[list[_Piece], _Piece | None]:
    """Name candidates (in order) and the role of the signature block."""
    names: list[_Piece] = []
    role: _Piece | None = None
    for piece in _signature_pieces(zones.signoff) if zones.signoff else []:
        if _IMAGE_RE.search(piece.text) and not _is_name(piece.text, index):
            continue
        if _is_role_line(piece.text):
            more, found_role = _split_role(piece, index)
            names.extend(more)
            role = role or found_role
            continue
        found = _name_candidates(piece, index)
        if found and not (role is not None and names):
            names.extend(found)
        elif role is not None:
            break  # the signature block has ended
    return names, role


def find_author(
    doc: Document, catalogue: Catalogue | None = None, *, _zones_cache: _Zones | None = None
) -> Author | None:
    """The letter's author (name and role) from its signature block or a "Response from" line."""
    zones = _zones_cache or _zones(doc.text)
    text = doc.text
    index = _org_index(catalogue) if catalogue is not None else None
    names, role = _signature(zones, index)
    response_name: _Piece | None = None
    response_role: str | None = None
    head_end = zones.head[-1].end if zones.head else min(len(text), _HEAD_MAX_CHARS)
    m = _RESPONSE_FROM_RE.search(text, 0, max(head_end, min(len(text), 600)))
    if m and _is_name(m.group("name"), index):
        response_name = _Piece(m.group("name"), Span(m.start("name"), m.end("name")))
        response_role = _strip_markup(m.group("role"))
    chosen: _Piece | None = None
    role_text = role.text if role is not None else None
    if names:

        def elsewhere(piece: _Piece) -> int:
            return sum(1 for hit in re.finditer(re.escape(piece.text), text) if hit.start() != piece.span.start)

        ranked = sorted(enumerate(names), key=lambda item: (-elsewhere(item[1]), item[0]))
        chosen = ranked[0][1]
        role_text = role_text or response_role
    elif response_name is not None:
        chosen = response_name
        role_text = response_role or role_text
    if chosen is not None and role_text is None:
        # A signature's role line at the foot of a page may have been taken for a running footer.
        role_text = next((f for f in doc.furniture if _is_role_line(_strip_markup(f))), None)
    if chosen is None and role_text is None:
        return None
    return Author(
        name=_strip_markup(chosen.text) if chosen else None,
        role=_clean_phrase(role_text) if role_text else None,
        span=chosen.span if chosen else (role.span if role else None),
    )


# --------------------------------------------------------------------------------------------
# Date

_MONTHS = {
    name: i
    for i, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}


def _month(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
_DMY_RE = re.compile(
    rf"\b{_WEEKDAY}?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+(?P<m>{_MONTH})\.?,?[\s-]+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
_MDY_RE = re.compile(
    rf"\b{_WEEKDAY}?(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.IGNORECASE
)
_NUMERIC_RE = re.compile(r"(?<![\d./-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d./-])")
_ISO_RE = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_MONTH_YEAR_RE = re.compile(rf"\b(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
_PUBLISHED_RE = re.compile(r"\bpublish|\bpublication\b|\breleased?\b|\binspected\b|\binspection\s+date", re.IGNORECASE)
_LABEL_WORDS_RE = re.compile(r"^[\W\d_]*(?:[A-Za-z]+[\W_]*){0,4}$")
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:by|before|until|till|since|from|between|in|on|during|of|to|after|and|or|at|until|within|dated\s+from)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _DateHit:
    value: str
    start: int
    end: int


def _valid(y: int, m: int, d: int | None) -> str | None:
    try:
        if d is None:
            dt.date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _dates_in(text: str) -> list[_DateHit]:
    hits: list[_DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: str | None) -> None:
        if value and not any(s < end and start < e for s, e in taken):
            hits.append(_DateHit(value, start, end))
            taken.append((start, end))

    for m in _ISO_RE.finditer(text):
        add(m.start(), m.end(), _valid(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _DMY_RE.finditer(text):
        add(m.start(), m.end(), _valid(int(m["y"]), _month(m["m"]), int(m["d"])))
    for m in _MDY_RE.finditer(text):
        add(m.start(), m.end(), _valid(int(m["y"]), _month(m["m"]), int(m["d"])))
    for m in _NUMERIC_RE.finditer(text):
        year = int(m["y"])
        if year < 100:
            year += 2000
        add(m.start(), m.end(), _valid(year, int(m["m"]), int(m["d"])))
    for m in _MONTH_YEAR_RE.finditer(text):
        add(m.start(), m.end(), _valid(int(m["y"]), _month(m["m"]), None))
    hits.sort(key=lambda h: h.start)
    return hits


_SALUTATION_AFTER_RE = re.compile(r"^[\s,.*_]*dear\b", re.IGNORECASE)


def _date_candidates(lines: Sequence[Line], *, head: bool) -> tuple[list[_DateHit], list[_DateHit]]:
    """(letter-date candidates, publication dates) among ``lines``."""
    letter: list[_DateHit] = []
    published: list[_DateHit] = []
    for line in lines:
        if len(line.text) > 300:
            continue
        for hit in _dates_in(line.text):
            absolute = _DateHit(hit.value, line.start + hit.start, line.start + hit.end)
            rest = line.text[: hit.start] + " " + line.text[hit.end :]
            before = line.text[: hit.start]
            if _PUBLISHED_RE.search(rest):
                published.append(absolute)
                continue
            if _LABEL_WORDS_RE.match(_strip_markup(rest)) is not None and not _PREPOSITION_BEFORE_RE.search(before):
                letter.append(absolute)
                continue
            after = line.text[hit.end :]
            before_salutation = _SALUTATION_AFTER_RE.match(after) is not None
            at_edge = not before.strip(" *_,") or not after.strip(" *_.,") or before_salutation
            full_date = len(hit.value) == 10
            if head and at_edge and (full_date or before_salutation) and not _PREPOSITION_BEFORE_RE.search(before):
                letter.append(absolute)
    return letter, published


def _find_date(zones: _Zones) -> tuple[str | None, Span | None, str | None]:
    head_letter, head_published = _date_candidates(zones.head, head=True)
    sign_letter, sign_published = _date_candidates(zones.signoff, head=False)
    published = head_published or sign_published
    published_value = published[0].value if published else None
    for hits in (head_letter, sign_letter):
        if hits:
            return hits[0].value, Span(hits[0].start, hits[0].end), published_value
    return None, None, published_value


def find_date(doc: Document) -> tuple[str | None, Span | None]:
    """The date printed on the letter (ISO, or "YYYY-MM" when only a month is given) and where it is."""
    value, span, _ = _find_date(_zones(doc.text))
    return value, span


# --------------------------------------------------------------------------------------------
# Report

_ABBREVIATION_RE = re.compile(r"\(([A-Z]{2,6})s?\)")
_SMALL_WORDS = frozenset({"and", "of", "the", "&", "for", "in", "on", "to", "a"})
_QUOTED_RE = re.compile(r"[\"“‘'](?P<t>[^\"“”‘’\n]{12,200}?)[\"”’'](?!\w)")
_AFTER_REPORT_RE = re.compile(
    r"\b(?:report|inspection|regarding|re|subject|response\s+to(?:\s+the)?)\s*(?::|–|—|-)\s*(?P<t>[^\n]{8,200})",
    re.IGNORECASE,
)
_TITLE_RESPONSE_RE = re.compile(r"^(?P<t>[^\n]{8,200}?)[.:–—-]\s*(?:response|reply)\s+(?:from|by)\b", re.IGNORECASE)
_GENERIC_TITLE_RE = re.compile(
    r"^(?:hmicfrs|hmic|his\s+majesty's\s+inspectorate\b.*|the\s+)?\s*(?:inspection\s+)?report$", re.IGNORECASE
)
_MATCH_CUTOFF = 88.0


def _abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the letter defines ("organised immigration crime (OIC)") -> their long form."""
    found: dict[str, str] = {}
    for m in _ABBREVIATION_RE.finditer(text):
        abbr = m.group(1)
        if abbr in found:
            continue
        words = re.findall(r"[A-Za-z][\w'’-]*|&", text[max(0, m.start() - 120) : m.start()])[-10:]
        # the shortest tail of words whose initials (small words aside) spell the abbreviation
        for size in range(1, len(words) + 1):
            tail = words[-size:]
            if tail[0].lower() in _SMALL_WORDS:
                continue
            initials = "".join(w[0].upper() for w in tail if w.lower() not in _SMALL_WORDS)
            if initials == abbr:
                found[abbr] = " ".join(tail)
                break
            if len(initials) > len(abbr):
                break
    return found


def _expand(text: str, abbreviations: dict[str, str]) -> str:
    if not abbreviations:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(a) for a in abbreviations) + r")\b")
    return pattern.sub(lambda m: abbreviations[m.group(1)], text)


def _printed_title(zones: _Zones, text: str) -> tuple[str, Span] | None:
    """The report title as the letter prints it, when it does in a recognisable way."""
    for line in zones.head[:12]:
        for m in _QUOTED_RE.finditer(line.text):
            title = m.group("t").strip()
            if len(title.split()) >= 3:
                return title, Span(line.start + m.start("t"), line.start + m.end("t"))
    for line in zones.head[:12]:
        after = _AFTER_REPORT_RE.search(line.text)
        if after:
            title = _strip_markup(after.group("t")).rstrip(" .")
            if len(title.split()) >= 3 and not _GENERIC_TITLE_RE.match(title):
                start = line.start + after.start("t")
                return title, Span(start, start + len(after.group("t").rstrip(" .*")))
    for line in zones.head[:3]:
        heading = _TITLE_RESPONSE_RE.match(_strip_markup(line.text))
        if heading:
            title = heading.group("t").strip(" .*")
            offset = line.text.find(title[:10])
            start = line.start + max(offset, 0)
            return title, Span(start, start + len(title))
    return None


def _worth_fuzzy(title: str, haystack: str) -> bool:
    """Whether most of the title's longer words occur in the text at all (a cheap pre-filter)."""
    words = set(re.findall(r"[a-z]{5,}", title))
    return bool(words) and sum(1 for w in words if w in haystack) >= 0.7 * len(words)


def _fold(text: str) -> str:
    """Lower-case with typographic quotes and dashes folded, keeping every offset."""
    table = str.maketrans("‘’“”–—", "''\"\"--")
    folded = text.translate(table).lower()
    return folded if len(folded) == len(text) else text.translate(table)


def _title_score(title: str, region: str, whole: str) -> tuple[float, Span | None]:
    """How well a folded title occurs in the letter's head (or, less trusted, anywhere), and where."""
    score = 0.0
    span: Span | None = None
    for haystack, penalty in ((region, 0.0), (whole, 4.0)):
        if len(haystack) < len(title) // 2:
            continue
        exact = haystack.find(title)
        if exact >= 0:
            return 100.0 - penalty, Span(exact, exact + len(title))
        if penalty and not _worth_fuzzy(title, haystack):
            continue
        aligned = fuzz.partial_ratio_alignment(title, haystack, score_cutoff=_MATCH_CUTOFF)
        if aligned is not None and aligned.score - penalty > score:
            score = aligned.score - penalty
            span = Span(aligned.dest_start, aligned.dest_end)
        if score >= _MATCH_CUTOFF:
            break
    return score, span


def _printed_score(title: str, printed: str) -> float:
    """Similarity of a registered title and the title as printed (whole, or a long enough part)."""
    a, b = normalise_title(title), normalise_title(printed)
    score = fuzz.token_sort_ratio(a, b)
    if len(b) >= 0.6 * len(a):
        score = max(score, fuzz.partial_ratio(a, b) - 3)
    return float(score)


@dataclass(slots=True)
class _LetterText:
    text: str
    head_end: int
    region: str
    whole: str
    _abbreviations: dict[str, str] | None = None

    @property
    def abbreviations(self) -> dict[str, str]:
        if self._abbreviations is None:
            self._abbreviations = _abbreviations(self.text[:20000]) if "(" in self.text else {}
        return self._abbreviations


def _score_pack(pack: Pack, letter: _LetterText, printed: tuple[str, Span] | None) -> tuple[float, Span | None]:
    score, span = _title_score(_fold(pack.title), letter.region, letter.whole)
    if score >= _MATCH_CUTOFF:
        return score, span
    text, head_end, abbreviations = letter.text, letter.head_end, letter.abbreviations
    if printed is not None:
        ratio = _printed_score(pack.title, _expand(printed[0], abbreviations))
        if ratio > score:
            score, span = ratio, printed[1]
    if score < _MATCH_CUTOFF and abbreviations:
        expanded = normalise_title(_expand(text[:head_end], abbreviations))
        ratio = fuzz.partial_ratio(normalise_title(pack.title), expanded) - 2
        if ratio > score:
            score, span = ratio, printed[1] if printed else None
    return score, span


def match_report(
    doc: Document,
    reports: Sequence[Pack],
    *,
    _zones_cache: _Zones | None = None,
    published_in_letter: str | None = None,
) -> ReportMatch | None:
    """The registered report the letter answers, or the title as printed (``matched=False``), or None."""
    zones = _zones_cache or _zones(doc.text)
    text = doc.text
    printed = _printed_title(zones, text)
    head_end = max(zones.head[-1].end if zones.head else 0, min(len(text), 1200))
    letter = _LetterText(text, head_end, _fold(text[:head_end]), _fold(text))
    best: tuple[float, Pack, Span | None] | None = None
    for pack in reports:
        score, span = _score_pack(pack, letter, printed)
        if score < _MATCH_CUTOFF:
            continue
        if published_in_letter and pack.published:
            score += 2.0 if pack.published.isoformat().startswith(published_in_letter) else -6.0
        if best is None or score > best[0]:
            best = (score, pack, span)
    if best is not None and best[0] >= _MATCH_CUTOFF - 4:
        score, pack, span = best
        in_letter = _clean_phrase(span.slice(text)) if span else (printed[0] if printed else None)
        return ReportMatch(
            title=pack.title,
            matched=True,
            key=pack.key,
            confidence=min(1.0, score / 100.0),
            span=span,
            title_in_letter=in_letter,
        )
    if printed is not None:
        return ReportMatch(title=printed[0], matched=False, confidence=0.0, span=printed[1], title_in_letter=printed[0])
    return None


# --------------------------------------------------------------------------------------------
# Everything together


@dataclass(slots=True)
class LetterMetadata:
    """What the letter says about itself. ``body_start`` is where the letter's body begins."""

    organisation: OrganisationMatch | None
    author: Author | None
    date: str | None
    date_span: Span | None
    report: ReportMatch | None
    report_published_in_letter: str | None = None
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)


def read_metadata(doc: Document, catalogue: Catalogue) -> LetterMetadata:
    """Organisation, author, date and report of one letter."""
    zones = _zones(doc.text)
    organisation = match_organisation(doc, catalogue, _zones_cache=zones)
    author = find_author(doc, catalogue, _zones_cache=zones)
    date, date_span, published = _find_date(zones)
    report = match_report(doc, catalogue.reports, _zones_cache=zones, published_in_letter=published)
    warnings: list[str] = []
    if organisation is None:
        warnings.append("The letter does not name a policing body the catalogue knows.")
    if report is None:
        warnings.append("The letter does not name the report it answers.")
    return LetterMetadata(
        organisation=organisation,
        author=author,
        date=date,
        date_span=date_span,
        report=report,
        report_published_in_letter=published,
        body_start=zones.salutation_end,
        warnings=warnings,
    )
