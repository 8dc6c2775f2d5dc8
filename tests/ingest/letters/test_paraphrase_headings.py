"""Headings that paraphrase a finding in a word or two, and the low confidence such alignment carries."""

from __future__ import annotations

from tests.ingest.letters._letters_helpers import FOUR, text_document

from oversight_ingest.letters import analyse_items
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
