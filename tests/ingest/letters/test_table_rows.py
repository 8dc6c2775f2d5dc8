"""A response table whose rows restate each finding beside a short update is a set of answers, not a list."""

from __future__ import annotations

from tests.ingest.letters.test_shared_passage import FOUR

from oversight_ingest.document import Block, BlockKind, Document, Span
from oversight_ingest.letters import analyse_items
from oversight_ingest.result import ClaimedStatus


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
