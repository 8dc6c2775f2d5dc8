"""``oversight backup --output FILE``: one consistent archive of the database and uploaded files."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from oversight.ops.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into one archive, while the service runs."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--output", "-o", type=Path, required=True, help="the archive to write (a .tar file)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            outcome = backup_create(output=options["output"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Backed up {outcome.rows} rows in {outcome.tables} tables ({outcome.engine}) and "
            f"{outcome.files} files ({outcome.file_bytes} bytes) to {outcome.archive}"
        )
