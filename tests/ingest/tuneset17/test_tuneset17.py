"""The tuneset17 set: its truth is its builder's, its shape is as assigned, and every letter rebuilds and opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus import build as corpus

HERE = Path(__file__).resolve().parent

BUILD = corpus.load_builder(HERE / "build.py")
TRUTHS: list[dict[str, Any]] = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]
BLOCKS = {truth["id"]: blocks for truth, blocks in BUILD.LETTERS}


def test_truth_matches_builder() -> None:
    assert [truth for truth, _ in BUILD.LETTERS] == TRUTHS


def test_shape_as_assigned() -> None:
    corpus.check_set(
        TRUTHS,
        split="tuneset17",
        kinds={"table": 14, "mixed_stances": 1, "cc_annex": 1},
        formats={"docx": 5, "html": 6, "pdf": 4, "txt": 1},
        table_formats={"docx": 5, "html": 5, "pdf": 4},
        undated=1,
        late=2,
        unanswered=(1, 2),
    )


@pytest.mark.parametrize("truth", TRUTHS, ids=[t["id"] for t in TRUTHS])
def test_items_well_formed_and_late_by_the_56_day_rule(truth: dict[str, Any]) -> None:
    corpus.check_items(truth)
    corpus.check_late(truth)


@pytest.mark.parametrize("truth", TRUTHS, ids=[t["id"] for t in TRUTHS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any]) -> None:
    corpus.check_rebuilds(HERE, truth, BLOCKS[truth["id"]])
