"""The fresh sealed set: its truth is the hand-written truth in its builder, and it is shaped as promised."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from tests.ingest.corpus.build import load_builder

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.packs import load_pack
from oversight_ingest.pipeline import ingest_path

REPO = Path(__file__).resolve().parents[2]
FRESH = REPO / "tests" / "ingest" / "fresh"
CORPUS = REPO / "tests" / "ingest" / "corpus"
PACKS = REPO / "src" / "oversight" / "reports" / "packs"
SCHEMA = json.loads((REPO / "src" / "oversight_ingest" / "schemas" / "ingest-result-v1.schema.json").read_text())
TRUTH = json.loads((FRESH / "truth.json").read_text("utf-8"))["letters"]
CORPUS_TRUTH = json.loads((CORPUS / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders_hand_written_truth() -> None:
    build = load_builder(FRESH / "build.py")
    assert [truth for _, truth in build.LETTERS] == TRUTH


def test_set_is_sealed_varied_and_from_other_forces() -> None:
    assert len(TRUTH) >= 12
    assert {t["split"] for t in TRUTH} == {"fresh"}
    assert {t["format"] for t in TRUTH} >= {"txt", "docx", "html", "pdf"}
    assert all((FRESH / "letters" / t["file"]).is_file() for t in TRUTH)
    seed_forces = {"South Yorkshire Police", "Thames Valley Police", "West Yorkshire Police", "West Midlands Police"}
    assert not {t["force"] for t in TRUTH} & seed_forces
    assert any(t["late"] for t in TRUTH)
    assert not {t["id"] for t in TRUTH} & {t["id"] for t in CORPUS_TRUTH}


def test_no_sentence_is_taken_from_the_corpus_phrases() -> None:
    sys.path.insert(0, str(CORPUS))
    try:
        import phrases
    finally:
        sys.path.remove(str(CORPUS))
    # every status and comment sentence, and every stance sentence longer than the genre's stock phrases
    # ("I accept this recommendation.", which any letter may print)
    sentences = [s for options in phrases.STATUS.values() for s in options] + phrases.OVERSIGHT
    sentences += [s for options in phrases.STANCE.values() for s in options if len(s) > 60]
    text = "\n".join(
        (FRESH / "letters" / t["file"]).read_text("utf-8") for t in TRUTH if t["format"] in ("txt", "html")
    )
    assert not [s for s in sentences if s in text]


@pytest.mark.parametrize("name", sorted(t["file"] for t in TRUTH))
def test_fresh_letters_read_to_valid_results(name: str) -> None:
    catalogue = Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])
    result = ingest_path(FRESH / "letters" / name, catalogue)
    assert result.ok
    Draft202012Validator(SCHEMA).validate(result.to_json())
