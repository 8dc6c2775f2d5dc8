"""Shared pieces of the extractors: the extractor interface, limits, and the block builder.

Every extractor produces its blocks through :class:`DocumentBuilder`, which normalises the
whitespace inside each block, joins the blocks with a blank line and records the exact
``Span`` of each block, so the offsets in ``Document.blocks`` always slice ``Document.text``.
"""

from __future__ import annotations

import re
from typing import Protocol

from oversight_ingest.document import Block, BlockKind, Document, ExtractionError, Span

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Largest input accepted by default (50 MiB)."""

BLOCK_SEPARATOR = "\n\n"

# Characters that carry no text: C0/C1 controls (whitespace is handled separately), soft
# hyphen, zero-width characters, BOM, lone surrogates and pdfium's line-end hyphen marker.
_INVISIBLE_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u200b\u200c\u200d\u2060\ufeff\ud800-\udfff]")


# a row of three or more cells with a bar between each, perhaps with bars at its ends too
_BAR_ROW_RE = re.compile(r"\|?\s*[^|\s][^|]*(?:\s\|\s+[^|\s][^|]*){2,}\s*\|?")


class Extractor(Protocol):
    """Turns the bytes of one document of a known format into a :class:`Document`."""

    def __call__(self, data: bytes) -> Document: ...


def clean_text(text: str) -> str:
    """Drop invisible characters and collapse every run of whitespace to one space."""
    return " ".join(_INVISIBLE_RE.sub("", text).split())


class DocumentBuilder:
    """Accumulates blocks and builds a :class:`Document` whose spans point at each block."""

    __slots__ = ("_blocks", "_parts", "_pos", "format", "furniture", "warnings")

    def __init__(self, fmt: str, warnings: list[str] | None = None) -> None:
        self.format = fmt
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._pos = 0
        self.furniture: list[str] = []
        self.warnings: list[str] = list(warnings or [])

    def __len__(self) -> int:
        return len(self._blocks)

    def add(self, kind: BlockKind, text: str, level: int = 0) -> bool:
        """Add one block; text is whitespace-normalised, and empty text adds nothing. A paragraph that is a table's
        row typed with bars between its cells ("2 | Accepted | Complete | The form ...") adds its cells."""
        cleaned = clean_text(text)
        if not cleaned:
            return False
        if kind is BlockKind.PARAGRAPH and " | " in cleaned and _BAR_ROW_RE.fullmatch(cleaned):
            cells = cleaned.strip("| ").split(" | ")
            added = [self.add(BlockKind.TABLE_CELL, cell, k) for k, cell in enumerate(cells, start=1)]  # every cell
            return any(added)
        if self._parts:
            self._pos += len(BLOCK_SEPARATOR)
        start = self._pos
        self._parts.append(cleaned)
        self._pos += len(cleaned)
        self._blocks.append(Block(kind, Span(start, self._pos), max(0, level)))
        return True

    def add_furniture(self, text: str) -> None:
        cleaned = clean_text(text)
        if cleaned and cleaned not in self.furniture:
            self.furniture.append(cleaned)

    def build(self, *, pages: int | None = None, empty_message: str | None = None) -> Document:
        """Return the document; raise ``empty`` when no block was added."""
        if not self._blocks:
            raise ExtractionError("empty", empty_message or "The document contains no readable text.")
        return Document(
            text=BLOCK_SEPARATOR.join(self._parts),
            format=self.format,
            blocks=list(self._blocks),
            furniture=list(self.furniture),
            warnings=list(self.warnings),
            pages=pages,
        )


def check_invariants(doc: Document) -> None:
    """Raise ``AssertionError`` if the document's blocks and text disagree (used by tests and fuzzing)."""
    pos = 0
    parts: list[str] = []
    for block in doc.blocks:
        if block.span.start < pos:
            raise AssertionError(f"block {block} overlaps or is out of order")
        piece = block.span.slice(doc.text)
        if not piece or piece != clean_text(piece):
            raise AssertionError(f"block {block} has unnormalised or empty text {piece!r}")
        parts.append(piece)
        pos = block.span.end
    if BLOCK_SEPARATOR.join(parts) != doc.text:
        raise AssertionError("text is not the blocks joined by a blank line")
