"""Registering reports from packs: the fan-out, idempotency, and refusing bad packs whole."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

from oversight.obligations.models import Obligation
from oversight.organisations.models import Organisation
from oversight.reports.models import Finding, Report, response_due_date
from oversight.reports.services import report_import_pack
from oversight_ingest.packs import load_pack
from tests.conftest import PACKS


def test_oic_pack_fans_out_to_every_force_and_named_national_body(reference_data):
    result = report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True)
    report = result.report
    assert report.response_due.isoformat() == "2025-07-10"
    assert [f.reference for f in report.findings.order_by("position")] == ["2", "4", "8", "9"]
    forces = Organisation.objects.filter(kind="force").count()
    assert forces == 43
    # 4 findings × 43 forces, plus MSOICU on 8 and 9 and the College of Policing on 9.
    assert result.obligations_created == 4 * 43 + 3
    r9 = Finding.objects.get(report=report, reference="9")
    names = set(r9.obligations.values_list("organisation__name", flat=True))
    assert {"College of Policing", "Modern Slavery & Organised Immigration Crime Unit", "Kent Police"} <= names


def test_regional_pack_reaches_the_rocu_and_its_constituent_forces(reference_data):
    result = report_import_pack(actor=None, pack=load_pack(PACKS / "soc-yh-2025.json"))
    names = set(Obligation.objects.filter(finding__report=result.report).values_list("organisation__name", flat=True))
    assert names == {
        "Yorkshire and Humber Regional Organised Crime Unit",
        "Humberside Police",
        "North Yorkshire Police",
        "South Yorkshire Police",
        "West Yorkshire Police",
    }


def test_importing_the_same_pack_twice_changes_nothing(reference_data):
    pack = load_pack(PACKS / "oic-2025.json")
    report_import_pack(actor=None, pack=pack)
    again = report_import_pack(actor=None, pack=pack)
    assert (again.created, again.findings_created, again.findings_updated, again.obligations_created) == (
        False,
        0,
        0,
        0,
    )
    assert Obligation.objects.count() == 175


def test_response_due_counts_publication_day_as_day_one():
    import datetime as dt

    assert response_due_date(dt.date(2025, 5, 16)) == dt.date(2025, 7, 10)


def _write(tmp_path, doc) -> str:
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc, encoding="utf-8")
    return str(path)


def _valid_doc():
    return json.loads((PACKS / "oic-2025.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["report"]["findings"][1].update(deadline="2026-02-30"), "report.findings[1].deadline"),
        (lambda d: d["report"].pop("title"), "'title' is a required property"),
        (lambda d: d["report"].update(kind="local"), "report.kind"),
        (lambda d: d["report"]["findings"][2].update(reference="2"), "report.findings[2].reference"),
        (lambda d: d.update(version=2), "version"),
        (lambda d: d["report"].update(kind="regional"), "report.region: a regional report must name its region"),
    ],
)
def test_bad_pack_is_refused_naming_file_and_field_and_nothing_is_saved(reference_data, tmp_path, mutate, expected):
    doc = _valid_doc()
    mutate(doc)
    path = _write(tmp_path, doc)
    with pytest.raises(CommandError) as err:
        call_command("import-report", path)
    assert path in str(err.value)
    assert expected in str(err.value)
    assert Report.objects.count() == 0
    assert Obligation.objects.count() == 0


def test_pack_that_is_not_json_is_refused_with_line_and_column(db, tmp_path):
    path = _write(tmp_path, '{"format": "oversight-report-pack",\n "version": 1,,}')
    with pytest.raises(CommandError, match=r"not valid JSON: .* line 2, column 15"):
        call_command("import-report", path)


def test_pack_naming_an_unknown_region_saves_nothing(reference_data, tmp_path):
    doc = json.loads((PACKS / "soc-yh-2025.json").read_text(encoding="utf-8"))
    doc["report"]["region"] = "Atlantis"
    with pytest.raises(CommandError, match=r"Atlantis.*Nothing was saved"):
        call_command("import-report", _write(tmp_path, doc))
    assert Report.objects.count() == 0


def test_import_report_command_prints_what_it_did(reference_data, capsys):
    call_command("import-report", str(PACKS / "oic-2025.json"), "--publish")
    out = capsys.readouterr().out
    assert "Registered 'Improving the response to organised immigration crime'" in out
    assert "175 obligations created" in out
    assert Report.objects.get().state == "published"
