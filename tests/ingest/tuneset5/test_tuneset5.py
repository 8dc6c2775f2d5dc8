"""The fifth tuning set: its truth is the builder's hand-written truth, and its files rebuild and open."""

from __future__ import annotations

import io
import json
from html.parser import HTMLParser
from pathlib import Path

import docx
import pypdf
from tests.ingest.corpus.build import load_builder

REPO = Path(__file__).resolve().parents[3]
HERE = REPO / "tests" / "ingest" / "tuneset5"
CORPUS = REPO / "tests" / "ingest" / "corpus"
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]
SEED_FORCES = {"South Yorkshire Police", "Thames Valley Police", "West Yorkshire Police", "West Midlands Police"}
STANCES = {"agree", "accept", "support", "partially_agree", "note", "disagree"}
STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}


def test_truth_is_the_builders_hand_written_truth() -> None:
    build = load_builder(HERE / "build.py")
    assert [truth for _, truth in build.LETTERS] == TRUTH


def test_set_is_shaped_as_promised() -> None:
    assert len(TRUTH) == 22
    assert {t["split"] for t in TRUTH} == {"tuneset5"}
    formats = [t["format"] for t in TRUTH]
    assert formats.count("pdf") == 10
    assert not {t["force"] for t in TRUTH} & SEED_FORCES
    assert len({t["id"] for t in TRUTH}) == len(TRUTH)
    assert sum(t["late"] for t in TRUTH) == 1
    for t in TRUTH:
        for answer in t["items"]:
            assert set(answer["stance"] or []) <= STANCES
            assert set(answer["status"]) <= STATUSES
            assert answer["stance_by"] in {"policing_body", "chief_constable", None}


def test_files_rebuild_byte_for_byte_and_open() -> None:
    build = load_builder(HERE / "build.py")
    for make, truth in build.LETTERS:
        blocks = build.blocks_of(make)
        path = HERE / "letters" / truth["file"]
        fmt = truth["format"]
        if fmt == "txt":
            assert path.read_text("utf-8") == build.corpus.render_text(blocks, markdown=False)
        elif fmt == "html":
            text = path.read_text("utf-8")
            assert text == build.corpus.render_html(blocks, build._html_letter(truth))
            HTMLParser().feed(text)
        elif fmt == "docx":
            data = path.read_bytes()
            assert data == build.corpus.render_docx(blocks)
            assert docx.Document(io.BytesIO(data)).paragraphs
        else:
            data = path.read_bytes()
            assert data == build.corpus.render_pdf(blocks)
            assert pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
