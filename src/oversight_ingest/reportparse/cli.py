"""Command line: ``extract-report FILE`` drafts a report pack from an inspection report.

The pack JSON goes to stdout (or ``--output``); what a reviewer should check – report-level
warnings and each finding's confidence and warnings – goes to stderr. Exit status: 0 when the
draft has at least one finding and validates, 1 when the file cannot be read, no finding is found
or the draft does not validate, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TextIO

from oversight_ingest.document import ExtractionError
from oversight_ingest.packs import REPORT_KINDS, PackError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oversight-ingest", description="Draft report packs from report text.")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("extract-report", help="draft a report pack from an inspection report file")
    report.add_argument("file", type=Path, help="the report: PDF, DOCX, HTML, text or Markdown")
    report.add_argument("--key", help="pack key (default: a slug of the title)")
    report.add_argument("--title", help="report title (default: the first heading)")
    report.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD (default: read from the report)")
    report.add_argument("--kind", choices=REPORT_KINDS, help="report kind (default: guessed)")
    report.add_argument("--url", help="the report's web address")
    report.add_argument("--force", help="the inspected force, for force and PEEL reports (default: from the title)")
    report.add_argument("--region", help="the region, for regional reports (default: guessed)")
    report.add_argument("--output", "-o", type=Path, help="write the pack here instead of stdout")
    return parser


def _report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from oversight_ingest.extract import extract_path
    from oversight_ingest.reportparse.pack import draft_pack

    try:
        doc = extract_path(args.file)
    except ExtractionError as exc:
        print(f"error: {args.file}: cannot read the report: {exc.message} [{exc.code}]", file=err)
        return EXIT_FAILED
    try:
        result = draft_pack(
            doc,
            key=args.key,
            title=args.title,
            published=args.published,
            kind=args.kind,
            url=args.url,
            force=args.force,
            region=args.region,
        )
    except PackError as exc:
        print(f"error: {args.file}: the draft pack is not valid:", file=err)
        for problem in exc.problems:
            print(f"  - {problem}", file=err)
        return EXIT_FAILED
    for warning in doc.warnings:
        print(f"extract: {warning}", file=err)
    for warning in result.warnings:
        print(f"note: {warning}", file=err)
    if not result.findings:
        print(
            f"error: {args.file}: no recommendations, areas for improvement or causes of concern found "
            "(is this an inspection report?)",
            file=err,
        )
        return EXIT_FAILED
    for f in result.findings:
        where = f"{f.kind} {f.reference}"
        deadline = f.deadline.isoformat() if f.deadline else "no deadline"
        print(
            f"{where}: confidence {f.confidence:.2f}; {deadline}; {', '.join(f.addressees) or 'no addressees'}",
            file=err,
        )
        for warning in f.warnings:
            print(f"  - {warning}", file=err)
    text = json.dumps(result.data, indent=2, ensure_ascii=False) + "\n"
    if args.output is not None:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=err)
            return EXIT_FAILED
        print(f"wrote {args.output}: {len(result.findings)} finding(s)", file=err)
    else:
        out.write(text)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error and 0 on --help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return _report(args, sys.stdout, sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
