"""``oversight ingest``: read response letters against the registered reports.

Without ``--save`` this is the ingestion package's own command line with a catalogue built from
the database. With ``--save --user NAME`` each letter that answers a registered report also
becomes a draft response awaiting that organisation's review.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any, TextIO, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser

from oversight.accounts.models import User
from oversight_ingest.catalogue import Catalogue


def _save_snapshot(catalogue: Catalogue) -> None:
    """Save the registered reports, so the next read-only run need not set Django up (see oversight.cli)."""
    from oversight.cli import snapshot_path
    from oversight_ingest.snapshot import write_snapshot

    with contextlib.suppress(OSError):  # a read-only data folder: every run goes through the database instead
        write_snapshot(catalogue, snapshot_path())


class Command(BaseCommand):
    help = (
        "Read response letters (PDF, DOCX, HTML, text, Markdown): organisation, author, date, report, and "
        "per recommendation the stance, claimed status, claims and initiatives."
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--report", help="A report pack file, or a registered report's key or title")
        parser.add_argument("--json", action="store_true", help="One JSON document per file, one per line")
        parser.add_argument(
            "--force-report",
            action="store_true",
            help="With --report: align a letter against it even when the letter names another report",
        )
        parser.add_argument(
            "--jobs", "-j", type=int, metavar="N", help="Read files in N processes (default: the number of cores)"
        )
        parser.add_argument("--save", action="store_true", help="Record each letter as a draft response")
        parser.add_argument("--user", help="With --save: the username the drafts are recorded by")
        return parser

    def handle(self, *args: Any, **options: Any) -> None:
        from oversight.responses.selectors import ingest_catalogue
        from oversight_ingest.cli import run_ingest

        if not options["save"]:
            argv = [*options["files"], *(["--json"] if options["json"] else [])]
            if options["report"]:
                argv += ["--report", options["report"]]
            if options["force_report"]:
                argv.append("--force-report")
            if options["jobs"] is not None:
                argv += ["--jobs", str(options["jobs"])]
            catalogue = ingest_catalogue()
            _save_snapshot(catalogue)
            # Django's OutputWrapper writes and flushes like the text stream it wraps.
            out, err = cast(TextIO, self.stdout), cast(TextIO, self.stderr)
            status = run_ingest(argv, catalogue=catalogue, stdout=out, stderr=err)
            sys.exit(status)
        self._save(options)

    def _save(self, options: dict[str, Any]) -> None:
        from oversight.responses.services import response_ingest_file
        from oversight_ingest.cli import format_summary

        if not options["user"]:
            raise CommandError("--save needs --user NAME: drafts are recorded in someone's name.")
        actor = User.objects.filter(username=options["user"]).first()
        if actor is None:
            raise CommandError(f"No user called {options['user']!r}.")
        failed = 0
        for file in options["files"]:
            outcome = response_ingest_file(
                actor=actor,
                path=Path(file),
                filename=Path(file).name,
                report_key=options["report"],
                force_report=options["force_report"],
            )
            if options["json"]:
                self.stdout.write(json.dumps(outcome.to_json(), ensure_ascii=False))
            else:
                self.stdout.write(format_summary(outcome.result))
            if outcome.response is not None:
                self.stderr.write(f"{file}: draft response {outcome.response.pk} recorded for review.")
            else:
                failed += 1
                self.stderr.write(f"{file}: no draft recorded: {outcome.problem}")
        sys.exit(1 if failed else 0)
