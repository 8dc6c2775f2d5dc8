"""The write paths tried as a careful tester would: over HTTP against a live server, with real
sessions and requests sent at the same moment. Each test is one row of what used to go wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from django.conf import settings

from oversight.accounts.models import Role
from oversight.accounts.services import api_token_create
from oversight.organisations.models import Organisation
from oversight.reports.models import ReportState
from oversight.reports.services import report_import_pack
from oversight.responses.models import Response, ResponseState
from oversight_ingest.packs import load_pack
from tests.accounts.factories import member_of
from tests.conftest import PACKS, SHARED
from tests.hardening.conftest import at_once, csrf_headers, postgres_only, session_for
from tests.reports.factories import ReportFactory
from tests.responses.factories import ResponseFactory, ResponseItemFactory

TVP_BODY = "Thames Valley Police and Crime Commissioner"
SEED_LETTER = SHARED / "seeds" / "002_1dbf767424ad35b5.txt"


@pytest.fixture
def oic(transactional_db):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    return report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True).report


@pytest.fixture
def draft(oic):
    body = Organisation.objects.get(name=TVP_BODY)
    response = ResponseFactory(
        report=oic, organisation=body, force=Organisation.objects.get(name="Thames Valley Police")
    )
    for finding in oic.findings.all()[:2]:
        ResponseItemFactory(response=response, finding=finding, stance="agree")
    return response


def _states(response: Response) -> list[str]:
    """The response's states in the order they were written, from its audit history."""
    return [h.state for h in response.history.order_by("history_date", "history_id")]


@postgres_only
def test_simultaneous_confirms_and_publishes_never_unpublish(live_server, draft):
    editor, approver = member_of(TVP_BODY, Role.BODY_EDITOR), member_of(TVP_BODY, Role.APPROVER)
    editor_http, approver_http = session_for(live_server, editor), session_for(live_server, approver)
    base = f"{live_server.url}/api/responses/{draft.pk}"

    def confirm():
        return editor_http.post(
            base + "/confirm", json={}, headers=csrf_headers(editor_http, live_server), timeout=60
        ).status_code

    def publish():
        return approver_http.post(
            base + "/publish", headers=csrf_headers(approver_http, live_server), timeout=60
        ).status_code

    codes = at_once([confirm] * 6 + [publish] * 6)
    confirms, publishes = codes[:6], codes[6:]
    assert confirms.count(200) == 1, codes
    assert set(confirms) <= {200, 409}
    assert set(publishes) <= {200, 409}
    assert publishes.count(200) <= 1
    draft.refresh_from_db()
    expected_final = ResponseState.PUBLISHED if 200 in publishes else ResponseState.CONFIRMED
    assert draft.state == expected_final
    # The history only ever moves forward: draft, confirmed once, published at most once.
    states = _states(draft)
    assert states[0] == ResponseState.DRAFT
    assert states.count(ResponseState.CONFIRMED) == 1
    assert states.count(ResponseState.PUBLISHED) == (1 if expected_final == ResponseState.PUBLISHED else 0)
    if ResponseState.PUBLISHED in states:
        assert states.index(ResponseState.PUBLISHED) == len(states) - 1


@postgres_only
def test_of_eight_simultaneous_confirms_exactly_one_succeeds(live_server, draft):
    sessions = [session_for(live_server, member_of(TVP_BODY, Role.BODY_EDITOR)) for _ in range(8)]
    url = f"{live_server.url}/api/responses/{draft.pk}/confirm"
    results = at_once(
        [lambda h=h: h.post(url, json={}, headers=csrf_headers(h, live_server), timeout=60) for h in sessions]
    )
    codes = sorted(r.status_code for r in results)
    assert codes == [200] + [409] * 7
    refused = next(r for r in results if r.status_code == 409)
    assert "already been confirmed" in refused.json()["detail"]
    assert _states(Response.objects.get(pk=draft.pk)).count(ResponseState.CONFIRMED) == 1


@postgres_only
@pytest.mark.skipif(not SEED_LETTER.is_file(), reason="the seed letters in ../shared are not beside the project")
def test_the_same_letter_uploaded_twice_at_once_makes_one_draft(live_server, oic):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    token = api_token_create(actor=None, user=editor, name="twice")[1]
    data = SEED_LETTER.read_bytes()

    def upload():
        return requests.post(
            f"{live_server.url}/api/responses/ingest",
            files={"file": ("letter.txt", data, "text/plain")},
            headers={"Authorization": f"Bearer {token}"},
            timeout=120,
        )

    first, second = at_once([upload, upload])
    assert (first.status_code, second.status_code) == (202, 202)
    ids = {first.json()["outcome"]["response_id"], second.json()["outcome"]["response_id"]}
    assert len(ids) == 1
    assert Response.objects.count() == 1
    assert not any((Path(settings.MEDIA_ROOT) / "uploads").glob("*/*"))


def test_a_cookie_session_cannot_post_to_the_api_without_the_csrf_token(live_server, draft):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    http = session_for(live_server, editor)
    url = f"{live_server.url}/api/responses/{draft.pk}/confirm"
    forged = http.post(
        url, data="{}", headers={"Origin": "http://evil.example", "Content-Type": "text/plain"}, timeout=30
    )
    assert forged.status_code == 403
    assert "CSRF token" in forged.json()["detail"]
    with_token_but_foreign_origin = http.post(
        url, json={}, headers={**csrf_headers(http, live_server), "Origin": "http://evil.example"}, timeout=30
    )
    assert with_token_but_foreign_origin.status_code == 403
    draft.refresh_from_db()
    assert draft.state == ResponseState.DRAFT
    plain_text = http.post(
        url, data="{}", headers={**csrf_headers(http, live_server), "Content-Type": "text/plain"}, timeout=30
    )
    assert plain_text.status_code == 415
    ok = http.post(url, json={}, headers=csrf_headers(http, live_server), timeout=30)
    assert ok.status_code == 200, ok.text


def test_a_bearer_token_needs_no_csrf_token(live_server, draft):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    token = api_token_create(actor=None, user=editor, name="script")[1]
    answer = requests.post(
        f"{live_server.url}/api/responses/{draft.pk}/confirm",
        json={},
        headers={"Authorization": f"Bearer {token}", "Origin": "http://evil.example"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text


def test_signed_in_answers_are_not_cached_and_public_ones_may_be(live_server, draft):
    http = session_for(live_server, member_of(TVP_BODY, Role.BODY_EDITOR))
    for path in ("/", "/responses/", f"/responses/{draft.pk}/", "/api/responses", f"/api/responses/{draft.pk}"):
        answer = http.get(live_server.url + path, timeout=30)
        assert answer.status_code == 200, path
        assert answer.headers["Cache-Control"] == "private, no-store", path
        assert "camera=()" in answer.headers["Permissions-Policy"], path
    public = requests.get(live_server.url + f"/reports/{draft.report.key}/", timeout=30)
    assert "no-store" not in public.headers.get("Cache-Control", "")
    assert "camera=()" in public.headers["Permissions-Policy"]


def test_a_draft_report_key_gets_the_same_answer_as_an_unknown_one(live_server, oic):
    hidden = ReportFactory(state=ReportState.DRAFT, key="not-yet-public")
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    token = api_token_create(actor=None, user=editor, name="probe")[1]

    def ingest(report_key: str) -> requests.Response:
        return requests.post(
            f"{live_server.url}/api/responses/ingest",
            files={"file": ("l.txt", b"Dear Sir", "text/plain")},
            data={"report": report_key},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )

    draft_answer, unknown_answer = ingest(hidden.key), ingest("no-such-report")
    assert draft_answer.status_code == unknown_answer.status_code == 400
    assert draft_answer.json() == unknown_answer.json()
    assert not any((Path(settings.MEDIA_ROOT) / "uploads").glob("*/*"))
