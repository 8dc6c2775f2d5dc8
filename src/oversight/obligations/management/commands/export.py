"""``oversight export --report KEY [--format csv|xlsx|json] [--output FILE] [--as USERNAME]``.

The report page's forces × findings table, one row per force and finding. By default it holds what
the public may see (published statuses: the report's open data); ``--as`` exports what that person
may see instead, as the page's download would give them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand, CommandError, CommandParser

from oversight.core.errors import NotFound
from oversight.core.tables import FORMATS
from oversight.obligations.dashboards import ObligationFilters, report_matrix
from oversight.obligations.exports import MATRIX_COLUMNS, report_matrix_rows
from oversight.reports.access import access_report_by_key


class Command(BaseCommand):
    help = "Export a report's statuses by force and finding as CSV, XLSX or JSON (by default, the public's view)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--report", required=True, help="The report's key, e.g. oic-2025")
        parser.add_argument("--format", choices=sorted(FORMATS), default="csv")
        parser.add_argument("--output", type=Path, help="Write to this file (required for xlsx); else standard output")
        parser.add_argument("--region", default="", help="Only the forces of this region (its slug)")
        parser.add_argument(
            "--as", dest="username", help="Export what this user may see (default: what the public may see)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        user: Any = AnonymousUser()
        if options["username"]:
            user = get_user_model().objects.filter(username=options["username"], is_active=True).first()
            if user is None:
                raise CommandError(f"No active user {options['username']!r}.")
        if options["format"] == "xlsx" and options["output"] is None:
            raise CommandError("A spreadsheet cannot go to the terminal: give --output FILE.xlsx.")
        try:
            report = access_report_by_key(user, options["report"])
        except NotFound as exc:
            who = f"{options['username']!r}" if options["username"] else "the public"
            raise CommandError(f"{exc.message} that {who} may see.") from exc
        matrix = report_matrix(user=user, report=report, filters=ObligationFilters(region=options["region"]))
        rows = report_matrix_rows(report=report, matrix=matrix)
        body = FORMATS[options["format"]].write(MATRIX_COLUMNS, rows)
        if options["output"] is None:
            sys.stdout.buffer.write(body)
            sys.stdout.flush()
            return
        options["output"].write_bytes(body)
        self.stderr.write(f"Wrote {len(rows)} rows to {options['output']}.")
