"""Who a recommendation asks to act, as printed.

A finding names its addressees before its "should": "By 30 April 2026, chief constables, working
with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should ...".
:func:`parse_addressees` returns them as the report prints them, one per organisation or group
("chief constables", "Modern Slavery & Organised Immigration Crime Unit", "College of Policing"),
with a leading "the" dropped before a proper name and kept before a common noun ("the force").

Names that contain "and" or commas ("Yorkshire and Humber Regional Organised Crime Unit", "police
and crime commissioners", "Department for Science, Innovation and Technology") are kept whole:
the reference data and a short list of national bodies say which they are.
"""

from __future__ import annotations

import re
from functools import cache

from oversight_ingest import reference
from oversight_ingest.reportparse.deadlines import parse_deadline

_FLAGS = re.IGNORECASE
_LABEL = re.compile(
    r"^\s*(?:recommendation|rec\.|area\s+for\s+improvement|afi|cause\s+of\s+concern)\s*"
    r"(?:\d+(?:\.\d+)*[a-z]?)?\s*[:.)\-–—]?\s*",
    _FLAGS,
)
_RECOMMEND = re.compile(
    r"^\s*(?:we|hmicfrs|the\s+inspectorate)\s+(?:therefore\s+)?recommends?\s*(?:that\b|:)?[\s,]*", _FLAGS
)
_MODAL = re.compile(
    r"\b(?:should|must|shall|needs?\s+to|is\s+to|are\s+to|ought\s+to|will\s+need\s+to|have\s+to|has\s+to)\b", _FLAGS
)
_COLLABORATION = (
    r"(?:working\s+(?:closely\s+)?(?:with|alongside)|in\s+(?:close\s+)?(?:partnership|collaboration|consultation"
    r"|conjunction|liaison)\s+with|together\s+with|jointly\s+with|with\s+(?:the\s+)?(?:support|help|assistance)\s+of"
    r"|supported\s+by|as\s+well\s+as|along\s+with|alongside)"
)
_SPLIT_COLLAB = re.compile(r"\s*,?\s*\b" + _COLLABORATION + r"\b\s*", _FLAGS)
_AFTER_MODAL = re.compile(r"^\s*,\s*" + _COLLABORATION + r"\s+(?P<who>[^,;:.]{2,200}?)\s*,", _FLAGS)
_SPLIT_LIST = re.compile(r"\s*,\s*(?:and|or)\s+|\s*,\s*|\s+and\s+|\s*;\s*", _FLAGS)
_LEADING_NOISE = re.compile(
    r"^(?:and|or|both|also|each\s+of|all\s+of|jointly|together|collectively|its|their|his|her)\s+", _FLAGS
)
_TRAILING_NOISE = re.compile(r"\s+(?:jointly|together|collectively|both|each|too|also|themselves)$", _FLAGS)
_PAREN = re.compile(r"\s*\([^()]*\)")
_GENERIC_PROTECTED = (
    r"police,?\s+fire\s+and\s+crime\s+commissioners?",
    r"police\s+and\s+crime\s+commissioners?",
    r"police\s+and\s+crime\s+panels?",
    r"fire\s+and\s+rescue\s+(?:services?|authorit(?:y|ies))",
    r"HM\s+Revenue\s+(?:and|&)\s+Customs",
    r"HM\s+Courts\s+(?:and|&)\s+Tribunals\s+Service",
    r"HM\s+Prison\s+(?:and|&)\s+Probation\s+Service",
    r"Department\s+(?:for|of)\s+[A-Z][\w ]*?(?:,\s+[A-Z][\w ]*?)*\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*",
    r"Ministry\s+of\s+[A-Z][\w ]*?(?:,\s+[A-Z][\w ]*?)*\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*",
    r"Driver\s+and\s+Vehicle\s+(?:Licensing|Standards)\s+Agency",
    r"Association\s+of\s+Police\s+and\s+Crime\s+Commissioners",
    r"Modern\s+Slavery\s+(?:and|&)\s+Organised\s+Immigration\s+Crime\s+Unit",
    r"[A-Z][a-z]+\s+and\s+(?:the\s+)?[A-Z][a-z]+(?:\s+of\s+[A-Z][a-z]+)?"
    r"(?=\s+(?:Regional|ROCU|Police|Constabulary|Fire|Special|Region|region|Organised|Counter))",
)
_PLACEHOLDER_AND = "\x00"
_PLACEHOLDER_COMMA = "\x01"
_COMMON_LEAD = frozenset(
    (
        "chief", "all", "each", "every", "forces", "force", "police", "the", "policing", "local", "regional",
        "national", "relevant", "senior", "constituent", "territorial", "home", "officers", "those",
    )
)  # fmt: skip
_MAX_SUBJECT_WORDS = 45


@cache
def _protected() -> re.Pattern[str]:
    names: set[str] = set()
    for force in reference.forces():
        names.add(force.name)
    for region in reference.regions():
        names.add(region.name)
        names.update(n for n in (region.rocu, region.rocu_short_name) if n)
    for body in reference.national_bodies():
        names.add(body.name)
        names.update(body.aliases)
    literal = [re.escape(n).replace(r"\ ", r"\s+") for n in names if re.search(r"\band\b|,", n)]
    alternatives = sorted(literal, key=len, reverse=True) + list(_GENERIC_PROTECTED)
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def _shield(text: str) -> str:
    def hide(m: re.Match[str]) -> str:
        return m.group(0).replace(" and ", f" {_PLACEHOLDER_AND} ").replace(",", _PLACEHOLDER_COMMA)

    return _protected().sub(hide, text)


def _unshield(text: str) -> str:
    return text.replace(_PLACEHOLDER_AND, "and").replace(_PLACEHOLDER_COMMA, ",")


def _clean(item: str) -> str:
    item = _PAREN.sub("", item).strip(" \t\n,;:.-–—\"'“”‘’")
    for _ in range(3):
        stripped = _LEADING_NOISE.sub("", item)
        stripped = _TRAILING_NOISE.sub("", stripped).strip(" ,")
        if stripped == item:
            break
        item = stripped
    words = item.split()
    if not words:
        return ""
    if words[0].lower() == "the" and len(words) > 1:
        if words[1][:1].isupper():
            return " ".join(words[1:])
        words[0] = "the"
    first, rest = words[0], words[1:]
    if (
        first[:1].isupper()
        and first[1:].islower()
        and first.lower() in _COMMON_LEAD
        and all(not w[:1].isupper() for w in rest)
    ):
        words[0] = first.lower()
    return " ".join(words)


def _split(part: str) -> list[str]:
    shielded = _shield(part)
    return [_unshield(piece) for piece in _SPLIT_LIST.split(shielded)]


def _strip_deadline(text: str) -> str:
    """``text`` without a deadline phrase that leads it or sits between commas in it."""
    for _ in range(2):
        found = parse_deadline(text, published=None)
        if found is None:
            break
        before = text[: found.span.start]
        if before.strip(" ,") and not before.rstrip().endswith(","):
            # "chief constables by 30 April 2026 should" – cut the phrase out all the same
            text = before.rstrip() + " " + text[found.span.end :].lstrip(" ,")
        else:
            text = (before.rstrip(" ,") + ", " if before.strip(" ,") else "") + text[found.span.end :].lstrip(" ,")
    return text.strip()


def parse_addressees(sentence: str) -> list[str]:
    """The organisations or groups ``sentence`` asks to act, as printed, in order, without repeats.

    Returns ``[]`` when the sentence has no "should"/"must" with a plausible subject before it.
    """
    text = " ".join(sentence.split())
    text = _LABEL.sub("", text, count=1)
    text = _RECOMMEND.sub("", text, count=1)
    modal = _MODAL.search(text)
    if modal is None:
        return []
    subject, after = text[: modal.start()], text[modal.end() :]
    subject = _strip_deadline(subject)
    subject = _RECOMMEND.sub("", subject, count=1)
    that = list(re.finditer(r"\bthat\b", subject, _FLAGS))
    if that:
        subject = subject[that[-1].end() :]
    if not subject.strip(" ,") or len(subject.split()) > _MAX_SUBJECT_WORDS:
        return []
    parts = _SPLIT_COLLAB.split(subject)
    extra = _AFTER_MODAL.match(after)
    if extra:
        parts.append(extra["who"])
    names: list[str] = []
    seen: set[str] = set()
    for part in parts:
        for piece in _split(part):
            name = _clean(piece)
            if len(name) < 2 or name.lower() in seen:
                continue
            seen.add(name.lower())
            names.append(name)
    return names
