"""Background work for responses: reading an uploaded letter into a draft response.

Runs in the web process with the default ``immediate`` backend, or in ``oversight db_worker``
processes with ``TASKS_BACKEND=database``. The letter waits in the upload storage
(``core.storage``), which every web and worker process sees.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django_tasks import TaskResult, task

from oversight.accounts.models import User
from oversight.core import storage
from oversight.responses.services import IngestOutcome, response_ingest_file, upload_discard, upload_store
from oversight_ingest.result import LetterResult


@task()
def ingest_letter(
    *,
    filename: str,
    user_id: int | None,
    name: str = "",
    path: str = "",
    report_key: str | None = None,
    sha256: str = "",
    force_report: bool = False,
) -> dict[str, object]:
    """Read the stored upload ``name`` into a draft response, then remove it; returns what happened.

    The pipeline reads a copy on the local disk. ``path`` is how an earlier version named the
    upload (an absolute path under ``MEDIA_ROOT``): a task it queued still runs after an upgrade."""
    stored = name or storage.stored_name(path)
    actor = User.objects.filter(pk=user_id).first() if user_id else None
    try:
        with storage.local_copy(stored, suffix=PurePosixPath(filename).suffix[:20]) as local:
            outcome = response_ingest_file(
                actor=actor,
                path=local,
                filename=filename,
                report_key=report_key,
                sha256=sha256,
                force_report=force_report,
            )
    except FileNotFoundError:  # run again after it was read, or removed meanwhile: nothing to read
        missing = LetterResult(file=filename, ok=False, error="The uploaded letter is no longer stored.")
        outcome = IngestOutcome(missing, None, missing.error)
    finally:
        upload_discard(name=stored)
    return outcome.to_json()


def ingest_letter_enqueue(
    *, user: Any, data_file: UploadedFile, report_key: str | None, force_report: bool = False
) -> TaskResult[Any]:
    """Store an upload that passed ``letter_upload_check`` and queue it to be read (the web form and
    the API both come here); ``force_report`` aligns it against ``report_key`` even when the letter
    names another report. If it cannot be queued, the stored file is removed."""
    stored = upload_store(data_file=data_file)
    try:
        return ingest_letter.enqueue(
            name=stored.name,
            filename=stored.filename,
            user_id=user.pk,
            report_key=report_key,
            sha256=stored.sha256,
            force_report=force_report and report_key is not None,
        )
    except BaseException:
        upload_discard(name=stored.name)
        raise
