"""``oversight demo``: a working Oversight with reference data, a real report and synthetic activity."""

from __future__ import annotations

import secrets
from importlib import resources
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from oversight.accounts.models import Role, User
from oversight.accounts.services import membership_create, user_create
from oversight.core.demo import (
    demo_activity_generate,
    demo_data_import,
    demo_evidence_generate,
    demo_letters_confirm,
)
from oversight.obligations.models import Action
from oversight.organisations.models import Organisation
from oversight.organisations.services import reference_data_load
from oversight.reports.services import report_import_pack
from oversight_ingest.packs import load_pack

# One sign-in per role, each in an organisation where that role makes sense.
DEMO_USERS = [
    ("analyst", Role.ANALYST, "HMICFRS"),
    ("force-editor", Role.FORCE_EDITOR, "Thames Valley Police"),
    ("body-editor", Role.BODY_EDITOR, "Thames Valley Police and Crime Commissioner"),
    ("approver", Role.APPROVER, "Thames Valley Police and Crime Commissioner"),
    ("viewer", Role.VIEWER, "West Yorkshire Police"),
    ("partner", Role.PARTNER, "Yorkshire and Humber Regional Organised Crime Unit"),
    ("admin", Role.ADMINISTRATOR, "HMICFRS"),
]


class Command(BaseCommand):
    help = "Set up a demonstration Oversight (migrate, reference data, report packs, synthetic activity) and serve it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "addrport", nargs="?", default="127.0.0.1:8000", help="Where to serve (default 127.0.0.1:8000)"
        )
        parser.add_argument("--no-serve", action="store_true", help="Set up the data and stop")
        parser.add_argument("--seed", type=int, default=2025, help="Seed for the synthetic activity")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database migrated.")
        ref = reference_data_load()
        self.stdout.write(f"Reference data: {ref.created} created, {ref.unchanged} unchanged.")
        packs = resources.files("oversight.reports").joinpath("packs")
        for entry in sorted(packs.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".json"):
                with resources.as_file(entry) as path:
                    result = report_import_pack(actor=None, pack=load_pack(path), publish=True)
                self.stdout.write(f"Report {result.report.title!r}: {result.obligations_created} obligations created.")
        if not Action.objects.exists():
            activity = demo_activity_generate(seed=options["seed"])
            self.stdout.write(
                f"Synthetic activity: {activity.obligations} obligations, {activity.actions} actions, "
                f"{activity.updates} updates."
            )
        letters = demo_letters_confirm()
        for problem in letters.problems:
            self.stderr.write(f"Demo letter not read: {problem}")
        if letters.confirmed:
            self.stdout.write(f"Demo letters read and confirmed: {', '.join(letters.confirmed)}.")
        evidence = demo_evidence_generate(seed=options["seed"])
        if evidence:
            self.stdout.write(f"Demo evidence: {evidence} file versions.")
        data = demo_data_import(seed=options["seed"])
        for problem in data.problems:
            self.stderr.write(f"Demo data not imported: {problem}")
        if data.imports:
            self.stdout.write(
                f"Demo operational data: {data.imports} imports, {data.rows} rows "
                "(one force shares two indicators with its regional unit)."
            )
        logins = self._demo_users()
        self.stdout.write("\nSign in at /accounts/login/ with (passwords are new each run):")
        for username, role, org, password in logins:
            self.stdout.write(f"  {role.label:<22} {username:<14} {password}   ({org})")
        if options["no_serve"]:
            return
        self.stdout.write(f"\nServing Oversight on http://{options['addrport']}/ (Ctrl+C to stop)\n")
        call_command("runserver", options["addrport"], use_reloader=False)

    @transaction.atomic
    def _demo_users(self) -> list[tuple[str, Role, str, str]]:
        logins = []
        for username, role, org_name in DEMO_USERS:
            organisation = Organisation.objects.filter(short_name=org_name).first() or Organisation.objects.get(
                name=org_name
            )
            password = secrets.token_urlsafe(12)
            user = User.objects.filter(username=username).first()
            if user is None:
                user = user_create(
                    actor=None,
                    username=username,
                    password=password,
                    is_staff=role == Role.ADMINISTRATOR,
                    is_superuser=role == Role.ADMINISTRATOR,
                )
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            membership_create(actor=None, user=user, organisation=organisation, role=role)
            logins.append((username, role, organisation.name, password))
        return logins
