"""Format checks for the second, fully held-back phrasebook of status and stance passages."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
STATUS_LABELS = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
STANCE_LABELS = {"agree", "accept", "support", "note", "partially_agree", "disagree", "not_stated"}
BY_VALUES = {"policing_body", "chief_constable", None}


def _load(name: str) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{name}:{number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{name}:{number} is not an object"
        rows.append(row)
    return rows


STATUS = _load("status.jsonl")
STANCE = _load("stance.jsonl")


@pytest.mark.parametrize(
    ("rows", "prefix", "field", "labels", "minimum"),
    [
        (STATUS, "st", "status", STATUS_LABELS, 300),
        (STANCE, "sn", "stance", STANCE_LABELS, 200),
    ],
    ids=["status", "stance"],
)
def test_rows_are_well_formed(
    rows: list[dict[str, Any]], prefix: str, field: str, labels: set[str], minimum: int
) -> None:
    assert len(rows) >= minimum
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "ids must be unique"
    texts = [row["text"] for row in rows]
    assert len(texts) == len(set(texts)), "texts must be unique"
    for row in rows:
        assert re.fullmatch(rf"{prefix}-\d{{3}}", row["id"]), row["id"]
        assert row["half"] == "held_back", row["id"]
        assert isinstance(row["text"], str), row["id"]
        assert row["text"].strip(), row["id"]
        assert isinstance(row["why"], str), row["id"]
        assert row["why"].strip(), row["id"]
        value = row[field]
        assert isinstance(value, list), row["id"]
        assert value, row["id"]
        assert len(value) == len(set(value)), row["id"]
        assert set(value) <= labels, row["id"]
        if "not_stated" in value:
            assert value == ["not_stated"], f"{row['id']}: not_stated cannot be combined"


@pytest.mark.parametrize(
    ("rows", "field", "labels"),
    [(STATUS, "status", STATUS_LABELS), (STANCE, "stance", STANCE_LABELS)],
    ids=["status", "stance"],
)
def test_every_label_is_well_represented(rows: list[dict[str, Any]], field: str, labels: set[str]) -> None:
    counts = Counter(label for row in rows for label in row[field])
    assert set(counts) == labels
    smallest = min(counts.values())
    assert smallest >= len(rows) // 12, counts


def test_stance_by_matches_label() -> None:
    for row in STANCE:
        assert row["by"] in BY_VALUES, row["id"]
        if row["stance"] == ["not_stated"]:
            assert row["by"] is None, row["id"]
        else:
            assert row["by"] is not None, row["id"]


def test_stance_not_stated_has_at_least_forty() -> None:
    assert sum(row["stance"] == ["not_stated"] for row in STANCE) >= 40
