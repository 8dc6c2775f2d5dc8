"""The tuneset9 set: its truth is what its builder writes, its shape is as assigned, and every letter opens."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import TRUTH_STATUSES, check_items, check_late, check_letter, load_builder

HERE = Path(__file__).resolve().parent
BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]

KINDS = {
    "table": 8,
    "two_in_one_paragraph": 5,
    "blanket": 4,
    "flattened": 5,
    "cc_annex": 3,
    "mixed_stances": 3,
    "regional_afi": 2,
}
FORMATS = {"txt": 7, "docx": 7, "html": 8, "pdf": 8}
SEED_FORCES = {"South Yorkshire Police", "Thames Valley Police", "West Midlands Police", "West Yorkshire Police"}


def test_truth_is_what_the_builder_writes() -> None:
    assert [t for t, _ in BUILD.LETTERS] == TRUTH


def test_shape() -> None:
    assert len(TRUTH) == 30
    assert len({t["id"] for t in TRUTH}) == 30
    assert {t["split"] for t in TRUTH} == {"tuneset9"}
    assert Counter(t["kind"] for t in TRUTH) == Counter(KINDS)
    assert Counter(t["format"] for t in TRUTH) == Counter(FORMATS)
    tables = Counter(t["format"] for t in TRUTH if t["kind"] == "table")
    assert tables == Counter({"pdf": 3, "html": 3, "docx": 2})
    assert sum(t["date"] is None for t in TRUTH) == 2
    assert sum(t["late"] for t in TRUTH) == 3
    assert sum(bool(t["unanswered"]) for t in TRUTH) == 3
    assert all(t["report"] == "soc-yh-2025" for t in TRUTH if t["kind"] == "regional_afi")
    assert not any(t["force"] in SEED_FORCES for t in TRUTH if t["report"] == "oic-2025")


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_items_well_formed_and_late_by_the_56_day_rule(truth: dict[str, Any]) -> None:
    check_items(truth)
    check_late(truth)


def test_every_status_occurs() -> None:
    assert {s for t in TRUTH for it in t["items"] for s in it["status"]} == TRUTH_STATUSES


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    text = check_letter(HERE, truth, blocks)
    assert truth["author"]["name"] in text
    assert truth["report_title_in_letter"] in " ".join(text.split())
