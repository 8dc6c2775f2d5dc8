"""Table cells carry their column (``Block.level``, from 1): an empty cell or a merged one before a cell leaves it in
its own column, so the reader can tell whose words it is (the force's response, the commissioner's comment)."""

from __future__ import annotations

from tests.ingest.extract.test_errors import _minimal_docx
from tests.ingest.letters._letters_helpers import PACKS

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.document import BlockKind
from oversight_ingest.extract import check_invariants
from oversight_ingest.extract.docx import extract_docx
from oversight_ingest.extract.html import extract_html
from oversight_ingest.packs import load_pack
from oversight_ingest.pipeline import ingest_bytes
from oversight_ingest.result import Stance, Voice

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _cells(doc):  # type: ignore[no-untyped-def]
    return [(doc.block_text(b), b.level) for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]


def _tc(text: str, span: int = 1) -> str:
    grid = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    return f"<w:tc>{grid}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>" if text else f"<w:tc>{grid}<w:p/></w:tc>"


def test_docx_cells_keep_their_columns_past_empty_and_merged_cells() -> None:
    rows = [["Rec", "Force response", "PCC comment"], ["", "Accepted.", "Supported."], ["Merged note", "Last"]]
    spans = [[1, 1, 1], [1, 1, 1], [2, 1]]
    body = "<w:tbl>" + "".join(
        "<w:tr>" + "".join(_tc(t, s) for t, s in zip(r, sp, strict=True)) + "</w:tr>"
        for r, sp in zip(rows, spans, strict=True)
    )
    doc = extract_docx(_minimal_docx(body + "</w:tbl>"))
    check_invariants(doc)
    assert _cells(doc) == [
        ("Rec", 1),
        ("Force response", 2),
        ("PCC comment", 3),
        ("Accepted.", 2),  # the empty first cell still counts
        ("Supported.", 3),
        ("Merged note", 1),
        ("Last", 3),  # after a cell spanning two columns
    ]


def test_html_cells_keep_their_columns_past_empty_cells_and_colspans() -> None:
    page = (
        b"<html><body><main><p>Our response to the report, in a table.</p><table>"
        b"<tr><th>Rec</th><th>Force response</th><th>PCC comment</th></tr>"
        b"<tr><td></td><td>Accepted.</td><td>Supported.</td></tr>"
        b"<tr><td colspan='2'>Merged note</td><td>Last</td></tr>"
        b"</table></main></body></html>"
    )
    doc = extract_html(page)
    assert _cells(doc) == [
        ("Rec", 1),
        ("Force response", 2),
        ("PCC comment", 3),
        ("Accepted.", 2),
        ("Supported.", 3),
        ("Merged note", 1),
        ("Last", 3),
    ]


def test_a_cell_after_an_empty_one_is_still_read_in_its_column_s_voice() -> None:
    """Two rows with no force response yet (an empty middle cell): the comment column's "I support" is the
    commissioner's, not the force's, and the rows with a force response give the chief constable's stance too."""
    oic = load_pack(PACKS / "oic-2025.json")
    answers = {"2": "Accepted. The form is in use.", "4": "", "8": "Accepted. Sessions are booked.", "9": ""}
    rows = "".join(
        f"<tr><td>Recommendation {f.reference}: {f.text}</td><td>{answers[f.reference]}</td>"
        "<td>I support this recommendation.</td></tr>"
        for f in oic.findings
        if f.reference in answers
    )
    page = (
        "<html><head><title>Response | Office of the Police and Crime Commissioner for Kent</title></head><body><main>"
        "<h1>Improving the response to organised immigration crime</h1><p>1 July 2025</p>"
        "<p>For each recommendation, the force's response is followed by my comment.</p>"
        f"<table><tr><th>Recommendation</th><th>Force response</th><th>PCC comment</th></tr>{rows}</table>"
        "<p>Yours sincerely, Jo Bloggs, Kent Police and Crime Commissioner</p></main></body></html>"
    ).encode()
    result = ingest_bytes(page, "letter.html", Catalogue.default([oic]), report_key="oic-2025")
    items = {i.recommendation: i for i in result.items}
    assert set(items) == {"2", "4", "8", "9"}
    for ref, item in items.items():
        assert (item.stance, item.stance_by) == (Stance.SUPPORT, Voice.POLICING_BODY), ref
        assert item.chief_constable_stance == (Stance.ACCEPT if answers[ref] else None), ref


def test_yes_and_no_under_a_column_asking_a_stance_are_that_stance_in_the_voice_the_header_names() -> None:
    """A tracker with 'Agreed by force' and 'PCC supports?' columns answered Yes, No or In part."""
    oic = load_pack(PACKS / "oic-2025.json")
    answers = {"2": ("Yes", "Yes"), "4": ("Yes", "No"), "8": ("Yes", "In part – see note"), "9": ("No", "Yes")}
    rows = "".join(
        f"<tr><td>R{f.reference} {f.text[:60]}</td><td>{answers[f.reference][0]}</td>"
        f"<td>{answers[f.reference][1]}</td><td>Under way.</td></tr>"
        for f in oic.findings
        if f.reference in answers
    )
    page = (
        "<html><head><title>Response | Office of the Police and Crime Commissioner for Kent</title></head><body><main>"
        "<h1>Improving the response to organised immigration crime</h1><p>1 July 2025</p>"
        "<p>The force's response to each recommendation is below, with my own view beside it.</p>"
        "<table><tr><th>Recommendation</th><th>Agreed by force</th><th>PCC supports?</th><th>Progress</th></tr>"
        f"{rows}</table>"
        "<p>Yours sincerely, Jo Bloggs, Kent Police and Crime Commissioner</p></main></body></html>"
    ).encode()
    result = ingest_bytes(page, "letter.html", Catalogue.default([oic]), report_key="oic-2025")
    items = {i.recommendation: i for i in result.items}
    read = {r: (i.stance, i.stance_by, i.chief_constable_stance) for r, i in items.items()}
    assert read == {
        "2": (Stance.SUPPORT, Voice.POLICING_BODY, Stance.AGREE),
        "4": (Stance.DISAGREE, Voice.POLICING_BODY, Stance.AGREE),
        "8": (Stance.PARTIALLY_AGREE, Voice.POLICING_BODY, Stance.AGREE),
        "9": (Stance.SUPPORT, Voice.POLICING_BODY, Stance.DISAGREE),
    }
