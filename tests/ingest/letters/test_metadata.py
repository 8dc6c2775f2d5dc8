"""Letter metadata (organisation, author, date, report) on the seed letters and on letters written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.extract import extract_document
from oversight_ingest.letters.metadata import find_author, find_date, match_organisation, match_report, read_metadata
from oversight_ingest.packs import load_pack

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
PACKS = REPO / "src" / "oversight" / "reports" / "packs"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed letters not available")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])


def _doc(text: str, name: str = "letter.txt"):
    return extract_document(text.encode("utf-8"), name)


def _words(text: str | None) -> set[str]:
    """Role words for comparison: order, case, 'the', '&'/'and' and punctuation do not matter."""
    text = (text or "").lower().replace("&", " and ")
    return {w for w in re.findall(r"[a-z]+", text) if w not in {"the", "s", "for", "of"}}


def _truth() -> list[dict[str, Any]]:
    if not SEEDS.is_dir():
        return []
    letters: list[dict[str, Any]] = json.loads((SHARED / "eval" / "seed_truth.json").read_text("utf-8"))["letters"]
    return letters


TRUTH_REPORT_TITLES = {
    "oic-2025": "Improving the response to organised immigration crime",
    "soc-yh": "An inspection of the Yorkshire and Humber regional response to serious and organised crime",
}


@needs_seeds
@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf", "html"])
@pytest.mark.parametrize("truth", _truth(), ids=lambda t: t["seed"][:3])
def test_seed_metadata(truth: dict[str, Any], fmt: str, catalogue: Catalogue) -> None:
    path = SEEDS / f"{truth['seed']}.{fmt}"
    doc = extract_document(path.read_bytes(), path.name)
    meta = read_metadata(doc, catalogue)
    assert meta.organisation is not None
    assert meta.organisation.force == truth["force"]
    assert meta.organisation.span is not None
    assert meta.organisation.name_in_letter
    assert meta.author is not None
    assert meta.author.name == truth["author"]["name"]
    assert _words(meta.author.role) == _words(truth["author"]["role"])
    assert meta.date == truth["date"]
    assert meta.report is not None
    assert meta.report.matched
    assert meta.report.title == TRUTH_REPORT_TITLES[truth["report"]]


ESSEX_PFCC = """Office of the Police, Fire and Crime Commissioner for Essex
Kelvedon Park, London Road, Rivenhall, Witham CM8 3HB

Date: 3rd March 2025

Dear Sir Andy,

Re: "Police performance: getting a grip"

Thank you for your report. I have discussed the findings with the Chief Constable of Essex Police.
Kent Police and Suffolk Constabulary have shared good practice with us, and the Metropolitan Police
provided mutual aid. Essex Police has already started work on each area for improvement.

Kind regards,

Roger Hirst
Police, Fire and Crime Commissioner for Essex
"""

MOPAC = """MAYOR OF LONDON
OFFICE FOR POLICING AND CRIME

12/08/2024

Response from Sophie Linden, Deputy Mayor for Policing and Crime, to the HMICFRS report on vetting.

MOPAC welcomes the report. The Metropolitan Police Service (MPS) has accepted both recommendations and
the Deputy Mayor will track progress through the Oversight Board. The MPS has begun a review of every case.

Yours sincerely,

Sophie Linden
Deputy Mayor for Policing and Crime
Mayor's Office for Policing and Crime
"""

GREATER_MANCHESTER = """Greater Manchester Combined Authority
Tootal Buildings, 56 Oxford Street, Manchester M1 6EU

14 November 2024

Dear HM Inspector,

Response to HMICFRS inspection report – An inspection of how well the police tackle serious youth violence

Greater Manchester Police (GMP) has accepted the recommendation and has a plan in place. I will continue to hold
GMP to account for delivery, working with Lancashire Constabulary and Cheshire Constabulary on cross-border work.

Yours faithfully

Kate Green
Deputy Mayor for Policing, Crime, Criminal Justice and Fire
"""

DEVON_CORNWALL_NO_VALEDICTION = (
    "Devon and Cornwall Police and Crime Commissioner response to the HMICFRS report "
    '"Activism and impartiality in policing"\n'
    """

Published: 22 September 2021

PCC response: October 2021

The Chief Constable has accepted the recommendations for Devon and Cornwall Police. I will monitor progress.

Alison Hernandez
Police and Crime Commissioner for Devon and Cornwall
"""
)

MISSPELT_AND_US_DATE = """THAMES VALLY POLICE AND CRIME COMMISSIONER

March 7, 2025

Dear Chief Inspector,

HMICFRS report: improving the response to OIC

Thames Valley Police (TVP) is working on recommendation 2. Sussex Police and Sussex Police shared their plans.

Regards,

Matthew Barber
Police and Crime Commissioner for Thames Valley
"""


def test_pfcc_letter(catalogue: Catalogue) -> None:
    meta = read_metadata(_doc(ESSEX_PFCC), catalogue)
    assert meta.organisation is not None
    assert meta.organisation.force == "Essex Police"
    assert meta.organisation.name == "Essex Police, Fire and Crime Commissioner"
    assert "Essex" in (meta.organisation.name_in_letter or "")
    assert meta.author is not None
    assert meta.author.name == "Roger Hirst"
    assert meta.author.role == "Police, Fire and Crime Commissioner for Essex"
    assert meta.date == "2025-03-03"
    assert meta.report is not None
    assert not meta.report.matched
    assert meta.report.title == "Police performance: getting a grip"


def test_mopac_letter_with_numeric_date(catalogue: Catalogue) -> None:
    meta = read_metadata(_doc(MOPAC), catalogue)
    assert meta.organisation is not None
    assert meta.organisation.force == "Metropolitan Police Service"
    assert meta.author is not None
    assert meta.author.name == "Sophie Linden"
    assert meta.author.role is not None
    assert meta.author.role.startswith("Deputy Mayor for Policing and Crime")
    assert meta.date == "2024-08-12"


def test_mayoral_combined_authority_prefers_author_over_neighbouring_forces(catalogue: Catalogue) -> None:
    meta = read_metadata(_doc(GREATER_MANCHESTER), catalogue)
    assert meta.organisation is not None
    assert meta.organisation.force == "Greater Manchester Police"
    assert meta.organisation.name_in_letter == "Greater Manchester Combined Authority"
    assert meta.author is not None
    assert meta.author.name == "Kate Green"
    assert meta.date == "2024-11-14"
    assert meta.report is not None
    assert not meta.report.matched
    assert meta.report.title == "An inspection of how well the police tackle serious youth violence"


def test_signature_without_valediction_and_month_date(catalogue: Catalogue) -> None:
    meta = read_metadata(_doc(DEVON_CORNWALL_NO_VALEDICTION), catalogue)
    assert meta.organisation is not None
    assert meta.organisation.force == "Devon and Cornwall Police"
    assert meta.author is not None
    assert meta.author.name == "Alison Hernandez"
    assert meta.author.role == "Police and Crime Commissioner for Devon and Cornwall"
    assert meta.date == "2021-10"  # not the publication date
    assert meta.report_published_in_letter == "2021-09-22"
    assert meta.report is not None
    assert meta.report.title == "Activism and impartiality in policing"


def test_misspelt_office_us_date_and_abbreviated_report(catalogue: Catalogue) -> None:
    text = MISSPELT_AND_US_DATE.replace(
        "HMICFRS report: improving the response to OIC",
        "Organised immigration crime (OIC)\n\nHMICFRS report: improving the response to OIC",
    )
    meta = read_metadata(_doc(text), catalogue)
    assert meta.organisation is not None
    assert meta.organisation.force == "Thames Valley Police"
    assert meta.date == "2025-03-07"
    assert meta.report is not None
    assert meta.report.matched
    assert meta.report.key == "oic-2025"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("26th June 2025", "2025-06-26"),
        ("09 February 2025", "2025-02-09"),
        ("1 Sept 2024", "2024-09-01"),
        ("Monday, 2nd of December 2024", "2024-12-02"),
        ("Date: 05/06/2025", "2025-06-05"),
        ("Dated 5.6.25", "2025-06-05"),
        ("2025-01-31", "2025-01-31"),
        ("PCC Response: July 2025", "2025-07"),
        ("**June 2024**", "2024-06"),
    ],
)
def test_date_forms(line: str, expected: str) -> None:
    doc = _doc(f"Police and Crime Commissioner for Kent\n\n{line}\n\nDear Sir,\n\nThe letter.\n")
    assert find_date(doc)[0] == expected


def test_no_date_in_sentences_or_publication_lines() -> None:
    text = (
        "Response from the PCC\n\nHMICFRS Report Published: 16.05.25\n\n"
        "Between October and December 2024 the force recorded 12 incidents. By 30 April 2026 it will finish.\n"
    )
    value, span = find_date(_doc(text))
    assert value is None
    assert span is None


def test_signature_image_description_and_duplicate_are_skipped(catalogue: Catalogue) -> None:
    text = (
        "Kent Police and Crime Commissioner\n\n1 May 2025\n\nDear Chief Inspector,\n\n"
        "Response from Matthew Scott, Kent PCC, to the report.\n\nThe force accepts the findings.\n\n"
        "Yours sincerely,\n\nA handwritten signature in blue ink reading 'M Scott'.\n\n"
        "Matthew Scott\n\nMathew Scot\n\nKent Police and Crime Commissioner\n"
    )
    author = find_author(_doc(text), catalogue)
    assert author is not None
    assert author.name == "Matthew Scott"
    assert author.role == "Kent Police and Crime Commissioner"


def test_author_from_response_line_when_no_signature(catalogue: Catalogue) -> None:
    text = (
        "Response from Donna Jones, Police and Crime Commissioner for Hampshire and Isle of Wight, to the report.\n\n"
        "The force has accepted the recommendation and work is under way across the county.\n"
    )
    author = find_author(_doc(text), catalogue)
    assert author is not None
    assert author.name == "Donna Jones"
    assert author.role == "Police and Crime Commissioner for Hampshire and Isle of Wight"
    org = match_organisation(_doc(text), catalogue)
    assert org is not None
    assert org.force == "Hampshire and Isle of Wight Constabulary"


def test_no_policing_body_named(catalogue: Catalogue) -> None:
    doc = _doc("Dear Sir,\n\nThank you for the report. We agree with it.\n\nYours faithfully,\n\nA Person\n")
    assert match_organisation(doc, catalogue) is None
    assert match_report(doc, catalogue.reports) is None


def test_people_in_catalogue_identify_the_body() -> None:
    from oversight_ingest.catalogue import CatalogueOrganisation

    cat = Catalogue(
        organisations=[
            CatalogueOrganisation("Office of the PCC for Testshire", "pcc", force="Testshire Police", area="Testshire"),
            CatalogueOrganisation(
                "Office of the PCC for Otherland", "pcc", force="Otherland Police", people=("Jo Bloggs",)
            ),
        ]
    )
    doc = _doc("Dear Sir,\n\nWe agree.\n\nYours sincerely,\n\nJo Bloggs\n")
    org = match_organisation(doc, cat)
    assert org is not None
    assert org.force == "Otherland Police"


MORE_LETTERS = {
    "mayor-north-yorkshire": (
        "Mayor of York and North Yorkshire\n\n1st August 2025\n\nDear Chief Inspector\n\n"
        "Re: HMICFRS PEEL inspection of North Yorkshire Police 2025\n\nThe force has made progress. West Yorkshire "
        "Police and Cleveland Police were helpful.\n\nYours sincerely\n\nJo Coles\n\n"
        "Deputy Mayor for Policing, Fire and Crime\n",
        ("North Yorkshire Police", "Jo Coles", "2025-08-01"),
    ),
    "bilingual-date-label": (
        "Dyfed-Powys Police and Crime Commissioner\n\nDyddiad / Date: 4 March 2025\n\nDear Mr Cooke,\n\n"
        "The force accepts the areas for improvement and Gwent Police is supporting.\n\nYours sincerely,\n\n"
        "Dafydd Llywelyn\nPolice and Crime Commissioner for Dyfed-Powys\n",
        ("Dyfed-Powys Police", "Dafydd Llywelyn", "2025-03-04"),
    ),
    "police-authority": (
        "City of London Police Authority Board\n\n15 May 2025\n\nDear HM Inspector,\n\n"
        "The City of London Police has accepted the recommendation.\n\nYours sincerely,\n\n"
        "Tijs Broeke\nChair, Police Authority Board\n",
        ("City of London Police", "Tijs Broeke", "2025-05-15"),
    ),
    "capitals-and-many-forces": (
        "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LANCASHIRE\n\n2 September 2025\n\nDear Sir,\n\n"
        "Lancashire Constabulary welcomes the report. Merseyside Police, Cumbria Constabulary, Greater Manchester "
        "Police and Cheshire Constabulary were also inspected. Merseyside Police has shared good practice.\n\n"
        "Kind regards\n\nClive Grunshaw\nPolice and Crime Commissioner for Lancashire\n",
        ("Lancashire Constabulary", "Clive Grunshaw", "2025-09-02"),
    ),
    "date-after-signature": (
        "Dear Chief Inspector,\n\nThank you for the report, which Kent Police welcomes.\n\nYours sincerely,\n\n"
        "Matthew Scott\nKent Police and Crime Commissioner\n\n12 June 2025\n",
        ("Kent Police", "Matthew Scott", "2025-06-12"),
    ),
}


@pytest.mark.parametrize("name", sorted(MORE_LETTERS))
def test_more_bodies_and_layouts(name: str, catalogue: Catalogue) -> None:
    text, (force, author, date) = MORE_LETTERS[name]
    meta = read_metadata(_doc(text), catalogue)
    assert meta.organisation is not None
    assert meta.organisation.force == force
    assert meta.author is not None
    assert meta.author.name == author
    assert meta.date == date


@pytest.mark.parametrize(
    "line",
    [
        "Response to HMICFRS: PEEL 2025 - An inspection of Staffordshire Police",
        "Response to His Majesty's Inspectorate of Constabulary and Fire & Rescue Services - "
        "PEEL 2025 - An inspection of Staffordshire Police",
    ],
)
def test_a_title_after_the_inspectorates_name_is_the_report_the_letter_names(line: str, catalogue: Catalogue) -> None:
    text = (
        "Staffordshire Commissioner for Police, Fire and Rescue and Crime\n\n"
        f"{line}\n\n15 October 2025\n\nI welcome the Inspectorate's assessment of the force.\n"
    )
    meta = read_metadata(_doc(text), catalogue)
    assert meta.report is not None
    assert not meta.report.matched
    assert meta.report.title_in_letter == "PEEL 2025 - An inspection of Staffordshire Police"
