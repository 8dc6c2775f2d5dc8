"""The pages in a real browser: they render, are accessible, and work without JavaScript."""

from __future__ import annotations

import pytest
from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible
from tests.conftest import PACKS

from oversight.accounts.models import Membership, Role
from oversight.organisations.models import Organisation
from oversight.reports.services import report_import_pack
from oversight_ingest.packs import load_pack

PASSWORD = "correct horse battery staple"


@pytest.fixture
def oic(transactional_db):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    return report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True).report


def test_home_and_report_pages_are_accessible(oic, live_server, page):
    page.goto(live_server.url + "/")
    assert page.title() == "Reports – Oversight"
    assert_accessible(page)
    page.get_by_role("link", name="Improving the response to organised immigration crime").click()
    page.wait_for_url(f"**/reports/{oic.key}/")
    assert page.get_by_role("heading", level=1).inner_text() == oic.title
    assert page.locator("table.app-matrix tbody tr").count() == 43
    assert_accessible(page)
    # GOV.UK Frontend's JavaScript loaded and initialised under the Content Security Policy.
    assert "govuk-frontend-supported" in page.locator("body").get_attribute("class")


def test_signing_in_shows_the_forces_own_status_without_javascript(oic, live_server, page_without_js):
    user = UserFactory(username="kent-editor")
    Membership.objects.create(
        user=user, organisation=Organisation.objects.get(name="Kent Police"), role=Role.FORCE_EDITOR
    )
    page = page_without_js
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("kent-editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/")
    assert "Signed in as kent-editor" in page.content()
    page.goto(f"{live_server.url}/reports/{oic.key}/")
    kent = page.locator("tr", has=page.get_by_role("rowheader", name="Kent Police"))
    assert kent.locator(".govuk-tag").first.inner_text() == "Not started"
    essex = page.locator("tr", has=page.get_by_role("rowheader", name="Essex Police"))
    assert essex.locator(".govuk-tag").first.inner_text() == "Not published"


def test_a_wrong_password_gets_an_error_summary(oic, live_server, page):
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("nobody")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("alert").inner_text().startswith("There is a problem")
    assert_accessible(page)
