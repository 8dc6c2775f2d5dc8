"""A response table whose rows restate each finding beside a short update is a set of answers, not a list."""

from __future__ import annotations

from tests.ingest.letters._letters_helpers import text_document
from tests.ingest.letters.test_shared_passage import FOUR

from oversight_ingest.document import Block, BlockKind, Document, Span
from oversight_ingest.letters import analyse_items
from oversight_ingest.result import ClaimedStatus, Item


def _document(paragraphs: list[str], rows: list[list[str]]) -> Document:
    text = ""
    blocks: list[Block] = []

    def add(piece: str, kind: BlockKind) -> None:
        nonlocal text
        if text:
            text += "\n\n"
        start = len(text)
        text += piece
        blocks.append(Block(kind, Span(start, len(text)), 0))

    for para in paragraphs:
        add(para, BlockKind.PARAGRAPH)
    for row in rows:
        for cell in row:
            add(cell, BlockKind.TABLE_CELL)
    add("Yours sincerely", BlockKind.PARAGRAPH)
    return Document(text=text, format="docx", blocks=blocks)


def test_rows_with_short_updates_each_answer_their_finding() -> None:
    findings = [f.text for f in FOUR]
    rows = [
        ["Ref", "Recommendation", "Update"],
        ["3", findings[0], "Process in testing."],
        ["5", findings[1], "Review agreed by chief officers in May."],
        ["6", findings[2], "Awaiting course dates."],
        ["11", findings[3], "Plan in draft."],
    ]
    doc = _document(["Dear Chief Inspector", "I support every recommendation in the report."], rows)
    analysis = analyse_items(doc, FOUR)
    items = {i.recommendation: i for i in analysis.items}
    assert set(items) == {"3", "5", "6", "11"}
    assert all(i.confidence >= 0.8 for i in analysis.items)  # each row restates its finding
    assert items["5"].status is ClaimedStatus.IMPLEMENTED


def _items_of(text: str) -> dict[str, Item]:
    """The items a plain-text letter answering :data:`FOUR` is read into, by reference."""
    return {i.recommendation: i for i in analyse_items(text_document(text), FOUR).items}


def test_a_table_flattened_to_one_line_a_row_keeps_the_force_verdict_after_the_topic() -> None:
    """A table read out as one line per row: the topic's cell, the force's "Accepted.", its update, then the body's
    "Supported" and a status; the force's verdict follows the topic mid-line and is still the force's."""
    text = """Dear Chief Inspector

The table below sets out the Constabulary's response to each recommendation, my position, and the status.

Recommendation Constabulary response PCC position Status

3 – missing child episodes on the national database Accepted. Entered within a day since April. Supported Complete

5 – grading of domestic abuse calls Accepted. A review of grading is being written. Supported In progress

6 – stalking awareness course Accepted. Sessions are booked for the spring. Noted Planned

11 – plan to reduce waits for digital forensics Accepted. A plan is in draft. Supported In progress

Yours sincerely
"""
    items = _items_of(text)
    assert items["3"].stance.value == "support"
    assert items["3"].stance_by is not None
    assert items["3"].stance_by.value == "policing_body"
    for ref in ("3", "5"):
        cc = items[ref].chief_constable_stance
        assert cc is not None
        assert cc.value == "accept"
    assert items["6"].stance.value == "note"  # the body's "Noted", after the force's "Accepted."


def test_a_header_read_onto_the_row_line_names_the_column_of_its_verdict() -> None:
    """ "No. Recommendation Force position Progress 3 ... Accepted": the only voice the header names is the force's."""
    text = """Dear Chief Inspector

I am content with the force's progress.

No. Recommendation Force position Progress 3 Missing child episodes on the national database Accepted Records
entered within a day since April.

Yours sincerely
"""
    items = _items_of(text)
    assert items["3"].stance.value == "accept"
    assert items["3"].stance_by is not None
    assert items["3"].stance_by.value == "chief_constable"


def test_a_label_that_is_the_subject_of_its_sentence_keeps_the_stance_it_is_given() -> None:
    """ "Recommendation 3 is accepted by the force, which ...": the label opens the sentence that states the stance."""
    text = """Dear Chief Inspector

Thank you for your report.

Recommendation 3 is accepted by the force, which has put every missing child episode on the national database
within a day since April.

Recommendation 5: I support it. A review of call grading has begun.

Yours sincerely
"""
    items = _items_of(text)
    assert items["3"].stance.value == "accept"
    assert items["3"].stance_by is not None
    assert items["3"].stance_by.value == "chief_constable"
    assert items["5"].stance.value == "support"  # a label with a colon still stands apart from its sentence
