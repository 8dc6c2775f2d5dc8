"""DOCX extraction: body paragraphs and tables in document order, headers/footers as furniture.

The zip's central directory is checked before anything is decompressed (member count,
declared sizes, compression ratios), so zip bombs are refused without inflating them. The
WordprocessingML is then read directly with lxml rather than through python-docx: python-docx
parses the whole style sheet (often 300-800 kB of XML) up front, which made it ~5x slower
for letter-sized documents; here only the styles the body actually uses are parsed.

Block kinds come from paragraph styles (following ``basedOn``): "Title"/"Heading N" and
outline levels give HEADING with a level, numbered paragraphs (``numPr``) and "List ..."
styles give LIST_ITEM, "Quote"/"Intense Quote" give QUOTE; every table cell is a TABLE_CELL
block in row order (a long multi-paragraph cell gives one block per paragraph). Text in
tracked deletions, field instructions and ``mc:Fallback`` copies is ignored.
"""

from __future__ import annotations

import io
import posixpath
import re
import threading
import zipfile

from lxml import etree

from oversight_ingest.document import BlockKind, Document, ExtractionError
from oversight_ingest.extract.base import DocumentBuilder, clean_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 128 * 1024 * 1024  # declared uncompressed size of any one member
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # declared uncompressed size of the whole package
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024  # largest XML part we are willing to parse

_LOCAL = threading.local()


def _parser() -> etree.XMLParser:
    """A per-thread XML parser (lxml parsers must not be shared between threads)."""
    parser: etree.XMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
        _LOCAL.parser = parser
    return parser


_HEADING_STYLE_RE = re.compile(r"^heading\s*([1-9])$")
_STYLES_ROOT_RE = re.compile(rb"<w:styles\b[^>]*>")
_LONG_CELL = 400
_LEVEL_REF_RE = re.compile(r"%([1-9])")
_PAGE_LABEL_RE = re.compile(r"^(?:page)?\s*\d*\s*(?:(?:of|/)\s*\d*)?$", re.IGNORECASE)


def check_zip(zf: zipfile.ZipFile) -> None:
    """Refuse zip bombs by reading only the central directory."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ExtractionError("zip_bomb", f"The DOCX has {len(infos)} parts; more than {MAX_MEMBERS} is not a letter.")
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise ExtractionError(
                "zip_bomb",
                f"The DOCX part {info.filename!r} would expand to {size // (1024 * 1024)} MB; "
                "refusing to decompress it.",
            )
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise ExtractionError(
                "zip_bomb",
                f"The DOCX part {info.filename!r} is compressed {size // max(info.compress_size, 1)}:1, "
                "which is a zip bomb, not a document.",
            )


def _read_part(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise ExtractionError("zip_bomb", f"The DOCX part {name!r} is too large to read.")
    if info.flag_bits & 0x1:
        raise ExtractionError("encrypted", "The DOCX is encrypted; remove the password and upload it again.")
    with zf.open(info) as fh:
        data = fh.read(info.file_size + 1)
    return data[: info.file_size]


def _parse_xml(data: bytes, name: str) -> etree._Element:
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise ExtractionError("corrupt", f"The DOCX part {name} is damaged ({exc.msg}).") from exc


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type suffix, target part name) for ``part``."""
    folder, base = posixpath.split(part)
    data = _read_part(zf, posixpath.join(folder, "_rels", base + ".rels"))
    if data is None:
        return {}
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError:
        return {}
    out: dict[str, tuple[str, str]] = {}
    for rel in root.iter(f"{{{REL_NS}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], path)
    return out


def _main_part(zf: zipfile.ZipFile) -> str:
    for _rid, (kind, target) in _rels(zf, "").items():
        if kind == "officeDocument":
            return target
    return "word/document.xml"


def _style_fragment(data: bytes, style_id: str) -> bytes | None:
    """The bytes of the ``<w:style>`` element with this id, found without parsing the sheet."""
    for quote in (b'"', b"'"):
        at = data.find(b"w:styleId=" + quote + style_id.encode("utf-8") + quote)
        if at < 0:
            continue
        start = data.rfind(b"<w:style ", 0, at)
        tag_end = data.find(b">", at)
        if start < 0 or tag_end < 0:
            return None
        if data[tag_end - 1 : tag_end] == b"/":
            return data[start : tag_end + 1]
        close = data.find(b"</w:style>", tag_end)
        return data[start : close + len(b"</w:style>")] if close >= 0 else None
    return None


class _Styles:
    """Resolves paragraph style ids to (name chain, outline level, has numbering)."""

    def __init__(self, data: bytes | None, ns: str, used: set[str]) -> None:
        self.ns = ns
        self.by_id: dict[str, etree._Element] = {}
        if data is None or not used:
            return
        self._load(data, used)

    def _load(self, data: bytes, used: set[str]) -> None:
        if b"<w:style " not in data:
            # Unusual prefix or layout: parse the whole style sheet.
            try:
                root = etree.fromstring(data, _parser())
            except etree.XMLSyntaxError:
                return
            for style in root.iter(f"{{{self.ns}}}style"):
                self.by_id[style.get(f"{{{self.ns}}}styleId", "")] = style
            return
        root_tag = _STYLES_ROOT_RE.search(data)
        wrapper = root_tag.group(0) if root_tag else f'<w:styles xmlns:w="{self.ns}">'.encode()
        todo = list(used)
        seen: set[str] = set()
        while todo:
            sid = todo.pop()
            if sid in seen:
                continue
            seen.add(sid)
            fragment = _style_fragment(data, sid)
            if fragment is None:
                continue
            try:
                root = etree.fromstring(wrapper + fragment + b"</w:styles>", _parser())
            except etree.XMLSyntaxError:
                continue
            style = root[0]
            self.by_id[sid] = style
            based = style.find(f"{{{self.ns}}}basedOn")
            if based is not None:
                todo.append(based.get(f"{{{self.ns}}}val", ""))

    def describe(self, style_id: str) -> tuple[list[str], int | None, bool]:
        """Names along the basedOn chain (lower case), outline level, numbering in the style."""
        names: list[str] = []
        outline: int | None = None
        numbered = False
        w = self.ns
        sid: str | None = style_id
        for _ in range(10):
            if not sid or sid not in self.by_id:
                break
            style = self.by_id[sid]
            name_el = style.find(f"{{{w}}}name")
            names.append((name_el.get(f"{{{w}}}val", "") if name_el is not None else sid).lower())
            ppr = style.find(f"{{{w}}}pPr")
            if ppr is not None:
                lvl = ppr.find(f"{{{w}}}outlineLvl")
                if outline is None and lvl is not None:
                    outline = _int(lvl.get(f"{{{w}}}val"))
                num = ppr.find(f"{{{w}}}numPr")
                if num is not None:
                    num_id = num.find(f"{{{w}}}numId")
                    numbered = numbered or num_id is None or _int(num_id.get(f"{{{w}}}val")) != 0
            based = style.find(f"{{{w}}}basedOn")
            sid = based.get(f"{{{w}}}val") if based is not None else None
        if not names:
            names.append(style_id.lower())
        return names, outline, numbered


def _roman(n: int) -> str:
    out = []
    for value, numeral in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa...
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """Renders the labels ("1.", "2.3", "(a)") of numbered paragraphs, counting as Word does."""

    _UNNUMBERED = frozenset({"bullet", "none", ""})

    def __init__(self, data: bytes, ns: str) -> None:
        w = f"{{{ns}}}"
        self.levels: dict[int, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.counters: dict[int, list[int]] = {}
        try:
            root = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(f"{w}abstractNum"):
            abstract[an.get(f"{w}abstractNumId", "")] = self._levels(an, w)
        for num in root.iter(f"{w}num"):
            num_id = _int(num.get(f"{w}numId"))
            ref = num.find(f"{w}abstractNumId")
            if num_id is None or ref is None:
                continue
            levels = dict(abstract.get(ref.get(f"{w}val", ""), {}))
            for override in num.iter(f"{w}lvlOverride"):
                ilvl = _int(override.get(f"{w}ilvl"))
                start = override.find(f"{w}startOverride")
                if ilvl is not None and start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, _int(start.get(f"{w}val")) or 1)
            self.levels[num_id] = levels

    @staticmethod
    def _levels(el: etree._Element, w: str) -> dict[int, tuple[str, str, int]]:
        out: dict[int, tuple[str, str, int]] = {}
        for lvl in el.iter(f"{w}lvl"):
            ilvl = _int(lvl.get(f"{w}ilvl"))
            if ilvl is None or not 0 <= ilvl < 9:
                continue
            fmt_el = lvl.find(f"{w}numFmt")
            text_el = lvl.find(f"{w}lvlText")
            start_el = lvl.find(f"{w}start")
            out[ilvl] = (
                fmt_el.get(f"{w}val", "decimal") if fmt_el is not None else "decimal",
                text_el.get(f"{w}val", "") if text_el is not None else "",
                (_int(start_el.get(f"{w}val")) if start_el is not None else 1) or 0,
            )
        return out

    def label(self, num_id: int, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or not 0 <= ilvl < 9:
            return ""
        fmt, text, start = levels[ilvl]
        counters = self.counters.setdefault(num_id, [0] * 9)
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        if fmt in self._UNNUMBERED or not text:
            return ""

        def render(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_fmt, _text, level_start = levels.get(level, ("decimal", "", 1))
            return _format_number(counters[level] or level_start, level_fmt)

        return _LEVEL_REF_RE.sub(render, text).strip()


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class _Body:
    """Walks a WordprocessingML body (or header/footer) and feeds blocks to a sink."""

    def __init__(self, ns: str, styles: _Styles, numbering: _Numbering | None = None) -> None:
        w = f"{{{ns}}}"
        self.numbering = numbering
        self.ns = ns
        self.w = w
        self.styles = styles
        self.style_cache: dict[str, tuple[BlockKind, int]] = {}
        self.t_tags = {f"{w}t"}
        self.space_tags = {f"{w}tab", f"{w}br", f"{w}cr", f"{w}ptab"}
        self.skip_tags = {
            f"{w}delText",
            f"{w}instrText",
            f"{w}del",
            f"{w}moveFrom",
            f"{w}pPr",
            f"{w}rPr",
            f"{w}footnoteReference",
            f"{w}endnoteReference",
            f"{w}commentReference",
            f"{{{MC_NS}}}Fallback",
            f"{w}object",
            f"{w}fldChar",
        }
        self.textbox_tag = f"{w}txbxContent"
        self.p_tag = f"{w}p"
        self.tbl_tag = f"{w}tbl"
        self.tr_tag = f"{w}tr"
        self.tc_tag = f"{w}tc"
        self.container_tags = {f"{w}sdt", f"{w}sdtContent", f"{w}customXml", f"{w}ins", f"{w}moveTo", f"{w}smartTag"}

    def paragraph_text(self, p: etree._Element, textboxes: list[etree._Element] | None) -> str:
        parts: list[str] = []
        stack: list[etree._Element] = list(reversed(p))
        w = self.w
        while stack:
            el = stack.pop()
            tag = el.tag
            if tag in self.t_tags:
                if el.text:
                    parts.append(el.text)
            elif tag in self.space_tags:
                parts.append(" ")
            elif tag == f"{w}noBreakHyphen":
                parts.append("-")
            elif tag == self.textbox_tag:
                if textboxes is not None:
                    textboxes.append(el)
            elif tag in self.skip_tags or not isinstance(tag, str):
                continue
            else:
                stack.extend(reversed(el))
        return "".join(parts)

    def paragraph_kind(self, p: etree._Element) -> tuple[BlockKind, int, tuple[int, int] | None]:
        """Block kind, level, and the (numId, ilvl) of direct list numbering if any."""
        w = self.w
        ppr = p.find(f"{w}pPr")
        style_id = ""
        list_level: int | None = None
        numbering: tuple[int, int] | None = None
        outline: int | None = None
        if ppr is not None:
            ps = ppr.find(f"{w}pStyle")
            if ps is not None:
                style_id = ps.get(f"{w}val", "")
            num = ppr.find(f"{w}numPr")
            if num is not None:
                num_id = num.find(f"{w}numId")
                num_value = _int(num_id.get(f"{w}val")) if num_id is not None else None
                if num_value != 0:
                    ilvl = num.find(f"{w}ilvl")
                    list_level = (_int(ilvl.get(f"{w}val")) if ilvl is not None else 0) or 0
                    if num_value is not None:
                        numbering = (num_value, list_level)
            lvl = ppr.find(f"{w}outlineLvl")
            if lvl is not None:
                outline = _int(lvl.get(f"{w}val"))
        kind, level = self.style_kind(style_id)
        if kind is BlockKind.HEADING:
            return kind, level, numbering
        if outline is not None and 0 <= outline < 9:
            return BlockKind.HEADING, outline + 1, numbering
        if list_level is not None:
            return BlockKind.LIST_ITEM, list_level + 1, numbering
        return kind, level, numbering

    def style_kind(self, style_id: str) -> tuple[BlockKind, int]:
        if style_id in self.style_cache:
            return self.style_cache[style_id]
        result = (BlockKind.PARAGRAPH, 0)
        if style_id:
            names, outline, numbered = self.styles.describe(style_id)
            for name in names:
                heading = _HEADING_STYLE_RE.match(name)
                if heading:
                    result = (BlockKind.HEADING, int(heading.group(1)))
                    break
                if name == "title":
                    result = (BlockKind.HEADING, 1)
                    break
                if name == "subtitle":
                    result = (BlockKind.HEADING, 2)
                    break
                if name in ("quote", "intense quote") or name.endswith(" quote"):
                    result = (BlockKind.QUOTE, 0)
                    break
                if name.startswith("list") or numbered:
                    digits = re.findall(r"\d", name)
                    result = (BlockKind.LIST_ITEM, int(digits[-1]) if digits else 1)
                    break
            else:
                if outline is not None and 0 <= outline < 9:
                    result = (BlockKind.HEADING, outline + 1)
        self.style_cache[style_id] = result
        return result

    def walk(
        self, container: etree._Element, builder: DocumentBuilder, *, in_cell: bool = False, column: int = 0
    ) -> None:
        stack: list[etree._Element] = list(reversed(container))
        while stack:
            el = stack.pop()
            tag = el.tag
            if tag == self.p_tag:
                textboxes: list[etree._Element] = []
                text = self.paragraph_text(el, textboxes)
                if in_cell:
                    builder.add(BlockKind.TABLE_CELL, text, column)
                else:
                    kind, level, numbering = self.paragraph_kind(el)
                    if numbering is not None and text.strip() and self.numbering is not None:
                        label = self.numbering.label(*numbering)
                        if label:
                            text = f"{label} {text}"
                    builder.add(kind, text, level)
                for box in textboxes:
                    self.walk(box, builder, in_cell=in_cell, column=column)
            elif tag == self.tbl_tag:
                self.table(el, builder)
            elif tag in self.container_tags:
                stack.extend(reversed(el))

    def table(self, tbl: etree._Element, builder: DocumentBuilder) -> None:
        for tr in tbl.iter(self.tr_tag):
            if _nearest(tr, self.tbl_tag) is not tbl:
                continue
            column = 1  # each cell's column, counting the columns a merged cell spans ("gridSpan")
            for tc in tr.iter(self.tc_tag):
                if _nearest(tc, self.tr_tag) is not tr:
                    continue
                self.cell(tc, builder, column)
                column += self.span(tc)

    def span(self, tc: etree._Element) -> int:
        grid = tc.find(f"{{{self.ns}}}tcPr/{{{self.ns}}}gridSpan")
        value = grid.get(f"{{{self.ns}}}val") if grid is not None else None
        return max(1, min(int(value), 50)) if value and value.isdigit() else 1

    def cell(self, tc: etree._Element, builder: DocumentBuilder, column: int) -> None:
        paragraphs = [child for child in tc if child.tag == self.p_tag]
        has_table = any(child.tag == self.tbl_tag for child in tc)
        texts = [self.paragraph_text(p, None) for p in paragraphs]
        if not has_table and sum(len(t) for t in texts) < _LONG_CELL:
            builder.add(BlockKind.TABLE_CELL, " ".join(texts), column)
            return
        self.walk(tc, builder, in_cell=True, column=column)


def _nearest(el: etree._Element, tag: str) -> etree._Element | None:
    for anc in el.iterancestors(tag):
        return anc
    return None


def extract_docx(data: bytes) -> Document:
    """Extract a DOCX document's body; section headers and footers go to ``furniture``."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise ExtractionError("corrupt", "The DOCX file is damaged or truncated (not a valid zip archive).") from exc
    with zf:
        check_zip(zf)
        main = _main_part(zf)
        body_xml = _read_part(zf, main)
        if body_xml is None:
            raise ExtractionError(
                "unsupported_format", "This zip archive has no Word document body (word/document.xml)."
            )
        root = _parse_xml(body_xml, main)
        ns = W_STRICT_NS if root.tag == f"{{{W_STRICT_NS}}}document" else W_NS
        body = root.find(f"{{{ns}}}body")
        if body is None:
            raise ExtractionError("corrupt", "The DOCX document has no body.")
        used = {el.get(f"{{{ns}}}val", "") for el in body.iter(f"{{{ns}}}pStyle")}
        rels = _rels(zf, main)
        styles_part = next((t for k, t in rels.values() if k == "styles"), "word/styles.xml")
        styles = _Styles(_read_part(zf, styles_part) if used else None, ns, used)
        numbering: _Numbering | None = None
        if body.find(f".//{{{ns}}}numPr") is not None:
            numbering_part = next((t for k, t in rels.values() if k == "numbering"), "word/numbering.xml")
            numbering_xml = _read_part(zf, numbering_part)
            if numbering_xml is not None:
                numbering = _Numbering(numbering_xml, ns)
        walker = _Body(ns, styles, numbering)
        builder = DocumentBuilder("docx")
        walker.walk(body, builder)
        for kind, target in rels.values():
            if kind not in ("header", "footer"):
                continue
            part = _read_part(zf, target)
            if part is None:
                continue
            try:
                hroot = etree.fromstring(part, _parser())
            except etree.XMLSyntaxError:
                continue
            for p in hroot.iter(f"{{{ns}}}p"):
                text = clean_text(walker.paragraph_text(p, None))
                if text and not _PAGE_LABEL_RE.match(text):
                    builder.add_furniture(text)
    return builder.build(empty_message="The Word document contains no text.")
