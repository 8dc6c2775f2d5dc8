"""Run a function over many items in forked worker processes, yielding the results in input order.

``oversight_ingest ingest --jobs N`` reads files this way. Where the platform can fork, the workers
are forked from the calling process once it has loaded everything (the analysers, their compiled
patterns, the catalogue), so a worker starts at once with nothing to import or unpickle; only item
numbers go to a worker and only results come back, over a pair of pipes per worker. This costs the
command far less than :mod:`concurrent.futures` (whose import alone pulls in logging, sockets and
the multiprocessing machinery) and its management thread.

Items are dealt in small chunks, two outstanding per worker, so a worker never waits for its next
chunk and no worker is left with a long tail at the end. Results are yielded as soon as every
earlier one has arrived. A worker that dies leaves its outstanding items to the calling process,
which runs them itself (an exception they raise is raised there, as in a serial run).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import select
import struct
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

__all__ = ["can_fork", "map_in_order"]

T = TypeVar("T")
R = TypeVar("R")

_HEADER = struct.Struct("!I")
_OUTSTANDING = 2  # chunks dealt to a worker at a time


def can_fork() -> bool:
    """Whether this platform can fork (not Windows)."""
    return hasattr(os, "fork")


@dataclass
class _Worker:
    pid: int
    tasks: int  # the parent's end of the pipe that carries item numbers to the worker
    results: int  # the parent's end of the pipe that carries results back
    chunks: deque[list[int]] = field(default_factory=deque)  # dealt, not yet answered
    alive: bool = True


def _write_frame(fd: int, payload: bytes) -> None:
    data = memoryview(_HEADER.pack(len(payload)) + payload)
    while data:
        data = data[os.write(fd, data) :]


def _read_exact(fd: int, size: int) -> bytes | None:
    """``size`` bytes from ``fd``, or None at end of file."""
    parts: list[bytes] = []
    while size:
        part = os.read(fd, size)
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _read_frame(fd: int) -> bytes | None:
    header = _read_exact(fd, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    return _read_exact(fd, size) if size else b""


def _serve(func: Callable[[T], R], items: Sequence[T], tasks: int, results: int) -> None:
    """A worker's loop: read a chunk of item numbers, answer with their results; an empty chunk ends it."""
    while True:
        frame = _read_frame(tasks)
        if not frame:
            return
        numbers = list(struct.unpack(f"!{len(frame) // 4}I", frame))
        answer = [(n, func(items[n])) for n in numbers]
        _write_frame(results, marshal.dumps(answer))


def _start(func: Callable[[T], R], items: Sequence[T], others: list[_Worker]) -> _Worker:
    task_r, task_w = os.pipe()
    result_r, result_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: never returns, and never runs the parent's exit handlers or flushes its buffers
        status = 0
        try:
            os.close(task_w)
            os.close(result_r)
            for other in others:  # so each pipe has one writer and a dead parent is seen as end of file
                os.close(other.tasks)
                os.close(other.results)
            _serve(func, items, task_r, result_w)
        except BaseException:  # the parent sees the pipe close and runs the chunk itself
            status = 1
        finally:
            os._exit(status)
    os.close(task_r)
    os.close(result_w)
    return _Worker(pid, task_w, result_r)


def map_in_order(func: Callable[[T], R], items: Sequence[T], jobs: int, *, chunk: int = 4) -> Iterator[R]:
    """``func(item)`` for every item, computed in ``jobs`` forked processes, yielded in the order of ``items``.

    Needs :func:`can_fork`. ``func`` and ``items`` reach the workers by forking, not by pickling. Results
    come back with :mod:`marshal` (the same interpreter at both ends, and nothing to import), so they must be
    plain values: strings, numbers, booleans, None, and tuples, lists and dicts of them. Closing the iterator
    early stops the workers."""
    if not items:
        return
    pending = deque(list(range(start, min(start + chunk, len(items)))) for start in range(0, len(items), chunk))
    workers: list[_Worker] = []
    done: dict[int, R] = {}
    following = 0
    try:
        for _ in range(jobs):
            workers.append(_start(func, items, workers))
        for worker in workers:
            _deal(worker, pending)
        while following < len(items):
            while following in done:
                yield done.pop(following)
                following += 1
            if following >= len(items):
                break
            busy = {w.results: w for w in workers if w.alive and w.chunks}
            if not busy:  # every worker has died: the rest is read here
                for numbers in pending:
                    done.update((n, func(items[n])) for n in numbers)
                pending.clear()
                continue
            ready, _, _ = select.select(list(busy), [], [])
            for fd in ready:
                _collect(busy[fd], func, items, pending, done)
    finally:
        _stop(workers)


def _deal(worker: _Worker, pending: deque[list[int]]) -> None:
    while worker.alive and pending and len(worker.chunks) < _OUTSTANDING:
        numbers = pending.popleft()
        worker.chunks.append(numbers)
        try:
            _write_frame(worker.tasks, struct.pack(f"!{len(numbers)}I", *numbers))
        except OSError:  # the worker has gone: _collect finds its pipe closed
            return


def _collect(
    worker: _Worker, func: Callable[[T], R], items: Sequence[T], pending: deque[list[int]], done: dict[int, R]
) -> None:
    frame = _read_frame(worker.results)
    if frame is None:  # the worker died: read what it was given here
        worker.alive = False
        while worker.chunks:
            done.update((n, func(items[n])) for n in worker.chunks.popleft())
        return
    worker.chunks.popleft()
    done.update(marshal.loads(frame))  # noqa: S302 - written by our own forked child, over our own pipe
    _deal(worker, pending)


def _stop(workers: list[_Worker]) -> None:
    for worker in workers:
        if worker.alive:
            with contextlib.suppress(OSError):
                _write_frame(worker.tasks, b"")  # an empty chunk: finish
        os.close(worker.tasks)
        os.close(worker.results)  # a worker still writing gets a broken pipe and ends
    for worker in workers:
        os.waitpid(worker.pid, 0)
