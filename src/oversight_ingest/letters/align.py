"""Align the passages of a letter to the report's canonical findings and read each answer.

``analyse_items`` is the entry point. It segments the body (``segment``), scores every passage
against every finding and solves the assignment globally, then reads stance, status, claims and
commitments for each answered finding, blanket stances ("I accept all the recommendations"), and
the initiatives and claims of the whole body.

Scoring a passage against a finding uses the passage's *head* (the restated finding, or its first
sentences when it only paraphrases) and, more weakly, its body:

* fuzzy similarity of the head to the finding's wording (rapidfuzz ratio, token-set and partial
  ratios on normalised text);
* the share of the finding's content words present, weighted by inverse document frequency over
  the set of findings, so that words every finding shares ("chief constables", "By 30 April 2026")
  count little and distinctive ones ("Hydra", "e-learning") count a lot;
* the finding's deadline printed in the head (a different "By <date>" counts against);
* the printed label's number and kind, as weak evidence only: letters renumber findings.

Pairs are taken greedily from the highest score down, each passage and finding once, above a
threshold that is higher for passages without a label or restated finding. A passage that restates
a finding almost verbatim may answer a finding a second time.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from oversight_ingest.document import Document, Span
from oversight_ingest.letters import claims as claims_mod
from oversight_ingest.letters import stance as stance_mod
from oversight_ingest.letters import status as status_mod
from oversight_ingest.letters.initiatives import find_initiatives
from oversight_ingest.letters.segment import Passage, Unit, is_closing, segment
from oversight_ingest.letters.textutil import content_words, normalise, sentences
from oversight_ingest.packs import PackFinding
from oversight_ingest.result import Claim, ClaimedStatus, Initiative, Item, Stance

QUOTE_THRESHOLD = 0.62  # passages that restate a finding: a lower score means they restate another one
HARD_THRESHOLD = 0.42  # passages with a label but no restated finding
SOFT_THRESHOLD = 0.55  # headings and plain paragraphs
NUMBERED_THRESHOLD = 0.28  # a labelled passage whose number is the finding's and whose wording fits it best
DUPLICATE_THRESHOLD = 0.92
_DEADLINE_RE = re.compile(
    r"\bby\s+(?:the\s+end\s+of\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})\b|\bby\s+([A-Za-z]+)\s+(\d{4})\b",
    re.I,
)
_MONTHS = {
    m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
_MODAL_RE = re.compile(r"\b(?:should|must|needs?\s+to|ought\s+to|shall)\b", re.I)
_DEADLINE_PREFIX_RE = re.compile(r"^\W*by\s+[^,]{3,30},\s*", re.I)
_REFERS_RE = re.compile(r"\b(?:recommendation|area\s+for\s+improvement|afi)\b", re.I)


@dataclass(slots=True)
class ItemsAnalysis:
    """What the body of a letter says about the findings addressed to its force."""

    items: list[Item] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _FindingModel:
    finding: PackFinding
    norm: str
    subject: frozenset[str]
    weights: dict[str, float]  # content stem -> idf
    total: float
    deadline: dt.date | None


@dataclass(frozen=True, slots=True)
class _Model:
    findings: tuple[_FindingModel, ...]
    modal: bool  # every finding is worded with "should"/"must": text without one restates none

    def likeness(self, text: str) -> float:
        """How closely ``text`` restates any one finding (0..1), from wording alone."""
        if self.modal and not _MODAL_RE.search(text[:700]):
            return 0.0
        norm = normalise(text[:700])
        if len(norm) < 20 or not self.findings:
            return 0.0
        return max(_fuzzy(norm, f.norm) for f in self.findings)


@lru_cache(maxsize=64)
def _model(findings: tuple[PackFinding, ...]) -> _Model:
    stems = [set(content_words(f.text)) for f in findings]
    df = Counter(s for group in stems for s in group)
    n = len(findings)
    out = []
    for f, group in zip(findings, stems, strict=True):
        weights = {s: math.log((n + 1) / df[s]) + 0.05 for s in group}
        total = sum(weights.values()) or 1.0
        out.append(_FindingModel(f, normalise(f.text), _subject(f.text), weights, total, f.deadline))
    return _Model(tuple(out), all(_MODAL_RE.search(f.text) for f in findings))


def _fuzzy(a: str, b: str) -> float:
    """Similarity of ``a`` (letter text) to ``b`` (a finding), tolerant of truncation and paraphrase."""
    if len(a) > 1.4 * len(b) + 20:
        a = a[: int(1.4 * len(b)) + 20]
    ratio = fuzz.ratio(a, b)
    token_set = fuzz.token_set_ratio(a, b, score_cutoff=ratio / 0.9) * 0.9
    best = max(ratio, token_set)
    if 0.4 * len(b) <= len(a) < 0.9 * len(b):  # a quotation cut short: compare with the same length of finding
        best = max(best, fuzz.ratio(a, b[: len(a)]) * 0.85)
    return best / 100.0


def _coverage(words: frozenset[str], f: _FindingModel) -> float:
    return sum(w for s, w in f.weights.items() if s in words) / f.total


def _deadlines(text: str) -> list[dt.date]:
    out = []
    for m in _DEADLINE_RE.finditer(text):
        try:
            if m.group(1):
                month = _MONTHS.get(m.group(2)[:3].lower())
                if month:
                    out.append(dt.date(int(m.group(3)), month, int(m.group(1))))
            else:
                month = _MONTHS.get(m.group(4)[:3].lower())
                if month:
                    out.append(dt.date(int(m.group(5)), month, 1))
        except ValueError:
            continue
    return out


@dataclass(frozen=True, slots=True)
class _Features:
    """What a passage offers for matching, computed once per passage."""

    head_norm: str
    head_words: frozenset[str]
    subject: frozenset[str]
    body_words: frozenset[str] | None
    deadlines: tuple[dt.date, ...]


def _features(p: Passage, text: str) -> _Features:
    head_text = text[p.head[0] : p.head[1]] if p.head else _lead(text, p)
    body_words = None if p.head else frozenset(content_words(text[p.body_start : min(p.end, p.body_start + 1500)]))
    subject = _subject(head_text) if p.head else frozenset()
    return _Features(
        normalise(head_text), frozenset(content_words(head_text)), subject, body_words, tuple(_deadlines(head_text))
    )


def _subject(text: str) -> frozenset[str]:
    """Content words of whoever a finding addresses: the words before its "should" (after any "By <date>,")."""
    m = _MODAL_RE.search(text[:400])
    if m is None:
        return frozenset()
    before = _DEADLINE_PREFIX_RE.sub("", text[: m.start()])
    return frozenset(w for w in content_words(before.split(",")[0]) if not w.isdigit())


def _score(p: Passage, feats: _Features, f: _FindingModel) -> float:
    fz = _fuzzy(feats.head_norm, f.norm) if feats.head_norm else 0.0
    cov_head = _coverage(feats.head_words, f)
    if feats.body_words is None:
        score = 0.6 * fz + 0.4 * cov_head
    else:
        score = 0.25 * fz + 0.35 * cov_head + 0.4 * _coverage(feats.body_words, f)
    if f.deadline and feats.deadlines:
        same = any(d == f.deadline or (d.year, d.month) == (f.deadline.year, f.deadline.month) for d in feats.deadlines)
        score += 0.04 if same else -0.1
    if feats.subject and f.subject and not feats.subject & f.subject:
        score -= 0.15  # restates a finding addressed to someone else
    if p.number is not None:
        if _same_number(p, f):
            score += 0.04
        if p.kind and p.kind != f.finding.kind:
            score -= 0.05
    return max(0.0, min(1.0, score))


def _same_number(p: Passage, f: _FindingModel) -> bool:
    ref = f.finding.reference.strip().lower()
    return (
        p.number is not None and (p.number == ref or p.number == ref.lstrip("0")) and p.kind in (None, f.finding.kind)
    )


def _lead(text: str, p: Passage) -> str:
    body = text[p.body_start : p.end]
    return " ".join(s.text for s in sentences(body[:800])[:2])


def analyse_items(
    doc: Document,
    findings: Sequence[PackFinding],
    *,
    body_start: int = 0,
    report_title: str | None = None,
) -> ItemsAnalysis:
    """Items, unanswered findings, claims, initiatives and warnings for the body of ``doc``."""
    text = doc.text
    key = tuple(findings)
    try:
        model = _model(key)
    except TypeError:  # findings that cannot be hashed (mutable fields): build the model uncached
        model = _model.__wrapped__(key)
    passages, units = segment(doc, body_start, model.likeness)
    if not any(not p.soft for p in passages):
        passages = _paragraph_passages(units, passages)
    analysis = ItemsAnalysis()
    pairs = _assign(passages, text, model, analysis)

    masked = _mask(text, [p.head for p in passages if p.head])
    finding_texts = [f.text for f in findings]
    blanket = _blanket(masked, body_start)
    covered: list[tuple[int, int]] = []
    for p, fm, score, margin in pairs:
        analysis.items.append(
            _item(p, fm, score=score, margin=margin, masked=masked, finding_texts=finding_texts, blanket=blanket)
        )
        covered.append((p.start, p.end))
    answered = {(fm.finding.kind, fm.finding.reference) for _, fm, _, _ in pairs}
    blanket_kinds = _blanket_kinds(blanket, model) if blanket is not None else set()
    for fm in model.findings:
        ref = fm.finding.reference
        if (fm.finding.kind, ref) in answered:
            continue
        if blanket is not None and fm.finding.kind in blanket_kinds:
            analysis.items.append(
                Item(
                    recommendation=ref,
                    kind=fm.finding.kind,
                    label_in_letter=None,
                    stance=blanket.stance,
                    status=ClaimedStatus.NOT_STATED,
                    confidence=0.5,
                    span=Span(blanket.sentence.start, blanket.sentence.end),
                    stance_span=blanket.span,
                )
            )
        else:
            analysis.unanswered.append(ref)
    analysis.claims = _free_claims(masked, body_start, covered, finding_texts)
    analysis.initiatives = find_initiatives(masked, start=body_start, context=finding_texts, title=report_title)
    return analysis


def _blanket_kinds(blanket: stance_mod.StanceHit, model: _Model) -> set[str]:
    """The kinds of finding a blanket sentence covers: those it names, if the report has any of them."""
    kinds = {f.finding.kind for f in model.findings}
    words = blanket.sentence.text.lower()
    named = {
        kind
        for kind, pattern in (
            ("recommendation", r"recommendations"),
            ("area_for_improvement", r"areas\s+for\s+improvement|\bafis\b"),
            ("cause_of_concern", r"causes\s+of\s+concern"),
        )
        if re.search(pattern, words)
    }
    return (named & kinds) or kinds


def _paragraph_passages(units: list[Unit], passages: list[Passage]) -> list[Passage]:
    """Without labels or restated findings, every paragraph that refers to a finding may answer one."""
    out = list(passages)
    for u in units:
        if is_closing(u):
            break
        if len(u.text.split()) >= 12:
            out.append(Passage(u.start, u.end, u.start, soft=True, units=[u]))
    return out


def _assign(
    passages: list[Passage], text: str, model: _Model, analysis: ItemsAnalysis
) -> list[tuple[Passage, _FindingModel, float, float]]:
    scored = []
    for p in passages:
        feats = _features(p, text)
        scored.append([_score(p, feats, f) for f in model.findings])
    for p, row in zip(passages, scored, strict=True):
        if p.soft and _REFERS_RE.search(text[p.body_start : p.body_start + 300]):
            row[:] = [min(1.0, s + 0.05) for s in row]
        if len(text[p.body_start : p.end].split()) < 3:  # restates a finding but says nothing about it
            row[:] = [s * 0.9 for s in row]
    bare = [bool(p.head) and _bare(text[p.body_start : p.end]) for p in passages]
    for i, row in enumerate(scored):
        if bare[i] and ((i > 0 and bare[i - 1]) or (i + 1 < len(bare) and bare[i + 1])):
            row[:] = [s * 0.6 for s in row]  # a list of the findings, restated before the letter answers them
    candidates = sorted(
        ((s, i, j) for i, row in enumerate(scored) for j, s in enumerate(row)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_p: set[int] = set()
    used_f: set[int] = set()
    pairs: list[tuple[Passage, _FindingModel, float, float]] = []
    for s, i, j in candidates:
        p = passages[i]
        threshold = SOFT_THRESHOLD if p.soft else QUOTE_THRESHOLD if p.head else HARD_THRESHOLD
        if not p.head and not p.soft and _same_number(p, model.findings[j]) and s == max(scored[i]):
            threshold = NUMBERED_THRESHOLD  # the label's number and the wording point to the same finding
        if s < threshold or i in used_p:
            continue
        if j in used_f and not (passages[i].head and s >= DUPLICATE_THRESHOLD and max(scored[i]) == s):
            continue
        others = [x for k, x in enumerate(scored[i]) if k != j]
        pairs.append((passages[i], model.findings[j], s, s - max(others, default=0.0)))
        used_p.add(i)
        used_f.add(j)
    for i, p in enumerate(passages):
        if i not in used_p and p.label and not p.soft:
            analysis.warnings.append(f"passage labelled {p.label!r} matches no finding addressed to the force")
    pairs.sort(key=lambda x: x[0].start)
    return pairs


def _bare(body: str) -> bool:
    """A short body with no stance and no claim of action: the passage only restates its finding."""
    if len(body.split()) >= 12:
        return False
    return (
        stance_mod.stance_of(body)[0] is Stance.NOT_STATED and status_mod.status_of(body)[0] is ClaimedStatus.NOT_STATED
    )


def _confidence(score: float, margin: float, passage: Passage) -> float:
    base = min(1.0, score / 0.85)
    sep = min(1.0, max(0.0, margin) / 0.25)
    conf = base * (0.55 + 0.45 * sep)
    if passage.soft:
        conf *= 0.8
    elif passage.head is None:
        conf *= 0.85  # matched on paraphrase, not on the finding's own words
    return round(max(0.0, min(1.0, conf)), 3)


def _item(
    p: Passage,
    fm: _FindingModel,
    *,
    score: float,
    margin: float,
    masked: str,
    finding_texts: list[str],
    blanket: stance_mod.StanceHit | None,
) -> Item:
    body = masked[p.body_start : p.end]
    stance, stance_span = stance_mod.stance_of(body, p.body_start)
    if stance is Stance.NOT_STATED and blanket is not None:
        stance, stance_span = blanket.stance, blanket.span
    status, status_span = status_mod.status_of(body, p.body_start)
    item_claims = claims_mod.find_claims(body, p.body_start, echoes=finding_texts, recommendation=fm.finding.reference)
    return Item(
        recommendation=fm.finding.reference,
        kind=fm.finding.kind,
        label_in_letter=p.label,
        stance=stance,
        status=status,
        confidence=_confidence(score, margin, p),
        span=Span(p.start, p.end),
        stance_span=stance_span,
        status_span=status_span,
        claims=item_claims,
        commitments=claims_mod.find_commitments(body, p.body_start),
    )


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the restated findings blanked out (same length, so offsets hold)."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for k in range(s, e):
            if chars[k] not in "\n":
                chars[k] = " "
    return "".join(chars)


def _blanket(masked: str, body_start: int) -> stance_mod.StanceHit | None:
    hits = stance_mod.blanket_hits(masked[body_start:], body_start)
    return hits[0] if hits else None


def _free_claims(masked: str, body_start: int, covered: list[tuple[int, int]], finding_texts: list[str]) -> list[Claim]:
    out: list[Claim] = []
    pos = body_start
    for s, e in [*sorted(covered), (len(masked), len(masked))]:
        if s > pos:
            out += claims_mod.find_claims(masked[pos:s], pos, echoes=finding_texts)
        pos = max(pos, e)
    return out
