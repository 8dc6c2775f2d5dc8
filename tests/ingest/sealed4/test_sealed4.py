"""The fourth sealed set is shaped as promised and rebuilds byte for byte.

These tests never run the ingestion pipeline on the letters: the set is kept from tuning, so
nothing here may show what the reader makes of them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import load_builder

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))
LETTERS: list[dict[str, Any]] = TRUTH["letters"]
STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree", "not_stated"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
SEED_FORCES = {"South Yorkshire Police", "Thames Valley Police", "West Yorkshire Police", "West Midlands Police"}
OIC_PUBLISHED = dt.date(2025, 5, 16)


BUILD = load_builder(HERE / "build.py")


def test_twenty_letters_five_of_each_format_from_forces_not_the_seeds() -> None:
    assert len(LETTERS) == 20
    assert Counter(letter["format"] for letter in LETTERS) == {"txt": 5, "docx": 5, "html": 5, "pdf": 5}
    assert not {letter["force"] for letter in LETTERS} & SEED_FORCES
    assert len({letter["id"] for letter in LETTERS}) == 20
    assert all(letter["split"] == "sealed4" for letter in LETTERS)
    kinds = Counter(letter["kind"] for letter in LETTERS)
    assert kinds["table_docx"] + kinds["table_html"] + kinds["table_pdf"] + kinds["table_status_column"] == 6
    assert kinds["table_pdf"] == 2
    assert kinds["paraphrase_headings"] == 4
    for kind in ("cc_annex", "labels_only", "blanket", "two_in_one_paragraph", "regional_afi"):
        assert kinds[kind] == 2, kind


def test_truth_matches_the_builder_and_uses_only_known_labels() -> None:
    assert [truth for _, truth in BUILD.LETTERS] == LETTERS
    for letter in LETTERS:
        findings = {"oic-2025": {"2", "4", "8", "9"}, "soc-yh-2025": {"1", "2"}}[letter["report"]]
        answered = {i["recommendation"] for i in letter["items"]}
        assert answered | set(letter["unanswered"]) == findings, letter["id"]
        for i in letter["items"]:
            assert i["stance"], letter["id"]
            assert set(i["stance"]) <= STANCES, letter["id"]
            assert i["status"], letter["id"]
            assert set(i["status"]) <= STATUSES, letter["id"]
            assert i["stance_by"] in ("policing_body", "chief_constable"), letter["id"]
            assert i["chief_constable_stance"] in STANCES | {None}, letter["id"]
            if i["stance_by"] == "chief_constable":
                assert i["chief_constable_stance"] in i["stance"], letter["id"]


def test_late_is_the_date_after_the_56_day_period() -> None:
    late = [letter["id"] for letter in LETTERS if letter["late"]]
    assert late == ["sealed4-13"]
    for letter in LETTERS:
        if letter["report"] == "oic-2025":
            printed = dt.date.fromisoformat(letter["date"])
            assert printed >= OIC_PUBLISHED
            assert letter["late"] == (printed > OIC_PUBLISHED + dt.timedelta(days=55)), letter["id"]


@pytest.mark.parametrize("letter", LETTERS, ids=[letter["id"] for letter in LETTERS])
def test_file_rebuilds_byte_for_byte_and_opens(letter: dict[str, Any]) -> None:
    make = {truth["id"]: m for m, truth in BUILD.LETTERS}[letter["id"]]
    data = (HERE / "letters" / letter["file"]).read_bytes()
    assert BUILD.corpus.render_file(make(), letter) == data
    if letter["format"] == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        assert document.paragraphs
        text = "\n".join(p.text for p in document.paragraphs)
    elif letter["format"] == "pdf":
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() for page in reader.pages)
        if letter["kind"] == "table_pdf":
            assert len(reader.pages) >= 2  # the table runs on to a second page
    else:
        text = data.decode("utf-8")
        if letter["format"] == "html":
            parser = HTMLParser()
            parser.feed(text)
            parser.close()
    assert letter["author"]["name"] in text
