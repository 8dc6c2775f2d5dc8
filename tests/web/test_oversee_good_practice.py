"""The good-practice library: initiatives from confirmed responses, searchable and filterable, each
linked to the passage of the letter it came from."""

from __future__ import annotations

import pytest

from oversight.responses.models import ResponseState
from tests.reports.factories import FindingFactory, ReportFactory
from tests.responses.factories import ResponseFactory, ResponseItemFactory
from tests.web.oversee_world import build_world

LETTER = (
    "Recommendation 1. I agree. We have run a county-wide roadshow on exploitation. "
    "Recommendation 2. I support this. The Hydra training suite is now mandatory for detectives."
)


def _response(world, force_index, *, state, report, findings, initiatives=None):
    text = LETTER
    r1 = text.index("Recommendation 1")
    r2 = text.index("Recommendation 2")
    if initiatives is None:
        initiatives = [
            {
                "name": "county-wide roadshow",
                "kind": "initiative",
                "span": [text.index("county-wide"), text.index(" on exploitation")],
            },
            {"name": "Hydra training suite", "kind": "training", "span": [text.index("Hydra"), text.index(" is now")]},
        ]
    response = ResponseFactory(
        report=report,
        organisation=world.bodies[force_index],
        force=world.forces[force_index],
        state=state,
        text=text,
        extraction={"initiatives": initiatives, "items": []},
    )
    items = [
        ResponseItemFactory(response=response, finding=findings[0], span_start=r1, span_end=r2),
        ResponseItemFactory(response=response, finding=findings[1], span_start=r2, span_end=len(text)),
    ]
    return response, items


@pytest.fixture
def world(db):
    world = build_world()
    report = ReportFactory(title="Exploitation and modern slavery")
    findings = [FindingFactory(report=report), FindingFactory(report=report)]
    world.reports.append(report)
    world.findings.extend(findings)
    return world


def _html(client, user, url):
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_initiatives_of_confirmed_responses_link_to_their_passage(world, client):
    report = world.reports[0]
    response, items = _response(world, 0, state=ResponseState.CONFIRMED, report=report, findings=world.findings)
    html = _html(client, world.users["analyst"], "/good-practice/")
    assert "2 initiatives" in html
    assert f'href="/responses/{response.pk}/#item-{items[0].pk}-heading"' in html
    assert f'href="/responses/{response.pk}/#item-{items[1].pk}-heading"' in html
    assert '<mark class="app-evidence">Hydra training suite</mark>' in html


def test_drafts_do_not_count_and_the_public_sees_only_published_responses(world, client):
    report = world.reports[0]
    _response(world, 0, state=ResponseState.DRAFT, report=report, findings=world.findings)
    _response(world, 1, state=ResponseState.CONFIRMED, report=report, findings=world.findings)
    assert "0 initiatives" in _html(client, None, "/good-practice/")
    assert "2 initiatives" in _html(client, world.users["analyst"], "/good-practice/")
    client.logout()
    assert "0 initiatives" in _html(client, world.users["force_a"], "/good-practice/")  # B's is not published
    client.logout()
    assert "2 initiatives" in _html(client, world.users["force_b"], "/good-practice/")


def test_words_finding_force_and_report_filters(world, client):
    report = world.reports[0]
    _response(world, 0, state=ResponseState.PUBLISHED, report=report, findings=world.findings)
    _response(world, 1, state=ResponseState.PUBLISHED, report=report, findings=world.findings)
    assert "2 initiatives found" in _html(client, None, "/good-practice/?q=hydra+SUITE")
    assert "0 initiatives found" in _html(client, None, "/good-practice/?q=hydra+roadshow")
    assert "1 initiative found" in _html(client, None, f"/good-practice/?q=hydra&force={world.force_a.slug}")
    html = _html(client, None, f"/good-practice/?report={report.key}&finding={world.findings[0].pk}")
    assert "2 initiatives found" in html
    assert '<mark class="app-evidence">county-wide roadshow</mark>' in html
    assert '<mark class="app-evidence">Hydra training suite</mark>' not in html
    assert "0 initiatives found" in _html(client, None, "/good-practice/?report=another-report")


def test_a_malformed_extraction_is_skipped(world, client):
    report = world.reports[0]
    _response(
        world,
        0,
        state=ResponseState.PUBLISHED,
        report=report,
        findings=world.findings,
        initiatives=["odd", {"kind": "x"}],
    )
    assert "0 initiatives" in _html(client, None, "/good-practice/")
