"""Backup and restore, proven end to end with real processes: same engine, SQLite into
PostgreSQL, while the service serves and writes, and the refusals that protect data.

Each comparison reads every table through the ORM and every uploaded file's checksum
(``tests/ops/snapshot.py``), in the source and in the restored copy.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import threading
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.ops.servers import REPO, free_port, oversight, production_env, start, stop, wait_for

pytestmark = pytest.mark.django_db(transaction=True)  # the processes need the test database left alone

PG_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRESQL = PG_URL.startswith(("postgres://", "postgresql://"))


def _new_database_url(tmp: Path) -> str:
    """A fresh database: a new one on the test PostgreSQL server, or a new SQLite file."""
    if not ON_POSTGRESQL:
        return f"sqlite:///{tmp / 'oversight.sqlite3'}"
    import psycopg

    server, _, _ = PG_URL.rpartition("/")
    name = f"ops_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def _run(env: dict[str, str], *args: str) -> str:
    result = oversight(env, *args)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _python(env: dict[str, str], module: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", module, *args], env=env, cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _snapshot(env: dict[str, str]) -> dict:
    return json.loads(_python(env, "tests.ops.snapshot").strip().splitlines()[-1])


def _installation(tmp: Path, name: str, database_url: str | None = None) -> dict[str, str]:
    folder = tmp / name
    folder.mkdir()
    return production_env(folder, database_url or _new_database_url(folder))


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A populated installation on the engine under test: the demo, evidence files, history."""
    tmp = tmp_path_factory.mktemp("source")
    env = _installation(tmp, "source")
    _run(env, "demo", "--no-serve")
    _python(env, "tests.ops.populate")
    return env


def _assert_same(restored: dict, original: dict) -> None:
    assert restored["files"] == original["files"]
    assert restored["tables"].keys() == original["tables"].keys()
    different = [t for t in original["tables"] if restored["tables"][t] != original["tables"][t]]
    assert different == []


def test_a_backup_restores_to_the_same_rows_history_and_files(source, tmp_path):
    archive = tmp_path / "oversight.tar"
    out = _run(source, "backup", "--output", str(archive))
    assert "Backed up" in out
    original = _snapshot(source)
    versions = original["tables"]["evidence_evidenceversion"][0]
    assert versions >= 3
    assert original["tables"]["evidence_historicalevidenceversion"][0] >= versions
    assert len([f for f in original["files"] if f.startswith("evidence/")]) == versions

    target = _installation(tmp_path, "target")
    assert "every count and checksum matches" in _run(target, "restore", str(archive))
    _assert_same(_snapshot(target), original)
    # The restored installation works: it is ready, and new rows get new ids.
    _python(target, "tests.ops.populate", "--writes", "0.2")


def test_a_backup_taken_while_the_service_serves_and_writes_is_consistent(source, tmp_path):
    port = free_port()
    server = start(source, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2", log=tmp_path / "serve.log")
    before = _snapshot(source)
    stop_reading = threading.Event()
    answered: list[int] = []

    def read() -> None:
        while not stop_reading.is_set():
            for path in ("/", "/readyz", "/healthz"):
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
                    answered.append(response.status)

    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", proc=server)
        reader = threading.Thread(target=read)
        reader.start()
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.ops.populate", "--writes", "8"],
            env=source,
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        archive = tmp_path / "live.tar"
        _run(source, "backup", "--output", str(archive))
        made = int(writer.communicate(timeout=120)[0].strip().splitlines()[-1])
        stop_reading.set()
        reader.join(timeout=60)
    finally:
        stop_reading.set()
        stop(server)
    assert made > 0
    assert answered
    assert set(answered) == {200}
    after = _snapshot(source)

    target = _installation(tmp_path, "target")
    _run(target, "restore", str(archive))  # checks every count against the manifest
    restored = _snapshot(target)
    assert restored["files"] == after["files"]
    written = {"obligations_progressupdate", "obligations_historicalprogressupdate"}
    for table, (count, digest) in after["tables"].items():
        if table in written:
            assert before["tables"][table][0] <= restored["tables"][table][0] <= count
        else:
            assert restored["tables"][table] == [count, digest], table
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["tables"]["obligations_progressupdate"] == restored["tables"]["obligations_progressupdate"][0]
    assert (
        manifest["tables"]["obligations_progressupdate"]
        == manifest["tables"]["obligations_historicalprogressupdate"]
        - before["tables"]["obligations_historicalprogressupdate"][0]
        + before["tables"]["obligations_progressupdate"][0]
    )


@pytest.mark.skipif(not ON_POSTGRESQL, reason="needs the test PostgreSQL server (DATABASE_URL)")
def test_a_sqlite_backup_restores_into_postgresql(tmp_path):
    sqlite = _installation(tmp_path, "sqlite", f"sqlite:///{tmp_path / 'embedded.sqlite3'}")
    _run(sqlite, "demo", "--no-serve")
    _python(sqlite, "tests.ops.populate")
    archive = tmp_path / "embedded.tar"
    _run(sqlite, "backup", "--output", str(archive))
    original = _snapshot(sqlite)

    server = _installation(tmp_path, "server")
    assert "sqlite into postgresql" in _run(server, "restore", str(archive))
    _assert_same(_snapshot(server), original)
    _python(server, "tests.ops.populate", "--writes", "0.2")  # sequences continue after the copied ids


def test_restore_refuses_a_target_that_holds_data_unless_forced(source, tmp_path):
    archive = tmp_path / "b.tar"
    _run(source, "backup", "--output", str(archive))
    refused = oversight(source, "restore", str(archive))
    assert refused.returncode != 0
    assert "already hold" in refused.stderr  # the database and the upload folder
    assert "--force" in refused.stderr
    original = _snapshot(source)
    _run(source, "restore", "--force", str(archive))
    _assert_same(_snapshot(source), original)


def test_restore_refuses_a_damaged_archive_before_touching_anything(source, tmp_path):
    archive = tmp_path / "b.tar"
    _run(source, "backup", "--output", str(archive))
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(archive) as tar, tarfile.open(damaged, "w") as out:
        for member in tar.getmembers():
            data = tar.extractfile(member).read()
            if member.name.startswith("media/evidence/"):
                data = b"X" + data[1:]
            out.addfile(member, io.BytesIO(data))
    target = _installation(tmp_path, "target")
    result = oversight(target, "restore", str(damaged))
    assert result.returncode != 0
    assert "does not match its checksum" in result.stderr


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar"
    with tarfile.open(bogus, "w") as tar:
        tar.addfile(tarfile.TarInfo("hello.txt"), io.BytesIO(b""))
    result = oversight(_installation(tmp_path, "target"), "restore", str(bogus))
    assert result.returncode != 0
    assert "not an Oversight backup" in result.stderr
