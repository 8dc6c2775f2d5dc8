"""The systemd units in docs/operations.md, checked by systemd's own tools and run where they can be.

There is no systemd manager here (a container), but ``systemd-analyze verify`` loads unit files the way
the manager does and reports what it would refuse or ignore, and ``systemd-analyze calendar`` parses a
timer's schedule. The units are written under their real names, as the guide gives them, with one
substitution: the ``/opt/oversight`` checkout in ``ExecStart=`` becomes this checkout, because
``verify`` refuses a command that is not an executable file on disk. ``User=``, ``EnvironmentFile=``
and ``WorkingDirectory=`` are only read when a unit starts, so they stay as written.

The backup service's two command lines are then run for real, as systemd would run them: the
``ExecStart`` line through ``/bin/sh`` after systemd's ``%%`` unescaping, against a real
installation (SQLite, or PostgreSQL in the suite's PostgreSQL pass), and the ``ExecStartPost``
``find`` line over a backups folder with archives of known ages. There the checkout and
``/var/lib/oversight`` become temporary folders. The web unit's ``ExecReload`` (``kill -HUP
$MAINPID``, with the pid systemd would fill in) is sent to a running ``oversight serve`` while
requests keep coming, and the worker unit's ``KillSignal`` to a ``db_worker`` in the middle of a
task, as ``systemctl reload`` and ``systemctl stop`` would.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.ops.servers import free_port, oversight, start, stop, wait_for
from tests.ops.test_backup import _installation

DOC = (REPO / "docs" / "operations.md").read_text()
ANALYZE = shutil.which("systemd-analyze")
GUIDE_CHECKOUT = "/opt/oversight"
GUIDE_BACKUPS = "/var/lib/oversight/backups"

pytestmark = pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed (Debian package systemd)")


def _units() -> dict[str, str]:
    """Each ```ini block of the guide under the file name the guide gives it."""
    units: dict[str, str] = {}
    for block in re.finditer(r"```ini\n(.*?)```", DOC, flags=re.DOTALL):
        named = re.findall(r"/etc/systemd/system/(oversight-[\w@-]+)\.service", DOC[: block.start()])
        assert named, "each unit is introduced by its path"
        suffix = ".timer" if "[Timer]" in block.group(1) else ".service"
        units[named[-1] + suffix] = block.group(1)
    return units


UNITS = _units()


def _setting(unit: str, key: str) -> str:
    found = re.findall(rf"^{key}=(.*)$", UNITS[unit], flags=re.MULTILINE)
    assert len(found) == 1, f"{unit} has one {key}="
    return found[0]


def _systemd_argv(line: str) -> list[str]:
    """A command line as systemd passes it to the program: specifiers expanded (the guide uses only
    ``%%``, a literal ``%``), then split into words with its quoting rules, which agree with the
    shell's for the single-quoted words used here."""
    assert re.findall(r"%[^%]", line.replace("%%", "")) == [], "no specifier other than %% is used"
    return shlex.split(line.replace("%%", "%"))


def _substitute(argv: list[str], **paths: Path) -> list[str]:
    swaps = {GUIDE_CHECKOUT: str(paths["checkout"]), GUIDE_BACKUPS: str(paths["backups"])}
    out = []
    for word in argv:
        swapped = word
        for old, new in swaps.items():
            swapped = swapped.replace(old, new)
        out.append(swapped)
    return out


@pytest.fixture(scope="module")
def installation(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One migrated installation with the reference data for this module's tests that run commands:
    SQLite, or a new database in the suite's PostgreSQL pass."""
    env = _installation(tmp_path_factory.mktemp("installation"), "data")
    for command in (["migrate", "--no-input"], ["load-reference"]):
        result = oversight(env, *command)
        assert result.returncode == 0, result.stderr[-3000:]
    return env


def test_the_guide_gives_the_web_worker_and_backup_units():
    assert set(UNITS) == {
        "oversight-web.service",
        "oversight-worker.service",
        "oversight-backup.service",
        "oversight-backup.timer",
    }


def test_systemd_accepts_every_unit_as_written(tmp_path):
    folder = tmp_path / "system"
    folder.mkdir()
    for name, text in UNITS.items():
        (folder / name).write_text(text.replace(f"{GUIDE_CHECKOUT}/.venv/", f"{REPO}/.venv/"))
    # The guide runs more workers from a template copy of the worker unit: an instance must load too.
    shutil.copy(folder / "oversight-worker.service", folder / "oversight-worker@.service")
    (folder / "oversight-worker@1.service").symlink_to("oversight-worker@.service")
    files = [str(folder / name) for name in [*UNITS, "oversight-worker@1.service"]]
    result = subprocess.run(
        [ANALYZE, "verify", "--man=no", *files], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    # Unknown keys and unparsable values are only warnings to systemd, which then ignores the line.
    ours = [line for line in result.stderr.splitlines() if str(folder) in line or "oversight-" in line]
    assert ours == []


def test_systemd_verify_would_catch_a_mistake(tmp_path):
    """The check above is real: the same tool reports a misspelt key and a missing program."""
    unit = tmp_path / "oversight-web.service"
    text = UNITS["oversight-web.service"].replace(GUIDE_CHECKOUT, str(tmp_path / "missing"))
    unit.write_text(text.replace("Restart=on-failure", "Restart=on-failur\nRestartSecs=5"))
    result = subprocess.run(
        [ANALYZE, "verify", "--man=no", str(unit)], capture_output=True, text=True, timeout=60, check=False
    )
    assert "Unknown key 'RestartSecs'" in result.stderr
    assert "Failed to parse service restart specifier" in result.stderr
    assert "is not executable" in result.stderr


def test_the_backup_timer_fires_daily_at_half_past_two_and_runs_the_backup_service():
    assert "Unit=" not in UNITS["oversight-backup.timer"]  # so it starts oversight-backup.service
    schedule = _setting("oversight-backup.timer", "OnCalendar")
    result = subprocess.run(
        [ANALYZE, "calendar", "--iterations=2", schedule],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env={**os.environ, "TZ": "UTC", "LC_ALL": "C"},
    )
    assert result.returncode == 0, result.stderr
    assert "Normalized form: *-*-* 02:30:00" in result.stdout
    elapses = re.findall(r"(\d{4}-\d{2}-\d{2}) 02:30:00", result.stdout)
    assert len(elapses) == 2
    first, second = (dt.date.fromisoformat(day) for day in elapses)
    assert second - first == dt.timedelta(days=1)


def test_the_backup_service_writes_a_dated_archive_of_the_installation(installation, tmp_path):
    env = installation
    backups = tmp_path / "backups"
    argv = _substitute(_systemd_argv(_setting("oversight-backup.service", "ExecStart")), checkout=REPO, backups=backups)
    assert argv[:2] == ["/bin/sh", "-c"]
    before = dt.datetime.now()
    result = subprocess.run(argv, env=env, cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    after = dt.datetime.now()
    assert result.returncode == 0, result.stderr
    (archive,) = backups.iterdir()
    stamp = re.fullmatch(r"oversight-(\d{8}-\d{4})\.tar", archive.name)
    assert stamp, archive.name
    taken = dt.datetime.strptime(stamp.group(1), "%Y%m%d-%H%M")
    assert before.replace(second=0, microsecond=0) <= taken <= after
    with tarfile.open(archive) as tar:
        assert "manifest.json" in {Path(name).name for name in tar.getnames()}


def test_the_backup_service_deletes_only_archives_older_than_fifteen_days(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    day = 24 * 3600
    ages = {
        "oversight-20260101-0230.tar": 15.5,  # a timer's archive past its time: deleted
        "oversight-20260102-0230.tar": 14.5,  # find counts whole days: 14 is not "+14", kept
        "oversight-20260115-0230.tar": 1,
        "manual.tar": 40,  # made by hand (section 6): not the timer's to delete
        "before-upgrade.tar": 40,
        "oversight-notes.txt": 40,
    }
    now = time.time()
    for name, days in ages.items():
        (backups / name).write_bytes(b"archive")
        os.utime(backups / name, (now - days * day, now - days * day))
    argv = _substitute(
        _systemd_argv(_setting("oversight-backup.service", "ExecStartPost")), checkout=REPO, backups=backups
    )
    assert argv[0] == "/usr/bin/find"
    subprocess.run(argv, check=True, timeout=60)
    assert sorted(p.name for p in backups.iterdir()) == sorted(set(ages) - {"oversight-20260101-0230.tar"})


def _log_messages(log: Path) -> list[str]:
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    return [str(line.get("message", "")) for line in lines]


def test_reloading_the_web_unit_replaces_its_processes_while_the_site_keeps_answering(installation, tmp_path):
    """``ExecReload=/bin/kill -HUP $MAINPID``: ``oversight serve`` has become gunicorn (so the unit's
    main process is gunicorn's arbiter), which starts new web processes and stops the old ones.

    The port stays open throughout: no request is refused. gunicorn's threaded worker can cut off a
    connection it accepted just before it was told to stop (benoitc/gunicorn#3394, as the guide says);
    with one client asking one request at a time, that is at most one request per old process."""
    env = installation
    port = free_port()
    log = tmp_path / "serve.log"
    server = start(env, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2", log=log)
    answers: list[int | str] = []
    done = threading.Event()

    def keep_asking() -> None:
        while not done.is_set():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30) as response:
                    answers.append(response.status)
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                answers.append(repr(exc))

    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", proc=server)
        asking = threading.Thread(target=keep_asking)
        asking.start()
        try:
            reload_line = _setting("oversight-web.service", "ExecReload")
            argv = _systemd_argv(reload_line.replace("$MAINPID", str(server.pid)))  # as systemd fills it in
            assert argv[0] == "/bin/kill"
            subprocess.run(argv, check=True, timeout=30)
            deadline = time.monotonic() + 120
            while sum("Booting worker" in m for m in _log_messages(log)) < 4:  # two new beside the first two
                assert time.monotonic() < deadline, "the web processes were not replaced"
                time.sleep(0.2)
            asked = len(answers)
            while len(answers) < asked + 20:  # and the new processes answer
                assert time.monotonic() < deadline
                time.sleep(0.05)
        finally:
            done.set()
            asking.join(timeout=60)
        assert server.poll() is None
    finally:
        stop(server)
    messages = _log_messages(log)
    assert "Handling signal: hup" in messages
    assert len(answers) > 20
    cut_off = [answer for answer in answers if answer != 200]
    assert len(cut_off) <= 2, cut_off  # the two old processes
    assert all("Reset" in str(a) or "RemoteDisconnected" in str(a) for a in cut_off), cut_off


ENQUEUE = """
import os, sys; os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
import django; django.setup()
from tests.ops.tasks import slow_effect
print(slow_effect.enqueue(folder=sys.argv[1], hold_seconds=float(sys.argv[2])).id)
"""
STATUS = """
import os, sys; os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
import django; django.setup()
from django_tasks_db.models import DBTaskResult
print(DBTaskResult.objects.get(pk=sys.argv[1]).status)
"""


def _python(env: dict[str, str], code: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1]


def test_stopping_the_worker_unit_lets_its_current_task_finish(installation, tmp_path):
    """``KillSignal=SIGTERM`` with ``TimeoutStopSec=300``: the guide says the worker finishes its task."""
    assert _setting("oversight-worker.service", "KillSignal") == "SIGTERM"
    env = {**installation, "TASKS_BACKEND": "database"}
    folder = tmp_path / "effects"
    folder.mkdir()
    task_id = _python(env, ENQUEUE, str(folder), "4")
    worker = start(env, "db_worker", "--no-reload", "--interval", "0.2", log=tmp_path / "worker.log")
    try:
        deadline = time.monotonic() + 120
        while not (folder / "starts").is_file():
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()
            assert time.monotonic() < deadline, "the worker did not start the task"
            time.sleep(0.1)
        worker.send_signal(signal.SIGTERM)  # while the task is holding
        assert worker.wait(timeout=290) == 0
    finally:
        stop(worker)
    assert (folder / "effect").read_bytes() == b"done"
    assert len((folder / "starts").read_text().splitlines()) == 1
    assert _python(env, STATUS, task_id) == "SUCCESSFUL"
