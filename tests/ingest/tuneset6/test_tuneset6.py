"""The sixth tuning set: its truth is the builder's, and every letter rebuilds and opens."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent


def _builder() -> Any:
    spec = importlib.util.spec_from_file_location("tuneset6_build", HERE / "build.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _builder()
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]


def test_truth_is_the_builders() -> None:
    assert [truth for truth, _ in BUILD.LETTERS] == TRUTH


def test_set_shape() -> None:
    kinds = [t["kind"] for t in TRUTH]
    assert len(TRUTH) == 24
    assert kinds.count("two_in_one_paragraph") == 8
    assert kinds.count("table_pdf") == 8
    assert kinds.count("blanket") == 4
    assert kinds.count("mixed_stances") == 4
    assert all(t["split"] == "tuneset6" for t in TRUTH)
    assert len({t["id"] for t in TRUTH}) == 24


def test_late_flag_follows_the_56_day_rule() -> None:
    for t in TRUTH:
        if t["date"] is not None:
            assert t["late"] == (t["date"] > "2025-07-10"), t["id"]


@pytest.mark.parametrize(("truth", "blocks"), BUILD.LETTERS, ids=[t["id"] for t, _ in BUILD.LETTERS])
def test_letter_rebuilds_and_opens(truth: dict[str, Any], blocks: Any) -> None:
    path = HERE / "letters" / truth["file"]
    corpus = BUILD.corpus
    fmt = truth["format"]
    if fmt == "txt":
        assert path.read_text("utf-8") == corpus.render_text(blocks, markdown=False)
    elif fmt == "html":
        from html.parser import HTMLParser

        text = path.read_text("utf-8")
        assert text == corpus.render_html(blocks, corpus.html_letter(truth))
        HTMLParser().feed(text)
    elif fmt == "docx":
        import docx

        document = docx.Document(str(path))
        assert any("Yours sincerely" in p.text for p in document.paragraphs)
    else:
        import pypdf

        reader = pypdf.PdfReader(str(path))
        text = "".join(page.extract_text() for page in reader.pages)
        assert "Yours sincerely" in text
