"""Who wrote a response letter, when, and to which report: read from the letter's own text.

Response letters to inspection reports share a shape whatever the format: a letterhead or a
title naming the policing body, a date near the top, a salutation, a line naming the report,
the body, then a sign-off (valediction, signature, name, role). This module reads that shape:

* **organisation**: every mention of a policing area is scored by what surrounds it (office
  words such as "Police and Crime Commissioner for", "Mayoral Combined Authority", "Deputy
  Mayor of"; force words; nothing) and by where it stands (title, letterhead, sign-off, body).
  The policing body with the highest score wins, so the author's office beats forces merely
  mentioned in the body. Misspelt area names next to office words are caught with rapidfuzz.
* **author**: the name and role in the signature block (skipping signature-image descriptions
  and duplicated, misspelt signatures), or a "Response from <name>, <role>" line.
* **date**: the date printed alone (or with a short label) in the letterhead or sign-off, in
  the common UK forms; publication dates of the report are recognised and kept apart.
* **report**: registered report titles are searched for in the letter (abbreviations defined
  in the letter are expanded); when none matches, the title as printed is returned unmatched.

The reading is split across modules: :mod:`.lines` (lines and zones), :mod:`.organisation`,
:mod:`.author`, :mod:`.letterdate` and :mod:`.reportmatch`; this module puts them together in
:func:`read_metadata` and re-exports their public functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.document import Document, Span
from oversight_ingest.letters.author import find_author
from oversight_ingest.letters.letterdate import _find_date, find_date, furniture_date
from oversight_ingest.letters.lines import Line, _zones, letter_lines
from oversight_ingest.letters.organisation import match_organisation
from oversight_ingest.letters.reportmatch import match_report
from oversight_ingest.result import Author, OrganisationMatch, ReportMatch

__all__ = [
    "LetterMetadata",
    "Line",
    "find_author",
    "find_date",
    "letter_lines",
    "match_organisation",
    "match_report",
    "read_metadata",
]

# --------------------------------------------------------------------------------------------
# Everything together


@dataclass(slots=True)
class LetterMetadata:
    """What the letter says about itself. ``body_start`` is where the letter's body begins."""

    organisation: OrganisationMatch | None
    author: Author | None
    date: str | None
    date_span: Span | None
    report: ReportMatch | None
    report_published_in_letter: str | None = None
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)


def read_metadata(doc: Document, catalogue: Catalogue) -> LetterMetadata:
    """Organisation, author, date and report of one letter."""
    zones = _zones(doc.text)
    organisation = match_organisation(doc, catalogue, _zones_cache=zones)
    author = find_author(doc, catalogue, _zones_cache=zones)
    date, date_span, published = _find_date(zones)
    if date is None and doc.furniture:
        date = furniture_date(doc.furniture)  # printed only in the page footer: no span in the body text
    report = match_report(doc, catalogue.reports, _zones_cache=zones, published_in_letter=published)
    warnings: list[str] = []
    if organisation is None:
        warnings.append("The letter does not name a policing body the catalogue knows.")
    if report is None:
        warnings.append("The letter does not name the report it answers.")
    return LetterMetadata(
        organisation=organisation,
        author=author,
        date=date,
        date_span=date_span,
        report=report,
        report_published_in_letter=published,
        body_start=zones.salutation_end,
        warnings=warnings,
    )
