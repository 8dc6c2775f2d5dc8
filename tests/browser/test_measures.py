"""Importing operational data and reading its indicators in a real browser; every page passes
axe's WCAG 2.2 AA checks (the forms need no JavaScript: they are plain posts)."""

from __future__ import annotations

import pytest
from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible
from tests.conftest import PACKS

from oversight.accounts.models import Membership, Role
from oversight.measures.models import TrainingRecord
from oversight.organisations.models import Organisation
from oversight.reports.services import report_import_pack
from oversight_ingest.packs import load_pack

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _pseudonym_key(settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = "a-test-pseudonym-key-of-enough-length-0123456789"


@pytest.fixture
def oic(transactional_db):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    return report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True).report


def sign_in(page, live_server, username: str) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/")


def test_import_a_file_with_a_bad_row_then_a_good_one_and_read_the_indicators(oic, live_server, page, tmp_path):
    user = UserFactory(username="kent-editor")
    Membership.objects.create(
        user=user, organisation=Organisation.objects.get(name="Kent Police"), role=Role.FORCE_EDITOR
    )
    page.set_default_timeout(15000)
    sign_in(page, live_server, "kent-editor")
    page.goto(live_server.url + "/data/import/")
    assert_accessible(page)
    bad = tmp_path / "roster.csv"
    bad.write_text("person_ref,role,department,course,as_of\nK1,,,hydra-oic,2025-06-01\nK2,,,hydra-oic,not-a-date\n")
    page.get_by_label("Training roster").check()
    page.get_by_label("File", exact=True).set_input_files(str(bad))
    page.get_by_role("button", name="Upload and check").click()
    page.wait_for_url("**/data/imports/*/")
    assert "Nothing was imported" in page.content()
    assert page.locator("#problems tbody tr").count() == 1
    assert_accessible(page)
    page.goto(live_server.url + "/data/import/")
    good = tmp_path / "roster-good.csv"
    good.write_text("person_ref,role,department,course,as_of\nK1,,,hydra-oic,2025-06-01\nK2,,,hydra-oic,2025-06-01\n")
    page.get_by_label("Training roster").check()
    page.get_by_label("File", exact=True).set_input_files(str(good))
    page.get_by_role("button", name="Upload and check").click()
    page.wait_for_url("**/data/imports/*/")
    assert "Imported" in page.locator("#state").inner_text()
    training = tmp_path / "training.csv"
    training.write_text("person_ref,role,department,course,completed_on\nK1,,,hydra-oic,01/07/2025\n")
    page.goto(live_server.url + "/data/import/")
    page.get_by_label("Training completions").check()
    page.get_by_label("File", exact=True).set_input_files(str(training))
    page.get_by_role("button", name="Upload and check").click()
    page.wait_for_url("**/data/imports/*/")
    assert TrainingRecord.objects.count() == 1
    page.goto(live_server.url + "/indicators/oic-2025/kent-police/")
    assert page.locator("svg[role=img] title").first.text_content()
    assert "50.0%" in page.content()
    assert_accessible(page)
    page.goto(live_server.url + "/data/sharing/")
    assert_accessible(page)
    page.goto(live_server.url + "/data/")
    assert_accessible(page)
