"""The sixth tuning set: its truth is the builder's, and every letter rebuilds and opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_items, check_letter, load_builder

HERE = Path(__file__).resolve().parent


BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders() -> None:
    assert [truth for truth, _ in BUILD.LETTERS] == TRUTH
    for truth in TRUTH:
        check_items(truth)  # well formed: the force's stance is given whenever the stance is the force's


def test_set_shape() -> None:
    kinds = [t["kind"] for t in TRUTH]
    assert len(TRUTH) == 24
    assert kinds.count("two_in_one_paragraph") == 8
    assert kinds.count("table_pdf") == 8
    assert kinds.count("blanket") == 4
    assert kinds.count("mixed_stances") == 4
    assert all(t["split"] == "tuneset6" for t in TRUTH)
    assert len({t["id"] for t in TRUTH}) == 24


def test_late_flag_follows_the_56_day_rule() -> None:
    for t in TRUTH:
        if t["date"] is not None:
            assert t["late"] == (t["date"] > "2025-07-10"), t["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: Any) -> None:
    text = check_letter(HERE, truth, blocks)
    assert "Yours sincerely" in text
