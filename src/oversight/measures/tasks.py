"""Background work for operational data: running an import, with its progress kept on disk.

Progress goes to a small file under ``MEDIA_ROOT/imports`` (shared by the web and worker
processes, as the uploads are) so any web process can read it while the import's transaction is
still open and its rows are not yet visible.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from django.conf import settings
from django_tasks import task

from oversight.measures.models import DataImport
from oversight.measures.services import data_import_run


def progress_path(import_id: int) -> Path:
    return Path(settings.MEDIA_ROOT) / "imports" / f"progress-{import_id}.json"


def read_progress(import_id: int) -> float | None:
    """The fraction of the file read so far, or None when unknown."""
    try:
        return float(json.loads(progress_path(import_id).read_text())["fraction"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


@task()
def import_data(*, import_id: int, path: str) -> dict[str, object]:
    """Run the waiting import ``import_id`` from the stored upload at ``path``, then delete the upload."""
    upload = Path(path)
    marker = progress_path(import_id)

    def progress(fraction: float) -> None:
        marker.write_text(json.dumps({"fraction": round(min(max(fraction, 0.0), 1.0), 3)}))

    record = DataImport.objects.get(pk=import_id)
    try:
        record = data_import_run(data_import=record, path=upload, progress=progress)
    finally:
        shutil.rmtree(upload.parent, ignore_errors=True)
        marker.unlink(missing_ok=True)
    return {"import_id": record.pk, "state": record.state, "rows": record.rows_imported}
