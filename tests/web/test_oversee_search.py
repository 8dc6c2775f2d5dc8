"""The search page: results of every kind, each linked, paginated per kind."""

from __future__ import annotations

import pytest

from oversight.responses.models import ResponseState
from tests.reports.factories import FindingFactory, ReportFactory
from tests.responses.factories import ResponseFactory
from tests.web.oversee_world import build_world


@pytest.fixture
def world(db):
    world = build_world()
    report = ReportFactory(title="Exploitation and modern slavery")
    for n in range(30):
        FindingFactory(report=report, text=f"Forces should map exploitation hotspots, number {n}.")
    ResponseFactory(
        report=report,
        organisation=world.bodies[0],
        force=world.force_a,
        state=ResponseState.PUBLISHED,
        text="We mapped exploitation with partners.",
        extraction={"initiatives": [{"name": "exploitation roadshow", "kind": "initiative", "span": None}]},
    )
    world.reports.append(report)
    return world


def test_search_page_shows_each_kind_and_links(world, client):
    response = client.get("/search/?q=exploitation")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Reports (1)" in html
    assert "Findings (30)" in html
    assert "Responses (1)" in html
    assert "Initiatives (1)" in html
    assert f'href="/reports/{world.reports[0].key}/"' in html
    assert "kind=findings" in html


def test_one_kind_is_paginated(world, client):
    html = client.get("/search/?q=exploitation&kind=findings").content.decode()
    assert html.count("#finding-") == 25
    assert 'class="govuk-pagination"' in html
    html = client.get("/search/?q=exploitation&kind=findings&page=2").content.decode()
    assert html.count("#finding-") == 5


def test_empty_search_shows_only_the_form(world, client):
    html = client.get("/search/").content.decode()
    assert 'id="search-q"' in html
    assert "Reports (" not in html
