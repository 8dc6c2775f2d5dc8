"""What a file really is, read from its first bytes: never from its name or the browser's say-so.

Binary formats are recognised by the ``filetype`` library's magic numbers; text is told apart
(HTML, CSV, plain text) with the ingestion package's own detector. Anything else is refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import filetype  # type: ignore[import-untyped]  # the library ships no type information

from oversight.evidence.models import EvidenceFormat
from oversight_ingest.extract.detect import sniff_format

# How much of the start of a file is read to decide what it is.
HEAD_BYTES = 64 * 1024

F = EvidenceFormat
CONTENT_TYPES: dict[str, str] = {
    F.PDF: "application/pdf",
    F.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    F.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    F.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    F.ODT: "application/vnd.oasis.opendocument.text",
    F.ODS: "application/vnd.oasis.opendocument.spreadsheet",
    F.PNG: "image/png",
    F.JPEG: "image/jpeg",
    F.CSV: "text/csv",
    F.TXT: "text/plain",
    F.HTML: "text/html",
}
# filetype's extension for each binary format we accept.
_BINARY = {F.PDF, F.DOCX, F.XLSX, F.PPTX, F.ODT, F.ODS, F.PNG, F.JPEG}
ACCEPTED_DESCRIPTION = "a PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, CSV, HTML or text file"


class UnacceptableFile(ValueError):
    """The file is not a kind accepted as evidence; the message says what it is."""


@dataclass(frozen=True, slots=True)
class Sniffed:
    file_format: EvidenceFormat
    content_type: str


def _as_text(head: bytes) -> str | None:
    if b"\x00" in head:
        return None
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        return decoder.decode(head, final=False)  # a character cut at the end of the head is fine
    except UnicodeDecodeError:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return None
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return text if printable >= 0.98 * len(text) else None


_CSV_LINE = re.compile(r"[^\r\n]+")


def _looks_like_csv(text: str) -> bool:
    lines = _CSV_LINE.findall(text)[:20]
    if len(lines) < 2:
        return False
    if len(text) >= HEAD_BYTES - 4:
        lines = lines[:-1]  # the last line may be cut short
    for delimiter in (",", "\t", ";"):
        counts = {line.count(delimiter) for line in lines}
        if len(counts) == 1 and counts.pop() >= 1:
            return True
    return False


def sniff(head: bytes) -> Sniffed:
    """The evidence format of a file from its first bytes, or ``UnacceptableFile``."""
    if not head:
        raise UnacceptableFile("The selected file is empty")
    kind = filetype.guess(head)
    if kind is not None:
        if kind.extension in _BINARY:
            fmt = EvidenceFormat(kind.extension)
            return Sniffed(fmt, CONTENT_TYPES[fmt])
        raise UnacceptableFile(f"The selected file is {kind.mime}; upload {ACCEPTED_DESCRIPTION}")
    text = _as_text(head)
    if text is None:
        raise UnacceptableFile(f"The selected file is not a recognised type; upload {ACCEPTED_DESCRIPTION}")
    fmt = F.HTML if sniff_format(head) == "html" else F.CSV if _looks_like_csv(text) else F.TXT
    return Sniffed(fmt, CONTENT_TYPES[fmt])
