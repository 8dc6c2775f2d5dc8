"""``oversight export (--report KEY | --force SLUG) [--format csv|xlsx|json] [--output FILE] [--as USERNAME]``.

A report's forces × findings table (one row per force and finding), or one organisation's
obligations across every report (one row per obligation), as the pages' downloads give them. By
default it holds what the public may see (published statuses: open data); ``--as`` exports what
that person may see instead.
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
from oversight.obligations.dashboards import ObligationFilters, force_lines, force_obligations, report_matrix
from oversight.obligations.exports import FORCE_COLUMNS, MATRIX_COLUMNS, force_obligation_rows, report_matrix_rows
from oversight.organisations.access import access_organisation_by_slug
from oversight.organisations.models import OrganisationKind
from oversight.reports.access import access_report_by_key

OBLIGATED = (OrganisationKind.FORCE, OrganisationKind.ROCU, OrganisationKind.NATIONAL)


class Command(BaseCommand):
    help = (
        "Export a report's statuses by force and finding, or a force's obligations, as CSV, XLSX or JSON "
        "(by default, the public's view)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--report", help="A report's forces × findings, by its key, e.g. oic-2025")
        which.add_argument("--force", help="An organisation's obligations, by its slug, e.g. kent-police")
        parser.add_argument("--format", choices=sorted(FORMATS), default="csv")
        parser.add_argument("--output", type=Path, help="Write to this file (required for xlsx); else standard output")
        parser.add_argument("--region", default="", help="With --report: only the forces of this region (its slug)")
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
        who = f"{options['username']!r}" if options["username"] else "the public"
        try:
            if options["report"]:
                report = access_report_by_key(user, options["report"])
                matrix = report_matrix(user=user, report=report, filters=ObligationFilters(region=options["region"]))
                header, rows = MATRIX_COLUMNS, report_matrix_rows(report=report, matrix=matrix)
            else:
                force = access_organisation_by_slug(user, options["force"])
                if force.kind not in OBLIGATED:
                    raise CommandError(
                        f"{force.name} has no obligations of its own: give a force, ROCU or national body."
                    )
                obligations = force_obligations(user=user, force=force, filters=ObligationFilters())
                groups = force_lines(user=user, force=force, obligations=obligations)
                header, rows = FORCE_COLUMNS, force_obligation_rows(organisation=force, groups=groups)
        except NotFound as exc:
            raise CommandError(f"{exc.message} that {who} may see.") from exc
        body = FORMATS[options["format"]].write(header, rows)
        if options["output"] is None:
            sys.stdout.buffer.write(body)
            sys.stdout.flush()
            return
        options["output"].write_bytes(body)
        self.stderr.write(f"Wrote {len(rows)} rows to {options['output']}.")
