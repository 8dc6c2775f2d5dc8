"""Background work for responses: reading an uploaded letter into a draft response.

Runs in the web process with the default ``immediate`` backend, or in ``oversight db_worker``
processes with ``TASKS_BACKEND=database``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django_tasks import TaskResult, task

from oversight.accounts.models import User
from oversight.responses.services import response_ingest_file, upload_discard, upload_store


@task()
def ingest_letter(
    *, path: str, filename: str, user_id: int | None, report_key: str | None = None, sha256: str = ""
) -> dict[str, object]:
    """Read the stored upload at ``path`` and record a draft response; returns what happened."""
    actor = User.objects.filter(pk=user_id).first() if user_id else None
    outcome = response_ingest_file(
        actor=actor, path=Path(path), filename=filename, report_key=report_key, sha256=sha256
    )
    return outcome.to_json()


def ingest_letter_enqueue(*, user: Any, data_file: UploadedFile, report_key: str | None) -> TaskResult[Any]:
    """Store an upload that passed ``letter_upload_check`` and queue it to be read (the web form and
    the API both come here). If it cannot be queued, the stored file is removed."""
    stored = upload_store(data_file=data_file)
    try:
        return ingest_letter.enqueue(
            path=str(stored.path),
            filename=stored.path.name,
            user_id=user.pk,
            report_key=report_key,
            sha256=stored.sha256,
        )
    except BaseException:
        upload_discard(path=stored.path)
        raise
