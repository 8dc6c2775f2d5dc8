"""Backup and restore with uploads on S3-compatible storage, with real processes: an installation
on one bucket is backed up, restored into a fresh database and an empty bucket, and every table
and every object compares equal, byte for byte."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

from tests.ops.servers import REPO, oversight, production_env
from tests.storage.conftest import Bucket, make_bucket

PG_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRESQL = PG_URL.startswith(("postgres://", "postgresql://"))


def _database_url(folder: Path) -> str:
    """A fresh database: a new one on the test PostgreSQL server, or a new SQLite file."""
    if not ON_POSTGRESQL:
        return f"sqlite:///{folder / 'oversight.sqlite3'}"
    import psycopg

    server, _, _ = PG_URL.rpartition("/")
    name = f"storage_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def _installation(tmp: Path, name: str, bucket: Bucket) -> dict[str, str]:
    folder = tmp / name
    folder.mkdir()
    return production_env(folder, _database_url(folder), **bucket.env)


def _run(env: dict[str, str], *args: str) -> str:
    result = oversight(env, *args)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _tables(env: dict[str, str]) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tests.ops.snapshot"], env=env, cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])["tables"]


def _objects(bucket: Bucket) -> dict[str, str]:
    return {name: hashlib.sha256(bucket.read(name)).hexdigest() for name in bucket.names()}


def test_a_backup_on_s3_restores_every_object_byte_for_byte_into_a_bucket_or_a_folder(moto_server, tmp_path):
    source_bucket = make_bucket(moto_server)
    source = _installation(tmp_path, "source", source_bucket)
    _run(source, "demo", "--no-serve")
    populate = subprocess.run(
        [sys.executable, "-m", "tests.ops.populate"], env=source, cwd=REPO, capture_output=True, text=True, check=False
    )
    assert populate.returncode == 0, populate.stderr[-3000:]
    objects = _objects(source_bucket)
    evidence = [name for name in objects if name.startswith("evidence/")]
    assert len(evidence) >= 3  # the demo's and populate's evidence versions, all in the bucket

    archive = tmp_path / "oversight.tar"
    assert "Backed up" in _run(source, "backup", "--output", str(archive))
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        for name in evidence:
            member = tar.extractfile(f"media/{name}")
            assert member is not None
            assert hashlib.sha256(member.read()).hexdigest() == objects[name]
    assert {name: meta["sha256"] for name, meta in manifest["files"].items()} == objects

    target_bucket = make_bucket(moto_server, prefix="restored")
    target = _installation(tmp_path, "target", target_bucket)
    assert "every count and checksum matches" in _run(target, "restore", str(archive))
    assert _objects(target_bucket) == objects
    assert _tables(target) == _tables(source)

    again = oversight(target, "restore", str(archive))
    assert again.returncode != 0
    assert f"the upload bucket ({target_bucket.name}/restored)" in again.stderr
    forced = oversight(target, "restore", "--force", str(archive))
    assert forced.returncode == 0, forced.stderr[-3000:]
    assert _objects(target_bucket) == objects

    # The names are the same on the folder storage: the archive moves the uploads off the bucket.
    folder = tmp_path / "folder"
    folder.mkdir()
    on_disk = production_env(folder, _database_url(folder))
    _run(on_disk, "restore", str(archive))
    media = folder / "media"
    assert {
        p.relative_to(media).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in media.rglob("*")
        if p.is_file()
    } == objects
