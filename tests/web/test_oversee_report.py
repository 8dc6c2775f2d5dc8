"""The report page: the forces × findings matrix with stances, statuses, the region filter, and who
has responded against the 56-day deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from oversight.obligations.models import Obligation, ObligationStatus
from oversight.responses.models import ResponseState
from tests.responses.factories import ResponseFactory, ResponseItemFactory
from tests.web.oversee_world import add_report, build_world, grow


@pytest.fixture
def world(db):
    world = build_world()
    add_report(world, 3)
    return world


def _get(client, user, url):
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_cells_show_status_and_stance_in_words_and_link_to_the_obligation(world, client):
    report = world.reports[0]
    html = _get(client, world.users["force_a"], f"/reports/{report.key}/")
    own = Obligation.objects.filter(organisation=world.force_a).first()
    other = Obligation.objects.filter(organisation=world.force_b).first()
    assert f'href="/obligations/{own.pk}/"' in html
    assert f'href="/obligations/{other.pk}/"' not in html  # force B's record is not force A's to open
    assert "Agree" in html  # force A's confirmed response
    assert 'class="app-table-scroll" role="region" aria-label=' in html
    assert 'tabindex="0"' in html


def test_the_public_sees_only_published_statuses_and_published_stances(world, client):
    report = world.reports[0]
    Obligation.objects.filter(organisation=world.force_b).update(published_status=None)
    html = _get(client, None, f"/reports/{report.key}/")
    assert "/obligations/" not in html
    assert "Not published" in html
    assert "Agree" not in html  # the responses are confirmed, not yet published
    assert html.count("No response") >= 2


def test_region_filter_keeps_only_that_regions_forces(world, client):
    report = world.reports[0]
    html = _get(client, world.users["analyst"], f"/reports/{report.key}/?region={world.region.slug}")
    assert world.force_a.name in html
    assert f">{world.force_b.name}</a></th>" not in html


def test_status_filter_keeps_forces_with_a_finding_at_that_status(world, client):
    report = world.reports[0]
    Obligation.objects.filter(finding__report=report).update(status=ObligationStatus.IN_PROGRESS)
    Obligation.objects.filter(organisation=world.force_a).update(status=ObligationStatus.CLOSED)
    html = _get(client, world.users["analyst"], f"/reports/{report.key}/?status=closed")
    assert f">{world.force_a.name}</a></th>" in html
    assert f">{world.force_b.name}</a></th>" not in html


def test_responded_on_time_late_and_not_at_all(world, client):
    report = world.reports[0]
    due = report.response_due
    report.responses.filter(force=world.force_b).update(letter_date=due + dt.timedelta(days=3))
    html = _get(client, world.users["analyst"], f"/reports/{report.key}/")
    assert "Responded on time (1)" in html
    assert "Responded late (1)" in html
    report.responses.filter(force=world.force_b).delete()
    html = _get(client, world.users["analyst"], f"/reports/{report.key}/")
    assert "Not responded, overdue (1)" in html  # the deadline of 10 July 2025 has passed


def test_a_draft_response_does_not_count(world, client):
    report = world.reports[0]
    report.responses.filter(force=world.force_b).update(state=ResponseState.DRAFT)
    html = _get(client, world.users["analyst"], f"/reports/{report.key}/")
    assert "Not responded, overdue (1)" in html


def test_a_published_response_wins_over_a_confirmed_one(world, client):
    report = world.reports[0]
    finding = report.findings.first()
    published = ResponseFactory(
        report=report, organisation=world.bodies[1], force=world.force_b, state=ResponseState.PUBLISHED
    )
    ResponseItemFactory(response=published, finding=finding, stance="disagree")
    html = _get(client, None, f"/reports/{report.key}/")
    assert "Disagree" in html


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("persona", ["analyst", "force_a", "body_a", None])
def test_report_page_queries_do_not_grow_with_forces_and_findings(
    world, client, persona, django_assert_max_num_queries
):
    report = world.reports[0]
    if persona:
        client.force_login(world.users[persona])
    url = f"/reports/{report.key}/"
    with django_assert_max_num_queries(16):
        before = _count(client, url)
    grow(world, forces=4, findings=3)
    assert _count(client, url) == before
