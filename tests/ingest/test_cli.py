"""The command line: summaries, JSON Lines valid against the schema, --report, exit codes, bad files."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.cli import main, run_ingest
from oversight_ingest.packs import load_pack

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
PACKS = REPO / "src" / "oversight" / "reports" / "packs"
SCHEMA = json.loads((REPO / "src" / "oversight_ingest" / "schemas" / "ingest-result-v1.schema.json").read_text())

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed letters not available")

LETTER = (
    "Office of the Police and Crime Commissioner for Dorset\n\n2 June 2025\n\nDear Chief Inspector,\n\n"
    "Response to the HMICFRS report: Improving the response to organised immigration crime\n\n"
    "Recommendation 2\n\nBy 30 April 2026, chief constables should make sure that every time a member of their force "
    "reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes "
    "and submits the required intelligence document.\n\nI agree. Dorset Police has completed this work.\n\n"
    "Yours sincerely,\n\nDavid Sidwick\n\nPolice and Crime Commissioner for Dorset\n"
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])


def _run(argv: list[str], catalogue: Catalogue) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run_ingest(argv, catalogue=catalogue, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def _jsonl(text: str) -> list[dict[str, Any]]:
    docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    validator = Draft202012Validator(SCHEMA)
    for doc in docs:
        validator.validate(doc)
    return docs


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "dorset.txt"
    path.write_text(LETTER, "utf-8")
    return path


def test_summary(letter: Path, catalogue: Catalogue) -> None:
    status, out, err = _run([str(letter)], catalogue)
    assert status == 0, err
    assert "Organisation: Dorset Police and Crime Commissioner" in out
    assert "Force: Dorset Police" in out
    assert "Author: David Sidwick, Police and Crime Commissioner for Dorset" in out
    assert "Date: 2025-06-02" in out
    assert "[oic-2025]" in out
    assert "recommendation 2" in out
    assert "Unanswered:" in out
    assert "Flags:" in out


def test_json_lines_validate_and_bad_files_do_not_stop_the_run(
    tmp_path: Path, letter: Path, catalogue: Catalogue
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4 garbage")
    missing = tmp_path / "missing.docx"
    status, out, err = _run(["--json", str(empty), str(letter), str(corrupt), str(missing)], catalogue)
    assert status == 1
    docs = _jsonl(out)
    assert [d["file"] for d in docs] == [str(empty), str(letter), str(corrupt), str(missing)]
    assert [d["ok"] for d in docs] == [False, True, False, False]
    assert docs[0]["error_code"] == "empty"
    assert docs[3]["error_code"] == "not_found"
    assert all(d["error"] for d in docs if not d["ok"])
    assert str(corrupt) in err
    assert str(missing) in err
    assert docs[1]["organisation"]["force"] == "Dorset Police"


@needs_seeds
def test_json_for_every_seed_validates(catalogue: Catalogue) -> None:
    files = sorted(str(p) for p in SEEDS.iterdir() if p.suffix in {".txt", ".docx", ".pdf", ".html"})
    status, out, _ = _run(["--json", *files], catalogue)
    assert status == 0
    docs = _jsonl(out)
    assert len(docs) == len(files)
    assert all(d["report"]["matched"] for d in docs)


def test_report_by_pack_path(letter: Path) -> None:
    empty = Catalogue.default()
    status, out, _ = _run(["--json", "--report", str(PACKS / "oic-2025.json"), str(letter)], empty)
    assert status == 0
    (doc,) = _jsonl(out)
    assert doc["report"]["key"] == "oic-2025"
    assert doc["report"]["matched"]
    assert "report_not_registered" not in doc["flags"]
    assert any(item["recommendation"] == "2" for item in doc["items"])


def test_report_by_key_and_title(letter: Path, catalogue: Catalogue) -> None:
    for value in ("oic-2025", "Improving the response to organised immigration crime"):
        status, out, _ = _run(["--json", "--report", value, str(letter)], catalogue)
        assert status == 0
        assert _jsonl(out)[0]["report"]["key"] == "oic-2025"


def test_unknown_report_is_a_usage_error(letter: Path, catalogue: Catalogue, tmp_path: Path) -> None:
    status, out, err = _run(["--report", "no-such-report", str(letter)], catalogue)
    assert status == 2
    assert out == ""
    assert "neither a report pack file nor a registered report" in err
    bad_pack = tmp_path / "bad.json"
    bad_pack.write_text("{}", "utf-8")
    status, _, err = _run(["--report", str(bad_pack), str(letter)], catalogue)
    assert status == 2
    assert "not valid" in err


def test_usage_errors(catalogue: Catalogue) -> None:
    status, _, err = _run([], catalogue)
    assert status == 2
    assert "usage" in err
    status, _, err = _run(["--bogus", "x.txt"], catalogue)
    assert status == 2
    status, out, _ = _run(["--help"], catalogue)
    assert status == 0
    assert "--report" in out


def test_main_dispatch() -> None:
    assert main(["unknown-command"]) == 2
    assert main([]) == 2


def test_module_entry_point(letter: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "oversight_ingest", "ingest", "--json", str(letter)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    (doc,) = _jsonl(proc.stdout)
    assert doc["report"]["key"] == "oic-2025"  # the shipped packs are the default catalogue


def test_extract_report_delegates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract-report", "--help"]) == 0
    assert "usage" in capsys.readouterr().out.lower()
