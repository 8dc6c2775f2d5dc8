"""Print a digest of every table's rows (read through the ORM, so SQLite and PostgreSQL compare
equal when they hold the same data) and every uploaded file's checksum, as JSON.

Run as ``python -m tests.ops.snapshot`` with the installation's environment.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any


def _canonical(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, memoryview):
        return bytes(value).hex()
    if isinstance(value, bytes):
        return value.hex()
    return str(value) if value is not None else None


def snapshot() -> dict[str, Any]:
    from django.apps import apps
    from django.conf import settings
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    tables: dict[str, Any] = {}
    models = [*apps.get_models(include_auto_created=True), MigrationRecorder(connection).Migration]
    for model in models:
        rows = model.objects.order_by("pk").values_list()  # type: ignore[attr-defined]
        digest = hashlib.sha256()
        count = 0
        for row in rows.iterator(chunk_size=5000):
            digest.update(json.dumps([_canonical(v) for v in row]).encode())
            count += 1
        tables[model._meta.db_table] = [count, digest.hexdigest()]
    files = {}
    root = Path(settings.MEDIA_ROOT)
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"tables": tables, "files": files}


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    import django

    django.setup()
    sys.stdout.write(json.dumps(snapshot(), sort_keys=True) + "\n")
