"""The fourth tuning set: its truth is the builder's, files rebuild byte for byte and open, late flags follow s.55."""

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
PUBLISHED = {"oic-2025": dt.date(2025, 5, 16)}
STANCES = {"agree", "accept", "support", "partially_agree", "note", "disagree", "not_stated"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}


BUILD = load_builder(HERE / "build.py")


def test_truth_is_the_builders() -> None:
    assert TRUTH["about"] == BUILD.ABOUT
    assert TRUTH["letters"] == [truth for _, truth in BUILD.LETTERS]


def test_set_is_shaped_as_promised() -> None:
    letters = TRUTH["letters"]
    assert len(letters) == 30
    assert Counter(t["format"] for t in letters) == {"txt": 6, "docx": 8, "html": 8, "pdf": 8}
    assert len({t["id"] for t in letters}) == 30
    assert all(t["split"] == "tuneset4" for t in letters)
    seeds = {"South Yorkshire Police", "Thames Valley Police", "West Yorkshire Police", "West Midlands Police"}
    assert not seeds & {t["force"] for t in letters}
    for t in letters:
        for i in t["items"]:
            assert set(i["stance"]) <= STANCES
            assert set(i["status"]) <= STATUSES
            assert i["stance_by"] in {"policing_body", "chief_constable", None}


@pytest.mark.parametrize("truth", TRUTH["letters"], ids=lambda t: t["id"])
def test_late_flag_counts_56_days_from_publication(truth: dict[str, Any]) -> None:
    published = PUBLISHED.get(truth["report"])
    if published is None or truth["date"] is None:
        assert truth["late"] is False
        return
    last_day = published + dt.timedelta(days=55)  # day 1 is the day of publication
    assert truth["late"] == (dt.date.fromisoformat(truth["date"]) > last_day)


@pytest.mark.parametrize("pair", BUILD.LETTERS, ids=lambda p: p[1]["id"])
def test_file_rebuilds_and_opens(pair: tuple[Any, dict[str, Any]]) -> None:
    make, truth = pair
    path = HERE / "letters" / truth["file"]
    data = BUILD.render(make(), truth)
    assert path.read_bytes() == data
    fmt = truth["format"]
    if fmt == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in document.paragraphs)
        assert "Dear" in text
        assert truth["author"]["name"] in text
    elif fmt == "pdf":
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data))
        assert reader.pages
        assert truth["author"]["name"] in "".join(page.extract_text() for page in reader.pages)
    elif fmt == "html":
        parser = HTMLParser()
        parser.feed(data.decode("utf-8"))
        parser.close()
        assert b"<main>" in data
    else:
        assert "Dear" in data.decode("utf-8")
