"""Format checks for phrasebook 6: both banks parse, keep to their labels and split evenly into halves."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
STATUS_FILE = HERE / "status.jsonl"
STANCE_FILE = HERE / "stance.jsonl"

STATUS_LABELS = frozenset({"implemented", "in_progress", "planned", "not_started", "not_stated"})
STANCE_LABELS = frozenset({"agree", "accept", "support", "note", "partially_agree", "disagree", "not_stated"})
SPEAKERS = {"policing_body", "chief_constable", None}
HALVES = ("tuning", "held_back")

STATUS_KEYS = {"id", "half", "text", "status", "why"}
STANCE_KEYS = {"id", "half", "text", "stance", "by", "why"}

# The least each label must have, counting a line under its first (main) label.
STATUS_MINIMUM = {"implemented": 60, "in_progress": 60, "planned": 60, "not_started": 60, "not_stated": 60}
STANCE_MINIMUM = {
    "agree": 26,
    "accept": 26,
    "support": 24,
    "note": 24,
    "partially_agree": 26,
    "disagree": 24,
    "not_stated": 50,
}
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path.name} line {number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name} line {number} is not an object"
        rows.append(row)
    return rows


STATUS_ROWS = _rows(STATUS_FILE)
STANCE_ROWS = _rows(STANCE_FILE)


def test_sizes() -> None:
    assert len(STATUS_ROWS) == 300
    assert len(STANCE_ROWS) == 200


@pytest.mark.parametrize(
    ("rows", "prefix"),
    [(STATUS_ROWS, "s6"), (STANCE_ROWS, "n6")],
    ids=["status", "stance"],
)
def test_ids_are_unique_sequential_and_well_formed(rows: list[dict[str, Any]], prefix: str) -> None:
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    assert ids == [f"{prefix}-{number:03d}" for number in range(1, len(rows) + 1)]


@pytest.mark.parametrize("rows", [STATUS_ROWS, STANCE_ROWS], ids=["status", "stance"])
def test_texts_are_unique(rows: list[dict[str, Any]]) -> None:
    duplicates = [text for text, count in Counter(row["text"] for row in rows).items() if count > 1]
    assert duplicates == []


@pytest.mark.parametrize("rows", [STATUS_ROWS, STANCE_ROWS], ids=["status", "stance"])
def test_halves_alternate_strictly(rows: list[dict[str, Any]]) -> None:
    for index, row in enumerate(rows):
        assert row["half"] == HALVES[index % 2], row["id"]
    halves = Counter(row["half"] for row in rows)
    assert halves["tuning"] == halves["held_back"]


def _check_common(row: dict[str, Any]) -> None:
    assert isinstance(row["text"], str)
    assert row["text"]
    assert row["text"].strip() == row["text"]
    # One to three sentences (a bare table cell counts as one).
    assert len(SENTENCE_END.findall(row["text"])) <= 3
    assert isinstance(row["why"], str)
    assert row["why"].strip()


@pytest.mark.parametrize("row", STATUS_ROWS, ids=lambda row: row["id"])
def test_status_row_shape(row: dict[str, Any]) -> None:
    assert set(row) == STATUS_KEYS
    _check_common(row)
    labels = row["status"]
    assert isinstance(labels, list)
    assert 1 <= len(labels) <= 2
    assert len(labels) == len(set(labels))
    assert set(labels) <= STATUS_LABELS
    # not_stated means no claim at all, so it never shares a line with a claimed status.
    assert "not_stated" not in labels or labels == ["not_stated"]


@pytest.mark.parametrize("row", STANCE_ROWS, ids=lambda row: row["id"])
def test_stance_row_shape(row: dict[str, Any]) -> None:
    assert set(row) == STANCE_KEYS
    _check_common(row)
    labels = row["stance"]
    assert isinstance(labels, list)
    assert 1 <= len(labels) <= 2
    assert len(labels) == len(set(labels))
    assert set(labels) <= STANCE_LABELS
    assert row["by"] in SPEAKERS
    # Whose stance is null exactly when no stance is stated.
    if "not_stated" in labels:
        assert labels == ["not_stated"]
        assert row["by"] is None
    else:
        assert row["by"] is not None


@pytest.mark.parametrize(
    ("rows", "field", "minimum"),
    [(STATUS_ROWS, "status", STATUS_MINIMUM), (STANCE_ROWS, "stance", STANCE_MINIMUM)],
    ids=["status", "stance"],
)
def test_every_label_is_well_represented(rows: list[dict[str, Any]], field: str, minimum: dict[str, int]) -> None:
    main = Counter(row[field][0] for row in rows)
    for label, least in minimum.items():
        assert main[label] >= least, (label, main[label])


@pytest.mark.parametrize(
    ("rows", "field", "labels"),
    [(STATUS_ROWS, "status", STATUS_LABELS), (STANCE_ROWS, "stance", STANCE_LABELS)],
    ids=["status", "stance"],
)
def test_each_half_carries_every_label(rows: list[dict[str, Any]], field: str, labels: frozenset[str]) -> None:
    for half in HALVES:
        seen = {row[field][0] for row in rows if row["half"] == half}
        assert seen == labels, half


@pytest.mark.parametrize(
    ("rows", "field"), [(STATUS_ROWS, "status"), (STANCE_ROWS, "stance")], ids=["status", "stance"]
)
def test_pairs_share_a_main_label_so_each_label_splits_evenly(rows: list[dict[str, Any]], field: str) -> None:
    for tuning, held_back in zip(rows[0::2], rows[1::2], strict=True):
        assert tuning[field][0] == held_back[field][0], (tuning["id"], held_back["id"])
    for label in {row[field][0] for row in rows}:
        halves = Counter(row["half"] for row in rows if row[field][0] == label)
        assert halves["tuning"] == halves["held_back"], label


def test_both_speakers_appear_in_each_half() -> None:
    for half in HALVES:
        speakers = {row["by"] for row in STANCE_ROWS if row["half"] == half}
        assert speakers == SPEAKERS, half
