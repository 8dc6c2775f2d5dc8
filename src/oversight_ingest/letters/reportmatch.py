"""Which inspection report a response letter answers, matched against the registered reports.

Each registered report title is searched for in the letter's head (and, less trusted, in the
whole letter), exactly or with rapidfuzz; abbreviations the letter defines ("organised immigration
crime (OIC)") are expanded, and the title as the letter prints it (quoted, after "Report:", or
before "response from") is compared too. A publication date printed in the letter breaks ties.
When no registered report matches, the printed title is returned unmatched.
:func:`match_report` is the entry point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from oversight_ingest import patterns
from oversight_ingest.catalogue import normalise_title
from oversight_ingest.document import Document, Span
from oversight_ingest.letters.lines import _clean_phrase, _strip_markup, _Zones, _zones
from oversight_ingest.packs import Pack
from oversight_ingest.result import ReportMatch

__all__ = ["match_report", "title_similarity"]

_ABBREVIATION_RE = patterns.compile(r"\(([A-Z]{2,6})s?\)")
_SMALL_WORDS = frozenset({"and", "of", "the", "&", "for", "in", "on", "to", "a"})
_QUOTED_RE = patterns.compile(r"[\"“‘'](?P<t>[^\"“”‘’\n]{12,200}?)[\"”’'](?!\w)")
_AFTER_REPORT_RE = patterns.compile(
    r"\b(?:report|inspection|regarding|re|subject|response\s+to(?:\s+the)?"
    # "Response to HMICFRS: <title>": the inspectorate named between the lead and the title
    r"(?:\s+(?:hmicfrs|hmic|his\s+majesty's\s+inspectorate(?:\s+of\s+constabulary)?[^:–—\n-]{0,40}))?)"
    r"\s*(?::|–|—|-)\s*(?P<t>[^\n]{8,200})",
    re.IGNORECASE,
)
_TITLE_RESPONSE_RE = patterns.compile(
    r"^(?P<t>[^\n]{8,200}?)[.:–—-]\s*(?:response|reply)\s+(?:from|by)\b", re.IGNORECASE
)
_GENERIC_TITLE_RE = patterns.compile(
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
    pattern = patterns.compile(r"\b(" + "|".join(re.escape(a) for a in abbreviations) + r")\b")
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


def title_similarity(title: str, printed: str) -> float:
    """How alike a registered title and a title as printed are (0..100), abbreviations aside."""
    return _printed_score(title, printed)


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


_TITLE_LEAD_RE = patterns.compile(
    r"^(?:an?\s+)?(?:(?:joint\s+)?(?:thematic\s+)?(?:inspection|review|report|examination)\s+(?:of|into|on)\s+)"
    r"(?:the\s+|how\s+)?",
    re.IGNORECASE,
)


def _core_title(title: str) -> str | None:
    """A title without its generic lead ("An inspection of the ..."), as letters often shorten it, when
    enough of it is left to name the report."""
    core = _TITLE_LEAD_RE.sub("", title, count=1)
    return core if core != title and len(core.split()) >= 5 else None


def _score_pack(pack: Pack, letter: _LetterText, printed: tuple[str, Span] | None) -> tuple[float, Span | None]:
    score, span = _title_score(_fold(pack.title), letter.region, letter.whole)
    if score >= _MATCH_CUTOFF:
        return score, span
    core = _core_title(pack.title)
    if core is not None:
        core_score, core_span = _title_score(_fold(core), letter.region, letter.whole)
        if core_score - 2.0 >= _MATCH_CUTOFF:
            return core_score - 2.0, core_span
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
    topic = _topic_match(reports, letter.region, printed)
    if topic is not None:
        pack, span = topic
        return ReportMatch(
            title=pack.title,
            matched=True,
            key=pack.key,
            confidence=_TOPIC_CONFIDENCE,
            span=span,
            title_in_letter=_clean_phrase(_line_at(text, span)),
        )
    if printed is not None:
        return ReportMatch(title=printed[0], matched=False, confidence=0.0, span=printed[1], title_in_letter=printed[0])
    return None


# Words of a title that say what kind of document or work it is, not what it is about.
_GENERIC_TITLE_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "into",
        "on",
        "for",
        "how",
        "well",
        "improving",
        "improve",
        "response",
        "responses",
        "inspection",
        "inspections",
        "review",
        "joint",
        "thematic",
        "report",
        "police",
        "policing",
        "forces",
        "force",
        "an",
        "examination",
    ]
)
_TOPIC_CONFIDENCE = 0.7
"""A report named by its subject ("Organised immigration crime inspection: response ...") rather than its title:
found, not assumed, but less sure than the title itself."""


def _topic_match(reports: Sequence[Pack], region: str, printed: tuple[str, Span] | None) -> tuple[Pack, Span] | None:
    """The one registered report whose subject (its title's words less the generic ones) the letter's head names
    as a run of words in the title's order, when no title matched: "organised immigration crime" for "Improving
    the response to organised immigration crime". None when no report, or more than one, is named so."""
    found: list[tuple[Pack, Span]] = []
    for pack in reports:
        words = [w for w in normalise_title(pack.title).split() if w not in _GENERIC_TITLE_WORDS]
        if len(words) < 2:
            continue
        pattern = r"\b" + r"\W+(?:(?:and|the|of|&)\W+)?".join(re.escape(w) for w in words) + r"\b"
        m = re.search(pattern, region)
        if m is None:
            continue
        if printed is not None and "\n" in region[min(m.start(), printed[1].start) : max(m.end(), printed[1].end)]:
            continue  # the letter prints a title of its own, and the subject is not on its line: another report's
        found.append((pack, Span(m.start(), m.end())))
    return found[0] if len(found) == 1 else None


def _line_at(text: str, span: Span) -> str:
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return text[start : end if end >= 0 else len(text)]
