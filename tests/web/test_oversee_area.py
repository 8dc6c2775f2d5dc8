"""Region and national pages: counts by status per report and per force, overdue items, peers."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from oversight.obligations.models import Obligation, ObligationStatus
from tests.web.oversee_world import add_report, build_world, grow


@pytest.fixture(autouse=True)
def _fresh_counts(settings):
    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 0


@pytest.fixture
def world(db):
    world = build_world()
    add_report(world, 3)
    add_report(world, 2)
    return world


def _html(client, user, url, status=200):
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == status
    return response.content.decode()


def test_region_page_counts_only_the_regions_forces(world, client):
    html = _html(client, world.users["analyst"], f"/regions/{world.region.slug}/")
    assert world.force_a.name in html
    assert world.force_b.name not in html  # force B is in the other region
    assert "5 obligations of 1 force" in html
    for report in world.reports:
        assert report.title[:40] in html


def test_national_page_ranks_forces_by_share_done(world, client):
    Obligation.objects.filter(organisation=world.force_a).update(status=ObligationStatus.CLOSED)
    Obligation.objects.filter(organisation=world.force_b).update(status=ObligationStatus.NOT_STARTED)
    html = _html(client, world.users["analyst"], "/national/?report=")
    rows = html.split('aria-label="Forces against their peers"')[1].split("</table>")[0]
    assert rows.index(world.force_a.name) < rows.index(world.force_b.name)
    assert "100%" in rows
    assert "10 obligations of 2 forces" in html


def test_the_public_counts_published_statuses_only(world, client):
    Obligation.objects.update(status=ObligationStatus.CLOSED, published_status=None)
    html = _html(client, None, "/national/?report=")
    assert "Not published" in html
    assert "/obligations/" not in html
    rows = html.split('aria-label="Forces against their peers"')[1].split("</table>")[0]
    assert "100%" not in rows


def test_another_force_sees_published_statuses_of_its_peers(world, client):
    Obligation.objects.filter(organisation=world.force_a).update(status=ObligationStatus.CLOSED, published_status=None)
    html = _html(client, world.users["force_b"], f"/regions/{world.region.slug}/?report=")
    assert "Not published" in html
    html = _html(client, world.users["force_a"], f"/regions/{world.region.slug}/?report=")
    assert "100%" in html


def test_overdue_list_by_default_and_filters(world, client):
    html = _html(client, world.users["analyst"], "/national/")
    assert "Overdue obligations" in html
    overdue = Obligation.objects.filter(status__in=[ObligationStatus.NOT_STARTED, ObligationStatus.IN_PROGRESS])
    for obligation in overdue:  # the factories' deadline, 30 April 2026, has passed
        assert f'href="/obligations/{obligation.pk}/"' in html
    report = world.reports[1]
    html = _html(client, world.users["analyst"], f"/national/?report={report.key}&status=closed")
    closed = Obligation.objects.filter(finding__report=report, status=ObligationStatus.CLOSED)
    assert f"Obligations matching the filters ({closed.count()})" in html


def test_unknown_region_is_404(world, client):
    _html(client, None, "/regions/atlantis/", status=404)


def test_force_list_links_forces_and_regions(world, client):
    html = _html(client, None, "/forces/")
    assert f'href="/forces/{world.force_a.slug}/"' in html
    assert f'href="/regions/{world.region.slug}/"' in html


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("persona", ["analyst", "force_a", "body_a", None])
@pytest.mark.parametrize("page", ["region", "national"])
def test_area_queries_do_not_grow_with_the_data(world, client, persona, page, django_assert_max_num_queries):
    if persona:
        client.force_login(world.users[persona])
    url = f"/regions/{world.region.slug}/" if page == "region" else "/national/"
    with django_assert_max_num_queries(16):
        before = _count(client, url)
    grow(world, forces=4, findings=4)
    add_report(world, 2)
    assert _count(client, url) == before


def test_pages_are_kept_per_scope_of_visibility_until_an_audited_change(world, client, settings):
    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 600
    # A change made behind the audit trail's back (a queryset update) is the only kind a kept page
    # can hide; an audited change (every change the services make) shows at once.
    Obligation.objects.filter(organisation=world.force_a).update(status=ObligationStatus.CLOSED)
    url = f"/regions/{world.region.slug}/?report="
    assert "100%" in _html(client, world.users["force_a"], url)
    Obligation.objects.filter(organisation=world.force_a).update(status=ObligationStatus.NOT_STARTED)
    assert "100%" in _html(client, world.users["force_a"], url)  # kept: nothing audited changed
    client.logout()
    assert "100%" not in _html(client, world.users["force_b"], url)  # another scope: counted afresh
    Obligation.objects.filter(organisation=world.force_b).first().save()  # audited: a history row
    assert "100%" not in _html(client, world.users["force_a"], url)


def test_a_kept_page_is_shared_only_by_users_who_may_see_the_same(world, client, settings):
    from oversight.accounts.models import Role
    from tests.accounts.factories import MembershipFactory, UserFactory

    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 600
    twin, editor = UserFactory(), UserFactory()
    for membership in world.users["analyst"].memberships.all():
        MembershipFactory(user=twin, organisation=membership.organisation, role=membership.role)
    MembershipFactory(user=editor, organisation=world.force_a, role=Role.FORCE_EDITOR)
    Obligation.objects.filter(organisation=world.force_a).update(status=ObligationStatus.CLOSED)
    url = f"/forces/{world.force_a.slug}/"
    assert "app-status--closed" in _html(client, world.users["analyst"], url)
    Obligation.objects.filter(organisation=world.force_a).update(status=ObligationStatus.NOT_STARTED)
    assert "app-status--closed" in _html(client, twin, url)  # the same memberships: the analyst's kept page
    assert "app-status--closed" not in _html(client, editor, url)  # other memberships: built for them


def test_the_reports_table_is_paginated_apart_from_the_obligations(world, client):
    for _ in range(24):
        add_report(world, 1)
    html = _html(client, world.users["analyst"], "/national/?report=")
    assert 'aria-label="Pages of reports"' in html
    assert "reports-page=2" in html
    html = _html(client, world.users["analyst"], "/national/?report=&reports-page=2")
    table = html.split('aria-label="Obligations by report and status"')[1].split("</table>")[0]
    assert table.count('<th scope="row"') == 1
