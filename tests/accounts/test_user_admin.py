"""User administration services: invitations, roles that fit the organisation, deactivation, all audited."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from oversight.accounts.models import Membership, Role, User
from oversight.accounts.services import (
    invitation_resend,
    membership_add,
    membership_change,
    membership_remove,
    membership_seen,
    user_invite,
    user_set_active,
)
from oversight.core.audit import audit_trail
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.organisations.models import Organisation
from tests.accounts.factories import MembershipFactory, UserFactory
from tests.organisations.factories import ForceFactory, OrganisationFactory, PolicingBodyFactory

SITE = "https://oversight.example.org/"


@pytest.fixture
def admin(db):
    user = UserFactory(username="admin")
    MembershipFactory(
        user=user, organisation=OrganisationFactory(name="Oversight installation"), role=Role.ADMINISTRATOR
    )
    return user


def _kent():
    return Organisation.objects.filter(slug="kent-police").first() or ForceFactory(name="Kent Police")


def invite(actor, **overrides):
    fields = {
        "name": "Priya Shah",
        "email": "Priya.Shah@Force.example",
        "organisation": overrides.pop("organisation", None) or _kent(),
        "role": Role.FORCE_EDITOR,
        "site_url": SITE,
    }
    return user_invite(actor=actor, **{**fields, **overrides})


def test_an_invitation_creates_a_user_without_a_password_and_emails_a_link(admin, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user = invite(admin)
    assert user.username == "priya.shah@force.example"
    assert user.get_full_name() == "Priya Shah"
    assert not user.has_usable_password()
    assert [(m.organisation.name, m.role) for m in user.memberships.all()] == [("Kent Police", Role.FORCE_EDITOR)]
    [message] = mail.outbox
    assert message.to == ["priya.shah@force.example"]
    assert message.subject == "You are invited to Oversight"
    assert "admin has invited you" in message.body
    assert "Force editor, Kent Police" in message.body
    assert re.search(r"https://oversight\.example\.org/accounts/invitation/[^/]+/[^/]+/", message.body)
    # Audited: the user and the membership were created by the administrator.
    assert [(e.who, e.action) for e in audit_trail(user)] == [("admin", "created")]
    assert Membership.history.get(user_id=user.pk).history_user == admin


def test_the_role_must_fit_the_kind_of_organisation(admin):
    with pytest.raises(InvalidChange, match=r"Approver is not a role in Kent Police, which is a police force"):
        invite(admin, role=Role.APPROVER)
    assert not User.objects.filter(email="priya.shah@force.example").exists()
    body = PolicingBodyFactory()
    assert invite(admin, organisation=body, role=Role.APPROVER).memberships.get().role == Role.APPROVER


def test_an_email_address_is_invited_once(admin):
    invite(admin)
    with pytest.raises(InvalidChange, match=r"already a user with the email address priya\.shah@force\.example"):
        invite(admin, email="PRIYA.SHAH@force.example")
    assert User.objects.filter(email="priya.shah@force.example").count() == 1


def test_bad_names_and_addresses_are_refused(admin):
    with pytest.raises(InvalidChange, match="Enter an email address in the correct format"):
        invite(admin, email="not-an-address")
    with pytest.raises(InvalidChange, match="full name"):
        invite(admin, name="   ")


def test_only_administrators_manage_users(db):
    editor = UserFactory()
    MembershipFactory(user=editor, role=Role.FORCE_EDITOR)
    with pytest.raises(NotAllowed):
        invite(editor)
    with pytest.raises(NotAllowed):
        user_set_active(actor=editor, user=UserFactory(), active=False)


def test_changing_a_membership_refuses_a_stale_form(admin):
    membership = MembershipFactory(role=Role.FORCE_EDITOR)
    seen = membership_seen(membership)
    other_force = ForceFactory()
    membership_change(actor=admin, membership=membership, organisation=other_force, role=Role.VIEWER, seen=seen)
    membership.refresh_from_db()
    assert (membership.organisation, membership.role) == (other_force, Role.VIEWER)
    # A second form opened before that change is refused instead of silently overwriting it.
    with pytest.raises(InvalidChange, match="changed this membership meanwhile"):
        membership_change(
            actor=admin, membership=membership, organisation=other_force, role=Role.FORCE_EDITOR, seen=seen
        )
    assert [r.history_user for r in Membership.history.filter(id=membership.pk)] == [admin, None]


def test_a_membership_added_twice_is_one_membership(admin):
    user, force = UserFactory(), ForceFactory()
    first = membership_add(actor=admin, user=user, organisation=force, role=Role.VIEWER)
    second = membership_add(actor=admin, user=user, organisation=force, role=Role.VIEWER)
    assert first == second
    assert user.memberships.count() == 1


def test_removing_a_membership_is_audited_and_idempotent(admin):
    membership = MembershipFactory(role=Role.VIEWER)
    seen = membership_seen(membership)
    membership_remove(actor=admin, membership=membership, seen=seen)
    membership_remove(actor=admin, membership=membership, seen=seen)  # a double submission
    assert not Membership.objects.filter(pk=membership.pk).exists()
    removed = Membership.history.get(id=membership.pk, history_type="-")
    assert removed.history_user == admin


def test_an_administrator_cannot_lock_themselves_out(admin):
    own = admin.memberships.get()
    with pytest.raises(InvalidChange, match="your own administrator role"):
        membership_remove(actor=admin, membership=own, seen=membership_seen(own))
    with pytest.raises(InvalidChange, match="your own account"):
        user_set_active(actor=admin, user=admin, active=False)


def test_deactivating_stops_sign_in_and_is_audited(admin, client):
    person = UserFactory(username="leaver")
    user_set_active(actor=admin, user=person, active=False)
    user_set_active(actor=admin, user=person, active=False)  # again: no second change
    person.refresh_from_db()
    assert not person.is_active
    events = audit_trail(person)
    assert [(e.who, e.action) for e in events] == [("admin", "changed"), ("system", "created")]
    assert events[0].changes[0].field == "is_active"
    response = client.post("/accounts/login/", {"username": "leaver", "password": "correct horse battery staple"})
    assert response.status_code == 200  # refused: the form is shown again


def test_a_new_invitation_only_for_someone_without_a_password(admin, django_capture_on_commit_callbacks):
    person = invite(admin)
    with django_capture_on_commit_callbacks(execute=True):
        invitation_resend(actor=admin, user=person, site_url=SITE)
    assert len(mail.outbox) == 1
    with pytest.raises(InvalidChange, match="already set a password"):
        invitation_resend(actor=admin, user=UserFactory(email="x@example.org"), site_url=SITE)


def test_invite_user_command(db, django_capture_on_commit_callbacks, capsys):
    ForceFactory(name="Kent Police", slug="kent-police")
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "invite-user",
            "--name",
            "Sam Jones",
            "--email",
            "sam@kent.example",
            "--organisation",
            "kent-police",
            "--role",
            "force_editor",
            "--site-url",
            SITE,
        )
    assert "Invited Sam Jones <sam@kent.example> as force editor, Kent Police" in capsys.readouterr().out
    assert "An Oversight administrator has invited you" in mail.outbox[0].body
    with pytest.raises(CommandError, match=r"Approver is not a role in Kent Police.*Nothing was saved"):
        call_command(
            "invite-user",
            "--name",
            "X",
            "--email",
            "x@kent.example",
            "--organisation",
            "kent-police",
            "--role",
            "approver",
        )
    with pytest.raises(CommandError, match="No organisation with the slug 'nowhere'"):
        call_command(
            "invite-user", "--name", "X", "--email", "x@kent.example", "--organisation", "nowhere", "--role", "viewer"
        )
