"""When a response letter was written: the date printed in its letterhead or sign-off.

Dates are recognised in the common UK forms (day month year, month day year, numeric, ISO, and
month and year alone) and checked to be real dates. A date standing alone, or with a short label,
in the letterhead or sign-off is the letter's date; dates described as the report's publication
or inspection are kept apart, as they help tell which report the letter answers.
:func:`find_date` is the entry point.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from oversight_ingest import patterns
from oversight_ingest.document import Document, Span
from oversight_ingest.letters.lines import Line, _strip_markup, _Zones, _zones
from oversight_ingest.months import MONTH_PATTERN, WELSH_MONTH_PATTERN, month_number

__all__ = ["find_date", "furniture_date"]


def _month(name: str) -> int:
    number = month_number(name.split("/", 1)[0])  # "Mehefin / June": the Welsh name says it
    assert number is not None, name
    return number


# an English month, or a Welsh one with or without the English after it ("27 Mehefin / June 2025")
_MONTH = rf"(?:{MONTH_PATTERN}|{WELSH_MONTH_PATTERN}(?:\s*/\s*{MONTH_PATTERN})?)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
_DMY_RE = patterns.compile(
    # a two-digit year only where it ends the line ("2 Jul 25"), so "on 2 July 25 officers ..." is no date
    rf"\b{_WEEKDAY}?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+(?P<m>{_MONTH})\.?,?[\s-]+"
    rf"(?P<y>\d{{4}}\b|\d{{2}}(?=\W*$))",
    re.IGNORECASE,
)
_MDY_RE = patterns.compile(
    rf"\b{_WEEKDAY}?(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.IGNORECASE
)
_NUMERIC_RE = patterns.compile(
    r"(?<![\d./-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d./-])"
)
_ISO_RE = patterns.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_MONTH_YEAR_RE = patterns.compile(rf"\b(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
_PUBLISHED_RE = patterns.compile(
    r"\bpublish|\bpublication\b|\breleased?\b|\binspected\b|\binspection\s+date", re.IGNORECASE
)
_LABEL_WORDS_RE = patterns.compile(r"^[\W\d_]*(?:[A-Za-z]+[\W_]*){0,4}$")
_PREPOSITION_BEFORE_RE = patterns.compile(
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


_DIGIT_RE = patterns.compile(r"\d")


def _dates_in(text: str) -> list[_DateHit]:
    hits: list[_DateHit] = []
    if _DIGIT_RE.search(text) is None:  # every form below has a digit: most lines have none, so skip five scans
        return hits
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: str | None) -> None:
        if value and not any(s < end and start < e for s, e in taken):
            hits.append(_DateHit(value, start, end))
            taken.append((start, end))

    for m in _ISO_RE.finditer(text):
        add(m.start(), m.end(), _valid(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _DMY_RE.finditer(text):
        year = int(m["y"])
        add(m.start(), m.end(), _valid(year + 2000 if year < 100 else year, _month(m["m"]), int(m["d"])))
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


_PAGE_DATE_RE = patterns.compile(r"^\W*(?:first\s+)?(?:published|posted|date\s+published)(?:\s+on)?\W*$", re.IGNORECASE)
_FURNITURE_LINE_RE = patterns.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b|\s[|•]\s", re.IGNORECASE)
_DATE_LABEL_RE = patterns.compile(
    r"^\W*(?:date(?:d)?(?:\s+of\s+(?:meeting|letter|issue|response|decision))?|our\s+date|(?:signed|sent|written|issued)"
    r"(?:\s+on)?)\s*[:\-–]?\s*$",
    re.IGNORECASE,
)
_SALUTATION_AFTER_RE = patterns.compile(r"^[\s,.*_]*dear\b", re.IGNORECASE)


def _date_candidates(lines: Sequence[Line], *, head: bool) -> tuple[list[_DateHit], list[_DateHit]]:
    """(letter-date candidates, publication dates) among ``lines``."""
    letter: list[_DateHit] = []
    published: list[_DateHit] = []
    for line in lines:
        if len(line.text) > 300:
            if head:  # a letter run into one paragraph: "..., Lincoln. July 8, 2025. HMICFRS, ..."
                letter.extend(_sentence_dates(line))
            continue
        for hit in _dates_in(line.text):
            absolute = _DateHit(hit.value, line.start + hit.start, line.start + hit.end)
            rest = line.text[: hit.start] + " " + line.text[hit.end :]
            before = line.text[: hit.start]
            if _PUBLISHED_RE.search(rest):
                published.append(absolute)
                continue
            if head and _own_sentence(line.text, hit):  # in the letterhead run on: "Harpenden. 30 June 2025. To:"
                letter.append(absolute)
                continue
            if _DATE_LABEL_RE.match(before):  # "Date of meeting: 9 July 2025. Subject: ..." on one line
                letter.append(absolute)
                continue
            if _LABEL_WORDS_RE.match(_strip_markup(rest)) is not None and not _PREPOSITION_BEFORE_RE.search(before):
                letter.append(absolute)
                continue
            if _FURNITURE_LINE_RE.search(line.text) and not _PREPOSITION_BEFORE_RE.search(before):
                letter.append(absolute)  # a page footer or header line: "Office of the PCC | 06.07.2025 Page 1"
                continue
            after = line.text[hit.end :]
            before_salutation = _SALUTATION_AFTER_RE.match(after) is not None
            at_edge = not before.strip(" *_,") or not after.strip(" *_.,") or before_salutation
            full_date = len(hit.value) == 10
            if head and at_edge and (full_date or before_salutation) and not _PREPOSITION_BEFORE_RE.search(before):
                letter.append(absolute)
            elif not head and not after.strip(" *_.,") and not _PREPOSITION_BEFORE_RE.search(before):
                letter.append(absolute)  # the last words of a sign-off run into one line: "... for Kent 18/07/25"
    return letter, published


_OWN_SENTENCE_BEFORE_RE = patterns.compile(r"(?:^\W*|[.!?]\s+|\bdate[d]?\s*[:\-–]\s*)$", re.IGNORECASE)
_OWN_SENTENCE_AFTER_RE = patterns.compile(r"\s*(?:\.\s|\.?$)")


def _own_sentence(text: str, hit: _DateHit) -> bool:
    """Whether a date stands as a sentence of its own in ``text``, or after "Date:"."""
    return bool(_OWN_SENTENCE_BEFORE_RE.search(text[: hit.start]) and _OWN_SENTENCE_AFTER_RE.match(text[hit.end :]))


_DEAR_RE = patterns.compile(r"\bdear\b", re.IGNORECASE)


def _sentence_dates(line: Line) -> list[_DateHit]:
    """Full dates in the opening words of a long line that stand as sentences of their own, or after "Date:", or
    anywhere before the salutation but after a preposition ("... Maidstone ME15 9BZ 3 July 2025 Dear Sir Andy")."""
    text = line.text[:400]
    dear = _DEAR_RE.search(text)
    return [
        _DateHit(hit.value, line.start + hit.start, line.start + hit.end)
        for hit in _dates_in(text)
        if len(hit.value) == 10
        and (
            _own_sentence(text, hit)
            or (dear is not None and hit.end <= dear.start() and not _PREPOSITION_BEFORE_RE.search(text[: hit.start]))
        )
        and not _PUBLISHED_RE.search(text[max(0, hit.start - 40) : hit.start])
    ]


def _find_date(zones: _Zones) -> tuple[str | None, Span | None, str | None]:
    head_letter, head_published = _date_candidates(zones.head, head=True)
    sign_letter, sign_published = _date_candidates(zones.signoff, head=False)
    published = head_published or sign_published
    published_value = published[0].value if published else None
    for hits in (head_letter, sign_letter):
        if hits:
            return hits[0].value, Span(hits[0].start, hits[0].end), published_value
    page = [h for h in head_published if _PAGE_DATE_RE.match(_strip_markup(_line_rest(zones, h)))]
    if page:  # "Published: 3 July 2025" alone at the top of a web page, and no other date: the page's own
        rest = [h for h in published if h is not page[0]]
        return page[0].value, Span(page[0].start, page[0].end), rest[0].value if rest else None
    return None, None, published_value


def _line_rest(zones: _Zones, hit: _DateHit) -> str:
    """The words on a date's line other than the date."""
    for line in zones.head:
        if line.start <= hit.start < line.end:
            return line.text[: hit.start - line.start] + " " + line.text[hit.end - line.start :]
    return ""


def furniture_date(furniture: Sequence[str]) -> str | None:
    """A date printed in the running header or footer (the only date some letters carry), or None."""
    for line in furniture:
        for hit in _dates_in(line):
            if not _PUBLISHED_RE.search(line[: hit.start]):
                return hit.value
    return None


def find_date(doc: Document) -> tuple[str | None, Span | None]:
    """The date printed on the letter (ISO, or "YYYY-MM" when only a month is given) and where it is."""
    value, span, _ = _find_date(_zones(doc.text))
    return value, span
