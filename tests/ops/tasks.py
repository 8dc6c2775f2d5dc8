"""Tasks used only by the operations tests (importable by a real worker run from the checkout)."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from django_tasks import TaskContext, task

logger = logging.getLogger("tests.ops")


@task()
def note(*, text: str) -> str:
    logger.info("noting")
    return text


@task()
def explode() -> None:
    raise RuntimeError("the task went wrong")


@task(takes_context=True)
def slow_effect(context: TaskContext, *, folder: str, hold_seconds: float) -> int:
    """Record a start, hold the first attempt for a while (so a test can kill its worker), then
    make one effect: a file created exclusively, so a second effect would fail loudly."""
    base = Path(folder)
    with (base / "starts").open("a") as fh:
        fh.write(f"{os.getpid()}\n")
    if len(context.task_result.worker_ids) <= 1:
        time.sleep(hold_seconds)
    fd = os.open(base / "effect", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.write(fd, b"done")
    os.close(fd)
    return os.getpid()
