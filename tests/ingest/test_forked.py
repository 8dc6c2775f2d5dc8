"""Forked workers: results in input order, whatever the chunking; a dying worker's items are read by the caller."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from oversight_ingest import forked
from oversight_ingest.cli import default_catalogue, run_ingest
from oversight_ingest.forked import can_fork, map_in_order

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork")


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


@pytest.mark.parametrize(("count", "jobs", "chunk"), [(1, 2, 4), (7, 2, 1), (50, 3, 4), (101, 2, 8), (9, 5, 2)])
def test_results_come_in_input_order_from_the_workers(count: int, jobs: int, chunk: int) -> None:
    out = list(map_in_order(_square_and_pid, range(count), jobs, chunk=chunk))
    assert [square for square, _ in out] == [n * n for n in range(count)]
    assert os.getpid() not in {pid for _, pid in out}  # every item was read in a worker


def test_nothing_to_read_starts_no_worker() -> None:
    assert list(map_in_order(_square_and_pid, [], 2)) == []


def test_every_worker_takes_a_share() -> None:
    out = list(map_in_order(_square_and_pid, range(200), 2, chunk=1))
    assert len({pid for _, pid in out}) == 2


def test_plain_values_come_back_whole() -> None:
    def describe(n: int) -> tuple[str, bool, str | None, str]:
        return f"file-{n}.txt", n % 3 != 0, None if n % 3 else f"failed [{n}]", "é… “quoted”\n" * (n * 500)

    out = list(map_in_order(describe, list(range(12)), 2, chunk=3))  # results larger than a pipe's buffer
    assert out == [describe(n) for n in range(12)]


def test_a_worker_that_dies_leaves_its_items_to_the_caller() -> None:
    parent = os.getpid()

    def fragile(n: int) -> int:
        if n == 13 and os.getpid() != parent:
            os._exit(3)  # the worker process dies mid-chunk
        return n + 1

    assert list(map_in_order(fragile, range(40), 2, chunk=2)) == [n + 1 for n in range(40)]


def test_when_every_worker_dies_the_caller_reads_the_rest() -> None:
    parent = os.getpid()

    def doomed(n: int) -> int:
        if os.getpid() != parent:
            os._exit(3)
        return -n

    assert list(map_in_order(doomed, range(10), 3, chunk=1)) == [-n for n in range(10)]


def test_an_error_is_raised_in_the_caller_as_in_a_serial_run() -> None:
    def failing(n: int) -> int:
        if n == 5:
            raise ValueError("item five")
        return n

    with pytest.raises(ValueError, match="item five"):
        list(map_in_order(failing, range(12), 2, chunk=2))


def test_stopping_early_ends_the_workers() -> None:
    results = map_in_order(_square_and_pid, range(1000), 2, chunk=1)
    assert next(results)[0] == 0
    pids = {next(results)[1] for _ in range(20)}
    results.close()  # the workers are told to stop, their pipes closed and the processes reaped
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_without_fork_the_command_reads_in_spawned_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where there is no fork (Windows), ``--jobs`` falls back to a process pool that starts afresh."""
    corpus = Path(__file__).resolve().parent / "corpus" / "letters"
    files = sorted(str(p) for p in corpus.glob("*.txt"))[:8]
    catalogue = default_catalogue()
    serial = io.StringIO()
    assert run_ingest(["--json", "--jobs", "1", *files], catalogue=catalogue, stdout=serial, stderr=io.StringIO()) == 0
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    spawned = io.StringIO()
    assert run_ingest(["--json", "--jobs", "2", *files], catalogue=catalogue, stdout=spawned, stderr=io.StringIO()) == 0
    assert [json.loads(line)["file"] for line in spawned.getvalue().splitlines()] == files
    assert spawned.getvalue() == serial.getvalue()
