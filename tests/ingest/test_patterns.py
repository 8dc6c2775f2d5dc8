"""The pattern cache: what it gives back behaves as re.compile's, whether compiled now or read from the disk; a
damaged or foreign cache is ignored; it is written only by the process that loaded it and only where bytecode is."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from oversight_ingest import patterns

PATTERNS = [
    (r"(?P<num>\d+)\s+of\s+(?P<den>\d+)", 0),
    (r"\bsince\s+(?:early\s+)?(?P<month>January|March)\b", re.IGNORECASE),
    (r"(?i:accept)ed\b|(?P<x>a)(?(x)b|c)", 0),  # an inline flag and a conditional group
    (r"^\W*(?:complete|done)\W*$", re.IGNORECASE | re.MULTILINE),
]
TEXTS = ["7 of 12 teams", "Since March the form", "Accepted by the force", "ab ac", "Complete.", "\n done \n", ""]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache in its own file, as a new process would find it."""
    path = tmp_path / "pycache" / "patterns.re"
    monkeypatch.setattr(patterns, "cache_path", lambda: path)
    monkeypatch.setattr(patterns, "_CACHE", patterns._Cache())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_now_and_read_back_behave_as_re_compile(cache: Path, pattern: str, flags: int) -> None:
    _same(patterns.compile(pattern, flags), re.compile(pattern, flags))
    patterns._CACHE.save()
    assert cache.exists()
    fresh = patterns._Cache()
    patterns._CACHE = fresh
    _same(patterns.compile(pattern, flags), re.compile(pattern, flags))
    assert not fresh.added  # read from the disk, not compiled again


def test_a_damaged_entry_is_compiled_again(cache: Path) -> None:
    pattern = r"\bhas\s+(?P<verb>\w+ed)\b"
    patterns.compile(pattern)
    entries = patterns._CACHE.load()
    flags, _code, groups, groupindex, indexgroup = entries[(pattern, 0)]
    entries[(pattern, 0)] = (flags, [999, 1, 2], groups, groupindex, indexgroup)  # a program the engine refuses
    _same(patterns.compile(pattern), re.compile(pattern))


@pytest.mark.parametrize(
    "content",
    [b"not marshal at all", marshal.dumps(((0, "other-python", 0, 0), {("a", 0): (0, [], 0, {}, (None,))})), b""],
)
def test_a_cache_unreadable_or_from_another_python_is_ignored(cache: Path, content: bytes) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_bytes(content)
    _same(patterns.compile(r"a(?P<b>b)?"), re.compile(r"a(?P<b>b)?"))
    assert patterns._CACHE.added


def test_nothing_is_written_where_bytecode_is_not(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patterns.compile(r"x+y")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    patterns._CACHE.save()
    assert not cache.exists()


def test_a_forked_worker_does_not_write(cache: Path) -> None:
    patterns.compile(r"worker\s+only")
    patterns._CACHE.owner = os.getpid() + 1  # as in a child of the process that loaded the cache
    patterns._CACHE.save()
    assert not cache.exists()


def test_a_folder_that_cannot_be_made_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "pycache"
    blocker.write_text("a file where the cache's folder would be", "utf-8")
    monkeypatch.setattr(patterns, "cache_path", lambda: blocker / "patterns.re")
    monkeypatch.setattr(patterns, "_CACHE", patterns._Cache())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    _same(patterns.compile(r"read\s+only"), re.compile(r"read\s+only"))
    patterns._CACHE.save()  # no exception, and nothing left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pycache"]
    assert blocker.read_text("utf-8").startswith("a file")


def test_a_second_run_reads_its_patterns_from_the_cache_and_reads_letters_the_same(tmp_path: Path) -> None:
    """Two real runs of the command over the same letter, with the bytecode (and so the pattern cache) in a
    folder of their own: the first writes the cache, the second finds every pattern there and prints the same."""
    letter = tmp_path / "letter.txt"
    letter.write_text(
        "Dear Chief Inspector,\n\nI accept recommendation 2. Since March every referral is followed by the "
        "intelligence document.\n\nYours sincerely,\nA. Person\nPolice and Crime Commissioner\n",
        "utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "prefix")
    probe = "import oversight_ingest.patterns as p, sys; print(p.cache_path())"
    where = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    path = Path(where.stdout.strip())
    assert path.is_relative_to(tmp_path / "prefix")
    command = [sys.executable, "-m", "oversight_ingest", "ingest", "--json", str(letter)]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert path.exists()
    stamp = path.stat().st_mtime_ns
    second = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert path.stat().st_mtime_ns == stamp  # nothing new to compile: not written again
    assert first.stdout == second.stdout
    assert first.stderr == second.stderr == ""


def test_without_the_compiler_internals_it_is_re_compile(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "_sre", None)
    assert patterns.compile(r"plain\s+(re)", re.IGNORECASE) is re.compile(r"plain\s+(re)", re.IGNORECASE)
    assert patterns._CACHE.entries is None  # no cache was even opened
