"""What the operations side keeps in the database: when each background worker was last seen."""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords


class WorkerHeartbeat(models.Model):
    """One row per ``oversight db_worker`` process, touched every few seconds while it runs.

    ``/readyz`` reads it to tell whether a worker is alive, and workers read it to find tasks
    left running by a worker that died (its heartbeat stopped) so they can be run again. The
    periodic touch is a queryset ``update`` and so writes no history row: history records the
    worker's first appearance only, not ten thousand heartbeats a day.
    """

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True)
    started_at = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(db_index=True)

    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"worker {self.worker_id} on {self.hostname or 'unknown host'}"
