"""Factual claims with figures and dates, and the writer's commitments, read from a letter's sentences.

A *claim* is a sentence that states a number ("over 600 staff", "12 incidents", "45%", "£1.2
million", "all 5 local authorities") or a date or period ("Between October and December 2024",
"later in 2025"). Each number becomes a :class:`Figure` whose unit is the head noun of the phrase
after it ("272 modern slavery offences" -> offences). Dates become ISO strings ("2024-10",
"2026-04-30", "2025"); a range becomes an ISO interval, and "the same period" carries the last
one forward.

Not claims: labels and ordinals ("Recommendation 4", "the first module", "1)"), numbers echoed
from the recommendation's own wording ("four modules"), counts of the report's own findings
("two areas for improvement") and sentences that only date the inspection or the report.

A *commitment* is a sentence where the writer promises to act ("I will continue to monitor
progress", "I'll be looking for assurance", "Progress will continue to be monitored").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from oversight_ingest import patterns
from oversight_ingest.document import Span
from oversight_ingest.letters.textutil import SMALL_NUMBERS, Sentence, normalise, sentences
from oversight_ingest.months import MONTH_PATTERN, month_number
from oversight_ingest.result import Claim, Figure

_MONTH = MONTH_PATTERN + r"\.?"
_NUMBER_WORDS = dict(SMALL_NUMBERS)
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_NUMBER_WORDS.update({"hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200})
_COUNT_WORDS = "|".join(w for w in _NUMBER_WORDS if w not in ("zero", "one", "dozens", "hundreds"))

_RANGE_RE = patterns.compile(
    rf"\b(?:between|from)\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>(?:19|20)\d\d))?\s+(?:and|to|until|till|through|[–\-])\s+"
    rf"(?P<m2>{_MONTH})\s+(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR_RANGE_RE = patterns.compile(
    r"\b(?:between|from)\s+(?P<y1>(?:19|20)\d\d)\s+(?:and|to|until)\s+(?P<y2>(?:19|20)\d\d)\b", re.I
)
_FINANCIAL_YEAR_RE = patterns.compile(r"\b(?P<y1>20\d\d)\s*[/–\-]\s*(?P<y2>\d\d)\b(?![/\d])")
_DAY_DATE_RE = patterns.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\s*,?\s+(?P<y>(?:19|20)\d\d)\b", re.I
)
_MONTH_DAY_DATE_RE = patterns.compile(
    rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,\s+(?P<y>(?:19|20)\d\d)\b", re.I
)
_MONTH_DATE_RE = patterns.compile(rf"\b(?P<m>{_MONTH})\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_NUMERIC_DATE_RE = patterns.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b")
_YEAR_RE = patterns.compile(r"(?<![\w£$.,/])(?P<y>(?:19|20)\d\d)(?![\w/%])")
_DIGIT_RE = patterns.compile(r"\d")
_LOWER_WORD_RE = patterns.compile(r"[a-z]+")
_COUNT_SET = frozenset(_COUNT_WORDS.split("|"))
_SAME_PERIOD_RE = patterns.compile(
    r"\b(?:same|this|that)\s+(?:reporting\s+)?(?:period|quarter|timeframe|time\s*frame)\b", re.I
)

_FIGURE_RE = patterns.compile(
    r"(?<![\w£$.,/\-])(?P<cur>[£$€]\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<mult>\s*(?:million|billion|bn|m|k|thousand)\b)?(?P<pct>\s*(?:%|per\s*cent\b|percent\b))?(?![\w/]|\.\d|\))"
    rf"|\b(?P<word>{_COUNT_WORDS})\b(?!-)",
    re.IGNORECASE,
)
_QUALIFIER_RE = patterns.compile(
    r"\b(?:over|more\s+than|almost|nearly|around|about|approximately|up\s+to|at\s+least|fewer\s+than|less\s+than|"
    r"under|some|all|only|just)\s+$",
    re.IGNORECASE,
)
_NOT_A_COUNT_RE = patterns.compile(r"^\s?[A-Z]\b|^\s*(?:st|nd|rd|th)\b|^\s[A-Z][a-z]")
_MULTIPLIERS = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3, "thousand": 1e3}
_LABEL_BEFORE_RE = patterns.compile(
    r"(?:recommendations?|areas?\s+for\s+improvement|afis?|causes?\s+of\s+concern|paragraphs?|pages?|sections?|"
    r"chapters?|annex|appendix|no\.?|number|operation|phase|tier|level|grade|step|stage|module|version|priority|"
    r"point|figure|table|part|question|item)\s*(?:\d+\s*(?:,|and|&|or)\s*)*$",
    re.IGNORECASE,
)
_STRUCTURE_UNITS = frozenset(
    [
        "recommendation",
        "recommendations",
        "area",
        "areas",
        "afi",
        "afis",
        "finding",
        "findings",
        "cause",
        "causes",
        "p",
        "ps",
        "year",
        "years",
    ]
)
_NP_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "to",
        "with",
        "within",
        "into",
        "onto",
        "across",
        "over",
        "under",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "not",
        "no",
        "as",
        "than",
        "then",
        "so",
        "such",
        "its",
        "their",
        "our",
        "his",
        "her",
        "it",
        "they",
        "we",
        "i",
        "you",
        "he",
        "she",
        "also",
        "already",
        "still",
        "now",
        "just",
        "only",
        "about",
        "around",
        "approximately",
        "almost",
        "nearly",
        "more",
        "less",
        "fewer",
        "each",
        "every",
        "all",
        "both",
        "per",
        "who",
        "while",
        "where",
        "when",
        "since",
        "during",
        "between",
        "through",
        "until",
        "after",
        "before",
        "including",
        "involving",
    ]
)
_REPORT_SUBJECT_RE = patterns.compile(r"\b(?:inspect\w*|HMICFRS|inspectorate|report\w*|published|publication)\b", re.I)
_COMMITMENT_RE = patterns.compile(
    r"\b(?:I|we)\b[^.]{0,60}?(?:\bwill\b|\bshall\b|\bintend\s+to\b|\blook\s+forward\b|\bam\s+committed\b|"
    r"\bare\s+committed\b|\bremain\s+committed\b)|\b(?:I|we)['’](?:ll|m\s+committed)\b"
    r"|\bwill\s+continue\s+to\s+be\s+(?:monitored|scrutinised|reviewed|overseen)\b",
    re.IGNORECASE,
)


def _iso_month(month: str) -> int:
    number = month_number(month)
    assert number is not None, month  # only ever given what _MONTH matched
    return number


def find_dates(text: str) -> tuple[list[str], str | None, list[tuple[int, int]]]:  # noqa: PLR0912 one branch a form
    """ISO dates, the period (if a range is given) and the character ranges used, for one sentence."""
    used: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    period: str | None = None
    if not _DIGIT_RE.search(text):
        return [], None, used

    def free(m: re.Match[str]) -> bool:
        return not any(m.start() < e and s < m.end() for s, e in used)

    for m in _RANGE_RE.finditer(text):
        y2 = int(m.group("y2"))
        m1, m2 = _iso_month(m.group("m1")), _iso_month(m.group("m2"))
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        period = period or f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
        found += [(m.start(), f"{y1:04d}-{m1:02d}"), (m.end(), f"{y2:04d}-{m2:02d}")]
        used.append(m.span())
    for m in _YEAR_RANGE_RE.finditer(text):
        if free(m):
            period = period or f"{m.group('y1')}/{m.group('y2')}"
            found += [(m.start(), m.group("y1")), (m.end(), m.group("y2"))]
            used.append(m.span())
    for m in _FINANCIAL_YEAR_RE.finditer(text):
        y1 = int(m.group("y1"))
        if free(m) and int(m.group("y2")) == (y1 + 1) % 100:
            period = period or f"{y1:04d}-04/{y1 + 1:04d}-03"
            found.append((m.start(), f"{y1:04d}-04"))
            used.append(m.span())
    for pattern in (_DAY_DATE_RE, _MONTH_DAY_DATE_RE):
        for m in pattern.finditer(text):
            day = int(m.group("d"))
            if free(m) and 1 <= day <= 31:
                found.append((m.start(), f"{int(m.group('y')):04d}-{_iso_month(m.group('m')):02d}-{day:02d}"))
                used.append(m.span())
    for m in _NUMERIC_DATE_RE.finditer(text):
        day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        year += 2000 if year < 100 else 0
        if free(m) and 1 <= day <= 31 and 1 <= month <= 12:
            found.append((m.start(), f"{year:04d}-{month:02d}-{day:02d}"))
            used.append(m.span())
    for m in _MONTH_DATE_RE.finditer(text):
        if free(m):
            found.append((m.start(), f"{int(m.group('y')):04d}-{_iso_month(m.group('m')):02d}"))
            used.append(m.span())
    for m in _YEAR_RE.finditer(text):
        if free(m):
            found.append((m.start(), m.group("y")))
            used.append(m.span())
    dates: list[str] = []
    for _, iso in sorted(found):
        if iso not in dates:
            dates.append(iso)
    return dates, period, used


def find_figures(  # noqa: PLR0912 each exclusion is one plain test
    text: str, *, skip: Iterable[tuple[int, int]] = (), echoes: Iterable[str] = ()
) -> list[Figure]:
    """The figures of one sentence; ``skip`` are character ranges taken by dates, ``echoes`` finding texts."""
    skipped = list(skip)
    echo_texts = _normalised(tuple(echoes))
    figures: list[Figure] = []
    for m in _FIGURE_RE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in skipped):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _LABEL_BEFORE_RE.search(before) and not m.group("cur"):
            continue
        if m.group("word"):
            value = float(_NUMBER_WORDS[m.group("word").lower()])
        else:
            raw = m.group("num")
            if raw.startswith("0") and len(raw) > 1 and "." not in raw:
                continue
            if not before.strip() and re.match(r"^\s*[.)]", text[m.end() :]):
                continue  # "1." or "1)" opening a list item
            value = float(raw.replace(",", ""))
            if m.group("mult"):
                value *= _MULTIPLIERS[m.group("mult").strip().lower()]
        after = text[m.end() :]
        if _NOT_A_COUNT_RE.match(after):
            continue  # "four P approach", "11 Broad Street", ordinals
        if m.group("pct"):
            unit: str | None = "%"
        else:
            unit = _head_noun(after)
            if unit is None and not m.group("cur"):
                continue  # "with four directed at chief constables": no counted noun
            if unit is not None and unit in _STRUCTURE_UNITS:
                continue
            if m.group("cur"):
                unit = m.group("cur").strip()
        phrase = normalise(text[m.start() : m.end() + len(after) - len(after.lstrip()) + 40])
        if unit and any(_echoed(phrase, unit, e) for e in echo_texts):
            continue
        end = m.end() + (len(after) - len(after.lstrip())) + (_unit_end(after) if unit and unit not in "%£$€" else 0)
        qualifier = _QUALIFIER_RE.search(before)
        start = m.start() - len(qualifier.group(0)) if qualifier else m.start()
        figures.append(Figure(value=value, unit=unit, text=text[start:end].strip()))
    return figures


@lru_cache(maxsize=64)
def _normalised(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalise(t) for t in texts)


def _echoed(phrase: str, unit: str, finding: str) -> bool:
    words = phrase.split()
    if len(words) < 2:
        return False
    lead = " ".join(words[: words.index(unit) + 1]) if unit in words else " ".join(words[:2])
    return lead in finding


def _np_words(after: str) -> list[str]:
    tokens = re.findall(r"[A-Za-z][A-Za-z\-']*|[^\sA-Za-z]", after[:80])
    out: list[str] = []
    for i, tok in enumerate(tokens[:6]):
        low = tok.lower()
        if not tok[0].isalpha() or low in _NP_STOP or low.endswith("ly"):
            break
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        continues = bool(nxt) and nxt[0].isalpha() and nxt not in _NP_STOP and not nxt.endswith("ly")
        if low.endswith(("ing", "ed")) and not continues:
            break  # "12 incidents involving the ...": a participle ends the phrase unless a noun follows
        out.append(tok)
    return out


def _head_noun(after: str) -> str | None:
    np = _np_words(after)
    return np[-1].lower() if np else None


def _unit_end(after: str) -> int:
    np = _np_words(after)
    if not np:
        return 0
    stripped = after.lstrip()
    idx = stripped.find(np[-1])
    return idx + len(np[-1]) if idx >= 0 else 0


def find_claims(
    text: str,
    offset: int = 0,
    *,
    echoes: Iterable[str] = (),
    recommendation: str | None = None,
    previous_period: str | None = None,
) -> list[Claim]:
    """Claims in ``text`` (which starts at ``offset`` in the document)."""
    echo_list = list(echoes)
    claims: list[Claim] = []
    period_carry = previous_period
    for s in sentences(text, offset):
        claim = _claim(s, echo_list, period_carry)
        if claim is None:
            continue
        claim.recommendation = recommendation
        period_carry = claim.period or period_carry
        claims.append(claim)
    return claims


def _may_count(text: str) -> bool:
    """Cheap test: does the sentence hold a digit or a number word at all?"""
    return bool(_DIGIT_RE.search(text)) or not _COUNT_SET.isdisjoint(_LOWER_WORD_RE.findall(text.lower()))


def _claim(s: Sentence, echoes: list[str], carried: str | None) -> Claim | None:
    text = s.text
    if not _may_count(text) or len(text.split()) < 6 or text.count(" ") > 120:
        return None
    dates, period, used = find_dates(text)
    figures = find_figures(text, skip=used, echoes=echoes)
    if not figures and not dates:
        return None
    if not figures and _REPORT_SUBJECT_RE.search(text):
        return None  # dates of the inspection or the report, not a claim about the force
    if period is None and carried and _SAME_PERIOD_RE.search(text):
        period = carried
    return Claim(text=text, span=Span(s.start, s.end), figures=figures, dates=dates, period=period)


def find_commitments(text: str, offset: int = 0) -> list[str]:
    """Sentences in which the writer commits to act or to keep watching."""
    return [s.text for s in sentences(text, offset) if _COMMITMENT_RE.search(s.text)]
