"""The sealed7 set: its truth matches its builder, its shape is the one assigned, and every letter opens."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.ingest.corpus.build import check_letter, load_builder

HERE = Path(__file__).resolve().parent
BUILD = load_builder(HERE / "build.py")
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]

STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
REFS = {"oic-2025": {"2", "4", "8", "9"}, "soc-yh-2025": {"1", "2"}}
PUBLISHED = dt.date(2025, 5, 16)


def test_truth_matches_builder() -> None:
    assert [t for t, _ in BUILD.LETTERS] == TRUTH


def test_shape() -> None:
    assert len(TRUTH) == 30
    assert len({t["id"] for t in TRUTH}) == 30
    assert {t["split"] for t in TRUTH} == {"sealed7"}
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
    assert all(t["report"] == "soc-yh-2025" for t in TRUTH if t["kind"] == "regional_afi")
    assert 3 <= sum(bool(t["unanswered"]) for t in TRUTH) <= 4


def test_items_well_formed() -> None:
    seen: set[str] = set()
    for t in TRUTH:
        answered = [i["recommendation"] for i in t["items"]]
        assert len(answered) == len(set(answered)), t["id"]
        assert not set(answered) & set(t["unanswered"]), t["id"]
        assert set(answered) | set(t["unanswered"]) == REFS[t["report"]], t["id"]
        for i in t["items"]:
            assert set(i["stance"]) <= STANCES, t["id"]
            assert i["status"], t["id"]
            assert set(i["status"]) <= STATUSES, t["id"]
            assert (i["stance_by"] is None) == (not i["stance"]), t["id"]
            assert i["stance_by"] in (None, "policing_body", "chief_constable"), t["id"]
            if i["stance_by"] == "chief_constable":
                assert i["chief_constable_stance"] == i["stance"][0], t["id"]
            if i["chief_constable_stance"] is not None:
                assert i["chief_constable_stance"] in STANCES, t["id"]
            seen.update(i["status"])
    assert seen == STATUSES


def test_late_follows_the_56_day_rule() -> None:
    for t in TRUTH:
        if t["report"] != "oic-2025" or t["date"] is None:
            assert not t["late"], t["id"]
            continue
        days = (dt.date.fromisoformat(t["date"]) - PUBLISHED).days
        assert t["late"] == (days > 55), t["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    text = check_letter(HERE, truth, blocks)
    assert truth["author"]["name"] in text
    assert truth["report_title_in_letter"] in " ".join(text.split())
