"""The tuneset11 set: its truth is the builder's, its shape is as assigned, and every letter rebuilds and opens."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import (
    OIC_LATE_AFTER,
    TRUTH_STATUSES,
    check_items,
    check_letter,
    load_builder,
)

HERE = Path(__file__).resolve().parent
BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders() -> None:
    assert [t for t, _ in BUILD.LETTERS] == TRUTH


def test_shape() -> None:
    assert len(TRUTH) == 30
    assert len({t["id"] for t in TRUTH}) == 30
    assert {t["split"] for t in TRUTH} == {"tuneset11"}
    assert {t["report"] for t in TRUTH} == {"oic-2025"}
    assert Counter(t["kind"] for t in TRUTH) == Counter(
        table=6,
        cc_annex=5,
        blanket=5,
        mixed_stances=5,
        two_in_one_paragraph=4,
        flattened=3,
        paraphrase_headings=2,
    )
    assert Counter(t["format"] for t in TRUTH) == Counter(txt=8, docx=8, html=7, pdf=7)
    assert Counter(t["format"] for t in TRUTH if t["kind"] == "table") == Counter(docx=2, html=2, pdf=2)
    assert sum(t["date"] is None for t in TRUTH) == 2
    assert sum(t["late"] for t in TRUTH) == 4
    assert 3 <= sum(bool(t["unanswered"]) for t in TRUTH) <= 4
    seed_forces = {"South Yorkshire Police", "Thames Valley Police", "West Midlands Police", "West Yorkshire Police"}
    assert not {t["force"] for t in TRUTH} & seed_forces


def test_items_well_formed() -> None:
    for t in TRUTH:
        check_items(t)
    seen = {s for t in TRUTH for i in t["items"] for s in i["status"]}
    assert seen == TRUTH_STATUSES


def test_late_follows_the_56_day_rule() -> None:
    for t in TRUTH:
        late = t["date"] is not None and dt.date.fromisoformat(t["date"]) > OIC_LATE_AFTER
        assert t["late"] == late, t["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    text = check_letter(HERE, truth, blocks)
    assert truth["author"]["name"] in text
    assert truth["report_title_in_letter"] in " ".join(text.split())
