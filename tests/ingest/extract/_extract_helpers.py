"""Shared helpers for the extractor tests (seed files, word-sequence comparison); imported by the test modules."""

from __future__ import annotations

import difflib
import re

import pytest
from tests.conftest import SHARED

SEEDS = SHARED / "seeds"
SEED_STEMS = sorted({p.stem for p in SEEDS.glob("*.txt")}) if SEEDS.is_dir() else []

_MARKUP_RE = re.compile(r"\*\*|</?u>|^#+\s*|\[image:[^\]]*\]", re.MULTILINE)
_WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-case word sequence with typographic quotes normalised and Markdown markup removed."""
    text = _MARKUP_RE.sub(" ", text).replace("’", "'").replace("‘", "'")
    return _WORD_RE.findall(text.lower())


def in_order_share(reference: list[str], candidate: list[str]) -> float:
    """Share of ``reference`` words found, in order, in ``candidate``."""
    if not reference:
        return 1.0
    matcher = difflib.SequenceMatcher(None, reference, candidate, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(reference)


def seed_bytes(stem: str, ext: str) -> bytes:
    return (SEEDS / f"{stem}.{ext}").read_bytes()


requires_seeds = pytest.mark.skipif(not SEED_STEMS, reason="seed documents not available")
