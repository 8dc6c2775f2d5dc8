"""Background-worker liveness: a heartbeat per ``db_worker`` process, and recovering its tasks if it dies.

django-tasks-db claims a task by locking its row (``SELECT ... FOR UPDATE SKIP LOCKED``) and
marking it ``RUNNING`` with the worker's id, so two workers never start the same task. But a
worker killed mid-task (power loss, out of memory, ``kill -9``) leaves its task ``RUNNING``
for ever: the library has no lease or retry. Here each worker touches a heartbeat row every
few seconds from a side thread; any worker finding a ``RUNNING`` task whose worker's heartbeat
has stopped puts it back in the queue (``READY``), up to ``MAX_ATTEMPTS`` runs, after which it
is marked failed so a task that kills its worker cannot loop for ever.
"""

from __future__ import annotations

import logging
import os
import socket
import threading

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from oversight.ops.health import worker_stale_after
from oversight.ops.models import WorkerHeartbeat

logger = logging.getLogger("oversight.ops.worker")

MAX_ATTEMPTS = 3
READY, RUNNING, FAILED = "READY", "RUNNING", "FAILED"


class WorkerLost(Exception):
    """The worker running this task stopped (killed or crashed) too many times."""


def heartbeat(worker_id: str) -> None:
    """Record that ``worker_id`` is alive now (creating its row the first time)."""
    now = timezone.now()
    if not WorkerHeartbeat.objects.filter(worker_id=worker_id).update(last_seen=now):
        WorkerHeartbeat.objects.create(
            worker_id=worker_id, hostname=socket.gethostname()[:255], pid=os.getpid(), last_seen=now
        )


def requeue_orphaned_tasks() -> int:
    """Put back in the queue the tasks left ``RUNNING`` by workers whose heartbeat has stopped."""
    stale_before = timezone.now() - worker_stale_after()
    live = set(WorkerHeartbeat.objects.filter(last_seen__gte=stale_before).values_list("worker_id", flat=True))
    recovered = 0
    with transaction.atomic():
        orphans = (
            DBTaskResult.objects.filter(status=RUNNING, started_at__lt=stale_before)
            .select_for_update(skip_locked=True)
            .order_by("started_at")
        )
        for task in orphans:
            if task.worker_ids and task.worker_ids[-1] in live:
                continue
            attempts = len(task.worker_ids)
            if attempts >= MAX_ATTEMPTS:
                task.set_failed(WorkerLost(f"the worker stopped during each of {attempts} attempts"))
                logger.error("Task gave up after lost workers", extra={"task_id": str(task.pk), "attempts": attempts})
                continue
            task.status = READY
            task.started_at = None
            task.save(update_fields=["status", "started_at"])
            recovered += 1
            logger.warning("Task requeued: its worker stopped", extra={"task_id": str(task.pk), "attempts": attempts})
    return recovered


class Heartbeat(threading.Thread):
    """Touches the heartbeat and recovers orphaned tasks every few seconds until stopped."""

    def __init__(self, worker_id: str) -> None:
        super().__init__(name="oversight-heartbeat", daemon=True)
        self.worker_id = worker_id
        self.interval = max(1.0, settings.WORKER_STALE_SECONDS / 6)
        self._stop_event = threading.Event()

    def beat(self) -> None:
        try:
            heartbeat(self.worker_id)
            requeue_orphaned_tasks()
        except DatabaseError:
            logger.exception("Worker heartbeat failed; retrying")
        finally:
            close_old_connections()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.beat()
            self._stop_event.wait(self.interval)
        connection.close()

    def stop(self) -> None:
        self._stop_event.set()
