"""``oversight import-report FILE``: register a report from a report pack."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from oversight.core.errors import OversightError
from oversight.reports.services import report_import_pack
from oversight_ingest.packs import PackError, load_pack


class Command(BaseCommand):
    help = "Register (or update) a report and its findings from a report pack file, creating its obligations."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="A report pack (JSON; see docs/report-packs.md)")
        parser.add_argument("--publish", action="store_true", help="Publish the report straight away")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            pack = load_pack(options["file"])
        except PackError as exc:
            raise CommandError(str(exc)) from exc
        try:
            result = report_import_pack(actor=None, pack=pack, publish=options["publish"])
        except OversightError as exc:
            raise CommandError(f"{options['file']}: {exc.message} Nothing was saved.") from exc
        verb = "Registered" if result.created else "Updated"
        self.stdout.write(
            f"{verb} {result.report.title!r} ({result.report.key}): {result.findings_created} findings created, "
            f"{result.findings_updated} updated, {result.obligations_created} obligations created."
        )
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
