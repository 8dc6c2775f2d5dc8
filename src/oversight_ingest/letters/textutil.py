"""Small text helpers shared by the letter analysers: sentence spans, normalisation, content words.

Everything here works on offsets into one string so that the analysers can report ``Span`` values
into ``Document.text`` without re-searching for the words they matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "no", "nos", "st", "dr", "mr", "mrs", "ms", "para", "paras", "vs", "cf", "approx", "fig"}
)
# A sentence ends at ., ! or ? followed by space and something that can open a sentence, or at a line break.
_BOUNDARY_RE = re.compile(
    r"(?<=[.!?])[\"”’')\]*]*\s+(?=[\"“‘'(\[*]*[A-Z0-9£•\-–])"  # full stop then a capital
    r"|\n[ \t]*\n\s*"  # a blank line
    r"|(?<=[^a-z,;\s])[ \t]*\n\s*(?=[\"“‘'(\[*#]*[A-Z0-9•\-–])"  # a line break that is not a wrapped line
    r"|(?<=[.!?:;])[ \t]*\n\s*"
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d+")
_MARKUP_RE = re.compile(r"</?u>|\*\*|__|^#+\s*", re.MULTILINE)
_QUOTES_RE = re.compile(r"[\"“”‘’']")
_SPACE_RE = re.compile(r"\s+")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only
    or other our ours out over own same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where which while who whom why will
    with would you your make sure ensure must shall may might within across per via upon""".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as offsets into the analysed text, with its text."""

    start: int
    end: int
    text: str


def sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split ``text`` into sentences; offsets are shifted by ``offset``."""
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY_RE.finditer(text):
        cut = m.start()
        piece = text[pos:cut]
        tail = piece.rstrip(".!?\"”’')] ").rsplit(" ", 1)[-1].lower()
        if "\n" not in m.group(0) and (tail in _ABBREVIATIONS or (len(tail) == 1 and tail.isalpha())):
            continue  # "e.g. The", "No. 4" and initials do not end a sentence
        _add(out, text, pos, cut, offset)
        pos = m.end()
    _add(out, text, pos, len(text), offset)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    e = s + len(stripped)
    out.append(Sentence(s + offset, e + offset, stripped))


def strip_markup(text: str) -> str:
    """Remove markdown emphasis and heading marks left in plain-text extractions."""
    return _MARKUP_RE.sub("", text).strip()


def normalise(text: str) -> str:
    """Lower-case, unify quotes/ampersands/dashes and collapse spaces, for fuzzy comparison."""
    text = strip_markup(text).lower().replace("&", " and ")
    text = _QUOTES_RE.sub("", text)
    text = re.sub(r"[\-–—/]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return _SPACE_RE.sub(" ", text).strip()


def stem(word: str) -> str:
    """A crude, deterministic stem: enough to match "plans"/"plan" and "completes"/"complete"."""
    w = word.lower().replace("’", "'").split("'")[0]
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)] + keep
            break
    return w


def content_words(text: str) -> list[str]:
    """Stems of the words of ``text`` that are not stop-words or bare numbers."""
    out: list[str] = []
    for m in _WORD_RE.finditer(text.replace("&", " and ")):
        w = m.group(0).lower()
        if w in STOPWORDS or w.isdigit() or len(w) < 2:
            continue
        out.append(stem(w))
    return out


def words(text: str) -> list[str]:
    """The words of ``text`` in order, lower-cased."""
    return [m.group(0).lower() for m in _WORD_RE.finditer(text)]
