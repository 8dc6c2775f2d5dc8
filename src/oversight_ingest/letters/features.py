"""Every feature and weight the alignment of passages to findings uses, named in one place.

A passage of a letter is scored against every finding of the report (0..1); the assignment then
takes the best pairs over the whole letter. Each entry below is one piece of evidence, with the
reason it counts. ``scripts/eval_ingest.py --ablation`` sets each weight to zero in turn and shows
what it contributes per kind of letter, so a rule can be changed and its effect seen.

Thresholds (the score a pair needs to be accepted) are in :data:`THRESHOLDS`, also with reasons.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Weight:
    value: float
    why: str


WEIGHTS: dict[str, Weight] = {
    # What the passage restates or is about
    "head_fuzzy": Weight(
        0.6, "a passage that restates a finding: character similarity of its head to the finding's wording"
    ),
    "head_coverage": Weight(
        0.4, "the share of the finding's content words (weighted by how distinctive they are) in the head"
    ),
    "soft_fuzzy": Weight(0.25, "a heading or paragraph: its lead's similarity to the wording counts less"),
    "soft_head_coverage": Weight(0.35, "a heading or paragraph: distinctive words of its heading or lead"),
    "body_coverage": Weight(0.4, "a heading or paragraph: distinctive words of the answer itself"),
    "related_word": Weight(
        0.8,
        "a word of the same family as one of the finding's (words/related.txt: 'purchasing' for 'procures'): "
        "evidence of what a paraphrase is about, a little less than the finding's own word",
    ),
    # Printed particulars of the finding
    "deadline_match": Weight(0.04, "the finding's own deadline printed in the head"),
    "deadline_conflict": Weight(0.1, "another deadline printed in the head: it restates a different finding"),
    "addressee_conflict": Weight(0.15, "the head restates a finding addressed to someone else"),
    # Labels
    "label_number": Weight(0.04, "a label's number equal to the finding's, whatever numbering the letter uses"),
    "report_numbering": Weight(
        0.35,
        "a label's number equal to the finding's when the letter as a whole uses the report's own numbers",
    ),
    "label_kind_conflict": Weight(0.05, "a label naming another kind of finding (an AFI label on a recommendation)"),
    "refers_to_finding": Weight(
        0.05, "a paragraph that says 'recommendation' or 'area for improvement' near its start"
    ),
    # Damping
    "short_body_penalty": Weight(0.1, "a passage that restates a finding but says almost nothing about it"),
    "bare_list_penalty": Weight(0.4, "a run of bare restated findings: a list before the letter answers them"),
    # Relative evidence for paraphrase
    "relative_margin": Weight(
        1.0, "an unlabelled paraphrase aligns when its distinctive words pick one finding over the others"
    ),
    "named_numbers": Weight(
        1.0,
        "a paragraph whose first sentences name findings by number no passage answers ('has accepted recommendations 2 "
        "and 8, and I support them both') answers each of them",
    ),
    "joint_answer": Weight(
        1.0,
        "a paragraph that names two findings clearly and answers them together ('both have been dealt with') answers "
        "both",
    ),
    "shared_passage": Weight(
        1.0,
        "a passage whose sentences answer two findings in turn ('I support the Hydra recommendation... On the "
        "e-learning, ...') answers both, each reading its own sentences",
    ),
    "named_paragraph_status": Weight(
        1.0,
        "an answer running over paragraphs that name different findings by number reads each finding's status from "
        "the paragraphs naming it ('... accepted recommendations 8 and 9. Neither has started')",
    ),
    "asked_columns": Weight(
        1.0,
        "a bare 'Yes', 'No' or 'In part' in a table column whose header asks a stance ('Accepted? (Y/N)', 'PCC "
        "supports?', 'Agreed by force') is that stance, in the voice the header names",
    ),
    "last_section": Weight(
        1.0,
        "where every finding but one has its section under a heading in the letter's own words, the one section "
        "left that answers something is the last finding's, by elimination (with no margin: low confidence)",
    ),
    "shared_status": Weight(
        1.0,
        "findings answered by one passage each take the status of its clauses about them: two after 'the first' and "
        "'the second' in the order it names them, else (two, three or four) the clauses whose words or numbers are "
        "theirs",
    ),
    "shared_stance": Weight(
        1.0,
        "two findings answered by one passage in turn each take the stance of their own turn ('I accept the former "
        "without reservation and the latter only in part'), a turn with no verb of its own borrowing the one before",
    ),
    "approval_of_the_force": Weight(
        1.0,
        "beside the chief constable's stance, the body's general approval ('I am pleased with this') or welcome of it "
        "('I welcome that.') is pleasure at the force's answer, not a stance of its own",
    ),
    "named_stance_first": Weight(
        1.0,
        "in a passage about several findings, the body's stance that names a finding by number ('I accept "
        "recommendations 2, 4 and 9') is that finding's, whatever stronger words the passage says of another",
    ),
    "status_of_all": Weight(
        1.0,
        "findings whose own answers claim no status take the status a sentence claims for them all ('the force has "
        "started work on each of them'), but for one it sets apart ('except the Hydra training, which starts in "
        "January')",
    ),
    "status_elsewhere": Weight(
        1.0,
        "a finding whose own answer claims no status ('The Chief Constable and I agree with all four') takes the "
        "status of the letter's clauses that are clearly about it ('Nobody has yet done the Hydra course')",
    ),
    "fragment_status": Weight(
        1.0,
        "a finding answered by the first part of a sentence that names two ('On the referrals (recommendation 2) and "
        "on the plans (recommendation 4), work is going on') takes the status of the rest of that sentence",
    ),
}

THRESHOLDS: dict[str, Weight] = {
    "quote": Weight(0.62, "a passage that restates a finding: a lower score means it restates another one"),
    "label": Weight(0.42, "a labelled passage with no restated finding"),
    "soft": Weight(0.55, "a heading or plain paragraph, on absolute evidence alone"),
    "numbered": Weight(0.28, "a labelled passage whose number and wording point to the same finding"),
    "duplicate": Weight(0.92, "a second passage restating a finding almost verbatim answers it again"),
    "paraphrase_min": Weight(0.12, "the least score a paraphrase needs, however distinctive its words"),
    "last_section_slack": Weight(
        0.05,
        "how far below its best score for a finding answered elsewhere the one section left may score for the last "
        "finding and still be given it by elimination",
    ),
    "paraphrase_evidence": Weight(
        1.6,
        "the distinctive words a paraphrase needs to be about a finding, counted in words only that finding has "
        "(their weight depends on how many findings there are: a word unique among two weighs less than among four)",
    ),
    "heading_evidence": Weight(
        0.9,
        "a heading naming one word only this finding has ('Mandatory e-learning'), and no word of another finding "
        "left unanswered, is enough for its section to be about that finding (counted as paraphrase_evidence)",
    ),
    "paraphrase_ratio": Weight(1.6, "how many times the next finding's evidence a paraphrase's best must be"),
    "sentence_evidence": Weight(
        0.9,
        "the distinctive words (about one only this finding has, counted as for paraphrase_evidence) that make a "
        "sentence about a finding, when a passage answering two findings is read sentence by sentence",
    ),
    "sentence_ratio": Weight(1.5, "how many times the next finding's evidence a sentence's best must be"),
    "report_numbering_share": Weight(
        0.75, "the share of a letter's labels whose numbers must agree with the findings their wording matches"
    ),
}

_active: dict[str, float] = {name: w.value for name, w in WEIGHTS.items()}


def weight(name: str) -> float:
    """The weight of a feature as currently set (zero while :func:`disabled`)."""
    return _active[name]


def threshold(name: str) -> float:
    return THRESHOLDS[name].value


@contextmanager
def disabled(name: str) -> Iterator[None]:
    """Set one feature's weight to zero for the duration (for the ablation in the eval)."""
    saved = _active[name]
    _active[name] = 0.0
    try:
        yield
    finally:
        _active[name] = saved
