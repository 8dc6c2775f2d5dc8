"""``oversight link-entra-id USERNAME --tenant-id TID --object-id OID``: let a user sign in with Entra ID."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from oversight.accounts.models import User
from oversight.accounts.services import external_identity_link
from oversight.core.errors import OversightError


class Command(BaseCommand):
    help = "Link a user to their Microsoft Entra ID account (tenant id and object id), to sign in with it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--tenant-id", required=True, help="The organisation's directory (tenant) id")
        parser.add_argument("--object-id", required=True, help="The person's object id in that directory")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"No user called {options['username']!r}")
        try:
            identity = external_identity_link(
                actor=None, user=user, tenant_id=options["tenant_id"], object_id=options["object_id"]
            )
        except OversightError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(f"{user.get_username()} can sign in with Entra ID object {identity.object_id}.")
