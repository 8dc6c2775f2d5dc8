"""The second tuning set: its truth is the hand-written truth in its builder, its files rebuild byte for byte
and open, and it is shaped as promised (formats, forces, a late letter, every claimed status)."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.ingest.corpus.build import load_builder

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
TRUTH = json.loads((HERE / "truth.json").read_text("utf-8"))["letters"]
SEED_FORCES = {"South Yorkshire Police", "Thames Valley Police", "West Yorkshire Police", "West Midlands Police"}
PUBLISHED = {"oic-2025": dt.date(2025, 5, 16)}


BUILD = load_builder(HERE / "build.py")


def test_truth_is_the_builders_hand_written_truth() -> None:
    assert [truth for _, truth in BUILD.LETTERS] == TRUTH


@pytest.mark.parametrize("index", range(len(TRUTH)), ids=[t["id"] for t in TRUTH])
def test_file_rebuilds_byte_for_byte_and_opens(index: int) -> None:
    blocks, truth = BUILD.LETTERS[index]
    path = HERE / "letters" / truth["file"]
    data = path.read_bytes()
    assert BUILD.corpus.render_file(blocks, truth) == data
    if truth["format"] == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        assert text.strip()
    elif truth["format"] == "pdf":
        from pypdf import PdfReader

        assert "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).strip()
    elif truth["format"] == "html":
        parser = HTMLParser()
        parser.feed(data.decode("utf-8"))
        parser.close()
    else:
        assert data.decode("utf-8").strip()


def test_set_is_shaped_as_promised() -> None:
    assert len(TRUTH) == 30
    assert {t["split"] for t in TRUTH} == {"tuneset2"}
    assert Counter(t["format"] for t in TRUTH) == {"txt": 8, "docx": 8, "html": 8, "pdf": 6}
    assert len({t["id"] for t in TRUTH}) == len(TRUTH)
    assert not {t["force"] for t in TRUTH} & SEED_FORCES
    assert sum(t["kind"] == "regional_afi" for t in TRUTH) == 3


def test_late_flag_follows_section_55() -> None:
    # 56 days beginning with the day of publication: 16 May 2025 is day 1, 10 July 2025 the last on time.
    for t in TRUTH:
        published = PUBLISHED.get(t["report"])
        if published is None or t["date"] is None:
            assert t["late"] is False
            continue
        deadline = published + dt.timedelta(days=55)
        assert t["late"] is (dt.date.fromisoformat(t["date"]) > deadline), t["id"]
    assert any(t["late"] for t in TRUTH)


def test_claimed_statuses_are_spread_and_labels_well_formed() -> None:
    stances = {"agree", "accept", "support", "note", "partially_agree", "disagree", "not_stated"}
    statuses = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
    first: Counter[str] = Counter()
    for t in TRUTH:
        refs = [i["recommendation"] for i in t["items"]]
        assert len(refs) == len(set(refs))
        assert not set(refs) & set(t["unanswered"])
        for i in t["items"]:
            assert i["stance"]
            assert set(i["stance"]) <= stances
            assert i["status"]
            assert set(i["status"]) <= statuses
            assert i["stance_by"] in {"policing_body", "chief_constable"}
            assert i["chief_constable_stance"] is None or i["chief_constable_stance"] in stances
            first[i["status"][0]] += 1
    main = [first[s] for s in ("implemented", "in_progress", "planned", "not_started")]
    assert min(main) >= 20
    assert 0 < first["not_stated"] < min(main)
