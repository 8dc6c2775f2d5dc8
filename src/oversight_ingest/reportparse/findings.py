"""The recommendations, areas for improvement and causes of concern of an inspection report.

:func:`find_findings` reads a :class:`~oversight_ingest.document.Document` in order, keeping track
of the section it is in, and collects:

* labelled findings – "Recommendation 4: By 31 December 2025, chief constables should ...",
  "Area for improvement 2", "AFI 3", "Cause of concern 1" – with the text on the same line or in
  the next paragraph, and list items when the text ends with a colon;
* numbered or bulleted items under a heading "Recommendations", "Areas for improvement" or "Causes
  of concern", and the recommendations that follow a cause of concern ("Within three months, the
  force should:" followed by bullets gives one recommendation per bullet);
* sentences anywhere that are shaped as recommendations: "By <date>, <who> should ..." or "We
  recommend that ...". Running prose ("forces should consider ...") is not a finding.

A finding printed twice (a summary and the body) is kept once: candidates of the same kind are
merged when their references agree (or one has none) and their wording is nearly the same.
Unnumbered findings are numbered in order, with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from oversight_ingest.document import BlockKind, Document, Span
from oversight_ingest.reportparse.addressees import parse_addressees
from oversight_ingest.reportparse.deadlines import DeadlineResult, parse_deadline

HEADING = BlockKind.HEADING
LIST_ITEM = BlockKind.LIST_ITEM
RECOMMENDATION = "recommendation"
AREA_FOR_IMPROVEMENT = "area_for_improvement"
CAUSE_OF_CONCERN = "cause_of_concern"
_KIND_ORDER = {CAUSE_OF_CONCERN: 0, RECOMMENDATION: 1, AREA_FOR_IMPROVEMENT: 2}


@dataclass(slots=True)
class DraftFinding:
    """One finding read from a report, with how sure the reader is and what a reviewer should check.

    ``reference`` is as printed ("4", "2.1"; "AFI 3" gives "3"), or assigned in order when the
    report does not number the finding (``numbered`` is then False). ``span`` covers the finding,
    label included, in ``Document.text``; ``text`` is its wording with whitespace normalised.
    """

    kind: str
    reference: str
    text: str
    span: Span
    deadline: dt.date | None = None
    deadline_phrase: str | None = None
    deadline_relative: bool = False
    deadline_approximate: bool = False
    addressees: list[str] = field(default_factory=list)
    confidence: float = 0.0
    warnings: list[str] = field(default_factory=list)
    numbered: bool = True
    label: str | None = None  # "Recommendation 4", "AFI 3", as printed
    occurrences: int = 1
    cause_of_concern: str | None = None  # reference of the cause of concern a recommendation answers

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "reference": self.reference,
            "text": self.text,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_phrase": self.deadline_phrase,
            "deadline_relative": self.deadline_relative,
            "deadline_approximate": self.deadline_approximate,
            "addressees": list(self.addressees),
            "confidence": round(self.confidence, 3),
            "warnings": list(self.warnings),
            "numbered": self.numbered,
            "label": self.label,
            "occurrences": self.occurrences,
            "cause_of_concern": self.cause_of_concern,
            "span": self.span.as_list(),
        }


# --- text shapes -------------------------------------------------------------------------------

_FLAGS = re.IGNORECASE
_REF = r"\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?"
_LABEL = re.compile(
    r"(?P<label>(?P<rec>recommendation|rec\.?)\s*(?P<rec_ref>" + _REF + r")"
    r"|(?P<afi>area\s+for\s+improvement|afi)\s*(?P<afi_ref>" + _REF + r")"
    r"|(?P<coc>cause\s+of\s+concern)(?:\s*(?P<coc_ref>" + _REF + r"))?)"
    r"(?![\w.]*\d)(?P<sep>\s*[:.)\-–—]+(?!\d)|\s*$|\s*\n|\s+(?=[A-Z\"“‘'(]))",
    _FLAGS,
)
_MID_LABEL = re.compile(
    r"(?<=[.!?;])[ \t]+(?=(?:Recommendation|Area for improvement|AFI|Cause of concern)\s*" + _REF + r"\s*[:\-–—])"
)
_MARKER = re.compile(
    r"^[ \t]*(?:(?P<bullet>[•\-*–·▪◦●■□➢>])|\(?(?P<num>\d{1,3}(?:\.\d{1,3}){0,2})[.)](?!\d)"
    r"|\((?P<alpha>[a-z]|[ivx]{1,4})\)|(?P<alpha2>[a-z])\))[ \t]+",
)
_HEADING_MD = re.compile(r"^(#{1,6})\s+")
_HEADING_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|chapter\s+\d+:?|part\s+\d+:?|[ivx]{1,4}\.)\s+", _FLAGS)
_REC_HEADING = re.compile(
    r"^(?:our\s+|the\s+|summary\s+of\s+|list\s+of\s+)?(?:recommendations?|recommendations\s+(?:to|for)\b.*)$", _FLAGS
)
_AFI_HEADING = re.compile(r"^(?:our\s+|the\s+|summary\s+of\s+|list\s+of\s+)?areas?\s+for\s+improvement\b.*$", _FLAGS)
_COC_HEADING = re.compile(r"^(?:our\s+|the\s+|summary\s+of\s+)?causes\s+of\s+concern\b.*$", _FLAGS)
_MODAL = re.compile(r"\b(?:should|must|needs?\s+to|is\s+to|are\s+to)\b", _FLAGS)
_RECOMMEND = re.compile(r"^(?:we|hmicfrs|the\s+inspectorate)\s+(?:therefore\s+|also\s+)?recommends?\b", _FLAGS)
_SENTENCE_START = re.compile(
    r"(?:by|within|immediately|no\s+later|not\s+later|before|in|during|we|hmicfrs|the\s+inspectorate)\b", _FLAGS
)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_DEADLINE_START = re.compile(
    r"^(?:by|within|immediately|no\s+later|not\s+later|before|in\s+(?:the\s+)?(?:20\d\d|financial)|during)\b", _FLAGS
)
_NARRATIVE_SUBJECT = re.compile(
    r"\b(?:we|i|our|it|this|these|there|you)\b|\b(?:found|said|told|think|believe|expect|considered?)\b", _FLAGS
)
_WORD = re.compile(r"[a-z0-9]+")
_TRAILING_JOIN = re.compile(r"(?:\s*[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$", _FLAGS)
_TERMINAL = ".,;:!?\"”’'"
_MAX_HEADING_WORDS = 16
_MAX_SUBJECT_WORDS = 25
_MERGE_SAME_REF = 80.0
_MERGE_UNNUMBERED = 90.0


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    kind: BlockKind
    level: int = 0


@dataclass(slots=True)
class _Candidate:
    kind: str
    reference: str | None
    start: int
    end: int
    text: str
    source: str  # label, listed (numbered under a heading), section, sentence
    label: str | None = None
    cause: str | None = None
    warnings: list[str] = field(default_factory=list)
    occurrences: int = 1
    norm: str = ""
    token: str | None = None  # for a cause of concern: how its recommendations point at it before numbering


@dataclass(slots=True)
class _Cause:
    reference: str | None
    title: str
    start: int
    token: str
    has_text: bool = False


# --- structure ---------------------------------------------------------------------------------


def _split_group(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into runs of lines: a list marker or a label starts a new run."""
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    prev_end = start
    pos = start
    for line in text[start:end].split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        lead = line.lstrip()
        new_run = bool(_MARKER.match(line)) or (bool(_LABEL.match(lead)) and lead[:1].isupper())
        if run_start is None or new_run:
            if run_start is not None:
                runs.append((run_start, prev_end))
            run_start = line_start + (len(line) - len(lead))
        prev_end = line_end
    if run_start is not None:
        runs.append((run_start, prev_end))
    out: list[tuple[int, int]] = []
    for a, b in runs:  # "... crime. Recommendation 5: By ..." merged by a PDF into one paragraph
        cut = a
        for m in _MID_LABEL.finditer(text, a, b):
            out.append((cut, m.start()))
            cut = m.end()
        out.append((cut, b))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or "\n" in stripped or len(stripped) > 120 or stripped[-1] in _TERMINAL:
        return False
    if len(stripped.split()) > _MAX_HEADING_WORDS or _MARKER.match(stripped) or _MODAL.search(stripped):
        return False
    return stripped[0].isupper() or stripped[0].isdigit() or stripped[0] == "#"


def _units(doc: Document) -> list[_Unit]:
    text = doc.text
    units: list[_Unit] = []
    groups: list[tuple[int, int, BlockKind, int]]
    if doc.blocks:
        groups = [(b.span.start, min(b.span.end, len(text)), b.kind, b.level) for b in doc.blocks]
        groups.sort(key=lambda g: g[0])
    else:
        groups = []
        for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
            if m.group(0).strip():
                groups.append((m.start(), m.end(), BlockKind.PARAGRAPH, 0))
    has_headings = any(kind == BlockKind.HEADING for _, _, kind, _ in groups)
    for start, end, kind, level in groups:
        if kind in (BlockKind.HEADER, BlockKind.FOOTER) or start >= end:
            continue
        if kind == BlockKind.HEADING:
            a = start + len(text[start:end]) - len(text[start:end].lstrip())
            units.append(_Unit(a, end, kind, level))
            continue
        for a, b in _split_group(text, start, end):
            chunk = text[a:b]
            md = _HEADING_MD.match(chunk)
            if md and "\n" not in chunk.strip():
                units.append(_Unit(a, b, BlockKind.HEADING, len(md.group(1))))
            elif (
                _looks_like_heading(chunk)
                and not _label_with_text(chunk)
                and (not has_headings or _section_heading(chunk))
            ):
                units.append(_Unit(a, b, BlockKind.HEADING, 0))
            elif kind == BlockKind.LIST_ITEM or _MARKER.match(chunk):
                units.append(_Unit(a, b, BlockKind.LIST_ITEM, level))
            else:
                units.append(_Unit(a, b, kind, level))
    return units


def _label_with_text(chunk: str) -> bool:
    """A short line that is a label followed by text ("Cause of concern: Crime recording") is a heading
    only when nothing follows the label; a label followed by a sentence is a finding."""
    m = _label_at(chunk, 0)
    if m is None:
        return False
    rest = chunk[m.end() :].strip()
    return bool(rest) and m.group("coc") is None


def _section_heading(chunk: str) -> bool:
    heading = _heading_text(chunk)
    return bool(_REC_HEADING.match(heading) or _AFI_HEADING.match(heading) or _COC_HEADING.match(heading)) or bool(
        _label_at(chunk.strip(), 0)
    )


def _label_at(text: str, pos: int) -> re.Match[str] | None:
    m = _LABEL.match(text, pos)
    if m is None or not m.group(0)[:1].isupper():
        return None
    return m


def _heading_text(text: str) -> str:
    text = _HEADING_MD.sub("", text.strip())
    text = _HEADING_NUMBER.sub("", text)
    return " ".join(text.split()).strip(" :.")


def _normalise(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"(\w)-\s(?=[a-z])", r"\1", text) if "- " in text and re.search(r"\w- [a-z]", text) else text
    return text.strip()


def _strip_marker(text: str) -> tuple[str, str | None, bool]:
    """``text`` without a leading list marker; the marker's number, and whether there was a marker."""
    m = _MARKER.match(text)
    if m is None:
        return text, None, False
    return text[m.end() :], m.group("num"), True


# --- collection --------------------------------------------------------------------------------


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence ranges in ``text[start:end]``: cut after ., ! or ? followed by white space."""
    out: list[tuple[int, int]] = []
    cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((cut, m.end()))
        cut = m.end()
    if cut < end:
        out.append((cut, end))
    return out


def _sentence_candidates(text: str, start: int, end: int) -> list[_Candidate]:
    """Sentences in prose shaped as recommendations: "By <date>, <who> should ...", "We recommend that ..."."""
    found: list[_Candidate] = []
    for a, b in _sentences(text, start, end):
        raw = text[a:b]
        sentence = raw.strip()
        if len(sentence) < 20 or not _SENTENCE_START.match(sentence):
            continue
        offset = a + (len(raw) - len(raw.lstrip()))
        body = sentence
        recommend = _RECOMMEND.match(body)
        if recommend:
            body = body[recommend.end() :].lstrip(" ,:")
            body = re.sub(r"^that\b[\s,]*", "", body, flags=_FLAGS)
        modal = _MODAL.search(body)
        if modal is None:
            continue
        if not recommend:
            if not _DEADLINE_START.match(body):
                continue
            deadline = parse_deadline(body[: modal.start()], published=None)
            if deadline is None or deadline.span.start != 0:
                continue
            subject = body[deadline.span.end : modal.start()]
            if not subject.lstrip().startswith(",") and not deadline.phrase.lower().startswith("immediately"):
                continue
        else:
            subject = body[: modal.start()]
        if len(subject.split()) > _MAX_SUBJECT_WORDS or _NARRATIVE_SUBJECT.search(_strip_working_with(subject)):
            continue
        if not parse_addressees(body):
            continue
        found.append(_Candidate(RECOMMENDATION, None, offset, offset + len(sentence), _normalise(sentence), "sentence"))
    return found


def _strip_working_with(subject: str) -> str:
    return re.sub(r"\b(?:working|together|jointly|in\s+\w+)\s+with\b.*", "", subject, flags=_FLAGS)


@dataclass(slots=True)
class _Pending:
    """A label printed on its own ("Area for improvement 2"), waiting for its text."""

    kind: str
    reference: str | None
    start: int
    label: str
    cause: str | None


@dataclass(slots=True)
class _Stem:
    """A lead-in ending in a colon ("Within three months, the force should:") waiting for its list."""

    text: str
    kind: str


@dataclass(slots=True)
class _View:
    """One unit as the reader sees it: its text without a list marker, and that marker's number."""

    unit: _Unit
    body: str
    body_start: int
    number: str | None
    is_list: bool


class _Reader:
    """Walks the units of a document in order, tracking the section, and collects candidates."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.units = _units(doc)
        self.out: list[_Candidate] = []
        self.section: str | None = None
        self.section_level = 0
        self.cause: _Cause | None = None
        self.pending: _Pending | None = None
        self.open_cand: _Candidate | None = None
        self.stem: _Stem | None = None

    def read(self) -> list[_Candidate]:
        for unit in self.units:
            chunk = self.text[unit.start : unit.end]
            body, number, marked = _strip_marker(chunk)
            view = _View(unit, body, unit.start + len(chunk) - len(body), number, marked or unit.kind == LIST_ITEM)
            if not self._continue_list(view):
                self._feed(view)
        for cand in self.out:
            cand.text = _TRAILING_JOIN.sub("", cand.text)
        return self.out

    def _cause_ref(self, kind: str) -> str | None:
        if self.cause is None or kind != RECOMMENDATION:
            return None
        return self.cause.reference or self.cause.token

    def _continue_list(self, view: _View) -> bool:
        """A list item that continues a finding ending in a colon, or that completes a lead-in."""
        listed = view.is_list and view.unit.kind != HEADING
        if self.open_cand is not None and listed:
            item = _normalise(view.body)
            if not re.search(r"(?:[;,]|\b(?:and|or))$", item):
                item += ";"
            self.open_cand.text = f"{self.open_cand.text} {item}"
            self.open_cand.end = view.unit.end
            return True
        self.open_cand = None
        if self.stem is not None and listed:
            item = _normalise(view.body)
            joined = f"{self.stem.text.rstrip(':').rstrip()} {item[:1].lower() + item[1:]}"
            cand = _Candidate(self.stem.kind, view.number, view.body_start, view.unit.end, joined, "section")
            cand.cause = self._cause_ref(self.stem.kind)
            cand.warnings.append(f"wording joins the lead-in {self.stem.text!r} to one item of its list")
            self.out.append(cand)
            return True
        self.stem = None
        return False

    def _feed(self, view: _View) -> None:
        label = _label_at(view.body, 0)
        if label is not None:
            self._labelled(view, label)
        elif view.unit.kind == HEADING:
            self._heading(view)
        elif self.pending is not None:
            self._complete_pending(view)
        elif self.section == CAUSE_OF_CONCERN and self.cause is not None and not self.cause.has_text:
            self.cause.has_text = True
            cand = _Candidate(CAUSE_OF_CONCERN, self.cause.reference, self.cause.start, view.unit.end, "", "label")
            cand.text = _normalise(view.body)
            cand.label = "Cause of concern" + (f" {self.cause.reference}" if self.cause.reference else "")
            cand.token = self.cause.token
            self.out.append(cand)
        elif self.section == "causes" and view.is_list:
            body = _normalise(view.body)
            self.out.append(_Candidate(CAUSE_OF_CONCERN, view.number, view.unit.start, view.unit.end, body, "section"))
        elif not self._section_item(view):
            for cand in _sentence_candidates(self.text, view.unit.start, view.unit.end):
                cand.cause = self._cause_ref(RECOMMENDATION)
                self.out.append(cand)

    def _labelled(self, view: _View, label: re.Match[str]) -> None:
        kind = (
            CAUSE_OF_CONCERN if label.group("coc") else AREA_FOR_IMPROVEMENT if label.group("afi") else RECOMMENDATION
        )
        ref = label.group("rec_ref") or label.group("afi_ref") or label.group("coc_ref")
        label_text = " ".join(label.group("label").split())
        rest = view.body[label.end() :]
        if kind == CAUSE_OF_CONCERN:
            self.section, self.section_level = CAUSE_OF_CONCERN, view.unit.level
            self.cause = _Cause(ref, "", view.body_start, f"#cause-{view.body_start}")
            if view.unit.kind == HEADING or len(rest.split()) < 6 or not rest.rstrip().endswith((".", ":")):
                self.cause.title = _normalise(rest)
                return
            self.cause.has_text = True
        elif not rest.strip() or view.unit.kind == HEADING:
            self.pending = _Pending(kind, ref, view.body_start, label_text, self._cause_ref(kind))
            return
        cand = _Candidate(kind, ref, view.body_start, view.unit.end, _normalise(rest), "label", label=label_text)
        cand.cause = self._cause_ref(kind)
        if kind == CAUSE_OF_CONCERN and self.cause is not None:
            cand.token = self.cause.token
        self.out.append(cand)
        if rest.rstrip().endswith(":"):
            self.open_cand = cand

    def _heading(self, view: _View) -> None:
        self.pending = None
        heading = _heading_text(view.body)
        level = view.unit.level
        if _REC_HEADING.match(heading):
            inside_cause = self.section == CAUSE_OF_CONCERN and self.cause is not None
            if not inside_cause or (level and level <= self.section_level):
                self.section, self.section_level, self.cause = RECOMMENDATION, level, None
        elif _AFI_HEADING.match(heading):
            self.section, self.section_level, self.cause = AREA_FOR_IMPROVEMENT, level, None
        elif _COC_HEADING.match(heading):
            self.section, self.section_level, self.cause = "causes", level, None
        elif not (self.section is not None and level and self.section_level and level > self.section_level):
            self.section, self.cause = None, None  # a sub-heading inside a findings section keeps it

    def _complete_pending(self, view: _View) -> None:
        pending = self.pending
        assert pending is not None
        self.pending = None
        cand = _Candidate(pending.kind, pending.reference, pending.start, view.unit.end, _normalise(view.body), "label")
        cand.label, cand.cause = pending.label, pending.cause
        self.out.append(cand)
        if view.body.rstrip().endswith(":"):
            self.open_cand = cand

    def _section_item(self, view: _View) -> bool:
        """An item under a "Recommendations" or "Areas for improvement" heading, or after a cause of concern."""
        if self.section not in (RECOMMENDATION, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN):
            return False
        kind = AREA_FOR_IMPROVEMENT if self.section == AREA_FOR_IMPROVEMENT else RECOMMENDATION
        stripped = view.body.strip()
        modal = _MODAL.search(stripped)
        if modal is None:
            return False
        if stripped.endswith(":"):
            self.stem = _Stem(_normalise(stripped), kind)
            return True
        if not (view.is_list or view.number or _short_subject(stripped, modal)):
            return False
        source = "listed" if view.number else "section"
        cand = _Candidate(kind, view.number, view.unit.start, view.unit.end, _normalise(view.body), source)
        cand.cause = self._cause_ref(kind)
        self.out.append(cand)
        return True


def _short_subject(sentence: str, modal: re.Match[str]) -> bool:
    subject = sentence[: modal.start()]
    found = parse_deadline(subject, published=None)
    if found is not None:
        subject = subject[found.span.end :]
    subject = _strip_working_with(subject)
    return 0 < len(subject.split()) <= 12 and not _NARRATIVE_SUBJECT.search(subject)


# --- merging and numbering ---------------------------------------------------------------------


def _norm_key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _similarity(a: str, b: str) -> float:
    score = float(fuzz.ratio(a, b))
    shorter, longer = sorted((len(a), len(b)))
    if longer and shorter / longer >= 0.6:
        score = max(score, float(fuzz.partial_ratio(a, b)) - 5.0)
    return score


def _merge(cands: list[_Candidate]) -> list[_Candidate]:
    kept: list[_Candidate] = []
    for cand in cands:
        cand.norm = _norm_key(cand.text)
        if len(cand.norm) < 8:
            continue
        same_kind = [k for k in kept if k.kind == cand.kind]
        best: _Candidate | None = None
        best_score = 0.0
        for k in same_kind:
            if cand.reference and k.reference and cand.reference != k.reference:
                continue
            score = _similarity(cand.norm, k.norm)
            if score > best_score:
                best, best_score = k, score
        if best is not None:
            same_ref = bool(cand.reference) and best.reference == cand.reference
            if best_score >= (_MERGE_SAME_REF if same_ref else _MERGE_UNNUMBERED):
                before = (best.reference, best.label)
                _absorb(best, cand)
                if any(k is not best and k.reference == best.reference for k in same_kind):
                    best.reference, best.label = before  # that number is another finding's: numbered later instead
                continue
        if cand.reference and any(k.reference == cand.reference for k in same_kind):
            printed = cand.reference
            suffix = 2
            while any(k.reference == f"{printed}-{suffix}" for k in same_kind):
                suffix += 1
            cand.reference = f"{printed}-{suffix}"
            cand.warnings.append(
                f"reference {printed} is printed again for different wording; recorded as {cand.reference}"
            )
        kept.append(cand)
    return kept


def _absorb(into: _Candidate, other: _Candidate) -> None:
    into.occurrences += 1
    if into.reference is None and other.reference is not None:
        into.reference, into.label = other.reference, other.label
    rank = {"label": 3, "listed": 2, "section": 1, "sentence": 0}
    if rank[other.source] > rank[into.source] or (
        rank[other.source] == rank[into.source] and len(other.text) > len(into.text)
    ):
        into.text, into.norm = other.text, other.norm
        into.source = other.source
        into.start, into.end = other.start, other.end
    into.cause = into.cause or other.cause
    into.warnings.extend(w for w in other.warnings if w not in into.warnings)


def _number(kept: list[_Candidate]) -> None:
    for kind in (RECOMMENDATION, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN):
        items = [c for c in kept if c.kind == kind]
        used = {c.reference for c in items if c.reference}
        numeric = [int(r) for r in used if r.isdigit()]
        next_number = max(numeric, default=0) + 1
        for c in items:
            if c.reference:
                continue
            while str(next_number) in used:
                next_number += 1
            c.reference = str(next_number)
            used.add(c.reference)
            next_number += 1
            if kind == CAUSE_OF_CONCERN and len(items) == 1:
                c.warnings.append("the cause of concern is not numbered; recorded as 1")
            else:
                c.warnings.append(f"not numbered in the report; numbered {c.reference} in order of appearance")


# --- scoring -----------------------------------------------------------------------------------


def _apply_deadline(finding: DraftFinding, deadline: DeadlineResult | None) -> None:
    if deadline is None:
        if finding.kind == RECOMMENDATION:
            finding.warnings.append("no deadline found")
        return
    finding.deadline = deadline.date
    finding.deadline_phrase = deadline.phrase
    finding.deadline_relative = deadline.relative
    finding.deadline_approximate = deadline.approximate
    if deadline.date is None:
        finding.warnings.append(
            f"deadline {deadline.phrase!r} counts from publication, and the publication date is unknown"
        )
    elif deadline.approximate:
        finding.warnings.append(f"deadline {deadline.phrase!r} is approximate; read as {deadline.date}")


def _finish(cand: _Candidate, published: dt.date | None) -> DraftFinding:
    reference = cand.reference or "?"
    finding = DraftFinding(
        kind=cand.kind,
        reference=reference,
        text=cand.text,
        span=Span(cand.start, cand.end),
        numbered=not any(w.startswith(("not numbered", "the cause of concern is not")) for w in cand.warnings),
        label=cand.label,
        occurrences=cand.occurrences,
        cause_of_concern=cand.cause,
        warnings=list(cand.warnings),
    )
    deadline = parse_deadline(cand.text, published=published)
    _apply_deadline(finding, deadline)
    if cand.kind != CAUSE_OF_CONCERN:
        finding.addressees = parse_addressees(cand.text)
        if not finding.addressees:
            finding.warnings.append("no addressees found")
    if cand.source == "sentence":
        finding.warnings.append("found in running text, not under a recommendation label or heading")

    confidence = {"label": 0.8, "listed": 0.78, "section": 0.65, "sentence": 0.55}[cand.source]
    if cand.kind == RECOMMENDATION:
        confidence += 0.1 if finding.deadline else (0.03 if deadline is not None else -0.1)
    if cand.kind != CAUSE_OF_CONCERN:
        confidence += 0.08 if finding.addressees else -0.15
        if not _MODAL.search(cand.text):
            confidence -= 0.2
            finding.warnings.append("the wording has no 'should' or 'must'")
    if finding.occurrences > 1:
        confidence += 0.05
    if not finding.numbered:
        confidence -= 0.05
    if len(cand.text) > 1200:
        confidence -= 0.15
        finding.warnings.append("very long; the text may run on past the finding")
    finding.confidence = max(0.05, min(0.99, confidence))
    return finding


def find_findings(doc: Document, *, published: dt.date | None) -> list[DraftFinding]:
    """The findings of ``doc``: causes of concern, then recommendations, then areas for improvement,
    each kind in order of first appearance. Relative deadlines count from ``published``."""
    candidates = _Reader(doc).read()
    kept = _merge(candidates)
    _number(kept)
    tokens = {c.token: c.reference for c in kept if c.token}
    for c in kept:
        if c.cause is not None and c.cause in tokens:
            c.cause = tokens[c.cause]
        elif c.cause is not None and c.cause.startswith("#"):
            c.cause = None
    kept.sort(key=lambda c: (_KIND_ORDER[c.kind], c.start))
    return [_finish(c, published) for c in kept]
