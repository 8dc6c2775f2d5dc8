"""The hand-written stance phrasebook parses and keeps to its labels."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree", "not_stated"}
SPEAKERS = {"policing_body", "chief_constable", None}
MINIMUM = {
    "agree": 70,
    "accept": 70,
    "support": 70,
    "note": 50,
    "partially_agree": 60,
    "disagree": 50,
    "not_stated": 80,
}


def _rows() -> list[dict[str, Any]]:
    lines = (HERE / "stance.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_line_has_the_fields_and_known_labels() -> None:
    rows = _rows()
    assert len(rows) >= 450
    for row in rows:
        assert set(row) == {"id", "half", "text", "stance", "by", "why"}, row
        assert row["id"].startswith("sn-")
        assert row["half"] == "tuning", row["id"]
        assert isinstance(row["text"], str), row["id"]
        assert row["text"].strip(), row["id"]
        assert row["why"].strip(), row["id"]
        assert row["stance"], row["id"]
        assert set(row["stance"]) <= STANCES, row["id"]
        assert len(set(row["stance"])) == len(row["stance"]), row["id"]
        assert row["by"] in SPEAKERS, row["id"]


def test_ids_and_texts_are_unique() -> None:
    rows = _rows()
    ids = [row["id"] for row in rows]
    texts = [row["text"] for row in rows]
    assert len(ids) == len(set(ids))
    assert len(texts) == len(set(texts))


def test_speaker_is_null_exactly_when_no_stance_is_stated() -> None:
    for row in _rows():
        if row["stance"] == ["not_stated"]:
            assert row["by"] is None, row["id"]
        else:
            assert "not_stated" not in row["stance"], row["id"]
            assert row["by"] is not None, row["id"]


def test_every_label_is_covered_in_the_spread_asked_for() -> None:
    counts = Counter(label for row in _rows() for label in row["stance"])
    for label, least in MINIMUM.items():
        assert counts[label] >= least, (label, counts[label])
