"""Background work for operational data: running an import, with its progress kept in storage.

The upload waits in the upload storage (``core.storage``: a folder or an S3-compatible bucket,
seen by every web and worker process); the import reads a temporary copy of it on the local disk
(openpyxl needs a file). Progress goes to a small file ``imports/progress-<id>.json`` in the same
storage, so any web process can read it while the import's transaction is still open and its rows
are not yet visible.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

from django_tasks import task

from oversight.core import storage
from oversight.measures.models import DataImport
from oversight.measures.services import IMPORTS_FOLDER, data_import_run, upload_discard


def progress_name(import_id: int) -> str:
    return f"{IMPORTS_FOLDER}/progress-{import_id}.json"


def read_progress(import_id: int) -> float | None:
    """The fraction of the file read so far, or None when unknown."""
    try:
        return float(json.loads(storage.read_bytes(progress_name(import_id)))["fraction"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    except Exception:  # a bucket's client errors: progress is only a hint on the page
        return None


@task()
def import_data(*, import_id: int, path: str) -> dict[str, object]:
    """Run the waiting import ``import_id`` from the stored upload ``path`` (its name in the upload
    storage; an absolute path under ``MEDIA_ROOT`` from an earlier version), then delete the upload."""
    name = storage.stored_name(path)
    marker = progress_name(import_id)

    def progress(fraction: float) -> None:
        storage.store_bytes(json.dumps({"fraction": round(min(max(fraction, 0.0), 1.0), 3)}).encode(), marker)

    record = DataImport.objects.get(pk=import_id)
    try:
        with storage.local_copy(name, suffix=PurePosixPath(name).suffix[:20]) as local:
            record = data_import_run(data_import=record, path=local, progress=progress)
    finally:
        upload_discard(name=name)
        storage.discard(marker)
    return {"import_id": record.pk, "state": record.state, "rows": record.rows_imported}
