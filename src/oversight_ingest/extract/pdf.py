"""PDF extraction with pypdfium2: the text layer in reading order, rebuilt into paragraphs.

pdfium gives the text of each page as lines; for each line we read a little geometry (left
and right edge, baseline, font size, boldness of its first and last character). From that:

* running headers and footers (lines repeated near the same height at the top or bottom of
  several pages, digits normalised) and page numbers ("Page 3 of 7", "3", "- 3 -") are
  removed and kept in ``Document.furniture``;
* wrapped lines are joined into paragraphs; a paragraph ends at a larger vertical gap, a
  short line that ends a sentence, a bullet or numbered item, or a heading;
* words hyphenated across a line end are rejoined (the hyphen is dropped when the document
  elsewhere uses the joined word, or pdfium marked it as a soft hyphen);
* headings are short lines in a larger or bold font without a final full stop, followed by
  body text; their level comes from the font size ranking;
* tables: a line is cut where a wide gap parts two cells on one baseline (pdfium joins them),
  and :mod:`~oversight_ingest.extract.pdftables` follows each cell down its column, so a
  response table comes out as table cells in row order, as a DOCX table does.

A PDF without a text layer raises ``no_text_layer`` (or is OCRed when ``tesseract`` and
Pillow are available); password-protected files raise ``encrypted``; truncated or damaged
files raise ``corrupt``.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from oversight_ingest.document import BlockKind, Document, ExtractionError
from oversight_ingest.extract import ocr
from oversight_ingest.extract.base import DocumentBuilder
from oversight_ingest.extract.pdftables import Table, find_tables

# pdfium is not thread-safe: serialise every call into it.
PDFIUM_LOCK = threading.Lock()

MAX_PAGES = 2000
_PASSWORD_ERROR = 4
_FORCE_BOLD_FLAG = 1 << 18

_BULLET_RE = re.compile(r"^([•●▪■◦○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|[-–*o](?=\s))\s*")
_NUMBERED_RE = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+\S")
_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:page|p\.|pg\.?)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', "’", "'", ")")
_HYPHENS = ("-", "\u2010", "\u00ad", "\x02", "\ufffe")
_WORD_TAIL_RE = re.compile(r"(\w+)[-\u2010\u00ad\x02\ufffe]$")
_WORD_HEAD_RE = re.compile(r"^(\w+)")
_DIGITS_RE = re.compile(r"\d+")
_BARE_NUMBER_RE = re.compile(r"^\s*\d{1,2}\W?\s*$")
_LABEL_RE = re.compile(r"(?i)^\W*(?:recommendation|area\s+for\s+improvement|afi|rec\.?)\s*\d{1,2}\b")
_SALUTATION_RE = re.compile(r"^(?:dear|yours|kind regards|best wishes|regards|with best)\b", re.IGNORECASE)
_SYMBOL_BULLET_RE = re.compile(r"^[•●▪■◦○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc]")
_LINE_RE = re.compile(r"[^\r\n]+")
_CELL_GAP = 2.0  # a gap this many font sizes wide inside a line parts two table cells
_ROW_CELL_GAP = 0.6  # in a line with such a gap, one this many font sizes wide (wider than a space) parts cells too
_X_ALIGN = 2.0  # points: a run of text starting this close to a column's edge starts a cell


@dataclass(slots=True)
class _Line:
    text: str
    page: int
    x0: float
    x1: float
    y: float  # baseline, PDF units (grows upwards)
    size: float
    bold: bool


@dataclass(slots=True)
class _Page:
    lines: list[_Line]
    width: float
    height: float


def _font_is_bold(textpage: ctypes.c_void_p, index: int, buf: ctypes.Array[ctypes.c_char]) -> bool:
    flags = ctypes.c_int(0)
    n = pdfium_c.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(flags))
    name = buf.value.decode("latin-1").lower() if n else ""
    if "bold" in name or "black" in name or "heavy" in name or "demi" in name or "semibold" in name:
        return True
    if flags.value & _FORCE_BOLD_FLAG:
        return True
    return int(pdfium_c.FPDFText_GetFontWeight(textpage, index)) >= 600


def _read_page(pdf: pdfium.PdfDocument, index: int) -> tuple[_Page, int]:
    """Lines of one page with their geometry, and the number of non-space characters."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count > 0 else ""
            lines: list[_Line] = []
            chars = len("".join(text.split()))
            if chars:
                lines = _page_lines(textpage, text, count, index)
        finally:
            textpage.close()
    finally:
        page.close()
    return _Page(lines, float(width), float(height)), chars


class _CharReader:
    """Reads character geometry from a pdfium text page with reusable ctypes buffers."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        self.x = ctypes.c_double()
        self.y = ctypes.c_double()
        self.left = ctypes.c_double()
        self.right = ctypes.c_double()
        self.bottom = ctypes.c_double()
        self.top = ctypes.c_double()
        self.font_buf = ctypes.create_string_buffer(128)
        self.bold_cache: dict[int, bool] = {}
        self.box_cache: dict[int, tuple[float, float]] = {}

    def baseline(self, index: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.raw, index, ctypes.byref(self.x), ctypes.byref(self.y))
        return float(self.y.value)

    def box_x(self, index: int) -> tuple[float, float]:
        """The left and right edge of a character (read once: a line's first is read for its columns and again as the
        left edge of its first piece)."""
        found = self.box_cache.get(index)
        if found is not None:
            return found
        pdfium_c.FPDFText_GetCharBox(
            self.raw,
            index,
            ctypes.byref(self.left),
            ctypes.byref(self.right),
            ctypes.byref(self.bottom),
            ctypes.byref(self.top),
        )
        found = (float(self.left.value), float(self.right.value))
        self.box_cache[index] = found
        return found

    def size(self, index: int) -> float:
        return float(pdfium_c.FPDFText_GetFontSize(self.raw, index))

    def bold(self, index: int) -> bool:
        obj = pdfium_c.FPDFText_GetTextObject(self.raw, index)
        font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
        key = ctypes.cast(font, ctypes.c_void_p).value if font else None
        if key is not None and key in self.bold_cache:
            return self.bold_cache[key]
        result = _font_is_bold(self.raw, index, self.font_buf)
        if key is not None:
            self.bold_cache[key] = result
        return result


def _page_lines(textpage: pdfium.PdfTextPage, text: str, count: int, page_no: int) -> list[_Line]:
    geometry = len(text) == count  # char indices map 1:1 to text offsets
    reader = _CharReader(textpage)
    lines: list[_Line] = []
    fallback_y = 1e6
    visuals: list[tuple[tuple[int, int, int, int, float, float], list[float], list[float]]] = []
    for match in _LINE_RE.finditer(text):
        raw_line = match.group(0)
        if not raw_line.strip():
            continue
        if not geometry:
            fallback_y -= 12.0
            lines.append(_Line(raw_line, page_no, 0.0, float(len(raw_line)) * 5.0, fallback_y, 10.0, False))
            continue
        for visual in _visual_lines(reader, match.start(), match.end(), text):
            visuals.append((visual, *_gaps(textpage, visual)))
    # Columns are where wide gaps part a line; a cell whose text runs right up to the next column (a bold header
    # that overflows) is parted there too, where a new run of text starts at a column's edge.
    starts = Counter(round(reader.box_x(visual[2])[0]) for visual, _, _ in visuals)
    columns = {round(cut) for _, cuts, _ in visuals for cut in cuts} | {x for x, n in starts.items() if n >= 3}
    for visual, cuts, lefts in visuals:
        near = [x for x in lefts if x not in cuts and any(abs(x - c) <= _X_ALIGN for c in columns)]
        for start, end, first, last in _cut(reader, text, visual, sorted(cuts + near)):
            left = reader.box_x(first)[0]
            right = reader.box_x(last)[1]
            bold = reader.bold(first) and reader.bold(last)
            lines.append(_Line(text[start:end], page_no, left, right, visual[4], visual[5], bold))
    return lines


def _gaps(
    textpage: pdfium.PdfTextPage, visual: tuple[int, int, int, int, float, float]
) -> tuple[list[float], list[float]]:
    """Where a visual line's runs of text start after a wide gap (table cells that share a baseline, which pdfium
    joins into one line: "2 Accepted. Since 1 June"), and where every other run starts."""
    _, _, first, last, _, size = visual
    n_rects = textpage.count_rects(first, last - first + 1)
    if n_rects < 2:
        return [], []
    rects = sorted(textpage.get_rect(i) for i in range(n_rects))
    wide = max(size, 6.0) * _CELL_GAP
    pairs = list(itertools.pairwise(rects))
    # a run that starts inside the one before it: a header cell's text overflowing into the next cell (runs of prose
    # never overlap)
    overlaps = [b[0] for a, b in pairs if b[0] < a[2] - 1.0 and b[0] > a[0] + wide]
    cuts = [b[0] for a, b in pairs if b[0] - a[2] >= wide]
    if cuts:  # a table's row: its narrower gaps part cells too ("Constabulary response  Commissioner's view")
        cuts = [b[0] for a, b in pairs if b[0] - a[2] >= max(size, 6.0) * _ROW_CELL_GAP]
    cuts = sorted(cuts + overlaps)
    lefts = [b[0] for a, b in itertools.pairwise(rects) if b[0] not in cuts and b[0] > a[0] + wide]
    return cuts, lefts


def _cut(
    reader: _CharReader, text: str, visual: tuple[int, int, int, int, float, float], cuts: list[float]
) -> list[tuple[int, int, int, int]]:
    """The visual line in pieces, one per cut: each is (start, end, first, last non-space index)."""
    start, end, first, last, _, _ = visual
    if not cuts:
        return [(start, end, first, last)]
    pieces: list[tuple[int, int, int, int]] = []
    piece_start = piece_first = first
    i = first
    for cut in cuts:
        # the run starts at the character whose left edge is the cut (text may overlap the run before it)
        k = i
        while k <= last and (text[k].isspace() or abs(reader.box_x(k)[0] - cut) > 0.1):
            k += 1
        if k > last or k == piece_first:
            continue
        i = k
        j = i - 1
        while j > piece_first and text[j].isspace():
            j -= 1
        pieces.append((piece_start, i, piece_first, j))
        piece_start = piece_first = i
    pieces.append((piece_start, end, piece_first, last))
    return pieces


def _visual_lines(
    reader: _CharReader, start: int, end: int, text: str
) -> list[tuple[int, int, int, int, float, float]]:
    """(start, end, first, last non-space index, baseline, font size) of each visual line.

    pdfium occasionally merges two visual lines into one text line; comparing the baseline of
    the first and last character finds those cheaply, and only then is each character read.
    """
    first = start
    while first < end and text[first].isspace():
        first += 1
    last = end - 1
    while last > first and text[last].isspace():
        last -= 1
    size = reader.size(first)
    tolerance = (size or 10.0) * 0.5
    y_first = reader.baseline(first)
    if abs(y_first - reader.baseline(last)) <= tolerance:
        return [(start, end, first, last, y_first, size)]
    pieces: list[tuple[int, int, int, int, float, float]] = []
    piece_start = piece_first = piece_last = first
    base = y_first
    for i in range(first + 1, last + 1):
        if text[i].isspace():
            continue
        y = reader.baseline(i)
        if abs(y - base) > tolerance:
            pieces.append((piece_start, i, piece_first, piece_last, base, reader.size(piece_first)))
            piece_start = piece_first = i
            base = y
        piece_last = i
    pieces.append((piece_start, end, piece_first, piece_last, base, reader.size(piece_first)))
    return pieces


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise ExtractionError(
                "encrypted", "The PDF is password-protected; remove the password and upload it again."
            ) from exc
        raise ExtractionError("corrupt", "The PDF is damaged and cannot be opened.") from exc


def _read_pdf(data: bytes) -> tuple[list[_Page], int]:
    with PDFIUM_LOCK:
        pdf = _open(data)
        try:
            n_pages = len(pdf)
            if n_pages == 0:
                raise ExtractionError("corrupt", "The PDF has no pages.")
            pages: list[_Page] = []
            chars = 0
            for i in range(min(n_pages, MAX_PAGES)):
                page, page_chars = _read_page(pdf, i)
                pages.append(page)
                chars += page_chars
        finally:
            pdf.close()
    return pages, chars


def _norm_key(text: str) -> str:
    return " ".join(_DIGITS_RE.sub("#", text.lower()).split())


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(text.strip()))


def _strip_furniture(pages: list[_Page], builder: DocumentBuilder) -> None:  # noqa: PLR0912
    """Remove running headers/footers and page numbers from the pages' top and bottom lines."""
    zone = 3
    n_pages = len(pages)
    seen: dict[tuple[str, str], dict[int, float]] = {}
    for page_no, page in enumerate(pages):
        lines = page.lines
        for where, chunk in (("top", lines[:zone]), ("bottom", lines[-zone:])):
            for line in chunk:
                seen.setdefault((where, _norm_key(line.text)), {})[page_no] = line.y
    repeated: set[tuple[str, str]] = set()
    if n_pages >= 2:
        need = max(2, (n_pages + 1) // 2)
        for key, ys in seen.items():
            if len(ys) >= need and max(ys.values()) - min(ys.values()) <= 6.0:
                repeated.add(key)
    for page in pages:
        lines = page.lines
        if not lines:
            continue
        drop = _table_rows(lines)  # never furniture; taken out of the set again below
        rows = set(drop)
        n = len(lines)
        for where, idxs in (("top", range(min(zone, n))), ("bottom", range(max(0, n - zone), n))):
            for i in idxs:
                line = lines[i]
                if i not in rows and (where, _norm_key(line.text)) in repeated:
                    drop.add(i)
                    if not _is_page_number(line.text):
                        builder.add_furniture(line.text)
        # Page numbers: only the first or last line left on the page, in the margin.
        for i in (0, n - 1):
            if i in drop:
                continue
            line = lines[i]
            in_margin = line.y > page.height * 0.85 or line.y < page.height * 0.15
            if _is_page_number(line.text) and in_margin:
                drop.add(i)
        drop -= rows
        if drop:
            page.lines = [line for i, line in enumerate(lines) if i not in drop]


def _table_rows(lines: list[_Line]) -> set[int]:
    """Lines of a table's row, which at the top or foot of a page are not furniture however alike the rows: a
    baseline shared by three cells or more, or a bare number beside text that is not a page number (the row's
    number)."""
    by_y: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        by_y.setdefault(round(line.y), []).append(i)
    rows: set[int] = set()
    for group in by_y.values():
        if len(group) >= 3:
            rows.update(group)
        elif len(group) == 2:
            numbers = [i for i in group if _BARE_NUMBER_RE.match(lines[i].text)]
            beside = [i for i in group if i not in numbers]
            if len(numbers) == 1 and not _is_page_number(lines[beside[0]].text):
                rows.update(numbers)
    return rows


def _body_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _line_spacing(lines: list[_Line], body: float) -> float:
    deltas = [
        prev.y - cur.y
        for prev, cur in itertools.pairwise(lines)
        if prev.page == cur.page and abs(prev.size - body) < 0.6 and abs(cur.size - body) < 0.6
    ]
    good = [d for d in deltas if 0.8 * body <= d <= 2.5 * body]
    return statistics.median(good) if good else body * 1.2


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _is_heading_text(text: str, n_lines: int) -> bool:
    """Whether the text of a styled line group reads like a heading."""
    if n_lines > 3 or len(text) > 150 or len(text.split()) > 20:
        return False
    if text.rstrip("’”'\"").endswith((".", ",", ";")):
        return False
    if _SALUTATION_RE.match(text):
        return False
    return text[0].isupper() or text[0].isdigit() or not text[0].isalpha()


def _join_hyphenated(prev: str, nxt: str, vocabulary: set[str]) -> str | None:
    """Join ``prev`` (ending with a hyphen) and ``nxt``, or None when they are not one word.

    The hyphen is dropped for a word split across lines (soft hyphen, or the joined word
    occurs elsewhere in the document) and kept for compounds ("Anti-Slavery", "e-learning").
    """
    tail = _WORD_TAIL_RE.search(prev)
    head = _WORD_HEAD_RE.match(nxt)
    if not tail or not head:
        return None
    marker = prev[-1]
    joined = (tail.group(1) + head.group(1)).lower()
    if head.group(1)[0].islower() and (marker in ("\x02", "\u00ad") or joined in vocabulary):
        return prev[:-1] + nxt
    return prev[:-1] + "-" + nxt


class _Assembler:
    """Joins the lines of all pages into blocks."""

    def __init__(self, pages: list[_Page], builder: DocumentBuilder) -> None:
        self.pages = pages
        self.builder = builder
        self.lines = [line for page in pages for line in page.lines]
        self.body = _body_size(self.lines)
        self.spacing = _line_spacing(self.lines, self.body)
        self.vocabulary = {w.lower() for line in self.lines for w in re.findall(r"\w{3,}", line.text)}
        self.heading_sizes = sorted(
            {round(line.size) for line in self.lines if line.size >= self.body + 1.0}, reverse=True
        )
        self.edges: dict[int, tuple[float, float]] = {}
        for i, page in enumerate(pages):
            xs0 = sorted(line.x0 for line in page.lines)
            xs1 = sorted(line.x1 for line in page.lines)
            if xs0:
                self.edges[i] = (xs0[len(xs0) // 10], xs1[min(len(xs1) - 1, (len(xs1) * 9) // 10)])

    def heading_level(self, line: _Line) -> int:
        size = round(line.size)
        if size in self.heading_sizes:
            return min(6, self.heading_sizes.index(size) + 1)
        return min(6, len(self.heading_sizes) + 1)

    def starts_new_block(self, prev: _Line, cur: _Line) -> bool:  # noqa: PLR0911 - one rule per return
        text = cur.text.strip()
        if _SYMBOL_BULLET_RE.match(text):
            return True
        if (_BULLET_RE.match(text) or _NUMBERED_RE.match(text)) and _ends_sentence(prev.text):
            return True
        left, right = self.edges.get(prev.page, (prev.x0, prev.x1))
        width = max(right - left, 1.0)
        if prev.page == cur.page:
            gap = prev.y - cur.y
            if gap < 0 or gap > self.spacing * 1.3 + 1.0:
                return True
            if abs(cur.size - prev.size) >= 1.0:
                return True
        elif not (prev.text.rstrip().endswith(_HYPHENS) or text[:1].islower()) and _ends_sentence(prev.text):
            # A paragraph that ends on the last line of a page rarely continues on the next one.
            return True
        if _ends_sentence(prev.text) and prev.x1 < right - 0.15 * width:
            return True
        return cur.x0 > prev.x0 + 12.0 and _ends_sentence(prev.text)

    def styled(self, line: _Line) -> bool:
        return line.bold or line.size >= self.body + 1.0

    def heading_group(self, i: int, stop: int) -> int:
        """End (exclusive) of the heading starting at line ``i``, or ``i`` if it is not one; a heading ends before
        ``stop`` (where a table starts)."""
        lines = self.lines
        first = lines[i]
        if not self.styled(first):
            return i
        j = i + 1
        while (
            j < stop
            and j - i < 4
            and lines[j].bold == first.bold
            and abs(lines[j].size - first.size) < 0.6
            and self._same_heading(lines[j - 1], lines[j])
        ):
            j += 1
        if j >= len(lines):
            return i  # a heading is followed by something
        after = lines[j]
        if after.bold == first.bold and abs(after.size - first.size) < 0.6 and not _LABEL_RE.match(after.text):
            return i  # followed by more text in the same style (not a finding's label): a styled paragraph
        text = " ".join(line.text.strip() for line in lines[i:j])
        if not _is_heading_text(text, j - i):
            return i
        left, right = self.edges.get(first.page, (first.x0, first.x1))
        apart = after.page != lines[j - 1].page or lines[j - 1].y - after.y > self.spacing + 2.0
        if j - i == 1 and first.x1 - first.x0 > 0.8 * max(right - left, 1.0) and len(text.split()) > 6 and not apart:
            return i  # a full-width line run on into the lines below it: part of a styled paragraph
        return j

    def run(self) -> None:
        """Blocks for all lines: tables as their cells, the lines between them as headings and paragraphs."""
        start = 0
        for table in find_tables(self.lines, self.spacing):
            self.paragraphs(start, table.start)
            self.add_table(table)
            start = table.end
        self.paragraphs(start, len(self.lines))

    def paragraphs(self, start: int, stop: int) -> None:
        """Headings, list items and paragraphs from the lines ``start`` to ``stop`` (exclusive)."""
        lines = self.lines
        current: list[str] = []
        kind = BlockKind.PARAGRAPH
        level = 0
        prev: _Line | None = None

        def flush() -> None:
            nonlocal current, kind, level
            if current:
                self.builder.add(kind, "".join(current), level)
            current = []
            kind = BlockKind.PARAGRAPH
            level = 0

        i = start
        while i < stop:
            line = lines[i]
            new_block = prev is None or self.starts_new_block(prev, line)
            if new_block or not (prev is not None and self.styled(prev) == self.styled(line)):
                end = self.heading_group(i, stop)
                if end > i:
                    flush()
                    self.builder.add(
                        BlockKind.HEADING,
                        " ".join(h.text.strip() for h in lines[i:end]).replace("\ufffe", "-"),
                        self.heading_level(line),
                    )
                    prev = None
                    i = end
                    continue
            text = line.text.strip().replace("\ufffe", "-")
            if new_block:
                flush()
                bullet = _BULLET_RE.match(text)
                if bullet:
                    kind = BlockKind.LIST_ITEM
                    level = 1
                    text = text[bullet.end() :]
                elif _NUMBERED_RE.match(text):
                    kind = BlockKind.LIST_ITEM
                    level = 1
                current = [text]
            else:
                previous = current[-1] if current else ""
                joined = _join_hyphenated(previous, text, self.vocabulary) if previous.endswith(_HYPHENS) else None
                if joined is not None:
                    current[-1] = joined
                else:
                    current.append(" " + text)
            prev = line
            i += 1
        flush()

    def add_table(self, table: Table) -> None:
        """A table's cells, row by row, each cell's lines joined with words hyphenated across them rejoined, each
        with its column (from 1) where the table knows it."""
        columns = table.columns if len(table.columns) == len(table.rows) else [[-1] * len(row) for row in table.rows]
        for row, numbers in zip(table.rows, columns, strict=True):
            for cell, number in zip(row, numbers, strict=True):
                lines = [text.replace("\ufffe", "-") for text in cell]
                out = lines[0]
                for text in lines[1:]:
                    joined = _join_hyphenated(out, text, self.vocabulary) if out.endswith(_HYPHENS) else None
                    out = joined if joined is not None else out + " " + text
                self.builder.add(BlockKind.TABLE_CELL, out, number + 1)

    def _same_heading(self, prev: _Line, line: _Line) -> bool:
        gap = prev.y - line.y
        return (
            prev.page == line.page
            and abs(prev.size - line.size) < 0.6
            and 0 < gap <= max(line.size, self.spacing) * 1.5
            and not _ends_sentence(prev.text)
            and not _LABEL_RE.match(line.text)  # "Recommendation 2" under "Appendix: ...": a heading of its own
        )


def extract_pdf(data: bytes) -> Document:
    """Extract the body text of a PDF."""
    if b"%%EOF" not in data[-2048:] and b"%%EOF" not in data[-32768:]:
        raise ExtractionError("corrupt", "The PDF is truncated (its end-of-file marker is missing).")
    pages, chars = _read_pdf(data)
    n_pages = len(pages)
    if chars == 0:
        text = ocr.ocr_pdf(data) if ocr.available() else None
        if not text:
            raise ExtractionError(
                "no_text_layer",
                "The PDF has no text layer (it is a scan or an image); it needs OCR before it can be read.",
            )
        from oversight_ingest.extract.text import extract_text

        doc = extract_text(text.encode("utf-8"), markdown=False)
        doc.format = "pdf"
        doc.pages = n_pages
        doc.warnings.append("The PDF has no text layer; its text was recognised by OCR and may contain errors.")
        return doc
    builder = DocumentBuilder("pdf")
    if n_pages > MAX_PAGES:
        builder.warnings.append(f"Only the first {MAX_PAGES} pages were read.")
    _strip_furniture(pages, builder)
    _Assembler(pages, builder).run()
    return builder.build(pages=n_pages, empty_message="The PDF contains only page furniture and no body text.")


__all__ = ["PDFIUM_LOCK", "extract_pdf"]
