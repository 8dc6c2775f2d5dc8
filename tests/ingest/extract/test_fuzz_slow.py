"""A short run of scripts/fuzz_extractors.py (marked slow): no exception but ExtractionError."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "fuzz_extractors.py"


@pytest.mark.slow
def test_fuzz_for_ten_seconds() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--seconds", "10", "--seed", "7"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok" in result.stdout
