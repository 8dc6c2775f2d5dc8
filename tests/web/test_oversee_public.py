"""Public pages: signed out, anyone reads published reports, responses and statuses, and the
accessibility statement; nothing unpublished."""

from __future__ import annotations

import pytest

from oversight.obligations.models import Obligation, ObligationStatus
from oversight.reports.models import ReportState
from oversight.responses.models import ResponseState
from tests.reports.factories import FindingFactory, ReportFactory
from tests.web.oversee_world import add_report, build_world


@pytest.fixture(autouse=True)
def _fresh_counts(settings):
    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 0


@pytest.fixture
def world(db):
    world = build_world()
    add_report(world, 2)
    return world


def test_every_oversight_page_is_readable_signed_out(world, client):
    report = world.reports[0]
    urls = [
        "/",
        f"/reports/{report.key}/",
        "/forces/",
        f"/forces/{world.force_a.slug}/",
        f"/regions/{world.region.slug}/",
        "/national/",
        "/good-practice/",
        "/search/?q=inspection",
        "/responses/",
        "/accessibility/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'href="/accessibility/"' in response.content.decode(), url


def test_published_responses_and_statuses_are_public_and_nothing_else(world, client):
    report = world.reports[0]
    published = report.responses.get(force=world.force_a)
    published.state = ResponseState.PUBLISHED
    published.save()
    confirmed = report.responses.get(force=world.force_b)
    assert client.get(f"/responses/{published.pk}/").status_code == 200
    assert client.get(f"/responses/{confirmed.pk}/").status_code == 404
    listing = client.get("/responses/").content.decode()
    assert f'href="/responses/{published.pk}/"' in listing
    assert f'href="/responses/{confirmed.pk}/"' not in listing
    Obligation.objects.filter(organisation=world.force_a).update(
        status=ObligationStatus.CLOSED, published_status=ObligationStatus.ASSURED
    )
    html = client.get(f"/forces/{world.force_a.slug}/").content.decode()
    assert "Assured</strong>" in html
    assert "Closed</strong>" not in html


def test_a_draft_report_is_not_public(world, client):
    draft = ReportFactory(state=ReportState.DRAFT, title="A draft still being checked")
    FindingFactory(report=draft)
    assert client.get(f"/reports/{draft.key}/").status_code == 404
    assert draft.title not in client.get("/search/?q=draft+checked").content.decode()
    assert draft.title not in client.get("/national/").content.decode()


def test_the_accessibility_statement_says_how_it_was_tested(db, client):
    html = client.get("/accessibility/").content.decode()
    assert "Accessibility statement for" in html
    assert "WCAG" in html or "Web Content Accessibility Guidelines" in html
    assert "axe-core" in html


def test_the_oversight_pages_only_read(world, client):
    client.force_login(world.users["analyst"])
    for url in [
        "/",
        f"/reports/{world.reports[0].key}/",
        "/forces/",
        f"/forces/{world.force_a.slug}/",
        f"/regions/{world.region.slug}/",
        "/national/",
        "/good-practice/",
        "/search/",
        "/accessibility/",
    ]:
        assert client.post(url).status_code == 405, url
