"""Headings that paraphrase a finding in a word or two, and the low confidence such alignment carries."""

from __future__ import annotations

from tests.ingest.letters._letters_helpers import FOUR, pack, text_document

from oversight_ingest.letters import analyse_items
from oversight_ingest.letters.features import disabled
from oversight_ingest.result import ClaimedStatus, Stance


def _letter(sections: str) -> str:
    return f"""Dear Chief Inspector

Thank you for your report, which I have discussed with the Chief Constable.

{sections}

Yours sincerely

Sam Example
Police and Crime Commissioner"""


def test_headings_of_a_word_or_two_align_each_section() -> None:
    sections = """Missing children

I accept this. Episodes now go on the database the same day.

Grading of calls

I agree. A review of grading is under way.

Stalking

I support this. Sessions are booked for January.

Forensic backlog

I agree. The force expects to publish its plan in the spring."""
    analysis = analyse_items(text_document(_letter(sections)), FOUR)
    items = {i.recommendation: i for i in analysis.items}
    assert set(items) == {"3", "5", "6", "11"}
    assert items["6"].stance is Stance.SUPPORT
    assert items["6"].status is ClaimedStatus.PLANNED
    assert all(i.confidence <= 0.6 for i in analysis.items)  # aligned on paraphrase: said to be uncertain


def test_a_heading_naming_a_finding_over_a_section_that_answers_nothing_is_not_aligned() -> None:
    sections = """Missing children

I accept this. Episodes now go on the database the same day.

Stalking

The report has much to say about the wider picture."""
    analysis = analyse_items(text_document(_letter(sections)), FOUR)
    assert {i.recommendation for i in analysis.items} == {"3"}
    assert "6" in analysis.unanswered


def test_the_one_section_left_when_every_other_finding_has_its_own_is_the_last_finding_s() -> None:
    """Sections under headings of the letter's own words: three align on their words, and the fourth's heading is
    too loose to ("Passing it on"); the one section left that answers something is the last finding's, by
    elimination, and says so with no margin (low confidence)."""
    oic = [f for f in pack("oic-2025").findings if f.reference in ("2", "4", "8", "9")]
    letter = """Dear Chief Inspector,

I accept each of the four recommendations you make to chief constables, and set out below what the Chief Constable
has told me about progress.

Passing it on

The force is adding a mandatory prompt to its records system, and the work is about half done.

Plans for collecting, analysing and sharing information on organised immigration crime

This is done. The plan was agreed in June and has been shared with Border Force.

Hydra training

The force's specialist investigators are working through the Hydra exercise now.

The four e-learning modules

The four e-learning modules will follow in March, once Hydra is finished.

Yours sincerely

Jo Bloggs
Police and Crime Commissioner"""
    items = {i.recommendation: i for i in analyse_items(text_document(letter), oic).items}
    assert items["2"].status is ClaimedStatus.IN_PROGRESS
    assert items["2"].span is not None
    assert letter[items["2"].span.start : items["2"].span.end].startswith("Passing it on")
    assert items["2"].confidence < 0.5
    with disabled("last_section"):
        again = {i.recommendation: i for i in analyse_items(text_document(letter), oic).items}
    assert again["2"].status is ClaimedStatus.NOT_STATED
