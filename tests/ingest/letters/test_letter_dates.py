"""Dates in the forms letters print them, wherever they stand; the organisation a letter is from."""

from __future__ import annotations

import pytest
from tests.ingest.letters._letters_helpers import text_document

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.document import Document
from oversight_ingest.letters.letterdate import find_date
from oversight_ingest.letters.metadata import read_metadata


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.default()


def _letter(top: str = "", bottom: str = "") -> str:
    return f"""Office of the Police and Crime Commissioner for Kent

{top}

Dear Sir Andy,

Thank you for the report. I accept all the recommendations and will monitor the force's progress.

Yours sincerely,

Alex Morgan
Police and Crime Commissioner for Kent

{bottom}"""


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("9th July 2025", "2025-07-09"),
        ("09/07/25", "2025-07-09"),
        ("9 July 2025", "2025-07-09"),
        ("Wednesday 9 July 2025", "2025-07-09"),
        ("July 9, 2025", "2025-07-09"),
        ("2025-07-09", "2025-07-09"),
        ("09.07.2025", "2025-07-09"),
        ("July 2025", "2025-07"),
        ("2 Jul 25", "2025-07-02"),
        # bilingual letters from the Welsh forces' policing bodies
        ("27 Mehefin / June 2025", "2025-06-27"),
        ("Dydd Mercher 9 Gorffennaf 2025", "2025-07-09"),
    ],
)
def test_dates_in_the_letterhead(catalogue: Catalogue, printed: str, iso: str) -> None:
    assert read_metadata(text_document(_letter(top=printed)), catalogue).date == iso


@pytest.mark.parametrize("bottom", ["4th August 2025", "Signed on 4 August 2025", "Sent on 4th August 2025 by email"])
def test_date_after_the_signature(catalogue: Catalogue, bottom: str) -> None:
    assert read_metadata(text_document(_letter(bottom=bottom)), catalogue).date == "2025-08-04"


def test_a_two_digit_year_after_a_month_name_is_a_date_only_where_the_line_ends() -> None:
    body = _letter(top="Ref PCC/031").replace("Thank you for the report.", "On 2 July 25 officers began the course.")
    assert find_date(text_document(body))[0] is None


def test_date_only_in_a_page_footer_line(catalogue: Catalogue) -> None:
    footer = "Office of the Police and Crime Commissioner for Kent | Kent | 06.07.2025 Page 1 of 1"
    assert read_metadata(text_document(_letter(bottom=footer)), catalogue).date == "2025-07-06"


def test_date_only_in_running_furniture(catalogue: Catalogue) -> None:
    doc = text_document(_letter())
    with_footer = Document(text=doc.text, format="pdf", blocks=doc.blocks, furniture=["Kent OPCC | 6 July 2025"])
    meta = read_metadata(with_footer, catalogue)
    assert meta.date == "2025-07-06"
    assert meta.date_span is None  # not in the body text, so nothing to highlight


def test_organisation_is_the_writer_not_the_neighbours_it_mentions(catalogue: Catalogue) -> None:
    letter = """Office of the West Mercia Police and Crime Commissioner

5 July 2025

Dear Sir Andy,

West Mercia Police works closely with West Midlands Police and the West Midlands Regional Organised Crime Unit
on this. West Midlands Police leads the regional work and West Midlands Police hosts the unit.

Yours sincerely,

Jo Bloggs
West Mercia Police and Crime Commissioner"""
    org = read_metadata(text_document(letter), catalogue).organisation
    assert org is not None
    assert org.force == "West Mercia Police"
    assert org.to_json()["force_slug"] == "west-mercia-police"


def test_web_page_names_its_body_only_in_the_site_chrome_and_dates_itself_published(catalogue: Catalogue) -> None:
    from oversight_ingest.extract import extract_document

    page = b"""<!DOCTYPE html><html><head><title>Our response | Office of the Police and Crime Commissioner for
    Norfolk</title></head><body><header><a class="site-name" href="/">Norfolk OPCC</a><nav><a href="/">Home</a></nav>
    </header><main><h1>Response to: Improving the response to organised immigration crime</h1>
    <p>Published: 3 July 2025</p><p>The Commissioner has considered the report and the Chief Constable's response.
    The Commissioner supports all the recommendations made to chief constables.</p></main>
    <footer>Office of the Police and Crime Commissioner for Norfolk</footer></body></html>"""
    doc = extract_document(page, "response.html")
    assert "Norfolk" not in doc.text  # the chrome stays out of the text ...
    meta = read_metadata(doc, catalogue)
    assert meta.organisation is not None  # ... but names the body
    assert meta.organisation.force == "Norfolk Constabulary"
    assert meta.date == "2025-07-03"


def test_a_reports_publication_date_is_not_the_letters(catalogue: Catalogue) -> None:
    letter = _letter(top="The report was published on 16 May 2025.", bottom="4 July 2025")
    assert read_metadata(text_document(letter), catalogue).date == "2025-07-04"


@pytest.mark.parametrize(("printed", "iso"), [("18/07/25", "2025-07-18"), ("18th July 2025", "2025-07-18")])
def test_date_at_the_end_of_a_sign_off_run_into_one_line(catalogue: Catalogue, printed: str, iso: str) -> None:
    text = _letter().replace(
        "Yours sincerely,\n\nAlex Morgan\nPolice and Crime Commissioner for Kent",
        f"Yours sincerely, Alex Morgan Police and Crime Commissioner for Kent {printed}",
    )
    assert read_metadata(text_document(text), catalogue).date == iso


def test_a_deadline_at_the_end_of_the_sign_off_is_not_the_date(catalogue: Catalogue) -> None:
    text = _letter().replace(
        "Yours sincerely,\n\nAlex Morgan\nPolice and Crime Commissioner for Kent",
        "Yours sincerely, Alex Morgan Police and Crime Commissioner for Kent, reporting again by 18/07/25",
    )
    assert read_metadata(text_document(text), catalogue).date is None


def test_a_date_after_a_date_label_on_a_longer_line_is_the_letters() -> None:
    doc = text_document(
        "Example Police and Crime Commissioner\n\nPerformance meeting: decision record\n\n"
        "Date of meeting: 9 July 2025. Subject: the inspection report.\n\n"
        "Rec 2\n\nComplete – Sept 2024\n\nApproved by Sam Example"
    )
    assert find_date(doc)[0] == "2025-07-09"


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Office of the Police and Crime Commissioner for Kent, Maidstone. July 8, 2025. HMICFRS, ", "2025-07-08"),
        (
            "Kent OPCC. Date: 04 July 2025. HMICFRS: Improving the response. Response from the Commissioner. ",
            "2025-07-04",
        ),
    ],
)
def test_a_date_standing_as_its_own_sentence_in_a_letterhead_run_into_one_paragraph(head: str, iso: str) -> None:
    body = "Thank you for the report, which was published on 16 May 2025. " + "I accept the recommendations. " * 12
    assert find_date(text_document(head + body + "\n\nYours sincerely,\n\nAlex Morgan\n"))[0] == iso


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        (
            "Office of the Police and Crime Commissioner for Kent Sutton Road Maidstone ME15 9BZ 3 July 2025 ",
            "2025-07-03",
        ),
        ("Kent OPCC, 3rd July 2025, ", "2025-07-03"),
        ("Our ref: OPCC/25/117 Date: 03/07/2025 ", "2025-07-03"),
        ("Thursday 3 July 2025. ", "2025-07-03"),
        # before the salutation but after a preposition: a date the letter mentions, not its own
        ("Kent OPCC. Response to the report of 16 May 2025 ", None),
    ],
)
def test_a_date_before_the_salutation_of_a_letter_run_into_one_paragraph(head: str, iso: str | None) -> None:
    body = "Dear Sir Andy, thank you for the report. " + "I accept the recommendations. " * 12
    assert find_date(text_document(head + body + "Yours sincerely, Alex Morgan"))[0] == iso
