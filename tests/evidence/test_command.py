from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from oversight.evidence.models import EvidenceFile
from tests.evidence.test_evidence import PDF
from tests.obligations.world import make_world


@pytest.fixture
def world(db):
    return make_world()


def test_add_evidence_then_a_new_version(world, tmp_path, capsys):
    first = tmp_path / "audit.pdf"
    first.write_bytes(PDF)
    call_command("add-evidence", str(world.obligation.pk), str(first), "--user", "editor-a", "--title", "Audit")
    evidence = EvidenceFile.objects.get()
    assert f"Evidence {evidence.pk} 'Audit': version 1 (PDF" in capsys.readouterr().out
    second = tmp_path / "audit.csv"
    second.write_bytes(b"a,b\n1,2\n")
    call_command(
        "add-evidence",
        str(world.obligation.pk),
        str(second),
        "--user",
        "editor-a",
        "--evidence",
        str(evidence.pk),
        "--classification",
        "OFFICIAL",
    )
    assert "version 2 (CSV file, 8 bytes, OFFICIAL)" in capsys.readouterr().out


def test_refusals_are_command_errors(world, tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF)
    with pytest.raises(CommandError, match="No obligation"):
        call_command("add-evidence", str(world.obligation.pk), str(path), "--user", "editor-b", "--title", "T")
    with pytest.raises(CommandError, match="Only editors"):
        call_command("add-evidence", str(world.obligation.pk), str(path), "--user", "body-a", "--title", "T")
    with pytest.raises(CommandError, match="needs a --title"):
        call_command("add-evidence", str(world.obligation.pk), str(path), "--user", "editor-a")
    path.write_bytes(b"MZ\x90\x00" + b"\x00" * 40)
    with pytest.raises(CommandError, match="application/x-msdownload"):
        call_command("add-evidence", str(world.obligation.pk), str(path), "--user", "editor-a", "--title", "T")
