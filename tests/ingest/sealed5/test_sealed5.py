"""The fifth sealed set: its truth is the builder's, and every letter rebuilds and opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_letter, load_builder

HERE = Path(__file__).resolve().parent
STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}


BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders() -> None:
    assert [truth for truth, _ in BUILD.LETTERS] == TRUTH


def test_set_shape() -> None:
    kinds = [t["kind"] for t in TRUTH]
    assert len(TRUTH) == 30
    expected = {
        "table": 6,
        "paraphrase_headings": 4,
        "labels_only": 3,
        "flattened": 3,
        "two_in_one_paragraph": 3,
        "blanket": 4,
        "mixed_stances": 3,
        "cc_annex": 2,
        "regional_afi": 2,
    }
    assert {k: kinds.count(k) for k in expected} == expected
    formats = [t["format"] for t in TRUTH]
    assert {f: formats.count(f) for f in ("txt", "docx", "html", "pdf")} == {"txt": 8, "docx": 7, "html": 7, "pdf": 8}
    assert all(t["format"] != "txt" for t in TRUTH if t["kind"] == "table")
    assert all(t["split"] == "sealed5" for t in TRUTH)
    assert [t["id"] for t in TRUTH] == [f"sealed5-{n:02d}" for n in range(1, 31)]
    assert sum(t["date"] is None for t in TRUTH) == 2
    assert sum(t["late"] for t in TRUTH) == 4


def test_labels_are_well_formed() -> None:
    seen: set[str] = set()
    for t in TRUTH:
        refs = [i["recommendation"] for i in t["items"]]
        expected = {"1", "2"} if t["report"] == "soc-yh-2025" else {"2", "4", "8", "9"}
        assert len(refs) == len(set(refs)), t["id"]
        assert set(refs) | set(t["unanswered"]) == expected, t["id"]
        for i in t["items"]:
            assert set(i["stance"]) <= STANCES, t["id"]
            assert (i["stance_by"] is None) == (not i["stance"]), t["id"]
            assert i["chief_constable_stance"] in STANCES | {None}, t["id"]
            assert i["status"], t["id"]
            assert set(i["status"]) <= STATUSES, t["id"]
            assert "not_stated" not in i["status"] or len(i["status"]) == 1, t["id"]
            seen.update(i["status"])
    assert seen == STATUSES


def test_late_flag_follows_the_56_day_rule() -> None:
    for t in TRUTH:
        if t["report"] != "oic-2025":
            assert t["late"] is False, t["id"]
        elif t["date"] is None or len(t["date"]) == 7:
            assert t["late"] == (t["date"] is not None and t["date"] > "2025-07"), t["id"]
        else:
            assert t["late"] == (t["date"] > "2025-07-10"), t["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: Any) -> None:
    text = check_letter(HERE, truth, blocks)
    name = truth["author"]["name"]
    assert name in text
