"""The sealed15 set: its truth matches its builder, it has the shape it was assigned, and every letter rebuilds."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))

import build as corpus  # noqa: E402

BUILDER = corpus.load_builder(HERE / "build.py")
TRUTH: list[dict[str, Any]] = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]
BLOCKS = {truth["id"]: blocks for truth, blocks in BUILDER.LETTERS}


def test_truth_matches_builder() -> None:
    assert [truth for truth, _ in BUILDER.LETTERS] == TRUTH


def test_shape_as_assigned() -> None:
    corpus.check_set(
        TRUTH,
        split="sealed15",
        kinds={
            "table": 5,
            "paraphrase_headings": 3,
            "labels_only": 2,
            "flattened": 2,
            "two_in_one_paragraph": 2,
            "blanket": 3,
            "mixed_stances": 3,
            "cc_annex": 3,
            "regional_afi": 1,
        },
        formats={"txt": 6, "docx": 6, "html": 6, "pdf": 6},
        table_formats={"docx": 2, "html": 1, "pdf": 2},
        undated=2,
        late=3,
        unanswered=(2, 3),
    )


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_items_well_formed_and_late_by_the_56_day_rule(truth: dict[str, Any]) -> None:
    corpus.check_items(truth)
    corpus.check_late(truth)


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_letter_rebuilds_and_opens(truth: dict[str, Any]) -> None:
    corpus.check_rebuilds(HERE, truth, BLOCKS[truth["id"]])
