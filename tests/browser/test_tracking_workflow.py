"""The accountability loop in a real browser: a force records its work and claims the finding
implemented, its policing body's approver assures it, the inspectorate closes it, and the page's
history shows each step by name. Every page passes axe-core and can be worked with a keyboard."""

from __future__ import annotations

import pytest
from tests.browser.conftest import assert_accessible
from tests.obligations.world import make_world

from oversight.obligations.models import ObligationStatus

PASSWORD = "correct horse battery staple"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea"


def assert_keyboard_reachable(page) -> None:
    """Tabbing from the top of the page reaches every visible link, button and field (each radio
    group once) in <main>."""
    wanted = page.evaluate(
        """(selector) => {
            const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
            const all = [...document.querySelectorAll('main ' + selector.split(', ').join(', main '))];
            // A group of radios is one stop for Tab (the arrow keys move within it): mark it once.
            all.forEach((el, i) => el.setAttribute('data-kb', el.type === 'radio' ? 'radio:' + el.name : String(i)));
            return [...new Set(all.filter(visible).map((el) => el.getAttribute('data-kb')))];
        }""",
        FOCUSABLE,
    )
    page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    page.locator("body").focus()
    reached: set[str] = set()
    for _ in range(len(wanted) + 60):
        page.keyboard.press("Tab")
        mark = page.evaluate("document.activeElement && document.activeElement.getAttribute('data-kb')")
        if mark is not None:
            reached.add(mark)
        if reached >= set(wanted):
            break
    missing = set(wanted) - reached
    html = [page.locator(f"[data-kb='{mark}']").first.evaluate("el => el.outerHTML") for mark in sorted(missing)]
    assert not missing, f"{page.url}: cannot be reached with the keyboard: {html}"


def sign_in(page, live_server, username: str) -> None:
    page.context.clear_cookies()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/")


def check(page) -> None:
    assert_accessible(page)
    assert_keyboard_reachable(page)


@pytest.fixture
def world(transactional_db):
    return make_world()


def test_claim_assure_and_close_through_the_pages(world, live_server, page):
    ob = world.obligation
    detail = f"{live_server.url}/obligations/{ob.pk}/"

    # The force editor records the work.
    sign_in(page, live_server, "editor-a")
    page.goto(detail)
    check(page)
    page.get_by_role("button", name="Add an action").click()
    page.wait_for_url(f"**/obligations/{ob.pk}/actions/add/")
    check(page)
    page.get_by_role("button", name="Add action").click()  # nothing typed: an error summary
    assert "Enter what the action is" in page.get_by_role("alert").inner_text()
    check(page)
    page.get_by_label("What will be done").fill("Brief supervisors on referral guidance")
    page.get_by_label("Owner (optional)").fill("Head of Intelligence")
    page.get_by_label("Day").fill("31")
    page.get_by_label("Month").fill("3")
    page.get_by_label("Year").fill("2026")
    page.get_by_role("button", name="Add action").click()
    page.wait_for_url(detail + "#actions")
    assert "Action added." in page.content()

    page.get_by_role("button", name="Post a progress update").click()
    check(page)
    page.get_by_label("Post a progress update").fill("Supervisors in all three districts briefed.")
    page.get_by_role("button", name="Post update").click()
    page.wait_for_url(detail + "#updates")

    page.get_by_role("button", name="Upload evidence").click()
    check(page)
    page.get_by_label("Title").fill("Briefing attendance")
    page.get_by_label("Description (optional)").fill("Attendance at the supervisor briefings.")
    page.get_by_label("OFFICIAL-SENSITIVE").check()
    page.set_input_files("#file", files=[{"name": "attendance.pdf", "mimeType": "application/pdf", "buffer": PDF}])
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(detail + "#evidence")
    assert "Briefing attendance" in page.content()
    check(page)

    page.get_by_role("button", name="Change status").click()
    check(page)
    page.get_by_label("Implemented (claimed)").check()
    page.get_by_label("Reason for the change").fill("All supervisors briefed; attendance attached.")
    page.get_by_label("Evidence (optional)").select_option(label="Briefing attendance (OFFICIAL-SENSITIVE)")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_url(detail + "#status")

    # The policing body's approver assures the claim and publishes the status.
    sign_in(page, live_server, "approver-a")
    page.goto(detail)
    check(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    assert download.value.suggested_filename == "OFFICIAL-SENSITIVE - Briefing attendance (version 1).pdf"
    page.get_by_role("button", name="Change status").click()
    page.get_by_label("Assured").check()
    page.get_by_label("Reason for the change").fill("Attendance records checked against the duty rota.")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_url(detail + "#status")
    page.get_by_role("button", name="Publish this status").click()
    check(page)
    page.get_by_role("button", name="Publish status").click()
    page.wait_for_url(detail + "#status")

    # The inspectorate closes it.
    sign_in(page, live_server, "analyst")
    page.goto(detail)
    page.get_by_role("button", name="Change status").click()
    page.get_by_label("Closed").check()
    page.get_by_label("Reason for the change").fill("Closed at the national review.")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_url(detail + "#status")
    check(page)

    ob.refresh_from_db()
    assert (ob.status, ob.published_status) == (ObligationStatus.CLOSED, ObligationStatus.ASSURED)
    rows = page.locator("table.app-history tbody tr")
    history = [tuple(cell.strip() for cell in row.split("\t")[1:3]) for row in rows.all_inner_texts()]
    for who, what in [
        ("editor-a", "Action: Brief supervisors on referral guidance created"),
        ("editor-a", "Progress update created"),
        ("editor-a", "Evidence: Briefing attendance created"),
        ("editor-a", "Evidence file: Briefing attendance, version 1 created"),
        ("editor-a", "Status changed"),
        ("approver-a", "Status changed"),
        ("analyst", "Status changed"),
        ("analyst", "Status change created"),
    ]:
        assert (who, what) in history, history
    text = page.locator("table.app-history").inner_text()
    assert "Not started → Implemented (claimed)" in text
    assert "Implemented (claimed) → Assured" in text
    assert "Assured → Closed" in text
    assert "Published status: (none) → Assured" in text


def test_actions_work_without_javascript(world, live_server, page_without_js):
    page = page_without_js
    ob = world.obligation
    detail = f"{live_server.url}/obligations/{ob.pk}/"
    sign_in(page, live_server, "editor-a")
    page.goto(detail)
    page.get_by_role("button", name="Add an action").click()
    page.get_by_label("What will be done").fill("Audit a sample of referrals")
    page.get_by_label("Day").fill("30")
    page.get_by_label("Month").fill("2")
    page.get_by_label("Year").fill("2026")
    page.get_by_role("button", name="Add action").click()
    # 30 February: the date is refused and everything typed is kept.
    assert "Due date must be a real date" in page.locator(".govuk-error-summary").inner_text()
    assert page.get_by_label("What will be done").input_value() == "Audit a sample of referrals"
    page.get_by_label("Day").fill("28")
    page.get_by_role("button", name="Add action").click()
    page.wait_for_url(detail + "#actions")
    page.get_by_role("link", name="Cancel Audit a sample of referrals").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Cancel this action?"
    page.get_by_role("button", name="Cancel action").click()
    page.wait_for_url(detail + "#actions")
    row = page.locator("#actions + table tr", has_text="Audit a sample of referrals")
    assert "Cancelled" in row.inner_text()
    assert "28 Feb 2026" in row.inner_text()
