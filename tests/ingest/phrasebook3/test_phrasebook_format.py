"""Format checks for the third status phrasebook: every line parses and carries only known labels."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
STATUS_FILE = HERE / "status.jsonl"

STATUS_LABELS = frozenset({"implemented", "in_progress", "planned", "not_started", "not_stated"})
KEYS = {"id", "half", "text", "status", "why"}
# The least each label must have, counting a line under its first (main) label.
MINIMUM_PER_LABEL = {"implemented": 130, "in_progress": 130, "planned": 120, "not_started": 100, "not_stated": 120}
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _rows() -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(STATUS_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"line {number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"line {number} is not an object"
        rows.append(row)
    return rows


ROWS = _rows()


def test_at_least_six_hundred_lines() -> None:
    assert len(ROWS) >= 600


def test_ids_are_unique_and_well_formed() -> None:
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"st-\d{3,}", i) for i in ids)


def test_texts_are_unique() -> None:
    duplicates = [text for text, count in Counter(row["text"] for row in ROWS).items() if count > 1]
    assert duplicates == []


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["id"])
def test_row_shape(row: dict[str, Any]) -> None:
    assert set(row) == KEYS
    assert row["half"] == "tuning"
    assert isinstance(row["text"], str)
    assert row["text"].strip() == row["text"]
    assert row["text"]
    assert isinstance(row["why"], str)
    assert row["why"].strip()
    labels = row["status"]
    assert isinstance(labels, list)
    assert labels
    assert len(labels) == len(set(labels))
    assert set(labels) <= STATUS_LABELS
    # not_stated means no claim at all, so it never shares a line with a claimed status.
    assert "not_stated" not in labels or labels == ["not_stated"]
    # One to three sentences (a bare table cell counts as one).
    assert len(SENTENCE_END.findall(row["text"])) <= 3


def test_every_label_is_well_represented() -> None:
    main = Counter(row["status"][0] for row in ROWS)
    for label, minimum in MINIMUM_PER_LABEL.items():
        assert main[label] >= minimum, (label, main[label])


def test_every_line_is_for_tuning() -> None:
    halves = Counter(row["half"] for row in ROWS)
    assert halves == {"tuning": len(ROWS)}
    assert {label for row in ROWS for label in row["status"]} == STATUS_LABELS
