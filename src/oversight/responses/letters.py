"""A response as a letter: the composed text a draft holds, and the letter generated from a confirmed or
published record as HTML (a printable page), DOCX (python-docx) and PDF (WeasyPrint over the same HTML).

The letter is rendered from the record, never from the form: letterhead (the body's name), date,
report title, the introduction (composed) or the letter's opening (uploaded), each finding quoted
with the stance in words, the claimed status and the comment (composed) or the passage the reviewer
confirmed (uploaded), and the signature. Every form carries the record's classification marking.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.template.loader import render_to_string

from oversight.reports.models import Finding
from oversight.responses.models import Response
from oversight_ingest.result import ClaimedStatus, Stance

STANCE_IN_WORDS: dict[str, str] = {
    Stance.AGREE: "Agreed",
    Stance.ACCEPT: "Accepted",
    Stance.SUPPORT: "Supported",
    Stance.NOTE: "Noted",
    Stance.PARTIALLY_AGREE: "Partially agreed",
    Stance.DISAGREE: "Not agreed",
    Stance.NOT_STATED: "No stance stated",
}
CLAIMED_IN_WORDS: dict[str, str] = {
    ClaimedStatus.IMPLEMENTED: "Implemented",
    ClaimedStatus.IN_PROGRESS: "In progress",
    ClaimedStatus.PLANNED: "Planned",
    ClaimedStatus.NOT_STARTED: "Not started",
    ClaimedStatus.NOT_STATED: "Not stated",
}
LETTER_CSS = "oversight/letter.css"  # a static file: linked from the page, inlined in the PDF
OPENING_MAX = 3000  # characters of an uploaded letter's opening shown before the findings
LETTER_FORMATS = {
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def day_text(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def finding_heading(finding: Finding) -> str:
    return f"{finding.get_kind_display()} {finding.reference}"


# The composed text of a draft -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ComposedSection:
    finding: Finding
    stance: str
    claimed_status: str
    comment: str


def compose_text(
    *,
    body_name: str,
    letter_date: dt.date,
    report_title: str,
    introduction: str,
    sections: Sequence[ComposedSection],
    author_name: str,
    author_role: str,
) -> tuple[str, list[tuple[int, int]]]:
    """The letter as plain text, and for each section the span of its own part (heading to comment),
    so each item's evidence points at what the letter says about its finding."""
    parts: list[str] = [f"{body_name}\n{day_text(letter_date)}\n\nResponse to {report_title}\n\n"]
    if introduction.strip():
        parts.append(introduction.strip() + "\n\n")
    spans: list[tuple[int, int]] = []
    for section in sections:
        start = sum(len(p) for p in parts)
        block = (
            f"{finding_heading(section.finding)}\n“{section.finding.text.strip()}”\n"
            f"Our response: {STANCE_IN_WORDS[section.stance]}.\n"
            f"Status: {CLAIMED_IN_WORDS[section.claimed_status]}."
        )
        if section.comment.strip():
            block += "\n" + section.comment.strip()
        parts.append(block)
        spans.append((start, start + len(block)))
        parts.append("\n\n")
    parts.append("\n".join(line for line in (author_name.strip(), author_role.strip()) if line) + "\n")
    return "".join(parts), spans


# The letter generated from the record ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LetterSection:
    heading: str
    quote: str
    stance: str
    status: str
    comment: str

    @property
    def comment_paragraphs(self) -> list[str]:
        return paragraphs_of(self.comment)


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs are separated by a blank line."""
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


@dataclass(frozen=True, slots=True)
class Letter:
    response_id: int
    classification: str
    body: str
    force: str
    date: str
    report_title: str
    opening: str
    sections: list[LetterSection]
    author_name: str
    author_role: str

    @property
    def filename_stem(self) -> str:
        return f"response-{self.response_id}-letter"

    @property
    def opening_paragraphs(self) -> list[str]:
        return paragraphs_of(self.opening)


def letter_of(response: Response) -> Letter:
    """The letter of a response, read from the record: a composed letter's own introduction and
    comments, or an uploaded letter's opening and the passage confirmed for each finding."""
    composed = response.extraction.get("composed") if isinstance(response.extraction, dict) else None
    composed = composed if isinstance(composed, dict) else None
    comments = composed.get("comments", {}) if composed else {}
    items = list(response.items.select_related("finding").order_by("finding__position", "pk"))
    sections = []
    for item in items:
        comment = str(comments.get(str(item.finding_id), "")) if composed else item.evidence.strip()
        sections.append(
            LetterSection(
                heading=finding_heading(item.finding),
                quote=item.finding.text.strip(),
                stance=STANCE_IN_WORDS.get(item.stance, item.stance),
                status=CLAIMED_IN_WORDS.get(item.claimed_status, item.claimed_status),
                comment=comment,
            )
        )
    if composed:
        opening = str(composed.get("introduction", ""))
    else:
        starts = [i.span_start for i in items if i.span_start is not None]
        opening = response.text[: min(starts)] if starts else ""
        opening = opening.strip()[:OPENING_MAX]
    date = day_text(response.letter_date) if response.letter_date else response.letter_date_text
    return Letter(
        response_id=response.pk,
        classification=response.get_classification_display(),
        body=response.organisation.name,
        force=response.force.name if response.force else "",
        date=date,
        report_title=response.report.title,
        opening=opening,
        sections=sections,
        author_name=response.author_name,
        author_role=response.author_role,
    )


def letter_html(letter: Letter, *, for_print: bool = False, request: Any = None) -> str:
    """The printable page (with a link back to the response unless ``for_print``)."""
    context: dict[str, Any] = {"letter": letter, "for_print": for_print}
    if for_print:
        context["letter_css"] = _letter_css()
    return render_to_string("web/response_letter.html", context, request=None if for_print else request)


@cache
def _letter_css() -> str:
    from django.contrib.staticfiles import finders

    found = finders.find(LETTER_CSS)
    return Path(str(found)).read_text(encoding="utf-8") if found else ""


def _no_fetching(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"A letter loads nothing from outside: {url}")


class PdfUnavailable(Exception):
    """This server cannot lay out PDFs: WeasyPrint's system libraries (Pango, HarfBuzz) are missing."""

    message = (
        "PDF letters cannot be made on this server: it lacks the Pango and HarfBuzz libraries "
        "(docs/operations.md lists the packages). The web page and Word versions of the letter work."
    )


def _weasyprint_html() -> Any:
    try:
        from weasyprint import HTML  # type: ignore[import-untyped]
    except OSError as exc:  # the Python package is there, its C libraries are not
        raise PdfUnavailable(PdfUnavailable.message) from exc
    return HTML


def letter_pdf(letter: Letter) -> bytes:
    """The same page as the HTML letter, laid out by WeasyPrint (nothing fetched from anywhere).
    Raises :class:`PdfUnavailable` when the server lacks WeasyPrint's libraries."""
    HTML = _weasyprint_html()  # noqa: N806 - the library's class

    pdf = HTML(string=letter_html(letter, for_print=True), url_fetcher=_no_fetching).write_pdf()
    return bytes(pdf or b"")


def letter_docx(letter: Letter) -> bytes:
    """The letter as a Word document: the marking in the header and footer, headings, paragraphs, and
    each finding quoted in the Quote style."""
    from docx import Document

    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = letter.classification
    section.footer.paragraphs[0].text = letter.classification
    doc.core_properties.title = f"Response to {letter.report_title}"
    doc.core_properties.author = letter.body
    doc.add_paragraph(letter.classification)
    doc.add_heading(letter.body, level=0)
    if letter.date:
        doc.add_paragraph(letter.date)
    doc.add_heading(f"Response to {letter.report_title}", level=1)
    for paragraph in letter.opening_paragraphs:
        doc.add_paragraph(paragraph)
    for part in letter.sections:
        doc.add_heading(part.heading, level=2)
        doc.add_paragraph(part.quote, style="Quote")
        doc.add_paragraph(f"Our response: {part.stance}.")
        doc.add_paragraph(f"Status: {part.status}.")
        for paragraph in part.comment_paragraphs:
            doc.add_paragraph(paragraph)
    if letter.author_name:
        doc.add_paragraph(letter.author_name)
    if letter.author_role:
        doc.add_paragraph(letter.author_role)
    doc.add_paragraph(letter.classification)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
