"""Sniff a document's real format from its bytes (magic numbers first, the file name last).

``sniff_format`` returns one of ``"pdf"``, ``"docx"``, ``"html"``, ``"txt"``, ``"md"``, or
raises ``ExtractionError`` for containers we recognise but cannot read (encrypted OOXML,
legacy Word/Excel, other zip formats, images...).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from oversight_ingest.document import ExtractionError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_PDF_MAGIC_RE = re.compile(rb"%PDF-\d")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

# Formats we can recognise but not read, by magic number.
_OTHER_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)

_HTML_RE = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<p[\s>]|<div[\s>]|<h[1-6][\s>]|<table[\s>]|<br\s*/?>",
    re.IGNORECASE,
)
_XML_DECL_RE = re.compile(rb"^\s*<\?xml[^>]*\?>\s*<(?:!doctype\s+)?html", re.IGNORECASE)

_MD_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_MD_LINE_RE = re.compile(
    r"^(?:#{1,6}[ \t]+\S|[ \t]*[-*+][ \t]+\S|[ \t]*\d{1,3}\.[ \t]+\S|>[ \t]?\S|\|.*\|[ \t]*$|```|[-=]{3,}[ \t]*$)",
    re.MULTILINE,
)
_MD_HEADING_RE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_INLINE_RE = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^\]\n]*\]\([^)\s]+\)|`[^`\n]+`|</?u>")

EXTENSION_FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
}


def extension_format(filename: str | None) -> str | None:
    """The format a file name claims, or None for no/unknown extension."""
    if not filename:
        return None
    return EXTENSION_FORMATS.get(PurePath(filename).suffix.lower())


def _is_docx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        # A truncated or damaged zip: call it DOCX if the first local header names a Word part,
        # so the DOCX extractor reports it as corrupt rather than "unsupported".
        return b"word/" in data[:4096] or b"[Content_Types].xml" in data[:4096]
    return "word/document.xml" in names or any(n.startswith("word/") and n.endswith(".xml") for n in names)


def looks_like_markdown(text: str) -> bool:
    """True when plain text uses enough Markdown syntax to be treated as Markdown."""
    sample = text[:20000]
    if _MD_HEADING_RE.search(sample):
        return True
    hits = len(_MD_INLINE_RE.findall(sample)) + len(_MD_LINE_RE.findall(sample))
    return hits >= 3


def sniff_format(data: bytes, filename: str | None = None) -> str:
    """Return the real format of ``data``; ``filename`` only separates Markdown from text."""
    head = data[:1024]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    if _PDF_MAGIC_RE.search(head):
        return "pdf"
    if data.startswith(ZIP_MAGICS):
        if _is_docx_zip(data):
            return "docx"
        raise ExtractionError(
            "unsupported_format",
            "This is a zip archive but not a Word (.docx) document; upload a PDF, DOCX, HTML or text file.",
        )
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            raise ExtractionError(
                "encrypted",
                "This Office document is password-protected; remove the password and upload it again.",
            )
        raise ExtractionError(
            "unsupported_format",
            "This is an old-style Office file (.doc/.xls); save it as .docx or PDF and upload it again.",
        )
    for magic, what in _OTHER_MAGICS:
        if data.startswith(magic):
            raise ExtractionError(
                "unsupported_format", f"This file is {what}, not a document we can read (PDF, DOCX, HTML or text)."
            )
    if stripped[:1] == b"<" and (_HTML_RE.search(head) or _XML_DECL_RE.match(head)):
        return "html"
    if _HTML_RE.search(data[:4096]) and len(re.findall(rb"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]", data[:8192])) >= 8:
        return "html"
    ext = extension_format(filename)
    if ext == "md" or (filename and PurePath(filename).suffix.lower() in _MD_EXTENSIONS):
        return "md"
    return "txt"
