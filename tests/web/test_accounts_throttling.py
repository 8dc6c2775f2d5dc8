"""Sign-in throttling end to end: real HTTP requests to a live server, per account and per address."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import requests
from axes.models import AccessAttempt
from django.utils import timezone

from tests.accounts.factories import UserFactory

PASSWORD = "correct horse battery staple"
LIMIT = 10


@pytest.fixture(autouse=True)
def _one_proxy(settings):
    """As behind one reverse proxy: the client's address is the last X-Forwarded-For entry."""
    settings.OVERSIGHT_PROXY_COUNT = 1
    settings.AXES_FAILURE_LIMIT = LIMIT


def _csrf(session: requests.Session, url: str, address: str) -> str:
    page = session.get(url, headers={"X-Forwarded-For": address}, timeout=10)
    assert page.status_code == 200, page.text
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert match
    return match.group(1)


def sign_in(base: str, path: str, username: str, password: str, *, address: str) -> requests.Response:
    """A fresh browser session posting the sign-in form at ``path`` from ``address``."""
    session = requests.Session()
    token = _csrf(session, base + path, address)
    return session.post(
        base + path,
        data={"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/"},
        headers={"X-Forwarded-For": address, "Referer": base + path},
        allow_redirects=False,
        timeout=10,
    )


def assert_refused(response: requests.Response) -> None:
    assert response.status_code == 429, response.text[:500]
    assert "Too many attempts: try again in 15 minutes" in response.text
    assert "sessionid" not in response.cookies


def assert_signed_in(response: requests.Response) -> None:
    assert response.status_code == 302, response.text[:500]
    assert "sessionid" in response.cookies


def test_thirty_wrong_passwords_lock_the_account_and_the_address(live_server, transactional_db):
    alice, bob = UserFactory(username="alice"), UserFactory(username="bob")
    base, attacker = live_server.url, "203.0.113.7"

    statuses = [sign_in(base, "/accounts/login/", "alice", f"guess {n}", address=attacker) for n in range(30)]
    assert [r.status_code for r in statuses[: LIMIT - 1]] == [200] * (LIMIT - 1)
    assert "Enter a correct username and password" in statuses[0].text
    for refused in statuses[LIMIT - 1 :]:
        assert_refused(refused)

    # The right password is refused during the cool-off, from that address and from any other.
    assert_refused(sign_in(base, "/accounts/login/", "alice", PASSWORD, address=attacker))
    assert_refused(sign_in(base, "/accounts/login/", "alice", PASSWORD, address="198.51.100.20"))
    # Another account from the same address is refused too: the address is over the limit.
    assert_refused(sign_in(base, "/accounts/login/", "bob", PASSWORD, address=attacker))
    # The same account elsewhere stays locked, but other people elsewhere are unaffected.
    assert_signed_in(sign_in(base, "/accounts/login/", "bob", PASSWORD, address="198.51.100.21"))
    assert alice.is_active
    assert bob.is_active


def test_the_address_limit_counts_failures_across_accounts(live_server, transactional_db):
    UserFactory(username="carol")
    base, sprayer = live_server.url, "203.0.113.9"
    # One wrong password for each of many accounts (password spraying) from one address.
    for n in range(LIMIT):
        sign_in(base, "/accounts/login/", f"someone{n}", "Winter2026!", address=sprayer)
    assert_refused(sign_in(base, "/accounts/login/", "carol", PASSWORD, address=sprayer))
    assert_signed_in(sign_in(base, "/accounts/login/", "carol", PASSWORD, address="198.51.100.30"))


def test_the_admin_sign_in_is_throttled_the_same_way(live_server, transactional_db):
    UserFactory(username="root", is_staff=True, is_superuser=True)
    base, attacker = live_server.url, "203.0.113.11"
    for n in range(LIMIT - 1):
        assert sign_in(base, "/admin/login/", "root", f"guess {n}", address=attacker).status_code == 200
    assert_refused(sign_in(base, "/admin/login/", "root", "one more guess", address=attacker))
    assert_refused(sign_in(base, "/admin/login/", "root", PASSWORD, address=attacker))
    # Throttling is shared between the two sign-in pages: the account is locked at /accounts/login/ too.
    assert_refused(sign_in(base, "/accounts/login/", "root", PASSWORD, address="198.51.100.40"))


def test_signing_in_works_again_after_the_cool_off(live_server, transactional_db):
    UserFactory(username="dave")
    base, address = live_server.url, "203.0.113.13"
    for n in range(LIMIT):
        sign_in(base, "/accounts/login/", "dave", f"guess {n}", address=address)
    assert_refused(sign_in(base, "/accounts/login/", "dave", PASSWORD, address=address))
    # Move the recorded failures back past the 15-minute cool-off instead of waiting for it.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert_signed_in(sign_in(base, "/accounts/login/", "dave", PASSWORD, address=address))


def test_a_client_cannot_choose_its_address_by_writing_x_forwarded_for(rf, settings):
    from oversight.accounts.throttle import client_address

    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.50", REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == "203.0.113.50"  # the entry our one proxy wrote
    settings.OVERSIGHT_PROXY_COUNT = 0
    assert client_address(request) == "10.0.0.1"  # no proxy: the header is ignored
