"""Deadline phrases in inspection reports → dates.

Reports print deadlines in a handful of shapes: an absolute date ("By 30 April 2026", "by
31/12/2025"), a month or year end ("by the end of March 2026", "by March 2026", "by the end of
2025"), a financial year ("2025/26", "in the 2025/26 financial year" – which ends on 31 March), a
season ("by spring 2026"), or a period after publication ("within six months", "within 12 months
of the publication of this report", "immediately"). :func:`parse_deadline` finds the first such
phrase in a text and resolves it; periods after publication need the publication date.

Everything is done with compiled regular expressions; ``dateparser`` is consulted only for an odd
absolute form that none of them reads, and only when the text names a month next to a year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from oversight_ingest.document import Span
from oversight_ingest.months import MONTHS


@dataclass(frozen=True, slots=True)
class DeadlineResult:
    """A deadline read from text.

    ``date`` is ``None`` only for a period after publication ("within six months") when the
    publication date is unknown. ``span`` locates ``phrase`` within the text given to
    :func:`parse_deadline`. ``relative`` marks deadlines counted from publication; ``approximate``
    marks readings that had to choose a day the text does not state (a season, "immediately").
    """

    date: dt.date | None
    span: Span
    phrase: str
    relative: bool = False
    approximate: bool = False


_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_UNITS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)  # fmt: skip
NUMBER_WORDS: dict[str, int] = {word: i + 1 for i, word in enumerate(_UNITS)}
for _i, _word in enumerate(("one", "two", "three", "four"), start=21):
    NUMBER_WORDS[f"twenty-{_word}"] = _i
    NUMBER_WORDS[f"twenty {_word}"] = _i
NUMBER_WORDS["a"] = NUMBER_WORDS["an"] = 1
_NUMBER = "(?:" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r"|\d{1,3})"

_LEAD = r"\b(?:by\s+no\s+later\s+than|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|before)"
_END = r"(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
_FLAGS = re.IGNORECASE

_DMY = re.compile(
    _LEAD + r"\s+" + _END + r"?(?:the\s+)?" + _WEEKDAY + r"?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    r"(?P<m>" + _MONTH + r"),?\s+(?P<y>\d{4})\b",
    _FLAGS,
)
_MDY = re.compile(
    _LEAD + r"\s+" + _WEEKDAY + r"?(?P<m>" + _MONTH + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", _FLAGS
)
_NUMERIC = re.compile(_LEAD + r"\s+(?P<d>\d{1,2})([/.\-])(?P<m>\d{1,2})\2(?P<y>\d{4}|\d{2})\b(?![/.\-]\d)", _FLAGS)
_ISO = re.compile(_LEAD + r"\s+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", _FLAGS)
_MONTH_YEAR = re.compile(
    _LEAD + r"\s+" + _END + r"?(?:the\s+month\s+of\s+)?(?P<m>" + _MONTH + r"),?\s+(?P<y>\d{4})\b(?!\s*[/\-–]\s*\d)",
    _FLAGS,
)
_FINANCIAL_YEAR = re.compile(
    r"(?:\b(?:by\s+" + _END + r"|(?:in|during|for|within|by|before)\s+))?(?:the\s+)?"
    r"(?:(?P<fy1>financial|fiscal)\s+year\s+)?(?<![\d/])(?P<y1>(?:19|20)\d{2})\s*(?P<sep>/|-|–|\s+to\s+)\s*"
    r"(?P<y2>(?:19|20)?\d{2})\b(?![/\-]\d)(?:\s+(?P<fy2>financial|fiscal)\s+year\b)?",
    _FLAGS,
)
_YEAR_END = re.compile(
    r"\bby\s+" + _END + r"(?:calendar\s+year\s+)?(?P<y>\d{4})\b(?!\s*(?:/|-|–)\s*\d)(?!\s+(?:financial|fiscal))",
    _FLAGS,
)
_BY_YEAR = re.compile(r"\bby\s+(?P<y>(?:19|20)\d{2})\b(?!\s*(?:/|-|–)\s*\d)(?!\s+(?:financial|fiscal))", _FLAGS)
_SEASON = re.compile(
    r"\b(?:by|before|in|during)\s+" + _END + r"?(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
    r"(?P<y>(?:19|20)\d{2})\b(?!\s*(?:/|-|–)\s*\d)",
    _FLAGS,
)
_PART_OF_YEAR = re.compile(
    r"\b(?:by|before|in)\s+(?P<p>early|mid-?|the\s+middle\s+of|late|the\s+end\s+of\s+the\s+first\s+half\s+of)\s*"
    r"(?P<y>(?:19|20)\d{2})\b(?!\s*(?:/|-|–)\s*\d)",
    _FLAGS,
)
_QUARTER = re.compile(
    r"\b(?:by|before)\s+" + _END + r"?(?:(?P<q>q[1-4])|(?P<qw>first|second|third|fourth)\s+quarter)\s+(?:of\s+)?"
    r"(?P<y>(?:19|20)\d{2})\b",
    _FLAGS,
)
_RELATIVE = re.compile(
    r"\b(?:within|in\s+the\s+next|within\s+the\s+next|over\s+the\s+next|no\s+later\s+than|not\s+later\s+than)\s+"
    r"(?:the\s+)?(?:next\s+)?(?P<n>"
    + _NUMBER
    + r")\s+(?P<u>calendar\s+months?|months?|years?|weeks?|days?)(?:['’]\s*time)?"
    r"(?P<tail>\s+(?:of|from|after|following)\s+(?:the\s+)?(?P<what>[\w’' ]{1,60}))?",
    _FLAGS,
)
_PUBLICATION = re.compile(
    r"^(?:date\s+of\s+)?(?:(?:this|the|our)\s+)?(?:publication|publishing|issue|release|report|inspection)"
    r"(?:(?:['’]s)?\s+(?:publication|being\s+published))?(?:\s+of\s+(?:this|the|our)\s+(?:\w+\s+){0,2}?report\b)?",
    _FLAGS,
)
_THIS_YEAR_END = re.compile(
    r"\bby\s+" + _END + r"(?:this|the\s+current|the)\s+(?P<fy>financial\s+|fiscal\s+)?(?:calendar\s+)?year\b", _FLAGS
)
_IMMEDIATE = re.compile(
    r"\b(?:immediately|with\s+immediate\s+effect|without\s+delay)\b"
    r"(?!\s+(?:after|before|following|prior|upon|on|when|once|if|preceding|available|apparent|obvious|clear))",
    _FLAGS,
)
_FALLBACK = re.compile(
    _LEAD + r"\s+(?P<cand>[^,.;:\n]{0,30}?\b" + _MONTH + r"[^,.;:\n]{0,12}?\b(?:19|20)\d{2})\b", _FLAGS
)

_SEASON_END = {"spring": (5, 0), "summer": (8, 0), "autumn": (11, 0), "fall": (11, 0), "winter": (2, 1)}
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months on, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:3]]


def _plausible(year: int) -> bool:
    return 1990 <= year <= 2100


class _RejectedError(Exception):
    """A phrase shaped like a deadline that does not name a real date (31 February, a wrong year pair)."""


_Resolved = tuple[dt.date | None, bool, bool]  # date, relative, approximate
_Handler = Callable[[re.Match[str], dt.date | None], _Resolved]


def _day_month_year(m: re.Match[str], _published: dt.date | None) -> _Resolved:
    year = _year(m["y"])
    month = int(m["m"]) if m["m"].isdigit() else _month(m["m"])
    if not _plausible(year):
        raise _RejectedError
    try:
        return dt.date(year, month, int(m["d"])), False, False
    except ValueError as exc:
        raise _RejectedError from exc


def _month_year(m: re.Match[str], _published: dt.date | None) -> _Resolved:
    year = int(m["y"])
    if not _plausible(year):
        raise _RejectedError
    return _last_day(year, _month(m["m"])), False, False


def _financial_year(m: re.Match[str], _published: dt.date | None) -> _Resolved:
    y1, raw2 = int(m["y1"]), m["y2"]
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if y2 != y1 + 1 or not _plausible(y1):
        raise _RejectedError
    if "to" in m["sep"].lower() and not (m["fy1"] or m["fy2"]):
        raise _RejectedError  # "2025 to 2026" is a range unless it is called a financial year
    return dt.date(y2, 3, 31), False, False


def _year_end(m: re.Match[str], _published: dt.date | None) -> _Resolved:
    year = int(m["y"])
    if not _plausible(year):
        raise _RejectedError
    return dt.date(year, 12, 31), False, False


def _by_year(m: re.Match[str], _published: dt.date | None) -> _Resolved:
    return dt.date(int(m["y"]), 12, 31), False, True


def _season(m: re.Match[str], _published: dt.date | None) -> _Resolved:
    month, carry = _SEASON_END[m["s"].lower()]
    return _last_day(int(m["y"]) + carry, month), False, True


def _part_of_year(m: re.Match[str], _published: dt.date | None) -> _Resolved:
    part = m["p"].lower()
    month = 3 if part == "early" else 12 if part == "late" else 6
    return _last_day(int(m["y"]), month), False, True


def _quarter(m: re.Match[str], _published: dt.date | None) -> _Resolved:
    quarter = int(m["q"][1]) if m["q"] else _QUARTER_WORDS[m["qw"].lower()]
    return _last_day(int(m["y"]), quarter * 3), False, True


def _relative(m: re.Match[str], published: dt.date | None) -> _Resolved:
    unit = m["u"].lower().split()[-1].rstrip("s")
    if m["tail"] is not None and not _PUBLICATION.match(m["what"]):
        raise _RejectedError  # "within 28 days of a referral" counts from something other than publication
    if m["tail"] is None and unit in ("day", "week"):
        raise _RejectedError  # a bare "within 28 days" is a service standard, not a report deadline
    word = m["n"].lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS[" ".join(word.split())]
    if count <= 0 or count > 120:
        raise _RejectedError
    if published is None:
        return None, True, False
    months = count if unit == "month" else 12 * count if unit == "year" else 0
    try:
        if months:
            return add_months(published, months), True, False
        return published + dt.timedelta(days=count * (7 if unit == "week" else 1)), True, False
    except (ValueError, OverflowError) as exc:  # past the year 9999
        raise _RejectedError from exc


def _this_year_end(m: re.Match[str], published: dt.date | None) -> _Resolved:
    if published is None:
        return None, True, False
    if m["fy"]:
        year = published.year + (1 if published.month > 3 else 0)
        if year > dt.MAXYEAR:
            raise _RejectedError
        return dt.date(year, 3, 31), True, False
    return dt.date(published.year, 12, 31), True, False


def _immediate(_m: re.Match[str], published: dt.date | None) -> _Resolved:
    return published, True, True


_PATTERNS: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_DMY, _day_month_year),
    (_MDY, _day_month_year),
    (_NUMERIC, _day_month_year),
    (_ISO, _day_month_year),
    (_MONTH_YEAR, _month_year),
    (_FINANCIAL_YEAR, _financial_year),
    (_YEAR_END, _year_end),
    (_BY_YEAR, _by_year),
    (_SEASON, _season),
    (_PART_OF_YEAR, _part_of_year),
    (_QUARTER, _quarter),
    (_RELATIVE, _relative),
    (_THIS_YEAR_END, _this_year_end),
    (_IMMEDIATE, _immediate),
)


def _fallback(text: str, rejected: list[tuple[int, int]]) -> DeadlineResult | None:
    """Ask dateparser about "by <something with a month and a year>" that no pattern read."""
    for m in _FALLBACK.finditer(text):
        if any(m.start() < end and start < m.end() for start, end in rejected):
            continue
        import dateparser  # slow to import; only needed for odd forms

        try:
            parsed = dateparser.parse(
                m["cand"],
                languages=["en"],
                settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "last", "REQUIRE_PARTS": ["month", "year"]},
            )
        except Exception:  # dateparser raises many types on odd input; treat all as "no date"
            parsed = None
        if parsed is not None and _plausible(parsed.year):
            return DeadlineResult(parsed.date(), Span(m.start(), m.end()), m.group(0), approximate=True)
    return None


def parse_deadline(text: str, *, published: dt.date | None) -> DeadlineResult | None:
    """The first deadline phrase in ``text``, resolved to a date, or ``None`` when there is none.

    Periods after publication are counted from ``published``; without it the result has
    ``date=None`` and ``relative=True``.
    """
    best: tuple[int, int, DeadlineResult] | None = None
    rejected: list[tuple[int, int]] = []
    for pattern, handler in _PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() > best[0]:
                break
            try:
                date, relative, approximate = handler(m, published)
            except _RejectedError:
                rejected.append((m.start(), m.end()))
                continue
            result = DeadlineResult(date, Span(m.start(), m.end()), m.group(0), relative, approximate)
            key = (m.start(), -(m.end() - m.start()))
            if best is None or key < (best[0], best[1]):
                best = (key[0], key[1], result)
            break
    if best is not None:
        return best[2]
    return _fallback(text, rejected)
