"""One letter in, one :class:`~oversight_ingest.result.LetterResult` out.

The pipeline extracts the text (timed), reads the letter's metadata, chooses the report it
answers (forced by the caller, else matched against the catalogue), takes the findings that
report addresses to the letter's force, aligns the letter's answers with them, and flags
what a reader should notice (a late response, a date before the report was published, a
report the catalogue does not know). A file that cannot be read gives ``ok=False`` with a
stable ``error_code``; nothing about a bad file raises.
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.document import Document, ExtractionError
from oversight_ingest.letters.metadata import LetterMetadata, read_metadata
from oversight_ingest.packs import Pack, PackFinding
from oversight_ingest.result import LetterResult, ReportMatch
from oversight_ingest.statutory import RESPONSE_DAYS, response_deadline

__all__ = [
    "RESPONSE_DAYS",
    "UnknownReportError",
    "date_bounds",
    "ingest_bytes",
    "ingest_document",
    "ingest_path",
    "read_path",
    "response_deadline",
]

"""Days a local policing body has to publish its response, counting the publication day as day 1."""

FLAG_LATE = "late_response"
FLAG_BEFORE_PUBLICATION = "dated_before_publication"
FLAG_NOT_REGISTERED = "report_not_registered"
FLAG_MISMATCH = "report_mismatch"


class UnknownReportError(KeyError):
    """``report_key`` names no report in the catalogue (a caller's mistake, not a bad file)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key

    def __str__(self) -> str:
        return f"no report with key {self.key!r} in the catalogue"


def date_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The earliest and latest day an ISO date or "YYYY-MM" month can mean; None when unreadable."""
    try:
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return day, day


def _choose_report(
    meta: LetterMetadata, catalogue: Catalogue, report_key: str | None
) -> tuple[Pack | None, ReportMatch | None, bool]:
    """The report to align against, what the result says about it, and whether the letter names another."""
    if report_key is not None:
        pack = catalogue.report_by_key(report_key)
        if pack is None:
            raise UnknownReportError(report_key)
        printed = meta.report
        in_letter = printed.title_in_letter if printed else None
        if printed is not None and _names_another(printed, pack):
            title = printed.title if printed.matched else (printed.title_in_letter or printed.title)
            return (
                pack,
                ReportMatch(
                    title=title, matched=False, key=None, confidence=0.0, span=printed.span, title_in_letter=in_letter
                ),
                True,
            )
        found = printed is not None and printed.matched and printed.key == pack.key
        return (
            pack,
            ReportMatch(
                title=pack.title,
                matched=True,
                key=pack.key,
                # named in the letter: as sure as the match; named nowhere: assumed, not found
                confidence=printed.confidence if found and printed else ASSUMED_CONFIDENCE,
                span=printed.span if found and printed else None,
                title_in_letter=in_letter,
            ),
            False,
        )
    if meta.report is not None and meta.report.matched and meta.report.key:
        return catalogue.report_by_key(meta.report.key), meta.report, False
    return None, meta.report, False


CONTENT_MATCH_MIN = 0.3
"""The share of a report's distinctive finding words a letter that names no report must use to be matched to it."""
CONTENT_MATCH_RATIO = 2.0
"""How many times the next report's share the best one's must be."""
CONTENT_MATCH_CONFIDENCE = 0.45
"""The most confidence a report matched by content alone may carry: found by what the letter says, not named."""


def _report_by_content(doc: Document, catalogue: Catalogue, body_start: int) -> ReportMatch | None:
    """For a letter that names no report: the registered report whose findings it clearly talks about."""
    from oversight_ingest.letters.textutil import content_words

    if len(catalogue.reports) == 0:
        return None
    words = set(content_words(doc.text[body_start:]))
    shares = sorted(
        ((len(words & stems) / len(stems), pack) for pack, stems in _distinctive_stems(catalogue) if stems),
        key=lambda x: -x[0],
    )
    if not shares:
        return None
    best, pack = shares[0]
    second = shares[1][0] if len(shares) > 1 else 0.0
    if best < CONTENT_MATCH_MIN or best < CONTENT_MATCH_RATIO * second:
        return None
    return ReportMatch(title=pack.title, matched=True, key=pack.key, confidence=min(CONTENT_MATCH_CONFIDENCE, best))


def _distinctive_stems(catalogue: Catalogue) -> list[tuple[Pack, frozenset[str]]]:
    """Each report's finding words that no other registered report's findings use."""
    from oversight_ingest.letters.textutil import content_words

    key = tuple((p.key, p.findings) for p in catalogue.reports)
    cached = _STEMS_CACHE.get(key)
    if cached is not None:
        return cached
    stems = {p.key: frozenset(w for f in p.findings for w in content_words(f.text)) for p in catalogue.reports}
    out = []
    for pack in catalogue.reports:
        others = set().union(*(v for k, v in stems.items() if k != pack.key)) if len(stems) > 1 else set()
        out.append((pack, frozenset(w for w in stems[pack.key] - others if not w.isdigit() and len(w) > 3)))
    if len(_STEMS_CACHE) > 16:
        _STEMS_CACHE.clear()
    _STEMS_CACHE[key] = out
    return out


_STEMS_CACHE: dict[object, list[tuple[Pack, frozenset[str]]]] = {}


ASSUMED_CONFIDENCE = 0.4
"""Confidence of a report given by the caller when the letter names no report at all: assumed, not found."""


def _names_another(printed: ReportMatch, pack: Pack) -> bool:
    """Whether the report the letter names is not ``pack``: a different registered report, or a printed title
    unlike the pack's."""
    if printed.matched:
        return printed.key != pack.key
    title = printed.title_in_letter or printed.title
    if not title:
        return False
    from oversight_ingest.letters.reportmatch import title_similarity

    return title_similarity(pack.title, title) < 80.0


def _flags(date: str | None, pack: Pack | None, *, registered: bool) -> list[str]:
    flags: list[str] = []
    bounds = date_bounds(date) if date else None
    if pack is not None and pack.published is not None and bounds is not None:
        earliest, latest = bounds
        if latest < pack.published:
            flags.append(FLAG_BEFORE_PUBLICATION)
        elif earliest > response_deadline(pack.published):
            flags.append(FLAG_LATE)
    if not registered:
        flags.append(FLAG_NOT_REGISTERED)
    return flags


def _findings(pack: Pack, force: str | None, warnings: list[str]) -> list[PackFinding]:
    from oversight_ingest.addressees import findings_for_force

    if force is None:
        warnings.append("The letter's force is not known, so every finding of the report was considered.")
        return list(pack.findings)
    findings = findings_for_force(pack, force)
    if not findings:
        warnings.append(
            f"The report addresses none of its findings to {force}; every finding of the report was considered."
        )
        return list(pack.findings)
    return findings


def ingest_document(
    doc: Document,
    catalogue: Catalogue,
    *,
    file: str = "<document>",
    report_key: str | None = None,
    extract_seconds: float = 0.0,
    force_report: bool = False,
) -> LetterResult:
    """Analyse an already extracted document. Raises :class:`UnknownReportError` for a bad ``report_key``.

    With ``report_key``, a letter that names another report is not aligned (``report.matched`` false, a
    ``report_mismatch`` flag and warning) unless ``force_report``."""
    from oversight_ingest.letters.align import analyse_items

    started = time.perf_counter()
    result = LetterResult(file=file, ok=True, format=doc.format, warnings=list(doc.warnings))
    meta = read_metadata(doc, catalogue)
    pack, report, mismatch = _choose_report(meta, catalogue, report_key)
    refused = False
    if mismatch and report is not None and pack is not None:
        named = f"“{report.title}”" + (f" [{meta.report.key}]" if meta.report and meta.report.key else "")
        if force_report:
            result.warnings.append(
                f"report_mismatch: the letter names {named}, not the report it was read against [{pack.key}]; "
                "aligned against it anyway, as asked."
            )
            report = ReportMatch(
                title=pack.title, matched=True, key=pack.key, confidence=0.1, title_in_letter=report.title_in_letter
            )
        else:
            result.warnings.append(
                f"report_mismatch: the letter names {named}, not the report it was read against [{pack.key}]; "
                "nothing was aligned (use --force-report to align it anyway)."
            )
            pack, refused = None, True
    if report_key is None and meta.report is None:
        found = _report_by_content(doc, catalogue, meta.body_start)
        if found is not None and found.key:
            pack, report = catalogue.report_by_key(found.key), found
            result.warnings.append(
                f"The letter names no report; it was matched to “{found.title}” by what it says about its "
                f"findings (confidence {found.confidence:.2f})."
            )
    result.organisation = meta.organisation
    result.author = meta.author
    result.date = meta.date
    result.date_span = meta.date_span
    result.report = report
    result.warnings.extend(meta.warnings)
    if pack is None and refused:
        findings: list[PackFinding] = []
    elif pack is None:
        named = f"“{report.title}”" if report is not None and report.title else "the report it answers"
        result.warnings.append(
            f"No registered report matches {named}; the letter's answers could not be aligned with its findings."
        )
        findings = []
    else:
        findings = _findings(pack, meta.organisation.force if meta.organisation else None, result.warnings)
    title = pack.title if pack is not None else (report.title if report is not None else None)
    analysis = analyse_items(doc, findings, body_start=meta.body_start, report_title=title)
    result.items = list(analysis.items)
    result.unanswered = list(analysis.unanswered)
    result.claims = list(analysis.claims)
    result.initiatives = list(analysis.initiatives)
    result.warnings.extend(w for w in analysis.warnings if w not in result.warnings)
    result.flags = _flags(meta.date, pack, registered=pack is not None or refused)
    if mismatch:
        result.flags.append(FLAG_MISMATCH)
    if meta.date is None and pack is not None:
        result.warnings.append("The letter carries no date, so its timeliness cannot be checked.")
    result.timings = {"extract": round(extract_seconds, 6), "analyse": round(time.perf_counter() - started, 6)}
    return result


def _failed(file: str, code: str, message: str, extract_seconds: float = 0.0) -> LetterResult:
    return LetterResult(
        file=file, ok=False, error=message, error_code=code, timings={"extract": round(extract_seconds, 6)}
    )


def _analyse(
    doc: Document,
    catalogue: Catalogue,
    file: str,
    report_key: str | None,
    seconds: float,
    *,
    force_report: bool = False,
) -> LetterResult:
    try:
        return ingest_document(
            doc, catalogue, file=file, report_key=report_key, extract_seconds=seconds, force_report=force_report
        )
    except UnknownReportError:
        raise
    except Exception as exc:  # a defect in analysis must not stop a batch of files
        result = _failed(file, "analysis_failed", f"The text was read but could not be analysed: {exc}", seconds)
        result.format = doc.format
        return result


def ingest_bytes(
    data: bytes,
    filename: str,
    catalogue: Catalogue,
    *,
    report_key: str | None = None,
    max_bytes: int | None = None,
    force_report: bool = False,
) -> LetterResult:
    """Extract and analyse one file's bytes; ``filename`` gives the format hint and the result's ``file``."""
    from oversight_ingest.extract import extract_document

    if report_key is not None and catalogue.report_by_key(report_key) is None:
        raise UnknownReportError(report_key)
    limit = {} if max_bytes is None else {"max_bytes": max_bytes}
    return _extract_and_analyse(
        lambda: extract_document(data, filename, **limit), filename, catalogue, report_key, force_report
    )[0]


def ingest_path(
    path: str | Path,
    catalogue: Catalogue,
    *,
    report_key: str | None = None,
    max_bytes: int | None = None,
    force_report: bool = False,
) -> LetterResult:
    """Extract and analyse one file on disk."""
    return read_path(path, catalogue, report_key=report_key, max_bytes=max_bytes, force_report=force_report)[0]


def read_path(
    path: str | Path,
    catalogue: Catalogue,
    *,
    report_key: str | None = None,
    max_bytes: int | None = None,
    file: str | None = None,
    force_report: bool = False,
) -> tuple[LetterResult, Document | None]:
    """Like :func:`ingest_path`, also returning the extracted document (None when none could be
    read), whose text the result's spans point into. ``file`` names the file in the result."""
    from oversight_ingest.extract import extract_path

    if report_key is not None and catalogue.report_by_key(report_key) is None:
        raise UnknownReportError(report_key)
    file = file or str(path)
    if not Path(path).exists():
        return _failed(file, "not_found", "The file does not exist."), None
    if Path(path).is_dir():
        return _failed(file, "unreadable", "This is a directory, not a file."), None
    limit = {} if max_bytes is None else {"max_bytes": max_bytes}
    return _extract_and_analyse(lambda: extract_path(path, **limit), file, catalogue, report_key, force_report)


def _extract_and_analyse(
    extract: Callable[[], Document],
    file: str,
    catalogue: Catalogue,
    report_key: str | None,
    force_report: bool = False,
) -> tuple[LetterResult, Document | None]:
    """Run ``extract``, turning every failure into a per-file error, then analyse the text."""
    started = time.perf_counter()
    try:
        doc = extract()
    except ExtractionError as exc:
        return _failed(file, exc.code, exc.message, time.perf_counter() - started), None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        failed = _failed(file, "unreadable", f"The file could not be read: {reason}.", time.perf_counter() - started)
        return failed, None
    except Exception as exc:  # an extractor defect on a hostile file is still a bad file
        return _failed(file, "unreadable", f"The file could not be read: {exc}", time.perf_counter() - started), None
    return _analyse(doc, catalogue, file, report_key, time.perf_counter() - started, force_report=force_report), doc
