"""Command line: ``python -m oversight_ingest ingest ...`` and ``python -m oversight_ingest extract-report ...``.

``ingest`` reads response letters and prints, per file, what was read (organisation, author,
date, report, the answer to each finding, claims, initiatives, flags, warnings); ``--json``
prints one JSON document per file instead (JSON Lines, the form of ``LetterResult.to_json()``,
described by ``schemas/ingest-result-v1.schema.json``). Every file is processed even when
others fail. Exit status: 0 when every file was read, 1 when any failed, 2 on usage errors.

:func:`run_ingest` is the entry point for other front ends (the Django ``oversight ingest``
command builds a :class:`~oversight_ingest.catalogue.Catalogue` from its database and calls it).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TextIO, cast

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.packs import Pack, PackError, load_pack
from oversight_ingest.pipeline import ingest_path
from oversight_ingest.result import LetterResult

__all__ = ["default_catalogue", "default_jobs", "default_pack_dirs", "format_summary", "main", "run_ingest"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class _ExitError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An argument parser that writes to the given streams and never calls ``sys.exit``."""

    def __init__(self, *args: object, out: TextIO, err: TextIO, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._out = out
        self._err = err

    def _print_message(self, message: str, file: object = None) -> None:
        if message:
            (self._err if file is sys.stderr else self._out).write(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self._err.write(message)
        raise _ExitError(status)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def default_pack_dirs() -> list[Path]:
    """Where report packs are looked for when none are given: the project's shipped packs, if installed."""
    here = Path(__file__).resolve().parent
    candidates = [here.parent / "oversight" / "reports" / "packs"]
    return [p for p in candidates if p.is_dir()]


def _load_packs(dirs: Sequence[Path], *, trusted: bool = False) -> list[Pack]:
    packs: list[Pack] = []
    for directory in dirs:
        packs.extend(load_pack(path, trusted=trusted) for path in sorted(directory.glob("*.json")))
    return packs


def default_catalogue(pack_dirs: Sequence[Path] | None = None) -> Catalogue:
    """Reference organisations plus the packs in ``pack_dirs`` (default: :func:`default_pack_dirs`, the packs
    shipped with the product, read as trusted: see :func:`~oversight_ingest.packs.validate_pack`)."""
    if pack_dirs is None:
        return Catalogue.default(_load_packs(default_pack_dirs(), trusted=True))
    return Catalogue.default(_load_packs(pack_dirs))


def _ingest_parser(out: TextIO, err: TextIO, prog: str = "oversight_ingest ingest") -> _Parser:
    parser = _Parser(
        prog=prog,
        description="Read response letters to inspection reports (PDF, DOCX, HTML, TXT, Markdown).",
        out=out,
        err=err,
    )
    parser.add_argument(
        "--report",
        metavar="PACK_FILE_OR_KEY",
        help="the report the letters answer: a report pack file, or the key or title of a registered report "
        "(default: matched from each letter)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document per file (JSON Lines)")
    parser.add_argument(
        "--packs",
        metavar="DIR",
        action="append",
        type=Path,
        default=[],
        help="also register the report packs (*.json) in DIR (repeatable)",
    )
    parser.add_argument(
        "--force-report",
        action="store_true",
        help="with --report: align a letter against it even when the letter names another report",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        metavar="N",
        type=int,
        default=None,
        help="read files in N processes (default: the number of cores); output keeps the input order",
    )
    parser.add_argument("files", metavar="FILE", nargs="+", help="letters to read")
    return parser


def _resolve_report(value: str, catalogue: Catalogue) -> tuple[Catalogue, str]:
    """The catalogue to use and the report key ``--report`` names; raises ValueError when it names nothing."""
    path = Path(value)
    if path.is_file() or value.lower().endswith(".json"):
        if not path.is_file():
            raise ValueError(f"--report: the pack file {value} does not exist")
        try:
            pack = load_pack(path)
        except PackError as exc:
            raise ValueError(f"--report: {exc}") from exc
        return catalogue.with_reports([pack]), pack.key
    pack_found = catalogue.report_by_key(value) or catalogue.report_by_title(value)
    if pack_found is None:
        known = ", ".join(sorted(p.key for p in catalogue.reports)) or "none"
        raise ValueError(
            f"--report: {value!r} is neither a report pack file nor a registered report key or title "
            f"(registered keys: {known})"
        )
    return catalogue, pack_found.key


def _number(value: float) -> str:
    return f"{value:.2f}"


def _describe_metadata(result: LetterResult) -> list[str]:
    lines: list[str] = []
    org = result.organisation
    if org is not None:
        printed = f' — printed as "{org.name_in_letter}"' if org.name_in_letter else ""
        lines.append(f"   Organisation: {org.name} (confidence {_number(org.confidence)}){printed}")
        lines.append(f"   Force: {org.force or '—'}")
    else:
        lines.append("   Organisation: not identified")
    author = result.author
    if author is not None:
        lines.append(f"   Author: {author.name or '—'}" + (f", {author.role}" if author.role else ""))
    else:
        lines.append("   Author: not identified")
    lines.append(f"   Date: {result.date or 'not printed'}")
    report = result.report
    if report is None:
        lines.append("   Report: not named")
    elif report.matched:
        lines.append(f"   Report: {report.title} [{report.key}] (confidence {_number(report.confidence)})")
    else:
        lines.append(f"   Report: {report.title} (not registered)")
    return lines


def _describe_items(result: LetterResult) -> list[str]:
    lines: list[str] = []
    if result.items:
        lines.append("   Items:")
    for item in result.items:
        label = f' (in letter: "{item.label_in_letter}")' if item.label_in_letter else ""
        lines.append(
            f"     - {item.kind.replace('_', ' ')} {item.recommendation}{label}: stance {item.stance}, "
            f"status {item.status}, confidence {_number(item.confidence)}"
        )
        lines.extend(f"         claim: {claim.text}" for claim in item.claims)
        lines.extend(f"         commitment: {commitment}" for commitment in item.commitments)
    lines.append(f"   Unanswered: {', '.join(result.unanswered) if result.unanswered else 'none'}")
    return lines


def format_summary(result: LetterResult) -> str:
    """A readable account of one result."""
    lines = [f"== {result.file}" + (f" ({result.format})" if result.format else "")]
    if not result.ok:
        lines.append(f"   FAILED [{result.error_code}]: {result.error}")
        return "\n".join(lines)
    lines += _describe_metadata(result)
    lines += _describe_items(result)
    if result.claims:
        lines.append("   Claims:")
        lines.extend(f"     - {claim.text}" for claim in result.claims)
    if result.initiatives:
        lines.append("   Initiatives: " + "; ".join(f"{i.name} ({i.kind})" for i in result.initiatives))
    lines.append(f"   Flags: {', '.join(result.flags) if result.flags else 'none'}")
    if result.warnings:
        lines.append("   Warnings:")
        lines.extend(f"     - {w}" for w in result.warnings)
    return "\n".join(lines)


def run_ingest(argv: Sequence[str], *, catalogue: Catalogue, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``ingest`` with ``argv`` (the arguments after the word ``ingest``); returns the exit status."""
    parser = _ingest_parser(stdout, stderr)
    try:
        args = parser.parse_args(list(argv))
    except _ExitError as stop:
        return stop.status
    try:
        if args.packs:
            for directory in args.packs:
                if not directory.is_dir():
                    raise ValueError(f"--packs: {directory} is not a directory")
            catalogue = catalogue.with_reports(_load_packs(args.packs))
        report_key: str | None = None
        if args.report is not None:
            catalogue, report_key = _resolve_report(args.report, catalogue)
    except (ValueError, PackError) as exc:
        stderr.write(f"{parser.prog}: error: {exc}\n")
        return EXIT_USAGE
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        stderr.write(f"{parser.prog}: error: --jobs must be at least 1\n")
        return EXIT_USAGE
    status = EXIT_OK
    job = _Job(catalogue, report_key, args.force_report, args.json)
    for file, ok, error, text in _run(job, list(args.files), jobs):
        if not ok:
            status = EXIT_FAILED
            stderr.write(f"{file}: {error}\n")
        stdout.write(text)
        stdout.flush()
    return status


def default_jobs() -> int:
    """Processes to read files in when ``--jobs`` is not given: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class _Job:
    catalogue: Catalogue
    report_key: str | None
    force_report: bool
    json: bool

    def read(self, file: str) -> tuple[str, bool, str | None, str]:
        """(file, ok, error line, what to print) for one file."""
        result = ingest_path(file, self.catalogue, report_key=self.report_key, force_report=self.force_report)
        error = None if result.ok else f"{result.error} [{result.error_code}]"
        text = json.dumps(result.to_json(), ensure_ascii=False) + "\n" if self.json else format_summary(result) + "\n\n"
        return file, result.ok, error, text


_WORKER_JOB: _Job | None = None
_FILES_PER_PROCESS = 4  # below this many files per process, forking costs more than it saves


def _init_worker(job: _Job) -> None:
    global _WORKER_JOB  # noqa: PLW0603 - one job per worker process, set once when the process starts
    _WORKER_JOB = job


def _read_in_worker(file: str) -> tuple[str, bool, str | None, str]:
    assert _WORKER_JOB is not None
    return _WORKER_JOB.read(file)


def _run(job: _Job, files: list[str], jobs: int) -> Iterator[tuple[str, bool, str | None, str]]:
    """Each file's outcome, in input order, read in up to ``jobs`` processes."""
    jobs = min(jobs, len(files) // _FILES_PER_PROCESS)
    if jobs <= 1:
        for file in files:
            yield job.read(file)
        return
    from oversight_ingest.forked import can_fork, map_in_order

    if can_fork():  # forked from this process, which has loaded everything already
        yield from map_in_order(job.read, files, jobs, chunk=max(1, min(4, len(files) // (jobs * 8))))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # no fork (Windows): each process loads the package itself
    chunk = max(1, min(8, len(files) // (jobs * 4)))
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(job,)) as pool:
        yield from pool.map(_read_in_worker, files, chunksize=chunk)


def _extract_report(argv: list[str]) -> int:
    try:
        module = importlib.import_module("oversight_ingest.reportparse.cli")
    except ImportError as exc:
        sys.stderr.write(f"error: extract-report is not available in this installation ({exc})\n")
        return EXIT_USAGE
    entry = cast(Callable[[list[str] | None], int], module.main)
    return entry(argv)


_USAGE = """usage: python -m oversight_ingest {ingest,extract-report} ...

commands:
  ingest          read response letters (see: ingest --help)
  extract-report  turn an inspection report into a report pack (see: extract-report --help)
"""


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m oversight_ingest``: dispatch to a command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        (sys.stdout if args else sys.stderr).write(_USAGE)
        return EXIT_OK if args else EXIT_USAGE
    command, rest = args[0], args[1:]
    if command == "ingest":
        try:
            catalogue = default_catalogue()
        except PackError as exc:
            sys.stderr.write(f"error: a shipped report pack is not valid: {exc}\n")
            return EXIT_USAGE
        return run_ingest(rest, catalogue=catalogue, stdout=sys.stdout, stderr=sys.stderr)
    if command == "extract-report":
        return _extract_report(rest)
    sys.stderr.write(f"error: unknown command {command!r}\n{_USAGE}")
    return EXIT_USAGE
