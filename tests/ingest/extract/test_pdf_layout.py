"""How the lines of a PDF are joined into headings and paragraphs."""

from __future__ import annotations

from tests.ingest.corpus.build import render_pdf

from oversight_ingest.document import BlockKind
from oversight_ingest.extract.pdf import extract_pdf

TITLE = "Response to the HMICFRS report 'Improving the response to organised immigration crime' from us"


def test_a_full_width_bold_title_set_apart_from_the_text_below_is_a_heading() -> None:
    doc = extract_pdf(
        render_pdf(
            [
                ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "Globe House", "London"]),
                ("salutation", "Dear Sir Andy,"),
                ("title", TITLE),
                ("p", "I accept recommendations 2 and 4 in full. The first was met before the inspection began. " * 3),
                (
                    "p",
                    "The second is to be drawn up jointly with a neighbouring force, and work begins in August. " * 3,
                ),
            ]
        )
    )
    blocks = [(b.kind, b.span.slice(doc.text)) for b in doc.blocks]
    assert (BlockKind.HEADING, TITLE) in blocks
    assert blocks[-2][1].startswith("I accept recommendations 2 and 4")


def test_a_findings_label_under_an_appendix_heading_is_a_heading_of_its_own() -> None:
    doc = extract_pdf(
        render_pdf(
            [
                ("p", "I accept the recommendations, as does the Chief Constable, whose response is appended. " * 3),
                ("heading", "Appendix: Chief Constable's response"),
                ("heading", "Recommendation 2"),
                ("p", "Accepted. A new referral process will be launched to all officers in January 2026."),
                ("heading", "Recommendation 4"),
                ("p", "Accepted. The force's plan was completed in May and is shared every month."),
            ]
        )
    )
    headings = [b.span.slice(doc.text) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["Appendix: Chief Constable's response", "Recommendation 2", "Recommendation 4"]
