"""The out-of-sample corpus: its truth is what its builder says, and every letter reads to a valid result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from tests.ingest.corpus.build import load_builder

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.packs import load_pack
from oversight_ingest.pipeline import ingest_path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "ingest" / "corpus"
PACKS = REPO / "src" / "oversight" / "reports" / "packs"
SCHEMA = json.loads((REPO / "src" / "oversight_ingest" / "schemas" / "ingest-result-v1.schema.json").read_text())
TRUTH = json.loads((CORPUS / "truth.json").read_text("utf-8"))["letters"]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])


def test_truth_is_what_the_builder_composes() -> None:
    build = load_builder(CORPUS / "build.py")
    letters = build.letters()
    halves = build.split(letters)
    expected = []
    for letter in letters:
        record = build.truth(letter)
        record["split"] = halves[letter.id]
        expected.append(record)
    assert expected == TRUTH


def test_corpus_is_large_and_split_within_each_kind() -> None:
    assert len(TRUTH) >= 40
    kinds = {t["kind"] for t in TRUTH}
    for kind in kinds:
        halves = {t["split"] for t in TRUTH if t["kind"] == kind}
        assert "tuning" in halves
    assert {t["split"] for t in TRUTH} == {"tuning", "held_back"}
    assert all((CORPUS / "letters" / t["file"]).is_file() for t in TRUTH)
    seed_forces = {"South Yorkshire Police", "Thames Valley Police", "West Yorkshire Police", "West Midlands Police"}
    assert not {t["force"] for t in TRUTH} & seed_forces


@pytest.mark.parametrize("name", sorted(t["file"] for t in TRUTH if t["split"] == "tuning"))
def test_tuning_letters_read_to_valid_results(name: str, catalogue: Catalogue) -> None:
    result = ingest_path(CORPUS / "letters" / name, catalogue)
    assert result.ok
    Draft202012Validator(SCHEMA).validate(result.to_json())
