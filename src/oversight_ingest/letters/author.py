"""Who wrote a response letter: the name and role in its signature block.

The signature is looked for after the valediction (or around the last line naming an office when
there is none), skipping signature-image descriptions and coping with a signature and its typed
repeat run together or misspelt; a "Response from <name>, <role>" line near the top is used when
the sign-off names nobody. When the catalogue is given, policing-area names are not taken for
people's names. :func:`find_author` is the entry point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight_ingest import patterns
from oversight_ingest.catalogue import Catalogue
from oversight_ingest.document import Document, Span
from oversight_ingest.letters.lines import (
    _HEAD_MAX_CHARS,
    _VALEDICTION_RE,
    Line,
    _clean_phrase,
    _strip_markup,
    _Zones,
    _zones,
)
from oversight_ingest.letters.organisation import _lowered, _org_index, _OrgIndex
from oversight_ingest.result import Author

__all__ = ["find_author"]

_ROLE_RE = patterns.compile(
    r"\b(?:(?:deputy\s+)?mayor|mayoral|commissioner|pf?cc|chair(?:man|woman|person)?|chief\s+executive|"
    r"leader|police\s+authority|director|head\s+of|clerk|lead\s+member|portfolio\s+holder)\b",
    re.IGNORECASE,
)
_ROLE_START_RE = patterns.compile(
    r"\b(?:(?:the\s+)?deputy\s+mayor|(?:the\s+)?mayor|(?:the\s+)?police,?\s+(?:fire\s+(?:and|&)\s+)?(?:and\s+|&\s+)?crime"
    r"\s+commissioner|(?:the\s+)?commissioner|pf?cc|chair|chief\s+executive|leader|director|head\s+of|clerk)\b",
    re.IGNORECASE,
)
_IMAGE_RE = patterns.compile(r"\[image\b|\bsignature\b|\bsigned\b|\bhandwritten\b|^image\s*:|^\W*$", re.IGNORECASE)
_HONORIFIC = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Cllr|Councillor|Lord|Lady|Baroness|Baron|Prof|Professor|"
    r"Rt\.?\s+Hon\.?|The\s+Rt\.?\s+Hon\.?)\.?\s+)"
)
_NAME_PART = r"(?:[A-Z][a-zà-ÿ]*(?:['’-][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+)"
_PARTICLE = r"(?:de|da|di|du|van|von|der|den|la|le|bin|al|ap)"
_NAME_RE = patterns.compile(
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
_RESPONSE_FROM_RE = patterns.compile(
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


_NOT_ROLE_RE = patterns.compile(
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
