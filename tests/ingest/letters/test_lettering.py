"""Findings lettered by the letter itself ("AFI (b)"), and a report title printed without its generic lead."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ingest.letters._letters_helpers import text_document

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.packs import load_pack
from oversight_ingest.pipeline import ingest_document
from oversight_ingest.result import ClaimedStatus, Stance

PACKS = Path(__file__).resolve().parents[3] / "src" / "oversight" / "reports" / "packs"

LETTER = """Office of the Police and Crime Commissioner for Humberside

09/07/25

Dear Sir Andy,

Yorkshire and Humber regional response to serious and organised crime

I write in response to the inspection. Humberside Police, South Yorkshire Police and West Yorkshire Police share
the regional organised crime unit.

AFI (a)

"The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should improve how they work
together to tackle serious and organised crime."

I accept this. A shared tasking board has met every month since January.

AFI (b)

I agree. The four forces will buy surveillance kit through one regional framework from next April.

Yours sincerely,

Jo Bell
Police and Crime Commissioner for Humberside
"""


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])


def test_a_title_without_an_inspection_of_still_names_the_report(catalogue: Catalogue) -> None:
    result = ingest_document(text_document(LETTER), catalogue, file="letter.txt")
    assert result.report is not None
    assert result.report.key == "soc-yh-2025"
    assert result.report.matched
    assert result.organisation is not None
    assert result.organisation.force == "Humberside Police"
    assert result.date == "2025-07-09"


def test_lettered_labels_start_answers_in_the_letter_s_own_lettering(catalogue: Catalogue) -> None:
    result = ingest_document(text_document(LETTER), catalogue, file="letter.txt")
    items = {i.recommendation: i for i in result.items}
    assert set(items) == {"1", "2"}
    assert items["1"].label_in_letter == "AFI (a)"
    assert items["1"].status is ClaimedStatus.IMPLEMENTED
    assert items["2"].stance is Stance.AGREE
    assert items["2"].status is ClaimedStatus.PLANNED
