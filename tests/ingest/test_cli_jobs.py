"""Reading many letters: --jobs keeps the input order, --force-report, and the snapshot fast path of ``oversight``."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pytest

from oversight import cli as oversight_cli
from oversight_ingest.catalogue import Catalogue
from oversight_ingest.cli import run_ingest
from oversight_ingest.packs import load_pack
from oversight_ingest.snapshot import read_snapshot, write_snapshot

REPO = Path(__file__).resolve().parents[2]
PACKS = REPO / "src" / "oversight" / "reports" / "packs"
CORPUS = REPO / "tests" / "ingest" / "corpus" / "letters"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])


def _run(argv: list[str], catalogue: Catalogue) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run_ingest(argv, catalogue=catalogue, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_jobs_keep_the_input_order_and_the_results(catalogue: Catalogue, tmp_path: Path) -> None:
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))[:12]
    missing = str(tmp_path / "missing.txt")
    files.insert(5, missing)
    serial = _run(["--json", "--jobs", "1", *files], catalogue)
    parallel = _run(["--json", "--jobs", "2", *files], catalogue)
    assert serial[0] == parallel[0] == 1  # the missing file fails, the others are still read
    assert [json.loads(line)["file"] for line in parallel[1].splitlines()] == files
    assert parallel[1] == serial[1]
    assert missing in parallel[2]


def test_jobs_must_be_positive(catalogue: Catalogue) -> None:
    status, _, err = _run(["--jobs", "0", str(CORPUS / "other-01.txt")], catalogue)
    assert status == 2
    assert "--jobs" in err


def test_force_report_aligns_a_letter_about_another_report(catalogue: Catalogue) -> None:
    letter = str(CORPUS / "other-01.txt")
    _, plain, _ = _run(["--json", "--report", "oic-2025", letter], catalogue)
    refused = json.loads(plain)
    assert refused["report"]["matched"] is False
    assert "report_mismatch" in refused["flags"]
    assert refused["items"] == []
    _, forced_out, _ = _run(["--json", "--report", "oic-2025", "--force-report", letter], catalogue)
    forced = json.loads(forced_out)
    assert forced["report"]["key"] == "oic-2025"
    assert forced["report"]["confidence"] < 0.5


def test_snapshot_round_trip(catalogue: Catalogue, tmp_path: Path) -> None:
    path = tmp_path / "cache" / "catalogue.json"
    write_snapshot(catalogue, path)
    again = read_snapshot(path)
    assert again is not None
    assert [p.key for p in again.reports] == [p.key for p in catalogue.reports]
    assert again.reports[0].findings == catalogue.reports[0].findings
    path.write_text("{not json", "utf-8")
    assert read_snapshot(path) is None
    assert read_snapshot(tmp_path / "none.json") is None


def test_oversight_ingest_uses_a_fresh_snapshot_only(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OVERSIGHT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("DJANGO_SETTINGS_MODULE", raising=False)
    database = tmp_path / "oversight.sqlite3"
    database.write_bytes(b"")
    assert oversight_cli._fresh_snapshot() is None  # no snapshot yet: Django builds the catalogue
    write_snapshot(catalogue, oversight_cli.snapshot_path())
    past = time.time() - 60
    os.utime(database, (past, past))
    assert oversight_cli._fresh_snapshot() == oversight_cli.snapshot_path()
    database.touch()  # the database changed after the snapshot was taken
    os.utime(oversight_cli.snapshot_path(), (past, past))
    assert oversight_cli._fresh_snapshot() is None
    monkeypatch.setenv("DATABASE_URL", "postgres://db/oversight")
    assert oversight_cli._fresh_snapshot() is None  # a server database: only Django can tell


def test_oversight_ingest_fast_path_reads_without_django(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OVERSIGHT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("DJANGO_SETTINGS_MODULE", raising=False)
    database = tmp_path / "oversight.sqlite3"
    database.write_bytes(b"")
    past = time.time() - 60
    os.utime(database, (past, past))
    write_snapshot(catalogue, oversight_cli.snapshot_path())
    letter = str(CORPUS / "labels-01.txt")
    assert oversight_cli._ingest_without_django(["--json", letter]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["report"]["key"] == "oic-2025"
    assert oversight_cli._ingest_without_django(["--save", "--user", "x", letter]) is None  # writes need Django
