"""Home: what needs each signed-in user, linking to where the action is taken; reports for everyone."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from oversight.obligations.models import Obligation, ObligationStatus, ProgressUpdate
from oversight.reports.models import ReportState
from oversight.responses.models import ResponseState
from tests.obligations.factories import ObligationFactory
from tests.reports.factories import FindingFactory, ReportFactory
from tests.responses.factories import ResponseFactory
from tests.web.oversee_world import add_report, build_world, grow


@pytest.fixture(autouse=True)
def _fresh_counts(settings):
    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 0


@pytest.fixture
def world(db):
    world = build_world()
    add_report(world, 3)
    return world


def _html(client, user):
    if user is not None:
        client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_anonymous_home_lists_published_reports(world, client):
    draft = ReportFactory(state=ReportState.DRAFT, title="A draft nobody may see yet")
    html = _html(client, None)
    assert world.reports[0].title in html
    assert draft.title not in html
    assert "What needs you" not in html


def test_force_editor_sees_overdue_due_soon_and_sent_back(world, client):
    today = timezone.localdate()
    report = world.reports[0]
    soon = ObligationFactory(
        finding=FindingFactory(report=report, deadline=today + dt.timedelta(days=10)), organisation=world.force_a
    )
    later = ObligationFactory(
        finding=FindingFactory(report=report, deadline=today + dt.timedelta(days=90)), organisation=world.force_a
    )
    overdue = Obligation.objects.filter(organisation=world.force_a, status=ObligationStatus.NOT_STARTED).first()
    sent_back = ObligationFactory(
        finding=FindingFactory(report=report),
        organisation=world.force_a,
        status=ObligationStatus.IN_PROGRESS,
        status_changed_at=timezone.now(),
    )
    ProgressUpdate.objects.create(
        obligation=sent_back,
        text="The evidence does not show it.",
        status_from=ObligationStatus.IMPLEMENTED,
        status_to=ObligationStatus.IN_PROGRESS,
        created_at=sent_back.status_changed_at,
    )
    other_force = Obligation.objects.filter(organisation=world.force_b).first()
    html = _html(client, world.users["force_a"])
    assert "What needs you" in html
    assert f'href="/obligations/{soon.pk}/"' in html
    assert f'href="/obligations/{later.pk}/"' not in html
    assert f'href="/obligations/{overdue.pk}/"' in html
    sent_back_section = html.split('id="sent-back"')[1]
    assert f'href="/obligations/{sent_back.pk}/"' in sent_back_section
    assert f'href="/obligations/{other_force.pk}/"' not in html


def test_body_editor_sees_claims_drafts_and_responses_due(world, client):
    claim = Obligation.objects.filter(organisation=world.force_a).first()
    claim.status = ObligationStatus.IMPLEMENTED
    claim.save()
    other = Obligation.objects.filter(organisation=world.force_b).first()
    other.status = ObligationStatus.IMPLEMENTED
    other.save()
    recent = ReportFactory(published=timezone.localdate() - dt.timedelta(days=10), title="A report just out")
    ObligationFactory(finding=FindingFactory(report=recent), organisation=world.force_a)
    draft = ResponseFactory(report=recent, organisation=world.bodies[0], force=world.force_a)
    html = _html(client, world.users["body_a"])
    claims = html.split('id="claims"')[1].split('id="responses-due"')[0]
    assert f'href="/obligations/{claim.pk}/"' in claims
    assert f'href="/obligations/{other.pk}/"' not in html
    assert "Upload the response to A report just out" in html
    assert f'href="/responses/{draft.pk}/"' in html
    assert "Confirmed responses to publish" not in html  # an editor, not an approver
    draft.state = ResponseState.CONFIRMED
    draft.save()
    client.logout()
    html = _html(client, world.users["approver_a"])
    assert "A report just out" not in html.split('id="responses-due"')[1].split('id="drafts"')[0]
    assert f'href="/responses/{draft.pk}/publish/"' in html


def test_analyst_sees_national_counts_and_items_awaiting_closure(world, client):
    assured = Obligation.objects.filter(status=ObligationStatus.ASSURED).first()
    html = _html(client, world.users["analyst"])
    assert 'id="national-counts"' in html
    assert f'href="/obligations/{assured.pk}/"' in html.split('id="awaiting-closure"')[1]


def _count(client) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/").status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("persona", ["analyst", "force_a", "body_a", "approver_a", "partner", None])
def test_home_queries_do_not_grow_with_the_data(world, client, persona, django_assert_max_num_queries):
    if persona:
        client.force_login(world.users[persona])
    with django_assert_max_num_queries(22):
        before = _count(client)
    grow(world, forces=3, findings=4)
    add_report(world, 2)
    assert _count(client) == before
