"""The tuneset16 set: its truth is the builder's hand-written truth, it has the shape it was assigned, its items are
well formed and late by the 56-day rule, and every letter rebuilds byte for byte and opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_items, check_late, check_rebuilds, check_set, load_builder

HERE = Path(__file__).resolve().parent
TRUTH: list[dict[str, Any]] = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]
BUILD = load_builder(HERE / "build.py")
BLOCKS = {truth["id"]: blocks for truth, blocks in BUILD.LETTERS}


def test_truth_matches_builder() -> None:
    assert [truth for truth, _ in BUILD.LETTERS] == TRUTH


def test_shape_as_assigned() -> None:
    check_set(
        TRUTH,
        split="tuneset16",
        kinds={
            "table": 5,
            "paraphrase_headings": 2,
            "labels_only": 2,
            "flattened": 3,
            "two_in_one_paragraph": 3,
            "blanket": 3,
            "mixed_stances": 3,
            "cc_annex": 2,
            "regional_afi": 1,
        },
        formats={"txt": 6, "docx": 6, "html": 6, "pdf": 6},
        table_formats={"docx": 2, "html": 2, "pdf": 1},
        undated=2,
        late=3,
        unanswered=(2, 3),
    )


@pytest.mark.parametrize("truth", TRUTH, ids=lambda t: t["id"])
def test_items_well_formed_and_late_by_the_56_day_rule(truth: dict[str, Any]) -> None:
    check_items(truth)
    check_late(truth)


@pytest.mark.parametrize("truth", TRUTH, ids=lambda t: t["id"])
def test_letter_rebuilds_and_opens(truth: dict[str, Any]) -> None:
    check_rebuilds(HERE, truth, BLOCKS[truth["id"]])
