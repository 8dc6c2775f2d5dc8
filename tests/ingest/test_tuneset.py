"""The tuning set of letters: its truth is the hand-written truth in its builder, and every letter reads to a valid
result. Unlike the sealed sets, its misses are read while tuning (``make eval -v``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from tests.ingest.corpus.build import load_builder

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.packs import load_pack
from oversight_ingest.pipeline import ingest_path
from oversight_ingest.statutory import response_deadline

REPO = Path(__file__).resolve().parents[2]
TUNESET = REPO / "tests" / "ingest" / "tuneset"
CORPUS = REPO / "tests" / "ingest" / "corpus"
PACKS = REPO / "src" / "oversight" / "reports" / "packs"
SCHEMA = json.loads((REPO / "src" / "oversight_ingest" / "schemas" / "ingest-result-v1.schema.json").read_text())
TRUTH = json.loads((TUNESET / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders_hand_written_truth() -> None:
    build = load_builder(TUNESET / "build.py")
    assert [truth for _, truth in build.LETTERS] == TRUTH


def test_late_flags_follow_the_statutory_period() -> None:
    """56 days beginning with the day of publication: a letter dated after the last day is late."""
    oic = load_pack(PACKS / "oic-2025.json")
    assert oic.published is not None
    last_day = response_deadline(oic.published).isoformat()
    for truth in TRUTH:
        if truth["report"] == "oic-2025" and truth["date"]:
            assert truth["late"] == (truth["date"] > last_day), truth["id"]


@pytest.mark.parametrize("name", sorted(t["file"] for t in TRUTH))
def test_tuning_letters_read_to_valid_results(name: str) -> None:
    catalogue = Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])
    result = ingest_path(TUNESET / "letters" / name, catalogue)
    assert result.ok
    Draft202012Validator(SCHEMA).validate(result.to_json())
