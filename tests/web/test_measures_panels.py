"""The indicator panel on the obligation, force, region, national and report pages: shown to
those who may see the data, absent for everyone else, at a bounded number of queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from oversight.accounts.models import Role
from oversight.obligations.models import Obligation
from oversight.organisations.models import Organisation
from tests.accounts.factories import member_of
from tests.measures.factories import add_rows

KENT, ESSEX = "Kent Police", "Essex Police"
HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
PANEL = "What the data shows"


@pytest.fixture
def kent(oic):
    from oversight.measures.models import RosterEntry, TrainingRecord

    kent = Organisation.objects.get(name=KENT)
    add_rows(
        RosterEntry,
        kent,
        [{"person_ref": f"p{i}", "course": "hydra-oic", "as_of": "2025-06-01"} for i in range(4)],
        kind="roster",
    )
    add_rows(TrainingRecord, kent, [{"person_ref": "p1", "course": "hydra-oic", "completed_on": "2025-07-01"}])
    return kent


def _get(client, url):
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url)
    assert page.status_code == 200, url
    return page.content.decode(), len(queries)


def test_the_obligation_and_force_pages_show_the_forces_panel_to_its_own_people(kent, client):
    obligation = Obligation.objects.get(organisation=kent, finding__reference="8")
    client.force_login(member_of(KENT, Role.FORCE_EDITOR))
    html, queries = _get(client, f"/obligations/{obligation.pk}/")
    assert PANEL in html
    assert "Hydra package completed" in html
    assert "25.0%" in html
    assert "OIC e-learning module 1 completed" not in html  # only the obligation's finding
    assert queries <= 60
    html, _ = _get(client, "/forces/kent-police/")
    assert PANEL in html
    assert "OIC e-learning module 1 completed" in html
    other = Obligation.objects.get(organisation__name=ESSEX, finding__reference="8")
    client.force_login(member_of(ESSEX, Role.FORCE_EDITOR))
    html, _ = _get(client, f"/obligations/{other.pk}/")
    assert "Hydra package completed" in html  # Essex's own (empty) panel
    assert "25.0%" not in html
    html, _ = _get(client, "/forces/kent-police/")
    assert PANEL not in html


def test_national_region_and_report_pages_show_sums_to_national_roles_only(kent, client):
    client.force_login(member_of(HMICFRS, Role.ANALYST))
    for url in ["/national/", f"/regions/{kent.region.slug}/", "/reports/oic-2025/"]:
        html, _ = _get(client, url)
        assert PANEL in html, url
        assert "1 of 4" in html or "1/4" in html, url
    client.force_login(member_of(KENT, Role.FORCE_EDITOR))
    for url in ["/national/", "/reports/oic-2025/"]:
        html, _ = _get(client, url)
        assert PANEL not in html, url
    client.logout()
    html, _ = _get(client, "/reports/oic-2025/")
    assert PANEL not in html
