"""The lines of a response letter and the zones they fall into: letterhead, sign-off, body.

A letter is read as its non-empty lines (:func:`letter_lines`), then cut into zones: the head
(letterhead, date, addressee, salutation and title lines, up to the first long paragraph), the
sign-off (the valediction and the lines after it, or the last few lines when there is none) and
the end of the salutation, where the body begins. The other metadata readers (organisation,
author, date, report) all work on these zones, and share the small text clean-up helpers here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from oversight_ingest import patterns

__all__ = ["Line", "letter_lines"]


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


_VALEDICTION_RE = patterns.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly|ever)|yours|(?:with\s+)?(?:kind|best|warm|warmest|many)\s+"
    r"(?:regards|wishes|thanks)|regards|best\s+wishes|with\s+thanks|sincerely)\b[\s,.;:!]*",
    re.IGNORECASE,
)
_SALUTATION_RE = patterns.compile(r"^(?:\*+\s*)?dear\b", re.IGNORECASE)
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


_INLINE_VALEDICTION_RE = patterns.compile(
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


def _strip_markup(text: str) -> str:
    text = re.sub(r"[*_#]+|</?\w+>", "", text)
    return " ".join(text.split()).strip(" ,;:")


def _clean_phrase(text: str) -> str:
    text = re.sub(r"[*_#]+", "", text)
    return " ".join(text.split()).strip(" ,.;:")
