"""Registering a report on the web: upload it (or its pack), check what was found, register, publish.
The review form is sent back as a browser would send it: every field the page renders."""

from __future__ import annotations

import dataclasses
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from lxml import html as lxml_html

from oversight.accounts.models import Role
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.obligations.models import Obligation
from oversight.reports.models import Report, ReportState
from oversight.reports.services import report_register
from oversight_ingest.packs import load_pack
from tests.accounts.factories import member_of
from tests.conftest import PACKS
from tests.ingest.reportparse.reportparse_samples import national_report

HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"


@pytest.fixture
def analyst(db, client):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    user = member_of(HMICFRS, Role.ANALYST)
    client.force_login(user)
    return user


def _upload(client, content: bytes, name: str = "report.txt", **fields):
    return client.post(
        "/reports/register/", {"step": "read", "report_file": SimpleUploadedFile(name, content), **fields}
    )


def form_fields(page: str, **changes: str) -> dict[str, str]:
    """What a browser would send from the page's form, with some fields changed (None: left out)."""
    tree = lxml_html.fromstring(page)
    form = next(f for f in tree.forms if f.method.lower() == "post" and "step" in f.inputs.keys())  # noqa: SIM118
    data: dict[str, str] = {}
    for element in form.inputs:
        name = element.get("name")
        if not name:
            continue
        if element.tag == "input" and element.get("type") == "checkbox":
            if element.checked:
                data[name] = element.get("value")
        elif element.tag == "select":
            data[name] = element.value or ""
        else:
            data[name] = element.value or ""
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def test_an_analyst_registers_a_report_from_its_text_checks_it_and_publishes_it(analyst, client, settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    page = _upload(client, national_report().encode(), key="oic-test", published="2025-05-16")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Check the report's findings" in html
    assert "10 findings found in report.txt" in html
    assert list(tmp_path.iterdir()) == []  # the upload is not kept
    data = form_fields(html, **{"finding-9-include": None})  # drop the tenth finding
    registered = client.post("/reports/register/", data)
    assert registered.status_code == 302
    assert registered["Location"] == "/reports/oic-test/"
    report = Report.objects.get(key="oic-test")
    assert report.state == ReportState.DRAFT
    assert report.findings.count() == 9
    assert Obligation.objects.filter(finding__report=report, organisation__kind="force").count() == 43 * 4
    detail = client.get("/reports/oic-test/").content.decode()
    assert "is registered as a draft: 9 findings" in detail
    assert 'href="/reports/oic-test/publish/">Publish this report</a>' in detail
    confirm = client.get("/reports/oic-test/publish/")
    assert "Are you sure you want to publish this report?" in confirm.content.decode()
    assert client.post("/reports/oic-test/publish/").status_code == 302
    report.refresh_from_db()
    assert report.state == ReportState.PUBLISHED
    again = client.post("/reports/oic-test/publish/")
    assert again.status_code == 409
    assert "already published" in again.content.decode()


def test_a_report_pack_is_registered_the_same_way_and_published_at_once_if_asked(analyst, client):
    pack = load_pack(PACKS / "oic-2025.json").to_json()
    pack["report"]["key"] = "oic-pack-test"
    page = _upload(client, json.dumps(pack).encode(), name="pack.json")
    assert page.status_code == 200
    data = form_fields(page.content.decode(), publish="yes")
    assert client.post("/reports/register/", data).status_code == 302
    report = Report.objects.get(key="oic-pack-test")
    assert report.state == ReportState.PUBLISHED
    assert sorted(report.findings.values_list("reference", flat=True)) == ["2", "4", "8", "9"]


@pytest.mark.parametrize(
    ("name", "content", "fields", "message"),
    [
        ("report.txt", b"", {}, "Select the report, or its report pack, to upload"),
        ("report.exe", b"MZ...", {}, "must be a PDF, Word (DOCX), HTML, text or report pack (JSON) file"),
        ("report.txt", b"A short note with no findings at all.\n", {}, "No recommendation, area for improvement"),
        ("report.txt", b"x", {"published": "16/05/2025"}, "Enter the publication date as year-month-day"),
        ("pack.json", b"{not json", {}, "not valid JSON"),
        ("report.pdf", b"%PDF-1.7 truncated", {}, "The report cannot be read"),
    ],
)
def test_a_file_that_cannot_make_a_draft_is_refused_with_a_reason_and_nothing_kept(
    analyst, client, settings, tmp_path, name, content, fields, message
):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    page = _upload(client, content, name=name, **fields)
    assert page.status_code == 400
    html = page.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert list(tmp_path.iterdir()) == []
    assert not Report.objects.exists()


def test_review_problems_are_shown_by_their_field_and_nothing_typed_is_lost(analyst, client):
    page = _upload(client, national_report().encode(), key="oic-review", published="2025-05-16")
    data = form_fields(
        page.content.decode(),
        **{"finding-1-deadline": "31 Feb 2026", "finding-2-text": "Edited wording of the third finding."},
    )
    again = client.post("/reports/register/", data)
    assert again.status_code == 400
    html = again.content.decode()
    assert 'href="#finding-1-deadline"' in html
    assert "Finding 2, deadline: enter a real date" in html
    assert "Edited wording of the third finding." in html
    assert not Report.objects.filter(key="oic-review").exists()
    none_kept = {k: v for k, v in data.items() if not k.endswith("-include")}
    empty = client.post("/reports/register/", none_kept)
    assert "Keep at least one finding" in empty.content.decode()


def test_a_key_already_registered_is_refused_at_the_key(analyst, client):
    page = _upload(client, national_report().encode(), key="oic-twice", published="2025-05-16")
    data = form_fields(page.content.decode())
    assert client.post("/reports/register/", data).status_code == 302
    again = client.post("/reports/register/", data)
    assert again.status_code == 400
    assert 'href="#report-key"' in again.content.decode()
    assert "already registered" in again.content.decode()


def test_only_the_inspectorate_registers_and_publishes(db, client):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    assert client.get("/reports/register/").status_code == 302  # to sign in
    for org, role in [
        ("Kent Police", Role.FORCE_EDITOR),
        ("Kent Police and Crime Commissioner", Role.APPROVER),
        ("Kent Police", Role.VIEWER),
    ]:
        user = member_of(org, role)
        client.force_login(user)
        assert client.get("/reports/register/").status_code == 403
        assert _upload(client, national_report().encode()).status_code == 403
        with pytest.raises(NotAllowed):
            report_register(actor=user, pack=load_pack(PACKS / "oic-2025.json"))


def test_the_service_never_registers_over_an_existing_key(analyst):
    pack = load_pack(PACKS / "oic-2025.json")
    report_register(actor=analyst, pack=pack)
    with pytest.raises(InvalidChange, match="already registered"):
        report_register(actor=analyst, pack=pack)


def test_missing_wording_and_a_bad_key_are_named_in_plain_words(analyst, client):
    page = _upload(client, national_report().encode(), key="oic-plain", published="2025-05-16")
    data = form_fields(page.content.decode(), **{"report-key": "Bad Key!", "finding-0-text": ""})
    html = client.post("/reports/register/", data).content.decode()
    assert "Report, key: use lower-case letters, numbers and hyphens only" in html
    assert "Finding 1, text: enter it" in html
    assert 'href="#finding-0-text"' in html


def test_a_key_the_pages_use_is_refused(analyst):
    pack = dataclasses.replace(load_pack(PACKS / "oic-2025.json"), key="register")
    with pytest.raises(InvalidChange, match="pages use that address"):
        report_register(actor=analyst, pack=pack)
