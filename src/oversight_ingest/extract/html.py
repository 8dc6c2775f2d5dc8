"""HTML extraction: the main content of a web page, without its chrome.

The page is decoded with its declared charset (BOM, then ``<meta charset>``/``http-equiv``),
falling back to UTF-8 and then Windows-1252 with a warning, and parsed with lxml's HTML
parser. Scripts, styles, forms, navigation, headers, footers, asides, hidden elements and
anything whose id/class/role/aria-label marks it as a cookie banner, consent dialog, menu,
breadcrumb, skip link, share/social widget or newsletter box are removed. The content root is
``<main>``/``[role=main]``/``<article>`` when present, otherwise the element holding the most
paragraph text. Headings, list items, quotes and table cells keep their block kinds.
"""

from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Iterator

from lxml import etree

from oversight_ingest.document import BlockKind, Document, ExtractionError
from oversight_ingest.extract.base import DocumentBuilder, clean_text

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL_STR_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "nav",
        "aside",
        "footer",
        "iframe",
        "object",
        "embed",
        "canvas",
        "button",
        "select",
        "input",
        "textarea",
        "option",
        "dialog",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "audio",
        "video",
        "map",
        "picture",
        "img",
    }
)
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "alertdialog", "dialog"}
)
_CHROME_WORDS = frozenset(
    {
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "banner",
        "breadcrumb",
        "breadcrumbs",
        "menu",
        "megamenu",
        "submenu",
        "navbar",
        "nav",
        "navigation",
        "sitenav",
        "skip",
        "skiplink",
        "skiplinks",
        "share",
        "sharing",
        "sharethis",
        "social",
        "newsletter",
        "subscribe",
        "signup",
        "feedback",
        "sidebar",
        "toolbar",
        "masthead",
        "pagination",
        "pager",
        "related",
        "promo",
        "advert",
        "advertisement",
        "ads",
        "popup",
        "modal",
        "offcanvas",
        "printonly",
        "sronly",
        "visuallyhidden",
    }
)
_CHROME_PREFIXES = ("cookie", "consent", "breadcrumb", "skiplink", "skip-to", "newsletter", "socialmedia", "mainmenu")
_CHROME_SUFFIXES = ("menu", "navigation", "banner", "breadcrumb", "breadcrumbs", "cookies", "consent")
_TOKEN_RE = re.compile(r"[a-z0-9]+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_LOCAL = threading.local()


def _html_parser() -> etree.HTMLParser:
    """A per-thread HTML parser (lxml parsers must not be shared between threads)."""
    parser: etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
        _LOCAL.parser = parser
    return parser


_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "body",
        "html",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "hr",
        "details",
        "summary",
        "center",
        "fieldset",
        "legend",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hgroup",
        "menu",
        "frameset",
        "noframes",
    }
)
_SMALL_CELL = 400  # a table cell with less text than this is one TABLE_CELL block


def decode_html(data: bytes, warnings: list[str]) -> str:
    """Decode an HTML page: BOM, declared charset, UTF-8, then Windows-1252 (with a warning)."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    head = data[:4096]
    declared = _XML_ENCODING_RE.search(head) or _META_CHARSET_RE.search(head)
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
            name = "cp1252"  # what browsers do (WHATWG encoding standard)
        try:
            codecs.lookup(name)
        except LookupError:
            warnings.append(f"The page declares an unknown character set {name!r}; it was read as UTF-8.")
        else:
            if not name.startswith("utf-16"):
                try:
                    return data.decode(name)
                except UnicodeDecodeError:
                    warnings.append(f"The page is not valid {name}; characters that do not decode were replaced.")
                    return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warnings.append("The page declares no valid character set and is not UTF-8; it was read as Windows-1252.")
        return data.decode("cp1252", errors="replace")


def _is_chrome(el: etree._Element) -> bool:  # noqa: PLR0911 - one early exit per kind of marker
    """Whether an element's attributes mark it as page chrome (banner, menu, hidden...)."""
    attrib = el.attrib
    if not attrib:
        return False
    if "hidden" in attrib or attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    role = attrib.get("role", "").strip().lower()
    if role in _CHROME_ROLES:
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE_RE.search(style):
        return True
    for name in ("id", "class", "aria-label", "data-module", "data-component"):
        value = attrib.get(name)
        if not value:
            continue
        low = value.lower()
        for word in low.split():
            compact = word.replace("_", "-")
            if compact.startswith(_CHROME_PREFIXES) or compact.endswith(_CHROME_SUFFIXES):
                return True
        if any(token in _CHROME_WORDS for token in _TOKEN_RE.findall(low)):
            return True
    return False


def _text(el: etree._Element) -> str:
    """All text inside an element (like lxml.html's ``text_content``)."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _iter_elements(root: etree._Element) -> Iterator[etree._Element]:
    for el in root.iter():
        if isinstance(el.tag, str):
            yield el


def _tag(el: etree._Element) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _remove(el: etree._Element) -> None:
    """Remove an element but keep its tail text in the tree."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + " " + tail
        else:
            parent.text = (parent.text or "") + " " + tail
    parent.remove(el)


def _paragraph_text_len(el: etree._Element) -> int:
    return sum(len(_text(p)) for p in el.iter("p", "li", "td", "pre", "blockquote"))


def _strip_chrome(root: etree._Element) -> None:
    protected: set[etree._Element] = set()
    for el in _iter_elements(root):
        tag = _tag(el)
        if tag in ("html", "body", "main", "article") or el.get("role", "").lower() == "main":
            protected.add(el)
            protected.update(el.iterancestors())
    total = _paragraph_text_len(root)
    doomed: list[etree._Element] = []
    for el in _iter_elements(root):
        if el in protected:
            continue
        tag = _tag(el)
        if tag in _DROP_TAGS:
            doomed.append(el)
        elif _is_chrome(el):
            # A wrapper whose class merely mentions a menu or sidebar but holds most of the
            # page's prose is content, not chrome.
            size = _paragraph_text_len(el)
            if not (size > 1000 and size > 0.4 * total):
                doomed.append(el)
        elif tag == "header" and not any(_tag(a) in ("main", "article") for a in el.iterancestors()):
            doomed.append(el)
        elif tag == "form" and _paragraph_text_len(el) < 500:
            # Some CMSs (ASP.NET) wrap the whole page in one <form>: keep a form holding content.
            doomed.append(el)
    doomed_set = set(doomed)
    for el in doomed:
        if not any(a in doomed_set for a in el.iterancestors()):
            _remove(el)


def _find_content_root(root: etree._Element) -> etree._Element:
    def text_len(el: etree._Element) -> int:
        return len(" ".join(_text(el).split()))

    for candidates in (
        list(root.iter("main")),
        [el for el in _iter_elements(root) if el.get("role", "").lower() == "main"],
        list(root.iter("article")),
    ):
        best = max(candidates, key=text_len, default=None)
        if best is not None and text_len(best) >= 200:
            return best
    scores: dict[etree._Element, float] = {}
    for p in root.iter("p", "pre", "blockquote", "li", "td"):
        n = len(" ".join(_text(p).split()))
        if n < 20:
            continue
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + n
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + n / 2
    if scores:
        return max(scores, key=lambda el: scores[el])
    body = root.find(".//body")
    return body if body is not None else root


class _Walker:
    """Walks the content tree, emitting one block per block-level element's inline text."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder

    def emit(self, kind: BlockKind, parts: list[str], level: int) -> None:
        if parts:
            self.builder.add(kind, "".join(parts), level)
            parts.clear()

    def walk(self, el: etree._Element, kind: BlockKind, level: int, list_depth: int) -> None:
        parts: list[str] = []
        if el.text:
            parts.append(el.text)
        for child in el:
            tag = _tag(child)
            if not tag:  # comment or processing instruction
                if child.tail:
                    parts.append(child.tail)
                continue
            if tag == "br":
                parts.append("\n")
            elif tag in _BLOCK_TAGS or tag in _HEADINGS:
                self.emit(kind, parts, level)
                self.block(child, tag, kind, list_depth)
            else:
                self.inline(child, parts, kind, level, list_depth)
            if child.tail:
                parts.append(child.tail)
        self.emit(kind, parts, level)

    def inline(self, el: etree._Element, parts: list[str], kind: BlockKind, level: int, list_depth: int) -> None:
        """Collect the text of an inline element; a block nested inside it splits the block."""
        if el.text:
            parts.append(el.text)
        for child in el:
            tag = _tag(child)
            if tag == "br":
                parts.append("\n")
            elif tag in _BLOCK_TAGS or tag in _HEADINGS:
                self.emit(kind, parts, level)
                self.block(child, tag, kind, list_depth)
            elif tag:
                self.inline(child, parts, kind, level, list_depth)
            if child.tail:
                parts.append(child.tail)

    def block(self, el: etree._Element, tag: str, parent_kind: BlockKind, list_depth: int) -> None:
        if tag in _HEADINGS:
            self.walk(el, BlockKind.HEADING, _HEADINGS[tag], list_depth)
        elif tag == "li":
            self.walk(el, BlockKind.LIST_ITEM, list_depth + 1, list_depth + 1)
        elif tag in ("ul", "ol", "menu"):
            self.walk(el, parent_kind, 0, list_depth)
        elif tag == "blockquote":
            self.walk(el, BlockKind.QUOTE, 0, list_depth)
        elif tag in ("td", "th"):
            if len(_text(el)) < _SMALL_CELL:
                self.builder.add(BlockKind.TABLE_CELL, _text(el), _column(el))
            else:
                self.walk(el, BlockKind.PARAGRAPH, 0, list_depth)
        elif tag == "hr":
            return
        else:
            kind = parent_kind if parent_kind in (BlockKind.QUOTE, BlockKind.LIST_ITEM) else BlockKind.PARAGRAPH
            level = list_depth if kind is BlockKind.LIST_ITEM else 0
            self.walk(el, kind, level, list_depth)


def _column(cell: etree._Element) -> int:
    """A table cell's column, from 1, counting the cells before it in its row and the columns each spans: an empty
    cell before it still counts, so the reader knows whose column the cell is in."""
    column = 1
    for before in cell.itersiblings(preceding=True):
        if _tag(before) in ("td", "th"):
            span = str(before.get("colspan") or "1")
            column += max(1, min(int(span), 50)) if span.isdigit() else 1
    return column


_FURNITURE_MAX = 300


def _site_furniture(root: etree._Element) -> list[str]:
    """The page title, the site header and the footer, kept for metadata (the site's name is often the only
    place a policing body's web page names it) before they are stripped from the text."""
    out: list[str] = []
    for el in _iter_elements(root):
        tag = _tag(el)
        if tag == "title" or (
            tag in ("header", "footer") and not any(_tag(a) in ("main", "article") for a in el.iterancestors())
        ):
            text = clean_text(" ".join(str(t) for t in el.itertext()))
            if text:
                out.append(text[:_FURNITURE_MAX])
    return out


def extract_html(data: bytes, *, warnings: list[str] | None = None) -> Document:
    """Extract the main content of an HTML page."""
    notes: list[str] = list(warnings or [])
    text = decode_html(data, notes)
    text = _XML_DECL_STR_RE.sub("", text, count=1)
    if not clean_text(text):
        raise ExtractionError("empty", "The HTML page is empty.")
    try:
        root = etree.fromstring(text, _html_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ExtractionError("empty", "The HTML page contains no readable content.") from exc
    if root is None:
        raise ExtractionError("empty", "The HTML page contains no readable content.")
    furniture = _site_furniture(root)
    _strip_chrome(root)
    content = _find_content_root(root)
    builder = DocumentBuilder("html", notes)
    builder.furniture.extend(furniture)
    walker = _Walker(builder)
    tag = _tag(content)
    if tag in ("td", "th", "li", "blockquote") or tag in _HEADINGS:
        walker.block(content, tag, BlockKind.PARAGRAPH, 0)
    else:
        walker.walk(content, BlockKind.PARAGRAPH, 0, 0)
    return builder.build(empty_message="The HTML page contains no readable text in its main content.")
