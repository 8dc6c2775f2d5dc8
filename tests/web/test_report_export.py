"""The report page's table as a download (CSV, XLSX, JSON) and through ``oversight export``: one row
per force and finding, exactly what the downloader may see, each row marked, formulas neutralised."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from oversight.obligations.models import Obligation, ObligationStatus
from tests.web.oversee_world import add_report, build_world, grow


@pytest.fixture
def world(db):
    world = build_world()
    report = add_report(world, 3)
    Obligation.objects.filter(finding__report=report, organisation=world.force_a).update(
        status=ObligationStatus.IMPLEMENTED, published_status=ObligationStatus.IN_PROGRESS
    )
    Obligation.objects.filter(finding__report=report, organisation=world.force_b).update(
        status=ObligationStatus.IN_PROGRESS, published_status=None
    )
    return world


def _rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_the_public_download_holds_only_published_statuses_marked_official(world, client):
    report = world.reports[0]
    rows = _rows(client.get(f"/reports/{report.key}/forces-and-findings.csv"))
    assert len(rows) == 2 * 3
    by_force = {(r["force"], r["finding"]): r for r in rows}
    first = report.findings.order_by("position").first().reference
    a = by_force[(world.force_a.name, first)]
    assert (a["status"], a["published_status_only"], a["classification"]) == ("in_progress", "yes", "OFFICIAL")
    b = by_force[(world.force_b.name, first)]
    assert (b["status"], b["status_label"]) == ("", "Not published")
    assert {r["classification"] for r in rows} == {"OFFICIAL"}
    assert "implemented" not in {r["status"] for r in rows}


def test_a_force_editor_gets_its_own_record_and_only_the_published_status_of_others(world, client):
    report = world.reports[0]
    client.force_login(world.users["force_a"])
    rows = _rows(client.get(f"/reports/{report.key}/forces-and-findings.csv"))
    own = [r for r in rows if r["force"] == world.force_a.name]
    other = [r for r in rows if r["force"] == world.force_b.name]
    assert {(r["status"], r["classification"], r["published_status_only"]) for r in own} == {
        ("implemented", "OFFICIAL-SENSITIVE", "no")
    }
    assert {(r["status"], r["classification"]) for r in other} == {("", "OFFICIAL")}


def test_an_analyst_gets_every_record_and_the_region_filter_applies(world, client):
    report = world.reports[0]
    client.force_login(world.users["analyst"])
    rows = _rows(client.get(f"/reports/{report.key}/forces-and-findings.csv"))
    assert {r["status"] for r in rows} == {"implemented", "in_progress"}
    east = _rows(client.get(f"/reports/{report.key}/forces-and-findings.csv?region={world.region.slug}"))
    assert {r["force"] for r in east} == {world.force_a.name}
    assert {r["region"] for r in east} == {world.region.name}


def test_the_same_table_as_a_spreadsheet_and_as_json(world, client):
    report = world.reports[0]
    client.force_login(world.users["analyst"])
    xlsx = client.get(f"/reports/{report.key}/forces-and-findings.xlsx")
    assert xlsx["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(xlsx.content), read_only=True).active
    table = list(sheet.iter_rows(values_only=True))
    assert table[0][:3] == ("classification", "report", "force")
    assert len(table) == 1 + 2 * 3
    objects = json.loads(client.get(f"/reports/{report.key}/forces-and-findings.json").content)
    assert len(objects) == 2 * 3
    assert objects[0]["report"] == report.key
    assert client.get(f"/reports/{report.key}/forces-and-findings.pdf").status_code == 404


def test_a_name_that_a_spreadsheet_would_run_is_neutralised(world, client):
    report = world.reports[0]
    world.force_a.name = '=HYPERLINK("http://evil.example","x")'
    world.force_a.save()
    client.force_login(world.users["analyst"])
    rows = _rows(client.get(f"/reports/{report.key}/forces-and-findings.csv"))
    assert {r["force"] for r in rows} >= {"'" + world.force_a.name}
    sheet = load_workbook(
        io.BytesIO(client.get(f"/reports/{report.key}/forces-and-findings.xlsx").content), read_only=True
    ).active
    names = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "'" + world.force_a.name in names


def test_the_download_costs_the_same_queries_whatever_the_number_of_forces(world, client):
    report = world.reports[0]
    client.force_login(world.users["analyst"])
    with CaptureQueriesContext(connection) as few:
        client.get(f"/reports/{report.key}/forces-and-findings.csv")
    grow(world, forces=20, findings=2)
    with CaptureQueriesContext(connection) as many:
        rows = _rows(client.get(f"/reports/{report.key}/forces-and-findings.csv"))
    assert len(rows) > 2 * 3
    assert len(many) == len(few)


def test_the_report_page_links_to_its_downloads_with_its_filters(world, client):
    report = world.reports[0]
    html = client.get(f"/reports/{report.key}/?region={world.region.slug}").content.decode()
    assert f'href="/reports/{report.key}/forces-and-findings.csv?region={world.region.slug}"' in html
    assert "may be reused as open data" in html


def test_the_command_exports_the_publics_view_unless_told_whose(world, tmp_path, capsysbinary):
    report = world.reports[0]
    call_command("export", "--report", report.key)
    public = list(csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode())))
    assert {r["classification"] for r in public} == {"OFFICIAL"}
    out = tmp_path / "matrix.xlsx"
    call_command(
        "export",
        "--report",
        report.key,
        "--format",
        "xlsx",
        "--output",
        str(out),
        "--as",
        world.users["analyst"].username,
    )
    sheet = load_workbook(out, read_only=True).active
    statuses = {row[8] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert statuses == {"implemented", "in_progress"}
    with pytest.raises(CommandError, match="give --output"):
        call_command("export", "--report", report.key, "--format", "xlsx")
    with pytest.raises(CommandError, match="that the public may see"):
        call_command("export", "--report", "no-such-report")


def test_a_forces_obligations_download_every_page_with_what_the_user_may_see(world, client):
    grow(world, forces=0, findings=30)  # more obligations than one page of the force page
    public = _rows(client.get(f"/forces/{world.force_a.slug}/obligations.csv"))
    assert len(public) == Obligation.objects.filter(organisation=world.force_a).count() > 25
    assert {r["classification"] for r in public} == {"OFFICIAL"}
    client.force_login(world.users["force_a"])
    own = _rows(client.get(f"/forces/{world.force_a.slug}/obligations.csv?status=implemented"))
    assert own
    assert {(r["status"], r["classification"]) for r in own} == {("implemented", "OFFICIAL-SENSITIVE")}
    assert own[0]["finding_text"]
    other = _rows(client.get(f"/forces/{world.force_b.slug}/obligations.csv"))
    assert {r["classification"] for r in other} == {"OFFICIAL"}
    page = client.get(f"/forces/{world.force_a.slug}/?status=implemented").content.decode()
    assert f'href="/forces/{world.force_a.slug}/obligations.xlsx?status=implemented"' in page
    assert client.get(f"/forces/{world.bodies[0].slug}/obligations.csv").status_code == 404


def test_the_command_exports_a_forces_obligations(world, capsysbinary):
    call_command("export", "--force", world.force_a.slug, "--format", "json")
    rows = json.loads(capsysbinary.readouterr().out)
    assert {r["organisation_slug"] for r in rows} == {world.force_a.slug}
    assert {r["classification"] for r in rows} == {"OFFICIAL"}
    with pytest.raises(CommandError, match="no obligations of its own"):
        call_command("export", "--force", world.bodies[0].slug)
