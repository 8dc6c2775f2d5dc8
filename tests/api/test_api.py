"""The JSON API: public reads, token authentication, scoped obligations, the status workflow."""

from __future__ import annotations

from oversight.accounts.models import Role
from oversight.accounts.services import api_token_create
from oversight.obligations.models import Obligation
from oversight.reports.services import report_import_pack
from oversight_ingest.packs import load_pack
from tests.accounts.factories import member_of
from tests.conftest import PACKS


def _token_for(org_name: str, role: str) -> tuple[object, str]:
    user = member_of(org_name, role)
    return user, api_token_create(actor=None, user=user, name="test")[1]


def test_openapi_document_describes_the_api(db, client):
    doc = client.get("/api/openapi.json").json()
    assert doc["info"]["title"] == "Oversight API"
    assert "/api/reports/{key}/matrix" in doc["paths"]


def test_public_can_read_published_reports_but_no_obligation_records(oic, client):
    reports = client.get("/api/reports").json()
    assert [r["key"] for r in reports] == ["oic-2025"]
    detail = client.get("/api/reports/oic-2025").json()
    assert [f["reference"] for f in detail["findings"]] == ["2", "4", "8", "9"]
    assert client.get("/api/obligations").json() == []


def test_a_wrong_token_is_refused_not_treated_as_public(oic, client):
    response = client.get("/api/reports", headers={"Authorization": "Bearer ovs_not-a-token"})
    assert response.status_code == 401


def test_a_force_token_sees_and_moves_only_its_own_obligations(oic, client):
    _, token = _token_for("Kent Police", Role.FORCE_EDITOR)
    auth = {"Authorization": f"Bearer {token}"}
    mine = client.get("/api/obligations", headers=auth).json()
    assert {o["organisation"] for o in mine} == {"Kent Police"}
    assert len(mine) == 4
    moved = client.post(
        f"/api/obligations/{mine[0]['id']}/transition",
        {"status": "in_progress", "note": "Started"},
        content_type="application/json",
        headers=auth,
    )
    assert moved.status_code == 200
    assert moved.json()["status"] == "in_progress"
    not_allowed = client.post(
        f"/api/obligations/{mine[0]['id']}/transition",
        {"status": "closed"},
        content_type="application/json",
        headers=auth,
    )
    assert not_allowed.status_code == 403
    other = Obligation.objects.exclude(organisation__name="Kent Police").first()
    assert client.get(f"/api/obligations/{other.pk}", headers=auth).status_code == 404


def test_writes_need_a_signed_in_caller(oic, client):
    ob = Obligation.objects.first()
    response = client.post(f"/api/obligations/{ob.pk}/actions", {"title": "x"}, content_type="application/json")
    assert response.status_code == 401


def test_actions_are_recorded_by_the_force(oic, client):
    _, token = _token_for("Kent Police", Role.FORCE_EDITOR)
    ob = Obligation.objects.filter(organisation__name="Kent Police").first()
    response = client.post(
        f"/api/obligations/{ob.pk}/actions",
        {"title": "Publish guidance", "due": "2026-01-31"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201
    assert response.json()["due"] == "2026-01-31"


def test_an_obligations_history_says_who_changed_what(oic, client):
    user, token = _token_for("Kent Police", Role.FORCE_EDITOR)
    auth = {"Authorization": f"Bearer {token}"}
    ob = Obligation.objects.filter(organisation__name="Kent Police").first()
    client.post(
        f"/api/obligations/{ob.pk}/transition", {"status": "in_progress"}, content_type="application/json", headers=auth
    )
    history = client.get(f"/api/obligations/{ob.pk}/history", headers=auth).json()
    assert [e["action"] for e in history] == ["changed", "created"]
    assert history[0]["who"] == user.username
    assert {"field": "status", "before": "not_started", "after": "in_progress"} in history[0]["changes"]
    # Another force cannot read it.
    _, other = _token_for("Essex Police", Role.FORCE_EDITOR)
    assert (
        client.get(f"/api/obligations/{ob.pk}/history", headers={"Authorization": f"Bearer {other}"}).status_code == 404
    )


def test_only_the_inspectorate_publishes_a_draft_report(reference_data, client):
    report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"))
    assert client.get("/api/reports/oic-2025").status_code == 404  # a draft is not public
    _, force_token = _token_for("Kent Police", Role.FORCE_EDITOR)
    assert (
        client.post("/api/reports/oic-2025/publish", headers={"Authorization": f"Bearer {force_token}"}).status_code
        == 404
    )
    inspectorate = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
    _, analyst_token = _token_for(inspectorate, Role.ANALYST)
    auth = {"Authorization": f"Bearer {analyst_token}"}
    assert client.post("/api/reports/oic-2025/publish", headers=auth).json()["state"] == "published"
    assert client.post("/api/reports/oic-2025/publish", headers=auth).status_code == 409
    assert client.get("/api/reports/oic-2025").status_code == 200


def test_an_approver_publishes_a_forces_status_for_the_public(oic, client):
    ob = Obligation.objects.get(organisation__name="Kent Police", finding__reference="2")
    _, editor = _token_for("Kent Police", Role.FORCE_EDITOR)
    assert (
        client.post(
            f"/api/obligations/{ob.pk}/publish-status", headers={"Authorization": f"Bearer {editor}"}
        ).status_code
        == 403
    )
    _, approver = _token_for("Kent Police and Crime Commissioner", Role.APPROVER)
    published = client.post(f"/api/obligations/{ob.pk}/publish-status", headers={"Authorization": f"Bearer {approver}"})
    assert published.json()["published_status"] == "not_started"
    matrix = client.get("/api/reports/oic-2025/matrix").json()
    kent = next(row for row in matrix if row["organisation"] == "Kent Police")
    assert kent["cells"][0] == {"finding": "R2", "status": "not_started", "published_only": True}
