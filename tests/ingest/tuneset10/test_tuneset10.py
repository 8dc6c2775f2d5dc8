"""Checks on the tuneset10 set: its truth matches its builder, its shape is as assigned, and every letter
rebuilds and opens."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import OIC_LATE_AFTER, TRUTH_STATUSES, check_items, check_letter, load_builder

HERE = Path(__file__).resolve().parent
BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]

KINDS = Counter(
    {
        "table": 5,
        "flattened": 5,
        "two_in_one_paragraph": 5,
        "mixed_stances": 5,
        "cc_annex": 4,
        "blanket": 4,
        "paraphrase_headings": 2,
    }
)
FORMATS = Counter({"txt": 8, "docx": 8, "html": 7, "pdf": 7})
TABLE_FORMATS = Counter({"docx": 2, "html": 1, "pdf": 2})
SEED_FORCES = {"South Yorkshire Police", "Thames Valley Police", "West Midlands Police", "West Yorkshire Police"}


def test_truth_matches_builder() -> None:
    assert [t for t, _ in BUILD.LETTERS] == TRUTH


def test_shape() -> None:
    assert len(TRUTH) == 30
    assert len({t["id"] for t in TRUTH}) == 30
    assert {t["split"] for t in TRUTH} == {"tuneset10"}
    assert Counter(t["kind"] for t in TRUTH) == KINDS
    assert Counter(t["format"] for t in TRUTH) == FORMATS
    assert Counter(t["format"] for t in TRUTH if t["kind"] == "table") == TABLE_FORMATS
    assert sum(t["date"] is None for t in TRUTH) == 2
    assert sum(t["late"] for t in TRUTH) == 5
    assert 3 <= sum(bool(t["unanswered"]) for t in TRUTH) <= 4
    assert {t["report"] for t in TRUTH} == {"oic-2025"}
    assert not {t["force"] for t in TRUTH} & SEED_FORCES


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_items_well_formed(truth: dict[str, Any]) -> None:
    check_items(truth)


def test_every_status_occurs() -> None:
    seen = {s for t in TRUTH for i in t["items"] for s in i["status"]}
    assert seen == TRUTH_STATUSES


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_late_follows_56_day_rule(truth: dict[str, Any]) -> None:
    late = truth["date"] is not None and dt.date.fromisoformat(truth["date"]) > OIC_LATE_AFTER
    assert truth["late"] == late


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    text = check_letter(HERE, truth, blocks)
    assert truth["author"]["name"] in text
    assert truth["report_title_in_letter"] in " ".join(text.split())
