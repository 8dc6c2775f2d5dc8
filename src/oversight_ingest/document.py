"""The extracted text of one document, with the offsets every later stage points back into.

Extractors (``oversight_ingest.extract``) turn bytes into a :class:`Document`; the analysers
read ``Document.text`` and report evidence as ``Span`` offsets into that same string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """What a run of text was in its source document."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    QUOTE = "quote"
    HEADER = "header"  # running header (DOCX section header, repeated PDF top line)
    FOOTER = "footer"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Block:
    """One structural unit of the body text (a paragraph, heading, list item...)."""

    kind: BlockKind
    span: Span
    level: int = 0  # heading level, list depth, a table cell's column (from 1); 0 when not meaningful or not known


@dataclass(slots=True)
class Document:
    """Plain text of a document plus its structure.

    ``text`` holds the body only: running headers, footers, page numbers, cookie banners and
    navigation are left out (headers and footers may be kept in ``furniture`` for metadata).
    Blocks are separated in ``text`` by a blank line, so ``text`` alone is readable.
    """

    text: str
    format: str  # "pdf", "docx", "html", "txt", "md"
    blocks: list[Block] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)  # running headers/footers, for metadata
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None

    def block_text(self, block: Block) -> str:
        return block.span.slice(self.text)


class ExtractionError(Exception):
    """A document whose text cannot be read. ``code`` is stable and machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
