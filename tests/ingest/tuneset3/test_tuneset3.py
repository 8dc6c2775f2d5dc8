"""The third tuning set: its truth is the builder's hand-written truth, and its files rebuild and open."""

from __future__ import annotations

import datetime as dt
import html.parser
import json
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import load_builder

REPO = Path(__file__).resolve().parents[3]
HERE = REPO / "tests" / "ingest" / "tuneset3"
CORPUS = REPO / "tests" / "ingest" / "corpus"
TRUTH: list[dict[str, Any]] = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]
SEED_FORCES = {"South Yorkshire Police", "Thames Valley Police", "West Yorkshire Police", "West Midlands Police"}
STANCES = {"agree", "accept", "support", "partially_agree", "disagree", "note", "not_stated"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
FINDINGS = {"oic-2025": {"2", "4", "8", "9"}, "soc-yh-2025": {"1", "2"}}


def test_truth_is_the_builders_hand_written_truth() -> None:
    build = load_builder(HERE / "build.py")
    assert [truth for _, truth in build.LETTERS] == TRUTH


def test_files_rebuild_byte_for_byte(tmp_path: Path) -> None:
    build = load_builder(HERE / "build.py")
    build.write(tmp_path)
    for truth in TRUTH:
        assert (tmp_path / truth["file"]).read_bytes() == (HERE / "letters" / truth["file"]).read_bytes(), truth["id"]
    assert sorted(p.name for p in (HERE / "letters").iterdir()) == sorted(t["file"] for t in TRUTH)


def test_shape_of_the_set() -> None:
    assert len(TRUTH) == 30
    assert {t["split"] for t in TRUTH} == {"tuneset3"}
    formats = [t["format"] for t in TRUTH]
    assert (formats.count("txt"), formats.count("docx"), formats.count("html"), formats.count("pdf")) == (8, 8, 8, 6)
    assert not {t["force"] for t in TRUTH} & SEED_FORCES
    assert sum(t["report"] == "soc-yh-2025" for t in TRUTH) == 2
    by = {i["stance_by"] for t in TRUTH for i in t["items"]}
    assert by == {"policing_body", "chief_constable"}


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_labels_are_well_formed(truth: dict[str, Any]) -> None:
    refs = [i["recommendation"] for i in truth["items"]] + truth["unanswered"]
    assert sorted(refs) == sorted(FINDINGS[truth["report"]])
    for i in truth["items"]:
        assert set(i["stance"]) <= STANCES
        assert set(i["status"]) <= STATUSES
        assert i["chief_constable_stance"] in STANCES | {None}
        if i["stance_by"] == "chief_constable":
            assert i["chief_constable_stance"] in i["stance"]


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_late_follows_the_56_days_from_publication(truth: dict[str, Any]) -> None:
    if truth["report"] != "oic-2025" or truth["date"] is None:
        assert truth["late"] is False
        return
    last_on_time = dt.date(2025, 5, 16) + dt.timedelta(days=55)  # day 1 is the day of publication
    assert last_on_time == dt.date(2025, 7, 10)
    assert truth["late"] == (dt.date.fromisoformat(truth["date"]) > last_on_time)


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_every_file_opens(truth: dict[str, Any]) -> None:
    path = HERE / "letters" / truth["file"]
    if truth["format"] == "txt":
        text = path.read_text("utf-8")
    elif truth["format"] == "docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        text = "\n".join([p.text for p in document.paragraphs] + cells)
    elif truth["format"] == "html":
        chunks: list[str] = []

        class Reader(html.parser.HTMLParser):
            def handle_data(self, data: str) -> None:
                chunks.append(data)

        Reader().feed(path.read_text("utf-8"))
        text = " ".join(chunks)
    else:
        import pypdf

        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    assert truth["author"]["name"].split()[-1] in text
