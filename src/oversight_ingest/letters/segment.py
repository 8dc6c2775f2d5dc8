"""Split the body of a letter into passages, each answering (at most) one finding.

The body is cut into *units*: the document's blocks, split further at line breaks that are not
wrapped lines (a PDF line that ends mid-sentence is joined to the next). A unit *starts* a passage
when it is

* a label: "Recommendation 2", "Recommendation 2:", "AFI 3", "Area for improvement 1", or a list
  number ("1)", "2.", "(3)") in front of text worded like a finding;
* the restated text of a finding: quoted, a ``QUOTE`` block, or worded closely enough like one of
  the findings (the caller supplies that similarity);
* a heading block.

A label followed directly by the finding's text is one passage. A passage runs until the next start
or a *closing*: a sign-off ("Yours sincerely", "Kind regards"), a "Conclusion"/"Summary" heading, or a
paragraph that turns to general remarks ("In conclusion", "Commenting more broadly", "More
generally"). When a quoted finding has no label, a "Recommendation N" named in the sentence just
before it is taken as the letter's label ("This issue underpins Recommendation 1.").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from oversight_ingest import patterns
from oversight_ingest.document import BlockKind, Document
from oversight_ingest.letters.textutil import SMALL_NUMBERS, strip_markup

_KIND_WORDS = (
    ("recommendation", r"recommendations?|recs?\.?"),
    ("area_for_improvement", r"areas?\s+for\s+improvement|afis?"),
    ("cause_of_concern", r"causes?\s+of\s+concern"),
)
_NUMBER_WORDS = {w: str(n) for w, n in SMALL_NUMBERS.items() if n}  # "Recommendation four"
_ROMAN = {r: str(i + 1) for i, r in enumerate(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"])}
_WORD_LABEL_RE = patterns.compile(
    r"^[\s*_#>•\-–]*(?P<label>(?P<word>recommendations?|recs?\.?|(?-i:R)(?=\d)|areas?\s+for\s+improvement|afis?|"
    r"causes?\s+of\s+concern)"
    r"\s*(?:no\.?\s*|number\s+)?(?P<num>\d{1,3}|[ivx]{1,5}\b|" + "|".join(_NUMBER_WORDS) + r"\b"
    r"|\([a-h]\)|(?-i:[A-H])(?![\w'’]))"  # the letter's own lettering: "AFI (b)", "Area for improvement B"
    r"(?:\s*\([a-z]\))?)[*_\s]*(?P<sep>[:.\-–—)]?)",
    re.IGNORECASE,
)
_MORE_NUMBERS_RE = patterns.compile(r"(?:\s*(?:,|and|&)\s*\d{1,3}\b)+[*_\s]*[:.\-–—)]?")
_NUM_LABEL_RE = patterns.compile(r"^[\s*_#]*(?P<label>\(?(?P<num>\d{1,2})[.)])[*_]*\s+(?=\S)")
_BRACKETED_REF_RE = patterns.compile(
    r"\((?:see\s+)?(?:report\s+|hmicfrs\s+)?(?P<word>recommendations?|areas?\s+for\s+improvement|afis?)\s+"
    r"(?P<num>\d{1,2})(?P<more>(?:\s*(?:,|and|&)\s*\d{1,2})*)\)"
    r"(?P<end>\W*$|\s*[:\-–—]\s*)",
    re.IGNORECASE,
)
_MENTION_RE = patterns.compile(
    r"\b(?P<label>(?:Recommendation|Area for improvement|AFI|Cause of concern)\s+(?P<num>\d{1,3}))\b", re.IGNORECASE
)
_CLOSING_RE = patterns.compile(
    r"^[\s*_#]*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm|with\s+(?:kind|best))\s+(?:regards|wishes)|"
    r"regards\b|in\s+conclusion\b|to\s+conclude\b|in\s+summary\b|to\s+summari[sz]e\b|in\s+closing\b|"
    r"commenting\s+(?:more\s+)?(?:broadly|generally|widely)\b|more\s+(?:broadly|generally|widely)\b|"
    r"(?:on\s+a\s+)?(?:more\s+)?(?:general|wider|broader)\s+(?:note|point|remarks?|comments?|observations?)\b|"
    r"beyond\s+(?:the|these)\s+(?:specific\s+)?(?:recommendations|areas\s+for\s+improvement)\b)",
    re.IGNORECASE,
)
_CLOSING_HEADING_RE = patterns.compile(
    r"^(?:conclusions?|summary|closing\s+remarks|concluding\s+remarks|final\s+remarks|next\s+steps|"
    r"general\s+comments|other\s+matters|overall)\W*$",
    re.IGNORECASE,
)
_QUOTE_OPEN = "\"“‘'"
_MODAL_RE = patterns.compile(r"\b(?:should|must|needs?\s+to|ought\s+to)\b", re.IGNORECASE)


def finding_like(text: str) -> bool:
    """Whether ``text`` opens like a finding: "By <date>, X should ...", "The force should ..."."""
    plain = strip_markup(text).lstrip(_QUOTE_OPEN + " ")
    first = re.split(r"(?<=[.!?])\s", plain, maxsplit=1)[0]
    m = _MODAL_RE.search(first)
    if m is None or len(first[: m.start()].split()) > 25:
        return False
    return not re.match(r"(?:I|We|My|Our|It|This|That)\b", plain)


def label_kind(word: str) -> str:
    """The finding kind a label word names ("AFI" -> area_for_improvement)."""
    for kind, pattern in _KIND_WORDS:
        if re.fullmatch(pattern, word.strip(), re.IGNORECASE):
            return kind
    return "recommendation"


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    text: str
    kind: BlockKind
    column: int = 0  # a table cell's column (from 1) where the extractor knew it; 0 otherwise


@dataclass(slots=True)
class Passage:
    """A run of the letter that may answer one finding."""

    start: int
    end: int
    body_start: int  # where the letter's own words begin (after label and restated finding)
    label: str | None = None
    number: str | None = None
    kind: str | None = None  # the kind the label names
    head: tuple[int, int] | None = None  # the restated finding text
    soft: bool = False  # a heading or plain paragraph, not a label or restated finding
    units: list[Unit] = field(default_factory=list)
    also: tuple[str, ...] = ()  # further numbers one label names ("Recommendations 8 and 9")
    # the part of a passage that answers one of several findings it answers (sentence by sentence), points
    # at the words they share: the lead-in before the first of them, else the whole passage
    parent: Passage | None = None

    @property
    def has_body(self) -> bool:
        return self.body_start < self.end


def units(doc: Document, body_start: int = 0) -> list[Unit]:
    """The body's units, in order."""
    text = doc.text
    blocks = [
        (b.span.start, b.span.end, b.kind, b.level if b.kind is BlockKind.TABLE_CELL else 0)
        for b in doc.blocks
        if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER) and b.span.end > body_start
    ]
    if not blocks:
        blocks = [
            (m.start(), m.end(), BlockKind.PARAGRAPH, 0)
            for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)
            if m.end() > body_start
        ]
    out: list[Unit] = []
    for block_start, end, kind, column in blocks:
        start = max(block_start, body_start)
        line_start = start
        pieces: list[tuple[int, int]] = []
        for m in re.finditer(r"\n", text[start:end]):
            pieces.append((line_start, start + m.start()))
            line_start = start + m.end()
        pieces.append((line_start, end))
        merged: list[list[int]] = []
        for s, e in pieces:
            if not text[s:e].strip():
                continue
            if merged and _wrapped(text[merged[-1][0] : merged[-1][1]], text[s:e]):
                merged[-1][1] = e
            else:
                merged.append([s, e])
        for s, e in merged:
            piece = text[s:e]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            out.extend(_split_inline_quotes(Unit(s + lead, e - trail, piece.strip(), kind, column), text))
    return out


_INLINE_QUOTE_RE = patterns.compile(r"[“\"](?P<q>[^”\"]{40,700})[”\"]")
_SENTENCE_START_RE = patterns.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _split_inline_quotes(unit: Unit, text: str) -> list[Unit]:
    """A long paragraph that quotes findings mid-way ("... The report recommends that “By 30 April 2026, chief
    constables should ...” I agree, and ...") is cut so that each quoting sentence starts a unit of its own,
    ending with the quotation, and the letter's words after it follow as another unit."""
    if unit.kind is not BlockKind.PARAGRAPH or len(unit.text) < 300:
        return [unit]
    quotes = [m for m in _INLINE_QUOTE_RE.finditer(unit.text) if finding_like(m.group("q"))]
    if not quotes or (len(quotes) == 1 and quotes[0].start() < 3):
        return [unit]
    cuts: set[int] = set()
    for m in quotes:
        starts = [b.end() for b in _SENTENCE_START_RE.finditer(unit.text[: m.start()])]
        cuts.add(starts[-1] if starts else 0)
        after = m.end()
        while after < len(unit.text) and unit.text[after] in ".,;: ":
            after += 1
        cuts.add(after)
    bounds = sorted(c for c in cuts if 0 < c < len(unit.text))
    pieces: list[Unit] = []
    start = 0
    for cut in [*bounds, len(unit.text)]:
        chunk = unit.text[start:cut]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            a = unit.start + start + lead
            b = unit.start + start + len(chunk.rstrip())
            pieces.append(Unit(a, b, text[a:b], unit.kind, unit.column))
        start = cut
    return pieces


def _wrapped(previous: str, line: str) -> bool:
    """Whether ``line`` continues ``previous`` (a wrapped line rather than a new paragraph or item)."""
    prev = previous.rstrip()
    nxt = line.lstrip()
    if not prev or not nxt or _WORD_LABEL_RE.match(nxt) or _NUM_LABEL_RE.match(nxt) or _CLOSING_RE.match(nxt):
        return False
    if prev[-1] in ".!?:;" or nxt[0] in "•-–*#":
        return False
    return nxt[0].islower() or prev[-1].islower() or prev[-1] == ","


def is_closing(unit: Unit) -> bool:
    text = strip_markup(unit.text)
    if _CLOSING_RE.match(text):
        return True
    return len(text.split()) <= 4 and bool(_CLOSING_HEADING_RE.match(text))


def segment(
    doc: Document,
    body_start: int,
    finding_likeness: Callable[[str], float],
    *,
    quote_threshold: float = 0.72,
) -> tuple[list[Passage], list[Unit]]:
    """Passages of the body, and its units. ``finding_likeness`` scores text against the findings (0..1)."""
    all_units = units(doc, body_start)
    bare = _bare_number_labels(all_units)
    continuations = later_cells(all_units)
    passages: list[Passage] = []
    current: Passage | None = None
    previous: Unit | None = None
    for unit in all_units:
        if is_closing(unit) or (passages and is_other_report_heading(unit, finding_likeness)):
            current = None
            previous = unit
            continue
        start = None if unit.start in continuations else _start(unit, finding_likeness, quote_threshold)
        if start is None and unit.start in bare:  # "2" alone on its line, as a table's first column reads in text,
            number = bare[unit.start]  # or "2 Accepted. ..." with the row's next cell run on
            m = _BARE_NUMBER_RE.match(unit.text)
            body = unit.start + m.end() if m else unit.end
            start = Passage(unit.start, unit.end, min(body, unit.end), number, number)
            if m and m.group("also"):  # "8 & 9": a row that answers two findings
                start.label, start.also = m.group(0).strip(), (m.group("also"),)
        if start is not None and start.soft and current is not None and current.head and not current.has_body:
            start = None  # a "Response" sub-heading under a restated finding belongs to its answer
        elif (
            start is not None
            and start.soft
            and current is not None
            and current.label is not None
            and current.head is None
            and not current.has_body
        ):
            start = None  # a row's short title under its bare number ("2" / "Intelligence for NCCU referrals")
        if start is None and current is not None and _under_label(current) and finding_like(unit.text):
            # the finding right under its label, even one not among the findings given
            current.head, current.end, current.body_start = (unit.start, unit.end), unit.end, unit.end
            current.units.append(unit)
            previous = unit
            continue
        if start is None:
            if current is not None:
                current.end = unit.end
                current.units.append(unit)
            previous = unit
            continue
        if (
            current is not None
            and not current.has_body
            and current.head is None
            and start.head is not None
            and start.label is None
        ):
            current.head, current.end, current.body_start = start.head, start.end, start.body_start
            current.soft = False
            current.units.append(unit)
        else:
            if start.label is None and start.head is not None and previous is not None:
                _label_from_mention(start, previous.text)
            start.units.append(unit)
            passages.append(start)
            current = start
        previous = unit
    return passages, all_units


_HEADER_CELL_RE = patterns.compile(
    r"^\W*(?:#|no\.?|ref\w*|what\b|the\s+\w+|hmicfrs)\W*|\b(?:recommendations?|areas?\s+for\s+improvement|afis?|"
    r"findings?|response|comments?|view|position|observations?|status|rag|action|update|progress|owner|date|"
    r"commissioner['’]?s?|pf?cc|opf?cc|mayor|force|police|constabulary|chief\s+constable)\b",
    re.IGNORECASE,
)


ROW_LABEL_RE = patterns.compile(
    r"(?i)^\W*(?:rec|r(?=\d)|area\s+for\s+improvement|afi|\d)\w*\.?\s*\d|^\W*\d{1,2}\s*[–—:.)(-]\s*[A-Za-z]"
)
"""A table cell that labels its row with a finding's number ("Recommendation 2 – Hydra", "Rec. 4", "R8", "AFI 1",
"2 – NCCU referrals", "2 (NCCU)"): a header row ends before it."""


def later_cells(all_units: list[Unit]) -> set[int]:
    """Starts of table cells after the first in their row, in tables whose header row gives the number of columns
    (short cells with no full stop): a row is one answer, so only its first cell may start a passage."""
    out: set[int] = set()
    i = 0
    while i < len(all_units):
        if all_units[i].kind is not BlockKind.TABLE_CELL:
            i += 1
            continue
        j = i
        while j < len(all_units) and all_units[j].kind is BlockKind.TABLE_CELL:
            j += 1
        cells = all_units[i:j]
        if all(c.column for c in cells):  # the extractor says each cell's column: a row is its cells after the first
            out.update(c.start for c in cells if c.column > 1)
            i = j
            continue
        width = 0
        while (
            width < len(cells)
            and _HEADER_CELL_RE.search(cells[width].text)
            and len(cells[width].text.split()) <= 8
            and not ROW_LABEL_RE.match(cells[width].text)
        ):
            width += 1
        if 2 <= width < len(cells) and (len(cells) - width) % width == 0:
            out.update(c.start for k, c in enumerate(cells[width:]) if k % width)
        i = j
    return out


_BARE_NUMBER_RE = patterns.compile(
    r"^\s*(?P<num>\d{1,2})(?:\s*(?:&|and|,)\s*(?P<also>\d{1,2}))?(?:[.)]|\s+[–—-])?(?:\s*$|\s+(?=(?:Accept(?:ed)?|Agree[ds]?|Support(?:ed)?|Noted|"
    r"Not\s+(?:accepted|agreed|supported)|Disagreed?|Partially|Rejected|"
    r"Complete|Completed|Implemented|In\s+progress|In\s+development|Ongoing|Planned|Scheduled|Not\s+started|"
    r"Not\s+yet\s+started|On\s+track|Green|Amber|Red)\b))"
)


def _bare_number_labels(all_units: list[Unit]) -> dict[int, str]:
    """Units that are a number alone, where the body has two or more in rising order with words between them
    (the numbers column of a response table read as text): unit start -> number. A lone number (a page number)
    is not a label."""
    matches = [(u.start, m) for u in all_units if (m := _BARE_NUMBER_RE.match(u.text))]
    found = [(start, m.group("num")) for start, m in matches]
    numbers = [int(n) for start, m in matches for n in (m.group("num"), m.group("also")) if n]
    if len(found) < 2 or numbers != sorted(set(numbers)) or numbers[-1] > 30:
        return {}
    return dict(found)


def _under_label(p: Passage) -> bool:
    return bool(p.label) and p.head is None and not p.has_body


def _label_from_mention(passage: Passage, before: str) -> None:
    tail = re.split(r"(?<=[.!?])\s+", before.strip())[-1]
    mentions = list(_MENTION_RE.finditer(tail))
    if len(mentions) == 1:
        m = mentions[0]
        passage.label = " ".join(m.group("label").split())
        passage.number = m.group("num")
        passage.kind = label_kind(m.group("label").rsplit(None, 1)[0])


def _start(unit: Unit, likeness: Callable[[str], float], threshold: float) -> Passage | None:
    text = unit.text
    plain = strip_markup(text)
    m = _WORD_LABEL_RE.match(text)
    if m:
        rest_at = m.end()
        label = " ".join(strip_markup(m.group("label")).split())
        if m.group("sep") == ")":
            label += ")"
        raw = m.group("num").lower().strip("()")
        number = _NUMBER_WORDS.get(raw) or _ROMAN.get(raw) or raw
        p = Passage(unit.start, unit.end, unit.start + rest_at, label, number, label_kind(m.group("word")))
        more = _MORE_NUMBERS_RE.match(text[m.end("num") :])
        if more:  # "Recommendations 8 and 9": one answer to several findings
            p.also = tuple(re.findall(r"\d{1,3}", more.group(0)))
            rest_at = m.end("num") + more.end()
            p.body_start = unit.start + rest_at
            p.label = " ".join(text[m.start("label") : rest_at].split()).rstrip(":.-–— ")
        _take_head(p, unit, rest_at, likeness, threshold)
        return p
    m = _BRACKETED_REF_RE.search(text, 0, 160)
    if m and (m.group("end").strip() or (len(text.split()) <= 16 and not text.rstrip().endswith("."))):
        # "1 Intelligence document on every NCCU report (recommendation 2)", "2. Information plan (report
        # recommendation 4): accepted. ...": the letter's own row number, the report's in brackets, which is the
        # finding's; the answer follows on the same line or below
        word = m.group("word")
        body = unit.start + m.end() if m.group("end").strip() else unit.end
        label = " ".join(f"{word} {m.group('num')}{m.group('more')}".split())
        p = Passage(unit.start, unit.end, body, label, m.group("num"), label_kind(word))
        p.also = tuple(re.findall(r"\d{1,2}", m.group("more")))  # "Training (recommendations 8 and 9)"
        return p
    m = _NUM_LABEL_RE.match(text)
    if m:
        rest = text[m.end() :]
        if likeness(rest) >= threshold * 0.8 or (_MODAL_RE.search(rest[:300]) and likeness(rest) >= 0.35):
            p = Passage(unit.start, unit.end, unit.start + m.end(), m.group("label"), m.group("num"))
            _take_head(p, unit, m.end(), likeness, threshold * 0.8)
            return p
    quoted = plain[:1] in _QUOTE_OPEN or unit.kind is BlockKind.QUOTE
    score = likeness(plain)
    if score >= threshold or (quoted and _MODAL_RE.search(plain[:400]) and score >= 0.45):
        return Passage(unit.start, unit.end, unit.end, head=(unit.start, unit.end))
    if unit.kind is BlockKind.HEADING or _heading_like(unit):
        return Passage(unit.start, unit.end, unit.end, soft=True)
    return None


def restatement(unit: Unit, likeness: Callable[[str], float], threshold: float = 0.72) -> Passage | None:
    """The finding a unit restates (its label and words), as a passage starting on it would take it; None when it
    restates none: a later cell of a table row whose finding column comes after the answers."""
    p = _start(unit, likeness, threshold)
    return p if p is not None and p.head is not None else None


_HEADING_LIKE_RE = patterns.compile(r"^[A-Z][^.!?;:]*[^\W_]$")  # commas allowed: "Collecting, analysing and sharing"


def _heading_like(unit: Unit) -> bool:
    """A short line with no closing punctuation standing alone in the body (a definition term, a heading the
    extractor saw as a paragraph): "Hydra training", "Plans for collecting and sharing information"."""
    words = len(unit.text.split())
    return (
        unit.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and 2 <= words <= 12
        and bool(_HEADING_LIKE_RE.match(unit.text))
    )


_OTHER_REPORT_RE = patterns.compile(r"\b(?:PEEL|inspection|report|review|thematic)\b", re.IGNORECASE)


def is_other_report_heading(unit: Unit, likeness: Callable[[str], float]) -> bool:
    """A heading naming a report ("PEEL 2025: an inspection of ...") that restates no finding: the letter
    turns to another report, so the passage before it ends there."""
    text = strip_markup(unit.text)
    return (
        (unit.kind is BlockKind.HEADING or len(text.split()) <= 16)
        and not text.rstrip().endswith(".")
        and bool(_OTHER_REPORT_RE.search(text))
        and not _WORD_LABEL_RE.match(text)
        and likeness(text) < 0.5
    )


def _take_head(p: Passage, unit: Unit, rest_at: int, likeness: Callable[[str], float], threshold: float) -> None:
    """Within a labelled unit, the restated finding (if any) follows the label; the letter's words follow it."""
    rest = unit.text[rest_at:]
    if not rest.strip():
        return
    head_end = len(rest)
    cut = re.search(r"(?<=[.!?][\"”’'*])\s+|(?<=[.!?])\s+(?=[A-Z])", rest)
    first = rest[: cut.start()] if cut else rest
    if likeness(first) >= threshold or finding_like(first):
        head_end = cut.start() if cut else len(rest)
    elif likeness(rest) < threshold:
        return
    lead = len(rest) - len(rest.lstrip())
    s = unit.start + rest_at + lead
    p.head = (s, unit.start + rest_at + head_end)
    p.body_start = unit.start + rest_at + head_end
