"""Whose words these are: the policing body publishing the letter, or the chief constable it reports.

Section 55 has the policing body publish its own comments together with the chief constable's,
so one letter speaks in two voices. The voice of a stance is read, most specific first, from

1. the subject of the stance itself ("I accept", "the Commissioner supports", "she supports" are the
   body's; "the Chief Constable has accepted", "the force has accepted" are the chief constable's);
2. an agent named in the sentence ("accepted by the Chief Constable");
3. where the words stand: a table column headed "Force response" or "Commissioner's comment", a
   section such as "Annex: the Chief Constable's response", or a lead-in such as "Force response:".

Where none of these says, the words are the body's own: it is the body's letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight_ingest import patterns
from oversight_ingest.document import BlockKind
from oversight_ingest.letters.segment import ROW_LABEL_RE, Unit
from oversight_ingest.result import Stance, Voice

_PB = Voice.POLICING_BODY
_CC = Voice.CHIEF_CONSTABLE

# (voice, pattern) for the subject of a stance, tried in order on the words of the stance hit.
SUBJECT_CUES: tuple[tuple[Voice, re.Pattern[str]], ...] = tuple(
    (voice, patterns.compile(pattern))
    for voice, pattern in (
        (
            _CC,
            r"(?i)\bchief\s+constable\b|\bthe\s+force\b|\bforce\s+(?:has|have|is|also|fully)\b|\bthe\s+met\b"
            r"|\bthe\s+constabulary\b"
            # the Met's chief officer is its Commissioner: named so, the force's voice, not the policing body's
            r"|\bcommissioner\s+of\s+(?:police\s+of\s+)?the\s+(?:metropolis|metropolitan\s+police)\b|\bmet\s+commissioner\b",
        ),
        (
            _PB,
            r"(?i)\bcommissioner\b|\bo?pf?cc\b|\bmayor\b|\b(?:my|our)\s+office\b|\bthe\s+office\b|\bby\s+(?:me|us)\b"
            r"|\bthe\s+(?:police\s+authority\s+)?board\b",
        ),
        (_CC, r"\b(?:[A-Z][a-z]+\s)+(?:Police|Constabulary)\b"),
        # "(I support) his acceptance": another's stance, as the object of the writer's, is the force's
        (_CC, r"(?i)^\W*(?:his|her|their|its)\s+(?:\w+\s+)?(?:acceptance|agreement)\b"),
        # a force's initials ("GMP has accepted", "TVP", "the MPS"): its name ends in Police
        (_CC, r"^\W*(?:the\s+)?(?:[A-Z]{1,4}P|MPS)\b"),
        # "It has accepted them": an institution that acts on the report is the force (the body says "I")
        (_CC, r"^\W*[Ii]t\s+(?:(?:has|had|also|fully|now)\s+)*(?:accept|agree|support|reject|note)"),
        (_PB, r"^\W*(?:I|I['’]\w+|We|we|She|she|He|he)\b"),
    )
)
_AGENT_RE = patterns.compile(r"(?i)\bby\s+the\s+(?:chief\s+constable|force)\b")

_SAYS = r"(?:comments?|response|view|position|observations?|remarks?|assessment|notes?)\b"
# (voice, pattern) for headings, table column headers and lead-ins that say whose words follow.
CONTEXT_CUES: tuple[tuple[Voice, re.Pattern[str]], ...] = tuple(
    (voice, patterns.compile(pattern, re.IGNORECASE))
    for voice, pattern in (
        (_PB, rf"\b(?:commissioner|pf?cc|opf?cc|mayor)(?:['’]s)?\s+(?:(?:scrutiny|assurance|own|overall)\s+)?{_SAYS}"),
        (_PB, r"\b(?:commissioner|pf?cc|opf?cc|mayor)(?:['’]s)?\s+(?:assurance|scrutiny)\b"),
        (_PB, rf"^\W*(?:our|my)\s+{_SAYS}"),
        (_CC, rf"\bchief\s+constable(?:['’]s)?\s+(?:{_SAYS}|update)"),
        (_CC, rf"\b(?:force|police(?:\s+service)?|constabulary)(?:['’]s)?\s+(?:{_SAYS}|update)"),
        (_CC, r"\b(?:response|comments?|update)\s+(?:of|from)\s+the\s+(?:chief\s+constable|force)\b"),
        # a force by its initials ("GMP response", "MPS update")
        (_CC, rf"(?-i:\b(?:[A-Z]{{1,4}}P|MPS)\b)(?:['’]s)?\s+(?:{_SAYS}|update)"),
        # a speaker's label before their words, as tables and minutes print it ("Chief Constable: Accepted.")
        (_CC, r"^\W*(?:the\s+)?(?:chief\s+constable|force)\s*[:\-–]"),
        (_PB, r"^\W*(?:the\s+)?(?:(?:deputy\s+)?mayor|commissioner|pf?cc|opf?cc)\s*[:\-–]"),
        # a speaker named alone on a line, as a table's "From" column prints it before each speaker's words
        (
            _CC,
            r"^\W*(?:the\s+)?(?:chief\s+constable|force|constabulary|(?:[a-z&\-]+\s+){1,4}(?:police|constabulary))\W*$",
        ),
        (
            _PB,
            r"^\W*(?:the\s+)?(?:(?:deputy\s+)?mayor|pf?cc|opf?cc|(?:police,?\s+(?:fire\s+)?and\s+crime\s+)?commissioner)\W*$",
        ),
    )
)
_LEAD_IN_RE = patterns.compile(r"^[\W_]*(?P<lead>[A-Za-z’' ]{3,60}?)\s*[:\-–—]\s")
_ANNEX_RE = patterns.compile(r"(?i)^\W*(?:annex|appendix|attachment)\b")


_FIRST_PERSON_RE = patterns.compile(r"^\W*(?:I|I['’]\w+|We|we|We['’]\w+)\b")
# a paragraph saying the force's answer follows: "Her response is reproduced below, recommendation by
# recommendation", "The Chief Constable's response to each recommendation is set out below"
_FOLLOWS_RE = patterns.compile(
    r"\b(?:(?:her|his|its|the\s+chief\s+constable['’]s|the\s+force['’]s|the\s+constabulary['’]s)\s+"
    r"(?:full\s+|own\s+|formal\s+|written\s+)?(?:response|reply|answer|comments|update|position|assessment)s?\b[^.]{0,100}?\b"
    r"(?:(?:is|are)\s+(?:(?:reproduced|set\s+out|given|shown|printed|copied|quoted|summarised|included)\s+)?"
    r"|(?:reproduced|set\s+out|given|shown|printed|summarised)\s+)(?:in\s+full\s+)?"
    r"(?:below|overleaf|as\s+follows|in\s+the\s+(?:table|annex|appendix)(?:\s+below)?)\b)"
    # "It sets out Wiltshire Police's position on the recommendations": the letter gives the force's words
    r"|(?:^|[.!?]\s+)\W*(?:it|this\s+(?:letter|response))\s+(?:sets\s+out|gives|reproduces|records)\s+(?:[A-Z][\w&\-]*\s+){0,4}?"
    r"(?:police|constabulary|force|chief\s+constable)['’]s\s+(?:position|response|answers?|update)s?\b",
    re.IGNORECASE,
)
_OWN_WORDS_RE = patterns.compile(r"^\W*I\b")
# the body's own words given with the force's ("Her responses are below, with my own comments"): what follows is
# not the force's alone
_MINE_TOO_RE = patterns.compile(
    r"\b(?:my|our)\s+(?:own\s+)?(?:comments?|views?|responses?|assessments?|positions?|observations?)\b", re.IGNORECASE
)
_LONDON_BODY_RE = patterns.compile(
    r"\bMayor['’]s\s+Office\s+for\s+Policing\s+and\s+Crime\b|\bMOPAC\b|\bDeputy\s+Mayor\s+for\s+Policing\b"
    r"|\bCity\s+of\s+London\s+(?:Police\s+Authority|Corporation)\b|\bPolice\s+Authority\s+Board\b",
    re.IGNORECASE,
)
# "the Commissioner" named as the subject of a stance, not the Mayor, the Deputy Mayor or the writer
COMMISSIONER_RE = patterns.compile(r"(?i)\bcommissioner\b(?!['’]s\s+office)")


def first_person(words: str) -> bool:
    """Whether a stance's subject is "I" or "we": the voice then depends on whose section it stands in."""
    return bool(_FIRST_PERSON_RE.match(words))


def subject_voice(words: str) -> Voice | None:
    """The voice the subject of a stance names ("I accept" -> policing body), or None."""
    for voice, pattern in SUBJECT_CUES:
        if pattern.search(words):
            return voice
    return None


_BRACKETED_RE = patterns.compile(
    r"^\s*\((?:the\s+)?(?P<who>force|chief\s+constable|constabulary|pf?cc|opf?cc|commissioner|mayor|deputy\s+mayor)\)",
    re.IGNORECASE,
)


def bracketed_voice(after: str) -> Voice | None:
    """The voice a bracket right after a verdict names ("Accepted (force)", "Noted (PCC)"), or None."""
    m = _BRACKETED_RE.match(after)
    if m is None:
        return None
    return _CC if m.group("who").lower() in ("force", "chief constable", "constabulary") else _PB


def context_voice(text: str) -> Voice | None:
    """The voice a heading, column header or lead-in announces, or None."""
    for voice, pattern in CONTEXT_CUES:
        if pattern.search(text[:120]):
            return voice
    return None


@dataclass(frozen=True, slots=True)
class VoiceMap:
    """For each unit of the body, the voice its position announces (None: not said)."""

    spans: tuple[tuple[int, int, Voice | None], ...]
    annex_start: int | None  # where an annex in the chief constable's voice begins
    # a London letter, from the Mayor's Office for Policing And Crime or the City of London's police authority: there
    # "the Commissioner" heads the force (the Met's, the City of London Police's), and the Mayor or board speaks
    commissioner_heads_the_force: bool = False
    # cells under a column headed by a stance asked as a question ("Accepted? (Y/N)", "PCC supports?", "Agreed by
    # force"): (start, end, the verb's stance, the column's voice), for a bare "Yes" or "In part" to be read by
    answers: tuple[tuple[int, int, Stance, Voice | None], ...] = ()
    # where a table read out as lines begins, and whose its first voiced column is ("Recommendation", "PCC comment",
    # "Force response": the body's): of two bare verdicts in one of its rows, the first is that voice's
    first_columns: tuple[tuple[int, Voice], ...] = ()

    def first_column_at(self, pos: int) -> Voice | None:
        """The first voiced column of the last table read out as lines that starts before ``pos``."""
        found = None
        for start, voice in self.first_columns:
            if start > pos:
                break
            found = voice
        return found

    def answer_at(self, start: int, end: int) -> tuple[Stance, Voice | None] | None:
        for a, b, stance, voice in self.answers:
            if a <= start and end <= b:
                return stance, voice
        return None

    def at(self, pos: int) -> Voice | None:
        for start, end, voice in self.spans:
            if start <= pos < end:
                return voice
            if start > pos:
                break
        return None


@dataclass(slots=True)
class _Table:
    """The table being read: its columns' voices from the header row, and the cells answering a stance asked as a
    question in a column's header."""

    columns: list[Voice | None]  # empty when no header cell names a voice
    by_column: dict[int, Voice | None]  # the header's voices by column, where the extractor numbered them
    header_end: int  # the index of the first unit after the header row
    asked: dict[int, tuple[Stance, Voice | None]]  # columns asking a stance: by number, else by place from 0
    numbered: bool = False  # the extractor numbered the header's columns
    width: int = 0  # the header's cells
    count: int = 0  # cells read so far, for tables whose cells are not numbered

    @classmethod
    def start(cls, units: list[Unit], i: int) -> _Table:
        header = _header_cells(units, i)
        before = _before_table(units, i)
        columns = _announced_columns(_header(header), header, before)
        voices = columns or [None] * len(header)
        numbered = bool(header) and all(u.column for u in header)
        by_column = {u.column: v for u, v in zip(header, voices, strict=True)} if numbered and columns else {}
        asked = {
            u.column if numbered else k: said
            for k, (u, v) in enumerate(zip(header, voices, strict=True))
            if (said := _asked(u.text, v)) is not None
        }
        if _THEIR_TABLE_RE.search(before) and not _MINE_RE.search(before.split(".")[0]):
            # "The Constabulary's position on each recommendation is set out below": a column asking a stance
            # ("Accepted? (Y/N)") that names no one is the force's
            asked = {k: (stance, voice or _CC) for k, (stance, voice) in asked.items()}
        return cls(columns, by_column, i + len(header), asked, numbered, len(header))

    def cell(self, unit: Unit, i: int, answers: list[tuple[int, int, Stance, Voice | None]]) -> Voice | None:
        """A cell's voice (see :func:`_cell_voice`; None where the header names none); a cell under a column
        asking a stance is kept in ``answers``."""
        key = unit.column if self.numbered else self.count % max(1, self.width)
        voice = None
        if self.columns:
            voice, self.count = _cell_voice(unit, self.columns, self.by_column, self.count)
        elif not self.numbered:
            self.count += 1
        if i >= self.header_end and key in self.asked:
            stance, asked_voice = self.asked[key]
            answers.append((unit.start, unit.end, stance, voice or asked_voice))
        return voice


def voice_map(units: list[Unit]) -> VoiceMap:
    """Read which voice each unit is in from table headers, section headings and lead-ins."""
    spans: list[tuple[int, int, Voice | None]] = []
    section: Voice | None = None
    annex_start: int | None = None
    table = _Table([], {}, 0, {})
    answers: list[tuple[int, int, Stance, Voice | None]] = []
    first_columns: list[tuple[int, Voice]] = []
    previous_cell = False
    following = False  # in the force's answer a paragraph of the body's announced
    skip_to = -1
    for i, unit in enumerate(units):
        text = unit.text
        is_cell = unit.kind is BlockKind.TABLE_CELL
        if is_cell and not previous_cell:
            table = _Table.start(units, i)
        previous_cell = is_cell
        voice: Voice | None
        if not is_cell and i > skip_to and (row := _flat_header(units, i)) is not None:
            section, skip_to = _lines_header(row, unit.start, first_columns)
        if i <= skip_to:
            spans.append((unit.start, unit.end, None))
            continue
        cell_voice = table.cell(unit, i, answers) if is_cell and (table.columns or table.asked) else None
        if is_cell and table.columns:
            voice = cell_voice
        else:
            announced = _announced(text)
            heading = (
                unit.kind is BlockKind.HEADING
                or (len(text) < 90 and not text.rstrip().endswith("."))
                # an annex's heading run into its first answer, as a PDF can print it ("Annex – response of the
                # Chief Constable Recommendation 4: Agreed. ..."): the force's section from here
                or bool(_ANNEX_RE.match(text) and announced is _CC)
            )
            if heading and announced is not None:
                section = announced
                if announced is _CC and _ANNEX_RE.match(text) and annex_start is None:
                    annex_start = unit.start
            elif heading and _ANNEX_RE.match(text):
                section = None
            elif following and _OWN_WORDS_RE.match(text):
                section = None  # after the force's answer, the body speaks for itself again
            lead = _LEAD_IN_RE.match(text)
            voice = (context_voice(lead.group("lead") + " ") if lead else None) or section
            if not heading and _FOLLOWS_RE.search(text) and not _MINE_TOO_RE.search(text):
                section, following = _CC, True
        spans.append((unit.start, unit.end, voice))
    london = any(_LONDON_BODY_RE.search(unit.text) for unit in units)
    return VoiceMap(tuple(spans), annex_start, london, tuple(answers), tuple(first_columns))


# a column header asking a stance as a question, answered "Yes", "No" or "In part" ("Accepted? (Y/N)", "PCC
# supports?", "Agreed by force"), and who the header says answers it
_ASKED_RE = patterns.compile(
    r"(?i)^\W*(?:[\w'’]+\s+){0,5}?(?P<verb>accept|agree|support|endorse)(?:s|d|ed)?\b(?P<rest>[^.]{0,30})$"
)
_ASKED_VERBS = {"accept": Stance.ACCEPT, "agree": Stance.AGREE, "support": Stance.SUPPORT, "endorse": Stance.SUPPORT}


def _asked(header: str, voice: Voice | None) -> tuple[Stance, Voice | None] | None:
    m = _ASKED_RE.match(header)
    if m is None or not ("?" in header or "y/n" in header.lower() or re.match(r"\s*by\b", m.group("rest"))):
        return None
    lower = header.lower()
    if voice is None and re.search(r"\b(?:pf?cc|opf?cc|commissioner|mayor)\b", lower):  # "Police and Crime
        voice = _PB  # Commissioner supports?" is the body's, whatever "Police" says
    elif voice is None and re.search(r"\b(?:force|constabulary|chief\s+constable|police)\b", lower):
        voice = _CC
    return _ASKED_VERBS[m.group("verb").lower()], voice


def _lines_header(
    row: tuple[int, list[Voice | None]], start: int, first_columns: list[tuple[int, Voice]]
) -> tuple[Voice | None, int]:
    """A table's header row read out as lines (PDF): one voiced column speaks for the table's answers; two voices
    mean each answer's own words must say whose they are, and the first voiced column's is kept in
    ``first_columns``. Returns the section's voice and the index of the header's last line."""
    heard = {v for v in row[1] if v is not None}
    if len(heard) == 2:
        first_columns.append((start, next(v for v in row[1] if v is not None)))
    return (heard.pop() if len(heard) == 1 else None), row[0]


def _cell_voice(
    unit: Unit, columns: list[Voice | None], by_column: dict[int, Voice | None], column: int
) -> tuple[Voice | None, int]:
    """A table cell's voice, from its column's header, and the count of cells read in the table so far: by the
    column the extractor gave it where it did (an empty cell before it, or a cell over two lines, leave it in its
    column), else by counting cells."""
    if by_column and unit.column:
        return by_column.get(unit.column), column
    return columns[column % len(columns)], column + 1


def _announced(text: str) -> Voice | None:
    """The voice a unit announces for what follows: a short heading or header by its words, a long line only by
    its lead-in ("Force response: ..."), not by a title naming another report in it ("Response to two reports:
    ...; and The police response to stalking")."""
    if len(text) < 90 or _ANNEX_RE.match(text):
        return context_voice(text[:90])
    lead = _LEAD_IN_RE.match(text)
    return context_voice(lead.group("lead") + " ") if lead else None


def _flat_header(units: list[Unit], first: int) -> tuple[int, list[Voice | None]] | None:
    """A header row laid out as consecutive short lines ("Recommendation", "Force response", "Commissioner's
    comment"): the index of its last line and the voices of its columns, or None."""
    voices: list[Voice | None] = []
    last = first
    one_line = units[first].text
    if len(one_line.split()) <= 10 and not one_line.rstrip().endswith("."):
        found = sorted((m.start(), voice) for voice, pattern in CONTEXT_CUES for m in pattern.finditer(one_line))
        if len({v for _, v in found}) >= 2:  # "Recommendation  Force response  Commissioner's comment"
            return first, [v for _, v in found]
        # a header row the extractor broke over two lines ("Recommendation Force position and update" / "Status
        # PFCC comment")
        if first + 1 < len(units):
            second = units[first + 1].text
            if len(second.split()) <= 8 and not second.rstrip().endswith("."):
                both = one_line + " " + second
                found = sorted((m.start(), voice) for voice, pattern in CONTEXT_CUES for m in pattern.finditer(both))
                if len({v for _, v in found}) >= 2:
                    return first + 1, [v for _, v in found]
    for k in range(first, min(len(units), first + 5)):
        text = units[k].text
        if len(text.split()) > 4 or text.rstrip().endswith("."):
            break
        voice = context_voice(text)
        if voice is None and not re.fullmatch(
            r"(?i)\W*(?:recommendations?|areas?\s+for\s+improvement|afis?|"
            r"findings?|no\.?|ref(?:erence)?|status|rag|progress)\W*",
            text,
        ):
            break
        voices.append(voice)
        last = k
    if len(voices) >= 2 and any(voices):
        return last, voices
    return None


_FORCE_NAME_RE = patterns.compile(r"\W*(?:[A-Z][\w&,'’-]*\s+){1,4}(?:Police|Constabulary)(?:\s+Service)?\W*")


def _header_cells(units: list[Unit], first: int) -> list[Unit]:
    """A table's header row: the short cells at its start (none when fewer than two)."""
    header: list[Unit] = []
    for unit in units[first:]:
        if (
            unit.kind is not BlockKind.TABLE_CELL
            or len(unit.text.split()) > 6
            or (unit.text.rstrip().endswith(".") and len(unit.text.split()) > 2)  # "No." heads a column
            or ROW_LABEL_RE.match(unit.text)
            or re.fullmatch(r"\W*\d{1,2}\W*", unit.text)  # the first row's number
            or (len(header) >= 2 and _BARE_VERDICT_RE.fullmatch(unit.text))  # the first row's verdict ("Accepted")
        ):
            break
        if unit.column and header and unit.column <= header[-1].column:
            break  # the extractor numbered the columns: the next row has begun ("Position" / ... / "Accepted")
        header.append(unit)
    return header if len(header) >= 2 else []


_BARE_VERDICT_RE = patterns.compile(
    r"\W*(?:not\s+|partially\s+|partly\s+)?(?:accepted|agreed|supported|noted|rejected|endorsed)[\s.!]*", re.IGNORECASE
)


def _before_table(units: list[Unit], first: int) -> str:
    """The prose just before a table (up to two paragraphs), where a letter may say whose each column is."""
    before: list[str] = []
    for unit in reversed(units[max(0, first - 2) : first]):
        if unit.kind is BlockKind.TABLE_CELL:
            break
        before.insert(0, unit.text)
    return " ".join(before)


_THEIR_TABLE_RE = patterns.compile(
    r"\b(?:force|constabulary|chief\s+constable|police|service)['’]s\s+(?:position|response|answer|view)s?\b[^.]{0,160}?"
    r"\b(?:set\s+out|shown|given|summarised|listed|are|is)\s+(?:below|in\s+the\s+table)",
    re.IGNORECASE,
)
_COLUMN_PLACES = {
    "first": 1,
    "left": 1,
    "left-hand": 1,
    "second": 2,
    "middle": 2,
    "third": 3,
    "fourth": 4,
    "final": -1,
    "last": -1,
    "right": -1,
    "right-hand": -1,
}
_COLUMN_RE = patterns.compile(
    r"\b(?:the\s+)?(?P<words>[\w'’-]+(?:\s+[\w'’-]+)?)\s+column\b"
    # a place said again without "column": "... in the second column; the third gives the force's and the fourth mine"
    r"|\bthe\s+(?P<place>first|second|third|fourth|final|last)\b(?=\s*(?:[.;,]|$|\s+(?:gives|is|shows|records|has|"
    r"sets|holds|carries|my|mine)\b))",
    re.IGNORECASE,
)
_CLAUSE_SPLIT_RE = patterns.compile(r";|,\s*(?:and|with|while|whereas|beside)\b|\s+and\s+(?=the\s|my\s|mine\b)")
_MINE_RE = patterns.compile(
    r"\b(?:my|mine|I|me|our|ours|we)\b|\b(?:commissioner|mayor|pf?cc|office)['’]s\b", re.IGNORECASE
)
_THEIRS_RE = patterns.compile(
    r"\b(?:force|constabulary|chief\s+constable|police|service)['’]s\b"
    r"|\b(?:his|her|its|their)\s+(?:own\s+)?(?:response|position|account|update|view|answer|assessment)s?\b",
    re.IGNORECASE,
)


def _announced_columns(voices: list[Voice | None], header: list[Unit], before: str) -> list[Voice | None]:
    """The header's voices, with those of unvoiced columns that the prose before the table gives ("The Chief
    Constable's position is shown in the first column", "the Position column gives the force's response; the final
    column gives mine", "my comments are in the left-hand column"); empty when none is voiced."""
    if not header or "column" not in before.lower():
        return voices
    out = list(voices) or [None] * len(header)
    for sentence in re.split(r"(?<=[.!?])\s+", before):
        if "column" not in sentence.lower():
            continue
        for clause in _CLAUSE_SPLIT_RE.split(sentence):
            mine, theirs = bool(_MINE_RE.search(clause)), bool(_THEIRS_RE.search(clause))
            if mine == theirs:
                continue  # says no voice, or both
            for m in _COLUMN_RE.finditer(clause):
                k = _column_index(m, header)
                if k is not None and out[k] is None:
                    out[k] = _PB if mine else _CC
    return out if any(out) else []


def _column_index(m: re.Match[str], header: list[Unit]) -> int | None:
    """Which of the header's columns a mention names: by place ("the first", "the right-hand column") or by its
    header's word ("the Position column")."""
    words = (m.group("words") or m.group("place") or "").lower().split()
    if not words:
        return None
    place = _COLUMN_PLACES.get(words[-1])
    if place is not None:
        return place - 1 if place > 0 and place <= len(header) else (len(header) - 1 if place < 0 else None)
    name = words[-1]
    found = [k for k, u in enumerate(header) if re.search(rf"\b{re.escape(name)}\b", u.text, re.IGNORECASE)]
    return found[0] if len(found) == 1 else None


def _header(header: list[Unit]) -> list[Voice | None]:
    """The voices of a table's columns, read from its header row (:func:`_header_cells`); empty when it names none."""
    if not header:
        return []
    voices = [
        context_voice(h + " response")
        if re.fullmatch(
            r"(?i)\W*(?:the\s+)?(?:force|chief constable|pf?cc|opf?cc|commissioner|(?:deputy\s+)?mayor)\W*", h
        )
        or _FORCE_NAME_RE.fullmatch(h)  # a column headed by the force's name ("Sussex Police") is the force's
        else context_voice(h)
        for h in (u.text for u in header)
    ]
    return voices if any(voices) else []
