"""The real seed letters: every format yields the body of the .txt version and no page chrome."""

from __future__ import annotations

import re

import pytest
from tests.ingest.extract._extract_helpers import SEED_STEMS, in_order_share, requires_seeds, seed_bytes, words

from oversight_ingest.document import BlockKind
from oversight_ingest.extract import check_invariants, extract_document

pytestmark = requires_seeds

CHROME = [
    "cookies",
    "Skip to main content",
    "Accessibility statement",
    "Privacy notice",
    "Was this page helpful",
    "Related content",
    "All rights reserved",
    "Inspection reports and responses",
]


@pytest.mark.parametrize("stem", SEED_STEMS)
@pytest.mark.parametrize("ext", ["pdf", "docx", "html", "txt"])
def test_seed_contains_body_of_txt(stem: str, ext: str) -> None:
    reference = words(seed_bytes(stem, "txt").decode("utf-8"))
    doc = extract_document(seed_bytes(stem, ext), f"{stem}.{ext}")
    check_invariants(doc)
    assert doc.format in ({"txt", "md"} if ext == "txt" else {ext})
    assert not doc.warnings
    got = words(doc.text)
    assert in_order_share(reference, got) >= 0.97
    # Nothing much beyond the body either (furniture would show up as extra words).
    assert in_order_share(got, reference) >= 0.97


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_html_chrome_removed(stem: str) -> None:
    doc = extract_document(seed_bytes(stem, "html"), f"{stem}.html")
    for phrase in CHROME:
        assert phrase.lower() not in doc.text.lower(), phrase


@pytest.mark.parametrize("stem", SEED_STEMS)
@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_running_headers_and_page_numbers_removed(stem: str, ext: str) -> None:
    txt = seed_bytes(stem, "txt").decode("utf-8")
    doc = extract_document(seed_bytes(stem, ext), f"{stem}.{ext}")
    assert doc.furniture, "the running header should be kept as furniture"
    assert not re.search(r"\bPage \d+\b", doc.text)
    for block in doc.blocks:
        assert not re.fullmatch(r"(Page )?\d+", doc.block_text(block))
    for item in doc.furniture:
        assert doc.text.count(item) <= txt.count(item), item
    if ext == "pdf":
        assert doc.pages is not None
        assert doc.pages >= 2


@pytest.mark.parametrize("stem", SEED_STEMS)
@pytest.mark.parametrize("ext", ["pdf", "docx", "html", "txt"])
def test_recommendation_headings_kept(stem: str, ext: str) -> None:
    doc = extract_document(seed_bytes(stem, ext), f"{stem}.{ext}")
    headings = [doc.block_text(b) for b in doc.blocks if b.kind is BlockKind.HEADING]
    expected = re.findall(r"^## \*\*(Recommendation \d+)\*\*", seed_bytes(stem, "txt").decode("utf-8"), re.M)
    for heading in expected:
        assert heading in headings
    assert all(b.level >= 1 for b in doc.blocks if b.kind is BlockKind.HEADING)


@pytest.mark.parametrize("stem", SEED_STEMS)
@pytest.mark.parametrize("ext", ["pdf", "docx", "html", "txt"])
def test_paragraphs_not_split_or_glued(stem: str, ext: str) -> None:
    """Each long paragraph of the .txt appears whole, inside a single block."""
    doc = extract_document(seed_bytes(stem, ext), f"{stem}.{ext}")
    block_words = [words(doc.block_text(b)) for b in doc.blocks]
    paragraphs = [p for p in re.split(r"\n\s*\n|\n(?=\S)", seed_bytes(stem, "txt").decode("utf-8")) if len(p) > 200]
    found = 0
    for paragraph in paragraphs:
        ref = words(paragraph)
        if any(in_order_share(ref, bw) >= 0.9 and len(bw) <= len(ref) * 1.1 + 3 for bw in block_words):
            found += 1
    assert found >= len(paragraphs) - 1  # allow one paragraph that the source PDF clips


def test_seed_list_item_and_bullets() -> None:
    stem = next(s for s in SEED_STEMS if s.startswith("001"))
    for ext in ("pdf", "docx", "html", "txt"):
        doc = extract_document(seed_bytes(stem, ext), f"{stem}.{ext}")
        items = [doc.block_text(b) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
        assert any(t.startswith("The report identified inconsistencies") for t in items), ext
        assert not any(t.startswith(("\uf0b7", "•", "-")) for t in items)
