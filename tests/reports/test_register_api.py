"""Registering a report through the API: draft a pack from the report's document, send the
checked pack, publish. The inspectorate's analysts only; every refusal says why."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from oversight.accounts.models import Role
from oversight.accounts.services import api_token_create
from oversight.obligations.models import Obligation
from oversight.organisations.services import reference_data_load
from oversight.reports.models import Report, ReportState
from tests.accounts.factories import member_of
from tests.ingest.reportparse.reportparse_samples import national_report

HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"


def _bearer(user) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_create(actor=None, user=user, name='t')[1]}"}


@pytest.fixture
def analyst(db):
    reference_data_load()
    return _bearer(member_of(HMICFRS, Role.ANALYST))


def _extract(client, auth, content: bytes, name: str = "report.txt", **fields):
    return client.post("/api/reports/extract", {"file": SimpleUploadedFile(name, content), **fields}, **auth)


def test_a_report_is_drafted_checked_registered_and_published_through_the_api(client, analyst):
    drafted = _extract(client, analyst, national_report().encode(), key="api-oic", published="2025-05-16")
    assert drafted.status_code == 200, drafted.content
    body = drafted.json()
    assert len(body["pack"]["report"]["findings"]) == 10
    assert body["review"][0]["confidence"] > 0
    pack = body["pack"]
    pack["report"]["findings"] = pack["report"]["findings"][:9]  # the checker drops one
    registered = client.post("/api/reports", {**pack, "publish": False}, content_type="application/json", **analyst)
    assert registered.status_code == 201, registered.content
    out = registered.json()
    assert (out["key"], out["state"], out["findings_created"]) == ("api-oic", "draft", 9)
    assert out["obligations_created"] == Obligation.objects.filter(finding__report__key="api-oic").count() > 0
    assert client.get("/api/reports/api-oic").status_code == 404  # a draft: not public
    assert client.post("/api/reports/api-oic/publish", **analyst).status_code == 200
    assert Report.objects.get(key="api-oic").state == ReportState.PUBLISHED
    assert client.get("/api/reports/api-oic").status_code == 200


def test_an_invalid_pack_gets_every_problem_and_a_used_key_a_conflict(client, analyst):
    pack = _extract(client, analyst, national_report().encode(), key="api-twice").json()["pack"]
    broken = json.loads(json.dumps(pack))
    broken["report"]["key"] = "Not A Key"
    broken["report"]["findings"][0]["text"] = ""
    answer = client.post("/api/reports", broken, content_type="application/json", **analyst)
    assert answer.status_code == 422
    problems = answer.json()["problems"]
    assert any(p.startswith("report.key:") for p in problems)
    assert any(p.startswith("report.findings[0].text:") for p in problems)
    assert client.post("/api/reports", pack, content_type="application/json", **analyst).status_code == 201
    again = client.post("/api/reports", pack, content_type="application/json", **analyst)
    assert again.status_code == 409
    assert "already registered" in again.json()["detail"]
    unknown = client.post("/api/reports", {**pack, "publish_now": True}, content_type="application/json", **analyst)
    assert unknown.status_code == 422


def test_a_document_without_findings_or_without_a_file_is_refused(client, analyst):
    empty = _extract(client, analyst, b"Nothing to see in this note.\n")
    assert empty.status_code == 422
    assert "No recommendation" in empty.json()["problems"][0]
    assert client.post("/api/reports/extract", {}, **analyst).status_code == 400


def test_only_the_inspectorate_may_register_or_extract(client, db):
    reference_data_load()
    assert client.post("/api/reports", {}, content_type="application/json").status_code == 401
    for org, role in [("Kent Police", Role.FORCE_EDITOR), ("Kent Police and Crime Commissioner", Role.APPROVER)]:
        auth = _bearer(member_of(org, role))
        assert _extract(client, auth, national_report().encode()).status_code == 403
        pack = {"format": "oversight-report-pack", "version": 1, "report": {"key": "x"}}
        assert client.post("/api/reports", pack, content_type="application/json", **auth).status_code == 403
