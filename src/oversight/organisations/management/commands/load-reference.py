"""``oversight load-reference``: load the forces, policing bodies, regions and national bodies."""

from typing import Any

from django.core.management.base import BaseCommand

from oversight.organisations.services import reference_data_load


class Command(BaseCommand):
    help = "Load the 43 forces, their policing bodies, the regions and ROCUs and the national bodies (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        result = reference_data_load()
        self.stdout.write(
            f"Reference data: {result.created} created, {result.updated} updated, {result.unchanged} unchanged."
        )
