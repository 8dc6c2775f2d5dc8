"""The sealed10 set: its truth matches its builder, its shape is as assigned, and every letter rebuilds and opens."""

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

KINDS = {
    "table": 6,
    "paraphrase_headings": 4,
    "labels_only": 3,
    "flattened": 4,
    "two_in_one_paragraph": 3,
    "blanket": 4,
    "mixed_stances": 3,
    "cc_annex": 1,
    "regional_afi": 2,
}
FORMATS = {"txt": 8, "docx": 7, "html": 8, "pdf": 7}
TABLE_FORMATS = {"docx": 2, "html": 2, "pdf": 2}
SEED_FORCES = {"South Yorkshire Police", "Thames Valley Police", "West Midlands Police", "West Yorkshire Police"}


def test_truth_matches_builder() -> None:
    assert [t for t, _ in BUILD.LETTERS] == TRUTH


def test_shape() -> None:
    assert len(TRUTH) == 30
    assert len({t["id"] for t in TRUTH}) == 30
    assert {t["split"] for t in TRUTH} == {"sealed10"}
    assert Counter(t["kind"] for t in TRUTH) == Counter(KINDS)
    assert Counter(t["format"] for t in TRUTH) == Counter(FORMATS)
    assert Counter(t["format"] for t in TRUTH if t["kind"] == "table") == Counter(TABLE_FORMATS)
    assert sum(t["date"] is None for t in TRUTH) == 2
    assert sum(t["late"] for t in TRUTH) == 4
    assert sum(bool(t["unanswered"]) for t in TRUTH) in (3, 4)
    assert {t["report"] for t in TRUTH if t["kind"] == "regional_afi"} == {"soc-yh-2025"}
    assert {t["report"] for t in TRUTH if t["kind"] != "regional_afi"} == {"oic-2025"}
    assert not {t["force"] for t in TRUTH if t["report"] == "oic-2025"} & SEED_FORCES


def test_items_well_formed() -> None:
    seen: set[str] = set()
    for truth in TRUTH:
        check_items(truth)
        for i in truth["items"]:
            seen |= set(i["status"])
    assert seen == TRUTH_STATUSES


def test_late_follows_56_day_rule() -> None:
    for truth in TRUTH:
        if truth["report"] != "oic-2025" or truth["date"] is None:
            assert not truth["late"], truth["id"]
        else:
            assert truth["late"] == (dt.date.fromisoformat(truth["date"]) > OIC_LATE_AFTER), truth["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    text = check_letter(HERE, truth, blocks)
    assert truth["author"]["name"] in text
    assert truth["report_title_in_letter"] in " ".join(text.split())
