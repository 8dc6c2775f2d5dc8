"""``oversight retention [--dry-run]``: delete operational data past its retention period."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from oversight.measures.services import data_retention_apply


class Command(BaseCommand):
    help = "Delete the rows of every operational data import whose retention period has ended."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Only say what would be deleted")

    def handle(self, *args: Any, **options: Any) -> None:
        outcome = data_retention_apply(actor=None, dry_run=options["dry_run"])
        verb = "Would delete" if options["dry_run"] else "Deleted"
        self.stdout.write(f"{verb} {outcome.rows} rows from {outcome.imports} imports past their retention period.")
