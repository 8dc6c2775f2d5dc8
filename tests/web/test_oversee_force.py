"""The force page: every obligation of one force across reports, with filters, counts and stances."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from oversight.obligations.models import Obligation, ObligationStatus
from oversight.reports.models import ReportState
from tests.obligations.factories import ObligationFactory
from tests.reports.factories import FindingFactory, ReportFactory
from tests.web.oversee_world import add_report, build_world, grow


@pytest.fixture
def world(db):
    world = build_world()
    add_report(world, 3)
    add_report(world, 2, published=dt.date(2024, 1, 10))
    return world


def _html(client, user, url, status=200):
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == status
    return response.content.decode()


def test_force_page_groups_obligations_by_report_with_links_for_those_who_may_open_them(world, client):
    html = _html(client, world.users["force_a"], f"/forces/{world.force_a.slug}/")
    for report in world.reports:
        assert report.title in html
    for obligation in Obligation.objects.filter(organisation=world.force_a):
        assert f'href="/obligations/{obligation.pk}/"' in html
    assert "Agree" in html


def test_another_force_sees_only_published_statuses_and_no_links(world, client):
    Obligation.objects.filter(organisation=world.force_a).update(
        status=ObligationStatus.IN_PROGRESS, published_status=None
    )
    html = _html(client, world.users["force_b"], f"/forces/{world.force_a.slug}/")
    assert "/obligations/" not in html
    assert "Not published" in html
    assert "In progress</strong>" not in html
    assert "Agree" not in html  # force A's response is confirmed, not published


def test_a_draft_report_is_hidden_except_from_national_roles(world, client):
    draft = ReportFactory(state=ReportState.DRAFT, title="A draft report still being checked")
    ObligationFactory(finding=FindingFactory(report=draft), organisation=world.force_a)
    assert draft.title not in _html(client, world.users["force_a"], f"/forces/{world.force_a.slug}/")
    client.logout()
    assert draft.title in _html(client, world.users["analyst"], f"/forces/{world.force_a.slug}/")


def test_filters_by_report_status_and_overdue(world, client):
    user = world.users["analyst"]
    first, second = world.reports
    url = f"/forces/{world.force_a.slug}/"
    html = _html(client, user, f"{url}?report={second.key}")
    assert second.title in html
    assert f">{first.title}</a></caption>" not in html
    Obligation.objects.filter(organisation=world.force_a).update(status=ObligationStatus.CLOSED)
    one = Obligation.objects.filter(organisation=world.force_a).first()
    one.status = ObligationStatus.NOT_STARTED
    one.save()
    html = _html(client, user, f"{url}?status=not_started")
    assert html.count('class="govuk-table__row"') - html.count("<thead") == 1
    html = _html(client, user, f"{url}?overdue=1")  # the factories' deadline, 30 April 2026, has passed
    assert f'href="/obligations/{one.pk}/"' in html
    assert html.count("/obligations/") == 1


def test_unknown_force_and_a_policing_body_are_404(world, client):
    _html(client, None, "/forces/no-such-force/", status=404)
    _html(client, None, f"/forces/{world.bodies[0].slug}/", status=404)


def test_long_lists_are_paginated(world, client):
    report = world.reports[0]
    for _ in range(60):
        ObligationFactory(finding=FindingFactory(report=report), organisation=world.force_a)
    html = _html(client, world.users["force_a"], f"/forces/{world.force_a.slug}/")
    assert 'class="govuk-pagination"' in html
    assert html.count('href="/obligations/') == 50
    html = _html(client, world.users["force_a"], f"/forces/{world.force_a.slug}/?page=2")
    assert html.count('href="/obligations/') == 65 - 50


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("persona", ["analyst", "force_a", "force_b", "body_a", None])
def test_force_page_queries_do_not_grow_with_the_data(world, client, persona, django_assert_max_num_queries):
    if persona:
        client.force_login(world.users[persona])
    url = f"/forces/{world.force_a.slug}/"
    with django_assert_max_num_queries(14):
        before = _count(client, url)
    grow(world, forces=3, findings=4)
    add_report(world, 2)
    assert _count(client, url) == before
