"""A passage answering two findings in turn: each finding aligned, its stance and status read from its sentences."""

from __future__ import annotations

from tests.ingest.letters._letters_helpers import FOUR, text_document

from oversight_ingest.letters import analyse_items
from oversight_ingest.result import ClaimedStatus, Stance

HEAD = """Dear Chief Inspector

Thank you for your report, which I have discussed with the Chief Constable.

"""
TAIL = """

Yours sincerely

Sam Example
Police and Crime Commissioner"""


def _items(body: str):
    analysis = analyse_items(text_document(HEAD + body + TAIL), FOUR)
    return analysis, {i.recommendation: i for i in analysis.items}


def test_two_findings_in_one_plain_paragraph_each_read_from_its_own_sentences() -> None:
    body = """# Missing children and domestic abuse calls

I agree that every missing child episode should reach the national database within a day, and the force has
recorded them there since January. On the grading of domestic abuse calls in the control room I accept the
recommendation only in part; a review will begin next year.

# Stalking

I support the recommendation on the stalking awareness course, which every neighbourhood officer has finished.

# Forensic waiting times

I note the recommendation on digital forensic examination. The force is drafting its plan now."""
    analysis, items = _items(body)
    assert set(items) == {"3", "5", "6", "11"}
    assert items["3"].stance is Stance.AGREE
    assert items["3"].status is ClaimedStatus.IMPLEMENTED
    assert items["5"].stance is Stance.PARTIALLY_AGREE
    assert items["5"].status is ClaimedStatus.PLANNED
    assert items["3"].span is not None
    assert items["5"].span is not None
    assert items["3"].span.end <= items["5"].span.start  # each answer's evidence is its own sentences
    assert items["3"].confidence <= 0.6
    assert items["5"].confidence <= 0.6
    assert analysis.unanswered == []


def test_a_shared_lead_in_gives_the_stance_a_finding_s_own_sentences_lack() -> None:
    body = """# Records and calls

I accept both of these recommendations. Every missing child episode now reaches the national database within hours.
The control room's grading of domestic abuse calls will be reviewed by an external panel in the spring.

# Stalking

I support the recommendation on the stalking awareness course, which every neighbourhood officer has finished.

# Forensic waiting times

I note the recommendation on digital forensic examination. The force is drafting its plan now."""
    _, items = _items(body)
    assert items["3"].stance is Stance.ACCEPT
    assert items["5"].stance is Stance.ACCEPT
    assert items["3"].status is ClaimedStatus.IMPLEMENTED
    assert items["5"].status is ClaimedStatus.PLANNED


def test_a_passage_about_one_finding_that_mentions_another_is_not_cut() -> None:
    body = """# Stalking

I support the recommendation on the stalking awareness course, which every neighbourhood officer has finished.
The course also touches on domestic abuse.

# Forensic waiting times

I note the recommendation on digital forensic examination. The force is drafting its plan now."""
    analysis, items = _items(body)
    assert set(items) == {"6", "11"}
    assert set(analysis.unanswered) == {"3", "5"}


def test_one_sentence_answering_two_findings_is_cut_at_its_clauses() -> None:
    body = """# Records and calls

I welcome both recommendations. Missing child episodes now reach the national database within hours, while the
review of how control rooms grade domestic abuse calls will start in the spring.

# Stalking

I support the recommendation on the stalking awareness course, which every neighbourhood officer has finished.

# Forensic waiting times

I note the recommendation on digital forensic examination. The force is drafting its plan now."""
    _, items = _items(body)
    assert items["3"].status is ClaimedStatus.IMPLEMENTED
    assert items["5"].status is ClaimedStatus.PLANNED
    assert items["3"].stance is Stance.SUPPORT  # from the lead-in both share


def test_a_paragraph_answering_every_finding_after_a_blanket_stance() -> None:
    body = (
        "I accept all four recommendations. Missing child episodes have reached the national database within "
        "hours since May, and the grading of domestic abuse calls will be reviewed next year. The stalking "
        "awareness course is under way for neighbourhood officers, and the plan for digital forensic "
        "examination is due to be published in June."
    )
    analysis, items = _items(body)
    assert {k: str(v.status) for k, v in items.items()} == {
        "3": "implemented",
        "5": "planned",
        "6": "in_progress",
        "11": "planned",
    }
    assert all(i.stance is Stance.ACCEPT for i in analysis.items)
