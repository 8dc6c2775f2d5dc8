"""The measures pages: importing (with errors by row and column), replacing with confirmation,
indicators with charts and claims, downloads, sharing and the partner dashboard; who sees what,
and how many queries each page costs."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from oversight.accounts.models import Role
from oversight.measures.models import DataImport, DataSharing, ImportState, RosterEntry, TrainingRecord
from oversight.organisations.models import Organisation
from oversight.responses.models import ResponseState
from tests.accounts.factories import member_of
from tests.measures.factories import add_rows
from tests.organisations.factories import OrganisationFactory
from tests.responses.factories import ResponseFactory, ResponseItemFactory

KENT, ESSEX = "Kent Police", "Essex Police"
KENT_BODY = "Kent Police and Crime Commissioner"
HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
HEADER = "person_ref,role,department,course,completed_on\n"


@pytest.fixture(autouse=True)
def _pseudonym_key(settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = "a-test-pseudonym-key-of-enough-length-0123456789"


def _post(client, content: str, *, name="training.csv", mode="add", submission="s1", kind="training"):
    return client.post(
        "/data/import/",
        {
            "force": "kent-police",
            "kind": kind,
            "mode": mode,
            "submission": submission,
            "data_file": SimpleUploadedFile(name, content.encode()),
        },
    )


@pytest.fixture
def kent_editor(oic, client):
    user = member_of(KENT, Role.FORCE_EDITOR)
    client.force_login(user)
    return user


def test_a_force_editor_imports_a_good_file(kent_editor, client):
    page = client.get("/data/import/")
    html = page.content.decode()
    assert page.status_code == 200
    assert 'name="submission"' in html
    assert "csrfmiddlewaretoken" in html
    assert '<option value="kent-police" selected>Kent Police</option>' in html
    done = _post(client, HEADER + "K1,,,hydra-oic,2025-09-01\n")
    record = DataImport.objects.get()
    assert done.status_code == 302
    assert done["Location"] == f"/data/imports/{record.pk}/"
    assert record.state == ImportState.SUCCEEDED
    detail = client.get(done["Location"]).content.decode()
    assert "Imported" in detail
    assert "OFFICIAL-SENSITIVE" in detail
    again = _post(client, HEADER + "K1,,,hydra-oic,2025-09-01\n")  # the same form sent twice
    assert again["Location"] == done["Location"]
    assert DataImport.objects.count() == 1


def test_a_bad_file_lists_every_problem_by_row_and_column_and_saves_nothing(kent_editor, client):
    done = _post(client, HEADER + "SECRETREF,,,hydra-oic,31/31/2025\n,,,hydra-oic,2025-01-01\n")
    html = client.get(done["Location"]).content.decode()
    assert "Nothing was imported" in html
    cell = '<td class="govuk-table__cell'
    rows = re.findall(cell + r' govuk-table__cell--numeric">(\d+)</td>\s*' + cell + r'">(\w+)</td>', html)
    assert rows == [("2", "completed_on"), ("3", "person_ref")]
    assert "SECRETREF" not in html
    assert TrainingRecord.objects.count() == 0


def test_a_form_with_problems_is_shown_again_with_the_error_summary(kent_editor, client):
    page = client.post("/data/import/", {"force": "kent-police", "kind": "", "mode": "add", "submission": "x"})
    html = page.content.decode()
    assert page.status_code == 400
    assert "There is a problem" in html
    assert 'href="#kind"' in html
    assert 'href="#data_file"' in html
    assert '<option value="kent-police" selected>' in html


def test_replacing_asks_for_confirmation_first(kent_editor, client):
    _post(client, HEADER + "K1,,,hydra-oic,2025-09-01\nK2,,,hydra-oic,2025-09-01\n")
    waiting = _post(client, HEADER + "K3,,,hydra-oic,2025-09-02\n", mode="replace", submission="s2")
    record = DataImport.objects.get(submission="s2")
    assert record.state == ImportState.PENDING
    html = client.get(waiting["Location"]).content.decode()
    assert "will delete the 2 earlier" in html
    assert TrainingRecord.objects.count() == 2
    client.post(f"/data/imports/{record.pk}/start/")
    record.refresh_from_db()
    assert record.state == ImportState.SUCCEEDED
    assert record.rows_replaced == 2
    assert TrainingRecord.objects.count() == 1
    cancelled = _post(client, HEADER + "K4,,,hydra-oic,2025-09-02\n", mode="replace", submission="s3")
    record = DataImport.objects.get(submission="s3")
    client.post(f"/data/imports/{record.pk}/cancel/")
    record.refresh_from_db()
    assert record.state == ImportState.FAILED
    assert "Cancelled" in client.get(cancelled["Location"]).content.decode()
    assert TrainingRecord.objects.count() == 1


def test_a_running_import_shows_how_much_is_read_and_how_to_check_again(kent_editor, client):
    import json

    from oversight.core import storage
    from oversight.measures.tasks import progress_name

    record = DataImport.objects.create(
        force=Organisation.objects.get(name=KENT), kind="training", filename="big.csv", state=ImportState.RUNNING
    )
    storage.store_bytes(json.dumps({"fraction": 0.4}).encode(), progress_name(record.pk))
    try:
        html = client.get(f"/data/imports/{record.pk}/").content.decode()
    finally:
        storage.discard(progress_name(record.pk))
    assert "Importing, 40% read" in html
    assert f'href="/data/imports/{record.pk}/">Check again</a>' in html
    record.state = ImportState.SUCCEEDED
    record.save()
    done = client.get(f"/data/imports/{record.pk}/").content.decode()
    assert "read</dd>" not in done
    assert "Check again" not in done


def test_who_may_import_and_see_imports(oic, client):
    assert client.get("/data/import/").status_code == 302  # to sign in
    client.force_login(member_of(ESSEX, Role.FORCE_EDITOR))
    assert _post(client, HEADER).status_code == 400  # Kent is not one of the user's forces
    client.force_login(member_of(KENT, Role.VIEWER))
    assert client.get("/data/import/").status_code == 403
    client.force_login(member_of(KENT, Role.FORCE_EDITOR))
    _post(client, HEADER + "K1,,,hydra-oic,2025-09-01\n")
    record = DataImport.objects.get()
    for org, role, status in [
        (ESSEX, Role.FORCE_EDITOR, 404),
        (KENT_BODY, Role.BODY_EDITOR, 200),
        (HMICFRS, Role.ANALYST, 200),
        (KENT, Role.VIEWER, 200),
    ]:
        client.force_login(member_of(org, role))
        assert client.get(f"/data/imports/{record.pk}/").status_code == status, (org, role)


def test_templates_download_with_the_exact_columns(db, client):
    page = client.get("/data/templates/nccu-referrals.csv")
    assert page.status_code == 200
    assert page.content.decode() == "referral_ref,reported_on,officer_ref,intel_submitted_on\r\n"
    assert client.get("/data/templates/nothing.csv").status_code == 404


@pytest.fixture
def kent_data(oic):
    kent = Organisation.objects.get(name=KENT)
    people = [f"p{i}" for i in range(10)]
    courses = ("hydra-oic", "oic-elearning-1")
    add_rows(
        RosterEntry,
        kent,
        [{"person_ref": p, "course": c, "as_of": "2025-06-01"} for p in people for c in courses],
        kind="roster",
    )
    add_rows(
        TrainingRecord,
        kent,
        [{"person_ref": p, "course": c, "completed_on": "2025-07-01"} for p in people[:4] for c in courses],
    )
    return kent


def _claims(oic, kent, *, figure: int):
    """A confirmed response claiming finding 8 implemented and a number of staff for finding 9."""
    body = Organisation.objects.get(name=KENT_BODY)
    response = ResponseFactory(
        report=oic, organisation=body, force=kent, state=ResponseState.CONFIRMED, letter_date=dt.date(2025, 7, 10)
    )
    ResponseItemFactory(response=response, finding=oic.findings.get(reference="8"), claimed_status="implemented")
    text = f"over {figure} staff completed the first module"
    figures = [{"value": figure, "unit": "staff", "text": f"over {figure} staff"}]
    claims = [{"text": text, "figures": figures, "dates": [], "period": None, "recommendation": "9", "span": None}]
    ResponseItemFactory(response=response, finding=oic.findings.get(reference="9"), claims=claims)


def test_the_force_indicators_page_shows_chart_table_and_flags_claims(kent_data, oic, client):
    _claims(oic, kent_data, figure=9)
    client.force_login(member_of(KENT, Role.FORCE_EDITOR))
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/indicators/oic-2025/kent-police/")
    assert page.status_code == 200
    assert len(queries) <= 20, [q["sql"][:80] for q in queries]
    html = page.content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html
    assert 'role="img"' in html
    assert "<desc id=" in html
    assert "OIC e-learning module 1 completed" in html
    assert "40.0%" in html  # 4 of 10, beside the chart as a table too
    assert "The letter says implemented; the data shows 40%" in html
    assert "The letter says over 9 staff; the data for 2025-07 shows 4 of 10" in html
    assert "Disagrees with the data" in html


def test_downloads_are_svg_and_neutralised_csv(kent_data, client):
    kent_data.name = "=HYPERLINK(1) Kent"
    kent_data.save()
    client.force_login(member_of("=HYPERLINK(1) Kent", Role.FORCE_EDITOR))
    svg = client.get("/indicators/oic-2025/kent-police/oic-elearning-module-1.svg")
    assert svg.status_code == 200
    assert svg["Content-Type"] == "image/svg+xml"
    assert b"<title" in svg.content
    csv_page = client.get("/indicators/oic-2025/kent-police/oic-elearning-module-1.csv?period=quarter")
    text = csv_page.content.decode()
    assert text.splitlines()[0].startswith("classification,indicator,finding")
    assert "'=HYPERLINK(1) Kent" in text
    assert ",=HYPERLINK" not in text
    assert "OFFICIAL-SENSITIVE" in text


def test_who_sees_a_forces_indicators(kent_data, client):
    url = "/indicators/oic-2025/kent-police/"
    assert client.get(url).status_code == 302
    for org, role, status in [
        (KENT, Role.FORCE_EDITOR, 200),
        (ESSEX, Role.FORCE_EDITOR, 404),
        (KENT_BODY, Role.BODY_EDITOR, 200),
        (KENT_BODY, Role.APPROVER, 200),
        (HMICFRS, Role.ANALYST, 200),
    ]:
        client.force_login(member_of(org, role))
        assert client.get(url).status_code == status, (org, role)
        assert client.get(url + "oic-elearning-module-1.csv").status_code == status, (org, role)


def test_the_report_indicators_page_for_an_analyst_has_national_sums(kent_data, client):
    client.force_login(member_of(HMICFRS, Role.ANALYST))
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/indicators/oic-2025/")
    assert page.status_code == 200
    assert len(queries) <= 15, [q["sql"][:80] for q in queries]
    html = page.content.decode()
    assert "England and Wales and each region" in html
    assert html.count('class="govuk-link" href="/indicators/oic-2025/') >= 43
    assert client.get("/indicators/oic-2025/national/oic-elearning-module-1.csv").status_code == 200
    client.force_login(member_of(ESSEX, Role.FORCE_EDITOR))
    assert client.get("/indicators/oic-2025/national/oic-elearning-module-1.csv").status_code == 404


def test_sharing_with_a_partner_shows_only_what_is_shared(kent_data, client):
    partner_org = OrganisationFactory(name="Kent County Council", slug="kent-county-council")
    partner = member_of("Kent County Council", Role.PARTNER)
    dashboard = "/partners/kent-police/oic-2025/"
    client.force_login(partner)
    assert client.get(dashboard).status_code == 404
    assert client.get("/indicators/oic-2025/kent-police/").status_code == 404
    editor = member_of(KENT, Role.FORCE_EDITOR)
    client.force_login(editor)
    form = client.get("/data/sharing/")
    assert form.status_code == 200
    saved = client.post(
        "/data/sharing/",
        {
            "force": "kent-police",
            "partner": partner_org.slug,
            "report": "oic-2025",
            "indicators": ["oic-elearning-module-1"],
        },
    )
    assert saved.status_code == 302
    assert DataSharing.objects.get().indicators == ["oic-elearning-module-1"]
    client.force_login(partner)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(dashboard)
    assert page.status_code == 200
    assert len(queries) <= 20
    html = page.content.decode()
    assert "OIC e-learning module 1 completed" in html
    assert "Hydra package completed" not in html
    assert client.get("/indicators/oic-2025/kent-police/oic-elearning-module-1.svg").status_code == 200
    assert client.get("/indicators/oic-2025/kent-police/hydra-completed.svg").status_code == 404
    client.force_login(member_of(ESSEX, Role.FORCE_EDITOR))
    assert client.get(dashboard).status_code == 404
    assert client.get("/data/sharing/").status_code == 200  # for Essex's own sharing
    client.logout()
    assert client.get(dashboard).status_code == 302
