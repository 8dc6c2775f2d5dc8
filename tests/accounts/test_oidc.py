"""Sign-in with Entra ID: the backend's user lookup on tid + oid, never email (no network)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.exceptions import SuspiciousOperation
from django.core.management import CommandError, call_command

from oversight.accounts.models import ExternalIdentity
from oversight.accounts.oidc import EntraIdBackend
from oversight.accounts.services import external_identity_link
from oversight.core.errors import InvalidChange
from tests.accounts.factories import UserFactory
from tests.conftest import REPO

TENANT = "3b8e1d2a-0c4f-4e5a-9b7c-1a2b3c4d5e6f"
OTHER_TENANT = "9f8e7d6c-5b4a-4321-8765-0fedcba98765"
OID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


@pytest.fixture(autouse=True)
def _oidc(settings):
    settings.OIDC_RP_CLIENT_ID = "client"
    settings.OIDC_RP_CLIENT_SECRET = "secret"
    settings.OIDC_ALLOWED_TENANT_IDS = [TENANT]
    settings.OIDC_CREATE_USER = False


def sign_in(claims):
    """What the backend does with a verified ID token's claims (the token exchange is the library's)."""
    return EntraIdBackend().get_or_create_user("access-token", "id-token", claims)


def claims(**extra):
    return {"tid": TENANT, "oid": OID, "name": "Priya Shah", "preferred_username": "priya@force.example", **extra}


def test_a_linked_user_is_found_by_tenant_and_object_id_whatever_the_email(db):
    priya = UserFactory(username="priya", email="priya@force.example")
    external_identity_link(actor=None, user=priya, tenant_id=TENANT.upper(), object_id=OID)
    assert sign_in(claims(email="someone.else@force.example")) == priya
    assert sign_in(claims(email=None)) == priya


def test_the_same_email_without_a_link_is_not_a_match(db):
    UserFactory(username="priya", email="priya@force.example")
    assert sign_in(claims(email="priya@force.example")) is None


def test_the_same_object_id_in_another_tenant_is_refused(db):
    priya = UserFactory(username="priya")
    external_identity_link(actor=None, user=priya, tenant_id=TENANT, object_id=OID)
    with pytest.raises(SuspiciousOperation, match="not allowed"):
        sign_in(claims(tid=OTHER_TENANT))
    with pytest.raises(SuspiciousOperation, match="no tid or oid"):
        sign_in({"tid": TENANT, "email": "priya@force.example"})


def test_a_deactivated_user_cannot_sign_in_with_entra_id(db):
    priya = UserFactory(username="priya", is_active=False)
    external_identity_link(actor=None, user=priya, tenant_id=TENANT, object_id=OID)
    assert sign_in(claims()) is None


def test_with_user_creation_a_new_person_gets_an_account_without_roles(db, settings):
    settings.OIDC_CREATE_USER = True
    user = sign_in(claims())
    assert user.username == "priya@force.example"
    assert user.get_full_name() == "Priya Shah"
    assert not user.has_usable_password()
    assert not user.memberships.exists()
    assert ExternalIdentity.objects.get(user=user).object_id == OID
    assert sign_in(claims(preferred_username="renamed@force.example")) == user  # found again, not duplicated


def test_linking_checks_identifiers_and_owners(db, capsys):
    priya, sam = UserFactory(username="priya"), UserFactory(username="sam")
    with pytest.raises(InvalidChange, match="GUIDs"):
        external_identity_link(actor=None, user=priya, tenant_id="contoso", object_id=OID)
    call_command("link-entra-id", "priya", "--tenant-id", TENANT, "--object-id", OID)
    assert "priya can sign in with Entra ID" in capsys.readouterr().out
    with pytest.raises(CommandError, match="already linked to priya"):
        call_command("link-entra-id", "sam", "--tenant-id", TENANT, "--object-id", OID)
    assert not sam.external_identities.exists()


def _check_settings(**env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "oversight.settings", **env}
    code = (
        "import django; django.setup(); from django.conf import settings; from django.urls import reverse; "
        "print(settings.AUTHENTICATION_BACKENDS[-1], settings.OIDC_OP_TOKEN_ENDPOINT, "
        "reverse('oidc_authentication_init'))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, cwd=REPO, check=False
    )


def test_oidc_is_configured_from_the_environment(tmp_path):
    missing = _check_settings(OVERSIGHT_DATA_DIR=str(tmp_path), OIDC_ENABLED="true")
    assert missing.returncode != 0
    assert "OIDC_ENABLED needs OIDC_RP_CLIENT_ID" in missing.stderr
    enabled = _check_settings(
        OVERSIGHT_DATA_DIR=str(tmp_path),
        OIDC_ENABLED="true",
        OIDC_RP_CLIENT_ID="client",
        OIDC_RP_CLIENT_SECRET="secret",
        OIDC_ENTRA_TENANT_ID=TENANT,
    )
    assert enabled.stdout.split() == [
        "oversight.accounts.oidc.EntraIdBackend",
        f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token",
        "/accounts/oidc/authenticate/",
    ], enabled.stderr
