"""Build the out-of-sample letter corpus: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/corpus/build.py

Each letter is composed from the hand-labelled sentences in ``phrases.py`` in one of the forms
policing bodies publish (tables with a force column and a commissioner's column, paraphrasing
headings, labels only, the letter's own numbering, flattened prose, accordions, definition lists,
news articles, an appended chief constable's response, two reports in one letter, partial
answers, blanket statements, the regional report's areas for improvement, letters about another
report, dates in many printed forms, in the footer only, late letters), and written as TXT,
Markdown, DOCX, HTML or PDF. The truth of each letter follows from what it was built from.

The split is deterministic: within each kind of letter, letters alternate between the *tuning*
half and the *held-back* half in the order they are listed here.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import html
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE))

from phrases import (  # noqa: E402
    OVERSIGHT,
    PARAPHRASE,
    PARAPHRASE_MORE,
    STANCE,
    STANCE_ON,
    STATUS,
    STATUS_MORE,
    TOPIC,
)

PACKS = REPO / "src" / "oversight" / "reports" / "packs"
REPORT_KEYS = {"oic": "oic-2025", "soc": "soc-yh-2025"}
REPORT_TITLES = {
    "oic": "Improving the response to organised immigration crime",
    "soc": "An inspection of the Yorkshire and Humber regional response to serious and organised crime",
}
STATUS_WORDS = {
    "implemented": "Complete",
    "in_progress": "In progress",
    "planned": "Planned",
    "not_started": "Not started",
}
OTHER_REPORTS = [
    "PEEL 2025: an inspection of police effectiveness, efficiency and legitimacy",
    "An inspection of how well the police tackle fraud affecting older people",
    "The police response to stalking: a joint thematic inspection",
]


def _findings() -> dict[str, str]:
    out = {}
    for short, key in REPORT_KEYS.items():
        data = json.loads((PACKS / f"{key}.json").read_text("utf-8"))
        for f in data["report"]["findings"]:
            out[f"{short}:{f['reference']}"] = f["text"]
    return out


FINDINGS = _findings()
ALL = {"oic": ["oic:2", "oic:4", "oic:8", "oic:9"], "soc": ["soc:1", "soc:2"]}


def _bodies() -> dict[str, dict[str, str]]:
    import csv

    with (REPO / "src" / "oversight_ingest" / "reference" / "forces.csv").open(encoding="utf-8") as fh:
        return {row["force"]: row for row in csv.DictReader(fh)}


BODIES = _bodies()

# ------------------------------------------------------------------------------------------------
# What one answer says, and the letter it sits in


@dataclass
class Answer:
    key: str  # "oic:2"
    status: str  # a key of STATUS
    pb: str | None = None  # the policing body's stance
    pb_voice: str = "pb1"
    cc: str | None = None  # the chief constable's stance, stated separately
    cc_voice: str = "cc"
    variant: int = 0
    more: bool = False  # worded from the later tables (STATUS_MORE, PARAPHRASE_MORE)


@dataclass
class Letter:
    id: str
    kind: str
    fmt: str
    force: str
    report: str | None  # "oic", "soc", or None for a letter about another report
    date: str | None  # ISO date or "YYYY-MM", as the truth records it
    date_text: str | None  # how the letter prints it
    answers: list[Answer] = field(default_factory=list)
    form: str = "sections"  # sections, table3, table2, accordion, dl, flattened, news, annex, labels, own_numbers
    ref: str = "quote"  # quote, label, paraphrase, own_number, none
    blanket: tuple[str, str] | None = None  # (sentence, stance); covers what has no stance of its own
    blanket_by: str = "policing_body"
    date_where: str = "head"  # head, footer, signoff
    other_report: str | None = None  # a second report answered, or the one a letter is about
    author: str = "Alex Morgan"
    female: bool = True
    mentions: list[str] = field(default_factory=list)  # organisations merely mentioned
    run_with_report: str | None = None  # the eval also reads it with --report this key


def _body_name(force: str) -> str:
    return BODIES[force]["policing_body"]


def _role(letter: Letter) -> str:
    row = BODIES[letter.force]
    kind = row["body_kind"]
    area = row["area"]
    if kind == "pfcc":
        return f"Police, Fire and Crime Commissioner for {area}"
    if kind == "mayor":
        return f"Deputy Mayor for Policing and Crime, {area}"
    return f"Police and Crime Commissioner for {area}"


def _office(letter: Letter) -> str:
    row = BODIES[letter.force]
    if row["body_kind"] == "mayor":
        return row["policing_body"]
    return f"Office of the {_role(letter)}"


def _title(letter: Letter) -> str:
    if letter.report is None:
        assert letter.other_report
        return letter.other_report
    return REPORT_TITLES[letter.report]


def _pick(options: list[str], n: int) -> str:
    return options[n % len(options)]


def _status_text(a: Answer) -> str:
    return _pick((STATUS_MORE if a.more else STATUS)[(a.key, a.status)], a.variant)


def _stance_text(voice: str, stance: str, n: int) -> str:
    return _pick(STANCE[(voice, stance)], n)


def _number(key: str) -> str:
    return key.split(":")[1]


def _kind_word(letter: Letter) -> str:
    return "Area for improvement" if letter.report == "soc" else "Recommendation"


def _reference(letter: Letter, a: Answer, index: int) -> str:
    """The heading or label the letter gives the answer."""
    if letter.ref == "label":
        return f"{_kind_word(letter)} {_number(a.key)}"
    if letter.ref in ("own_number", "own_number_quote"):
        return f"{_kind_word(letter)} {index + 1}"
    if letter.ref == "paraphrase":
        return _pick((PARAPHRASE_MORE if a.more else PARAPHRASE)[a.key], a.variant)
    return ""


# ------------------------------------------------------------------------------------------------
# Composing blocks


def _answer_sentences(letter: Letter, a: Answer, i: int) -> tuple[str, str]:
    """(force's words, commissioner's words) for one answer."""
    force_words = ""
    if a.cc:
        force_words = _stance_text(a.cc_voice, a.cc, i) + " "
    force_words += _status_text(a)
    pb_words = _stance_text(a.pb_voice, a.pb, i) if a.pb else ""
    return force_words.strip(), pb_words


def _intro(letter: Letter) -> str:
    title = _title(letter)
    pronoun = "I" if True else ""
    text = (
        f"Thank you for the opportunity to respond to the HMICFRS report '{title}'. "
        f"{pronoun} have sought the views of the Chief Constable of {letter.force} and set out our response below."
    )
    if letter.mentions:
        text += " The force works closely with " + " and ".join(letter.mentions) + " on this work."
    return text


def compose(letter: Letter) -> list[tuple[str, Any]]:
    blocks: list[tuple[str, Any]] = []
    office = _office(letter)
    blocks.append(("letterhead", [office, f"Serving {BODIES[letter.force]['area']}"]))
    if letter.date_text and letter.date_where == "head":
        blocks.append(("date", letter.date_text))
    if letter.form != "news":
        blocks.append(
            ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "4th Floor, Globe House", "London"])
        )
        blocks.append(("salutation", "Dear Sir Andy,"))
        blocks.append(("title", f"Response to: {_title(letter)}"))
    if letter.form == "news":
        return _news(letter, blocks)
    blocks.append(("para", _intro(letter)))
    if letter.blanket:
        blocks.append(("para", letter.blanket[0]))
    answers = letter.answers
    if letter.form == "flattened":
        parts = []
        for i, a in enumerate(answers):
            force_words, pb_words = _answer_sentences(letter, a, i)
            parts.append(f'The report recommends that "{FINDINGS[a.key]}" {pb_words} {force_words}'.strip())
        half = (len(parts) + 1) // 2
        blocks.append(("para", " ".join(parts[:half])))
        if parts[half:]:
            blocks.append(("para", "Turning to training, " + " ".join(parts[half:])))
    elif letter.form == "themes":  # two findings answered in one paragraph, each sentence naming its own
        for n in range(0, len(answers), 2):
            pair = answers[n : n + 2]
            words = []
            for a in pair:
                stance = _pick(STANCE_ON[a.pb], a.variant).format(topic=TOPIC[a.key]) if a.pb else ""
                words.append(f"{stance} {_status_text(a)}".strip())
            blocks.append(("heading", ["Intelligence", "Training", "Working together"][n // 2 % 3]))
            blocks.append(("para", " ".join(words)))
    elif letter.form in ("table3", "table2", "table4"):
        header = ["Recommendation", "Force response", "Commissioner's comment"]
        rows = []
        for i, a in enumerate(answers):
            force_words, pb_words = _answer_sentences(letter, a, i)
            ref = _reference(letter, a, i)
            first = FINDINGS[a.key] if letter.ref == "quote" else ref
            if letter.ref == "label_quote":
                first = f"{_kind_word(letter)} {_number(a.key)}: {FINDINGS[a.key]}"
            if letter.form in ("table3", "table4"):
                rows.append([first, force_words, pb_words + (" " + _pick(OVERSIGHT, i) if pb_words else "")])
            else:
                rows.append([first, (pb_words + " " + force_words).strip()])
        if letter.form == "table2":
            header = ["Recommendation", "Force response"]
        if letter.form == "table4":  # a status column between the force's update and the commissioner's comment
            header = ["Recommendation", "Force update", "Status", "Commissioner's comment"]
            rows = [[r[0], r[1], STATUS_WORDS[a.status], r[2]] for r, a in zip(rows, answers, strict=True)]
        blocks.append(("table", [header, *rows]))
    elif letter.form in ("accordion", "dl"):
        pairs = []
        for i, a in enumerate(answers):
            force_words, pb_words = _answer_sentences(letter, a, i)
            ref = _reference(letter, a, i) or FINDINGS[a.key]
            pairs.append((ref, (pb_words + " " + force_words).strip()))
        blocks.append((letter.form, pairs))
    elif letter.form == "annex":
        for i, a in enumerate(answers):
            _, pb_words = _answer_sentences(letter, a, i)
            ref = _reference(letter, a, i)
            if ref:
                blocks.append(("heading", ref))
            if letter.ref == "quote":
                blocks.append(("quote", FINDINGS[a.key]))
            if pb_words:
                blocks.append(("para", pb_words + " " + _pick(OVERSIGHT, i)))
    else:  # sections, one per answer
        for i, a in enumerate(answers):
            force_words, pb_words = _answer_sentences(letter, a, i)
            ref = _reference(letter, a, i)
            if ref:
                blocks.append(("heading", ref))
            if letter.ref in ("quote", "own_number_quote"):
                blocks.append(("quote", FINDINGS[a.key]))
            text = (pb_words + " " + force_words).strip()
            blocks.append(("para", text))
    if letter.other_report and letter.report is not None:
        blocks.append(("heading", letter.other_report))
        blocks.append(
            (
                "para",
                "I also respond here to the inspectorate's report on this subject. I accept its findings and the "
                "force has introduced a new victim care procedure, reviewed by my office every quarter.",
            )
        )
    blocks.append(("para", "I will continue to monitor the force's progress and publish updates on my website."))
    sign = ["Yours sincerely,", letter.author, _role(letter)]
    if letter.date_text and letter.date_where == "signoff":
        sign.append(letter.date_text)
    blocks.append(("sign", sign))
    if letter.form == "annex":
        blocks.append(("heading", f"Annex: response of the Chief Constable of {letter.force}"))
        for i, a in enumerate(answers):
            force_words, _ = _answer_sentences(letter, a, i)
            blocks.append(("heading", f"{_kind_word(letter)} {_number(a.key)}"))
            blocks.append(("para", force_words))
    footer = f"{office} | {BODIES[letter.force]['area']}"
    if letter.date_text and letter.date_where == "footer":
        footer += f" | {letter.date_text}"
    blocks.append(("footer", footer))
    return blocks


def _news(letter: Letter, blocks: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    area = BODIES[letter.force]["area"]
    she = "She" if letter.female else "He"
    blocks.append(("title", f"Commissioner responds to inspection of {letter.force}'s work on immigration crime"))
    blocks.append(
        (
            "para",
            f"{letter.author}, {_role(letter)}, has published a response to the HMICFRS report '{_title(letter)}'.",
        )
    )
    if letter.blanket:
        blocks.append(("para", letter.blanket[0]))
    for i, a in enumerate(letter.answers):
        ref = _reference(letter, a, i) or _pick(PARAPHRASE[a.key], a.variant)
        force_words, pb_words = _answer_sentences(letter, a, i)
        blocks.append(("heading", ref))
        blocks.append(("para", (pb_words + " " + force_words).strip()))
    blocks.append(
        ("para", f"{she} said the Commissioner's office would monitor progress through its public meetings in {area}.")
    )
    blocks.append(("footer", f"{_office(letter)} news"))
    return blocks


# ------------------------------------------------------------------------------------------------
# Rendering


def render_text(blocks: list[tuple[str, Any]], markdown: bool) -> str:
    out: list[str] = []
    for kind, value in blocks:
        if kind in ("letterhead", "address") or kind == "sign":
            out.append("\n".join(value))
        elif kind == "title":
            out.append(("# " if markdown else "") + value)
        elif kind == "heading":
            out.append(("## " if markdown else "") + value)
        elif kind == "quote":
            out.append(("> " if markdown else "") + f"“{value}”")
        elif kind == "table":
            if markdown:
                rows = value
                lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                out.append("\n".join(lines))
            else:
                for row in value[1:]:
                    out.append("\n\n".join(c for c in row if c))
        elif kind in ("dl", "accordion"):
            for term, desc in value:
                out.append(("### " if markdown else "") + term)
                out.append(desc)
        elif kind == "footer":
            out.append(value)
        else:
            out.append(value)
    return "\n\n".join(out) + "\n"


def render_html(blocks: list[tuple[str, Any]], letter: Letter) -> str:
    e = html.escape
    office = _office(letter)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(_title(letter))} | {e(office)}</title></head><body>",
        "<div class='cookie-banner'><p>We use cookies to make this site work.</p><button>Accept</button></div>",
        f"<header class='site-header'><a href='/' class='site-name'>{e(office)}</a>",
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/publications'>Publications</a></li></ul></nav></header><main>",
    ]
    if letter.form == "news" and letter.date_text:
        parts.append(f"<p class='published'>Published: {e(letter.date_text)}</p>")
    for kind, value in blocks:
        if kind == "letterhead":
            parts.append("<div class='letterhead'>" + "<br>".join(e(v) for v in value) + "</div>")
        elif kind == "address" or kind == "sign":
            parts.append("<p>" + "<br>".join(e(v) for v in value) + "</p>")
        elif kind == "date":
            parts.append(f"<p>{e(value)}</p>")
        elif kind == "title":
            parts.append(f"<h1>{e(value)}</h1>")
        elif kind == "heading":
            parts.append(f"<h2>{e(value)}</h2>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{e(value)}</p></blockquote>")
        elif kind == "table":
            rows = value
            parts.append("<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            for row in rows[1:]:
                parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            parts.append("</tbody></table>")
        elif kind == "dl":
            parts.append("<dl>" + "".join(f"<dt>{e(t)}</dt><dd>{e(d)}</dd>" for t, d in value) + "</dl>")
        elif kind == "accordion":
            parts.append(
                "<div class='accordion'>"
                + "".join(f"<details><summary>{e(t)}</summary><p>{e(d)}</p></details>" for t, d in value)
                + "</div>"
            )
        elif kind == "footer":
            continue
        else:
            parts.append(f"<p>{e(value)}</p>")
    footer = next((v for k, v in blocks if k == "footer"), office)
    parts.append(f"</main><footer><p>{e(footer)}</p><p>&copy; {e(office)}</p></footer></body></html>")
    return "\n".join(parts)


def render_docx(blocks: list[tuple[str, Any]]) -> bytes:
    import docx

    document = docx.Document()
    fixed = dt.datetime(2025, 7, 1, 9, 0, 0)  # a fixed time, so the corpus rebuilds byte for byte
    document.core_properties.created = fixed
    document.core_properties.modified = fixed
    document.core_properties.last_printed = fixed
    for kind, value in blocks:
        if kind in ("letterhead", "address", "sign"):
            for line in value:
                document.add_paragraph(line)
        elif kind == "title":
            document.add_heading(value, level=1)
        elif kind == "heading":
            document.add_heading(value, level=2)
        elif kind == "quote":
            document.add_paragraph(f"“{value}”", style="Quote")
        elif kind == "table":
            rows = value
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind in ("dl", "accordion"):
            for term, desc in value:
                document.add_heading(term, level=3)
                document.add_paragraph(desc)
        elif kind == "footer":
            document.sections[0].footer.paragraphs[0].text = value
        else:
            document.add_paragraph(value)
    out = io.BytesIO()
    document.save(out)
    return _fixed_zip(out.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same ZIP with every member dated 1 July 2025, so rebuilding gives the same bytes."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines or [""]


def render_pdf(blocks: list[tuple[str, Any]]) -> bytes:
    """A PDF laid out as published: wrapped paragraphs, tables drawn column by column, footers."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pages: list[list[tuple[float, float, float, str, bool]]] = [[]]
    footer = next((v for k, v in blocks if k == "footer"), "")
    y = 790.0
    size = 10.0
    lead = 13.0

    def need(height: float) -> None:
        nonlocal y
        if y - height < 70:
            pages.append([])
            y = 790.0

    def put(x: float, text: str, bold: bool = False, width: int = 95) -> None:
        nonlocal y
        for line in _wrap(text, width):
            need(lead)
            pages[-1].append((x, y, size, line, bold))
            y -= lead

    for kind, value in blocks:
        if kind in ("letterhead", "address", "sign"):
            for line in value:
                put(60, line, bold=kind == "letterhead")
            y -= lead * 0.6
        elif kind in ("title", "heading"):
            y -= 4
            put(60, value, bold=True)
            y -= 4
        elif kind == "quote":
            put(80, f"“{value}”", width=85)
            y -= lead * 0.6
        elif kind == "table":
            rows = value
            cols = len(rows[0])
            col_w = 480 / cols
            chars = int(col_w / (size * 0.5)) - 2
            for row in rows:
                wrapped = [_wrap(c, chars) for c in row]
                height = max(len(w) for w in wrapped) * lead + 6
                need(height)
                top = y
                for c, cell_lines in enumerate(wrapped):  # one column after another, as PDFs often hold them
                    for n, line in enumerate(cell_lines):
                        pages[-1].append((60 + c * col_w, top - n * lead, size, line, row is rows[0]))
                y = top - height
        elif kind in ("dl", "accordion"):
            for term, desc in value:
                put(60, term, bold=True)
                put(60, desc)
                y -= lead * 0.6
        elif kind == "footer":
            continue
        else:
            put(60, value)
            y -= lead * 0.6

    pdf = pdfium.PdfDocument.new()
    regular = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica")
    bold_font = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica-Bold")
    for n, lines in enumerate(pages, 1):
        page = pdf.new_page(595, 842)
        furniture = [(60.0, 40.0, 8.0, footer, False), (500.0, 40.0, 8.0, f"Page {n} of {len(pages)}", False)]
        for x, yy, sz, text, is_bold in [*lines, *furniture]:
            if not text:
                continue
            obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, bold_font if is_bold else regular, ctypes.c_float(sz))
            encoded = (text + "\0").encode("utf-16-le")
            buf = ctypes.create_string_buffer(encoded, len(encoded))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, yy)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    data = out.getvalue()  # a fixed creation date and file identifier, so the corpus rebuilds byte for byte
    data = re.sub(rb"\(D:\d{14}[^)]*\)", lambda m: b"(D:20250701090000" + b" " * (len(m.group(0)) - 17) + b")", data)
    return re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)


# ------------------------------------------------------------------------------------------------
# Truth


# ------------------------------------------------------------------------------------------------
# Hand-written sets (sealed3, tuneset, ...) write their letters and truth through these


def html_letter(truth: dict[str, Any], form: str = "sections", date_text: str | None = None) -> Letter:
    """What ``render_html`` needs to know of a hand-written letter, taken from its truth record."""
    return Letter(
        id=truth["id"],
        kind=truth["kind"],
        fmt="html",
        force=truth["force"],
        report="oic" if truth["report"] == REPORT_KEYS["oic"] else "soc",
        date=truth["date"],
        date_text=date_text,
        form=form,
    )


def render_file(
    blocks: list[tuple[str, Any]],
    truth: dict[str, Any],
    as_html: Callable[[dict[str, Any]], Letter] = html_letter,
) -> bytes:
    """A hand-written letter's file, in the format its truth record names."""
    fmt = truth["format"]
    if fmt == "txt":
        return render_text(blocks, markdown=False).encode("utf-8")
    if fmt == "html":
        return render_html(blocks, as_html(truth)).encode("utf-8")
    if fmt == "docx":
        return render_docx(blocks)
    assert fmt == "pdf", fmt
    return render_pdf(blocks)


def write_letters(
    target: Path,
    letters: Iterable[tuple[list[tuple[str, Any]], dict[str, Any]]],
    render: Callable[[list[tuple[str, Any]], dict[str, Any]], bytes] = render_file,
) -> list[dict[str, Any]]:
    """Empty ``target``, write each (blocks, truth) letter into it and return the truth records in order."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.iterdir():
        old.unlink()
    records = []
    for blocks, record in letters:
        (target / record["file"]).write_bytes(render(blocks, record))
        records.append(record)
    return records


def write_truth(here: Path, about: str, records: list[dict[str, Any]]) -> None:
    """Write a set's ``truth.json`` and say how many letters it holds."""
    (here / "truth.json").write_text(
        json.dumps({"about": about, "letters": records}, indent=1, ensure_ascii=False) + "\n", "utf-8"
    )
    sys.stdout.write(f"{len(records)} letters written to {(here / 'letters').relative_to(REPO)}\n")


def write_set(
    here: Path,
    about: str,
    letters: Iterable[tuple[list[tuple[str, Any]], dict[str, Any]]],
    render: Callable[[list[tuple[str, Any]], dict[str, Any]], bytes] = render_file,
) -> None:
    """Write a hand-written set: its files under ``here/letters`` and its ``truth.json``."""
    write_truth(here, about, write_letters(here / "letters", letters, render))


def item(
    ref: str,
    stance: str | list[str] | None,
    status: str | list[str],
    *,
    by: str | None = "policing_body",
    cc: str | None = None,
) -> dict[str, Any]:
    """One finding's truth in a hand-written set: every honestly right stance (none when the letter states none),
    whose stance it is, the force's own when the letter gives it apart, and every honestly right claimed status."""
    stances = [stance] if isinstance(stance, str) else (stance or [])
    if by == "chief_constable" and cc is None and stances:
        cc = stances[0]  # the stance is the force's: it is the force's own stance too (see check_items)
    return {
        "recommendation": ref,
        "stance": stances,
        "stance_by": by if stances else None,
        "chief_constable_stance": cc,
        "status": [status] if isinstance(status, str) else status,
    }


def letter_truth(
    id: str,
    kind: str,
    fmt: str,
    force: str,
    org: str,
    author: tuple[str, str],
    date: str | None,
    items: list[dict[str, Any]],
    *,
    split: str,
    report: str = REPORT_KEYS["oic"],
    title: str | None = None,
    late: bool = False,
    unanswered: list[str] | None = None,
) -> dict[str, Any]:
    """A hand-written letter's truth record, in the fields and order every set's ``truth.json`` keeps."""
    titles = {key: REPORT_TITLES[short] for short, key in REPORT_KEYS.items()}
    return {
        "id": id,
        "file": f"{id}.{fmt}",
        "kind": kind,
        "format": fmt,
        "report": report,
        "report_title_in_letter": title or titles[report],
        "force": force,
        "organisation": org,
        "author": {"name": author[0], "role": author[1]},
        "date": date,
        "late": late,
        "items": items,
        "unanswered": unanswered or [],
        "run_with_report": None,
        "split": split,
    }


def letter_adder(letters: list[tuple[dict[str, Any], Any]], *, split: str) -> Callable[..., None]:
    """A hand-written set's ``add``: ``add(id, kind, fmt, force, org, author, date, items, blocks, **fields)`` puts
    the letter's truth (:func:`letter_truth`, in the set's split) beside its blocks in ``letters``."""

    def add(
        id: str,
        kind: str,
        fmt: str,
        force: str,
        org: str,
        author: tuple[str, str],
        date: str | None,
        items: list[dict[str, Any]],
        blocks: Any,
        **fields: Any,
    ) -> None:
        record = letter_truth(id, kind, fmt, force, org, author, date, items, split=split, **fields)
        letters.append((record, blocks))

    return add


def load_builder(path: Path) -> Any:
    """A set's ``build.py`` loaded as a module, for its tests to compare the truth and files with. It is registered
    under its name while it runs: dataclasses look their module up while the class is made."""
    import importlib.util

    name = f"{path.parent.name}_build"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


TRUTH_STANCES = {"agree", "accept", "support", "note", "partially_agree", "disagree"}
TRUTH_STATUSES = {"implemented", "in_progress", "planned", "not_started", "not_stated"}
TRUTH_REFS = {"oic-2025": {"2", "4", "8", "9"}, "soc-yh-2025": {"1", "2"}}
OIC_LATE_AFTER = dt.date(2025, 7, 10)  # 56 days from publication on 16 May 2025, counted as day 1


def check_items(truth: dict[str, Any]) -> None:
    """Assert that a hand-written letter's items are well formed: each finding answered once or listed as
    unanswered, stances and statuses from the labels the eval knows, and the force's stance given whenever the
    stance is the force's."""
    answered = [i["recommendation"] for i in truth["items"]]
    assert len(answered) == len(set(answered)), truth["id"]
    assert not set(answered) & set(truth["unanswered"]), truth["id"]
    assert set(answered) | set(truth["unanswered"]) == TRUTH_REFS[truth["report"]], truth["id"]
    for i in truth["items"]:
        assert set(i["stance"]) <= TRUTH_STANCES, truth["id"]
        assert i["status"], truth["id"]
        assert set(i["status"]) <= TRUTH_STATUSES, truth["id"]
        assert (i["stance_by"] is None) == (not i["stance"]), truth["id"]
        assert i["stance_by"] in (None, "policing_body", "chief_constable"), truth["id"]
        if i["stance_by"] == "chief_constable":
            assert i["chief_constable_stance"] == i["stance"][0], truth["id"]
        assert i["chief_constable_stance"] in TRUTH_STANCES | {None}, truth["id"]


def check_late(truth: dict[str, Any]) -> None:
    """Assert that a letter's late flag follows the 56-day rule (a regional report's date is unknown: never late)."""
    if truth["report"] != "oic-2025" or truth["date"] is None:
        assert truth["late"] is False, truth["id"]
    else:
        assert truth["late"] == (dt.date.fromisoformat(truth["date"]) > OIC_LATE_AFTER), truth["id"]


SEED_FORCES = frozenset(
    {"South Yorkshire Police", "Thames Valley Police", "West Midlands Police", "West Yorkshire Police"}
)
"""The seed letters' forces: a hand-written set's oic-2025 letters come from other forces."""


def check_set(
    truths: list[dict[str, Any]],
    *,
    split: str,
    kinds: dict[str, int],
    formats: dict[str, int],
    table_formats: dict[str, int],
    undated: int,
    late: int,
    unanswered: tuple[int, ...],
) -> None:
    """Assert that a hand-written set has the shape its writer was assigned: its size, kinds and formats, how many
    letters are undated, late or leave a finding unanswered, regional letters about the regional report and the rest
    about oic-2025 from forces other than the seeds', and every claimed status used somewhere."""
    assert len({t["id"] for t in truths}) == len(truths) == sum(kinds.values())
    assert {t["split"] for t in truths} == {split}
    assert Counter(t["kind"] for t in truths) == Counter(kinds)
    assert Counter(t["format"] for t in truths) == Counter(formats)
    assert Counter(t["format"] for t in truths if t["kind"] == "table") == Counter(table_formats)
    assert sum(t["date"] is None for t in truths) == undated
    assert sum(t["late"] for t in truths) == late
    assert sum(bool(t["unanswered"]) for t in truths) in unanswered
    assert {t["report"] for t in truths if t["kind"] == "regional_afi"} <= {"soc-yh-2025"}
    assert {t["report"] for t in truths if t["kind"] != "regional_afi"} == {"oic-2025"}
    assert not {t["force"] for t in truths if t["report"] == "oic-2025"} & SEED_FORCES
    assert {s for t in truths for i in t["items"] for s in i["status"]} == TRUTH_STATUSES


def check_rebuilds(here: Path, truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    """Assert that a hand-written letter rebuilds byte for byte, opens, and names its author and its report."""
    text = check_letter(here, truth, blocks)
    assert truth["author"]["name"] in text, truth["id"]
    assert truth["report_title_in_letter"] in " ".join(text.split()), truth["id"]


def check_letter(here: Path, truth: dict[str, Any], blocks: list[tuple[str, Any]]) -> str:
    """Assert that a hand-written letter's file is, byte for byte, what its blocks render to and that it opens in
    its format; return the text a reader of the file sees (a web page's markup included)."""
    path = here / "letters" / truth["file"]
    assert path.read_bytes() == render_file(blocks, truth), truth["id"]
    fmt = truth["format"]
    if fmt in ("txt", "html"):
        text = path.read_text("utf-8")
        if fmt == "html":
            from html.parser import HTMLParser

            HTMLParser().feed(text)
        return text
    if fmt == "docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
        return "\n".join([*(p.text for p in document.paragraphs), *cells])
    import pypdf

    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def truth(letter: Letter) -> dict[str, Any]:
    items = []
    answered = set()
    blanket_stance = letter.blanket[1] if letter.blanket else None
    for a in letter.answers:
        if letter.report is None:
            break
        answered.add(a.key)
        if a.pb:
            stance, by = a.pb, "policing_body"
        elif a.cc:
            stance, by = a.cc, "chief_constable"
        elif blanket_stance:
            stance, by = blanket_stance, letter.blanket_by
        else:
            stance, by = "not_stated", None
        items.append(
            {
                "recommendation": _number(a.key),
                "stance": [stance],
                "stance_by": by,
                "chief_constable_stance": a.cc or (blanket_stance if letter.blanket_by == "chief_constable" else None),
                "status": [a.status],
            }
        )
    unanswered = []
    if letter.report is not None:
        for key in ALL[letter.report]:
            if key in answered:
                continue
            if blanket_stance:
                items.append(
                    {
                        "recommendation": _number(key),
                        "stance": [blanket_stance],
                        "stance_by": letter.blanket_by,
                        "chief_constable_stance": blanket_stance if letter.blanket_by == "chief_constable" else None,
                        "status": ["not_stated"],
                    }
                )
            else:
                unanswered.append(_number(key))
    late = False
    if letter.report == "oic" and letter.date:
        late = letter.date[:7] > "2025-07" or (len(letter.date) == 10 and letter.date > "2025-07-10")
    return {
        "id": letter.id,
        "file": f"{letter.id}.{letter.fmt}",
        "kind": letter.kind,
        "format": letter.fmt,
        "report": REPORT_KEYS[letter.report] if letter.report else None,
        "report_title_in_letter": _title(letter),
        "force": letter.force,
        "organisation": _body_name(letter.force),
        "author": {"name": letter.author, "role": _role(letter)},
        "date": letter.date,
        "late": late,
        "items": items,
        "unanswered": unanswered,
        "run_with_report": letter.run_with_report,
    }


# ------------------------------------------------------------------------------------------------
# The letters

OIC = ["oic:2", "oic:4", "oic:8", "oic:9"]
SOC = ["soc:1", "soc:2"]
STATUSES = ["implemented", "in_progress", "planned", "not_started"]
PB = ["agree", "accept", "support", "partially_agree", "note", "agree"]


def _answers(
    keys: list[str],
    seed: int,
    *,
    pb: bool = True,
    cc: bool = False,
    pb_voice: str = "pb1",
    cc_voice: str = "cc",
    stances: list[str | None] | None = None,
) -> list[Answer]:
    out = []
    for i, key in enumerate(keys):
        status = STATUSES[(seed + i) % 3]
        if (seed * 7 + i) % 11 == 0 and key.startswith("oic"):
            status = "not_started"
        stance = stances[i] if stances else (PB[(seed + i) % 4] if pb else None)
        out.append(
            Answer(
                key,
                status,
                pb=stance,
                pb_voice=pb_voice,
                cc=("accept" if cc else None),
                cc_voice=cc_voice,
                variant=seed + i,
            )
        )
    return out


def letters() -> list[Letter]:
    made: list[Letter] = []

    def add(**kw: Any) -> None:
        made.append(Letter(**kw))

    # Tables: force column and commissioner's column
    for n, (fmt, force, ref) in enumerate(
        [
            ("docx", "Cleveland Police", "quote"),
            ("docx", "Durham Constabulary", "label"),
            ("html", "Cheshire Constabulary", "quote"),
            ("html", "Lancashire Constabulary", "own_number"),
            ("pdf", "Merseyside Police", "quote"),
            ("pdf", "Derbyshire Constabulary", "label_quote"),
        ]
    ):
        add(
            id=f"table-{n + 1:02d}",
            kind=f"table_{fmt}",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07-0" + str(n + 2),
            date_text=f"{n + 2} July 2025",
            answers=_answers(OIC, n, cc=True, cc_voice="cc_cell"),
            form="table3",
            ref=ref,
        )
    # Multi-page PDF table, two columns, with the force's verdict only
    add(
        id="table-07",
        kind="table_pdf",
        fmt="pdf",
        force="Leicestershire Police",
        report="oic",
        date="2025-07-08",
        date_text="08/07/2025",
        answers=_answers(OIC, 5, pb=False, cc=True, cc_voice="cc_cell"),
        form="table2",
        ref="label_quote",
    )
    add(
        id="table-08",
        kind="table_docx",
        fmt="docx",
        force="Lincolnshire Police",
        report="oic",
        date="2025-06-30",
        date_text="30th June 2025",
        answers=_answers(OIC, 6, pb=False, cc=True, cc_voice="cc_cell"),
        form="table2",
        ref="label",
    )
    # Four columns with a status column, over more than one page in PDF
    for n, (fmt, force) in enumerate([("pdf", "Northumbria Police"), ("docx", "Gwent Police")]):
        add(
            id=f"status-table-{n + 1:02d}",
            kind="table_status_column",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07-08",
            date_text="Tuesday, 8 July 2025",
            answers=_answers(OIC, n + 9, cc=True, cc_voice="cc_cell"),
            form="table4",
            ref=["label_quote", "quote"][n],
        )
    # Paraphrasing headings, no numbers
    for n, (fmt, force) in enumerate(
        [
            ("txt", "Northamptonshire Police"),
            ("docx", "Nottinghamshire Police"),
            ("md", "Staffordshire Police"),
            ("pdf", "Bedfordshire Police"),
        ]
    ):
        add(
            id=f"paraphrase-{n + 1:02d}",
            kind="paraphrase_headings",
            fmt=fmt,
            force=force,
            report="oic",
            date=f"2025-06-{20 + n}",
            date_text=["20 June 2025", "Saturday 21 June 2025", "June 22, 2025", "23 Jun 2025"][n],
            answers=_answers(OIC if n % 2 == 0 else list(reversed(OIC)), n + 1),
            ref="paraphrase",
        )
    # Labels only (the report's own numbers)
    for n, (fmt, force) in enumerate(
        [("txt", "Cambridgeshire Constabulary"), ("pdf", "Essex Police"), ("docx", "Hertfordshire Constabulary")]
    ):
        add(
            id=f"labels-{n + 1:02d}",
            kind="labels_only",
            fmt=fmt,
            force=force,
            report="oic",
            date=f"2025-07-0{n + 1}",
            date_text=[f"0{n + 1}/07/25", f"{n + 1}st July 2025" if n == 0 else f"{n + 1} July 2025", "2025-07-03"][n],
            answers=_answers(OIC, n + 2, pb_voice="pb1" if n != 1 else "pb3"),
            ref="label",
        )
    # The letter's own numbering, with the wording quoted
    for n, (fmt, force) in enumerate([("txt", "Kent Police"), ("docx", "Norfolk Constabulary")]):
        add(
            id=f"ownnum-{n + 1:02d}",
            kind="own_numbering",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07-04",
            date_text="4 July 2025",
            answers=_answers(OIC, n + 3),
            ref="own_number_quote",
        )
    # Flattened prose with inline quotations
    for n, (fmt, force) in enumerate(
        [("txt", "Suffolk Constabulary"), ("pdf", "Surrey Police"), ("txt", "Sussex Police")]
    ):
        add(
            id=f"flat-{n + 1:02d}",
            kind="flattened",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07",
            date_text="July 2025",
            answers=_answers(OIC, n + 4),
            form="flattened",
            ref="none",
        )
    # Web: accordions, definition lists, news articles
    for n, force in enumerate(["Avon and Somerset Police", "Devon and Cornwall Police"]):
        add(
            id=f"accordion-{n + 1:02d}",
            kind="accordion_html",
            fmt="html",
            force=force,
            report="oic",
            date="2025-07-07",
            date_text="7 July 2025",
            answers=_answers(OIC, n + 5),
            form="accordion",
            ref=["label", "paraphrase"][n],
        )
    for n, force in enumerate(["Dorset Police", "Gloucestershire Constabulary"]):
        add(
            id=f"dl-{n + 1:02d}",
            kind="definition_list_html",
            fmt="html",
            force=force,
            report="oic",
            date="2025-07-09",
            date_text="9th July 2025",
            answers=_answers(OIC, n + 6, pb_voice="pb3"),
            form="dl",
            ref=["paraphrase", "label"][n],
        )
    for n, force in enumerate(["Wiltshire Police", "Gwent Police"]):
        add(
            id=f"news-{n + 1:02d}",
            kind="news_html",
            fmt="html",
            force=force,
            report="oic",
            date="2025-07-10",
            date_text="10 July 2025",
            answers=[Answer("oic:8", "in_progress", variant=n), Answer("oic:9", "planned", variant=n)],
            form="news",
            ref="paraphrase",
            blanket=(
                f"{'She' if n == 0 else 'He'} supports all the recommendations in the inspection report.",
                "support",
            ),
            author=["Priya Shah", "Tom Evans"][n],
            female=n == 0,
        )
    # Appended chief constable's response (annex in its own voice)
    for n, (fmt, force) in enumerate([("docx", "Dyfed-Powys Police"), ("pdf", "North Wales Police")]):
        add(
            id=f"annex-{n + 1:02d}",
            kind="cc_annex",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07-03",
            date_text="3 July 2025",
            answers=_answers(OIC, n + 1, cc=True, cc_voice="cc"),
            form="annex",
            ref="label",
        )
    # Two reports in one letter
    for n, (fmt, force) in enumerate(
        [("txt", "South Wales Police"), ("docx", "Hampshire and Isle of Wight Constabulary")]
    ):
        add(
            id=f"tworeports-{n + 1:02d}",
            kind="two_reports",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-06-27",
            date_text="27 June 2025",
            answers=_answers(OIC, n + 2),
            ref="label",
            other_report=OTHER_REPORTS[n],
        )
    # Partial answers
    for n, (fmt, force) in enumerate([("txt", "Northumbria Police"), ("html", "Cumbria Constabulary")]):
        add(
            id=f"partial-{n + 1:02d}",
            kind="partial",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07-02",
            date_text="2 July 2025",
            answers=_answers(["oic:4", "oic:8"] if n == 0 else ["oic:2"], n + 3),
            ref=["quote", "label"][n],
        )
    # Mixed stances, first and third person
    for n, (fmt, force) in enumerate([("docx", "Warwickshire Police"), ("txt", "West Mercia Police")]):
        add(
            id=f"mixed-{n + 1:02d}",
            kind="mixed_stances",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07-05",
            date_text="5 July 2025",
            answers=_answers(OIC, n, stances=["agree", "partially_agree", "disagree", "support"]),
            ref="label",
            mentions=["West Midlands Police", "the West Midlands Regional Organised Crime Unit"],
        )
    # Blanket stances, third person, with detail on some findings
    for n, (fmt, force, sentence, stance, by) in enumerate(
        [
            (
                "txt",
                "Greater Manchester Police",
                "The Deputy Mayor accepts all four recommendations made to chief constables.",
                "accept",
                "policing_body",
            ),
            (
                "pdf",
                "Metropolitan Police Service",
                "The force has accepted all four recommendations made to chief constables.",
                "accept",
                "chief_constable",
            ),
            (
                "docx",
                "City of London Police",
                "The Commissioner supports all of the recommendations.",
                "support",
                "policing_body",
            ),
        ]
    ):
        keys = [["oic:2"], ["oic:4", "oic:9"], []][n]
        add(
            id=f"blanket-{n + 1:02d}",
            kind="blanket",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07-01",
            date_text="1 July 2025",
            answers=_answers(keys, n, stances=["partially_agree", "note"][: len(keys)]),
            ref="paraphrase",
            blanket=(sentence, stance),
            blanket_by=by,
        )
    # The regional report's areas for improvement, quoted and renumbered
    for n, (fmt, force, ref) in enumerate(
        [
            ("txt", "Humberside Police", "own_number"),
            ("pdf", "North Yorkshire Police", "label"),
            ("docx", "Humberside Police", "paraphrase"),
            ("html", "North Yorkshire Police", "quote"),
        ]
    ):
        add(
            id=f"soc-{n + 1:02d}",
            kind="regional_afi",
            fmt=fmt,
            force=force,
            report="soc",
            date="2026-02-1" + str(n),
            date_text=["10 February 2026", "11/02/2026", "12th February 2026", "Friday 13 February 2026"][n],
            answers=_answers(SOC if n % 2 == 0 else list(reversed(SOC)), n + 1),
            ref=ref if ref != "own_number" else "own_number_quote",
            author=["Jonathan Evison", "Jo Coles", "Sam Leigh", "Chris Haigh"][n],
        )
    # Letters about another report
    for n, (fmt, force) in enumerate([("txt", "Kent Police"), ("docx", "Essex Police")]):
        add(
            id=f"other-{n + 1:02d}",
            kind="other_report",
            fmt=fmt,
            force=force,
            report=None,
            date="2025-09-1" + str(n),
            date_text=f"1{n} September 2025",
            answers=[Answer("oic:8", "in_progress", pb="agree", variant=n)],
            ref="none",
            other_report=OTHER_REPORTS[n + 1],
            run_with_report="oic-2025",
        )
    # Dates in the footer only, after the signature, and late letters
    for n, (fmt, force, where, date, text) in enumerate(
        [
            ("pdf", "Suffolk Constabulary", "footer", "2025-07-06", "06.07.2025"),
            ("docx", "Wiltshire Police", "footer", "2025-07-24", "24 July 2025"),
            ("txt", "Dorset Police", "signoff", "2025-08-04", "4th August 2025"),
            ("pdf", "Cleveland Police", "signoff", "2025-07-28", "28/07/25"),
        ]
    ):
        add(
            id=f"dates-{n + 1:02d}",
            kind="dates_late",
            fmt=fmt,
            force=force,
            report="oic",
            date=date,
            date_text=text,
            date_where=where,
            answers=_answers(OIC, n + 7),
            ref="label",
        )
    _later_letters(add)
    return made


def _later_letters(add: Any) -> None:
    """Letters added after the first 49, appended so that those keep their bytes and their half: the weak
    kinds in pairs (one tuning, one held back), worded from the later tables of phrases.py."""
    for n, (fmt, force) in enumerate(
        [
            ("txt", "Bedfordshire Police"),
            ("docx", "Norfolk Constabulary"),
            ("pdf", "Hertfordshire Constabulary"),
            ("html", "Surrey Police"),
        ]
    ):
        answers = _answers(OIC, n + 3, stances=["agree", "support", "accept", "partially_agree"][n:] + ["note"] * n)
        for a in answers:
            a.more = True
            if (a.key, a.status) not in STATUS_MORE:
                a.status = "planned"
        add(
            id=f"themes-{n + 1:02d}",
            kind="two_in_one_paragraph",
            fmt=fmt,
            force=force,
            report="oic",
            date=f"2025-07-0{n + 3}",
            date_text=f"{n + 3} July 2025",
            answers=answers,
            form="themes",
            ref="none",
        )
    for n, (fmt, force) in enumerate([("docx", "Lincolnshire Police"), ("pdf", "Northamptonshire Police")]):
        answers = _answers(OIC, n + 5)
        for a in answers:
            a.more = True
            a.variant = 0
            if (a.key, a.status) not in STATUS_MORE:
                a.status = "planned"
        add(
            id=f"paraphrase-{n + 5:02d}",
            kind="paraphrase_headings",
            fmt=fmt,
            force=force,
            report="oic",
            date="2025-07-01",
            date_text="1 July 2025",
            answers=answers,
            ref="paraphrase",
        )
    for n, (fmt, force, where, date, text) in enumerate(
        [
            ("docx", "Gloucestershire Constabulary", "footer", "2025-07-22", "22nd July 2025"),
            ("pdf", "Avon and Somerset Police", "footer", "2025-07-08", "8 July 2025"),
            ("pdf", "Sussex Police", "signoff", "2025-07-18", "18/07/25"),
            ("html", "Staffordshire Police", "signoff", "2025-08", "August 2025"),
        ]
    ):
        add(
            id=f"dates-{n + 5:02d}",
            kind="dates_late",
            fmt=fmt,
            force=force,
            report="oic",
            date=date,
            date_text=text,
            date_where=where,
            answers=_answers(OIC, n + 2),
            ref="label",
        )


def split(all_letters: list[Letter]) -> dict[str, str]:
    """Within each kind, letters alternate: tuning, held-back, tuning, ..."""
    seen: dict[str, int] = {}
    out = {}
    for letter in all_letters:
        n = seen.get(letter.kind, 0)
        seen[letter.kind] = n + 1
        out[letter.id] = "tuning" if n % 2 == 0 else "held_back"
    return out


def main() -> None:
    target = HERE / "letters"
    target.mkdir(exist_ok=True)
    for old in target.iterdir():
        old.unlink()
    all_letters = letters()
    halves = split(all_letters)
    records = []
    for letter in all_letters:
        blocks = compose(letter)
        path = target / f"{letter.id}.{letter.fmt}"
        if letter.fmt == "txt":
            path.write_text(render_text(blocks, markdown=False), "utf-8")
        elif letter.fmt == "md":
            path.write_text(render_text(blocks, markdown=True), "utf-8")
        elif letter.fmt == "html":
            path.write_text(render_html(blocks, letter), "utf-8")
        elif letter.fmt == "docx":
            path.write_bytes(render_docx(blocks))
        elif letter.fmt == "pdf":
            path.write_bytes(render_pdf(blocks))
        record = truth(letter)
        record["split"] = halves[letter.id]
        records.append(record)
    about = (
        "Hand-labelled truth for the synthetic out-of-sample letters in letters/ (built by build.py from the "
        "sentences in phrases.py). Same conventions as the seed truth, plus stance_by (policing_body or "
        "chief_constable), chief_constable_stance, kind, split (tuning or held_back), late, and run_with_report "
        "(the eval also reads the letter against that report and expects report.matched false and no items)."
    )
    write_truth(HERE, about, records)


if __name__ == "__main__":
    main()
