"""The tuneset15 set: its truth matches its builder, its shape is as assigned, and every letter rebuilds and opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_items, check_late, check_rebuilds, check_set, load_builder

HERE = Path(__file__).resolve().parent
BUILD = load_builder(HERE / "build.py")
TRUTH: list[dict[str, Any]] = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_matches_builder() -> None:
    assert [t for t, _ in BUILD.LETTERS] == TRUTH


def test_shape_as_assigned() -> None:
    check_set(
        TRUTH,
        split="tuneset15",
        kinds={"table": 12, "blanket": 10, "paraphrase_headings": 4, "flattened": 4},
        formats={"txt": 6, "docx": 8, "html": 8, "pdf": 8},
        table_formats={"docx": 4, "html": 4, "pdf": 4},
        undated=2,
        late=4,
        unanswered=(3, 4),
    )


@pytest.mark.parametrize("truth", TRUTH, ids=[t["id"] for t in TRUTH])
def test_items_well_formed_and_late_by_the_56_day_rule(truth: dict[str, Any]) -> None:
    check_items(truth)
    check_late(truth)


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    check_rebuilds(HERE, truth, blocks)
