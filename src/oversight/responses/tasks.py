"""Background work for responses: reading an uploaded letter into a draft response.

Runs in the web process with the default ``immediate`` backend, or in ``oversight db_worker``
processes with ``TASKS_BACKEND=database``.
"""

from __future__ import annotations

from pathlib import Path

from django_tasks import task

from oversight.accounts.models import User
from oversight.responses.services import response_ingest_file


@task()
def ingest_letter(*, path: str, filename: str, user_id: int | None, report_key: str | None = None) -> dict[str, object]:
    """Read the stored upload at ``path`` and record a draft response; returns what happened."""
    actor = User.objects.filter(pk=user_id).first() if user_id else None
    outcome = response_ingest_file(actor=actor, path=Path(path), filename=filename, report_key=report_key)
    return outcome.to_json()
