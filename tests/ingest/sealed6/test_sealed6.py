"""The sixth sealed set: its truth is the builder's, and every letter rebuilds and opens."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_letter, load_builder

HERE = Path(__file__).resolve().parent
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree"}


BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders() -> None:
    assert [truth for truth, _ in BUILD.LETTERS] == TRUTH


def test_set_shape() -> None:
    assert len(TRUTH) == 30
    assert len({t["id"] for t in TRUTH}) == 30
    assert all(t["split"] == "sealed6" for t in TRUTH)
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
    assert {t["format"] for t in TRUTH if t["kind"] == "table"} == {"docx", "html", "pdf"}
    assert sum(t["date"] is None for t in TRUTH) == 2
    assert sum(t["late"] for t in TRUTH) == 4


def test_items_are_well_formed() -> None:
    seen: Counter[str] = Counter()
    for t in TRUTH:
        refs = {"oic-2025": {"2", "4", "8", "9"}, "soc-yh-2025": {"1", "2"}}[t["report"]]
        answered = [i["recommendation"] for i in t["items"]]
        assert len(answered) == len(set(answered)), t["id"]
        assert set(answered) | set(t["unanswered"]) == refs, t["id"]
        assert not set(answered) & set(t["unanswered"]), t["id"]
        for i in t["items"]:
            assert set(i["stance"]) <= STANCES, t["id"]
            assert i["status"], t["id"]
            assert set(i["status"]) <= STATUSES, t["id"]
            assert (i["stance_by"] is None) == (not i["stance"]), t["id"]
            if i["stance_by"] == "chief_constable":
                assert i["chief_constable_stance"] == i["stance"][0], t["id"]
            seen.update(i["status"])
    assert set(seen) == STATUSES


def test_late_flag_follows_the_56_day_rule() -> None:
    for t in TRUTH:
        if t["report"] == "soc-yh-2025" or t["date"] is None:
            assert t["late"] is False, t["id"]
        else:
            assert t["late"] == (t["date"] > "2025-07-10"), t["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: Any) -> None:
    text = check_letter(HERE, truth, blocks)
    assert truth["author"]["name"] in text
    assert truth["report_title_in_letter"] in " ".join(text.split())
