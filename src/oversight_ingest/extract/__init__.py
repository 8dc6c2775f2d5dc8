"""Text extractors: PDF, DOCX, HTML, plain text and Markdown bytes -> :class:`Document`.

Use :func:`extract_document` (bytes) or :func:`extract_path` (a file); both detect the real
format from the content and raise only :class:`~oversight_ingest.document.ExtractionError`.
"""

from __future__ import annotations

from oversight_ingest.extract.base import DEFAULT_MAX_BYTES, Extractor, check_invariants
from oversight_ingest.extract.detect import sniff_format
from oversight_ingest.extract.dispatch import EXTRACTORS, extract_document, extract_path

ERROR_CODES = (
    "empty",
    "too_large",
    "corrupt",
    "encrypted",
    "no_text_layer",
    "zip_bomb",
    "unsupported_format",
    "not_text",
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ERROR_CODES",
    "EXTRACTORS",
    "Extractor",
    "check_invariants",
    "extract_document",
    "extract_path",
    "sniff_format",
]
