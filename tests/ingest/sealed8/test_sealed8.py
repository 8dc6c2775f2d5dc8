"""The sealed8 set: its truth matches its builder, its shape is as assigned, and every letter rebuilds and opens."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import TRUTH_STATUSES, check_items, check_late, check_letter, load_builder

HERE = Path(__file__).resolve().parent
BUILD = load_builder(HERE / "build.py")
TRUTH: list[dict[str, Any]] = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_matches_builder() -> None:
    assert [t for t, _ in BUILD.LETTERS] == TRUTH


def test_shape() -> None:
    assert len(TRUTH) == 30
    assert len({t["id"] for t in TRUTH}) == 30
    assert {t["split"] for t in TRUTH} == {"sealed8"}
    assert Counter(t["kind"] for t in TRUTH) == {
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
    assert Counter(t["format"] for t in TRUTH) == {"txt": 8, "docx": 7, "html": 8, "pdf": 7}
    assert Counter((t["kind"], t["format"]) for t in TRUTH if t["kind"] == "table") == {
        ("table", "docx"): 2,
        ("table", "html"): 2,
        ("table", "pdf"): 2,
    }
    assert sum(t["date"] is None for t in TRUTH) == 2
    assert sum(t["late"] for t in TRUTH) == 4
    assert Counter(t["report"] for t in TRUTH) == {"oic-2025": 28, "soc-yh-2025": 2}
    assert 3 <= sum(bool(t["unanswered"]) for t in TRUTH) <= 4
    seeds = {"South Yorkshire Police", "Thames Valley Police", "West Midlands Police", "West Yorkshire Police"}
    assert not {t["force"] for t in TRUTH if t["report"] == "oic-2025"} & seeds


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
