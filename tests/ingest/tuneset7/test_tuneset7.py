"""The seventh tuning set: its truth is the builder's, and every letter rebuilds and opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_items, check_letter, load_builder

HERE = Path(__file__).resolve().parent
STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}


BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders() -> None:
    assert [truth for truth, _ in BUILD.LETTERS] == TRUTH
    for truth in TRUTH:
        check_items(truth)  # well formed: the force's stance is given whenever the stance is the force's


def test_set_shape() -> None:
    kinds = [t["kind"] for t in TRUTH]
    assert len(TRUTH) == 30
    assert kinds.count("table_pdf") == 8
    assert kinds.count("two_in_one_paragraph") == 8
    assert kinds.count("blanket") == 7
    assert kinds.count("mixed_stances") == 7
    assert all(t["split"] == "tuneset7" for t in TRUTH)
    assert all(t["report"] == "oic-2025" for t in TRUTH)
    assert len({t["id"] for t in TRUTH}) == 30
    assert {t["format"] for t in TRUTH} == {"txt", "docx", "html", "pdf"}


def test_labels_are_well_formed() -> None:
    for t in TRUTH:
        refs = [i["recommendation"] for i in t["items"]]
        assert len(refs) == len(set(refs)), t["id"]
        assert sorted(refs + t["unanswered"]) == ["2", "4", "8", "9"], t["id"]
        for i in t["items"]:
            assert set(i["stance"]) <= STANCES, t["id"]
            assert i["status"], t["id"]
            assert set(i["status"]) <= STATUSES, t["id"]
            assert "not_stated" not in i["status"] or i["status"] == ["not_stated"], t["id"]
            assert (i["stance_by"] is None) == (not i["stance"]), t["id"]
            assert i["chief_constable_stance"] in STANCES | {None}, t["id"]


def test_every_status_label_is_used() -> None:
    used = {s for t in TRUTH for i in t["items"] for s in i["status"]}
    assert used == STATUSES


def test_late_flag_follows_the_56_day_rule() -> None:
    for t in TRUTH:
        if t["date"] is None:
            assert t["late"] is False, t["id"]
        else:
            assert t["late"] == (t["date"] > "2025-07-10"), t["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: Any) -> None:
    text = check_letter(HERE, truth, blocks)
    assert truth["author"]["name"] in text
