"""Generalisation: short letters written for these tests, in the genre, about made-up findings."""

from __future__ import annotations

from tests.ingest.letters._letters_helpers import FOUR, findings, text_document

from oversight_ingest.document import Block, BlockKind, Document, Span
from oversight_ingest.letters import analyse_items


def _items(letter: str, fs=FOUR):
    analysis = analyse_items(text_document(letter), fs)
    return analysis, {i.recommendation: i for i in analysis.items}


def test_different_order_and_numbering() -> None:
    letter = """Dear Chief Inspector

I write in response to your report.

Recommendation 1

By 30 September 2026, chief constables should publish a plan to reduce the time victims wait for digital
forensic examination of their devices.

I agree. The force has commissioned a new digital forensics provider and will publish its plan in the spring.

Recommendation 2

By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.

I accept this recommendation. A review of call grading is under way and will report in January.

Recommendation 3

By 31 March 2026, chief constables should make sure their forces record every missing child episode on the
national database within 24 hours.

I support this recommendation. This is already standard practice in the force.

Recommendation 4

By 30 September 2026, chief constables should make sure all neighbourhood officers complete the stalking
awareness course.

I agree with this recommendation. Over 300 officers have completed the course so far and the remainder are booked.

Yours sincerely"""
    analysis, items = _items(letter)
    assert sorted(items) == ["11", "3", "5", "6"]
    assert items["11"].label_in_letter == "Recommendation 1"
    assert items["5"].label_in_letter == "Recommendation 2"
    assert items["3"].label_in_letter == "Recommendation 3"
    assert items["6"].label_in_letter == "Recommendation 4"
    assert items["3"].status == "implemented"
    assert items["5"].status == "in_progress"
    assert items["5"].stance == "accept"
    assert items["11"].status == "planned"
    assert items["6"].status == "in_progress"
    assert any(f.value == 300 and f.unit == "officers" for c in items["6"].claims for f in c.figures)
    assert analysis.unanswered == []


def test_blanket_acceptance_answers_every_finding() -> None:
    letter = """Dear Sir

The Chief Constable and I accept all the recommendations in the report. I will monitor progress through my
accountability board.

Yours faithfully"""
    analysis, items = _items(letter)
    assert sorted(items) == ["11", "3", "5", "6"]
    assert {str(i.stance) for i in items.values()} == {"accept"}
    assert {str(i.status) for i in items.values()} == {"not_stated"}
    assert all(i.label_in_letter is None for i in items.values())
    assert analysis.unanswered == []


def test_blanket_plus_separate_passage() -> None:
    letter = """I accept all of the recommendations.

Recommendation 5: By 31 March 2026, chief constables should review how their control rooms grade calls about
domestic abuse.

The force has completed this review and a new grading policy is in place.

Yours sincerely"""
    _, items = _items(letter)
    assert len(items) == 4
    assert items["5"].label_in_letter == "Recommendation 5"
    assert items["5"].stance == "accept"  # from the blanket sentence
    assert items["5"].status == "implemented"  # from its own passage
    assert items["3"].status == "not_stated"


def test_disagree_and_partially_agree() -> None:
    letter = """Recommendation 3

By 31 March 2026, chief constables should make sure their forces record every missing child episode on the
national database within 24 hours.

I do not accept this recommendation. The national database cannot take entries within 24 hours and the force
has not yet started any work on it.

Recommendation 6

By 30 September 2026, chief constables should make sure all neighbourhood officers complete the stalking
awareness course.

I agree with this recommendation in part: the course is valuable but we do not think every officer needs it.

Kind regards"""
    analysis, items = _items(letter)
    assert sorted(items) == ["3", "6"]
    assert items["3"].stance == "disagree"
    assert items["3"].status == "not_started"
    assert items["6"].stance == "partially_agree"
    assert sorted(analysis.unanswered) == ["11", "5"]


def test_paraphrase_only_letter() -> None:
    letter = """Dear Inspector

Thank you for the report, which I have discussed with the Chief Constable.

On the recommendation about missing children, the force now records every missing child episode on the
national database, and compliance is checked each month.

On digital forensics, I support the force's plan to cut the time victims wait for their devices to be
examined; a new plan will be published in October.

Yours sincerely"""
    analysis, items = _items(letter)
    assert sorted(items) == ["11", "3"]
    assert items["11"].stance == "support"
    assert items["11"].status == "planned"
    assert items["3"].label_in_letter is None
    assert all(i.confidence < 0.9 for i in items.values())
    assert sorted(analysis.unanswered) == ["5", "6"]


def test_areas_for_improvement() -> None:
    afis = findings(
        "The force should improve how it supervises investigations of rape and serious sexual offences.",
        "The force should make sure victims are kept informed about the progress of their cases.",
        "The force should improve the accuracy of its crime recording.",
        kind="area_for_improvement",
    )
    letter = """Area for improvement 3

The force should improve the accuracy of its crime recording.

The force has introduced a crime data integrity team and audits are now monthly.

Area for improvement 1

The force should improve how it supervises investigations of rape and serious sexual offences.

I welcome the force's new supervision framework, which is being rolled out across all districts.

Yours sincerely"""
    analysis, items = _items(letter, afis)
    assert sorted(items) == ["1", "3"]
    assert items["3"].label_in_letter == "Area for improvement 3"
    assert items["3"].kind == "area_for_improvement"
    assert items["3"].status == "implemented"
    assert items["1"].status == "in_progress"
    assert items["1"].stance == "support"
    assert analysis.unanswered == ["2"]


def test_answers_two_of_four() -> None:
    letter = """Recommendation 5

By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.

The force is working with the College of Policing on this.

Recommendation 6

By 30 September 2026, chief constables should make sure all neighbourhood officers complete the stalking
awareness course.

The course will be delivered from April.

Yours sincerely"""
    analysis, items = _items(letter)
    assert sorted(items) == ["5", "6"]
    assert sorted(analysis.unanswered) == ["11", "3"]
    assert items["6"].status == "planned"


def test_general_letter_answers_nothing() -> None:
    letter = """Dear Chief Inspector

I welcome this report. Policing faces many demands, and the force continues to work hard with partners across
the county to keep people safe. Domestic abuse, missing people and stalking are all priorities in my Police and
Crime Plan, and I hold the Chief Constable to account for performance at my public meetings.

I look forward to seeing the force build on its strong foundations over the coming year.

Yours sincerely"""
    analysis, items = _items(letter)
    assert items == {}
    assert sorted(analysis.unanswered) == ["11", "3", "5", "6"]


def test_unnumbered_quote_with_label_in_preceding_sentence() -> None:
    letter = """The inspectorate found that grading was inconsistent. This issue underpins Recommendation 2.

**'By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.'**

The force is in the process of reviewing its grading policy.

**'By 30 September 2026, chief constables should make sure all neighbourhood officers complete the stalking
awareness course.'**

The force has begun rolling out the course.

In conclusion, I am confident in the force's response."""
    _, items = _items(letter)
    assert items["5"].label_in_letter == "Recommendation 2"
    assert items["6"].label_in_letter is None
    assert items["5"].status == "in_progress"
    assert items["6"].status == "in_progress"


def test_numbered_list_items_are_not_passages_unless_they_restate_findings() -> None:
    letter = """Recommendation 3

By 31 March 2026, chief constables should make sure their forces record every missing child episode on the
national database within 24 hours.

The force has taken three steps:

1. It has trained 40 call handlers.

2. It has changed its recording policy.

Yours sincerely"""
    _, items = _items(letter)
    assert list(items) == ["3"]
    assert items["3"].span is not None
    assert "recording policy" in text_document(letter).text[items["3"].span.start : items["3"].span.end]


def test_quote_of_a_finding_for_another_body_is_not_matched() -> None:
    letter = """Recommendation 7

By 31 March 2026, the Home Office should fund a national database of missing child episodes for all forces.

This is a matter for the Home Office, but the force will support the work.

Recommendation 5

By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.

The force has completed the review.

Yours sincerely"""
    analysis, items = _items(letter)
    assert list(items) == ["5"]
    assert sorted(analysis.unanswered) == ["11", "3", "6"]
    assert any("Recommendation 7" in w for w in analysis.warnings)


def test_heading_blocks_and_response_subheadings() -> None:
    letter = """# Recommendation 1

By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.

# PCC response

I support this recommendation. The force is currently piloting a new grading tool in two control rooms.

# AFI 2

By 30 September 2026, chief constables should make sure all neighbourhood officers complete the stalking
awareness course.

# PCC response

I note this recommendation. The course has been introduced for all new officers.

# Conclusion

I will continue to hold the Chief Constable to account."""
    analysis, items = _items(letter)
    assert sorted(items) == ["5", "6"]
    assert sorted(analysis.unanswered) == ["11", "3"]
    assert items["5"].label_in_letter == "Recommendation 1"
    assert items["5"].stance == "support"
    assert items["5"].status == "in_progress"
    assert items["6"].label_in_letter == "AFI 2"
    assert items["6"].stance == "note"
    assert items["6"].status == "implemented"
    assert items["6"].commitments == []  # the closing commitment is outside the passage


def test_confidence_is_lower_for_marginal_matches() -> None:
    quoted = """Recommendation 5

By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.

The force has completed the review."""
    paraphrased = """Recommendation 5

The force has looked again at how control room staff grade domestic abuse calls and has completed that review."""
    _, strong = _items(quoted)
    _, weak = _items(paraphrased)
    assert strong["5"].confidence > weak["5"].confidence
    assert weak["5"].confidence < 0.9


def test_no_findings() -> None:
    letter = "I accept all the recommendations. The force has completed the work on 12 cases since May 2025."
    analysis = analyse_items(text_document(letter), [])
    assert analysis.items == []
    assert analysis.unanswered == []
    assert analysis.claims
    assert analysis.claims[0].figures[0].value == 12


def test_body_start_skips_the_letterhead() -> None:
    letter = """Office of the Commissioner, 11 Broad Street, Sheffield, 26 June 2025

I accept all the recommendations."""
    doc = text_document(letter)
    body = doc.text.index("I accept")
    analysis = analyse_items(doc, FOUR, body_start=body)
    assert analysis.claims == []
    assert len(analysis.items) == 4


def test_blanket_covers_the_kind_it_names() -> None:
    mixed = (
        *findings("By 31 March 2026, the force should publish a plan to cut call waiting times."),
        *findings(
            "The force should improve how it records crime.",
            "The force should improve how it supervises investigations.",
            kind="area_for_improvement",
        ),
    )
    letter = "I accept all the areas for improvement in the report.\n\nYours sincerely"
    analysis, _ = _items(letter, mixed)
    assert sorted((i.kind, i.recommendation) for i in analysis.items) == [
        ("area_for_improvement", "1"),
        ("area_for_improvement", "2"),
    ]
    assert analysis.unanswered == ["1"]


def test_number_word_and_roman_labels() -> None:
    letter = """Recommendation Five

The force is reviewing how control rooms grade domestic abuse calls, and the review is under way.

Recommendation vi

All neighbourhood officers will complete the stalking awareness course next year.

Yours sincerely"""
    _, items = _items(letter)
    assert items["5"].label_in_letter == "Recommendation Five"
    assert items["6"].label_in_letter == "Recommendation vi"
    assert items["6"].status == "planned"


def test_response_table() -> None:
    cells = [
        "Recommendation",
        "Response",
        "By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.",
        "Accepted. The force has completed a review of grading and new guidance is in place.",
        "By 30 September 2026, chief constables should make sure all neighbourhood officers complete the stalking "
        "awareness course.",
        "Partially accepted. Training is under way; 55% of officers have completed it.",
    ]
    text = ""
    blocks = []
    for cell in cells:
        text += "\n\n" if text else ""
        blocks.append(Block(BlockKind.TABLE_CELL, Span(len(text), len(text) + len(cell))))
        text += cell
    analysis = analyse_items(Document(text=text, format="docx", blocks=blocks), FOUR)
    items = {i.recommendation: i for i in analysis.items}
    assert sorted(items) == ["5", "6"]
    assert (items["5"].stance, items["5"].status) == ("accept", "implemented")
    assert (items["6"].stance, items["6"].status) == ("partially_agree", "in_progress")
    assert items["6"].claims[0].figures[0].unit == "%"


def test_findings_listed_first_then_answered_by_label() -> None:
    letter = """The report makes four recommendations for chief constables, including:

1. By 31 March 2026, chief constables should make sure their forces record every missing child episode on the
national database within 24 hours.

2. By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.

I respond to each below.

Recommendation 3 (missing children)

The force already records every episode within 24 hours; this is standard practice.

Recommendation 5 (call grading)

The force is working with the College of Policing to revise its grading.

Yours sincerely"""
    analysis, items = _items(letter)
    assert sorted(items) == ["3", "5"]
    assert items["3"].label_in_letter == "Recommendation 3"
    assert items["3"].status == "implemented"
    assert items["5"].status == "in_progress"
    assert items["5"].confidence < 0.5  # matched on its number and a thin paraphrase
    assert sorted(analysis.unanswered) == ["11", "6"]
