"""Who may use each tracking page, with force A's object ids: the rows of the persona × URL table.

For each URL, a GET and a POST with valid input, as anonymous, a force A editor, a force B editor,
force A's policing-body editor and approver, a partner and an inspectorate analyst. 302 is the
sign-in redirect for anonymous and the redirect after a change for the others."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from oversight.evidence.services import evidence_add
from tests.obligations.factories import ActionFactory
from tests.obligations.world import PERSONAS, make_world

# url name -> (GET codes, POST codes), one per persona in the order of PERSONAS:
# anonymous, force_a, force_b, body_a_editor, body_a_approver, partner, analyst
EXPECTED = {
    "obligation-detail": ((302, 200, 404, 200, 200, 404, 200), (302, 405, 405, 405, 405, 405, 405)),
    "obligation-action-add": ((302, 200, 404, 403, 403, 404, 403), (302, 302, 404, 403, 403, 404, 403)),
    "obligation-action-edit": ((302, 200, 404, 403, 403, 404, 403), (302, 302, 404, 403, 403, 404, 403)),
    "obligation-action-status": ((302, 200, 404, 403, 403, 404, 403), (302, 302, 404, 403, 403, 404, 403)),
    "obligation-update-add": ((302, 200, 404, 403, 403, 404, 403), (302, 302, 404, 403, 403, 404, 403)),
    "obligation-status": ((302, 200, 404, 403, 200, 404, 200), (302, 302, 404, 403, 302, 404, 302)),
    "obligation-publish-status": ((302, 403, 404, 403, 200, 404, 200), (302, 403, 404, 403, 302, 404, 302)),
    "evidence-add": ((302, 200, 404, 403, 403, 404, 403), (302, 302, 404, 403, 403, 404, 403)),
    "evidence-version-add": ((302, 200, 404, 403, 403, 404, 403), (302, 302, 404, 403, 403, 404, 403)),
    "evidence-download": ((302, 200, 404, 200, 200, 404, 200), (302, 405, 405, 405, 405, 405, 405)),
}
# A move each persona allowed to change the status may make from "not started".
STATUS_MOVES = {"force_a": "in_progress", "body_a_approver": "not_accepted", "analyst": "superseded"}


def request(client, world, name: str, method: str, persona: str):
    ob = world.obligation
    action = ActionFactory(obligation=ob)
    version = evidence_add(
        actor=world.users["force_a"], obligation=ob, title="Audit", chunks=[b"Audit notes\n"], filename="a.txt"
    )
    urls = {
        "obligation-detail": f"/obligations/{ob.pk}/",
        "obligation-action-add": f"/obligations/{ob.pk}/actions/add/",
        "obligation-action-edit": f"/obligations/{ob.pk}/actions/{action.pk}/edit/",
        "obligation-action-status": f"/obligations/{ob.pk}/actions/{action.pk}/status/",
        "obligation-update-add": f"/obligations/{ob.pk}/updates/add/",
        "obligation-status": f"/obligations/{ob.pk}/status/",
        "obligation-publish-status": f"/obligations/{ob.pk}/publish-status/",
        "evidence-add": f"/obligations/{ob.pk}/evidence/add/",
        "evidence-version-add": f"/obligations/{ob.pk}/evidence/{version.evidence_id}/versions/add/",
        "evidence-download": f"/evidence/{version.pk}/download/",
    }
    url = urls[name]
    if method == "get":
        return client.get(url + ("?to=done" if name == "obligation-action-status" else ""))
    upload = SimpleUploadedFile("b.txt", b"More audit notes\n")
    data = {
        "obligation-action-add": {"title": "Audit referrals"},
        "obligation-action-edit": {"title": "Audit referrals monthly", "version": "1"},
        "obligation-action-status": {"to": "done", "version": "1"},
        "obligation-update-add": {"text": "Audit complete"},
        "obligation-status": {
            "status": STATUS_MOVES.get(persona, "in_progress"),
            "reason": "Because",
            "seen": "not_started",
        },
        "obligation-publish-status": {"seen": "not_started"},
        "evidence-add": {"title": "Dip sample", "classification": "OFFICIAL", "file": upload},
        "evidence-version-add": {"classification": "OFFICIAL", "seen": "1", "file": upload},
    }.get(name, {})
    return client.post(url, data)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_persona_gets_what_the_table_says(db, client, name, method):
    got = []
    for persona in PERSONAS:
        with transaction.atomic():  # a fresh world for each persona, rolled back after
            world = make_world()
            client.logout()
            if world.users[persona]:
                client.force_login(world.users[persona])
            got.append(request(client, world, name, method, persona).status_code)
            transaction.set_rollback(True)
    expected = EXPECTED[name][0 if method == "get" else 1]
    assert dict(zip(PERSONAS, got, strict=True)) == dict(zip(PERSONAS, expected, strict=True))


def test_anonymous_is_sent_to_sign_in(db, client):
    world = make_world()
    response = client.get(f"/obligations/{world.obligation.pk}/")
    assert response["Location"].startswith("/accounts/login/?next=")
