"""``oversight restore FILE [--force]``: restore a backup into an empty database and upload folder."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from oversight.ops.backup import BackupError, restore_archive


class Command(BaseCommand):
    help = "Restore a backup made by `oversight backup` (SQLite or PostgreSQL; SQLite into PostgreSQL too)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("archive", type=Path, help="the backup archive")
        parser.add_argument(
            "--force", action="store_true", help="replace whatever the database and upload folder already hold"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            outcome = restore_archive(archive=options["archive"], force=options["force"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Restored {outcome.rows} rows in {outcome.tables} tables ({outcome.engine}) and "
            f"{outcome.files} files ({outcome.file_bytes} bytes); every count and checksum matches the manifest."
        )
