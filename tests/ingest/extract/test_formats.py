"""Format-specific behaviour on small hand-made inputs: HTML chrome, Markdown, plain text, PDF layout."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from oversight_ingest.document import BlockKind, Document, ExtractionError
from oversight_ingest.extract import check_invariants, extract_document

Line = tuple[float, float, float, str, bool]  # x, y, font size, text, bold


def _blocks(doc: Document) -> list[tuple[BlockKind, str, int]]:
    check_invariants(doc)
    return [(b.kind, doc.block_text(b), b.level) for b in doc.blocks]


# --- HTML -------------------------------------------------------------------------------------

DIV_SOUP = b"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Response</title><style>.x{}</style><script>var cookie = 1;</script></head>
<body class="has-cookie-banner">
<div class="cookie-consent-popup"><p>This site uses cookies to improve your experience.</p></div>
<div id="skiplinks"><a href="#c">Skip to content</a></div>
<div class="site-header"><ul class="main-menu"><li><a href="/">Home</a></li><li>News</li></ul></div>
<div class="breadcrumbs"><a href="/">Home</a> &gt; Responses</div>
<div id="page"><div class="col-left">
<h1>PCC response to the \x93custody\x94 inspection</h1>
<p>The Commissioner welcomes the report<br>and its <b>recommendations</b>. This response sets out progress.</p>
<p>Recommendation&nbsp;1: forces should improve custody records.</p>
<ul><li>Accepted.</li><li>Work is <em>under way</em><ul><li>nested detail</li></ul></li></ul>
<blockquote><p>Quoted text from the report.</p></blockquote>
<table><tr><th>Action</th><th>Owner</th></tr><tr><td>Audit</td><td>Chief Constable</td></tr></table>
<p hidden>Hidden paragraph text.</p><p style="display: none">Also hidden.</p>
<p aria-hidden="true">Aria hidden.</p>
<div class="social-share">Share on Twitter</div>
<div class="newsletter-signup"><p>Sign up to our newsletter for updates.</p></div>
</div><div class="sidebar"><p>Latest news: the office has moved.</p></div></div>
<div class="footer"><p>Copyright the Commissioner.</p></div>
</body></html>"""


def test_html_div_soup_main_content() -> None:
    doc = extract_document(DIV_SOUP, "response.html")
    assert _blocks(doc) == [
        (BlockKind.HEADING, "PCC response to the “custody” inspection", 1),
        (
            BlockKind.PARAGRAPH,
            "The Commissioner welcomes the report and its recommendations. This response sets out progress.",
            0,
        ),
        (BlockKind.PARAGRAPH, "Recommendation 1: forces should improve custody records.", 0),
        (BlockKind.LIST_ITEM, "Accepted.", 1),
        (BlockKind.LIST_ITEM, "Work is under way", 1),
        (BlockKind.LIST_ITEM, "nested detail", 2),
        (BlockKind.QUOTE, "Quoted text from the report.", 0),
        (BlockKind.TABLE_CELL, "Action", 1),  # a cell's level is its column
        (BlockKind.TABLE_CELL, "Owner", 2),
        (BlockKind.TABLE_CELL, "Audit", 1),
        (BlockKind.TABLE_CELL, "Chief Constable", 2),
    ]
    assert not doc.warnings


def test_html_aspnet_form_wrapper_is_kept() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the response explains the progress made on the plan.</p>" for i in range(12)
    )
    page = (
        f"<html><body><form id='aspnetForm'><nav>Menu</nav><div class='content'>{paragraphs}</div></form></body></html>"
    )
    doc = extract_document(page.encode(), "page.aspx")
    assert len(doc.blocks) == 12
    assert "Menu" not in doc.text


def test_html_charset_fallback_and_inline_spacing() -> None:
    page = "<html><body><main><p>Caf\xe9 <span>one</span><span>two</span> three</p></main></body></html>"
    doc = extract_document(page.encode("cp1252"), "p.html")
    assert doc.text == "Café onetwo three"
    assert doc.warnings  # not UTF-8, no declared charset


def test_html_without_content_is_empty() -> None:
    with pytest.raises(ExtractionError) as info:
        extract_document(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "p.html")
    assert info.value.code == "empty"


# --- Markdown and plain text --------------------------------------------------------------------


def test_markdown_structure_and_inline_markup() -> None:
    md = (
        "# Response to the **inspection**\n\n"
        "Intro paragraph with a [link](https://example.org) and *emphasis*\n"
        "continued on the next line.\n\n"
        "Setext heading\n--------------\n\n"
        "- first item\n"
        "- second item\n"
        "  - nested item\n\n"
        "1. numbered item\n\n"
        "> quoted line\n\n"
        "| Action | Owner |\n|---|---|\n| Audit | Force |\n\n"
        "![logo](logo.png)\n\n"
        "---\n\n"
        "Last <u>line</u> with snake_case_name kept.\n"
    )
    doc = extract_document(md.encode(), "r.md")
    assert doc.format == "md"
    assert _blocks(doc) == [
        (BlockKind.HEADING, "Response to the inspection", 1),
        (BlockKind.PARAGRAPH, "Intro paragraph with a link and emphasis continued on the next line.", 0),
        (BlockKind.HEADING, "Setext heading", 2),
        (BlockKind.LIST_ITEM, "first item", 1),
        (BlockKind.LIST_ITEM, "second item", 1),
        (BlockKind.LIST_ITEM, "nested item", 2),
        (BlockKind.LIST_ITEM, "1. numbered item", 1),
        (BlockKind.QUOTE, "quoted line", 0),
        (BlockKind.TABLE_CELL, "Action", 0),
        (BlockKind.TABLE_CELL, "Owner", 0),
        (BlockKind.TABLE_CELL, "Audit", 0),
        (BlockKind.TABLE_CELL, "Force", 0),
        (BlockKind.PARAGRAPH, "Last line with snake_case_name kept.", 0),
    ]


def test_plain_text_hard_wrapped_lines_join_into_paragraphs() -> None:
    text = (
        "Dear Chief Inspector\n\n"
        "The force has accepted all of the recommendations in the report and has\n"
        "put in place a plan to deliver them by the end of the year. Progress is\n"
        "monitored monthly.\n"
        "Next steps are set out below.\n\n"
        "Yours sincerely\n"
    )
    doc = extract_document(text.encode(), "letter.txt")
    assert doc.format == "txt"
    assert [t for _, t, _ in _blocks(doc)] == [
        "Dear Chief Inspector",
        "The force has accepted all of the recommendations in the report and has put in place a plan to deliver "
        "them by the end of the year. Progress is monitored monthly.",
        "Next steps are set out below.",
        "Yours sincerely",
    ]


def test_plain_text_unwrapped_lines_are_paragraphs() -> None:
    long = "This is a long paragraph that was written without hard wrapping, so it runs well past eighty characters."
    doc = extract_document(f"{long}\n{long}\r\n{long}\r".encode(), "a.txt")
    assert len(doc.blocks) == 3


def test_plain_text_keeps_asterisks_and_underscores() -> None:
    doc = extract_document(b"Rate * 2 and file_name_here stay as written; 5 * 3 = 15.", "a.txt")
    assert doc.text == "Rate * 2 and file_name_here stay as written; 5 * 3 = 15."


# --- PDF layout -------------------------------------------------------------------------------


def _text_pdf(pages: list[list[Line]]) -> bytes:
    """A PDF whose pages hold (x, y, size, text, bold) lines in standard fonts."""
    pdf = pdfium.PdfDocument.new()
    regular = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica")
    bold = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica-Bold")
    for lines in pages:
        page = pdf.new_page(595, 842)
        for x, y, size, text, is_bold in lines:
            obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, bold if is_bold else regular, ctypes.c_float(size))
            encoded = (text + "\0").encode("utf-16-le")
            buf = ctypes.create_string_buffer(encoded, len(encoded))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    import io

    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def _page(n: int, body: list[Line]) -> list[Line]:
    return [
        (300, 800, 9, "Office of the Police and Crime Commissioner", False),
        *body,
        (280, 30, 9, f"Page {n} of 2", False),
    ]


def test_pdf_layout_reconstruction() -> None:
    lead = 14.0
    page1: list[Line] = [
        (72, 740, 16, "Response to the inspection", True),
        (72, 710, 11, "The Commissioner has considered the report and accepts its findings in", False),
        (72, 710 - lead, 11, "full. The force has agreed an action plan with clear owners and a time-", False),
        (72, 710 - 2 * lead, 11, "table, and progress on the anti-", False),
        (72, 710 - 3 * lead, 11, "Slavery work will be reported.", False),
        (72, 650, 11, "Recommendation 1", True),
        (72, 630, 11, "Forces should review their custody records and publish the results of", False),
        (72, 630 - lead, 11, "the review by the end of the year.", False),
        (72, 590, 11, "\u2022 First action for the force to deliver.", False),
        (72, 590 - lead, 11, "\u2022 Second action, also for the force.", False),
        (72, 100, 11, "The programme board will oversee the whole timetable and report on the", False),
    ]
    page2: list[Line] = [
        (72, 740, 11, "work each quarter to the Commissioner and the public.", False),
        (72, 710, 11, "Yours sincerely", False),
    ]
    doc = extract_document(_text_pdf([_page(1, page1), _page(2, page2)]), "letter.pdf")
    assert doc.pages == 2
    assert doc.furniture == ["Office of the Police and Crime Commissioner"]
    assert _blocks(doc) == [
        (BlockKind.HEADING, "Response to the inspection", 1),
        (
            BlockKind.PARAGRAPH,
            "The Commissioner has considered the report and accepts its findings in full. The force has agreed an "
            "action plan with clear owners and a timetable, and progress on the anti-Slavery work will be reported.",
            0,
        ),
        (BlockKind.HEADING, "Recommendation 1", 2),
        (
            BlockKind.PARAGRAPH,
            "Forces should review their custody records and publish the results of the review by the end of the year.",
            0,
        ),
        (BlockKind.LIST_ITEM, "First action for the force to deliver.", 1),
        (BlockKind.LIST_ITEM, "Second action, also for the force.", 1),
        (
            BlockKind.PARAGRAPH,
            "The programme board will oversee the whole timetable and report on the work each quarter to the "
            "Commissioner and the public.",
            0,
        ),
        (BlockKind.PARAGRAPH, "Yours sincerely", 0),
    ]


def test_plain_text_rejoins_a_sentence_wrapped_wider_than_usual() -> None:
    first = "We found that the force needs to improve how it responds when children go missing. The force"
    second = "should consider its use of the risk assessment tool, and supervisors said they were stretched."
    long = "A separate paragraph that was written on one line and runs on well past one hundred and twenty columns."
    doc = extract_document(f"{first}\n{second}\n{long}\nwww.example-pcc.gov.uk".encode(), "a.txt")
    assert [doc.block_text(b) for b in doc.blocks] == [f"{first} {second}", long, "www.example-pcc.gov.uk"]


def test_a_paragraph_typed_as_a_row_with_bars_between_its_cells_is_read_as_cells() -> None:
    data = (
        b"Dear Chief Inspector,\n\nRec | Position | Progress\n\n2 | Accept | Complete\n\n"
        b"Either way | the force will decide.\n"
    )
    doc = extract_document(data, "txt")
    check_invariants(doc)
    cells = [doc.text[b.span.start : b.span.end] for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert cells == ["Rec", "Position", "Progress", "2", "Accept", "Complete"]
    # one bar alone (two parts) is prose, not a row
    assert doc.text.endswith("Either way | the force will decide.")
