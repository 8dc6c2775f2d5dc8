"""``oversight db_worker``: django-tasks-db's worker, plus a heartbeat and recovery of lost tasks.

Same options as the library's command (it is a subclass); see ``oversight.ops.worker``.
"""

from __future__ import annotations

import os
from typing import Any

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands.db_worker import Command as LibraryCommand

from oversight.ops.worker import Heartbeat


class Command(LibraryCommand):
    help = "Run a background worker over the database queue (with a heartbeat for /readyz and task recovery)"

    def handle(self, *args: Any, **options: Any) -> None:
        in_reloader_parent = options.get("reload") and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true"
        if in_reloader_parent:
            super().handle(*args, **options)
            return
        beat = Heartbeat(options["worker_id"])
        beat.beat()  # seen (and orphans recovered) before the first task is claimed
        beat.start()
        try:
            super().handle(*args, **options)
        finally:
            beat.stop()
