"""``oversight add-evidence``: attach a file to an obligation as evidence, or as a new version of it.

For scripted uploads (a monthly training report exported from a learning system, say): the same
checks as the web form, in the name of a user who may add evidence to that obligation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError, CommandParser

from oversight.accounts.models import User
from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.core.models import Classification


class Command(BaseCommand):
    help = "Attach a file to an obligation as evidence, or as a new version of existing evidence."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("obligation", type=int, help="The obligation's id (as in /obligations/<id>/)")
        parser.add_argument("file", type=Path)
        parser.add_argument("--user", required=True, help="The username the evidence is added by")
        parser.add_argument("--title", help="Title of new evidence (required unless --evidence is given)")
        parser.add_argument("--description", default="")
        parser.add_argument(
            "--classification", choices=Classification.values, help="Marking (default OFFICIAL-SENSITIVE)"
        )
        parser.add_argument("--evidence", type=int, help="Add the file as a new version of this evidence id")

    def handle(self, *args: Any, **options: Any) -> None:
        from oversight.evidence.access import access_evidence_by_id
        from oversight.evidence.services import evidence_add, evidence_version_add
        from oversight.obligations.access import access_obligation_by_id

        actor = User.objects.filter(username=options["user"]).first()
        if actor is None:
            raise CommandError(f"No user called {options['user']!r}.")
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        try:
            obligation = access_obligation_by_id(actor, options["obligation"])
            with path.open("rb") as handle:
                chunks = File(handle).chunks()
                if options["evidence"]:
                    evidence = access_evidence_by_id(actor, options["evidence"])
                    if evidence.obligation_id != obligation.pk:
                        raise CommandError(f"Evidence {evidence.pk} belongs to another obligation.")
                    version = evidence_version_add(
                        actor=actor,
                        evidence=evidence,
                        chunks=chunks,
                        filename=path.name,
                        classification=options["classification"],
                    )
                else:
                    if not options["title"]:
                        raise CommandError("New evidence needs a --title.")
                    version = evidence_add(
                        actor=actor,
                        obligation=obligation,
                        title=options["title"],
                        description=options["description"],
                        classification=options["classification"] or Classification.OFFICIAL_SENSITIVE,
                        chunks=chunks,
                        filename=path.name,
                    )
        except (NotFound, NotAllowed, InvalidChange) as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            f"Evidence {version.evidence_id} {version.evidence.title!r}: version {version.number} "
            f"({version.get_file_format_display()}, {version.size} bytes, {version.evidence.classification})."
        )
