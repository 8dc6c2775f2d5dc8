"""The third sealed set is what its builder writes, shaped as promised, and every file opens.

These tests never read the letters with the ingestion pipeline: the set is kept from tuning, so only the
evaluation reads it.
"""

from __future__ import annotations

import datetime as dt
import html.parser
import io
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import load_builder

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]
SEED_FORCES = {"South Yorkshire Police", "Thames Valley Police", "West Yorkshire Police", "West Midlands Police"}
OIC_DUE = dt.date(2025, 5, 16) + dt.timedelta(days=55)  # 56 days counting the day of publication: 10 July 2025


BUILD = load_builder(HERE / "build.py")


def test_truth_is_the_builders_hand_written_truth() -> None:
    assert [truth for _, truth in BUILD.LETTERS] == TRUTH


def test_set_has_the_promised_kinds_formats_and_forces() -> None:
    assert len(TRUTH) == 24
    assert len({t["id"] for t in TRUTH}) == 24
    assert {t["split"] for t in TRUTH} == {"sealed3"}
    assert Counter(t["format"] for t in TRUTH) == {"txt": 6, "docx": 6, "html": 6, "pdf": 6}
    assert Counter(t["kind"] for t in TRUTH) == {
        "paraphrase_headings": 3,
        "labels_only": 2,
        "table_docx": 2,
        "table_html": 1,
        "table_pdf": 2,
        "table_status_column": 1,
        "cc_annex": 2,
        "blanket": 2,
        "partial": 1,
        "mixed_stances": 2,
        "two_in_one_paragraph": 2,
        "dates_late": 2,
        "regional_afi": 2,
    }
    assert not {t["force"] for t in TRUTH} & SEED_FORCES
    regional = [t for t in TRUTH if t["kind"] == "regional_afi"]
    assert {t["report"] for t in regional} == {"soc-yh-2025"}
    assert {t["force"] for t in regional} <= {"Humberside Police", "North Yorkshire Police"}


def test_labels_use_the_shared_vocabulary() -> None:
    stances = {"agree", "accept", "support", "note", "partially_agree", "disagree", "not_stated"}
    statuses = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
    for t in TRUTH:
        refs = [i["recommendation"] for i in t["items"]]
        assert len(refs) == len(set(refs))
        assert not set(refs) & set(t["unanswered"])
        assert set(refs) | set(t["unanswered"]) == ({"2", "4", "8", "9"} if t["report"] == "oic-2025" else {"1", "2"})
        for i in t["items"]:
            assert i["stance"]
            assert set(i["stance"]) <= stances
            assert i["status"]
            assert set(i["status"]) <= statuses
            assert i["stance_by"] in ("policing_body", "chief_constable")
            assert i["chief_constable_stance"] in stances | {None}


def test_late_follows_the_date_and_the_deadline() -> None:
    for t in TRUTH:
        if t["date"] is None or t["report"] != "oic-2025":
            assert not t["late"]
            continue
        assert t["late"] == (dt.date.fromisoformat(t["date"]) > OIC_DUE)
    assert sum(t["late"] for t in TRUTH) == 1


def _render(truth: dict[str, Any]) -> bytes:
    blocks = {t["id"]: make for make, t in BUILD.LETTERS}[truth["id"]]()
    return bytes(BUILD.corpus.render_file(blocks, truth))


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_each_letter_is_the_builders_and_opens(truth: dict[str, Any]) -> None:
    path = HERE / "letters" / truth["file"]
    data = path.read_bytes()
    assert data == _render(truth)
    if truth["format"] == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in document.paragraphs)
        text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    elif truth["format"] == "pdf":
        import pypdf

        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    else:
        text = data.decode("utf-8")
        if truth["format"] == "html":
            parser = html.parser.HTMLParser()
            parser.feed(text)
            parser.close()
    assert truth["author"]["name"] in text


def test_a_pdf_table_runs_over_more_than_one_page() -> None:
    import pypdf

    pages = {
        t["id"]: len(pypdf.PdfReader(HERE / "letters" / t["file"]).pages) for t in TRUTH if t["kind"] == "table_pdf"
    }
    assert max(pages.values()) >= 2


def test_no_sentence_is_taken_from_the_corpus_phrases() -> None:
    sys.path.insert(0, str(CORPUS))
    try:
        import phrases
    finally:
        sys.path.remove(str(CORPUS))
    sentences = [s for options in phrases.STATUS.values() for s in options] + list(phrases.OVERSIGHT)
    sentences += [s for options in phrases.STANCE.values() for s in options if len(s) > 60]
    text = "\n".join((HERE / "letters" / t["file"]).read_text("utf-8") for t in TRUTH if t["format"] in ("txt", "html"))
    assert not [s for s in sentences if s in text]
