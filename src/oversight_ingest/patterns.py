"""Regular expressions compiled once per installation rather than once per run.

The reader keeps its knowledge in a few hundred regular expressions, and Python compiles each one from its source
text every time a process starts: more than half of the package's import time, paid again by every
``oversight_ingest ingest`` run before it reads a letter. :func:`compile` is :func:`re.compile` with a cache on disk
beside the bytecode cache: the first run stores each pattern's compiled program, and later runs hand it straight
to the regular expression engine, which checks it before use. A pattern whose text or flags change is simply not
found in the cache and is compiled afresh; a cache written by another Python version is ignored, and so is one
that cannot be read. Like bytecode, the cache is not written when ``PYTHONDONTWRITEBYTECODE`` is set or the
folder is read-only, and a run without it behaves exactly as one with it, only slower to start.

The compiled program is what :mod:`re`'s own compiler builds (its parser and code generator, which CPython has
shipped under ``re._parser`` and ``re._compiler`` since 3.11); where they are missing, :func:`compile` is
:func:`re.compile`.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["cache_path", "compile"]

_Key = tuple[str, int]
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

try:  # the engine and the compiler behind re.compile; without them this module is re.compile itself
    _sre: Any = importlib.import_module("_sre")
    _parse: Any = importlib.import_module("re._parser").parse
    _code: Any = importlib.import_module("re._compiler")._code
    _VERSION: tuple[object, ...] = (sys.hexversion, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError):  # pragma: no cover - another Python's internals
    _sre = None
    _VERSION = ()

_MAX_ENTRIES = 4000  # past this many (patterns edited over time), the next save keeps only this run's


def cache_path() -> Path | None:
    """Where the cache lives: beside this module's own bytecode (under ``PYTHONPYCACHEPREFIX`` when that is set)."""
    if not _VERSION:
        return None
    from importlib.util import cache_from_source

    try:
        return Path(cache_from_source(__file__)).with_suffix(".re")
    except (NotImplementedError, ValueError):  # pragma: no cover - an interpreter without bytecode caching
        return None


class _Cache:
    """The compiled programs of one process: loaded on first use, saved at exit by the process that loaded them
    (a forked worker's compiles die with it) when it compiled something new."""

    def __init__(self) -> None:
        self.entries: dict[_Key, _Entry] | None = None
        self.used: set[_Key] = set()
        self.added = False
        self.owner = 0

    def load(self) -> dict[_Key, _Entry]:
        if self.entries is not None:
            return self.entries
        self.entries = {}
        self.owner = os.getpid()
        atexit.register(self.save)
        path = cache_path()
        if path is None:
            return self.entries
        try:
            # our own file beside the bytecode, trusted as that is; the engine checks each program before use
            version, entries = marshal.loads(path.read_bytes())  # noqa: S302
        except (OSError, EOFError, ValueError, TypeError):
            return self.entries
        if version == _VERSION and isinstance(entries, dict):
            self.entries = entries
        return self.entries

    def get(self, key: _Key) -> re.Pattern[str]:
        entry = self.load().get(key)
        if entry is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(key[0], *entry)
            except (RuntimeError, TypeError, ValueError):  # a damaged entry: the engine refused its program
                pass
            else:
                self.used.add(key)
                return compiled
        entry = _program(*key)
        self.load()[key] = entry
        self.used.add(key)
        self.added = True
        return _sre.compile(key[0], *entry)  # type: ignore[no-any-return]

    def save(self) -> None:
        """Write the cache atomically, so a reader never sees half a file; silently not where bytecode is not
        written or the folder cannot be written."""
        if not self.added or self.entries is None or os.getpid() != self.owner or sys.dont_write_bytecode:
            return
        path = cache_path()
        if path is None:
            return
        entries = self.entries
        if len(entries) > _MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used}
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps((_VERSION, entries)))  # type: ignore[arg-type]
            temporary.replace(path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temporary.unlink()


_CACHE = _Cache()


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """:func:`re.compile`, from the cache on disk when this pattern was compiled by an earlier run."""
    if _sre is None:
        return re.compile(pattern, flags)
    return _CACHE.get((pattern, int(flags)))


def _program(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands the engine for ``pattern``, in a form :mod:`marshal` can store."""
    parsed = _parse(pattern, flags)
    code = [int(op) for op in _code(parsed, flags)]  # opcodes are named int subclasses: plain ints store
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
