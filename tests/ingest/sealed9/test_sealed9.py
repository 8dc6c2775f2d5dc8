"""The sealed9 set: its truth matches its builder, its shape is as assigned, and every letter rebuilds and opens."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_items, check_letter, load_builder

HERE = Path(__file__).resolve().parent
BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]

STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
REFS = {"oic-2025": {"2", "4", "8", "9"}, "soc-yh-2025": {"1", "2"}}
LATE_AFTER = dt.date(2025, 7, 10)


def test_truth_matches_builder() -> None:
    assert [t for t, _ in BUILD.LETTERS] == TRUTH


def test_shape() -> None:
    assert len(TRUTH) == 30
    assert len({t["id"] for t in TRUTH}) == 30
    assert {t["split"] for t in TRUTH} == {"sealed9"}
    assert Counter(t["kind"] for t in TRUTH) == Counter(
        table=6,
        paraphrase_headings=4,
        labels_only=3,
        flattened=4,
        two_in_one_paragraph=3,
        blanket=4,
        mixed_stances=3,
        cc_annex=1,
        regional_afi=2,
    )
    assert Counter(t["format"] for t in TRUTH) == Counter(txt=8, docx=7, html=8, pdf=7)
    tables = Counter(t["format"] for t in TRUTH if t["kind"] == "table")
    assert tables == Counter(docx=2, html=2, pdf=2)
    assert sum(t["date"] is None for t in TRUTH) == 2
    assert sum(t["late"] for t in TRUTH) == 4
    assert sum(bool(t["unanswered"]) for t in TRUTH) in (3, 4)
    assert {t["report"] for t in TRUTH if t["kind"] == "regional_afi"} == {"soc-yh-2025"}
    assert {t["report"] for t in TRUTH if t["kind"] != "regional_afi"} == {"oic-2025"}
    seeds = {"South Yorkshire Police", "Thames Valley Police", "West Midlands Police", "West Yorkshire Police"}
    assert not {t["force"] for t in TRUTH if t["report"] == "oic-2025"} & seeds


def test_items_well_formed() -> None:
    seen: set[str] = set()
    for truth in TRUTH:
        check_items(truth)
        answered = {i["recommendation"] for i in truth["items"]}
        assert answered | set(truth["unanswered"]) == REFS[truth["report"]], truth["id"]
        assert not answered & set(truth["unanswered"]), truth["id"]
        for i in truth["items"]:
            assert set(i["stance"]) <= STANCES, truth["id"]
            assert i["status"], truth["id"]
            assert set(i["status"]) <= STATUSES, truth["id"]
            assert (i["stance_by"] is None) == (not i["stance"]), truth["id"]
            if i["stance_by"] == "chief_constable":
                assert i["chief_constable_stance"] == i["stance"][0], truth["id"]
            seen |= set(i["status"])
    assert seen == STATUSES


def test_late_follows_56_day_rule() -> None:
    for truth in TRUTH:
        if truth["report"] != "oic-2025" or truth["date"] is None:
            assert truth["late"] is False, truth["id"]
        else:
            assert truth["late"] == (dt.date.fromisoformat(truth["date"]) > LATE_AFTER), truth["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    text = check_letter(HERE, truth, blocks)
    assert truth["author"]["name"] in text
    assert truth["report_title_in_letter"] in " ".join(text.split())
