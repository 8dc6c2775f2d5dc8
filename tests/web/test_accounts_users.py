"""User administration pages and the invitation link, and the same operations in the API."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from oversight.accounts.models import Membership, Role, User
from oversight.accounts.services import api_token_create, membership_seen
from tests.accounts.factories import MembershipFactory, UserFactory
from tests.organisations.factories import ForceFactory, OrganisationFactory, PolicingBodyFactory


@pytest.fixture
def admin(db):
    user = UserFactory(username="admin")
    MembershipFactory(
        user=user, organisation=OrganisationFactory(name="Oversight installation"), role=Role.ADMINISTRATOR
    )
    return user


@pytest.fixture
def kent(db):
    return ForceFactory(name="Kent Police")


def test_only_administrators_reach_the_user_pages(client, admin, kent):
    person = UserFactory()
    urls = ["/users/", "/users/invite/", f"/users/{person.pk}/", f"/users/{person.pk}/deactivate/"]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the sign-in page
    editor = UserFactory()
    MembershipFactory(user=editor, organisation=kent, role=Role.FORCE_EDITOR)
    client.force_login(editor)
    for url in urls:
        assert client.get(url).status_code == 403
    assert client.post(f"/users/{person.pk}/deactivate/").status_code == 403
    person.refresh_from_db()
    assert person.is_active
    client.force_login(admin)
    for url in urls:
        assert client.get(url).status_code == 200
    assert client.get("/users/999999/").status_code == 404


def test_invite_through_the_web_then_the_invitee_sets_a_password(
    client, admin, kent, django_capture_on_commit_callbacks
):
    client.force_login(admin)
    form = {"name": "Priya Shah", "email": "priya@kent.example", "organisation": kent.pk, "role": Role.FORCE_EDITOR}
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post("/users/invite/", form)
    invited = User.objects.get(email="priya@kent.example")
    assert sent.status_code == 302
    assert sent["Location"] == f"/users/{invited.pk}/"
    page = client.get(sent["Location"]).content.decode()
    assert "Invitation sent to priya@kent.example" in page
    assert "No password set" in page
    assert "Force editor" in page

    link = re.search(r"http://testserver(/accounts/invitation/\S+/)", mail.outbox[0].body).group(1)
    client.logout()
    set_password = client.get(link, follow=True)
    assert "Choose a password to finish setting up your account" in set_password.content.decode()
    password = "a long invited passphrase"
    done = client.post(
        set_password.redirect_chain[-1][0], {"new_password1": password, "new_password2": password}, follow=True
    )
    assert "Your password is saved" in done.content.decode()
    signed_in = client.post("/accounts/login/", {"username": "priya@kent.example", "password": password})
    assert signed_in.status_code == 302
    assert client.get(link, follow=True).content.decode().count("This link has expired") >= 1


def test_an_invitation_with_a_role_that_does_not_fit_is_shown_again(client, admin, kent):
    client.force_login(admin)
    form = {"name": "Priya Shah", "email": "priya@kent.example", "organisation": kent.pk, "role": Role.APPROVER}
    page = client.post("/users/invite/", form)
    html = page.content.decode()
    assert page.status_code == 409
    assert "govuk-error-summary" in html
    assert 'href="#id_role"' in html
    assert "Approver is not a role in Kent Police" in html
    assert 'value="Priya Shah"' in html  # nothing typed is lost
    assert 'value="priya@kent.example"' in html
    assert not User.objects.filter(email="priya@kent.example").exists()
    empty = client.post("/users/invite/", {})
    assert empty.status_code == 400
    assert "Enter the person&#x27;s full name" in empty.content.decode()


def test_a_double_submitted_invitation_creates_one_user(client, admin, kent):
    client.force_login(admin)
    form = {"name": "Priya Shah", "email": "priya@kent.example", "organisation": kent.pk, "role": Role.VIEWER}
    client.post("/users/invite/", form)
    again = client.post("/users/invite/", form)
    assert again.status_code == 409
    assert User.objects.filter(email="priya@kent.example").count() == 1


def test_list_search_and_change_a_membership(client, admin, kent):
    person = UserFactory(username="sam", first_name="Sam Jones")
    membership = MembershipFactory(user=person, organisation=kent, role=Role.VIEWER)
    client.force_login(admin)
    listing = client.get("/users/?q=kent").content.decode()
    assert "sam" in listing
    assert "Viewer, Kent Police" in listing
    assert "admin" not in client.get("/users/?q=sam").content.decode().split("<main")[1].split("Every user")[0]

    url = f"/users/{person.pk}/memberships/{membership.pk}/"
    assert client.get(url).status_code == 200
    seen = membership_seen(membership)
    changed = client.post(url, {"organisation": kent.pk, "role": Role.FORCE_EDITOR, "seen": seen})
    assert changed.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.FORCE_EDITOR
    stale = client.post(url, {"organisation": kent.pk, "role": Role.VIEWER, "seen": seen})
    assert stale.status_code == 409
    assert "changed this membership meanwhile" in stale.content.decode()
    history = client.get(f"/users/{person.pk}/").content.decode()
    assert "Changed to: Force editor, Kent Police" in history


def test_give_and_remove_a_role_with_confirmation(client, admin, kent):
    person = UserFactory(username="sam")
    body = PolicingBodyFactory()
    client.force_login(admin)
    wrong = client.post(f"/users/{person.pk}/memberships/", {"organisation": kent.pk, "role": Role.APPROVER})
    assert wrong.status_code == 409
    assert "Approver is not a role in Kent Police" in wrong.content.decode()
    given = client.post(f"/users/{person.pk}/memberships/", {"organisation": body.pk, "role": Role.APPROVER})
    assert given.status_code == 302
    membership = Membership.objects.get(user=person)
    remove_url = f"/users/{person.pk}/memberships/{membership.pk}/remove/"
    confirm = client.get(remove_url).content.decode()
    assert "Are you sure you want to remove this role?" in confirm
    assert Membership.objects.filter(pk=membership.pk).exists()  # a GET removes nothing
    seen = membership_seen(membership)
    assert client.post(remove_url, {"seen": seen}).status_code == 302
    assert client.post(remove_url, {"seen": seen}).status_code == 302  # double submission: still fine
    assert not Membership.objects.filter(user=person).exists()
    assert "Removed: Approver" in client.get(f"/users/{person.pk}/").content.decode()


def test_deactivate_with_confirmation_then_reactivate(client, admin):
    person = UserFactory(username="leaver")
    client.force_login(admin)
    confirm = client.get(f"/users/{person.pk}/deactivate/").content.decode()
    assert "Are you sure you want to deactivate leaver?" in confirm
    person.refresh_from_db()
    assert person.is_active
    assert client.post(f"/users/{person.pk}/deactivate/").status_code == 302
    person.refresh_from_db()
    assert not person.is_active
    assert "Deactivated" in client.get(f"/users/{person.pk}/").content.decode()
    refused = client.post(f"/users/{admin.pk}/deactivate/")
    assert refused.status_code == 409
    assert "You cannot deactivate your own account" in refused.content.decode()
    assert client.post(f"/users/{person.pk}/reactivate/").status_code == 302
    person.refresh_from_db()
    assert person.is_active


def test_a_deactivated_user_is_signed_out_and_their_token_refused(client, admin):
    person = UserFactory(username="leaver")
    _, token = api_token_create(actor=None, user=person, name="script")
    client.force_login(person)
    assert client.get("/").context["user"] == person
    client.force_login(admin)
    client.post(f"/users/{person.pk}/deactivate/")
    client.force_login(person)  # the old session of the person
    assert not client.get("/").context["user"].is_authenticated
    assert client.get("/api/reports", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def _api(client, method, url, token, body=None):
    kwargs = {"headers": {"Authorization": f"Bearer {token}"}}
    if body is not None:
        kwargs.update(data=body, content_type="application/json")
    return getattr(client, method)(url, **kwargs)


def test_the_same_operations_in_the_api(client, admin, kent, django_capture_on_commit_callbacks):
    _, token = api_token_create(actor=None, user=admin, name="admin script")
    invite = {"name": "Priya Shah", "email": "priya@kent.example", "organisation": kent.slug, "role": "force_editor"}
    with django_capture_on_commit_callbacks(execute=True):
        created = _api(client, "post", "/api/users", token, invite)
    assert created.status_code == 201, created.content
    person = created.json()
    assert person["has_password"] is False
    assert person["memberships"][0]["role"] == "force_editor"
    assert len(mail.outbox) == 1
    assert _api(client, "post", "/api/users", token, invite).status_code == 409
    assert (
        _api(client, "post", "/api/users", token, {**invite, "email": "x@y.example", "role": "bogus"}).status_code
        == 422
    )

    listed = _api(client, "get", "/api/users?q=priya", token).json()
    assert [u["username"] for u in listed] == ["priya@kent.example"]

    membership = person["memberships"][0]
    url = f"/api/users/{person['id']}/memberships/{membership['id']}"
    change = {"organisation": kent.slug, "role": "viewer", "seen": membership["seen"]}
    changed = _api(client, "post", url, token, change)
    assert changed.status_code == 200
    assert changed.json()["role"] == "viewer"
    stale = _api(client, "post", url, token, change)
    assert stale.status_code == 409
    removed = _api(client, "delete", f"{url}?seen={changed.json()['seen']}", token)
    assert removed.status_code == 204

    deactivated = _api(client, "post", f"/api/users/{person['id']}/deactivate", token)
    assert deactivated.json()["is_active"] is False


def test_the_user_api_is_for_administrators_only(client, kent):
    editor = UserFactory()
    MembershipFactory(user=editor, organisation=kent, role=Role.FORCE_EDITOR)
    _, token = api_token_create(actor=None, user=editor, name="script")
    assert client.get("/api/users").status_code == 401
    assert _api(client, "get", "/api/users", token).status_code == 403
    assert _api(client, "get", f"/api/users/{editor.pk}", token).status_code == 403
    invite = {"name": "X", "email": "x@kent.example", "organisation": kent.slug, "role": "viewer"}
    assert _api(client, "post", "/api/users", token, invite).status_code == 403
    assert not User.objects.filter(email="x@kent.example").exists()


def test_administrators_get_a_link_to_the_user_pages(client, admin, kent):
    client.force_login(admin)
    assert 'href="/users/"' in client.get("/").content.decode()
    editor = UserFactory()
    MembershipFactory(user=editor, organisation=kent, role=Role.FORCE_EDITOR)
    client.force_login(editor)
    assert 'href="/users/"' not in client.get("/").content.decode()


def test_the_user_page_shows_a_linked_entra_id_account(client, admin):
    from oversight.accounts.services import external_identity_link

    person = UserFactory(username="sam")
    tenant, oid = "3b8e1d2a-0c4f-4e5a-9b7c-1a2b3c4d5e6f", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    external_identity_link(actor=admin, user=person, tenant_id=tenant, object_id=oid)
    client.force_login(admin)
    page = client.get(f"/users/{person.pk}/").content.decode()
    assert f"Object {oid} in tenant {tenant}" in page
    assert "Signs in with Entra ID" in page
