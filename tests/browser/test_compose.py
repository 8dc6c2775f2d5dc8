"""Writing a response from the tracker in a real browser, without JavaScript, checked with axe."""

from __future__ import annotations

import pytest
from tests.accounts.factories import UserFactory
from tests.browser.test_responses_review import assert_accessible_as_served
from tests.conftest import PACKS

from oversight.accounts.models import Membership, Role
from oversight.organisations.models import Organisation
from oversight.reports.services import report_import_pack
from oversight.responses.models import Response, ResponseState
from oversight_ingest.packs import load_pack

PASSWORD = "correct horse battery staple"
TVP_BODY = "Thames Valley Police and Crime Commissioner"


@pytest.fixture
def oic(transactional_db):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    return report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True).report


@pytest.fixture
def signed_in(oic, live_server, page_without_js):
    user = UserFactory(username="tvp-writer", first_name="Matthew", last_name="Barber")
    body = Organisation.objects.get(name=TVP_BODY)
    Membership.objects.create(user=user, organisation=body, role=Role.BODY_EDITOR)
    Membership.objects.create(user=user, organisation=body, role=Role.APPROVER)
    page = page_without_js
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("tvp-writer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/")
    return page


def test_write_confirm_and_publish_a_response_without_javascript(signed_in, oic, live_server, browser):
    page = signed_in
    page.goto(f"{live_server.url}/reports/{oic.key}/")
    page.get_by_role("link", name=f"Write the response of {TVP_BODY} from the tracker").click()
    page.wait_for_url(f"{live_server.url}/responses/compose/{oic.key}/*")
    assert page.get_by_label("Name of the person signing the letter").input_value() == "Matthew Barber"
    assert_accessible_as_served(browser, page)

    # No stance chosen: the error summary, and what was typed is kept.
    page.get_by_label("Their role (optional)").fill("Police and Crime Commissioner")
    page.get_by_label("Your comment on R4").fill("The plan is approved.")
    page.get_by_role("button", name="Save as a draft response").click()
    page.wait_for_load_state("load")
    assert page.title().startswith("Error: ")
    alert = page.get_by_role("alert").inner_text()
    assert "Select your stance on R2" in alert
    assert "Select your stance on R9" in alert
    assert page.get_by_label("Their role (optional)").input_value() == "Police and Crime Commissioner"
    assert page.get_by_label("Your comment on R4").input_value() == "The plan is approved."
    assert_accessible_as_served(browser, page)

    for label in ("R2", "R4", "R8", "R9"):
        page.get_by_role("group", name=f"Your stance on {label}").get_by_label("Agree", exact=True).check()
    page.get_by_label("Status you claim for R4").select_option("implemented")
    page.get_by_role("button", name="Save as a draft response").click()
    page.wait_for_url(f"{live_server.url}/responses/*/")
    response = Response.objects.get()
    assert response.state == ResponseState.DRAFT
    assert "The plan is approved." in page.content()
    assert_accessible_as_served(browser, page)

    page.get_by_role("button", name="Confirm response").click()
    page.wait_for_url(f"{live_server.url}/responses/{response.pk}/")
    response.refresh_from_db()
    assert response.state == ResponseState.CONFIRMED
    assert response.items.get(finding__reference="4").claimed_status == "implemented"

    # The letter as a printable page: the record, marked, accessible.
    page.goto(f"{live_server.url}/responses/{response.pk}/letter.html")
    assert page.get_by_role("heading", level=1).inner_text() == f"Response to {oic.title}"
    assert page.locator("blockquote").count() == 4
    assert page.locator("p.marking").first.inner_text() == "OFFICIAL"
    assert_accessible_as_served(browser, page)
