"""Registering a report in a real browser with JavaScript off: upload the report, correct a
finding, register, publish. Every page passes axe's WCAG 2.2 AA checks, errors included."""

from __future__ import annotations

import pytest
from tests.accounts.factories import UserFactory
from tests.browser.test_responses_review import assert_accessible_as_served
from tests.ingest.reportparse.reportparse_samples import national_report

from oversight.accounts.models import Membership, Role
from oversight.organisations.models import Organisation
from oversight.reports.models import Report, ReportState

PASSWORD = "correct horse battery staple"
HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"


@pytest.fixture
def analyst(transactional_db):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    user = UserFactory(username="analyst")
    Membership.objects.create(user=user, organisation=Organisation.objects.get(name=HMICFRS), role=Role.ANALYST)
    return user


def test_register_check_and_publish_a_report_without_javascript(
    analyst, live_server, page_without_js, browser, tmp_path
):
    page = page_without_js
    page.set_default_timeout(15000)
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("analyst")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/")
    page.get_by_role("link", name="Register a report").click()
    page.wait_for_url("**/reports/register/")
    assert_accessible_as_served(browser, page)
    page.get_by_role("button", name="Read the report").click()  # nothing chosen
    assert "Select the report, or its report pack, to upload" in page.content()
    assert_accessible_as_served(browser, page)
    source = tmp_path / "report.txt"
    source.write_text(national_report(), encoding="utf-8")
    page.get_by_label("Report", exact=True).set_input_files(str(source))
    page.get_by_text("Tell Oversight what it cannot read from the report (optional)").click()
    page.get_by_label("Key").fill("browser-oic")
    page.get_by_label("Publication date").fill("2025-05-16")
    page.get_by_role("button", name="Read the report").click()
    page.wait_for_load_state("load")
    assert "10 findings found in report.txt" in page.content()
    assert_accessible_as_served(browser, page)
    page.locator("#finding-1-deadline").fill("not a date")
    page.get_by_role("button", name="Register report").click()
    page.wait_for_load_state("load")
    assert "Finding 2, deadline: enter a real date" in page.content()
    assert_accessible_as_served(browser, page)
    page.locator("#finding-1-deadline").fill("2026-04-30")
    page.locator("#finding-9-include").uncheck()
    page.get_by_role("button", name="Register report").click()
    page.wait_for_url("**/reports/browser-oic/")
    assert "is registered as a draft: 9 findings" in page.content()
    assert_accessible_as_served(browser, page)
    page.get_by_role("link", name="Publish this report").click()
    page.wait_for_url("**/reports/browser-oic/publish/")
    assert_accessible_as_served(browser, page)
    page.get_by_role("button", name="Publish report").click()
    page.wait_for_url("**/reports/browser-oic/")
    assert Report.objects.get(key="browser-oic").state == ReportState.PUBLISHED
