"""The ``oversight`` console command: Django's manage.py for this project.

Every management command works through it (``oversight migrate``, ``oversight createsuperuser``),
along with the project's own (``oversight demo``, ``oversight import-report``, ``oversight ingest``).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["oversight", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
