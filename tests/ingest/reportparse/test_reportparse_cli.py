"""The extract-report command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.ingest.reportparse.reportparse_samples import FORCE_REPORT, national_report

from oversight_ingest.packs import validate_pack
from oversight_ingest.reportparse.cli import main


def test_prints_a_valid_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "report.txt"
    source.write_text(national_report(), encoding="utf-8")
    assert main(["extract-report", str(source)]) == 0
    captured = capsys.readouterr()
    pack = validate_pack(json.loads(captured.out))
    assert len(pack.findings) == 10
    assert "recommendation 4: confidence" in captured.err
    assert "kind guessed" in captured.err


def test_writes_a_valid_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "force.txt"
    source.write_text(FORCE_REPORT, encoding="utf-8")
    out = tmp_path / "pack.json"
    code = main(
        ["extract-report", str(source), "--key", "wilts-missing", "--published", "2025-06-03", "--output", str(out)]
    )
    assert code == 0
    assert capsys.readouterr().out == ""
    pack = validate_pack(json.loads(out.read_text("utf-8")))
    assert pack.key == "wilts-missing"
    assert pack.kind == "peel"
    assert {f.kind for f in pack.findings} == {"cause_of_concern", "recommendation", "area_for_improvement"}


def test_no_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "letter.txt"
    source.write_text("Dear colleague\n\nForces should consider the guidance.\n", encoding="utf-8")
    assert main(["extract-report", str(source)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no recommendations, areas for improvement or causes of concern found" in captured.err


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract-report", str(tmp_path / "missing.pdf")]) == 1
    assert "cannot read the report" in capsys.readouterr().err
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    assert main(["extract-report", str(broken)]) == 1
    assert "cannot read the report" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["extract-report"],
        ["extract-report", "x.txt", "--published", "16/05/2025"],
        ["extract-report", "x", "--kind", "big"],
    ],
)
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err
