"""The format checks every split phrasebook (5 and later) passes: both banks parse, ids run in order, texts are
unique, halves alternate and split evenly, rows keep to their labels and speakers, and every label has its share.

A phrasebook's ``test_phrasebook_format.py`` subclasses :class:`PhrasebookFormat` with its own folder, id prefixes,
sizes and least counts per label; pytest collects the subclass (its name starts with ``Test``), not this class."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any, ClassVar

STATUS_LABELS = frozenset({"implemented", "in_progress", "planned", "not_started", "not_stated"})
STANCE_LABELS = frozenset({"agree", "accept", "support", "note", "partially_agree", "disagree", "not_stated"})
SPEAKERS = {"policing_body", "chief_constable", None}
HALVES = ("tuning", "held_back")
STATUS_KEYS = {"id", "half", "text", "status", "why"}
STANCE_KEYS = {"id", "half", "text", "stance", "by", "why"}
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def read_rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path.name} line {number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name} line {number} is not an object"
        rows.append(row)
    return rows


class PhrasebookFormat:
    """The checks, over the banks in ``here``; a subclass sets the class variables."""

    here: ClassVar[Path]
    prefixes: ClassVar[dict[str, str]]  # "status" / "stance" -> id prefix ("s5", "n5")
    sizes: ClassVar[dict[str, int]]
    minimum: ClassVar[dict[str, dict[str, int]]]  # the least each label has, counting a line under its main label
    paired: ClassVar[bool] = False  # each tuning line and the held-back line after it share their main label

    def rows(self, bank: str) -> list[dict[str, Any]]:
        return read_rows(self.here / f"{bank}.jsonl")

    def test_sizes(self) -> None:
        assert {bank: len(self.rows(bank)) for bank in self.sizes} == self.sizes

    def test_ids_are_unique_sequential_and_well_formed(self) -> None:
        for bank, prefix in self.prefixes.items():
            ids = [row["id"] for row in self.rows(bank)]
            assert ids == [f"{prefix}-{number:03d}" for number in range(1, len(ids) + 1)], bank

    def test_texts_are_unique(self) -> None:
        for bank in self.prefixes:
            repeated = [t for t, count in Counter(row["text"] for row in self.rows(bank)).items() if count > 1]
            assert repeated == [], bank

    def test_halves_alternate_strictly(self) -> None:
        for bank in self.prefixes:
            rows = self.rows(bank)
            for index, row in enumerate(rows):
                assert row["half"] == HALVES[index % 2], row["id"]
            halves = Counter(row["half"] for row in rows)
            assert halves["tuning"] == halves["held_back"], bank

    def test_status_rows_keep_to_their_labels(self) -> None:
        for row in self.rows("status"):
            assert set(row) == STATUS_KEYS, row["id"]
            _check_common(row)
            labels = row["status"]
            assert isinstance(labels, list), row["id"]
            assert 1 <= len(labels) <= 2, row["id"]
            assert len(labels) == len(set(labels)), row["id"]
            assert set(labels) <= STATUS_LABELS, row["id"]
            # not_stated means no claim at all, so it never shares a line with a claimed status
            assert "not_stated" not in labels or labels == ["not_stated"], row["id"]

    def test_stance_rows_keep_to_their_labels_and_speakers(self) -> None:
        for row in self.rows("stance"):
            assert set(row) == STANCE_KEYS, row["id"]
            _check_common(row)
            labels = row["stance"]
            assert isinstance(labels, list), row["id"]
            assert 1 <= len(labels) <= 2, row["id"]
            assert len(labels) == len(set(labels)), row["id"]
            assert set(labels) <= STANCE_LABELS, row["id"]
            assert row["by"] in SPEAKERS, row["id"]
            # whose stance is null exactly when no stance is stated
            assert (row["by"] is None) == ("not_stated" in labels), row["id"]
            assert "not_stated" not in labels or labels == ["not_stated"], row["id"]

    def test_every_label_is_well_represented(self) -> None:
        for bank, least in self.minimum.items():
            main = Counter(row[bank][0] for row in self.rows(bank))
            for label, count in least.items():
                assert main[label] >= count, (bank, label, main[label])

    def test_each_half_carries_every_label(self) -> None:
        for bank, labels in (("status", STATUS_LABELS), ("stance", STANCE_LABELS)):
            for half in HALVES:
                assert {row[bank][0] for row in self.rows(bank) if row["half"] == half} == labels, (bank, half)

    def test_pairs_share_a_main_label_so_each_label_splits_evenly(self) -> None:
        if not self.paired:
            return
        for bank in self.prefixes:
            rows = self.rows(bank)
            for tuning, held_back in zip(rows[0::2], rows[1::2], strict=True):
                assert tuning[bank][0] == held_back[bank][0], (tuning["id"], held_back["id"])
            for label in {row[bank][0] for row in rows}:
                halves = Counter(row["half"] for row in rows if row[bank][0] == label)
                assert halves["tuning"] == halves["held_back"], (bank, label)


def _check_common(row: dict[str, Any]) -> None:
    assert isinstance(row["text"], str), row["id"]
    assert row["text"], row["id"]
    assert row["text"].strip() == row["text"], row["id"]
    assert len(SENTENCE_END.findall(row["text"])) <= 3, row["id"]  # one to three sentences (a table cell is one)
    assert isinstance(row["why"], str), row["id"]
    assert row["why"].strip(), row["id"]
