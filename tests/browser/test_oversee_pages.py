"""The oversight pages in Chromium: no axe-core violations, and a keyboard reaches every control."""

from __future__ import annotations

import pytest
from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible
from tests.conftest import PACKS
from tests.responses.factories import ResponseFactory, ResponseItemFactory

from oversight.accounts.models import Membership, Role
from oversight.obligations.models import Obligation, ObligationStatus
from oversight.organisations.models import Organisation
from oversight.reports.services import report_import_pack
from oversight.responses.models import ResponseState
from oversight_ingest.packs import load_pack

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fresh_counts(settings):
    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 0


@pytest.fixture
def oic(transactional_db):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    report = report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True).report
    kent = Organisation.objects.get(name="Kent Police")
    body = Organisation.objects.get(name="Kent Police and Crime Commissioner")
    text = "Recommendation 2. I agree. Our Operation Aidant week of action and a new training suite."
    initiatives = [
        {"name": "Operation Aidant", "kind": "operation", "span": [text.index("Operation"), text.index(" week")]},
        {"name": "training suite", "kind": "training", "span": [text.index("training"), len(text) - 1]},
    ]
    response = ResponseFactory(
        report=report,
        organisation=body,
        force=kent,
        state=ResponseState.PUBLISHED,
        text=text,
        extraction={"initiatives": initiatives},
    )
    for finding in report.findings.all():
        ResponseItemFactory(response=response, finding=finding, stance="agree")
    Obligation.objects.filter(organisation=kent).update(
        status=ObligationStatus.IN_PROGRESS, published_status=ObligationStatus.IN_PROGRESS
    )
    return report


def sign_in(page, base: str, organisation: str, role: str) -> None:
    user = UserFactory()
    Membership.objects.create(user=user, organisation=Organisation.objects.get(name=organisation), role=role)
    page.goto(base + "/accounts/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/")


def tab_to(page, selector: str, limit: int = 400) -> bool:
    """Press Tab until the element matching ``selector`` has the focus."""
    target = page.locator(selector).first
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return True
    return False


def test_report_matrix_is_accessible_and_its_scrolling_region_takes_the_keyboard(oic, live_server, page):
    sign_in(page, live_server.url, "Kent Police", Role.FORCE_EDITOR)
    page.goto(f"{live_server.url}/reports/{oic.key}/")
    assert page.locator("table.app-matrix tbody tr").count() == 43
    kent = page.locator("tr", has=page.get_by_role("rowheader", name="Kent Police"))
    assert kent.locator(".govuk-tag").first.inner_text() == "In progress"
    assert "Agree" in kent.inner_text()
    assert_accessible(page)
    assert tab_to(page, "[role=region].app-table-scroll")
    page.keyboard.press("ArrowRight")
    assert tab_to(page, "#filter-region")
    page.select_option("#filter-region", label="South East")
    page.get_by_role("button", name="Filter").click()
    # The filter is a GET form: wait for the filtered page to load before counting its rows.
    page.wait_for_url("**/reports/*/?region=south-east*")
    assert 0 < page.locator("table.app-matrix tbody tr").count() < 43
    assert_accessible(page)


def test_force_region_national_and_home_pages_are_accessible(oic, live_server, page):
    page.goto(f"{live_server.url}/forces/")
    assert_accessible(page)
    page.get_by_role("link", name="Kent Police").click()
    page.wait_for_url("**/forces/kent-police/")
    assert page.get_by_role("heading", level=1).inner_text() == "Kent Police"
    assert_accessible(page)
    assert tab_to(page, "#filter-overdue")
    page.keyboard.press("Space")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/forces/kent-police/?*overdue=1*")
    assert_accessible(page)
    page.goto(f"{live_server.url}/regions/south-east/")
    assert_accessible(page)
    assert tab_to(page, "[role=region][aria-label='Forces against their peers']")
    page.goto(f"{live_server.url}/national/")
    assert page.locator("table.app-matrix").first.locator("tbody tr").count() == 43
    assert_accessible(page)
    for organisation, role in [
        ("Kent Police", Role.FORCE_EDITOR),
        ("Kent Police and Crime Commissioner", Role.APPROVER),
        ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", Role.ANALYST),
    ]:
        page.context.clear_cookies()
        sign_in(page, live_server.url, organisation, role)
        assert page.get_by_role("heading", level=1).inner_text() == "What needs you"
        assert_accessible(page)


def test_good_practice_is_accessible_and_searchable_by_keyboard(oic, live_server, page):
    page.goto(f"{live_server.url}/good-practice/")
    assert_accessible(page)
    assert tab_to(page, "#gp-q")
    page.keyboard.type("aidant")
    page.keyboard.press("Enter")
    page.wait_for_url("**/good-practice/?q=aidant*")
    assert page.get_by_role("heading", name="1 initiative found").is_visible()
    assert_accessible(page)
    letter = "Read it in Kent Police and Crime Commissioner's letter about Operation Aidant"
    page.get_by_role("link", name=letter).click()
    page.wait_for_url("**/responses/*/")


def test_search_and_the_accessibility_statement_are_accessible(oic, live_server, page):
    page.goto(f"{live_server.url}/")
    assert tab_to(page, "a.govuk-service-navigation__link[href='/search/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/")
    assert_accessible(page)
    page.get_by_label("Search reports, findings, responses and initiatives").fill("immigration")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=immigration")
    assert page.get_by_role("heading", name="Reports (1)").is_visible()
    assert_accessible(page)
    assert tab_to(page, "a.govuk-footer__link[href='/accessibility/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/accessibility/")
    assert_accessible(page)
