# ruff: noqa: S608  # table and column names come from the database catalogue, quoted; no values in SQL text
"""Backup and restore: one consistent archive of the database and the uploaded files.

The archive is a tar file holding, in order:

- ``database.sqlite3`` (SQLite's online backup API: a consistent copy taken while the service
  runs) or ``database.pgdump`` (``pg_dump --format=custom`` of a snapshot exported from a
  ``REPEATABLE READ`` transaction, the same snapshot the row counts are read in);
- ``media/<name>``: every uploaded file, by its name in the upload storage (``core.storage``: a
  folder under ``MEDIA_ROOT`` or an S3-compatible bucket; the names are the same in both);
- ``manifest.json`` (last, once every checksum is known): format and version, the database
  engine, the applied migrations, each table's row count, and each file's size and SHA-256.

``restore`` reads the manifest first, refuses a target that already holds data unless forced,
checks every checksum while it unpacks, restores, and compares every table's count with the
manifest. A SQLite archive restores into PostgreSQL too (the move from the embedded default to a
server): the schema is made by ``migrate`` and each table's rows are copied from the archived
SQLite file with PostgreSQL's ``COPY``, then sequences are reset. See docs/adr/0012.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader

from oversight.core import storage

FORMAT = "oversight-backup"
VERSION = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite3"
PG_MEMBER = "database.pgdump"
MEDIA_PREFIX = "media/"
CHUNK = 1024 * 1024
# Tables ``migrate`` fills by itself: a target holding only these is still empty.
SCHEMA_TABLES = {"django_migrations", "django_content_type", "auth_permission"}


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


@dataclass(slots=True)
class Outcome:
    archive: Path
    engine: str
    tables: int
    rows: int
    files: int
    file_bytes: int
    notes: list[str] = field(default_factory=list)


# Reading and writing ----------------------------------------------------------------------------


class _HashingReader:
    """Wraps a binary file: hashes and counts what is read through it."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.sha = hashlib.sha256()
        self.size = 0

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.sha.update(data)
        self.size += len(data)
        return data


def _sha256_file(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


def _add_file(tar: tarfile.TarFile, path: Path, arcname: str) -> tuple[str, int]:
    """Add ``path`` as ``arcname``, hashing it in the same read; returns (sha256, size)."""
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        info = tarfile.TarInfo(arcname)
        info.size = size
        info.mtime = int(path.stat().st_mtime)
        info.mode = 0o600
        reader = _HashingReader(fh)
        tar.addfile(info, reader)  # read() is all tarfile needs
    if reader.size != size:
        raise BackupError(f"{arcname} changed size while it was being archived; run the backup again.")
    return reader.sha.hexdigest(), size


def _media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def _media_files() -> Iterator[str]:
    """The name of every uploaded file in the upload storage (not the readiness probe's files)."""
    root = _media_root() if storage.on_local_disk() else None
    for name in storage.walk():
        if name.startswith("ops/readyz-"):
            continue
        if root is not None and (root / name).is_symlink():
            continue  # only files Oversight wrote itself
        yield name


def _add_stored(tar: tarfile.TarFile, name: str, arcname: str, *, local: bool) -> tuple[str, int]:
    """Add the stored file ``name`` as ``arcname``, hashing it in the same read; returns (sha256, size).

    ``local``: the storage is the folder, whose open file gives its size and time in one call."""
    with storage.open_stored(name) as fh:
        if local:
            stat = os.fstat(fh.fileno())
            size, mtime = stat.st_size, int(stat.st_mtime)
        else:
            size, mtime = int(fh.size), _modified(name)
        info = tarfile.TarInfo(arcname)
        info.size = size
        info.mtime = mtime
        info.mode = 0o600
        reader = _HashingReader(fh)
        tar.addfile(info, reader)  # read() is all tarfile needs
    if reader.size != size:
        raise BackupError(f"{arcname} changed size while it was being archived; run the backup again.")
    return reader.sha.hexdigest(), size


def _modified(name: str) -> int:
    try:
        return int(storage.upload_storage().get_modified_time(name).timestamp())
    except (NotImplementedError, OSError):
        return int(dt.datetime.now(dt.UTC).timestamp())


def _applied_migrations(cursor: Any) -> list[str]:
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    return [f"{app}.{name}" for app, name in cursor.fetchall()]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# Backup -----------------------------------------------------------------------------------------


def _sqlite_snapshot(target: Path) -> tuple[dict[str, int], list[str]]:
    connection.ensure_connection()
    source = connection.connection
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)  # one step: a consistent copy, while others keep reading and writing
        cursor = copy.cursor()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        names = [row[0] for row in cursor.fetchall()]
        counts = {name: cursor.execute(f"SELECT COUNT(*) FROM {_quote(name)}").fetchone()[0] for name in names}
        migrations = _applied_migrations(cursor) if "django_migrations" in counts else []
    finally:
        copy.close()
    return counts, migrations


def _pg_env() -> dict[str, str]:
    params = connection.settings_dict
    env = dict(os.environ)
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if params.get(key):
            env[var] = str(params[key])
    env["PGDATABASE"] = str(params["NAME"])
    sslmode = params.get("OPTIONS", {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = str(sslmode)
    return env


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} is not installed: install Debian's postgresql-client package.")
    return found


def _run(argv: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{Path(argv[0]).name} failed: {result.stderr.strip()[-2000:]}")


def _pg_snapshot(target: Path) -> tuple[dict[str, int], list[str]]:
    raw = connection.get_new_connection(connection.get_connection_params())
    try:
        raw.autocommit = False
        cursor = raw.cursor()
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        names = [row[0] for row in cursor.fetchall()]
        counts: dict[str, int] = {}
        for name in names:
            cursor.execute(f"SELECT COUNT(*) FROM {_quote(name)}")
            counts[name] = cursor.fetchone()[0]
        migrations = _applied_migrations(cursor) if "django_migrations" in counts else []
        # pg_dump reads exactly the snapshot the counts were read in, while this transaction is open.
        _run(
            [_pg_tool("pg_dump"), "--format=custom", "--compress=1", f"--snapshot={snapshot}", f"--file={target}"],
            _pg_env(),
        )
        raw.rollback()
    finally:
        raw.close()
    return counts, migrations


def backup_create(*, output: Path) -> Outcome:
    """Write one archive of the database and the uploaded files to ``output`` (atomically)."""
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="oversight-backup-", dir=output.parent) as work:
        member = SQLITE_MEMBER if vendor == "sqlite" else PG_MEMBER
        dump = Path(work) / member
        counts, migrations = _sqlite_snapshot(dump) if vendor == "sqlite" else _pg_snapshot(dump)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        files: dict[str, dict[str, Any]] = {}
        try:
            with (
                os.fdopen(fd, "wb") as raw_out,
                tarfile.open(fileobj=raw_out, mode="w", format=tarfile.PAX_FORMAT) as tar,
            ):
                db_sha, db_size = _add_file(tar, dump, member)
                dump.unlink()
                local = storage.on_local_disk()
                for name in _media_files():
                    try:
                        sha, size = _add_stored(tar, name, MEDIA_PREFIX + name, local=local)
                    except FileNotFoundError:
                        continue  # deleted since it was listed (a letter once read): not part of this backup
                    files[name] = {"sha256": sha, "bytes": size}
                manifest = {
                    "format": FORMAT,
                    "version": VERSION,
                    "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "engine": vendor,
                    "database": {"member": member, "sha256": db_sha, "bytes": db_size},
                    "migrations": migrations,
                    "tables": counts,
                    "files": files,
                }
                data = json.dumps(manifest, indent=1, sort_keys=True).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                info.mtime = int(dt.datetime.now(dt.UTC).timestamp())
                info.mode = 0o600
                tar.addfile(info, io.BytesIO(data))
                raw_out.flush()
                os.fsync(raw_out.fileno())
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    partial.replace(output)
    return Outcome(
        archive=output,
        engine=vendor,
        tables=len(counts),
        rows=sum(counts.values()),
        files=len(files),
        file_bytes=sum(f["bytes"] for f in files.values()),
    )


# Restore ----------------------------------------------------------------------------------------


def read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = tar.getmember(MANIFEST)
    except KeyError:
        raise BackupError("This file is not an Oversight backup: it has no manifest.") from None
    handle = tar.extractfile(member)
    if handle is None:
        raise BackupError("The backup's manifest is not a regular file.")
    try:
        manifest: dict[str, Any] = json.loads(handle.read())
    except ValueError:
        raise BackupError("The backup's manifest is not valid JSON.") from None
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BackupError(
            f"Unknown backup format {manifest.get('format')!r} version {manifest.get('version')!r} "
            f"(this Oversight reads {FORMAT} version {VERSION})."
        )
    return manifest


def _known_migrations() -> set[str]:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {f"{app}.{name}" for app, name in loader.disk_migrations}


def _target_tables() -> list[str]:
    with connection.cursor() as cursor:
        return sorted(connection.introspection.table_names(cursor))


def _target_is_empty() -> tuple[bool, bool]:
    """(database holds no data, upload storage holds no files)."""
    data_tables = [t for t in _target_tables() if t not in SCHEMA_TABLES]
    with connection.cursor() as cursor:
        db_empty = True
        for table in data_tables:
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")
            if cursor.fetchone():
                db_empty = False
                break
    media_empty = next(_media_files(), None) is None
    return db_empty, media_empty


def _drop_all_tables() -> None:
    tables = _target_tables()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for table in tables:
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")
            for table in tables:
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)}")
            cursor.execute("PRAGMA foreign_keys = ON")


def _clear_media() -> None:
    """Remove every uploaded file (``restore --force``)."""
    if storage.on_local_disk():
        root = _media_root()
        if root.is_dir():
            for child in root.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        return
    for name in list(storage.walk()):
        storage.discard(name)


def _archive_file(tar: tarfile.TarFile, name: str) -> tuple[tarfile.TarInfo, IO[bytes]]:
    """The archive member ``name`` and its contents; a missing or irregular member is refused."""
    try:
        member = tar.getmember(name)
    except KeyError:
        raise BackupError(f"The backup is incomplete: {name} is missing.") from None
    if not member.isreg():
        raise BackupError(f"The backup is damaged: {name} is not a regular file.")
    source = tar.extractfile(member)
    assert source is not None  # a regular member always has a file object
    return member, source


def _extract_checked(tar: tarfile.TarFile, name: str, expected_sha: str, target: Path) -> int:
    member, source = _archive_file(tar, name)
    sha = hashlib.sha256()
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as out:
        while chunk := source.read(CHUNK):
            sha.update(chunk)
            out.write(chunk)
    if sha.hexdigest() != expected_sha:
        partial.unlink()
        raise BackupError(f"The backup is damaged: {name} does not match its checksum in the manifest.")
    partial.replace(target)
    return member.size


def _media_name(relative: str) -> str:
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts or "." in relative.split("/") or not pure.parts:
        raise BackupError(f"The backup names a file outside the upload storage ({relative!r}); refusing it.")
    return pure.as_posix()


def _restore_stored(tar: tarfile.TarFile, arcname: str, expected_sha: str, name: str) -> int:
    """Store the archive member ``arcname`` as ``name`` once its checksum is right; returns its size."""
    member, source = _archive_file(tar, arcname)
    with storage.spooled(iter(lambda: source.read(CHUNK), b""), name=name) as spool:
        if spool.sha256 != expected_sha:
            raise BackupError(f"The backup is damaged: {arcname} does not match its checksum in the manifest.")
        storage.store(spool, name)
    return member.size


def _restore_sqlite_into_sqlite(dump: Path) -> None:
    connection.close()
    connection.ensure_connection()
    source = sqlite3.connect(dump)
    try:
        source.backup(connection.connection)
    finally:
        source.close()
    connection.close()


def _restore_pg_into_pg(dump: Path) -> None:
    _drop_all_tables()
    connection.close()
    _run(
        [
            _pg_tool("pg_restore"),
            "--no-owner",
            "--no-acl",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            str(connection.settings_dict["NAME"]),
            str(dump),
        ],
        _pg_env(),
    )


def _restore_sqlite_into_pg(dump: Path, manifest: dict[str, Any]) -> None:
    missing = set(manifest["migrations"]) ^ _known_migrations()
    if missing:
        raise BackupError(
            "Moving a SQLite backup into PostgreSQL needs the same Oversight version that made it "
            f"({len(missing)} migration(s) differ): restore it into SQLite with that version, upgrade, back up again."
        )
    _drop_all_tables()
    call_command("migrate", interactive=False, verbosity=0)
    source = sqlite3.connect(dump)
    try:
        tables = list(manifest["tables"])
        targets = set(_target_tables())
        strays = [t for t in tables if t not in targets]
        if strays:
            raise BackupError(f"The backup has tables this version does not: {', '.join(strays[:5])}.")
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute(f"TRUNCATE {', '.join(_quote(t) for t in sorted(targets))} CASCADE")
            for table in tables:
                columns = [row[1] for row in source.execute(f"PRAGMA table_info({_quote(table)})")]
                rows = source.execute(f"SELECT {', '.join(_quote(c) for c in columns)} FROM {_quote(table)}")
                statement = f"COPY {_quote(table)} ({', '.join(_quote(c) for c in columns)}) FROM STDIN"
                with cursor.cursor.copy(statement) as copy:
                    for row in rows:
                        copy.write_row(row)
            models = apps.get_models(include_auto_created=True)
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
    finally:
        source.close()


def _count_rows() -> dict[str, int]:
    counts = {}
    with connection.cursor() as cursor:
        for table in _target_tables():
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def restore_archive(*, archive: Path, force: bool = False) -> Outcome:
    """Restore ``archive`` into this installation's (empty) database and upload storage."""
    if not archive.is_file():
        raise BackupError(f"No backup at {archive}.")
    vendor = connection.vendor
    where_files = storage.describe()
    with tarfile.open(archive, mode="r:") as tar:
        manifest = read_manifest(tar)
        engine = manifest["engine"]
        if engine == "postgresql" and vendor != "postgresql":
            raise BackupError(
                "A PostgreSQL backup restores only into PostgreSQL (set DATABASE_URL to a postgres:// URL)."
            )
        unknown = set(manifest["migrations"]) - _known_migrations()
        if unknown:
            raise BackupError(
                f"The backup was made by a newer Oversight ({len(unknown)} migration(s) unknown here, "
                f"e.g. {sorted(unknown)[0]}): upgrade this installation first."
            )
        db_empty, media_empty = _target_is_empty()
        if not (db_empty and media_empty) and not force:
            where = " and ".join(
                w for w, empty in (("the database", db_empty), (where_files, media_empty)) if not empty
            )
            verb = "hold" if not (db_empty or media_empty) else "holds"
            raise BackupError(
                f"Refusing to restore: {where} already {verb} data. Restore into an empty database and upload "
                "storage, or pass --force to replace what is there."
            )
        with tempfile.TemporaryDirectory(prefix="oversight-restore-") as work:
            database = manifest["database"]
            dump = Path(work) / database["member"]
            _extract_checked(tar, database["member"], database["sha256"], dump)
            if force:
                _clear_media()
            if engine == "sqlite" and vendor == "sqlite":
                _drop_all_tables()
                _restore_sqlite_into_sqlite(dump)
            elif engine == "sqlite":
                _restore_sqlite_into_pg(dump, manifest)
            else:
                _restore_pg_into_pg(dump)
        file_bytes = 0
        for relative, meta in sorted(manifest["files"].items()):
            name = _media_name(relative)
            file_bytes += _restore_stored(tar, MEDIA_PREFIX + relative, meta["sha256"], name)
    counts = _count_rows()
    wrong = {t: (n, counts.get(t)) for t, n in manifest["tables"].items() if counts.get(t) != n}
    if wrong:
        details = ", ".join(f"{t}: {got} rows, expected {n}" for t, (n, got) in sorted(wrong.items())[:5])
        raise BackupError(f"The restored database does not match the backup's manifest ({details}).")
    from oversight.ops.health import reset_migration_cache

    reset_migration_cache()
    return Outcome(
        archive=archive,
        engine=f"{engine} into {vendor}",
        tables=len(manifest["tables"]),
        rows=sum(manifest["tables"].values()),
        files=len(manifest["files"]),
        file_bytes=file_bytes,
    )
