"""Report packs read as trusted (shipped with the product, or saved by it) and as given by a user."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.cli import default_pack_dirs
from oversight_ingest.packs import PackError, load_pack, validate_pack
from oversight_ingest.snapshot import read_snapshot, write_snapshot

SHIPPED = sorted(p for d in default_pack_dirs() for p in d.glob("*.json"))


def _document(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_the_product_ships_packs() -> None:
    assert len(SHIPPED) >= 2


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_packs_pass_the_schema_and_read_alike_trusted(path: Path) -> None:
    # the test that lets a command read them without the schema pass
    checked = load_pack(path)
    assert load_pack(path, trusted=True) == checked


def test_a_trusted_pack_that_does_not_build_says_what_is_wrong() -> None:
    data = _document(SHIPPED[0])
    del data["report"]["findings"]
    with pytest.raises(PackError) as caught:
        validate_pack(data, source="changed.json", trusted=True)
    assert any("findings" in p.message for p in caught.value.problems)


def test_a_trusted_pack_still_keeps_the_rules_no_schema_states() -> None:
    data = _document(SHIPPED[0])
    data["report"]["findings"].append(copy.deepcopy(data["report"]["findings"][0]))
    with pytest.raises(PackError, match="appears more than once"):
        validate_pack(data, source="changed.json", trusted=True)


def test_a_pack_a_user_gives_is_checked_against_the_schema() -> None:
    data = _document(SHIPPED[0])
    data["report"]["kind"] = "not a kind"  # builds, but the schema refuses it
    assert validate_pack(data, trusted=True).kind == "not a kind"
    with pytest.raises(PackError) as caught:
        validate_pack(data, source="given.json")
    assert [p.field for p in caught.value.problems] == ["report.kind"]


def test_reading_the_shipped_packs_does_not_load_the_schema_checker() -> None:
    code = (
        "import sys\n"
        "from oversight_ingest.cli import default_catalogue\n"
        "assert default_catalogue().reports\n"
        "print('fastjsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_damaged_snapshot_is_no_snapshot(tmp_path: Path) -> None:
    catalogue = Catalogue.default([load_pack(p) for p in SHIPPED])
    path = tmp_path / "catalogue.json"
    write_snapshot(catalogue, path)
    read = read_snapshot(path)
    assert read is not None
    assert [p.key for p in read.reports] == [p.key for p in catalogue.reports]
    data = json.loads(path.read_text("utf-8"))
    del data["reports"][0]["report"]["title"]
    path.write_text(json.dumps(data), "utf-8")
    assert read_snapshot(path) is None
