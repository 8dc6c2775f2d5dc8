"""Bad input: every failure is an ExtractionError with a stable code and a readable message."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from tests.ingest.extract._extract_helpers import SEED_STEMS, requires_seeds, seed_bytes

from oversight_ingest.document import BlockKind, ExtractionError
from oversight_ingest.extract import check_invariants, extract_document, extract_path
from oversight_ingest.extract.docx import extract_docx


def _code(data: bytes, filename: str | None = None, **kwargs: int) -> str:
    with pytest.raises(ExtractionError) as info:
        extract_document(data, filename, **kwargs)
    assert info.value.message
    assert str(info.value) == info.value.message
    return info.value.code


def _blank_pdf() -> bytes:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


def _minimal_docx(body_xml: str, *, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        zf.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body_xml}</w:body></w:document>",
        )
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_empty_bytes() -> None:
    assert _code(b"") == "empty"
    assert _code(b"  \n\t ", "a.txt") == "empty"


@requires_seeds
def test_truncated_pdf() -> None:
    data = seed_bytes(SEED_STEMS[0], "pdf")
    assert _code(data[: int(len(data) * 0.4)], "letter.pdf") == "corrupt"


def test_random_bytes_named_pdf() -> None:
    junk = bytes((i * 37 + 11) % 256 for i in range(5000))
    assert _code(junk, "letter.pdf") in {"not_text", "unsupported_format"}
    assert _code(b"%PDF-1.7\n" + junk + b"\n%%EOF\n", "letter.pdf") == "corrupt"


def test_pdf_without_text_layer() -> None:
    with pytest.raises(ExtractionError) as info:
        extract_document(_blank_pdf(), "scan.pdf")
    assert info.value.code == "no_text_layer"
    assert "OCR" in info.value.message


@requires_seeds
def test_encrypted_pdf() -> None:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(seed_bytes(SEED_STEMS[0], "pdf")))
    writer.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    assert _code(buf.getvalue(), "letter.pdf") == "encrypted"


def test_encrypted_ooxml_container() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100
    assert _code(ole, "letter.docx") == "encrypted"
    assert _code(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "letter.doc") == "unsupported_format"


def _zip_bomb(member: str = "word/document.xml", megabytes: int = 300) -> bytes:
    """A real zip whose member inflates to ``megabytes`` MB of zeros, built without compressing them.

    A fully-flushed deflate segment is independent of what precedes it, so one compressed MB
    repeated N times (plus an empty final block) is a valid stream for N MB.
    """
    chunk = b"\0" * (1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = segment * megabytes + b"\x03\x00"
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    size = len(chunk) * megabytes
    name = member.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(stream), size, len(name), 0) + name
    central = (
        struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(stream), size, len(name), 0, 0, 0, 0, 0, 0
        )
        + name
    )
    offset = len(local) + len(stream)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), offset, 0)
    return local + stream + central + end


def test_zip_bomb_helper_is_a_valid_zip() -> None:
    bomb = _zip_bomb(megabytes=3)
    with zipfile.ZipFile(io.BytesIO(bomb)) as zf:
        assert zf.testzip() is None
        assert zf.read("word/document.xml") == b"\0" * (3 * 1024 * 1024)


def test_docx_zip_bomb_is_refused_without_decompressing(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = _zip_bomb()
    assert len(bomb) < 2 * 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(bomb)) as zf:
        assert zf.getinfo("word/document.xml").file_size == 300 * 1024 * 1024

    def no_decompress(*args: object, **kwargs: object) -> None:
        raise AssertionError("the bomb was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_decompress)
    assert _code(bomb, "letter.docx") == "zip_bomb"


def test_docx_with_too_many_members() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
        for i in range(2100):
            zf.writestr(f"word/media/{i}.bin", b"")
    assert _code(buf.getvalue(), "letter.docx") == "zip_bomb"


@requires_seeds
def test_docx_with_wrong_extension_extracts_with_warning() -> None:
    doc = extract_document(seed_bytes(SEED_STEMS[0], "docx"), "letter.pdf")
    assert doc.format == "docx"
    assert any("PDF" in w and "Word" in w for w in doc.warnings)
    check_invariants(doc)


@requires_seeds
def test_pdf_named_txt_extracts_with_warning() -> None:
    doc = extract_document(seed_bytes(SEED_STEMS[0], "pdf"), "letter.txt")
    assert doc.format == "pdf"
    assert doc.warnings


@requires_seeds
def test_truncated_docx() -> None:
    data = seed_bytes(SEED_STEMS[0], "docx")
    for share in (0.3, 0.6, 0.95):
        assert _code(data[: int(len(data) * share)], "letter.docx") == "corrupt"


def test_zip_without_word_document() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert _code(buf.getvalue(), "book.xlsx") == "unsupported_format"


def test_cp1252_text_decodes_with_warning() -> None:
    data = "The Commissioner’s response – “accepted” in full. Café".encode("cp1252")
    doc = extract_document(data, "letter.txt")
    assert doc.text == "The Commissioner’s response – “accepted” in full. Café"
    assert any("Windows-1252" in w for w in doc.warnings)


def test_utf8_bom_stripped() -> None:
    doc = extract_document("\ufeffHello world".encode(), "a.txt")
    assert doc.text == "Hello world"


def test_binary_junk_as_txt() -> None:
    assert _code(bytes(range(256)) * 20, "notes.txt") == "not_text"
    assert _code(b"hello\x00world" * 10, "notes.txt") == "not_text"
    control_heavy = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"some words"
    assert _code(control_heavy, "notes.txt") == "not_text"


def test_image_is_unsupported() -> None:
    assert _code(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "scan.pdf") == "unsupported_format"


def test_too_large_bytes() -> None:
    assert _code(b"x" * 2000, "a.txt", max_bytes=1000) == "too_large"


def test_extract_path_refuses_large_file_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: takes no disk space

    def no_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_read)
    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(ExtractionError) as info:
        extract_path(big)
    assert info.value.code == "too_large"
    assert "200.0 MB" in info.value.message


def test_extract_path_reads_small_file(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Title\n\nSome *body* text.\n")
    doc = extract_path(os.fspath(path))
    assert doc.format == "md"
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH]
    assert doc.text == "Title\n\nSome body text."


def test_docx_structure() -> None:
    body = (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Findings</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">First </w:t></w:r><w:r><w:t>para</w:t></w:r>'
        "<w:r><w:tab/><w:t>graph</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Item</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Next</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr><w:r><w:t>Dot</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>Quoted</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>Deleted</w:delText></w:r></w:del></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>A2</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    )
    styles = (
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style></w:styles>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
        'Target="header1.xml"/></Relationships>'
    )
    header = (
        '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:p><w:r><w:t>Running header</w:t></w:r></w:p></w:hdr>"
    )
    w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    numbering = (
        f'<w:numbering xmlns:w="{w_ns}">'
        '<w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
        "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    data = _minimal_docx(
        body,
        extra={
            "word/numbering.xml": numbering.encode(),
            "word/styles.xml": styles.encode(),
            "word/_rels/document.xml.rels": rels.encode(),
            "word/header1.xml": header.encode(),
        },
    )
    doc = extract_docx(data)
    check_invariants(doc)
    assert [(b.kind, doc.block_text(b), b.level) for b in doc.blocks] == [
        (BlockKind.HEADING, "Findings", 1),
        (BlockKind.PARAGRAPH, "First para graph", 0),
        (BlockKind.LIST_ITEM, "(a) Item", 2),
        (BlockKind.LIST_ITEM, "(b) Next", 2),
        (BlockKind.LIST_ITEM, "Dot", 1),
        (BlockKind.QUOTE, "Quoted", 0),
        (BlockKind.PARAGRAPH, "Kept", 0),
        (BlockKind.TABLE_CELL, "A1", 1),  # a cell's level is its column
        (BlockKind.TABLE_CELL, "B1", 2),
        (BlockKind.TABLE_CELL, "A2", 1),
    ]
    assert doc.furniture == ["Running header"]
    assert "Running header" not in doc.text


def test_docx_without_text_is_empty() -> None:
    assert _code(_minimal_docx("<w:p/>"), "a.docx") == "empty"


def test_pdf_without_text_layer_uses_ocr_when_available(monkeypatch: pytest.MonkeyPatch) -> None:
    from oversight_ingest.extract import ocr

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "ocr_pdf", lambda data: "Recognised letter text.\n\nSecond paragraph.")
    doc = extract_document(_blank_pdf(), "scan.pdf")
    assert doc.format == "pdf"
    assert doc.pages == 2
    assert doc.text == "Recognised letter text.\n\nSecond paragraph."
    assert any("OCR" in w for w in doc.warnings)
