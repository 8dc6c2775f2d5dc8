"""Shared helpers for the letter-analysis tests: seed letters as Documents, packs, truth."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from oversight_ingest.document import Block, BlockKind, Document, Span
from oversight_ingest.packs import Pack, PackFinding, load_pack

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
TRUTH = SHARED / "eval" / "seed_truth.json"
PACKS = REPO / "src" / "oversight" / "reports" / "packs"
PACK_FOR_REPORT = {"oic-2025": "oic-2025.json", "soc-yh": "soc-yh-2025.json"}

requires_seeds = pytest.mark.skipif(not TRUTH.exists(), reason="seed letters not available")


def text_document(text: str, fmt: str = "txt") -> Document:
    """A Document from plain text: blank lines separate blocks; '#' lines are headings."""
    blocks: list[Block] = []
    out = ""
    for raw in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        piece = raw.strip("\n")
        if not piece.strip():
            continue
        if out:
            out += "\n\n"
        start = len(out)
        heading = piece.lstrip().startswith("#")
        if heading:
            piece = piece.strip().lstrip("#").strip().replace("**", "").strip()
        out += piece
        kind = BlockKind.HEADING if heading else BlockKind.PARAGRAPH
        blocks.append(Block(kind, Span(start, len(out)), 1 if heading else 0))
    return Document(text=out, format=fmt, blocks=blocks)


@cache
def truth() -> dict[str, dict]:
    data = json.loads(TRUTH.read_text("utf-8"))
    return {letter["seed"]: letter for letter in data["letters"]}


@cache
def pack(report: str) -> Pack:
    return load_pack(PACKS / PACK_FOR_REPORT[report])


def findings_for(seed: str) -> tuple[PackFinding, ...]:
    return pack(truth()[seed]["report"]).findings


def seed_document(seed: str, ext: str) -> Document:
    path = SEEDS / f"{seed}.{ext}"
    if ext == "txt":
        return text_document(path.read_text("utf-8"))
    extract = pytest.importorskip("oversight_ingest.extract")
    return extract.extract_path(path)


def findings(*texts: str, kind: str = "recommendation", refs: list[str] | None = None) -> tuple[PackFinding, ...]:
    refs = refs or [str(i + 1) for i in range(len(texts))]
    return tuple(PackFinding(kind=kind, reference=r, text=t) for r, t in zip(refs, texts, strict=True))


# Four made-up findings, in the genre, with the report's own (non-consecutive) numbers.
FOUR = findings(
    "By 31 March 2026, chief constables should make sure their forces record every missing child episode "
    "on the national database within 24 hours.",
    "By 31 March 2026, chief constables should review how their control rooms grade calls about domestic abuse.",
    "By 30 September 2026, chief constables should make sure all neighbourhood officers complete the stalking "
    "awareness course.",
    "By 30 September 2026, chief constables should publish a plan to reduce the time victims wait for digital "
    "forensic examination of their devices.",
    refs=["3", "5", "6", "11"],
)
