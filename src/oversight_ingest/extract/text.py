"""Plain-text and Markdown extraction.

Bytes are decoded as UTF-8 (BOM stripped; UTF-16 with a BOM is honoured), falling back to
Windows-1252 with a warning; data with NUL bytes or many control characters is refused as
``not_text``. Paragraphs are blank-line separated; inside a chunk, lines are joined only when
the text is hard-wrapped. Markdown syntax (also found in "plain" text exported from Word:
``## **Heading**``, ``**bold**``, ``<u>..</u>``, ``[image: ]``) is stripped from the text while
headings, list items, quotes and table cells keep their block kinds.
"""

from __future__ import annotations

import html
import re

from oversight_ingest.document import BlockKind, Document, ExtractionError
from oversight_ingest.extract.base import DocumentBuilder, clean_text
from oversight_ingest.extract.detect import looks_like_markdown

_ATX_RE = re.compile(r"^[ ]{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^[ ]{0,3}(=+|-+)[ \t]*$")
_HR_RE = re.compile(r"^[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BULLET_RE = re.compile(r"^([ \t]*)([-*+•▪◦‣–])[ \t]+(\S.*)$")
_ORDERED_RE = re.compile(r"^([ \t]*)(\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)])[ \t]+(\S.*)$")
_QUOTE_RE = re.compile(r"^[ ]{0,3}>[ ]?(.*)$")
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FENCE_RE = re.compile(r"^[ ]{0,3}(```|~~~)")

_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|\[image:[^\]\n]*\]", re.IGNORECASE)
_LINK_RE = re.compile(r"\[([^\]\n]*)\]\((?:[^)\s]+)(?:\s+\"[^\"\n]*\")?\)")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_INLINE_TAG_RE = re.compile(r"</?(?:u|b|i|em|strong|span|sup|sub|br|font|mark|small)(?:\s[^<>]*)?/?>", re.IGNORECASE)
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR_RE = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])")
_EM_UNDER_RE = re.compile(r"(?<![_\w])_(?=\S)([^_\n]+?)(?<=\S)_(?![_\w])")
_CODE_RE = re.compile(r"`([^`\n]+)`")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_STRAY_EMPHASIS_RE = re.compile(r"(?:(?<=\s)|^)\*{2,3}(?=\s|$)")

# C0/C1 controls other than whitespace, replacement characters and lone surrogates.
_BINARY_CHAR_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd\ud800-\udfff]")
_SIGN_OFF_RE = re.compile(
    r"^(?:dear|yours|kind regards|best wishes|regards|with best|thank you|many thanks|to:|from:|re:|cc:)\b",
    re.IGNORECASE,
)
_WRAPPED_MAX_WIDTH = 100  # a text whose full lines are at most this wide is hard-wrapped
_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', ")")


def decode_text(data: bytes, warnings: list[str]) -> str:
    """Decode bytes as text or raise ``not_text``; newlines are normalised to ``\\n``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ExtractionError("not_text", "The file looks like UTF-16 text but does not decode.") from exc
    else:
        if b"\x00" in data:
            raise ExtractionError("not_text", "The file contains binary data (NUL bytes), not text.")
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append("The text is not valid UTF-8; it was decoded as Windows-1252.")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    _refuse_binary(text)
    return text


def _refuse_binary(text: str) -> None:
    sample = text[:65536]
    bad = len(_BINARY_CHAR_RE.findall(sample))
    if bad > max(2, len(sample) // 50):
        raise ExtractionError("not_text", "The file contains binary data, not readable text.")


def strip_inline_markdown(text: str, *, full: bool = True) -> str:
    """Remove Markdown/HTML inline markup, keeping the visible words.

    With ``full=False`` (plain text) only unambiguous markup is removed: images, links,
    ``**strong**`` and common inline HTML tags, never single ``*``/``_`` or backslashes.
    """
    if "[" in text:
        text = _IMAGE_RE.sub(" ", text)
        text = _LINK_RE.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK_RE.sub(r"\1", text)
        text = (_TAG_RE if full else _INLINE_TAG_RE).sub("", text)
    if "**" in text or "__" in text:
        for _ in range(3):
            new = _STRONG_RE.sub(r"\2", text)
            if new == text:
                break
            text = new
    if not full:
        return text
    if "`" in text:
        text = _CODE_RE.sub(r"\1", text)
    if "*" in text:
        text = _EM_STAR_RE.sub(r"\1", text)
        text = _STRAY_EMPHASIS_RE.sub("", text)
    if "_" in text:
        text = _EM_UNDER_RE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def _wrap_width(lines: list[str]) -> int:
    """Typical width of a full line: the 90th percentile of non-blank line lengths."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


def _looks_like_heading(text: str) -> bool:
    """A short line starting with a capital, without final punctuation (a colon is allowed)."""
    words = text.split()
    if not words or len(words) > 8 or len(text) > 70 or not text[0].isupper() or "," in text:
        return False
    if text.endswith(":") and len(words) > 4:
        return False  # "Two areas were identified:" introduces a list; it is not a heading
    if text.rstrip(":").endswith((".", ",", ";", "!", "?", ")", "'", '"', "’", "”")):
        return False
    return not _SIGN_OFF_RE.match(text)


class _TextParser:
    """Turns decoded text into blocks; ``markdown`` switches on Markdown syntax."""

    def __init__(self, text: str, builder: DocumentBuilder, *, markdown: bool) -> None:
        self.lines = text.split("\n")
        self.builder = builder
        self.out: list[tuple[BlockKind, str, int]] = []
        self.markdown = markdown
        width = _wrap_width(self.lines)
        self.wrapped = 0 < width <= _WRAPPED_MAX_WIDTH
        self.join_min = int(width * 0.6)
        self.buf: list[str] = []
        self.buf_kind = BlockKind.PARAGRAPH
        self.buf_level = 0

    def emit(self, kind: BlockKind, text: str, level: int = 0) -> None:
        text = clean_text(text)
        if text:
            self.out.append((kind, text, level))

    def finish(self) -> None:
        """Mark plain-text headings, then hand the blocks to the builder."""
        out = self.out
        if not self.markdown:
            for i in range(len(out) - 1):
                kind, text, _level = out[i]
                nxt_kind, nxt_text, _ = out[i + 1]
                if (
                    kind is BlockKind.PARAGRAPH
                    and nxt_kind is not BlockKind.HEADING
                    and _looks_like_heading(text)
                    and len(nxt_text) > max(80, 2 * len(text))
                ):
                    out[i] = (BlockKind.HEADING, text, 2)
        for kind, text, level in out:
            self.builder.add(kind, text, level)

    def flush(self) -> None:
        if self.buf:
            joined = " ".join(self.buf)
            joined = strip_inline_markdown(joined, full=self.markdown)

            self.emit(self.buf_kind, joined, self.buf_level)
        self.buf = []
        self.buf_kind = BlockKind.PARAGRAPH
        self.buf_level = 0

    def start(self, kind: BlockKind, text: str, level: int = 0) -> None:
        self.flush()
        self.buf = [text]
        self.buf_kind = kind
        self.buf_level = level

    def continues(self, prev: str, line: str) -> bool:
        """Whether ``line`` continues the paragraph that ``prev`` ends.

        In hard-wrapped text, any full-width line or unfinished sentence continues. Elsewhere a
        line break is a paragraph break, except mid-sentence: ``prev`` stops without closing
        punctuation and ``line`` starts in lower case (a wrap at a width wider than usual).
        """
        prev = prev.rstrip()
        if not self.wrapped:
            first = line.split(maxsplit=1)[0].rstrip(",;") if line.strip() else ""
            # A plain lower-case word, not a web or email address on a signature's last line.
            return not prev.endswith(_SENTENCE_END) and first.isalpha() and first.islower()
        return len(prev) >= self.join_min or not prev.endswith(_SENTENCE_END)

    def run(self) -> None:  # noqa: PLR0912, PLR0915 - a line-oriented parser reads best as one loop
        lines = self.lines
        i = 0
        n = len(lines)
        while i < n:
            raw = lines[i]
            line = raw.rstrip()
            stripped = line.strip()
            i += 1
            if not stripped:
                self.flush()
                continue
            if self.markdown:
                if _FENCE_RE.match(line):
                    self.flush()
                    while i < n and not _FENCE_RE.match(lines[i]):
                        self.emit(BlockKind.PARAGRAPH, lines[i])
                        i += 1
                    i += 1
                    continue
                atx = _ATX_RE.match(line)
                if atx:
                    self.flush()
                    self.emit(BlockKind.HEADING, strip_inline_markdown(atx.group(2) or ""), len(atx.group(1)))
                    continue
                if (
                    i < n
                    and _SETEXT_RE.match(lines[i])
                    and not self.buf
                    and not _BULLET_RE.match(line)
                    and len(stripped) <= 200
                ):
                    self.emit(
                        BlockKind.HEADING, strip_inline_markdown(stripped), 1 if lines[i].strip()[0] == "=" else 2
                    )
                    i += 1
                    continue
                if _HR_RE.match(line):
                    self.flush()
                    continue
                if "|" in stripped and stripped.startswith("|"):
                    self.flush()
                    if not _TABLE_SEP_RE.match(stripped):
                        for cell in stripped.strip("|").split("|"):
                            self.emit(BlockKind.TABLE_CELL, strip_inline_markdown(cell))
                    continue
                quote = _QUOTE_RE.match(line)
                if quote:
                    if self.buf_kind is not BlockKind.QUOTE or not quote.group(1).strip():
                        self.start(BlockKind.QUOTE, quote.group(1))
                    else:
                        self.buf.append(quote.group(1))
                    continue
            bullet = _BULLET_RE.match(line)
            if bullet and (self.markdown or bullet.group(2) not in "*+"):
                self.start(BlockKind.LIST_ITEM, bullet.group(3), 1 + len(bullet.group(1).expandtabs(4)) // 2)
                continue
            ordered = _ORDERED_RE.match(line)
            if ordered and (len(ordered.group(2)) <= 4) and (not self.buf or self.markdown):
                # Keep the number: "1)" or "Recommendation 1." style numbering carries meaning.
                self.start(BlockKind.LIST_ITEM, stripped, 1 + len(ordered.group(1).expandtabs(4)) // 2)
                continue
            if self.buf and self.continues(self.buf[-1], stripped):
                self.buf.append(stripped)
            else:
                self.start(BlockKind.PARAGRAPH, stripped)
        self.flush()


def extract_text(data: bytes, *, markdown: bool | None = None, warnings: list[str] | None = None) -> Document:
    """Extract plain text or Markdown; ``markdown=None`` decides from the text itself."""
    notes: list[str] = list(warnings or [])
    text = decode_text(data, notes)
    is_md = looks_like_markdown(text) if markdown is None else markdown
    builder = DocumentBuilder("md" if is_md else "txt", notes)
    parser = _TextParser(text, builder, markdown=is_md)
    parser.run()
    parser.finish()
    return builder.build(empty_message="The text file is empty or contains only whitespace.")


def extract_txt(data: bytes) -> Document:
    return extract_text(data, markdown=None)


def extract_md(data: bytes) -> Document:
    return extract_text(data, markdown=True)
