"""Tables in PDFs: found from where their lines sit, and given as table cells in row order."""

from __future__ import annotations

from dataclasses import dataclass

from tests.ingest.corpus.build import render_pdf

from oversight_ingest.document import BlockKind, Document
from oversight_ingest.extract.pdf import extract_pdf
from oversight_ingest.extract.pdftables import find_tables

RESPONSE = (
    "Accepted. Since 1 June the intelligence document has been a mandatory field on the referral template; a "
    "referral cannot be closed without it."
)
TABLE = [
    ["Rec.", "Force response", "RAG", "PCC comment"],
    ["2", RESPONSE, "Green", "Supported. I have asked to see the July dip-sample."],
    ["4", "Accepted. A collection plan has been drafted and is out for consultation.", "Amber", "Supported."],
]


def _cells(doc: Document) -> list[str]:
    return [b.span.slice(doc.text) for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]


def _letter(table: list[list[str]], before: int = 0) -> bytes:
    filler = [("p", f"Paragraph {n} of the letter, which runs on for a while before it stops.") for n in range(before)]
    return render_pdf(
        [
            ("letterhead", ["Office of the Police and Crime Commissioner"]),
            ("p", "The table below gives the force's response and my comment on each recommendation."),
            *filler,
            ("table", table),
            ("p", "I will take an update on the amber items at my accountability board in October, and publish it."),
            ("sign", ["Yours sincerely,", "Declan Royle"]),
        ]
    )


def test_a_table_drawn_column_by_column_comes_out_as_cells_in_row_order() -> None:
    doc = extract_pdf(_letter(TABLE))
    assert _cells(doc) == [cell for row in TABLE for cell in row]
    after = [b.span.slice(doc.text) for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert after[-2].startswith("I will take an update")  # the paragraph after the table is not a cell


def test_a_table_over_a_page_break_keeps_its_rows_and_the_number_atop_the_second_page() -> None:
    words = ["Hydra", "training", "referrals", "plans", "sharing", "modules", "audits", "custody"]
    rows = [TABLE[0]]
    for n, word in enumerate(words, 1):
        others = " ".join(w for w in words if w != word)
        rows.append([str(n), f"Accepted. On {word} the force says {others} and more besides.", "Amber", "Supported."])
    doc = extract_pdf(_letter(rows, before=30))
    assert (doc.pages or 0) >= 2
    cells = _cells(doc)
    assert cells[:4] == TABLE[0]
    assert [c for c in cells if c.isdigit()] == [str(n) for n in range(1, 9)]  # none taken for a page number


def test_a_bold_header_that_runs_into_the_next_column_is_parted_at_its_edge() -> None:
    table = [["HMICFRS recommendation", "North Wales Police update", "Status", "PCC comment"], *TABLE[1:]]
    doc = extract_pdf(_letter(table))
    assert _cells(doc)[:4] == table[0]


def test_header_cells_a_narrow_gap_apart_are_parted_in_a_row_with_a_wide_gap() -> None:
    table = [["Recommendation", "Constabulary response", "Commissioner's view", "Status"], *TABLE[1:]]
    doc = extract_pdf(_letter(table))
    assert _cells(doc)[:4] == table[0]


def test_a_header_cell_overflowing_into_the_next_is_parted_where_the_next_begins() -> None:
    table = [
        ["Recommendation", "Cleveland Police response", "Commissioner's comment", "Rating"],
        ["2", RESPONSE, "I support the Chief Constable's response.", "Blue"],
        ["4", "Accepted. A draft plan has been written.", "Supported.", "Green"],
    ]
    for before in (0, 31):  # the header alone at the foot of a page, its rows on the next: no other line there to
        doc = extract_pdf(_letter(table, before=before))  # show where the columns are
        assert _cells(doc)[:4] == table[0], before


def test_text_side_by_side_without_prose_is_not_a_table() -> None:
    doc = extract_pdf(
        render_pdf(
            [
                ("table", [["Our ref: PCC/123", "8 July 2025"], ["Your ref: HMI/9", "Page one"]]),
                ("p", "Thank you for the report, which I have read with care and discussed with the force."),
            ]
        )
    )
    assert _cells(doc) == []


@dataclass
class _Piece:
    text: str
    x0: float
    x1: float
    y: float
    page: int = 0
    size: float = 10.0


def test_find_tables_follows_cells_down_their_columns_and_stops_at_a_paragraph() -> None:
    pieces = [
        _Piece("No.", 60, 80, 700),
        _Piece("Response", 180, 240, 700),
        _Piece("2", 60, 65, 680),
        _Piece("Accepted. The prompt is live", 180, 290, 680),
        _Piece("in the control room.", 180, 280, 667),
        _Piece("4", 60, 65, 648),
        _Piece("Accepted.", 180, 230, 648),
        _Piece("A paragraph after the table runs across the whole page width.", 60, 500, 620),
    ]
    [table] = find_tables(pieces, spacing=13.0)
    assert (table.start, table.end) == (0, 7)
    assert table.rows == [
        [["No."], ["Response"]],
        [["2"], ["Accepted. The prompt is live", "in the control room."]],
        [["4"], ["Accepted."]],
    ]


def test_find_tables_wants_two_rows() -> None:
    pieces = [
        _Piece("2", 60, 65, 680),
        _Piece("Accepted. The prompt is live in the control room.", 180, 400, 680),
        _Piece("A paragraph after the table runs across the whole page width.", 60, 500, 660),
    ]
    assert find_tables(pieces, spacing=13.0) == []


def test_a_pdf_table_s_cells_carry_their_columns_past_an_empty_cell() -> None:
    table = [TABLE[0], ["2", RESPONSE, "", "I support this recommendation."], TABLE[2]]
    doc = extract_pdf(_letter(table))
    cells = [(b.span.slice(doc.text), b.level) for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert cells[:4] == [(text, n) for n, text in enumerate(TABLE[0], start=1)]
    assert cells[4:7] == [("2", 1), (RESPONSE, 2), ("I support this recommendation.", 4)]  # no RAG: still column 4


def test_find_tables_gives_each_row_s_columns() -> None:
    pieces = [
        _Piece("No.", 60, 80, 700),
        _Piece("Response", 180, 240, 700),
        _Piece("Comment", 320, 380, 700),
        _Piece("2", 60, 65, 680),
        _Piece("Supported, with one reservation about timing.", 320, 500, 680),
        _Piece("4", 60, 65, 660),
        _Piece("Accepted. The plan is drafted.", 180, 300, 660),
        _Piece("Supported.", 320, 370, 660),
    ]
    [table] = find_tables(pieces, spacing=13.0)
    assert table.columns == [[0, 1, 2], [0, 2], [0, 1, 2]]
