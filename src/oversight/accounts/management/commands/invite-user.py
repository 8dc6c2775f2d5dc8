"""``oversight invite-user``: invite a person by email with a role in an organisation."""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from oversight.accounts.models import Role
from oversight.accounts.services import user_invite
from oversight.core.errors import OversightError
from oversight.organisations.models import Organisation


class Command(BaseCommand):
    help = (
        "Invite a person: create their account with a role in an organisation and email them a link to "
        "choose a password (sent through EMAIL_BACKEND)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--name", required=True, help="The person's full name")
        parser.add_argument("--email", required=True, help="Their email address; it becomes their username")
        parser.add_argument("--organisation", required=True, help="The organisation's slug, e.g. kent-police")
        parser.add_argument("--role", required=True, choices=Role.values, help="Their role in the organisation")
        parser.add_argument(
            "--site-url",
            default=settings.OVERSIGHT_BASE_URL,
            help="The address of this installation, for the link in the email (default: OVERSIGHT_BASE_URL)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        organisation = Organisation.objects.filter(slug=options["organisation"]).first()
        if organisation is None:
            raise CommandError(
                f"No organisation with the slug {options['organisation']!r}: see `oversight load-reference`"
            )
        try:
            user = user_invite(
                actor=None,
                name=options["name"],
                email=options["email"],
                organisation=organisation,
                role=options["role"],
                site_url=options["site_url"],
            )
        except OversightError as exc:
            raise CommandError(f"{exc.message}. Nothing was saved.") from exc
        self.stdout.write(
            f"Invited {user.get_full_name()} <{user.email}> as {Role(options['role']).label.lower()}, "
            f"{organisation.name}; the invitation was sent through {settings.EMAIL_BACKEND.rsplit('.', 2)[-2]}."
        )
