"""The eighth tuning set: its truth is the builder's, and every letter rebuilds and opens."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_letter, load_builder

HERE = Path(__file__).resolve().parent
FINDINGS = {"oic-2025": {"2", "4", "8", "9"}, "soc-yh-2025": {"1", "2"}}
STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}


BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders() -> None:
    assert [truth for truth, _ in BUILD.LETTERS] == TRUTH


def test_set_shape() -> None:
    kinds = Counter(t["kind"] for t in TRUTH)
    assert len(TRUTH) == 30
    assert kinds == {
        "flattened": 7,
        "two_in_one_paragraph": 7,
        "table": 7,
        "mixed_stances": 6,
        "regional_afi": 3,
    }
    formats = Counter(t["format"] for t in TRUTH)
    assert formats == {"txt": 8, "docx": 8, "html": 7, "pdf": 7}
    assert all(t["format"] != "txt" for t in TRUTH if t["kind"] == "table")
    assert all(t["split"] == "tuneset8" for t in TRUTH)
    assert len({t["id"] for t in TRUTH}) == 30
    assert [t["id"] for t in TRUTH] == [f"tuneset8-{n:02d}" for n in range(1, 31)]
    assert {t["report"] for t in TRUTH if t["kind"] == "regional_afi"} == {"soc-yh-2025"}
    assert {t["report"] for t in TRUTH if t["kind"] != "regional_afi"} == {"oic-2025"}
    assert {t["force"] for t in TRUTH if t["report"] == "soc-yh-2025"} <= {
        "Humberside Police",
        "North Yorkshire Police",
    }


def test_items_are_well_formed() -> None:
    seen_status: Counter[str] = Counter()
    for t in TRUTH:
        refs = [i["recommendation"] for i in t["items"]]
        assert len(refs) == len(set(refs)), t["id"]
        assert set(refs) | set(t["unanswered"]) == FINDINGS[t["report"]], t["id"]
        assert not set(refs) & set(t["unanswered"]), t["id"]
        for i in t["items"]:
            assert set(i["stance"]) <= STANCES, t["id"]
            assert i["status"], t["id"]
            assert set(i["status"]) <= STATUSES, t["id"]
            if "not_stated" in i["status"] and len(i["status"]) > 1:  # listed as ambiguous: another body's work
                assert (t["id"], i["recommendation"]) == ("tuneset8-28", "2")
            assert (i["stance_by"] is None) == (not i["stance"]), t["id"]
            if i["stance_by"] == "chief_constable":
                assert i["chief_constable_stance"] == i["stance"][0], t["id"]
            seen_status.update(i["status"])
    assert set(seen_status) == STATUSES


def test_late_flag_follows_the_56_day_rule() -> None:
    for t in TRUTH:
        if t["report"] == "soc-yh-2025" or t["date"] is None:
            assert t["late"] is False, t["id"]
        else:
            assert t["late"] == (t["date"] > "2025-07-10"), t["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: Any) -> None:
    text = check_letter(HERE, truth, blocks)
    author = truth["author"]["name"]
    flat = " ".join(text.split())
    assert author in flat
    assert truth["report_title_in_letter"] in flat
    if truth["kind"] == "flattened":
        assert not any(kind in ("heading", "title", "table") for kind, _ in blocks)
    if truth["kind"] == "table":
        assert any(kind == "table" for kind, _ in blocks)
