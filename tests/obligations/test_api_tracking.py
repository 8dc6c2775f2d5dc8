"""The obligation API's write paths: enumerations and lengths checked at the edge (422 naming the
field) and again in the services, stale and repeated requests, actions edited and closed."""

from __future__ import annotations

import uuid

import pytest

from oversight.accounts.services import api_token_create
from oversight.core.errors import InvalidChange
from oversight.obligations.models import Action, ActionStatus, ProgressUpdate
from oversight.obligations.models import ObligationStatus as S
from oversight.obligations.services import action_create, action_set_status, obligation_transition, update_create
from tests.obligations.factories import ActionFactory
from tests.obligations.world import make_world


@pytest.fixture
def world(db):
    return make_world()


def auth(world, persona: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_token_create(actor=None, user=world.users[persona], name='t')[1]}"}


def post(client, url: str, body: dict, headers: dict):
    return client.post(url, body, content_type="application/json", headers=headers)


def field_of(response) -> list[str]:
    return [str(error["loc"][-1]) for error in response.json()["detail"]]


def test_an_unknown_status_is_a_422_naming_the_field(world, client):
    url = f"/api/obligations/{world.obligation.pk}/transition"
    bad = post(client, url, {"status": "bogus"}, auth(world, "force_a"))
    assert bad.status_code == 422
    assert field_of(bad) == ["status"]
    stale_kind = post(client, url, {"status": "implemented", "expected_status": "nope"}, auth(world, "force_a"))
    assert field_of(stale_kind) == ["expected_status"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "x" * 400}, "title"),
        ({"title": "ok", "owner": "y" * 300}, "owner"),
        ({"title": ""}, "title"),
        ({"title": "ok", "due": "31 February"}, "due"),
    ],
)
def test_action_fields_are_checked_at_the_edge(world, client, body, field):
    response = post(client, f"/api/obligations/{world.obligation.pk}/actions", body, auth(world, "force_a"))
    assert response.status_code == 422
    assert field_of(response) == [field]
    assert not Action.objects.exists()


def test_the_services_check_the_same_limits(world):
    editor = world.users["force_a"]
    with pytest.raises(InvalidChange, match="300 characters"):
        action_create(actor=editor, obligation=world.obligation, title="x" * 301)
    with pytest.raises(InvalidChange, match="200 characters"):
        action_create(actor=editor, obligation=world.obligation, title="ok", owner="y" * 201)
    with pytest.raises(InvalidChange, match="not an obligation status"):
        obligation_transition(actor=editor, obligation=world.obligation, to_status="bogus")
    with pytest.raises(InvalidChange, match="5000 characters"):
        update_create(actor=editor, obligation=world.obligation, text="z" * 5001)
    with pytest.raises(InvalidChange, match="not allowed"):
        update_create(actor=editor, obligation=world.obligation, text="a\x00b")
    action = ActionFactory(obligation=world.obligation)
    with pytest.raises(InvalidChange, match="not an action status"):
        action_set_status(actor=editor, action=action, to_status="bogus")


def test_a_repeated_request_with_its_token_acts_once(world, client):
    headers = auth(world, "force_a")
    token = str(uuid.uuid4())
    base = f"/api/obligations/{world.obligation.pk}"
    first = post(client, f"{base}/actions", {"title": "Brief", "token": token}, headers)
    second = post(client, f"{base}/actions", {"title": "Brief", "token": token}, headers)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    assert Action.objects.count() == 1
    update_token = str(uuid.uuid4())
    for _ in range(2):
        assert post(client, f"{base}/updates", {"text": "Met", "token": update_token}, headers).status_code == 201
    move = {"status": "implemented", "note": "Done", "token": str(uuid.uuid4())}
    for _ in range(2):
        assert post(client, f"{base}/transition", move, headers).status_code == 200
    assert ProgressUpdate.objects.filter(obligation=world.obligation).count() == 2


def test_a_stale_transition_is_a_409(world, client):
    headers = auth(world, "force_a")
    url = f"/api/obligations/{world.obligation.pk}/transition"
    assert post(client, url, {"status": "in_progress", "expected_status": "not_started"}, headers).status_code == 200
    stale = post(client, url, {"status": "implemented", "expected_status": "not_started"}, headers)
    assert stale.status_code == 409
    assert "meanwhile" in stale.json()["detail"]
    world.obligation.refresh_from_db()
    assert world.obligation.status == S.IN_PROGRESS


def test_edit_close_and_list_actions(world, client):
    headers = auth(world, "force_a")
    base = f"/api/obligations/{world.obligation.pk}/actions"
    action = post(client, base, {"title": "Brief", "owner": "Ops"}, headers).json()
    edited = client.put(
        f"{base}/{action['id']}",
        {"title": "Brief all supervisors", "owner": "Ops", "due": "2026-03-31", "version": 1},
        content_type="application/json",
        headers=headers,
    )
    assert edited.status_code == 200
    assert edited.json()["version"] == 2
    stale = client.put(
        f"{base}/{action['id']}", {"title": "Other", "version": 1}, content_type="application/json", headers=headers
    )
    assert stale.status_code == 409
    done = post(client, f"{base}/{action['id']}/status", {"status": "done", "version": 2}, headers)
    assert done.json()["status"] == ActionStatus.DONE
    assert post(client, f"{base}/{action['id']}/status", {"status": "bogus"}, headers).status_code == 422
    listed = client.get(base, headers=headers).json()
    assert [(a["title"], a["status"]) for a in listed] == [("Brief all supervisors", "done")]
    # Others: the body sees but may not change; force B does not see it at all.
    assert client.get(base, headers=auth(world, "body_a_editor")).status_code == 200
    body = post(client, f"{base}/{action['id']}/status", {"status": "open"}, auth(world, "body_a_editor"))
    assert body.status_code == 403
    assert client.get(base, headers=auth(world, "force_b")).status_code == 404
    other = post(client, f"{base}/{action['id']}/status", {"status": "open"}, auth(world, "force_b"))
    assert other.status_code == 404


def test_updates_are_listed_with_their_authors(world, client):
    headers = auth(world, "force_a")
    base = f"/api/obligations/{world.obligation.pk}"
    post(client, f"{base}/updates", {"text": "Working group met"}, headers)
    post(client, f"{base}/transition", {"status": "implemented", "note": "Done"}, headers)
    listed = client.get(f"{base}/updates", headers=headers).json()
    assert [(u["author"], u["status_to"], u["text"]) for u in listed] == [
        ("editor-a", "implemented", "Done"),
        ("editor-a", "", "Working group met"),
    ]


def test_the_whole_trail_names_who_changed_what(world, client):
    headers = auth(world, "force_a")
    base = f"/api/obligations/{world.obligation.pk}"
    post(client, f"{base}/actions", {"title": "Brief"}, headers)
    post(client, f"{base}/transition", {"status": "implemented", "note": "Done"}, headers)
    trail = client.get(f"{base}/trail", headers=auth(world, "body_a_editor")).json()
    assert [(e["who"], e["subject"], e["action"]) for e in trail[:3]] == [
        ("editor-a", "Status change", "created"),
        ("editor-a", "Status", "changed"),
        ("editor-a", "Action: Brief", "created"),
    ]
    assert {"field": "Status", "before": "Not started", "after": "Implemented (claimed)"} in trail[1]["changes"]
    assert client.get(f"{base}/trail", headers=auth(world, "force_b")).status_code == 404
    assert client.get(f"{base}/trail").status_code == 404
