"""The phrasebook's two banks parse, name only known labels, and split every label across both halves.

These tests check the files' form, never the pipeline: the phrasebook is a hand-labelled bank kept
independent of the reader it measures (see README.md in this folder).
"""

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
HALVES = {"tuning", "held_back"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree", "not_stated"}
SPEAKERS = {"policing_body", "chief_constable", None}

# (file, id prefix, label field, label set, fewest lines, fewest lines per label)
BANKS = [
    ("status.jsonl", "st", "status", STATUSES, 360, 50),
    ("stance.jsonl", "sn", "stance", STANCES, 240, 25),
]


def load(name: str) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{name}:{number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{name}:{number} is not an object"
        rows.append(row)
    return rows


@pytest.mark.parametrize(("name", "prefix", "field", "labels", "fewest", "fewest_per_label"), BANKS)
def test_rows_are_well_formed(
    name: str, prefix: str, field: str, labels: set[str], fewest: int, fewest_per_label: int
) -> None:
    rows = load(name)
    assert len(rows) >= fewest
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids), [i for i, n in Counter(ids).items() if n > 1]
    texts = Counter(row["text"] for row in rows)
    assert not [t for t, n in texts.items() if n > 1], "a passage appears twice"
    expected = {"id", "half", "text", field, "why"} | ({"by"} if field == "stance" else set())
    for row in rows:
        assert set(row) == expected, row["id"]
        assert re.fullmatch(rf"{prefix}-\d{{3}}", row["id"]), row["id"]
        assert row["half"] in HALVES, row["id"]
        assert isinstance(row["text"], str), row["id"]
        assert row["text"], row["id"]
        assert row["text"].strip() == row["text"], row["id"]
        assert isinstance(row["why"], str), row["id"]
        assert row["why"].strip(), row["id"]
        given = row[field]
        assert isinstance(given, list), row["id"]
        assert given, row["id"]
        assert len(set(given)) == len(given), row["id"]
        assert set(given) <= labels, (row["id"], given)
    first = Counter(row[field][0] for row in rows)
    assert all(first[label] >= fewest_per_label for label in labels), first


@pytest.mark.parametrize(("name", "field", "labels"), [(b[0], b[2], b[3]) for b in BANKS])
def test_each_half_has_every_label(name: str, field: str, labels: set[str]) -> None:
    rows = load(name)
    for half in HALVES:
        seen = {label for row in rows if row["half"] == half for label in row[field]}
        assert seen == labels, (half, labels - seen)


@pytest.mark.parametrize(("name", "field"), [(b[0], b[2]) for b in BANKS])
def test_halves_alternate_within_each_label(name: str, field: str) -> None:
    """Line by line within each (first) label the halves alternate, starting with the tuning half."""
    last: dict[str, str] = {}
    for row in load(name):
        label = row[field][0]
        want = "tuning" if last.get(label) != "tuning" else "held_back"
        assert row["half"] == want, row["id"]
        last[label] = row["half"]


def test_not_stated_stance_has_no_speaker_and_no_other_label() -> None:
    for row in load("stance.jsonl"):
        assert row["by"] in SPEAKERS, row["id"]
        if "not_stated" in row["stance"]:
            assert row["stance"] == ["not_stated"], row["id"]
            assert row["by"] is None, row["id"]
        else:
            assert row["by"] is not None, row["id"]


def test_both_speakers_appear_in_each_half() -> None:
    rows = load("stance.jsonl")
    for half in HALVES:
        assert {row["by"] for row in rows if row["half"] == half} == SPEAKERS, half


def test_not_stated_status_stands_alone_unless_marked_ambiguous() -> None:
    """A passage that makes no claim is not also given a claim, except where `why` says it is ambiguous."""
    for row in load("status.jsonl"):
        if "not_stated" in row["status"] and len(row["status"]) > 1:
            assert "ambiguous" in row["why"], row["id"]
