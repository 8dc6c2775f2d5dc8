"""Sign-in, sign-out and password reset pages: the service's own templates, email through the backend."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from django.contrib.auth import authenticate
from django.core import mail
from django.test import RequestFactory

from tests.accounts.factories import UserFactory
from tests.conftest import REPO

NEW_PASSWORD = "a brand new long passphrase"


@pytest.fixture
def alice(db):
    return UserFactory(username="alice", email="alice@force.example")


def test_sign_in_page_is_the_services_own(client, db):
    page = client.get("/accounts/login/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "govuk-input" in html
    assert "Django administration" not in html
    assert 'href="/accounts/password_reset/"' in html
    assert "signing in is paused for 15 minutes" in html


def test_a_wrong_password_re_displays_the_form_with_the_username_kept(client, alice):
    page = client.post("/accounts/login/", {"username": "alice", "password": "wrong"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "govuk-error-summary" in html
    assert 'href="#id_username"' in html
    assert 'value="alice"' in html


def test_signing_in_with_the_right_password(client, alice):
    page = client.post("/accounts/login/", {"username": "alice", "password": "correct horse battery staple"})
    assert page.status_code == 302
    assert client.get("/").context["user"] == alice


def test_sign_out_is_post_only(client, alice):
    client.force_login(alice)
    assert client.get("/accounts/logout/").status_code == 405
    assert client.get("/").context["user"] == alice  # a GET (a link, an image) did not sign out
    assert client.post("/accounts/logout/").status_code == 302
    assert not client.get("/").context["user"].is_authenticated


def test_sign_out_needs_the_csrf_token(alice):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.post("/accounts/logout/").status_code == 403
    assert client.get("/").context["user"] == alice


def _reset_link(message: mail.EmailMessage) -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/reset/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_password_reset_end_to_end(client, alice):
    form = client.get("/accounts/password_reset/")
    assert form.status_code == 200
    assert "Reset your password" in form.content.decode()

    sent = client.post("/accounts/password_reset/", {"email": "Alice@Force.Example"})
    assert sent.status_code == 302
    assert sent["Location"] == "/accounts/password_reset/done/"
    assert "Check your email" in client.get(sent["Location"]).content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@force.example"]
    assert message.subject == "Reset your Oversight password"
    assert "alice" in message.body
    assert "72 hours" in message.body

    link = client.get(_reset_link(message))  # Django swaps the token for a session key and redirects
    assert link.status_code == 302
    confirm_url = link["Location"]
    page = client.get(confirm_url)
    assert "Choose a new password" in page.content.decode()

    mismatch = client.post(confirm_url, {"new_password1": NEW_PASSWORD, "new_password2": "something else"})
    html = mismatch.content.decode()
    assert mismatch.status_code == 200
    assert "govuk-error-summary" in html
    assert 'href="#id_new_password2"' in html

    done = client.post(confirm_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    assert done["Location"] == "/accounts/reset/done/"
    assert "Your password has been changed" in client.get(done["Location"]).content.decode()
    request = RequestFactory().post("/accounts/login/")
    assert authenticate(request, username="alice", password=NEW_PASSWORD) == alice

    used_again = client.get(_reset_link(message), follow=True)
    assert "This link has expired" in used_again.content.decode()


def test_an_unknown_address_looks_the_same_and_sends_nothing(client, alice):
    sent = client.post("/accounts/password_reset/", {"email": "nobody@example.org"})
    assert sent.status_code == 302
    assert sent["Location"] == "/accounts/password_reset/done/"
    assert mail.outbox == []


def test_a_malformed_address_is_refused_with_an_error_summary(client, db):
    page = client.post("/accounts/password_reset/", {"email": "not an address"})
    html = page.content.decode()
    assert page.status_code == 200
    assert 'href="#id_email"' in html
    assert 'value="not an address"' in html


def test_password_reset_is_limited_per_account(client, alice, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for n in range(3):  # from three different addresses
        assert (
            client.post("/accounts/password_reset/", {"email": alice.email}, REMOTE_ADDR=f"198.51.100.{n}").status_code
            == 302
        )
    refused = client.post("/accounts/password_reset/", {"email": alice.email}, REMOTE_ADDR="198.51.100.99")
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert len(mail.outbox) == 3


def test_password_reset_is_limited_per_address(client, alice, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for n in range(3):
        client.post("/accounts/password_reset/", {"email": f"someone{n}@example.org"}, REMOTE_ADDR="203.0.113.5")
    refused = client.post("/accounts/password_reset/", {"email": alice.email}, REMOTE_ADDR="203.0.113.5")
    assert refused.status_code == 429
    assert mail.outbox == []
    # ... and signing in from that address is paused too: both are attempts on an account.
    assert (
        client.post(
            "/accounts/login/",
            {"username": "alice", "password": "correct horse battery staple"},
            REMOTE_ADDR="203.0.113.5",
        ).status_code
        == 429
    )


def test_password_change_page_for_a_signed_in_user(client, alice):
    client.force_login(alice)
    page = client.get("/accounts/password_change/")
    assert page.status_code == 200
    assert "Change your password" in page.content.decode()
    wrong = client.post(
        "/accounts/password_change/",
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert wrong.status_code == 200
    assert 'href="#id_old_password"' in wrong.content.decode()


def _settings_with(**env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "oversight.settings", **env}
    code = "import django; django.setup(); from django.conf import settings; print(settings.EMAIL_BACKEND)"
    return subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, cwd=REPO, check=False
    )


def test_email_backend_comes_from_the_environment(tmp_path):
    data = str(tmp_path)
    assert _settings_with(OVERSIGHT_DATA_DIR=data).stdout.strip() == "django.core.mail.backends.console.EmailBackend"
    smtp = _settings_with(OVERSIGHT_DATA_DIR=data, EMAIL_BACKEND="smtp", EMAIL_HOST="mail.example.org")
    assert smtp.stdout.strip() == "django.core.mail.backends.smtp.EmailBackend"
    wrong = _settings_with(OVERSIGHT_DATA_DIR=data, EMAIL_BACKEND="carrier-pigeon")
    assert wrong.returncode != 0
    assert "EMAIL_BACKEND must be one of console, smtp" in wrong.stderr


def test_the_test_clients_login_works_when_given_a_request(client, alice):
    """django-axes checks every authentication against the request it came with; the test client's
    ``login`` sends none, so tests pass one (django-axes' documented way) or use ``force_login``."""
    from django.http import HttpRequest

    assert client.login(request=HttpRequest(), username="alice", password="correct horse battery staple")
    assert client.get("/").context["user"] == alice
    assert not client.login(request=HttpRequest(), username="alice", password="wrong")
