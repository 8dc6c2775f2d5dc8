"""Choose the extractor for a document from its bytes, and enforce the input limits.

``extract_document`` sniffs the real format (the file name only breaks ties between text and
Markdown, and a disagreeing extension becomes a warning), runs the matching extractor, and
guarantees that nothing but :class:`ExtractionError` escapes. ``extract_path`` checks the
file size with ``stat`` before reading anything.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from oversight_ingest.document import Document, ExtractionError
from oversight_ingest.extract.base import DEFAULT_MAX_BYTES, Extractor
from oversight_ingest.extract.detect import extension_format, sniff_format


class _Lazy:
    """An extractor imported on first use, so reading text files never loads the PDF or Word libraries."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._extract: Extractor | None = None

    def __call__(self, data: bytes) -> Document:
        if self._extract is None:
            self._extract = getattr(importlib.import_module(self._module), self._name)
        assert self._extract is not None
        return self._extract(data)


EXTRACTORS: dict[str, Extractor] = {
    "pdf": _Lazy("oversight_ingest.extract.pdf", "extract_pdf"),
    "docx": _Lazy("oversight_ingest.extract.docx", "extract_docx"),
    "html": _Lazy("oversight_ingest.extract.html", "extract_html"),
    "txt": _Lazy("oversight_ingest.extract.text", "extract_txt"),
    "md": _Lazy("oversight_ingest.extract.text", "extract_md"),
}

_FORMAT_NAMES = {"pdf": "PDF", "docx": "Word (DOCX)", "html": "HTML", "txt": "plain text", "md": "Markdown"}


def _too_large(size: int, max_bytes: int) -> ExtractionError:
    return ExtractionError(
        "too_large",
        f"The file is {size / (1024 * 1024):.1f} MB; the largest file accepted is {max_bytes / (1024 * 1024):.0f} MB.",
    )


def extract_document(data: bytes, filename: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Extract the text and structure of a PDF, DOCX, HTML, text or Markdown document.

    Raises :class:`ExtractionError` with one of the codes ``empty``, ``too_large``,
    ``corrupt``, ``encrypted``, ``no_text_layer``, ``zip_bomb``, ``unsupported_format``,
    ``not_text``; no other exception escapes.
    """
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if not data.strip():
        raise ExtractionError("empty", "The file is empty.")
    try:
        fmt = sniff_format(data, filename)
        claimed = extension_format(filename)
        doc = EXTRACTORS[fmt](data)
    except ExtractionError:
        raise
    except RecursionError as exc:
        raise ExtractionError("corrupt", "The document is nested too deeply to read.") from exc
    except MemoryError as exc:
        raise ExtractionError("too_large", "The document is too large to read in memory.") from exc
    except Exception as exc:  # the contract: only ExtractionError escapes
        raise ExtractionError("corrupt", f"The document could not be read ({type(exc).__name__}).") from exc
    if claimed is not None and claimed != doc.format and {claimed, doc.format} != {"txt", "md"}:
        doc.warnings.append(
            f"The file name says {_FORMAT_NAMES.get(claimed, claimed)} but the content is "
            f"{_FORMAT_NAMES.get(doc.format, doc.format)}; it was read as {_FORMAT_NAMES.get(doc.format, doc.format)}."
        )
    return doc


def extract_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Extract a document from a file, refusing files over ``max_bytes`` before reading them."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ExtractionError("unsupported_format", f"The file {p.name!r} cannot be opened ({exc.strerror}).") from exc
    if size > max_bytes:
        raise _too_large(size, max_bytes)
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ExtractionError("unsupported_format", f"The file {p.name!r} cannot be read ({exc.strerror}).") from exc
    return extract_document(data, p.name, max_bytes=max_bytes)
