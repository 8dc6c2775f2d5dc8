"""Uploaded files, through Django's storage API: a folder under ``MEDIA_ROOT`` by default, or an
S3-compatible bucket with ``OVERSIGHT_STORAGE=s3`` (docs/storage.md, ADR 15).

Every upload is first *spooled*: streamed to a private temporary file while its size is counted
(and refused past the limit), its digest taken and its first bytes kept for sniffing. Only an
accepted file is handed to the storage, under a name the caller generated, and if that fails
nothing is left: no object, no temporary file. On the default folder storage the temporary file
sits in the destination folder, so accepting it is a rename, as before.

Consumers that need a path on the local disk (the ingestion package, openpyxl) get a temporary
copy with :func:`local_copy`, removed when they are done.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, Storage, default_storage

CHUNK = 1024 * 1024
SPOOL_PREFIX = ".spool-"
SPOOL_SUFFIX = ".part"


def upload_storage() -> Storage:
    """The storage uploads go to (``STORAGES["default"]``)."""
    return default_storage


def on_local_disk() -> bool:
    """Whether the storage is a folder on this machine (the default), not a bucket."""
    return isinstance(upload_storage(), FileSystemStorage)


def describe() -> str:
    """Where uploads go, for messages to the person running a command (never shown on a page)."""
    storage = upload_storage()
    if isinstance(storage, FileSystemStorage):
        return f"the upload folder ({storage.location})"
    bucket = getattr(storage, "bucket_name", "") or "?"
    prefix = getattr(storage, "location", "")
    return f"the upload bucket ({bucket}{'/' + prefix if prefix else ''})"


def is_spool_file(name: str) -> bool:
    """A temporary file of an upload still being received: not an upload (yet)."""
    base = PurePosixPath(name).name
    return base.startswith(SPOOL_PREFIX) and base.endswith(SPOOL_SUFFIX)


@dataclass(frozen=True, slots=True)
class Spooled:
    """An upload received whole into a temporary file, not yet stored."""

    path: Path
    size: int
    sha256: str
    head: bytes


def _spool_folder(name: str) -> str | None:
    """Where to receive a file that will be stored as ``name``: beside it on the default folder
    storage (so storing it is a rename on the same disk), else the upload temporary folder."""
    storage = upload_storage()
    if isinstance(storage, FileSystemStorage):
        folder = Path(storage.path(str(PurePosixPath(name).parent)))
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)
    return settings.FILE_UPLOAD_TEMP_DIR or None


@contextmanager
def spooled(
    chunks: Iterable[bytes],
    *,
    name: str,
    max_bytes: int | None = None,
    too_large: Callable[[], Exception] | None = None,
    head_bytes: int = 0,
) -> Iterator[Spooled]:
    """Receive ``chunks`` into a private temporary file for an upload to be stored as ``name``.

    Past ``max_bytes`` the exception ``too_large()`` is raised at once (the rest is not read). The
    temporary file is removed when the block ends, whatever happens (after :func:`store` it has
    usually been moved into place already)."""
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115  # removed in the finally below
        prefix=SPOOL_PREFIX, suffix=SPOOL_SUFFIX, dir=_spool_folder(name), delete=False
    )
    path = Path(handle.name)
    try:
        digest = hashlib.sha256()
        size = 0
        head = b""
        with handle:
            for chunk in chunks:
                size += len(chunk)
                if max_bytes is not None and size > max_bytes:
                    raise (too_large() if too_large else ValueError(f"The file is larger than {max_bytes} bytes."))
                if len(head) < head_bytes:
                    head += chunk[: head_bytes - len(head)]
                digest.update(chunk)
                handle.write(chunk)
            handle.flush()
        yield Spooled(path, size, digest.hexdigest(), head)
    finally:
        path.unlink(missing_ok=True)


class _LocalFile(File):  # type: ignore[type-arg]  # django-stubs: File is generic over its content
    """A file on the local disk that the folder storage may move into place rather than copy."""

    def __init__(self, handle: IO[bytes], path: Path) -> None:
        super().__init__(handle, name=path.name)
        self._path = path

    def temporary_file_path(self) -> str:
        return str(self._path)


def store(spool: Spooled | Path, name: str) -> None:
    """Store a received file under exactly ``name``; on failure nothing is left under that name."""
    path = spool.path if isinstance(spool, Spooled) else spool
    storage = upload_storage()
    try:
        with path.open("rb") as handle:
            saved = storage.save(name, _LocalFile(handle, path))
    except BaseException:
        discard(name)
        raise
    if saved != name:  # the name was taken: generated names never are, so refuse rather than guess
        discard(saved)
        raise FileExistsError(f"An upload named {name!r} is already stored.")


def store_chunks(chunks: Iterable[bytes], name: str) -> str:
    """Receive and store ``chunks`` as ``name``; returns their SHA-256. Nothing is left on failure."""
    with spooled(chunks, name=name) as spool:
        store(spool, name)
    return spool.sha256


def store_bytes(data: bytes, name: str) -> None:
    """Store a small file as ``name``, replacing any file of that name."""
    discard(name)
    store_chunks([data], name)


def exists(name: str) -> bool:
    return upload_storage().exists(name)


def open_stored(name: str) -> File:  # type: ignore[type-arg]
    """The stored file ``name`` opened for reading; FileNotFoundError when it is missing."""
    return upload_storage().open(name, "rb")


def read_bytes(name: str) -> bytes:
    with open_stored(name) as handle:
        data: bytes = handle.read()
    return data


def discard(name: str, *, folder: bool = False) -> None:
    """Remove the stored file ``name`` if it is there (and, with ``folder``, its folder once empty)."""
    storage = upload_storage()
    with suppress(FileNotFoundError):
        storage.delete(name)
    if folder and isinstance(storage, FileSystemStorage):  # a bucket has no folders to remove
        parent = str(PurePosixPath(name).parent)
        if parent not in ("", "."):
            with suppress(OSError):
                Path(storage.path(parent)).rmdir()


def listdir(folder: str) -> tuple[list[str], list[str]]:
    """(folders, files) directly in ``folder`` of the storage; empty when there is no such folder."""
    try:
        folders, files = upload_storage().listdir(folder)
    except FileNotFoundError:
        return [], []
    return sorted(folders), sorted(files)


def walk(folder: str = "") -> Iterator[str]:
    """Every stored file's name under ``folder``, sorted, except files still being received."""
    folders, files = listdir(folder)
    for name in files:
        full = f"{folder}/{name}" if folder else name
        if not is_spool_file(full):
            yield full
    for sub in folders:
        yield from walk(f"{folder}/{sub}" if folder else sub)


@contextmanager
def local_copy(name: str, *, suffix: str = "") -> Iterator[Path]:
    """A temporary copy of the stored file ``name`` on the local disk, removed when the block ends.

    For readers that need a path (the ingestion package, openpyxl)."""
    fd, raw = tempfile.mkstemp(prefix="oversight-", suffix=suffix, dir=settings.FILE_UPLOAD_TEMP_DIR or None)
    path = Path(raw)
    try:
        with os.fdopen(fd, "wb") as out, open_stored(name) as source:
            while chunk := source.read(CHUNK):
                out.write(chunk)
        yield path
    finally:
        path.unlink(missing_ok=True)


def stored_name(value: str) -> str:
    """A storage name, also from the absolute path an earlier version queued for a task (its file
    then lies under ``MEDIA_ROOT``). ValueError for any other path."""
    if not Path(value).is_absolute():
        return value
    return Path(value).resolve().relative_to(Path(settings.MEDIA_ROOT).resolve()).as_posix()
