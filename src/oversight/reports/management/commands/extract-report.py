"""``oversight extract-report FILE``: draft a report pack from an inspection report's text."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = (
        "Find the recommendations, areas for improvement and causes of concern in a report "
        "(PDF, DOCX, HTML, text) and print a draft report pack for a person to review."
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.add_argument("args", nargs="*", help="FILE [--key K] [--title T] [--published YYYY-MM-DD] [--output F]")
        return parser

    def run_from_argv(self, argv: list[str]) -> None:
        # The options belong to the ingestion package's own command line; pass them through whole.
        from oversight_ingest.reportparse.cli import main

        sys.exit(main(["extract-report", *argv[2:]]))

    def handle(self, *args: Any, **options: Any) -> None:  # pragma: no cover - run_from_argv handles it
        from oversight_ingest.reportparse.cli import main

        sys.exit(main(["extract-report", *args]))
