"""Small text helpers shared by the letter analysers: sentence spans, normalisation, content words.

Everything here works on offsets into one string so that the analysers can report ``Span`` values
into ``Document.text`` without re-searching for the words they matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from oversight_ingest import patterns

_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "no", "nos", "st", "dr", "mr", "mrs", "ms", "para", "paras", "vs", "cf", "approx", "fig"}
)
# A sentence ends at ., ! or ? followed by space and something that can open a sentence, or at a line break.
# Candidate boundaries: a full stop (etc.) before a capital, or a line break; line breaks are checked in code.
_BOUNDARY_RE = patterns.compile(r"[.!?][\"”’')\]*]*\s+(?=[\"“‘'(\[*]*[A-Z0-9£•\-–])|\n\s*")
_LINE_OPENER_RE = patterns.compile(r"[\"“‘'(\[*#]*[A-Z0-9•\-–]")
_WORD_RE = patterns.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d+")
_MARKUP_RE = patterns.compile(r"</?u>|\*\*|__|^#+\s*", re.MULTILINE)
_QUOTES_RE = patterns.compile(r"[\"“”‘’']")
_SPACE_RE = patterns.compile(r"\s+")
_DASH_RE = patterns.compile(r"[\-–—/]")
_PUNCT_RE = patterns.compile(r"[^\w\s]")
_WORDS_DIR = Path(__file__).resolve().parent / "words"  # plain files: importlib.resources costs start-up time

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "make",
        "sure",
        "ensure",
        "must",
        "shall",
        "may",
        "might",
        "within",
        "across",
        "per",
        "via",
        "upon",
    ]
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as offsets into the analysed text, with its text."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=512)
def sentences(text: str, offset: int = 0) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; offsets are shifted by ``offset``. Cached: the analysers share them."""
    return tuple(_split(text, offset))


def _split(text: str, offset: int) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY_RE.finditer(text):
        if text[m.start()] == "\n":
            cut = m.start()
            if not _line_break_ends_sentence(text, m):
                continue
        else:
            cut = m.start() + 1
            tail = text[pos : m.start()].rsplit(" ", 1)[-1].lower()
            if tail in _ABBREVIATIONS or (len(tail) == 1 and tail.isalpha()):
                continue  # "e.g. The", "No. 4" and initials do not end a sentence
        _add(out, text, pos, cut, offset)
        pos = m.end()
    _add(out, text, pos, len(text), offset)
    return out


def _line_break_ends_sentence(text: str, m: re.Match[str]) -> bool:
    """A blank line always ends a sentence; a single line break only when the line does not wrap on."""
    if "\n" in m.group(0)[1:]:
        return True
    before = text[: m.start()].rstrip(" \t")
    if not before:
        return True
    last = before[-1]
    if last in ".!?:;":
        return True
    return not (last.islower() or last in ",;") and bool(_LINE_OPENER_RE.match(text, m.end()))


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
    if "*" not in text and "_" not in text and "#" not in text and "<" not in text:
        return text.strip()
    return _MARKUP_RE.sub("", text).strip()


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower-case, unify quotes/ampersands/dashes and collapse spaces, for fuzzy comparison.

    Cached: segmenting and scoring normalise the same headings and passages again."""
    text = strip_markup(text).lower().replace("&", " and ")
    text = _QUOTES_RE.sub("", text)
    text = _DASH_RE.sub(" ", text)
    text = _PUNCT_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text).strip()


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude, deterministic stem: enough to match "plans"/"plan" and "completes"/"complete"."""
    w = word.lower().replace("’", "'").split("'")[0]
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)] + keep
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w  # "grade"/"grading" -> "grad"


def content_words(text: str) -> list[str]:
    """Stems of the words of ``text`` that are not stop-words or bare numbers."""
    out: list[str] = []
    for m in _WORD_RE.finditer(text.replace("&", " and ")):
        w = m.group(0).lower()
        if w in STOPWORDS or w.isdigit() or len(w) < 2:
            continue
        out.append(stem(w))
    return out


@lru_cache(maxsize=4096)
def content_word_set(text: str) -> frozenset[str]:
    """The set of :func:`content_words` of ``text``. Cached: alignment asks it of the same clauses and passages
    again as it weighs each finding."""
    return frozenset(content_words(text))


def words(text: str) -> list[str]:
    """The words of ``text`` in order, lower-cased."""
    return [m.group(0).lower() for m in _WORD_RE.finditer(text)]


@cache
def word_list(name: str) -> frozenset[str]:
    """A word list kept as data: ``letters/words/<name>.txt``, one entry a line, ``#`` lines are comments."""
    text = (_WORDS_DIR / f"{name}.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_SMALL_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty"
)
SMALL_NUMBERS: dict[str, int] = {w: i for i, w in enumerate(_SMALL_NUMBER_WORDS.split(" "))}
"""Numbers as words, as letters print small counts ("eleven of the nineteen plans")."""
