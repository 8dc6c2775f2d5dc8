"""A worker killed in the middle of a task: the task runs again on another worker, once to effect.

Real ``oversight db_worker`` processes over one database, the first killed with SIGKILL (no
chance to clean up) while it holds the task.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from tests.ops.servers import REPO, oversight, start, stop
from tests.ops.test_backup import _installation

pytestmark = pytest.mark.django_db(transaction=True)

ENQUEUE = """
import os; os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
import django, json, sys; django.setup()
from tests.ops.tasks import slow_effect
result = slow_effect.enqueue(folder=sys.argv[1], hold_seconds=600)
print(result.id)
"""
STATUS = """
import os; os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
import django, json, sys; django.setup()
from django_tasks_db.models import DBTaskResult
row = DBTaskResult.objects.get(pk=sys.argv[1])
print(json.dumps({"status": row.status, "workers": row.worker_ids, "value": row.return_value}))
"""


def _python(env, code, *args):
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1]


def _wait(condition, seconds=120.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_a_task_whose_worker_is_killed_runs_again_once(tmp_path):
    env = _installation(tmp_path, "queue")
    env.update({"TASKS_BACKEND": "database", "OVERSIGHT_WORKER_STALE_SECONDS": "3"})
    assert oversight(env, "migrate", "--no-input").returncode == 0
    folder = tmp_path / "effects"
    folder.mkdir()
    task_id = _python(env, ENQUEUE, str(folder))
    worker_args = ("db_worker", "--no-startup-delay", "--interval", "0.2", "--no-reload")

    first = start(env, *worker_args, log=tmp_path / "first.log")
    try:
        _wait((folder / "starts").is_file)
        assert json.loads(_python(env, STATUS, task_id))["status"] == "RUNNING"
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        stop(first)
    assert not (folder / "effect").exists()

    second = start(env, *worker_args, log=tmp_path / "second.log")
    try:
        _wait(lambda: json.loads(_python(env, STATUS, task_id))["status"] == "SUCCESSFUL")
    finally:
        stop(second)
    state = json.loads(_python(env, STATUS, task_id))
    assert len(state["workers"]) == 2  # claimed by the killed worker, then by the second
    assert state["value"] == second.pid
    assert len((folder / "starts").read_text().splitlines()) == 2
    assert (folder / "effect").read_bytes() == b"done"  # made once: a second effect would have failed
    log = (tmp_path / "second.log").read_text()
    assert "Task requeued: its worker stopped" in log
