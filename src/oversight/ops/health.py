"""The checks behind ``/readyz``: cheap, and reporting only status words and migration names.

Each check returns a word (``ok`` or what is wrong); none of them reveals versions, paths,
host names or error text, since the endpoints are unauthenticated.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from oversight.ops.models import WorkerHeartbeat

logger = logging.getLogger("oversight.ops.health")

OK = "ok"
FAILED = "failed"
PENDING = "pending"
NOT_SEEN = "not seen"
NOT_USED = "not used"


class _MigrationCache:
    """Once every migration this code knows is applied, none can become pending until new code is
    deployed (a new process), so a clean result is kept; a pending one is re-read at most every
    few seconds, so a probe stays cheap while an upgrade runs."""

    recheck_seconds = 5.0

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.clean = False
        self.checked_at = 0.0
        self.pending: list[str] = []


_migrations = _MigrationCache()


@dataclass(slots=True)
class Readiness:
    checks: dict[str, str]
    pending_migrations: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return all(value in (OK, NOT_USED) for value in self.checks.values())

    def to_json(self) -> dict[str, object]:
        body: dict[str, object] = {"status": "ready" if self.ready else "not ready", "checks": self.checks}
        if self.pending_migrations:
            body["pending_migrations"] = self.pending_migrations
        return body


def check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Readiness: the database did not answer")
        return FAILED
    return OK


def pending_migrations() -> list[str]:
    """Migrations in this code that the database has not applied, as ``app.name``."""
    cache = _migrations
    with cache.lock:
        if cache.clean:
            return []
        now = time.monotonic()
        if cache.checked_at and now - cache.checked_at < cache.recheck_seconds:
            return list(cache.pending)
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        cache.pending = [f"{migration.app_label}.{migration.name}" for migration, _ in plan]
        cache.checked_at = now
        cache.clean = not cache.pending
        return list(cache.pending)


def reset_migration_cache() -> None:
    with _migrations.lock:
        _migrations.reset()


def check_storage() -> str:
    """Write, read back and delete a small file where uploads go."""
    name = f"ops/readyz-{uuid.uuid4().hex}"
    try:
        saved = default_storage.save(name, ContentFile(b"ok"))
        try:
            with default_storage.open(saved, "rb") as fh:
                if fh.read() != b"ok":
                    return FAILED
        finally:
            default_storage.delete(saved)
    except (OSError, ValueError):
        logger.exception("Readiness: the upload storage is not writable")
        return FAILED
    except Exception:  # S3 and other storages raise their own errors
        logger.exception("Readiness: the upload storage is not writable")
        return FAILED
    return OK


def uses_database_queue() -> bool:
    backend = str(settings.TASKS.get("default", {}).get("BACKEND", ""))
    return backend.startswith("django_tasks_db")


def worker_stale_after() -> dt.timedelta:
    return dt.timedelta(seconds=settings.WORKER_STALE_SECONDS)


def check_worker() -> str:
    if not uses_database_queue():
        return NOT_USED
    recent = WorkerHeartbeat.objects.filter(last_seen__gte=timezone.now() - worker_stale_after())
    return OK if recent.exists() else NOT_SEEN


def readiness() -> Readiness:
    checks = {"database": check_database()}
    pending: list[str] = []
    if checks["database"] == OK:
        pending = pending_migrations()
        checks["migrations"] = PENDING if pending else OK
        checks["storage"] = check_storage()
        checks["worker"] = check_worker() if not pending else NOT_SEEN
    return Readiness(checks=checks, pending_migrations=pending)
