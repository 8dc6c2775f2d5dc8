"""The ``oversight`` console command: Django's manage.py for this project.

Every management command works through it (``oversight migrate``, ``oversight createsuperuser``),
along with the project's own (``oversight demo``, ``oversight import-report``, ``oversight ingest``).

``oversight ingest`` without ``--save`` only reads files. When the Django command has saved the
database's reports to the catalogue snapshot and the (SQLite) database has not changed since, it
reads the letters against that snapshot without setting Django up, which would cost more than
reading a hundred letters; otherwise it runs as any other command (and saves a fresh snapshot).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SNAPSHOT_NAME = "ingest-catalogue.json"
_WRITE_OPTIONS = ("--save", "--user", "-h", "--help", "--version", "--settings", "--pythonpath")


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["ingest"]:
        status = _ingest_without_django(args[1:])
        if status is not None:
            sys.exit(status)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["oversight", *args])


def data_dir() -> Path:
    """``settings.DATA_DIR``, worked out the same way without importing the settings."""
    configured = os.environ.get("OVERSIGHT_DATA_DIR", "")
    if configured:
        return Path(configured)
    checkout = Path(__file__).resolve().parent.parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "src" / "oversight").is_dir():
        return checkout / "var"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "oversight"


def snapshot_path() -> Path:
    return data_dir() / "cache" / SNAPSHOT_NAME


def _fresh_snapshot() -> Path | None:
    """The catalogue snapshot when it is at least as new as the database; None when that cannot be told."""
    url = os.environ.get("DATABASE_URL", "")
    if os.environ.get("DJANGO_SETTINGS_MODULE", "oversight.settings") != "oversight.settings":
        return None  # other settings may point anywhere
    if url and not url.startswith("sqlite:///"):
        return None  # a database server: only Django can tell whether the reports changed
    database = Path(url[len("sqlite:///") :]) if url else data_dir() / "oversight.sqlite3"
    snapshot = snapshot_path()
    try:
        taken = snapshot.stat().st_mtime
        changed = max(p.stat().st_mtime for p in (database, database.with_name(database.name + "-wal")) if p.exists())
    except (OSError, ValueError):
        return None
    return snapshot if taken >= changed else None


def _ingest_without_django(args: list[str]) -> int | None:
    """Run a read-only ``oversight ingest`` on the snapshot; None when it must go through Django."""
    if any(a.split("=", 1)[0] in _WRITE_OPTIONS for a in args):
        return None
    snapshot = _fresh_snapshot()
    if snapshot is None:
        return None
    from oversight_ingest.cli import run_ingest
    from oversight_ingest.snapshot import read_snapshot

    catalogue = read_snapshot(snapshot)
    if catalogue is None:
        return None
    return run_ingest(args, catalogue=catalogue, stdout=sys.stdout, stderr=sys.stderr)


if __name__ == "__main__":
    main()
