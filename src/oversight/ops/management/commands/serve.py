"""``oversight serve``: the production web server (gunicorn, static files by WhiteNoise, DEBUG off)."""

from __future__ import annotations

import hashlib
import os
import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from oversight.ops.health import pending_migrations


def _bind(value: str) -> str:
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise ValueError(value)
    return value


class Command(BaseCommand):
    help = "Serve Oversight in production: gunicorn with several processes, compressed cache-busted static files."
    requires_migrations_checks = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--bind",
            type=_bind,
            default=os.environ.get("OVERSIGHT_BIND", "127.0.0.1:8000"),
            help="ADDRESS:PORT to listen on (default OVERSIGHT_BIND or 127.0.0.1:8000, for a proxy on this host)",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("WEB_CONCURRENCY", "2")),
            help="web processes (default WEB_CONCURRENCY or 2; about one or two per core)",
        )
        parser.add_argument(
            "--no-collectstatic",
            action="store_true",
            help="do not collect static files first (they must already be in STATIC_ROOT)",
        )
        parser.add_argument("--check-only", action="store_true", help="check and prepare, then exit without serving")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.DEBUG:
            raise CommandError(
                "oversight serve is the production server and runs only with DEBUG=false "
                "(with SECRET_KEY and ALLOWED_HOSTS set). "
                "For development use `oversight demo` or `oversight runserver`."
            )
        if options["workers"] < 1:
            raise CommandError("--workers must be at least 1")
        self._static_files(collect=not options["no_collectstatic"])
        pending = pending_migrations()
        if pending:
            self.stderr.write(
                f"Warning: {len(pending)} migration(s) not applied ({', '.join(pending[:5])}); "
                "/readyz reports not ready until `oversight migrate` has run."
            )
        if options["check_only"]:
            self.stdout.write("Ready to serve.")
            return
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "python:oversight.ops.gunicorn_config",
            "--bind",
            options["bind"],
            "--workers",
            str(options["workers"]),
        ]
        sys.stdout.flush()
        sys.stderr.flush()
        os.execv(sys.executable, argv)  # noqa: S606 - gunicorn replaces this process, for systemd to supervise

    def _static_files(self, *, collect: bool) -> None:
        root = Path(settings.STATIC_ROOT)
        manifest = root / "staticfiles.json"
        stamp = root / ".sources"
        if collect:
            sources = static_sources_fingerprint()
            current = stamp.read_text(encoding="ascii") if stamp.is_file() else ""
            if not manifest.is_file() or current != sources:
                self.stdout.write(f"Collecting and compressing static files into {root} ...")
                try:
                    root.mkdir(parents=True, exist_ok=True)
                    call_command("collectstatic", interactive=False, verbosity=0)
                    stamp.write_text(sources, encoding="ascii")
                except OSError as exc:
                    raise CommandError(
                        f"Could not collect static files into STATIC_ROOT ({root}): {exc.strerror}. Make the "
                        "data directory writable by this user, or collect them beforehand and pass --no-collectstatic."
                    ) from exc
        if not manifest.is_file():
            raise CommandError(
                f"No static files manifest in STATIC_ROOT ({root}): run `oversight collectstatic --noinput` "
                "first, or start without --no-collectstatic."
            )


def static_sources_fingerprint() -> str:
    """A digest of every static source file's name, size and modification time: collecting and
    compressing takes a while, so it is done again only when something changed (an upgrade)."""
    digest = hashlib.sha256()
    for finder in finders.get_finders():
        for path, storage in finder.list([]):
            stat = Path(storage.path(path)).stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
