"""``oversight import-data KIND FILE --force SLUG [--replace]``: import a force's operational data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from oversight.core.errors import OversightError
from oversight.measures.contracts import CONTRACTS
from oversight.measures.models import ImportState
from oversight.measures.services import data_import_file
from oversight.organisations.models import Organisation


class Command(BaseCommand):
    help = "Import a CSV or XLSX file of operational data for one force. A file with any bad row saves nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("kind", choices=list(CONTRACTS), help="The kind of data (see docs/measures.md)")
        parser.add_argument("file", help="A CSV (UTF-8) or XLSX file with the kind's columns")
        parser.add_argument("--force", required=True, help="The force's slug, e.g. west-yorkshire-police")
        parser.add_argument("--replace", action="store_true", help="Replace the force's earlier rows of this kind")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file.")
        force = Organisation.objects.filter(slug=options["force"]).first()
        if force is None:
            raise CommandError(f"No force with the slug {options['force']!r}.")
        try:
            record = data_import_file(
                actor=None, force=force, kind=options["kind"], path=path, replace=options["replace"]
            )
        except OversightError as exc:
            raise CommandError(f"{path.name}: {exc.message}") from exc
        for warning in record.warnings:
            self.stderr.write(f"Warning: {warning}")
        if record.state != ImportState.SUCCEEDED:
            for error in record.errors:
                where = f"{error['file']}, row {error['row']}" + (
                    f", column {error['column']}" if error["column"] else ""
                )
                self.stderr.write(f"{where}: {error['reason']}")
            if record.error_count > len(record.errors):
                self.stderr.write(f"… and {record.error_count - len(record.errors)} more rows with problems.")
            problem = (
                record.problem if "nothing" in record.problem.lower() else f"{record.problem} Nothing was imported."
            )
            raise CommandError(problem)
        replaced = f", replacing {record.rows_replaced} earlier rows" if record.replace else ""
        self.stdout.write(
            f"Imported {record.rows_imported} {record.get_kind_display().lower()} rows for {force}{replaced} "
            f"(import {record.pk}; kept until {record.retain_until:%d %B %Y})."
        )
