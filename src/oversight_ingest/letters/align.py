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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from rapidfuzz import fuzz

from oversight_ingest import patterns
from oversight_ingest.document import BlockKind, Document, Span
from oversight_ingest.letters import claims as claims_mod
from oversight_ingest.letters import stance as stance_mod
from oversight_ingest.letters import status as status_mod
from oversight_ingest.letters import voice as voice_mod
from oversight_ingest.letters.features import threshold, weight
from oversight_ingest.letters.initiatives import find_initiatives
from oversight_ingest.letters.segment import Passage, Unit, is_closing, later_cells, restatement, segment
from oversight_ingest.letters.textutil import (
    Sentence,
    content_word_set,
    content_words,
    normalise,
    sentences,
    stem,
    word_list,
)
from oversight_ingest.months import month_number
from oversight_ingest.packs import PackFinding
from oversight_ingest.result import Claim, ClaimedStatus, Initiative, Item, Stance, Voice

QUOTE_THRESHOLD = threshold("quote")
HARD_THRESHOLD = threshold("label")
SOFT_THRESHOLD = threshold("soft")
NUMBERED_THRESHOLD = threshold("numbered")
DUPLICATE_THRESHOLD = threshold("duplicate")
_DEADLINE_RE = patterns.compile(
    r"\bby\s+(?:the\s+end\s+of\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})\b|\bby\s+([A-Za-z]+)\s+(\d{4})\b",
    re.I,
)
_MODAL_RE = patterns.compile(r"\b(?:should|must|needs?\s+to|ought\s+to|shall)\b", re.I)
_DEADLINE_PREFIX_RE = patterns.compile(r"^\W*by\s+[^,]{3,30},\s*", re.I)
_REFERS_RE = patterns.compile(r"\b(?:recommendation|area\s+for\s+improvement|afi)\b", re.I)


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
    own = [set(content_words(f.text)) | _acronyms(f.text) for f in findings]
    related = _related()
    kin = [{r for s in group for r in related.get(s, ())} - group for group in own]
    stems = [group | more for group, more in zip(own, kin, strict=True)]
    df = Counter(s for group in stems for s in group)
    n = len(findings)
    out = []
    factor = weight("related_word")
    for f, group, more in zip(findings, stems, kin, strict=True):
        # in the stems' order, not the set's: sums over the weights then add up alike in every run (the order of a
        # set of strings changes with Python's hash seed, and with it the last bits of a float sum)
        weights = {s: (math.log((n + 1) / df[s]) + 0.05) * (factor if s in more else 1.0) for s in sorted(group)}
        weights = {s: w for s, w in weights.items() if w > 0}
        total = sum(w for s, w in weights.items() if s not in more) or 1.0  # of its own words: a quotation is 1
        out.append(_FindingModel(f, normalise(f.text), _subject(f.text), weights, total, f.deadline))
    return _Model(tuple(out), all(_MODAL_RE.search(f.text) for f in findings))


@lru_cache(maxsize=1)
def _related() -> dict[str, frozenset[str]]:
    """Stem -> the stems of its family of related words (``words/related.txt``)."""
    out: dict[str, set[str]] = {}
    for line in word_list("related"):
        family = {stem(w) for w in line.split()}
        for s in family:
            out.setdefault(s, set()).update(family - {s})
    return {s: frozenset(f) for s, f in out.items()}


_NAME_RUN_RE = patterns.compile(r"(?:[A-Z][\w'’]*(?:\s+(?:and|&|of|for)\s+|\s+)){1,6}[A-Z][\w'’]*")


def _acronyms(text: str) -> set[str]:
    """Acronyms a letter may use for names in a finding ("National Command and Control Unit" -> "nccu")."""
    out = set()
    for m in _NAME_RUN_RE.finditer(text):
        words = [w for w in re.split(r"\s+", m.group(0)) if w[:1].isupper()]
        # the whole run and each tail of it: "Immigration Enforcement's National Command and Control Unit" is
        # written "NCCU" as often as "IENCCU"
        for k in range(len(words) - 2):
            out.add(stem("".join(w[0] for w in words[k:]).lower()))
    return out


@lru_cache(maxsize=4096)
def _fuzzy(a: str, b: str) -> float:
    """Similarity of ``a`` (letter text) to ``b`` (a finding), tolerant of truncation and paraphrase.

    Cached: a letter's headings are compared with the same findings while segmenting and again while
    scoring (twice when the letter turns out to use the report's numbering)."""
    if len(a) > 1.4 * len(b) + 20:
        a = a[: int(1.4 * len(b)) + 20]
    ratio = fuzz.ratio(a, b)
    token_set = fuzz.token_set_ratio(a, b, score_cutoff=ratio / 0.9) * 0.9
    best = max(ratio, token_set)
    if 0.4 * len(b) <= len(a) < 0.9 * len(b):  # a quotation cut short: compare with the same length of finding
        best = max(best, fuzz.ratio(a, b[: len(a)]) * 0.85)
    return best / 100.0


def _coverage(words: frozenset[str], f: _FindingModel) -> float:
    weights = f.weights
    if len(words) < len(weights):  # walk the smaller of the two (fsum: the same total in any order)
        found = math.fsum(weights.get(s, 0.0) for s in words)
    else:
        found = math.fsum(w for s, w in weights.items() if s in words)
    return min(1.0, found / f.total)


def _deadlines(text: str) -> list[dt.date]:
    out = []
    for m in _DEADLINE_RE.finditer(text):
        try:
            if m.group(1):
                month = month_number(m.group(2))
                if month:
                    out.append(dt.date(int(m.group(3)), month, int(m.group(1))))
            else:
                month = month_number(m.group(4))
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
    heading_words: frozenset[str] = frozenset()  # the words of the heading the passage stands under


def _features(p: Passage, text: str) -> _Features:
    head_text = text[p.head[0] : p.head[1]] if p.head else _lead(text, p)
    heading_words: frozenset[str] = frozenset()
    if p.head is None and p.units and p.units[0].end <= p.body_start:
        head_text = p.units[0].text + ". " + head_text  # a heading (or a line standing as one) names its section
        heading_words = content_word_set(p.units[0].text)
    body_words = None if p.head else content_word_set(text[p.body_start : min(p.end, p.body_start + 1500)])
    subject = _subject(head_text) if p.head else frozenset()
    return _Features(
        normalise(head_text),
        content_word_set(head_text),
        subject,
        body_words,
        tuple(_deadlines(head_text)),
        heading_words,
    )


def _subject(text: str) -> frozenset[str]:
    """Content words of whoever a finding addresses: the words before its "should" (after any "By <date>,")."""
    m = _MODAL_RE.search(text[:400])
    if m is None:
        return frozenset()
    before = _DEADLINE_PREFIX_RE.sub("", text[: m.start()])
    return frozenset(w for w in content_words(before.split(",")[0]) if not w.isdigit())


def _score(p: Passage, feats: _Features, f: _FindingModel, *, report_numbering: bool = False) -> float:
    """How well passage ``p`` answers finding ``f``; each term is a named feature of :mod:`.features`."""
    fz = _fuzzy(feats.head_norm, f.norm) if feats.head_norm else 0.0
    cov_head = _coverage(feats.head_words, f)
    if feats.body_words is None:
        score = weight("head_fuzzy") * fz + weight("head_coverage") * cov_head
    else:
        score = (
            weight("soft_fuzzy") * fz
            + weight("soft_head_coverage") * cov_head
            + weight("body_coverage") * _coverage(feats.body_words, f)
        )
    if f.deadline and feats.deadlines:
        same = any(d == f.deadline or (d.year, d.month) == (f.deadline.year, f.deadline.month) for d in feats.deadlines)
        score += weight("deadline_match") if same else -weight("deadline_conflict")
    if feats.subject and f.subject and not feats.subject & f.subject:
        score -= weight("addressee_conflict")
    if p.number is not None:
        if _same_number(p, f):
            score += weight("label_number")
            if report_numbering:
                score += weight("report_numbering")
        if p.kind and p.kind != f.finding.kind:
            score -= weight("label_kind_conflict")
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
        passages = _paragraph_passages(units, passages, model.likeness)
    analysis = ItemsAnalysis()
    voices = voice_mod.voice_map(units)
    annex = voices.annex_start
    main = [p for p in passages if annex is None or p.start < annex]
    appended = [p for p in passages if annex is not None and p.start >= annex]
    pairs = _assign(main, text, model, analysis)
    annex_pairs = {fm.finding.reference: (p, fm) for p, fm, _, _ in _assign(appended, text, model, analysis)}

    masked = _mask(text, [p.head for p in passages if p.head])
    finding_texts = [f.text for f in findings]
    blankets = _blankets(masked, body_start, voices)
    covered: list[tuple[int, int]] = []
    reader = _Reader(masked, voices, finding_texts, blankets, _numbered(masked, body_start, voices, model))
    for p, fm, score, margin in pairs:
        item = reader.item(p, fm, score=score, margin=margin)
        extra = annex_pairs.pop(fm.finding.reference, None)
        if extra is not None:
            reader.merge_annex(item, extra[0])
            covered.append((extra[0].start, extra[0].end))
        analysis.items.append(item)
        covered.append((p.start, p.end))
    for p, fm in annex_pairs.values():  # answered only in the chief constable's annex
        analysis.items.append(reader.item(p, fm, score=0.5, margin=0.1))
        covered.append((p.start, p.end))
    analysis.items.sort(key=lambda i: i.span.start if i.span else 0)
    _blanket_items(analysis, model, reader, blankets)
    _status_from_turns(analysis.items, units, masked, model, voices)
    analysis.claims = _free_claims(masked, body_start, covered, finding_texts)
    analysis.initiatives = find_initiatives(masked, start=body_start, context=finding_texts, title=report_title)
    return analysis


def _blanket_items(
    analysis: ItemsAnalysis, model: _Model, reader: _Reader, blankets: dict[Voice, stance_mod.StanceHit]
) -> None:
    """Items for the findings no passage answers that a blanket stance covers; the rest are unanswered."""
    answered = {(i.kind, i.recommendation) for i in analysis.items}
    blanket = blankets.get(Voice.POLICING_BODY) or blankets.get(Voice.CHIEF_CONSTABLE)
    blanket_kinds = _blanket_kinds(blanket, model) if blanket is not None else set()
    if blanket is not None and answered and stance_mod.of_the_response_only(blanket):
        blanket_kinds = set()  # "I agree with the force's responses below": those it gives, not the ones it omits
    for fm in model.findings:
        ref = fm.finding.reference
        if (fm.finding.kind, ref) in answered:
            continue
        if blanket is not None and fm.finding.kind in blanket_kinds:
            # a stance the letter takes on the finding by its number elsewhere is detail, which wins over the blanket
            # ("Essex Police has accepted all four ... The PFCC accepts recommendations 2, 4 and 8.")
            own = reader.numbered.get((Voice.POLICING_BODY, ref)) or blankets.get(Voice.POLICING_BODY)
            cc = reader.numbered.get((Voice.CHIEF_CONSTABLE, ref)) or blankets.get(Voice.CHIEF_CONSTABLE)
            own = reader.deferred(own, cc)  # "..., and I share his view": the force's stance, taken as the body's
            said = own or cc or blanket
            analysis.items.append(
                Item(
                    recommendation=ref,
                    kind=fm.finding.kind,
                    label_in_letter=None,
                    stance=said.stance,
                    status=ClaimedStatus.NOT_STATED,
                    confidence=0.5,
                    span=Span(blanket.sentence.start, blanket.sentence.end),
                    stance_span=said.span,
                    stance_by=Voice.POLICING_BODY if said is own else Voice.CHIEF_CONSTABLE,
                    chief_constable_stance=cc.stance if cc else None,
                    chief_constable_stance_span=cc.span if cc else None,
                )
            )
        else:
            analysis.unanswered.append(ref)


def _status_from_turns(
    items: list[Item], units: list[Unit], masked: str, model: _Model, voices: voice_mod.VoiceMap
) -> None:
    """Statuses read again where one passage takes several findings in turn, or a finding's answer claims none."""
    if weight("named_paragraph_status"):
        _named_paragraph_status(items, units, masked, voices)
    if weight("shared_status"):
        _shared_status(items, masked, model, voices)
    if weight("shared_stance"):
        _shared_stance(items, masked, model, voices)
    if weight("status_of_all"):
        _status_of_all(items, units, masked, model, voices)
    if weight("fragment_status"):
        _fragment_status(items, masked, voices)
    if weight("status_elsewhere"):
        _status_elsewhere(items, units, masked, model, voices)


def _fragment_status(items: list[Item], masked: str, voices: voice_mod.VoiceMap) -> None:
    """An item whose answer is the first part of a sentence that goes on to another finding and then to what is
    said of both ("On reporting cases to the NCCU (recommendation 2) and on the force's plans (recommendation 4),
    work is going on") takes the status of the rest of that sentence, when its own part claims none."""
    starts = {i.span.start for i in items if i.span is not None}
    for item in items:
        if item.status is not ClaimedStatus.NOT_STATED or item.span is None:
            continue
        span = item.span
        sentence = next((t for t in sentences(masked, 0) if t.start <= span.start < t.end), None)
        if sentence is None or span.end >= sentence.end - 1 or not any(span.end <= s < sentence.end for s in starts):
            continue
        if _FINITE_RE.search(masked, span.start, span.end):
            continue  # "For the former, places have been requested; the latter is paused": its own say, then another's
        _take_status(item, [(span.end, sentence.end)], masked, voices)


_FINITE_RE = patterns.compile(
    r"\b(?:is|are|was|were|has|have|had|will|been|being|can|could|should|would|may|must)\b", re.IGNORECASE
)


def _named_paragraph_status(items: list[Item], units: list[Unit], masked: str, voices: voice_mod.VoiceMap) -> None:
    """An answer that runs over paragraphs naming different findings by number ("The Chief Constable has accepted
    recommendations 2 and 4: ... / He has also accepted recommendations 8 and 9. Neither has started") reads each
    finding's status from the paragraphs that name it, up to the next paragraph naming others."""
    for item in items:
        if item.span is None:
            continue
        inside = [u for u in units if item.span.start <= u.start and u.end <= item.span.end]
        naming = [
            {n for _, numbers in stance_mod.named_numbers(masked[u.start : u.end]) for n in numbers} for u in inside
        ]
        if not any(item.recommendation in n for n in naming) or not any(
            n and item.recommendation not in n for n in naming
        ):
            continue
        mine: list[Unit] = []
        current = False
        for unit, names in zip(inside, naming, strict=True):
            if names:
                current = item.recommendation in names
            if current:
                mine.append(unit)
        _take_status(item, [(u.start, u.end) for u in mine], masked, voices)


_ORDINAL_RE = patterns.compile(
    r"\b(?:the\s+)?(?P<which>first|former|second|latter)\b(?!\s+(?:time|of|half|quarter|phase|stage))", re.IGNORECASE
)


def _by_span(items: list[Item]) -> dict[tuple[int, int], list[Item]]:
    """The items grouped by the passage that answers them (several findings answered by one passage share it)."""
    out: dict[tuple[int, int], list[Item]] = {}
    for item in items:
        if item.span is not None:
            out.setdefault((item.span.start, item.span.end), []).append(item)
    return out


def _shared_status(items: list[Item], masked: str, model: _Model, voices: voice_mod.VoiceMap) -> None:
    """Findings answered by one passage ("Recommendations 2 and 4 ... The first is already met ...; the second
    is still being worked on", "The e-learning has been done; Hydra has not") each take the status of the clauses
    about them: two after "the first"/"the former" or "the second"/"the latter" (in the order the passage names
    them), else (two, three or four, as a flattened letter answers them) those clearly about each finding by their
    words or its number."""
    for (start, end), group in _by_span(items).items():
        if len(group) == 1:  # the other finding it takes in turn is answered elsewhere too (after a blanket, say)
            refs = _ordinal_pair(masked, start, end, group[0].recommendation, model)
            runs = _ordinal_runs(masked, start, end, refs, model) if refs else {}
        else:
            runs = (
                _ordinal_runs(masked, start, end, [i.recommendation for i in group], model) if len(group) == 2 else {}
            )
            if not runs:  # three or four findings in one passage (a flattened letter): each by its own clauses
                runs = {}
                for j, s, e in _clause_topics(masked, start, end, model):
                    runs.setdefault(model.findings[j].finding.reference, []).append((s, e))
        for item in group:
            if (run := runs.get(item.recommendation)) is not None:
                _take_status(item, run, masked, voices)
                if _said_of_others(item, masked, start, end):
                    # the passage's status was said in a sentence naming only other findings ("I support
                    # recommendation 8; a first cohort is going through Hydra. I note recommendation 9."): its own
                    # turn claims none
                    item.status, item.status_span, item.status_by = ClaimedStatus.NOT_STATED, None, None


def _said_of_others(item: Item, masked: str, start: int, end: int) -> bool:
    """Whether the sentence of ``masked[start:end]`` that ``item``'s status was read from names findings by number,
    none of them ``item``'s."""
    at = item.status_span
    if at is None:
        return False
    for sentence in sentences(masked[start:end], start):
        if sentence.start <= at.start < sentence.end:
            named = {n for _, numbers in stance_mod.named_numbers(sentence.text) for n in numbers}
            return bool(named) and item.recommendation not in named
    return False


def _shared_stance(items: list[Item], masked: str, model: _Model, voices: voice_mod.VoiceMap) -> None:
    """Two findings one passage takes in turn as "the first" and "the second" each take the stance said in their
    own turn, in the voice that says it. A turn with no verb of its own ("I accept the former without reservation
    and the latter only in part") says the verb before it again, with its own qualifier."""
    for (start, end), group in _by_span(items).items():
        if len(group) != 2:
            continue
        runs = _ordinal_runs(masked, start, end, [i.recommendation for i in group], model, turns_only=True)
        said = {ref: _turn_stance(masked, its) for ref, its in runs.items()}
        if not all(s is not None for s in said.values()) or len({s[0] for s in said.values() if s}) < 2:
            continue  # one stance for both, as the passage's own reading has it
        for item in group:
            stance, span = said[item.recommendation] or (None, None)
            if stance is None or span is None:
                continue
            voice = voices.at(span.start) or Voice.POLICING_BODY
            if voice is Voice.CHIEF_CONSTABLE:
                item.chief_constable_stance, item.chief_constable_stance_span = stance, span
                if item.stance_by is Voice.CHIEF_CONSTABLE:
                    item.stance, item.stance_span = stance, span
            else:
                item.stance, item.stance_span, item.stance_by = stance, span, Voice.POLICING_BODY


def _turn_stance(masked: str, runs: list[tuple[int, int]]) -> tuple[Stance, Span] | None:
    """The stance of one finding's turn: said in it, else (an elided verb) the verb of the clause before it in the
    same sentence said again with the turn's own words ("... and the latter only in part")."""
    for start, end in runs:
        stance, span = stance_mod.stance_of(masked[start:end], start)
        if stance is not Stance.NOT_STATED and span is not None:
            return stance, span
    start, end = runs[0]
    if (turn := _TURN_RE.match(masked, start, end)) is None:
        return None
    before = masked[max(0, start - 200) : start]
    verb = list(re.finditer(rf"(?:\bI|\bWe|\bwe)\s+(?:{_ELIDED_AUX})*(?P<verb>\w+)\b", before))
    if not verb or re.search(r"[.!?]", before[verb[-1].start() :]):
        return None
    said = f"{verb[-1].group(0)} it {masked[turn.end() : end]}"
    stance, _ = stance_mod.stance_of(said, 0)
    if stance is Stance.NOT_STATED:
        return None
    return stance, Span(turn.start("which"), turn.end())


_ELIDED_AUX = r"(?:am\s+|do\s+|also\s+|fully\s+|can\s+|will\s+|would\s+|only\s+)"


def _ordinal_pair(masked: str, start: int, end: int, ref: str | None, model: _Model) -> list[str] | None:
    """The two findings a passage takes in turn as "the first" and "the second", one of them ``ref``: the two it
    names by number before its first ordinal, else the two whose distinctive words it has there."""
    first = _ORDINAL_RE.search(masked, start, end)
    if first is None or not re.search(r"\b(?:second|latter)\b", masked[first.end() : end], re.IGNORECASE):
        return None
    lead = masked[start : first.start()]
    named = list(dict.fromkeys(n for _, numbers in stance_mod.named_numbers(lead) for n in numbers))
    if len(named) != 2:
        n = len(model.findings)
        words = content_word_set(lead)
        least = threshold("sentence_evidence") * _unique_weight(n)
        named = [f.finding.reference for f in model.findings if _word_evidence(words, f, n) >= least]
    return named if len(named) == 2 and (ref is None or ref in named) else None


def _ordinal_runs(
    masked: str, start: int, end: int, refs: list[str], model: _Model, *, turns_only: bool = False
) -> dict[str, list[tuple[int, int]]]:
    """The clauses of each of two findings that a passage takes in turn as "the first" and "the second": a turn
    holds to the end of its sentence; after it, a clause goes with the turn before it unless its words are clearly
    about the other of the two ("I accept the former without reservation and the latter only in part. Hydra has
    been booked for March. On the e-learning, no start has been made")."""
    named = [n for _, numbers in stance_mod.named_numbers(masked[start:end]) for n in numbers]
    order = sorted(refs, key=lambda r: named.index(r) if r in named else 99 + int(r) if r.isdigit() else 999)
    index = {f.finding.reference: j for j, f in enumerate(model.findings)}
    pair = {index[r]: r for r in order if r in index}
    among = _pair(list(pair))
    out: dict[str, list[tuple[int, int]]] = {}
    current: str | None = None
    turned_until = -1
    for cs, ce in _clauses(masked, start, end):
        m = _ORDINAL_RE.search(masked, cs, ce)
        if m is not None:
            current = order[0] if m.group("which").lower() in ("first", "former") else order[1]
            turned_until = _sentence_end(masked, cs, end)
        elif turns_only and 0 <= turned_until <= cs:
            current = None  # only the turns' own sentences
        elif (
            current is not None
            and 0 <= turned_until <= cs
            and among is not None
            and (j := _words_topic(content_word_set(masked[cs:ce]), model, among)) is not None
        ):
            current = pair[j]  # after the turn's sentence, a clause clearly about the other of the two
        if current is not None:
            runs = out.setdefault(current, [])
            if runs and runs[-1][1] >= cs - 2:
                runs[-1] = (runs[-1][0], ce)
            else:
                runs.append((cs, ce))
    return out if len(out) == 2 else {}


# "each of them", "every one of them", "all four", "all the recommendations", "them all": the findings together
_ALL_OF_THEM_RE = patterns.compile(
    r"\b(?:(?:each|every\s+one|all|both)\s+of\s+(?:them|these|those|the\s+(?:\w+\s+)?(?:recommendations|areas))"
    r"|(?:each|every)\s+(?:recommendation|area\s+for\s+improvement|one)\b|them\s+all\b"
    r"|all\s+(?:(?:of\s+)?(?:the|these|its|four|three|two)\s+)?(?:recommendations|areas\s+for\s+improvement)"
    r"|all\s+(?:four|three|two)(?=\s*(?:[.,;:)]|$))"  # not "all four e-learning modules"
    r"|(?<!\bof\s)(?:these|those|the\s+(?:four|three|two))\s+(?:recommendations|areas\s+for\s+improvement)"
    r"|(?P<others>the\s+(?:other|remaining)\s+(?:two|three|four|five)(?:\s+[a-z\-]+){0,2}?"
    r"(?=\s+(?:are|is|have|has|were|remain|will)\b)))",
    re.IGNORECASE,
)
# "... on every one of them except the Hydra training, which will start in the new year"
_SAVE_RE = patterns.compile(
    r"[,;]?\s*\b(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|but\s+not|bar|with\s+the\s+exception\s+of)"
    r"\s+(?=\w)",
    re.IGNORECASE,
)
_OF_THEM_RE = patterns.compile(r"^\W*of\s+(?:the|these|those)\s+(?:two|three|four|five)\b[^,]{0,20},\s*", re.IGNORECASE)
_SHARING_RE = patterns.compile(r"\bshare\b|\bcontent\s+with\b", re.IGNORECASE)
_WELCOME_THAT_RE = patterns.compile(r"\W*(?:I|we)\s+(?:\w+\s+)?welcome\s+(?:that|this)\W*$", re.IGNORECASE)


def _status_of_all(
    items: list[Item], units: list[Unit], masked: str, model: _Model, voices: voice_mod.VoiceMap
) -> None:
    """Findings whose own answers claim no status take the status a sentence claims for them all in the clause
    that names them all ("I accept all the recommendations, and the force has started work on each of them"), but
    for one it sets apart ("work is under way on every one of them except the Hydra training, which will start in
    the new year"), which takes the status of the words that set it apart when they claim one."""
    wanting = [i for i in items if i.status is ClaimedStatus.NOT_STATED]
    if not wanting:
        return
    for unit in units:
        if unit.kind is BlockKind.HEADING or not _ALL_OF_THEM_RE.search(masked, unit.start, unit.end):
            continue
        previous: Sentence | None = None
        for sentence in sentences(masked[unit.start : unit.end], unit.start):
            before, previous = previous, sentence
            alls = [
                (sentence.start + m.start(), sentence.start + m.end()) for m in _ALL_OF_THEM_RE.finditer(sentence.text)
            ]
            if not alls:
                continue
            save = _SAVE_RE.search(sentence.text, alls[0][1] - sentence.start)
            cut = sentence.start + (save.start() if save else len(sentence.text))
            hits = [
                h
                for h in status_mod.sentence_hits(sentence)
                if h.span.start < cut
                # in the clause that names them all: "work has started on each of them", not "every recommendation
                # ... that is addressed to chief constables"
                and any(
                    not status_mod.CLAUSE_SPLIT_RE.search(masked, min(h.span.end, e), max(h.span.start, s))
                    for s, e in alls
                )
            ]
            status, span = status_mod.decide(hits)
            if span is None:
                continue
            rest = (sentence.start + save.end(), sentence.end) if save else None
            if rest is None and any(m.group("others") for m in _ALL_OF_THEM_RE.finditer(sentence.text)) and before:
                rest = (before.start, before.end)  # "Only the collection plan is complete. The other three are ..."
            apart = _set_apart(items, rest, (sentence.start, cut), masked, model=model, voices=voices) if rest else None
            for item in wanting:
                if item is not apart and item.status is ClaimedStatus.NOT_STATED:
                    item.status, item.status_span = status, span
                    item.status_by = voices.at(span.start) or Voice.POLICING_BODY
            return


def _set_apart(
    items: list[Item],
    rest: tuple[int, int],
    claim: tuple[int, int],
    masked: str,
    *,
    model: _Model,
    voices: voice_mod.VoiceMap,
) -> Item | None:
    """The item for the finding the words ``rest`` set apart from a status said of them all ("except the Hydra
    training, which will start in the new year"), given the status of those words; None when they name none. Its
    own answer may be the sentence ``claim`` said of them all, whose status is then not its own."""
    words = _OF_THEM_RE.sub("", masked[rest[0] : rest[1]])  # "Of the four, only the collection plan is complete."
    named = _by_number(_named_numbers(words), None, model)  # "... of recommendation 4: ..."
    j = named[0] if named else _words_topic(content_word_set(words), model, None)
    if j is None:
        return None
    ref = model.findings[j].finding
    apart = next((i for i in items if (i.kind, i.recommendation) == (ref.kind, ref.reference)), None)
    if apart is not None and (apart.status_span is None or claim[0] <= apart.status_span.start < claim[1]):
        apart.status, apart.status_span, apart.status_by = ClaimedStatus.NOT_STATED, None, None
        _take_status(apart, [rest], masked, voices)
    return apart


def _status_elsewhere(
    items: list[Item], units: list[Unit], masked: str, model: _Model, voices: voice_mod.VoiceMap
) -> None:
    """Give an item whose own answer claims no status the status of the clauses elsewhere in the letter that are
    clearly about its finding: after a blanket stance, letters often give the detail in paragraphs about two or
    three findings at once ("The referral form was built in last year, and the collection plan was agreed in
    April"), which answer no one finding. A clause is about the finding whose distinctive words it has clearly
    more of than any other's; the clauses after it in the same paragraph stay with it until another's turn."""
    wanting = {(i.kind, i.recommendation) for i in items if i.status is ClaimedStatus.NOT_STATED}
    if not wanting:
        return
    runs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    n = len(model.findings)
    least = threshold("sentence_evidence") * _unique_weight(n)
    sought = [f for f in model.findings if (f.finding.kind, f.finding.reference) in wanting]
    kinds = {f.finding.reference: f.finding.kind for f in sought}
    for unit in units:
        if unit.kind is BlockKind.HEADING:
            continue
        words = content_word_set(masked[unit.start : unit.end])
        if all(_word_evidence(words, f, n) < least for f in sought):
            continue  # no clause of it can be about a finding still wanting a status
        pair = _ordinal_pair(masked, unit.start, unit.end, None, model)
        turns = _ordinal_runs(masked, unit.start, unit.end, pair, model) if pair else {}
        if turns:  # "The intelligence document and the plan matter most. The first is met; the second is not"
            for ref, its in turns.items():
                if ref in kinds:
                    runs.setdefault((kinds[ref], ref), []).extend(its)
            continue
        for j, start, end in _clause_topics(masked, unit.start, unit.end, model):
            f = model.findings[j].finding
            runs.setdefault((f.kind, f.reference), []).append((start, end))
    for item in items:
        key = (item.kind, item.recommendation)
        if item.status is not ClaimedStatus.NOT_STATED or key not in runs:
            continue
        # the words another finding's status was read from are that finding's
        taken = frozenset(i.status_span for i in items if i is not item and i.status_span is not None)
        _take_status(item, runs[key], masked, voices, taken=taken)


def _take_status(
    item: Item,
    runs: list[tuple[int, int]],
    masked: str,
    voices: voice_mod.VoiceMap,
    *,
    taken: frozenset[Span] = frozenset(),
) -> None:
    """Give ``item`` the status its runs of text claim, if they claim one (leaving out the cues in ``taken``), with
    the span of the deciding words and whose words they are."""
    hits = [
        h
        for start, end in runs
        for t in sentences(masked[start:end], start)
        for h in status_mod.sentence_hits(t)
        if h.span not in taken
    ]
    status, span = status_mod.decide(hits)
    if span is not None:
        item.status, item.status_span = status, span
        item.status_by = voices.at(span.start) or Voice.POLICING_BODY


def _ranked(words: frozenset[str], model: _Model) -> list[tuple[float, int]]:
    """(evidence, finding index) for every finding, the most evidence first: which finding a clause is about."""
    n = len(model.findings)
    return sorted(((_word_evidence(words, f, n), j) for j, f in enumerate(model.findings)), reverse=True)


def _clause_topics(text: str, start: int, end: int, model: _Model) -> list[tuple[int, int, int]]:
    """(finding, start, end) for each run of clauses in ``text[start:end]`` clearly about one finding."""
    n = len(model.findings)
    if n < 2:
        return []
    minimum = threshold("sentence_evidence") * _unique_weight(n)
    runs: list[list[int]] = []
    current: int | None = None
    named_until = -1  # the end of the sentence whose clause named a finding by number: the sentence is about it
    for cs, ce in _predicates(text, _clauses(text, start, end)):
        if _PLURAL_RE.search(text, cs, ce):
            current = None  # "I accept all four recommendations": about them all
            continue
        words = content_word_set(text[cs:ce])
        ranked = _ranked(words, model)
        topic = _words_topic(words, model, None)  # as a passage's runs are told apart
        named = _by_number(_named_numbers(text[cs:ce]), None, model)
        if len(named) == 1:  # "so recommendation 4 is met", "Recommendation 2 is not yet fully met: ...": by number
            topic, named_until = named[0], _sentence_end(text, cs, end)
        elif cs < named_until:
            topic = current
        if topic is not None and topic != current:
            runs.append([topic, cs, ce])
            current = topic
        elif topic is None and ranked[0][0] >= minimum:
            current = None  # about two findings at once: neither's alone
        elif current is not None:
            runs[-1][2] = ce
    return [(r[0], r[1], r[2]) for r in runs]


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


def _paragraph_passages(units: list[Unit], passages: list[Passage], likeness: Callable[[str], float]) -> list[Passage]:
    """Without labels or restated findings, every paragraph that refers to a finding may answer one; a table row
    whose later cell restates a finding (the finding column after the answers) answers that one."""
    out = list(passages)
    later = later_cells(units)
    for i, u in enumerate(units):
        if is_closing(u):
            break
        if u.start in later:
            continue
        row = [u]
        for v in units[i + 1 :]:  # a table row is one answer: its first cell and the cells after it
            if v.start not in later:
                break
            row.append(v)
        restated = next((r for v in row[1:] if (r := restatement(v, likeness)) is not None), None)
        if restated is not None:
            head = restated.head
            out.append(Passage(u.start, row[-1].end, u.start, restated.label, restated.number, head=head, units=row))
        elif len(row) > 1 or len(u.text.split()) >= 12:
            out.append(Passage(u.start, row[-1].end, u.start, soft=True, units=row))
    return out


def _assign(
    passages: list[Passage], text: str, model: _Model, analysis: ItemsAnalysis
) -> list[tuple[Passage, _FindingModel, float, float]]:
    feats = [_features(p, text) for p in passages]
    scored = [[_score(p, ft, f) for f in model.findings] for p, ft in zip(passages, feats, strict=True)]
    numbering = _report_numbering(passages, scored, model)
    if numbering:
        scored = [
            [_score(p, ft, f, report_numbering=True) for f in model.findings]
            for p, ft in zip(passages, feats, strict=True)
        ]
    for p, row in zip(passages, scored, strict=True):
        if p.soft and _REFERS_RE.search(text[p.body_start : p.body_start + 300]):
            row[:] = [min(1.0, s + weight("refers_to_finding")) for s in row]
        if len(text[p.body_start : p.end].split()) < 3:  # restates a finding but says nothing about it
            row[:] = [s * (1 - weight("short_body_penalty")) for s in row]
    bare = [bool(p.head) and not _table_row(p) and _bare(text[p.body_start : p.end]) for p in passages]
    for i, row in enumerate(scored):
        if bare[i] and ((i > 0 and bare[i - 1]) or (i + 1 < len(bare) and bare[i + 1])):
            row[:] = [s * (1 - weight("bare_list_penalty")) for s in row]  # a list of the findings, restated first
    candidates = sorted(
        ((s, i, j) for i, row in enumerate(scored) for j, s in enumerate(row)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_p: set[int] = set()
    used_f: set[int] = set()
    pairs: list[tuple[Passage, _FindingModel, float, float]] = []
    for s, i, j in candidates:
        p = passages[i]
        threshold_ = SOFT_THRESHOLD if p.soft else QUOTE_THRESHOLD if p.head else HARD_THRESHOLD
        if (not p.head or numbering) and not p.soft and _same_number(p, model.findings[j]) and s == max(scored[i]):
            # the label's number and the wording point to the same finding (a label in the report's own numbering
            # over words that merely sound like a finding: "... which staff should complete the modules")
            threshold_ = NUMBERED_THRESHOLD
        if s < threshold_ or i in used_p:
            continue
        if j in used_f and not (passages[i].head and s >= DUPLICATE_THRESHOLD and max(scored[i]) == s):
            continue
        others = [x for k, x in enumerate(scored[i]) if k != j]
        pairs.append((passages[i], model.findings[j], s, s - max(others, default=0.0)))
        used_p.add(i)
        used_f.add(j)
    pairs += _also_pairs(pairs, model, used_f)
    pairs += _named_pairs(passages, model, used_p, used_f, text)
    pairs += _relative_pairs(passages, scored, model, used_p, used_f, feats=feats, text=text)
    pairs = _shared_passages(pairs, passages, scored, text=text, model=model, used_p=used_p, used_f=used_f)
    for i, p in enumerate(passages):
        if i not in used_p and p.label and not p.soft:
            analysis.warnings.append(f"passage labelled {p.label!r} matches no finding addressed to the force")
    pairs.sort(key=lambda x: x[0].start)
    return pairs


def _named_pairs(
    passages: list[Passage], model: _Model, used_p: set[int], used_f: set[int], text: str
) -> list[tuple[Passage, _FindingModel, float, float]]:
    """A paragraph left over whose first sentence names findings by number no passage answers ("The Chief Constable
    has accepted recommendations 2 and 8, and I support them both. ..."): it answers each of them, read clause by
    clause where it can be cut, with confidence that says the match is by number alone."""
    out: list[tuple[Passage, _FindingModel, float, float]] = []
    if not weight("named_numbers"):
        return out
    refs = {f.finding.reference: j for j, f in enumerate(model.findings)}
    for i, p in enumerate(passages):
        if i in used_p or p.head is not None or not p.has_body or _contains_answer(passages, i, used_p):
            continue
        first = sentences(text[p.body_start : p.end])
        named = [
            (kind, n)
            for t in first[:2]
            for kind, numbers in stance_mod.named_numbers(t.text)
            for n in numbers
            if n in refs and refs[n] not in used_f
        ]
        matching = [
            refs[n]
            for kind, n in named
            if model.findings[refs[n]].finding.kind
            == ("recommendation" if kind.startswith("recommendation") else "area_for_improvement")
        ]
        single = (  # "I accept recommendation 2. The force put a new procedure in place in April.": one, by number
            len(set(matching)) == 1
            and bool(first)
            and any(n in refs for _, numbers in stance_mod.named_numbers(first[0].text) for n in numbers)
            and stance_mod.stance_of(first[0].text)[0] is not Stance.NOT_STATED
        )
        if len(set(matching)) < 2 and not single:
            continue
        used_p.add(i)
        for j in dict.fromkeys(matching):
            used_f.add(j)
            out.append((p, model.findings[j], 0.5, 0.0))
    return out


def _also_pairs(
    pairs: list[tuple[Passage, _FindingModel, float, float]], model: _Model, used_f: set[int]
) -> list[tuple[Passage, _FindingModel, float, float]]:
    """Findings a label names besides its first ("Recommendations 8 and 9"), answered by the same passage."""
    out = []
    for p, _, score, margin in pairs:
        for number in p.also:
            for j, f in enumerate(model.findings):
                ref = f.finding.reference.strip().lower().lstrip("0")
                if j not in used_f and ref == number.lstrip("0") and p.kind in (None, f.finding.kind):
                    out.append((p, f, score, margin))
                    used_f.add(j)
    return out


def _shared_passages(
    pairs: list[tuple[Passage, _FindingModel, float, float]],
    passages: list[Passage],
    scored: list[list[float]],
    *,
    text: str,
    model: _Model,
    used_p: set[int],
    used_f: set[int],
) -> list[tuple[Passage, _FindingModel, float, float]]:
    """Passages that answer two findings in turn, one sentence run each, cut into a part per finding.

    A passage with no restated finding ("Turning to training, I support the Hydra recommendation... The
    e-learning is another matter: ...") is read sentence by sentence: a sentence is about the finding whose
    distinctive words it has, clearly ahead of the others; the sentences after it stay with it until another
    finding's turn. When the runs name two or more findings, among them the one the passage was aligned to
    (or none, if it was aligned to none) and otherwise findings no other passage answers, and each such run
    states a stance or a status, each finding is answered by its own run. Stance and status are then read
    from that run, falling back to the lead-in the findings share (:class:`_Reader`)."""
    if not weight("shared_passage") or len(model.findings) < 2:
        return pairs
    findex = {id(f): j for j, f in enumerate(model.findings)}
    free = [j for j in range(len(model.findings)) if j not in used_f]
    out = list(pairs)
    for i, p in enumerate(passages):
        if p.head is not None or not p.has_body:
            continue
        # the pairs of this passage and of passages within it (a heading's section and its paragraph)
        inside = [k for k, pair in enumerate(out) if p.start <= pair[0].start and pair[0].end <= p.end]
        if any(out[k][0].head is not None or out[k][0].parent is not None for k in inside):
            continue
        mine = [findex[id(out[k][1])] for k in inside]
        if len(set(mine)) != len(mine):
            continue
        # a finding paired elsewhere with words that answer nothing (no stance, no status: "I have asked the Chief
        # Constable to report back on the collection plan") may be answered here instead
        idle = {
            findex[id(f)]: k
            for k, (q, f, _, _) in enumerate(out)
            if k not in inside
            and not (q.start <= p.start < q.end)
            and not _answers(text[q.body_start : q.end], q.body_start)
        }
        parts = _split_passage(p, mine, [j for j in [*free, *idle] if j not in mine], text, model)
        if not parts or {j for j, _ in parts} < set(mine):
            continue
        dropped: list[int] = []
        for j, part in parts:
            f = model.findings[j]
            if j in mine:
                k = inside[mine.index(j)]
                out[k] = (part, f, out[k][2], out[k][3])
            else:
                out.append((part, f, scored[i][j], 0.0))
                used_f.add(j)
                if j in free:
                    free.remove(j)
                else:
                    dropped.append(idle[j])
        out = [pair for k, pair in enumerate(out) if k not in dropped]
        used_p.add(i)
    return out


def _split_passage(p: Passage, mine: list[int], free: list[int], text: str, model: _Model) -> list[tuple[int, Passage]]:
    """The parts of ``p`` answering each finding in turn (empty when it answers fewer than two so)."""
    candidates = [*mine, *free]
    if len(candidates) < 2:
        return []
    runs = _topic_runs(p, text, model)
    topics = {j for j, _, _ in runs or ()}
    if runs is None or not topics <= set(candidates) or (mine and mine[0] not in topics):
        return []  # one finding, or sentences about findings other passages answer
    lead_end = runs[0][1]
    # a lead-in naming several findings ("I welcome the training recommendations"), or a label naming several
    # numbers, says the passage answers more than one; otherwise a further finding needs a run that is clearly
    # about it (the words of a paraphrase) or takes a stance of its own
    several = bool(p.also) or _PLURAL_RE.search(text, p.body_start, lead_end) is not None
    minimum = threshold("paraphrase_evidence") * _unique_weight(len(model.findings))
    answering = [(j, start, end) for j, start, end in runs if j in mine or _answers(text[start:end], start)]
    taken = [
        (j, start, end)
        for j, start, end in answering
        if j in mine
        or several
        or _word_evidence(content_word_set(text[start:end]), model.findings[j], len(model.findings)) >= minimum
        or stance_mod.stance_of(text[start:end], start)[0] is not Stance.NOT_STATED
    ]
    if len(taken) < 2:
        return []
    # a passage that clearly takes two findings in turn answers each further finding whose turn its words mark,
    # however few they are ("The Hydra programme is now being rolled out")
    taken = answering
    parent = Passage(p.start, lead_end, p.body_start, soft=True) if lead_end > p.body_start else p
    return [(j, Passage(s, e, s, label=p.label, kind=p.kind, soft=True, parent=parent)) for j, s, e in taken]


_Topic = int | tuple[int, ...]
"""What a run of clauses is about: one finding, or several a clause opened by naming ("Recommendations 8 and 9")."""


def _topic_runs(p: Passage, text: str, model: _Model) -> list[tuple[int, int, int]] | None:
    """(finding, start, end) for each run of the passage's sentences about one finding, or None when the
    runs do not name two findings each once. A sentence is about the finding, of all of them, whose
    distinctive words it has clearly more of than any other's; one that opens by naming findings by number
    ("Recommendations 8 and 9 I note") is about those, and a run about two of them answers each."""
    runs: list[list[Any]] = []  # [topic, start, end]
    current: _Topic | None = None
    plural = [
        (t.start, t.end) for t in sentences(text[p.body_start : p.end], p.body_start) if _PLURAL_RE.search(t.text)
    ]
    order = _ordinal_order(p, text, model)
    turned_until = -1  # the end of the sentence of the last turn: the turn lasts to there, not beyond
    for start, end in _clauses(text, p.body_start, p.end):
        order, turn = _turn(text, start, end, order, kind=p.kind, model=model)
        if turn is not None:
            if turn != current:
                runs.append([turn, start, end])
                current = turn
            else:
                runs[-1][2] = end
            turned_until = _sentence_end(text, start, p.end)
            continue
        if 0 <= turned_until <= start:
            current, turned_until = None, -1  # after the sentence of a turn, the next finding is read from words
        topic: _Topic | None = _words_topic(content_word_set(text[start:end]), model, order)
        if _PLURAL_RE.search(text, start, end) or any(a <= start < b for a, b in plural):
            topic = None  # "I accept all four recommendations": about them all, a lead-in, each clause of it
        if opening := _opening_numbers(text[start:end], p.kind, model):
            topic = opening[0] if len(opening) == 1 else tuple(opening)  # "Recommendations 8 and 9 I note"
        elif (
            current is not None
            and (back := _BACK_RE.match(text, start, end)) is not None
            and (topic in (None, current) or back.group("word").lower() not in ("it", "this"))
        ):
            topic = current  # "Both depend on the national unit": what the clause before was about (not "It asks as
            # well that personnel complete the e-learning", whose words are about another)
        if topic is not None and runs and runs[-1][0] == topic:
            runs[-1][2] = end  # the same finding again after the sentence of a turn: its run goes on
            current = topic
        elif topic is not None and topic != current:
            runs.append([topic, start, end])
            current = topic
        elif current is not None:
            runs[-1][2] = end
    out = [(j, r[1], r[2]) for r in runs for j in (r[0] if isinstance(r[0], tuple) else (r[0],))]
    named = [j for j, _, _ in out]
    if len(set(named)) < 2 or len(set(named)) != len(named):
        return None
    return out


def _words_topic(words: frozenset[str], model: _Model, among: tuple[int, int] | None) -> int | None:
    """The finding a clause's words are clearly about, of all of them (or of the two ``among`` a passage takes in
    turn): the one whose distinctive words it has clearly more of than any other's."""
    n = len(model.findings)
    minimum, ratio = threshold("sentence_evidence") * _unique_weight(n), threshold("sentence_ratio")
    ranked = _ranked(words, model)
    if among is not None:
        ranked = [r for r in ranked if r[1] in among]
    top, j = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if top >= minimum and top >= ratio * second:
        return j
    if len(ranked) > 1 and top > 0:
        # words the two findings share (a "package" both name) say nothing between them: a clause naming the one
        # word only the first has ("the Hydra package") is about the first
        other = model.findings[ranked[1][1]]
        own = _word_evidence(words - other.weights.keys(), model.findings[j], n)
        theirs = _word_evidence(words - model.findings[j].weights.keys(), other, n)
        return j if own >= minimum and theirs == 0 else None
    return None


_BACK_RE = patterns.compile(r"\W*(?P<word>both|neither|each\s+of\s+them|they|it|this|these)\b", re.IGNORECASE)
_OPENING_RE = patterns.compile(
    r"\W*(?:(?:on|as\s+(?:for|to)|turning\s+to|finally,?)\s+)?(?:recommendations?|areas?\s+for\s+improvement|afis?)\s+"
    r"\d{1,2}\b(?:\s*(?:,|and|&)\s*\d{1,2}\b)*",
    re.IGNORECASE,
)


def _opening_numbers(words: str, kind: str | None, model: _Model) -> list[int]:
    """The findings a clause opens by naming by number ("Recommendations 8 and 9 I note", "On recommendation 4,
    ..."), in order: what the clause is about."""
    m = _OPENING_RE.match(words)
    return _by_number(_named_numbers(m.group(0)), kind, model) if m else []


_PLURAL_RE = patterns.compile(r"\b(?:recommendations|areas\s+for\s+improvement|afis|findings)\b", re.IGNORECASE)
# A clause that turns to one of two findings named before it ("The second has not yet been met", "and the latter
# only in part", "As for the former, ...")
_TURN_RE = patterns.compile(
    r"\W*(?:(?:and|but|while|whereas|yet)\s+)?(?:(?:as\s+(?:for|to)|on|for|turning\s+to|with)\s+)?the\s+"
    r"(?P<which>first|former|second|latter)\b(?!\s+(?:time|of|half|quarter|phase|stage|module|year|month|week))",
    re.IGNORECASE,
)


# "the former", "the latter", or "the first"/"the second" standing alone (not "the first sessions")
_PRONOUN_TURN_RE = patterns.compile(
    r"\bthe\s+(?P<which>former|latter|(?:first|second)(?=\s*(?:[.,;:]|$)|\s+(?:is|was|has|have|will|remains?|only|in\s+"
    r"part|without|with|fully|too|also|as|but|and|I|we)\b))\b",
    re.IGNORECASE,
)


_SENTENCE_END_RE = patterns.compile(r"[.!?](?=\s|$)|\n\n")


def _sentence_end(text: str, at: int, end: int) -> int:
    """Where the sentence holding ``at`` ends (at most ``end``)."""
    m = _SENTENCE_END_RE.search(text, at, end)
    return m.end() if m else end


def _turn(
    text: str, start: int, end: int, order: tuple[int, int] | None, *, kind: str | None, model: _Model
) -> tuple[tuple[int, int] | None, int | None]:
    """The pair of findings being taken in turn after this clause, and the finding the clause turns to ("The first
    has been met ... The second has not": the finding named first or second), if it turns to one."""
    if order is None:
        return None, None
    # at the clause's start ("The second has not yet been met"), or as the object of its verb anywhere in it ("The
    # Chief Constable accepts the former, and ...")
    turn = _TURN_RE.match(text, start, end) or _PRONOUN_TURN_RE.search(text, start, end)
    if (pair := _named_pair(text[start:end], kind, model)) is not None:
        order = pair  # "Turning to recommendations 8 and 9, I support the former": the pair named last
        turn = turn or _ORDINAL_RE.search(text, start, end)
    if turn is None:
        return order, None
    return order, order[0] if turn.group("which").lower() in ("first", "former") else order[1]


def _by_number(numbers: Sequence[str], kind: str | None, model: _Model) -> list[int]:
    """The findings (of ``kind``, if given) with these numbers, in the order given, each once."""
    refs = {f.finding.reference.lstrip("0"): j for j, f in enumerate(model.findings) if kind in (None, f.finding.kind)}
    return list(dict.fromkeys(refs[n.lstrip("0")] for n in numbers if n.lstrip("0") in refs))


def _named_numbers(words: str) -> list[str]:
    """The finding numbers ``words`` name ("recommendations 2 and 4"), in order."""
    return [n for _, found in stance_mod.named_numbers(words) for n in found]


def _pair(found: list[int]) -> tuple[int, int] | None:
    return (found[0], found[1]) if len(found) == 2 else None


def _named_pair(words: str, kind: str | None, model: _Model) -> tuple[int, int] | None:
    """The two findings ``words`` name by number, in that order, or None."""
    return _pair(_by_number(_named_numbers(words), kind, model))


def _ordinal_order(p: Passage, text: str, model: _Model) -> tuple[int, int] | None:
    """The two findings a passage names before taking them in turn as "the first" and "the second" (its label's
    numbers, "Recommendations 2 and 4", or the numbers named before its first turn), or None."""
    first = _ORDINAL_RE.search(text, p.body_start, p.end)
    if first is None or not re.search(r"\b(?:second|latter)\b", text[first.end() : p.end], re.IGNORECASE):
        return None
    numbers = [n for n in (p.number, *p.also) if n]
    if len(numbers) == 2:
        return _pair(_by_number(numbers, p.kind, model))
    return _named_pair(text[p.body_start : first.start()], p.kind, model)


# Where a sentence turns from one thing to another: a semicolon or colon, a comma before a conjunction,
# "while"/"whereas", or "and" starting a new subject ("Hydra sessions are under way and the four modules ...").
_CLAUSE_RE = patterns.compile(
    # ", and does not want to ...": a conjunction before a verb goes on with the same subject, not a new clause
    r"[;:]\s+|\s+[–—]\s+|,\s+(?=(?:and|but)\b(?!\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should|"
    r"must|may|might|not|also|then|so)\b)|(?:while|whereas|although|though|whilst)\b)|\s+(?=(?:while|whereas|whilst)\b)"
    r"|\s+(?=and\s+(?:the|a|an|its|all|every|each)\b)|\s+(?=and\s+(?:about|on|for|over)\s+(?:the|a|an|its)\b)",
    re.IGNORECASE,
)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the clauses of the sentences in ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    for s in sentences(text[start:end], start):
        pos = s.start
        for m in _CLAUSE_RE.finditer(s.text):
            cut = s.start + m.start()
            if cut > pos:
                out.append((pos, cut))
            pos = s.start + m.end()
        if s.end > pos:
            out.append((pos, s.end))
    return out


# a further verb of doing for the same subject ("... has introduced a mandatory submission for every referral, and has
# opened the e-learning to all staff"): one subject, but a piece of work, and so perhaps a finding, of its own
_PREDICATE_RE = patterns.compile(
    r",\s+(?=and\s+(?:has|have|is|are|was|were)\s+(?:now\s+|also\s+|since\s+|already\s+)?(?:been\s+)?[a-z]{3,}ed\b)",
    re.IGNORECASE,
)


def _predicates(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses cut again before each further verb of doing their subject takes (:data:`_PREDICATE_RE`)."""
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        pos = start
        for m in _PREDICATE_RE.finditer(text, start, end):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, end))
    return out


def _answers(words: str, offset: int) -> bool:
    """Whether a run of sentences answers a finding: it states a stance or a claimed status."""
    return (
        stance_mod.stance_of(words, offset)[0] is not Stance.NOT_STATED
        or status_mod.status_of(words, offset)[0] is not ClaimedStatus.NOT_STATED
    )


def _unique_weight(n: int) -> float:
    """The weight of a word only one of ``n`` findings has (as :func:`_model` weighs words)."""
    return math.log(n + 1) + 0.05


def _word_evidence(words: frozenset[str], f: _FindingModel, n: int, *, least: float = 0.0) -> float:
    """The weight of the finding's distinctive words (those not every finding shares, and weighing at least
    ``least``) among ``words``; words every letter says of the report count for nothing."""
    shared = max(least, math.log((n + 1) / n) + 0.05)
    said = _letter_words()
    return sum(w for word, w in f.weights.items() if w > shared and word in words and word not in said)


@lru_cache(maxsize=1)
def _letter_words() -> frozenset[str]:
    return frozenset(stem(w) for w in word_list("letter_words"))


def _relative_pairs(
    passages: list[Passage],
    scored: list[list[float]],
    model: _Model,
    used_p: set[int],
    used_f: set[int],
    *,
    feats: list[_Features],
    text: str,
) -> list[tuple[Passage, _FindingModel, float, float]]:
    """Passages left over that are clearly about one finding rather than the others (paraphrase).

    The evidence is the weight of the finding's *distinctive* words (those not every finding shares) in the
    passage's heading and lead, and half that in its body. A passage aligns when its best finding among those
    no other passage answers has enough of it, and clearly more than the next one."""
    scale = weight("relative_margin")
    if not scale:
        return []
    minimum, ratio, floor = (
        threshold("paraphrase_evidence") * _unique_weight(len(model.findings)),
        threshold("paraphrase_ratio"),
        threshold("paraphrase_min"),
    )
    n = len(model.findings)
    evidence = [[_evidence(ft, f, n) * scale for f in model.findings] for ft in feats]
    heading_minimum = threshold("heading_evidence") * _unique_weight(n)
    unique = 0.75 * _unique_weight(n)  # words (or their kin) only one finding has
    named = [
        [_word_evidence(ft.heading_words, f, n, least=unique) for f in model.findings]
        if ft.heading_words
        else [0.0] * n
        for ft in feats
    ]
    answers: dict[int, bool] = {}

    def answering(i: int) -> bool:  # its section states a stance or a status (read once, when needed)
        if i not in answers:
            p = passages[i]
            answers[i] = p.has_body and _answers(text[p.body_start : p.end], p.body_start)
        return answers[i]

    pairs: list[tuple[Passage, _FindingModel, float, float]] = []
    while True:
        best: tuple[float, float, int, int] | None = None
        for i, row in enumerate(evidence):
            if i in used_p or passages[i].head is not None:
                continue  # a passage restating a finding that matched none restates another body's
            free = sorted((k for k in range(len(row)) if k not in used_f), key=lambda k: -row[k])
            if not free:
                break
            top = row[free[0]]
            second = row[free[1]] if len(free) > 1 else 0.0
            if _contains_answer(passages, i, used_p):  # a section around answered paragraphs is about all of them,
                second = max(second, *(row[k] for k in used_f))  # not about the one finding left over
            if max(row) >= ratio * top and row.index(max(row)) in used_f:
                continue  # about a finding another passage answers (a heading's section and its paragraph)
            named_it = named[i][free[0]] >= heading_minimum and all(named[i][k] == 0 for k in free[1:]) and answering(i)
            enough = (top >= minimum and scored[i][free[0]] >= floor) or named_it
            if enough and top >= ratio * second:
                key = (top - second, top, -i, free[0])
                if best is None or key > best:
                    best = key
        if best is None:
            pairs += _joint_pairs(passages, evidence, scored, model, used_p, used_f, minimum, text)
            return pairs + _last_section_pair(passages, scored, model, used_p, used_f, answering, text)
        margin, _, neg_i, j = best
        i = -neg_i
        pairs.append((passages[i], model.findings[j], scored[i][j], min(margin / 10.0, 0.2)))
        used_p.add(i)
        used_f.add(j)


def _last_section_pair(  # noqa: PLR0917
    passages: list[Passage],
    scored: list[list[float]],
    model: _Model,
    used_p: set[int],
    used_f: set[int],
    answering: Callable[[int], bool],
    text: str,
) -> list[tuple[Passage, _FindingModel, float, float]]:
    """A letter that answers its findings in sections of its own words, where every finding but one has its section
    and exactly one passage answering something is left outside them: that passage is the last finding's, by
    elimination (a paraphrase too loose to align on its words, "Passing intelligence on when officers contact the
    Home Office command centre"), with the confidence of its words alone and no margin."""
    free_f = [j for j in range(len(model.findings)) if j not in used_f]
    if not weight("last_section") or len(free_f) != 1 or len(model.findings) < 3:
        return []
    if sum(1 for i in used_p if passages[i].soft) < 2:  # the letter answers in sections: two or more have theirs
        return []
    left = [
        i
        for i, p in enumerate(passages)
        if i not in used_p
        and p.soft
        and p.head is None
        and not _contains_answer(passages, i, used_p)
        and not _within_answer(passages, i, used_p)
        and answering(i)
        and not stance_mod.blanket_hits(text[p.start : p.end], p.start)  # "I accept all four": everyone's
    ]
    # a section and its own paragraph are one answer: the section stands for both
    left = [i for i in left if not _within_answer(passages, i, set(left))]
    if len(left) != 1:
        return []
    i, j = left[0], free_f[0]
    if scored[i][j] < max(scored[i]) - threshold("last_section_slack"):  # its words are another finding's
        return []
    used_p.add(i)
    used_f.add(j)
    return [(passages[i], model.findings[j], scored[i][j], 0.0)]


_JOINT_RE = patterns.compile(r"\b(?:both|together|the\s+two|each\s+of\s+them|all\s+three)\b", re.IGNORECASE)


def _joint_pairs(  # noqa: PLR0917
    passages: list[Passage],
    evidence: list[list[float]],
    scored: list[list[float]],
    model: _Model,
    used_p: set[int],
    used_f: set[int],
    minimum: float,
    text: str,
) -> list[tuple[Passage, _FindingModel, float, float]]:
    """A passage left over that names two findings no passage answers, each clearly, and answers them together
    ("On intelligence after referrals, and on plans to share information: both have been dealt with"): it answers
    both, with confidence that says the evidence was shared."""
    out: list[tuple[Passage, _FindingModel, float, float]] = []
    if not weight("joint_answer"):
        return out
    for i, row in enumerate(evidence):
        p = passages[i]
        if i in used_p or p.head is not None or _contains_answer(passages, i, used_p):
            continue
        free = sorted((k for k in range(len(row)) if k not in used_f), key=lambda k: -row[k])
        if len(free) < 2 or row[free[1]] < minimum or (len(free) > 2 and row[free[2]] >= minimum):
            continue
        if not _JOINT_RE.search(text, p.body_start, p.end):
            continue
        used_p.add(i)
        for k in free[:2]:
            used_f.add(k)
            out.append((p, model.findings[k], scored[i][k], 0.0))
    return out


def _inside(inner: Passage, outer: Passage) -> bool:
    """Whether ``inner`` lies within ``outer`` and is smaller (a paragraph of a heading's section)."""
    return outer.start <= inner.start and inner.end <= outer.end and inner.end - inner.start < outer.end - outer.start


def _contains_answer(passages: list[Passage], i: int, used: set[int]) -> bool:
    """Whether passage ``i`` holds a smaller passage already aligned (a heading's section around its paragraphs)."""
    return any(k != i and _inside(passages[k], passages[i]) for k in used)


def _within_answer(passages: list[Passage], i: int, used: set[int]) -> bool:
    """Whether passage ``i`` lies inside a larger passage already aligned (a paragraph of an answered section)."""
    return any(k != i and _inside(passages[i], passages[k]) for k in used)


def _evidence(ft: _Features, f: _FindingModel, n: int) -> float:
    """The weight of the finding's distinctive words in a passage: its head in full, its body at half."""
    if n < 2:
        return 0.0
    shared = math.log((n + 1) / n) + 0.05  # the weight of a word every finding has
    body = ft.body_words or frozenset()
    total = 0.0
    for word, w in f.weights.items():
        if w <= shared or word in _letter_words():
            continue
        if word in ft.head_words:
            total += w
        elif word in body:
            total += 0.5 * w
    return total


def _report_numbering(passages: list[Passage], scored: list[list[float]], model: _Model) -> bool:
    """Whether the letter's labels use the report's own numbers (decided for the letter as a whole).

    Every labelled number must be a finding's, and where a passage's wording clearly picks one
    finding, its label must agree with it in most cases."""
    labelled = [(i, p) for i, p in enumerate(passages) if p.number is not None and not p.soft]
    if not labelled:
        return False
    refs = {f.finding.reference.strip().lower().lstrip("0") for f in model.findings}
    if any((p.number or "").lstrip("0") not in refs for _, p in labelled):
        return False
    agree = clear = 0
    for i, p in labelled:
        row = scored[i]
        ranked = sorted(row, reverse=True)
        if ranked and ranked[0] >= 0.5 and (len(ranked) == 1 or ranked[0] - ranked[1] >= 0.1):
            clear += 1
            agree += _same_number(p, model.findings[row.index(ranked[0])])
    return clear == 0 or agree / clear >= threshold("report_numbering_share")


def _table_row(p: Passage) -> bool:
    """A finding restated in a table cell with more cells after it: a row of a response table, not a list."""
    return bool(p.units) and p.units[0].kind is BlockKind.TABLE_CELL and len(p.units) >= 2


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
    if score < SOFT_THRESHOLD and passage.head is None:
        conf = min(conf, 0.6)  # aligned on relative evidence: a paraphrase, said to be uncertain
    if passage.parent is not None:
        conf = min(conf, 0.6)  # one of several findings a passage answers, told apart sentence by sentence
    if passage.soft:
        conf *= 0.8
    elif passage.head is None:
        conf *= 0.85  # matched on paraphrase, not on the finding's own words
    return round(max(0.0, min(1.0, conf)), 3)


_RESERVED = (Stance.DISAGREE, Stance.PARTIALLY_AGREE, Stance.NOTE)


def _hit_voice(hit: stance_mod.StanceHit, masked: str, voices: voice_mod.VoiceMap) -> Voice | None:
    """Whose stance a hit is: its subject, else an agent in its sentence, else where it stands."""
    words = masked[hit.span.start : hit.span.end]
    if voice_mod.first_person(words):  # "I accept": whoever's words these are, as where they stand says
        return voices.at(hit.span.start) or Voice.POLICING_BODY
    said = voice_mod.subject_voice(words)
    if (
        said is Voice.POLICING_BODY
        and voices.commissioner_heads_the_force
        and voice_mod.COMMISSIONER_RE.search(words)
        and not re.search(r"(?i)\bmayor\b|\bmopac\b|\bboard\b", words)
    ):
        said = Voice.CHIEF_CONSTABLE  # "The Commissioner has accepted it" in a letter from the Mayor's office
    if said is Voice.POLICING_BODY and re.match(r"\W*(?:he|she)\b", words, re.IGNORECASE):
        said = _pronoun_voice(masked[max(0, hit.sentence.start - 250) : hit.span.start])  # the sentence's own too
    if said is not None:
        return said
    lead = masked[hit.sentence.start : hit.span.start]
    if lead.strip() and (announced := voice_mod.context_voice(lead)) is not None:
        return announced  # "Chief Constable's response: Accepted"
    after = masked[hit.span.end : hit.sentence.end]
    if voice_mod.subject_voice(after[:60]) is Voice.CHIEF_CONSTABLE and re.match(
        r"\W*(?:in\s+full\s+|fully\s+)?by\b", after
    ):
        return Voice.CHIEF_CONSTABLE  # "accepted by the Chief Constable"
    if (said := voice_mod.bracketed_voice(after)) is not None:
        return said  # "Noted (PCC). Accepted (force)."
    return voices.at(hit.span.start)


def _pronoun_voice(before: str) -> Voice:
    """Whose "he" or "she" is ("He has not accepted it"): whoever the words before named last."""
    lower = before.lower()
    chief = lower.rfind("chief constable")
    body = max(lower.rfind(w) for w in ("commissioner", "mayor", "pcc", "pfcc"))
    return Voice.CHIEF_CONSTABLE if chief > body else Voice.POLICING_BODY


@dataclass(slots=True)
class _Reader:
    """Reads stance (with its voice), status, claims and commitments from the passages of one letter."""

    masked: str
    voices: voice_mod.VoiceMap
    finding_texts: list[str]
    blankets: dict[Voice, stance_mod.StanceHit]
    numbered: dict[tuple[Voice, str], stance_mod.StanceHit] = field(default_factory=dict)
    numbered_spans: frozenset[Span] = field(init=False, default=frozenset())  # the words of those stances

    def __post_init__(self) -> None:
        self.numbered_spans = frozenset(hit.span for hit in self.numbered.values())

    def voiced_hits(self, p: Passage) -> tuple[stance_mod.StanceHit | None, stance_mod.StanceHit | None]:
        """The deciding policing-body hit and chief-constable hit of a passage's own words."""
        body = self.masked[p.body_start : p.end]
        hits: list[stance_mod.StanceHit] = []
        answered: dict[int, Voice | None] = {}  # a "Yes" under a column asking a stance: the column's voice
        for s in sentences(body, p.body_start):
            found = stance_mod.sentence_hits(s)
            if not found and (runon := _RUNON_VERDICT_RE.search(s.text)) is not None:
                # a flattened table row: the topic's cell, then the verdict's ("Hydra training package Accepted.")
                k = runon.start("verdict")
                found = stance_mod.sentence_hits(Sentence(s.start + k, s.end, s.text[k:]))
                # the table's header read onto the same line names one voice's column ("No. Recommendation Force
                # position Progress 2 ... Accepted"): the verdict is in it
                heard = {v for v, pattern in voice_mod.CONTEXT_CUES if pattern.search(s.text[:k])}
                if len(heard) == 1:
                    answered.update((id(h), next(iter(heard))) for h in found)
            if not found and weight("asked_columns") and (hit := _answer_hit(s, self.voices)) is not None:
                found = [hit[0]]
                answered[id(hit[0])] = hit[1]
            if not found and hits and (me := _SO_DO_I_RE.match(s.text)):  # "The Chief Constable accepts this. So do
                at = s.start + me.start("me")  # I.": the stance of the sentence before, in the body's own voice
                found = [replace(hits[-1], span=Span(at, at + 1), sentence=s, verdict=False, blanket=False)]
            hits += found
        if not hits and _LABEL_AS_SUBJECT_RE.fullmatch(self.masked, p.start, p.body_start):
            # the label is the subject of the first sentence ("Recommendation 9 is accepted by the force, which ...")
            first = next(iter(sentences(self.masked[p.start : p.end], p.start)), None)
            hits = list(stance_mod.sentence_hits(first)) if first is not None else []
        voiced = [(h, answered[id(h)] if id(h) in answered else _hit_voice(h, self.masked, self.voices)) for h in hits]
        has_own = any(v is Voice.POLICING_BODY for _, v in voiced)
        pb: list[stance_mod.StanceHit] = []
        cc: list[stance_mod.StanceHit] = []
        verdicts = [h for h, v in voiced if v is None and h.strength == 3 and _is_verdict(h, self.masked)]
        body_first = len(verdicts) >= 2 and self.voices.first_column_at(p.start) is Voice.POLICING_BODY
        # two verdicts run together in one sentence ("Accept Supported."): a table's force column, then the body's
        runin = {id(a) for a, b in pairwise(hits) if a.verdict and b.verdict and a.sentence == b.sentence}
        for h, v in voiced:
            if id(h) in runin:
                cc.append(h)
                continue
            # "The Chief Constable and I agree": the body's own stance and the force's
            if _joint(h, self.masked, london=self.voices.commissioner_heads_the_force):
                pb.append(h)
                cc.append(h)
                continue
            # a bare verdict ("Accepted.") beside the body's own stance is the force's column; of two bare verdicts
            # in a row ("Accepted. ... Supported."), the first is the force's and the second the body's, unless the
            # table's header put the body's column first
            forces = verdicts[1] if body_first else verdicts[0] if verdicts else None
            column = h in verdicts and (has_own or (len(verdicts) >= 2 and h is forces))
            (cc if v is Voice.CHIEF_CONSTABLE or column else pb).append(h)
        if cc and weight("approval_of_the_force"):
            # "The Chief Constable has accepted this recommendation. I welcome that.", "Accepted. ... I am pleased
            # with this": the body's pleasure at the force's answer or progress, not a stance of its own
            pb = [h for h in pb if not _WELCOME_THAT_RE.match(h.sentence.text) and not h.approval]
        best_pb, best_cc = stance_mod.decide(pb), stance_mod.decide(cc)
        return self.deferred(best_pb, best_cc), best_cc

    def deferred(self, pb: stance_mod.StanceHit | None, cc: stance_mod.StanceHit | None) -> stance_mod.StanceHit | None:
        """The body's stance when it defers to the force's: "the force does not accept it, and I support its view" is
        the force's refusal or reservation; siding with a force that accepts is the body's own support, but sharing
        its view ("I share the force's view") is taking the same stance."""
        if (
            pb is not None
            and pb.defers
            and cc is not None
            and (cc.stance in _RESERVED or _SHARING_RE.search(self.masked, pb.span.start, pb.span.end))
        ):
            return replace(pb, stance=cc.stance)
        return pb

    def item(self, p: Passage, fm: _FindingModel, *, score: float, margin: float) -> Item:
        body = self.masked[p.body_start : p.end]
        pb, cc = self.voiced_hits(p)
        if p.parent is not None and pb is None and cc is None:  # its own sentences state none: the shared words
            pb, cc = self.voiced_hits(p.parent)
        ref = fm.finding.reference
        named = self.numbered_spans
        # "I agree with recommendations 2, 4 and 8" read in the answer to another finding: a stance on those only
        own = {h.span for (_, r), h in self.numbered.items() if r == ref}
        if pb is not None and pb.span in named and pb.span not in own:
            pb = self.numbered.get((Voice.POLICING_BODY, ref))
        if cc is not None and cc.span in named and cc.span not in own:
            cc = self.numbered.get((Voice.CHIEF_CONSTABLE, ref))
        # a stance naming this finding by number in the passage wins over one that names none ("I accept
        # recommendations 2, 4 and 9. ... I only partly agree that every officer should ..." for recommendation 8)
        mine = self.numbered.get((Voice.POLICING_BODY, ref))
        if (
            mine is not None
            and not mine.defers  # "... does not accept recommendation 2, and I agree with him": read with the force's
            and not mine.verdict  # a row's bare "Accepted" is no one's by its words
            and _hit_voice(mine, self.masked, self.voices) is Voice.POLICING_BODY
            and p.body_start <= mine.span.start < p.end
            and weight("named_stance_first")
        ):
            pb = mine
        pb = pb or self.numbered.get((Voice.POLICING_BODY, ref)) or self.blankets.get(Voice.POLICING_BODY)
        cc = cc or self.numbered.get((Voice.CHIEF_CONSTABLE, ref)) or self.blankets.get(Voice.CHIEF_CONSTABLE)
        pb = self.deferred(pb, cc)  # the force's stance may be stated outside the passage
        stance, stance_span, by = Stance.NOT_STATED, None, None
        if pb is not None:
            stance, stance_span, by = pb.stance, pb.span, Voice.POLICING_BODY
        elif cc is not None:
            stance, stance_span, by = cc.stance, cc.span, Voice.CHIEF_CONSTABLE
        status, status_span = status_mod.status_of(body, p.body_start)
        if status_span is None and p.parent is not None and p.parent.end <= p.start:  # the shared lead-in's
            status, status_span = status_mod.status_of(
                self.masked[p.parent.body_start : p.parent.end], p.parent.body_start
            )
        if status_span is None and p.parent is not None:  # "... and on plans to share information: both are
            around = min(len(self.masked), p.end + 400)  # complete": the sentence this clause is part of, when it
            joint = [  # speaks of both findings at once
                t
                for t in sentences(self.masked[p.start : around], p.start)
                if t.start < p.end and _JOINT_RE.search(t.text)
            ]
            if joint:
                status, status_span = status_mod.decide([h for t in joint for h in status_mod.sentence_hits(t)])
        status_by = (self.voices.at(status_span.start) or Voice.POLICING_BODY) if status_span else None
        item_claims = claims_mod.find_claims(
            body, p.body_start, echoes=self.finding_texts, recommendation=fm.finding.reference
        )
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
            stance_by=by,
            chief_constable_stance=cc.stance if cc else None,
            chief_constable_stance_span=cc.span if cc else None,
            status_by=status_by,
        )

    def merge_annex(self, item: Item, p: Passage) -> None:
        """Add what the chief constable's annex says about the same finding."""
        pb, cc = self.voiced_hits(p)
        own = cc or pb  # in the annex, every voice not otherwise named is the chief constable's
        if own is not None:
            item.chief_constable_stance, item.chief_constable_stance_span = own.stance, own.span
            if item.stance_by is None or (item.stance_by is Voice.CHIEF_CONSTABLE):
                item.stance, item.stance_span, item.stance_by = own.stance, own.span, Voice.CHIEF_CONSTABLE
        if item.status is ClaimedStatus.NOT_STATED:
            body = self.masked[p.body_start : p.end]
            item.status, item.status_span = status_mod.status_of(body, p.body_start)
            item.status_by = Voice.CHIEF_CONSTABLE if item.status_span else None


def read_answer(text: str) -> tuple[Stance, Voice | None, ClaimedStatus]:
    """The stance (with whose it is) and the claimed status of one answer read on its own, with nothing
    around it to say whose words they are: as a passage of a letter is read, less its place in the letter."""
    reader = _Reader(text, voice_mod.VoiceMap((), None), [], {})
    pb, cc = reader.voiced_hits(Passage(0, len(text), 0))
    status = status_mod.status_of(text)[0]
    if pb is not None:
        return pb.stance, Voice.POLICING_BODY, status
    if cc is not None:
        return cc.stance, Voice.CHIEF_CONSTABLE, status
    return Stance.NOT_STATED, None, status


def _is_verdict(hit: stance_mod.StanceHit, masked: str) -> bool:
    return hit.verdict or (hit.span.start - hit.sentence.start <= 3 and hit.sentence.end - hit.span.end <= 3)


# a label run into its sentence as its subject, with no colon, dash or line break after it
_LABEL_AS_SUBJECT_RE = patterns.compile(
    r"[ \t]*(?:recommendation|area\s+for\s+improvement|afi|rec\.?)\s*\d{1,2}[ \t]+", re.IGNORECASE
)
# a verdict's cell read onto the same line as the topic's before it, in a table flattened to lines: a capital after a
# word in lower case, the verdict alone before a full stop or the next cell's capital
_RUNON_VERDICT_RE = patterns.compile(
    r"(?<=[a-z0-9)] )(?P<verdict>(?-i:Accepted|Agreed|Supported|Noted|Endorsed|Rejected|Not\s+accepted|"
    r"Partially\s+(?:accepted|agreed|supported)|Accepted\s+in\s+part))(?=\s*(?:[.;]|$)|\s+(?-i:[A-Z]))"
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


def _blankets(masked: str, body_start: int, voices: voice_mod.VoiceMap) -> dict[Voice, stance_mod.StanceHit]:
    """The first blanket stance ("I accept all the recommendations") in each voice."""
    out: dict[Voice, stance_mod.StanceHit] = {}
    for hit in stance_mod.blanket_hits(masked[body_start:], body_start):
        out.setdefault(_hit_voice(hit, masked, voices) or Voice.POLICING_BODY, hit)
        # "the Chief Constable and I fully support all of its recommendations": the body's own, and the force's
        if _joint(hit, masked, london=voices.commissioner_heads_the_force):
            out.setdefault(Voice.POLICING_BODY, hit)
            out.setdefault(Voice.CHIEF_CONSTABLE, hit)
    return out


_JOINT_SUBJECT_RE = patterns.compile(
    r"\b(?:chief\s+constable|force|police|constabulary)\s+and\s+(?:I|me|my\s+office)\b|\b(?:I|me)\s+and\s+the\s+chief\s+"
    r"constable\b|\bjoint\s+(?:response|letter|statement)\b"
    r"|\b(?:commissioner|p[f]?cc|mayor)\s+and\s+the\s+chief\s+constable\b|\bchief\s+constable\s+and\s+the\s+"
    r"(?:(?:police\s+and\s+crime\s+|deputy\s+)?commissioner|p[f]?cc|(?:deputy\s+)?mayor)\b"
    r"|\b(?:I|my\s+office|commissioner|p[f]?cc|mayor),\s+(?:together\s+with|along\s+with|alongside|with)\s+the\s+"
    r"chief\s+constable,"
    r"|\bchief\s+constable\b[^.]{0,80}\bwe\s+(?:both|together)\b",  # "with the Chief Constable, and we both agree"
    re.IGNORECASE,
)
_WITH_THE_COMMISSIONER_RE = patterns.compile(
    r"\bcommissioner\s+and\s+(?:I|me|my\s+office)\b|\b(?:I|me)\s+and\s+the\s+commissioner\b", re.IGNORECASE
)
# "I accept them, and so does the Chief Constable", "..., as does the force": the force's stance, said as the body's
# a cell answering a stance its column asks ("Accepted? (Y/N)": "Y – in principle, subject to capacity")
_ANSWER_RE = patterns.compile(
    r"^\W*(?:(?P<yes>yes|y)\b(?P<rest>.*)|(?P<no>no|n)\W*$|(?P<part>in\s+part|partially|partly)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _answer_hit(s: Sentence, voices: voice_mod.VoiceMap) -> tuple[stance_mod.StanceHit, Voice | None] | None:
    """A bare "Yes", "No" or "In part" in a cell under a column asking a stance, as that stance in its voice."""
    asked = voices.answer_at(s.start, s.end)
    m = _ANSWER_RE.match(s.text) if asked is not None and len(s.text) < 120 else None
    if asked is None or m is None:
        return None
    stance, voice = asked
    if m.group("no"):
        stance = Stance.DISAGREE
    elif m.group("part") or stance_mod.qualified(m.group("rest") or ""):
        stance = Stance.PARTIALLY_AGREE
    return stance_mod.StanceHit(stance, 3, Span(s.start, s.end), s, verdict=True), voice


_SO_DO_I_RE = patterns.compile(r"^\W*(?:and\s+)?(?:so|as)\s+(?:do|have)\s+(?P<me>I)\b\s*(?:[.;]|$)", re.IGNORECASE)
_ALSO_FORCE_RE = patterns.compile(
    r"^\W*(?:and\s+)?(?:so|as)\s+(?:does|do|has|have|is)\s+(?:the\s+)?(?:chief\s+constable|force|constabulary)\b"
    r"|^\W*(?:and\s+)?(?:the\s+)?(?:chief\s+constable|force|constabulary)\s+(?:has|have)\s+(?:done|said)\s+the\s+same\b",
    re.IGNORECASE,
)


_BY_BOTH_RE = patterns.compile(
    r"^\W*(?:in\s+full\s+|fully\s+)?by\s+(?:both\s+)?(?:the\s+)?(?:(?:police\s+and\s+crime\s+|deputy\s+)?commissioner|"
    r"p[f]?cc|(?:deputy\s+)?mayor|me)\s+and\s+(?:by\s+)?(?:the\s+)?(?:chief\s+constable|force|constabulary)\b"
    r"|^\W*(?:in\s+full\s+|fully\s+)?by\s+(?:both\s+)?(?:the\s+)?(?:chief\s+constable|force|constabulary)\s+and\s+(?:by\s+)?"
    r"(?:the\s+)?(?:(?:police\s+and\s+crime\s+|deputy\s+)?commissioner|p[f]?cc|(?:deputy\s+)?mayor|me)\b",
    re.IGNORECASE,
)


def _joint(hit: stance_mod.StanceHit, masked: str, *, london: bool = False) -> bool:
    """Whether a stance is the body's and the chief constable's together: said by both as one subject, as the
    agents of a passive ("are accepted by the Commissioner and by the Chief Constable"), or by "we" in a letter that
    calls itself a joint response. In a London letter the Commissioner heads the force ("The Commissioner and I
    accept")."""
    lead = masked[hit.sentence.start : hit.span.end]
    if _JOINT_SUBJECT_RE.search(lead) or (london and _WITH_THE_COMMISSIONER_RE.search(lead)):
        return True
    tail = masked[hit.span.end : hit.sentence.end]
    if _BY_BOTH_RE.match(tail):
        return True
    if (comma := re.search(r"[,;]", tail)) and _ALSO_FORCE_RE.match(tail[comma.start() + 1 :]):
        return True
    return bool(re.match(r"\W*we\b", masked[hit.span.start : hit.span.end], re.IGNORECASE)) and bool(
        _JOINT_SUBJECT_RE.search(masked[max(0, hit.sentence.start - 300) : hit.sentence.start])
    )


def _numbered(
    masked: str, body_start: int, voices: voice_mod.VoiceMap, model: _Model
) -> dict[tuple[Voice, str], stance_mod.StanceHit]:
    """Stances the letter takes on findings it names by number, anywhere ("I agree with recommendations 2, 4 and
    8"), by voice and finding reference: they stand for a finding whose own answer states none."""
    kinds = {f.finding.reference: f.finding.kind for f in model.findings}
    out: dict[tuple[Voice, str], stance_mod.StanceHit] = {}
    for hit, word, numbers in stance_mod.numbered_hits(masked[body_start:], body_start):
        kind = "recommendation" if word.startswith("recommendation") else "area_for_improvement"
        voice = _hit_voice(hit, masked, voices) or Voice.POLICING_BODY
        for number in numbers:
            if kinds.get(number) == kind:
                out.setdefault((voice, number), hit)
    return out


def _free_claims(masked: str, body_start: int, covered: list[tuple[int, int]], finding_texts: list[str]) -> list[Claim]:
    out: list[Claim] = []
    pos = body_start
    for s, e in [*sorted(covered), (len(masked), len(masked))]:
        if s > pos:
            out += claims_mod.find_claims(masked[pos:s], pos, echoes=finding_texts)
        pos = max(pos, e)
    return out
