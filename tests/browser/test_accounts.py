"""Account pages in a real browser, without JavaScript: accessible, and the flows work end to end.

axe-core needs JavaScript, so each page is checked as served in a second context (see
``assert_accessible_as_served``)."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from tests.accounts.factories import MembershipFactory, UserFactory
from tests.browser.test_responses_review import assert_accessible_as_served
from tests.organisations.factories import ForceFactory, OrganisationFactory

from oversight.accounts.models import Role, User

PASSWORD = "correct horse battery staple"


@pytest.fixture
def admin(transactional_db):
    user = UserFactory(username="admin", email="admin@oversight.example")
    MembershipFactory(
        user=user, organisation=OrganisationFactory(name="Oversight installation"), role=Role.ADMINISTRATOR
    )
    ForceFactory(name="Kent Police")
    return user


def sign_in(page, base, username, password=PASSWORD):
    page.goto(base + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_the_lockout_page_is_clear_and_accessible(admin, live_server, page_without_js, browser, settings):
    settings.AXES_FAILURE_LIMIT = 3
    page = page_without_js
    for n in range(3):
        sign_in(page, live_server.url, "admin", f"guess {n}")
    assert page.get_by_role("heading", level=1).inner_text() == "Too many attempts: try again in 15 minutes"
    sign_in(page, live_server.url, "admin")
    assert "Too many attempts" in page.content()
    assert "Signed in as" not in page.content()
    assert_accessible_as_served(browser, page)


def test_password_reset_pages_are_accessible(admin, live_server, page_without_js, browser):
    page = page_without_js
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_role("link", name="I have forgotten my password").click()
    assert_accessible_as_served(browser, page)
    page.get_by_label("Email address").fill("not an address")
    page.get_by_role("button", name="Send the link").click()
    assert page.get_by_role("alert").inner_text().startswith("There is a problem")
    assert_accessible_as_served(browser, page)
    page.get_by_label("Email address").fill("admin@oversight.example")
    page.get_by_role("button", name="Send the link").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Check your email"
    assert_accessible_as_served(browser, page)
    link = re.search(r"http://[^/\s]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    page.goto(live_server.url + link)
    assert_accessible_as_served(browser, page)
    page.get_by_label("New password", exact=True).fill("a brand new long passphrase")
    page.get_by_label("Confirm new password").fill("a brand new long passphrase")
    page.get_by_role("button", name="Save the new password").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your password has been changed"
    assert_accessible_as_served(browser, page)


def test_an_administrator_invites_a_user_who_then_signs_in(admin, live_server, page_without_js, browser):
    page = page_without_js
    sign_in(page, live_server.url, "admin")
    page.get_by_role("link", name="Users").click()
    assert_accessible_as_served(browser, page)
    page.get_by_role("button", name="Invite a user").click()
    assert_accessible_as_served(browser, page)
    page.get_by_label("Full name").fill("Priya Shah")
    page.get_by_label("Email address").fill("priya@kent.example")
    page.get_by_label("Organisation").select_option(label="Kent Police")
    page.get_by_label("Role").select_option(label="Approver")
    page.get_by_role("button", name="Send the invitation").click()
    assert "Approver is not a role in Kent Police" in page.get_by_role("alert").inner_text()
    assert_accessible_as_served(browser, page)
    page.get_by_label("Role").select_option(label="Force editor")
    page.get_by_role("button", name="Send the invitation").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Priya Shah"
    assert_accessible_as_served(browser, page)
    page.get_by_role("button", name="Deactivate priya@kent.example").click()
    assert_accessible_as_served(browser, page)
    page.get_by_role("link", name="Cancel").click()

    link = re.search(r"http://[^/\s]+(/accounts/invitation/\S+/)", mail.outbox[0].body).group(1)
    invitee = browser.new_context(java_script_enabled=False).new_page()
    invitee.goto(live_server.url + link)
    assert_accessible_as_served(browser, invitee)
    invitee.get_by_label("New password", exact=True).fill("an invited long passphrase")
    invitee.get_by_label("Confirm new password").fill("an invited long passphrase")
    invitee.get_by_role("button", name="Save the password").click()
    sign_in(invitee, live_server.url, "priya@kent.example", "an invited long passphrase")
    assert "Signed in as priya@kent.example" in invitee.content()
    assert User.objects.get(username="priya@kent.example").has_usable_password()
