"""The obligation page and its forms, through Django's test client."""

from __future__ import annotations

import re

import pytest

from oversight.obligations.models import Action, ActionStatus, ProgressUpdate
from oversight.obligations.models import ObligationStatus as S
from oversight.responses.models import ResponseState
from tests.obligations.factories import ActionFactory, ProgressUpdateFactory
from tests.obligations.world import make_world
from tests.responses.factories import ResponseFactory, ResponseItemFactory


@pytest.fixture
def world(db):
    return make_world()


def token_of(html: str) -> str:
    return re.search(r'name="token" value="([0-9a-f-]+)"', html).group(1)


def test_the_page_shows_the_finding_the_response_and_the_record(world, client):
    ob = world.obligation
    response = ResponseFactory(
        report=ob.finding.report,
        organisation=world.users["body_a_editor"].memberships.get().organisation,
        force=ob.organisation,
        state=ResponseState.CONFIRMED,
        text="Preamble. We accept this and have trained 600 staff. Closing.",
    )
    ResponseItemFactory(
        response=response,
        finding=ob.finding,
        stance="accepted",
        claimed_status="in_progress",
        span_start=10,
        span_end=52,
        claims=[{"text": "have trained 600 staff", "figures": []}],
    )
    ResponseItemFactory(  # a draft does not count
        response=ResponseFactory(report=ob.finding.report, force=ob.organisation, text="Draft words"),
        finding=ob.finding,
        span_start=0,
        span_end=11,
    )
    ActionFactory(obligation=ob, title="Brief supervisors", owner="Head of Crime")
    ProgressUpdateFactory(obligation=ob, text="Working group met.")
    client.force_login(world.users["force_a"])
    page = client.get(f"/obligations/{ob.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert ob.finding.text in html
    assert "30 April 2026" in html
    assert "chief constables" in html
    assert "We accept this and have trained 600 staff" in html
    assert "Draft words" not in html
    assert "have trained 600 staff</li>" in html
    assert "Brief supervisors" in html
    assert "Head of Crime" in html
    assert "Working group met." in html
    assert "Not published: the public does not see" in html
    # The force may claim progress but not assure or close.
    assert "You can move it to: in progress, implemented (claimed)." in html
    assert f'href="/obligations/{ob.pk}/actions/add/"' in html
    assert f'href="/obligations/{ob.pk}/publish-status/"' not in html


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("anonymous", 302),
        ("force_a", 200),
        ("force_b", 404),
        ("body_a_editor", 200),
        ("body_a_approver", 200),
        ("partner", 404),
        ("analyst", 200),
    ],
)
def test_who_may_open_the_page(world, client, persona, status):
    if world.users[persona]:
        client.force_login(world.users[persona])
    assert client.get(f"/obligations/{world.obligation.pk}/").status_code == status


def test_the_policing_body_sees_no_editing_controls(world, client):
    client.force_login(world.users["body_a_editor"])
    html = client.get(f"/obligations/{world.obligation.pk}/").content.decode()
    assert "Add an action" not in html
    assert "Upload evidence" not in html
    assert "Change status" not in html  # nothing a body editor may do from "not started"
    assert client.get(f"/obligations/{world.obligation.pk}/actions/add/").status_code == 403


def test_add_an_action_then_a_double_submission_makes_one(world, client):
    ob = world.obligation
    client.force_login(world.users["force_a"])
    form = client.get(f"/obligations/{ob.pk}/actions/add/").content.decode()
    data = {
        "token": token_of(form),
        "title": "Brief supervisors",
        "owner": "Head of Crime",
        "due-day": "31",
        "due-month": "1",
        "due-year": "2026",
    }
    first = client.post(f"/obligations/{ob.pk}/actions/add/", data)
    second = client.post(f"/obligations/{ob.pk}/actions/add/", data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == f"/obligations/{ob.pk}/#actions"
    action = Action.objects.get(obligation=ob)
    assert (action.title, action.owner, str(action.due)) == ("Brief supervisors", "Head of Crime", "2026-01-31")
    assert "Action added." in client.get(first["Location"]).content.decode()


def test_the_action_form_shows_errors_and_keeps_what_was_typed(world, client):
    ob = world.obligation
    client.force_login(world.users["force_a"])
    page = client.post(
        f"/obligations/{ob.pk}/actions/add/",
        {"title": "x" * 301, "owner": "Head of Crime", "due-day": "31", "due-month": "2", "due-year": "2026"},
    )
    html = page.content.decode()
    assert page.status_code == 400
    assert "There is a problem" in html
    assert '<a href="#title">Action must be 300 characters or fewer</a>' in html
    assert '<a href="#due-day">Due date must be a real date' in html
    assert 'value="Head of Crime"' in html
    assert 'value="31"' in html
    assert not Action.objects.exists()
    assert client.post(f"/obligations/{ob.pk}/actions/add/", {"title": "  "}).status_code == 400


def test_edit_an_action_and_refuse_a_stale_form(world, client):
    action = ActionFactory(obligation=world.obligation, title="Old")
    url = f"/obligations/{world.obligation.pk}/actions/{action.pk}/edit/"
    client.force_login(world.users["force_a"])
    assert 'value="Old"' in client.get(url).content.decode()
    ok = client.post(url, {"title": "New", "version": "1"})
    assert ok.status_code == 302
    stale = client.post(url, {"title": "Newer", "version": "1"})
    assert stale.status_code == 409
    assert "Someone else changed this action meanwhile" in stale.content.decode()
    assert 'value="Newer"' in stale.content.decode()  # nothing typed is lost
    action.refresh_from_db()
    assert (action.title, action.version) == ("New", 2)


def test_an_action_of_another_obligation_is_not_found(world, client):
    action = ActionFactory(obligation=world.other)
    client.force_login(world.users["force_a"])
    assert client.get(f"/obligations/{world.obligation.pk}/actions/{action.pk}/edit/").status_code == 404


def test_cancelling_an_action_asks_first(world, client):
    action = ActionFactory(obligation=world.obligation)
    url = f"/obligations/{world.obligation.pk}/actions/{action.pk}/status/"
    client.force_login(world.users["force_a"])
    confirm = client.get(url + "?to=cancelled").content.decode()
    assert "Cancel this action?" in confirm
    action.refresh_from_db()
    assert action.status == ActionStatus.OPEN
    assert client.post(url, {"to": "cancelled", "version": "1"}).status_code == 302
    action.refresh_from_db()
    assert action.status == ActionStatus.CANCELLED
    again = client.post(url, {"to": "cancelled", "version": "1"})
    assert again.status_code == 409
    assert client.get(url + "?to=bogus").status_code == 409
    assert client.post(url, {"to": "done", "version": "2"}).status_code == 409  # cancelled: reopen first
    assert client.post(url, {"to": "open", "version": "2"}).status_code == 302


def test_post_an_update_once(world, client):
    ob = world.obligation
    client.force_login(world.users["force_a"])
    token = token_of(client.get(f"/obligations/{ob.pk}/updates/add/").content.decode())
    for _ in range(2):
        assert client.post(f"/obligations/{ob.pk}/updates/add/", {"text": "Met.", "token": token}).status_code == 302
    assert ProgressUpdate.objects.filter(obligation=ob).count() == 1
    empty = client.post(f"/obligations/{ob.pk}/updates/add/", {"text": " ", "token": token})
    assert empty.status_code == 400
    assert '<a href="#text">Enter the progress update</a>' in empty.content.decode()


def test_the_status_form_offers_only_the_users_moves_and_needs_a_reason(world, client):
    ob = world.obligation
    url = f"/obligations/{ob.pk}/status/"
    client.force_login(world.users["force_a"])
    form = client.get(url).content.decode()
    assert re.findall(r'name="status" type="radio" value="(\w+)"', form) == ["in_progress", "implemented"]
    no_reason = client.post(url, {"status": "implemented", "reason": "", "seen": "not_started"})
    assert no_reason.status_code == 400
    assert '<a href="#reason">Enter the reason for the change</a>' in no_reason.content.decode()
    not_offered = client.post(url, {"status": "closed", "reason": "Done", "seen": "not_started"})
    assert '<a href="#status">Select the status' in not_offered.content.decode()
    data = {"status": "implemented", "reason": "All done", "seen": "not_started", "token": token_of(form)}
    assert client.post(url, data).status_code == 302
    again = client.post(url, data)  # the same form again: shown as done, not applied twice
    assert again.status_code == 302
    assert "That status change had already been made." in client.get(again["Location"]).content.decode()
    ob.refresh_from_db()
    assert ob.status == S.IMPLEMENTED
    assert ProgressUpdate.objects.filter(obligation=ob, status_to=S.IMPLEMENTED).count() == 1


def test_a_status_form_made_stale_by_someone_else_is_refused(world, client):
    ob = world.obligation
    client.force_login(world.users["force_a"])
    token = token_of(client.get(f"/obligations/{ob.pk}/status/").content.decode())
    ob.status = S.IN_PROGRESS
    ob.save()
    stale = client.post(
        f"/obligations/{ob.pk}/status/",
        {"status": "implemented", "reason": "Done", "seen": "not_started", "token": token},
    )
    assert stale.status_code == 409
    assert "Someone else changed this obligation&#x27;s status meanwhile" in stale.content.decode()
    assert "Done</textarea>" in stale.content.decode()


def test_assure_and_publish_by_the_approver(world, client):
    ob = world.obligation
    ob.status = S.IMPLEMENTED
    ob.save()
    client.force_login(world.users["body_a_approver"])
    html = client.get(f"/obligations/{ob.pk}/").content.decode()
    assert "You can move it to: in progress, assured." in html
    moved = client.post(
        f"/obligations/{ob.pk}/status/", {"status": "assured", "reason": "Seen the audit", "seen": "implemented"}
    )
    assert moved.status_code == 302
    assert "Are you sure you want to publish" in client.get(f"/obligations/{ob.pk}/publish-status/").content.decode()
    stale = client.post(f"/obligations/{ob.pk}/publish-status/", {"seen": "implemented"})
    assert stale.status_code == 409
    assert client.post(f"/obligations/{ob.pk}/publish-status/", {"seen": "assured"}).status_code == 302
    ob.refresh_from_db()
    assert ob.published_status == S.ASSURED
    client.force_login(world.users["body_a_editor"])
    assert client.get(f"/obligations/{ob.pk}/publish-status/").status_code == 403


def test_the_history_names_who_did_what(world, client):
    ob = world.obligation
    client.force_login(world.users["force_a"])
    client.post(f"/obligations/{ob.pk}/actions/add/", {"title": "Brief supervisors"})
    client.post(f"/obligations/{ob.pk}/status/", {"status": "implemented", "reason": "Done it", "seen": "not_started"})
    client.force_login(world.users["body_a_approver"])
    client.post(f"/obligations/{ob.pk}/status/", {"status": "assured", "reason": "Checked", "seen": "implemented"})
    html = client.get(f"/obligations/{ob.pk}/").content.decode()
    history = html[html.index('id="history"') :]
    rows = re.findall(
        r"<tr class=\"govuk-table__row\">\s*<td[^>]*>[^<]*</td>\s*<td[^>]*>([^<]*)</td>\s*<td[^>]*>([^<]*)</td>",
        history,
    )
    assert ("approver-a", "Status changed") in rows
    assert ("approver-a", "Status change created") in rows
    assert ("editor-a", "Action: Brief supervisors created") in rows
    assert "Implemented (claimed) → Assured" in history


def _fill(ob, n: int, user) -> None:
    from tests.evidence.factories import EvidenceFileFactory, EvidenceVersionFactory

    for i in range(n):
        action = ActionFactory(obligation=ob, title=f"Action {i}")
        action.title = f"Action {i}, renamed"
        action.save()
        ProgressUpdateFactory(obligation=ob, text=f"Update {i}", author=user)
        evidence = EvidenceFileFactory(obligation=ob, created_by=user)
        for number in range(1, n + 1):
            EvidenceVersionFactory(evidence=evidence, number=number, uploaded_by=user)


def test_the_page_makes_the_same_few_queries_however_much_is_recorded(world, client, django_assert_max_num_queries):
    user = world.users["force_a"]
    client.force_login(user)
    _fill(world.obligation, 1, user)
    _fill(world.other, 8, world.users["force_b"])
    client.get(f"/obligations/{world.obligation.pk}/")  # warm the session
    with django_assert_max_num_queries(20) as small:
        assert client.get(f"/obligations/{world.obligation.pk}/").status_code == 200
    few = len(small)  # counted now: the next request clears the connection's query log
    client.force_login(world.users["force_b"])
    client.get(f"/obligations/{world.other.pk}/")
    with django_assert_max_num_queries(few):
        page = client.get(f"/obligations/{world.other.pk}/")
    assert page.status_code == 200
    assert page.content.decode().count("Action 7, renamed") >= 2  # the table and the history
