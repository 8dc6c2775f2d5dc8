"""Requests sent at the same moment to a live server on PostgreSQL: one change wins, the others are
refused as stale, and a request repeated with its one-time key creates one record."""

from __future__ import annotations

import uuid

import pytest
import requests

from oversight.accounts.services import api_token_create
from oversight.evidence.models import EvidenceVersion
from oversight.evidence.services import evidence_folder
from oversight.obligations.models import Action, ProgressUpdate
from oversight.obligations.models import ObligationStatus as S
from tests.hardening.conftest import at_once, postgres_only
from tests.obligations.world import make_world

pytestmark = postgres_only


@pytest.fixture
def world(transactional_db):
    return make_world()


def bearer(world, persona: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_token_create(actor=None, user=world.users[persona], name='t')[1]}"}


def test_one_of_many_simultaneous_transitions_wins(live_server, world):
    headers = bearer(world, "force_a")
    url = f"{live_server.url}/api/obligations/{world.obligation.pk}/transition"

    def claim(target: str):
        body = {"status": target, "note": "Done", "expected_status": "not_started"}
        return lambda: requests.post(url, json=body, headers=headers, timeout=60).status_code

    codes = at_once([claim("implemented")] * 4 + [claim("in_progress")] * 4)
    assert codes.count(200) == 1, codes
    assert set(codes) == {200, 409}
    world.obligation.refresh_from_db()
    changes = ProgressUpdate.objects.filter(obligation=world.obligation).exclude(status_to="")
    assert changes.count() == 1
    assert changes.get().status_to == world.obligation.status
    assert [h.status for h in world.obligation.history.order_by("history_id")][-1] == world.obligation.status
    assert world.obligation.history.exclude(status=S.NOT_STARTED).count() == 1


def test_the_same_action_sent_many_times_at_once_is_created_once(live_server, world):
    headers = bearer(world, "force_a")
    url = f"{live_server.url}/api/obligations/{world.obligation.pk}/actions"
    body = {"title": "Brief supervisors", "token": str(uuid.uuid4())}
    codes = at_once([lambda: requests.post(url, json=body, headers=headers, timeout=60).status_code] * 6)
    assert codes == [201] * 6
    assert Action.objects.filter(obligation=world.obligation).count() == 1


def test_the_same_upload_sent_many_times_at_once_keeps_one_file(live_server, world):
    headers = bearer(world, "force_a")
    token = str(uuid.uuid4())

    def send():
        return requests.post(
            f"{live_server.url}/api/evidence",
            data={"obligation": world.obligation.pk, "title": "Audit", "token": token},
            files={"file": ("audit.csv", b"force,done\nA,1\nB,2\n")},
            headers=headers,
            timeout=60,
        ).status_code

    codes = at_once([send] * 5)
    assert codes == [201] * 5
    version = EvidenceVersion.objects.get()
    assert sorted(p.name for p in evidence_folder().iterdir()) == [version.stored_name]
