"""Reviewing a letter's draft response in a real browser, without JavaScript."""

from __future__ import annotations

import pytest
from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible
from tests.conftest import PACKS, SHARED

from oversight.accounts.models import Membership, Role
from oversight.organisations.models import Organisation
from oversight.reports.services import report_import_pack
from oversight.responses.models import Response, ResponseState
from oversight_ingest.packs import load_pack

PASSWORD = "correct horse battery staple"
SEED = SHARED / "seeds" / "002_1dbf767424ad35b5.docx"
TVP_BODY = "Thames Valley Police and Crime Commissioner"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="the seed letters in ../shared are not beside the project")


def assert_accessible_as_served(browser, page) -> None:
    """``assert_accessible`` for a page shown with JavaScript off.

    axe-core waits on timers, which never fire in a context without JavaScript, so the HTML that
    page was served is checked in a second context with JavaScript on for axe alone: the page's own
    scripts are kept out by a Content Security Policy, so what is checked is the no-JavaScript page."""
    # A click that navigates returns once the new document is committed, before it is parsed:
    # wait for it to load, or the copy taken here can be the empty document in between.
    page.wait_for_load_state("load")
    html, url = page.content(), page.url
    assert "<title>" in html, f"{url} was read before it loaded"
    context = browser.new_context()
    try:
        checker = context.new_page()
        checker.route(
            lambda address: address == url,
            lambda route: route.fulfill(
                status=200,
                body=html,
                content_type="text/html; charset=utf-8",
                headers={"Content-Security-Policy": "script-src 'none'"},
            ),
        )
        checker.goto(url)
        assert "js-enabled" not in (checker.locator("body").get_attribute("class") or "")
        assert_accessible(checker)
    finally:
        context.close()


@pytest.fixture
def oic(transactional_db):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    return report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True).report


@pytest.fixture
def signed_in(oic, live_server, page_without_js):
    user = UserFactory(username="tvp-editor")
    Membership.objects.create(user=user, organisation=Organisation.objects.get(name=TVP_BODY), role=Role.BODY_EDITOR)
    page = page_without_js
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("tvp-editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/")
    return page


def test_upload_review_and_confirm_a_letter_without_javascript(signed_in, live_server, browser):
    page = signed_in
    page.get_by_role("link", name="Responses", exact=True).click()
    page.wait_for_url(live_server.url + "/responses/")
    page.get_by_role("button", name="Upload a response letter").click()
    page.wait_for_url(live_server.url + "/responses/upload/")
    assert_accessible_as_served(browser, page)

    # Without a file: an error summary, itself accessible.
    page.get_by_role("button", name="Upload letter").click()
    assert page.get_by_role("alert").inner_text().startswith("There is a problem")
    assert "Select a letter to upload" in page.get_by_role("alert").inner_text()
    assert page.title().startswith("Error: ")
    assert_accessible_as_served(browser, page)

    page.get_by_label("Letter", exact=True).set_input_files(str(SEED))
    page.get_by_role("button", name="Upload letter").click()
    page.wait_for_url(f"{live_server.url}/responses/*/")
    response = Response.objects.get()
    assert page.url == f"{live_server.url}/responses/{response.pk}/"
    assert page.get_by_role("heading", level=1).inner_text() == TVP_BODY
    assert page.locator("mark.app-evidence").count() >= 4
    assert_accessible_as_served(browser, page)

    page.get_by_role("group", name="Stance on R2").get_by_label("Agree", exact=True).check()
    page.get_by_role("button", name="Confirm response").click()
    page.wait_for_url(f"{live_server.url}/responses/{response.pk}/")
    assert "Response confirmed" in page.content()
    assert page.locator("strong.govuk-tag", has_text="Confirmed").count() == 1
    assert page.get_by_role("button", name="Confirm response").count() == 0
    assert_accessible_as_served(browser, page)

    response.refresh_from_db()
    assert response.state == ResponseState.CONFIRMED
    assert response.items.get(finding__reference="2").stance == "agree"


def test_a_letter_from_another_body_gets_an_accessible_error(signed_in, live_server, browser):
    page = signed_in
    Membership.objects.filter(user__username="tvp-editor").update(
        organisation=Organisation.objects.get(name="Kent Police and Crime Commissioner")
    )
    page.goto(live_server.url + "/responses/upload/")
    page.get_by_label("Letter", exact=True).set_input_files(str(SEED))
    page.get_by_role("button", name="Upload letter").click()
    alert = page.get_by_role("alert").inner_text()
    assert "only its editors can record it" in alert
    assert_accessible_as_served(browser, page)
    assert Response.objects.count() == 0
