"""Named initiatives, operations, partnerships, facilities, training products and units in a letter.

Candidates are found by the shape of a name, not by a list of names:

* ``Operation`` followed by a capitalised word ("Operation Aidant");
* a run of capitalised words or acronyms ending in a head noun that names a kind of initiative
  ("Asylum Roadshow", "West Yorkshire Anti-Slavery Partnership (WYASP)", "Modern Slavery Victim
  Liaison Officers"), or capitalised words/acronyms with at most two lower-case modifiers before a
  lower-case head ("Hydra training suite", "ANPR network", "MSHT Tactical Advisor (TAC) course");
* a product credited to its maker ("a collection plan developed by Sussex Police");
* a named approach of comma-joined capitalised words or a quoted name before "initiative",
  "approach"... ("Clear, Hold, Build initiatives").

Names of organisations (the reference forces, policing bodies, national bodies, regional units),
names that are part of the report's own findings or title (after expanding acronyms the letter
defines), and generic statutory names are left out -- unless the letter introduces the thing as
the force's own ("has a ... Unit", "its own ... suite"). Duplicates and shorter variants of a name
already found are merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from rapidfuzz import fuzz

from oversight_ingest import patterns
from oversight_ingest.document import Span
from oversight_ingest.letters.textutil import normalise
from oversight_ingest.reference import forces, national_bodies, regions
from oversight_ingest.result import Initiative

_HEAD_KINDS = {
    "partnership": "partnership",
    "network": "partnership",
    "board": "partnership",
    "forum": "partnership",
    "panel": "partnership",
    "alliance": "partnership",
    "group": "partnership",
    "course": "training",
    "programme": "training",
    "program": "training",
    "package": "training",
    "academy": "training",
    "toolkit": "training",
    "suite": "facility",
    "centre": "facility",
    "center": "facility",
    "hub": "facility",
    "unit": "unit",
    "team": "unit",
    "squad": "unit",
    "desk": "unit",
    "officers": "unit",
    "champions": "unit",
    "roadshow": "initiative",
    "plan": "initiative",
    "initiative": "initiative",
    "strategy": "initiative",
    "scheme": "initiative",
    "project": "initiative",
    "campaign": "initiative",
    "app": "initiative",
}
_LOWER_HEADS = frozenset(
    [
        "suite",
        "network",
        "course",
        "programme",
        "package",
        "roadshow",
        "partnership",
        "hub",
        "centre",
        "unit",
        "team",
        "app",
        "toolkit",
        "campaign",
        "scheme",
        "initiative",
        "project",
    ]
)
_WORD_RE = patterns.compile(r"[A-Za-z]+")
_STANDING_HEADS = frozenset({"unit", "team", "squad", "desk"})
_INTRODUCED_RE = patterns.compile(
    r"\b(?:an?|new|dedicated|specialist|our|its|their|own)\s+(?:[a-z][\w\-]*\s+){0,2}$|"
    r"\b(?:has|have|had)\s+(?:now\s+)?(?:set\s+up|established|created|formed|launched|introduced)\s+(?:the\s+)?$",
    re.I,
)
_PLURAL_ONLY = frozenset({"officers", "champions"})
_DETERMINERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "a",
        "an",
        "our",
        "its",
        "their",
        "his",
        "her",
        "my",
        "your",
        "each",
        "every",
        "any",
        "all",
        "some",
        "new",
        "local",
        "own",
        "both",
        "existing",
    ]
)
_CONNECTORS = frozenset({"and", "&", "of", "for", "on"})
_GENERIC = frozenset({"police and crime plan", "police and crime panel", "police and crime commissioner"})
_TOKEN_RE = patterns.compile(r"\([A-Z][A-Za-z]{1,9}\)|[A-Za-z][A-Za-z'’\-]*|&|[^\sA-Za-z]")
_OPERATION_RE = patterns.compile(r"\bOperation\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?")
_CREDITED_RE = patterns.compile(
    r"\b(?:an?|the|its|their)\s+(?P<name>(?:[a-z][\w\-]*\s+){0,2}(?:plan|strategy|toolkit|model|framework|approach|"
    r"package|programme|process|tool|system|app|course)\s+(?:developed|designed|created|produced|pioneered|devised|"
    r"written|built)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s?){1,5})"
)
_CREDITED_TRIGGER_RE = patterns.compile(
    r"\b(?:developed|designed|created|produced|pioneered|devised|written|built)\s+by\b"
)
_APPROACH_TRIGGER_RE = patterns.compile(
    r"\b(?:initiatives?|approach|model|programmes?|operations?|framework|scheme|projects?|campaigns?)\b"
)
_APPROACH_RE = patterns.compile(
    r"(?P<name>\b[A-Z][a-z]+(?:,\s+[A-Z][a-z]+){1,4}(?:,?\s+and\s+[A-Z][a-z]+)?)[’'\"”]?\s+(?:initiatives?|approach|"
    r"model|programmes?|operations?|framework|scheme|projects?|campaigns?)\b"
    r"|[\"“‘'](?P<quoted>[A-Z][^\"”’'\n]{2,40})[\"”’']\s+(?:initiatives?|approach|model|programmes?|operations?|"
    r"scheme|projects?|campaigns?)\b"
)
_OWN_RE = patterns.compile(
    r"(?:\b(?:has|have|had)\s+(?:a|an|its\s+own|their\s+own)|\b(?:its|their|our)\s+own|\ba\s+new)\s*$", re.I
)
_ACRONYM_RE = patterns.compile(r"\(([A-Z]{2,8})s?\)")
_WORDS_BEFORE_RE = patterns.compile(r"[A-Za-z][\w'’\-]*|&")
_CONNECTOR_WORDS = frozenset({"and", "&", "of", "for", "the", "on", "in"})


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _key(text: str) -> str:
    return " ".join(_singular(w) for w in normalise(text).split())


@cache
def _organisation_index() -> tuple[frozenset[str], str]:
    """Organisation names as keys, and joined for word-aligned containment tests."""
    keys = _organisation_keys()
    return frozenset(keys), " | " + " | ".join(keys) + " | "


@cache
def _organisation_keys() -> tuple[str, ...]:
    names: list[str] = []
    for f in forces():
        names += [f.name, f.policing_body]
    for b in national_bodies():
        names += [b.name, b.short_name, *b.aliases]
    for r in regions():
        names += [n for n in (r.rocu, r.rocu_short_name) if n]
    return tuple(k for k in {_key(n) for n in names} if k)


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the letter defines ("organised immigration crime (OIC)") -> their expansion, lower-case."""
    out: dict[str, str] = {}
    for m in _ACRONYM_RE.finditer(text):
        acro = m.group(1)
        before = _WORDS_BEFORE_RE.findall(text[max(0, m.start() - 120) : m.start()])
        for n in range(1, min(len(before), 12) + 1):
            cand = before[-n:]
            if cand[0].lower() in _CONNECTOR_WORDS:
                continue
            kept = [w for w in cand if w.lower() not in _CONNECTOR_WORDS]
            initials = "".join(w[0] for w in kept).upper()
            split = "".join(part[0] for w in kept for part in w.split("-") if part).upper()
            if acro in (initials, split):
                out.setdefault(acro, " ".join(cand).lower())
                break
            if len(initials) > len(acro):
                break
    return out


def _expand(name: str, table: dict[str, str]) -> str:
    return " ".join(table.get(w, w) for w in re.sub(r"\([A-Z]+\)", " ", name).split())


def find_initiatives(
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    context: Iterable[str] = (),
    title: str | None = None,
) -> list[Initiative]:
    """Named initiatives in ``text[start:end]``; ``context`` are finding texts whose names are not initiatives."""
    end = len(text) if end is None else end
    region = text[start:end]
    table = acronyms(text)
    excluded = " | ".join([_key(_expand(c, table)) for c in context] + ([_key(title)] if title else []))
    excluded = f" | {excluded} | "
    found: list[tuple[str, Initiative]] = []
    for name, rel_start, rel_end, kind in _candidates(region):
        s, e = rel_start + start, rel_end + start
        before = text[max(0, s - 30) : s]
        own = bool(_OWN_RE.search(before))
        key = _key(_expand(name, table))
        if not key or len(key) < 4 or any(key.endswith(g) for g in _GENERIC):
            continue
        if not own and (_is_organisation(key) or _in_findings(key, kind, excluded)):
            continue
        if key.rsplit(" ", 1)[-1] in _STANDING_HEADS and not _INTRODUCED_RE.search(before):
            continue  # "the MSHT Team continues to ...": a standing team named in passing, not a new initiative
        _merge(found, key, Initiative(name=name, span=Span(s, e), kind=kind))
    return [initiative for _, initiative in found]


def _in_findings(key: str, kind: str, findings: str) -> bool:
    """Whether the name is the findings' own (also as "<organisation>'s <product>" or with another head noun)."""
    if f" {key} " in findings:
        return True
    words = key.split()
    for n in range(1, len(words) - 1):  # "College of Policing e-learning package" -> "e learning package"
        if _is_organisation(" ".join(words[:n])) and f" {' '.join(words[n:])} " in findings:
            return True
    if kind == "training" and len(words) >= 2:  # "Hydra training programme" for the findings' "Hydra training package"
        stem = " ".join(words[:-1])
        return any(f" {stem} {head} " in findings for head, k in _HEAD_KINDS.items() if k == "training")
    return False


def _is_organisation(key: str) -> bool:
    keys, joined = _organisation_index()
    return key in keys or (key.count(" ") >= 2 and f" {key} " in joined)


def _merge(found: list[tuple[str, Initiative]], key: str, new: Initiative) -> None:
    head = key.rsplit(" ", 1)[-1]
    for i, (old_key, _) in enumerate(found):
        if old_key == key or (old_key.rsplit(" ", 1)[-1] == head and fuzz.token_set_ratio(old_key, key) >= 95):
            if len(key) > len(old_key):
                found[i] = (key, new)
            return
    found.append((key, new))


def _candidates(region: str) -> Iterable[tuple[str, int, int, str]]:
    for m in _OPERATION_RE.finditer(region):
        yield m.group(0), m.start(), m.end(), "operation"
    for t in _CREDITED_TRIGGER_RE.finditer(region):
        credited = _CREDITED_RE.search(region, max(0, t.start() - 80), min(len(region), t.end() + 80))
        if credited and credited.start("name") <= t.start() < credited.end("name"):
            name = credited.group("name").strip()
            yield name, credited.start("name"), credited.start("name") + len(name), "initiative"
    for t in _APPROACH_TRIGGER_RE.finditer(region):
        window = max(0, t.start() - 80)
        for m in _APPROACH_RE.finditer(region, window, t.end()):
            if m.end() == t.end():
                group = "name" if m.group("name") else "quoted"
                yield m.group(group), m.start(group), m.end(group), "initiative"
    yield from _headed_names(region)


def _headed_names(region: str) -> Iterable[tuple[str, int, int, str]]:
    """Names that end in a head noun: "Asylum Roadshow", "ANPR network", "MSHT Tactical Advisor (TAC) course"."""
    for hm in _WORD_RE.finditer(region):
        word = hm.group(0).lower()
        if word not in _HEAD_KINDS and (word[-1:] != "s" or word[:-1] not in _HEAD_KINDS):
            continue
        window = max(0, hm.start() - 120)
        tokens = [(t.group(0), t.start(), t.end()) for t in _TOKEN_RE.finditer(region, window, hm.end())]
        i = len(tokens) - 1
        tok, t_end = tokens[i][0], tokens[i][2]
        low = tok.lower()
        kind = _HEAD_KINDS.get(low) or _HEAD_KINDS[_singular(low)]
        if tok[0].isupper():
            first = _capital_run(tokens, i)
            minimum = 3 if low in _PLURAL_ONLY else 2
        elif low in _LOWER_HEADS:
            first = _lower_head_run(tokens, i)
            minimum = 2
            kind = "facility" if low == "network" else kind
        else:
            continue
        if first is None:
            continue
        parts = [t for t, _, _ in tokens[first : i + 1] if not t.startswith("(")]
        if len(parts) < minimum or parts[0].lower() in _CONNECTORS:
            continue
        if low in _PLURAL_ONLY and not tok[0].isupper():
            continue
        yield " ".join(parts), tokens[first][1], t_end, kind


def _is_cap(tok: str) -> bool:
    return tok[0].isupper() and tok.lower() not in _DETERMINERS and tok[0].isalpha()


def _capital_run(tokens: Sequence[tuple[str, int, int]], head: int) -> int | None:
    first = head
    j = head - 1
    while j >= 0:
        tok = tokens[j][0]
        if tok.startswith("("):
            j -= 1
            continue
        if _is_cap(tok) and not tok.endswith(("'s", "’s")):
            first = j
        elif tok.lower() in _CONNECTORS and j > 0 and _is_cap(tokens[j - 1][0]) and first == j + 1:
            pass
        else:
            break
        j -= 1
    return first if first < head else None


def _lower_head_run(tokens: Sequence[tuple[str, int, int]], head: int) -> int | None:
    j = head - 1
    modifiers = 0
    while j >= 0 and tokens[j][0].startswith("("):
        j -= 1
    while j >= 0 and modifiers < 2 and tokens[j][0][0].islower() and tokens[j][0].lower() not in _DETERMINERS:
        if tokens[j][0].lower() in _CONNECTORS or len(tokens[j][0]) < 3:
            return None
        modifiers += 1
        j -= 1
    if j < 0 or not _is_cap(tokens[j][0]) or tokens[j][0].endswith(("'s", "’s")):
        return None
    sentence_initial = j == 0 or tokens[j - 1][0] in (".", "!", "?", ":", ";", "•", "-", "–")
    if sentence_initial and not tokens[j][0].isupper():
        return None  # "Strong partnership ..." is a capitalised sentence opening, not a name
    first = _capital_run(tokens, j + 1) if j + 1 <= head else None
    return first if first is not None and first <= j else j
