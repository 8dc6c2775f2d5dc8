"""``oversight indicators --report KEY [--force SLUG] [--json]``: indicators per force and period."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from oversight.measures.selectors import indicator_table
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.models import Report


class Command(BaseCommand):
    help = "Compute a report's indicators from the imported operational data, per force and period."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--report", required=True, help="The report's key, e.g. oic-2025")
        parser.add_argument("--force", help="Only this force (its slug)")
        parser.add_argument("--period", choices=["month", "quarter"], default="month")
        parser.add_argument("--as-of", type=dt.date.fromisoformat, help="Compute as on this date (YYYY-MM-DD)")
        parser.add_argument("--aggregates", action="store_true", help="Add regional and national aggregates")
        parser.add_argument("--json", action="store_true", help="Print JSON: one object per force and indicator")

    def handle(self, *args: Any, **options: Any) -> None:
        report = Report.objects.filter(key=options["report"]).first()
        if report is None:
            raise CommandError(f"No report with the key {options['report']!r}.")
        force_ids = None
        if options["force"]:
            force = Organisation.objects.filter(slug=options["force"], kind=OrganisationKind.FORCE).first()
            if force is None:
                raise CommandError(f"No force with the slug {options['force']!r}.")
            force_ids = [force.pk]
        table = indicator_table(
            report=report, as_of=options["as_of"], force_ids=force_ids, aggregates=options["aggregates"]
        )
        if table is None:
            raise CommandError(f"The report {report.key!r} has no indicator definitions.")
        rows = table.all()
        if options["json"]:
            objects = [s.to_json(period=options["period"]) for s in rows]
            self.stdout.write(json.dumps(objects, indent=1))
            return
        for s in rows:
            data = s.to_json(period=options["period"], series=False)
            value = "no data" if data["value"] is None else f"{data['value']}%"
            projection = data["projection"]
            ahead = (
                projection["basis"]
                if projection["value"] is None
                else f"{projection['value']}% ({projection['basis']})"
            )
            self.stdout.write(
                f"{s.name}\t{s.indicator}\t{data['period']}\t{value}\t"
                f"{data['numerator']}/{data['denominator']}\ttarget {s.target:g}%\tat deadline: {ahead}"
            )
