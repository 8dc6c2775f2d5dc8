"""The measures API: indicators scoped like the data, imports by a force's editors only."""

from __future__ import annotations

import pytest

from oversight.accounts.models import Role
from oversight.accounts.services import api_token_create
from oversight.measures.models import DataImport, ImportState, TrainingRecord
from tests.accounts.factories import member_of
from tests.measures.factories import TRAINING_HEADER, write_csv

pytestmark = pytest.mark.django_db

KENT = "Kent Police"


def _auth(org: str, role: str) -> dict[str, str]:
    user = member_of(org, role)
    return {"Authorization": f"Bearer {api_token_create(actor=None, user=user, name='t')[1]}"}


def _upload(client, tmp_path, auth, rows, force="kent-police", name="t.csv"):
    path = write_csv(tmp_path / name, TRAINING_HEADER, rows)
    with path.open("rb") as fh:
        return client.post("/api/data-imports", {"kind": "training", "force": force, "file": fh}, headers=auth)


def test_a_force_editor_imports_through_the_api_and_bad_rows_come_back(oic, client, tmp_path):
    auth = _auth(KENT, Role.FORCE_EDITOR)
    good = _upload(client, tmp_path, auth, [["K1", "", "", "hydra-oic", "2025-09-01"]])
    assert good.status_code == 202, good.content
    assert good.json()["state"] == ImportState.SUCCEEDED  # the immediate task backend has run it
    assert TrainingRecord.objects.count() == 1
    bad = _upload(client, tmp_path, auth, [["K2", "", "", "hydra-oic", "01/13/2025"]], name="bad.csv")
    body = bad.json()
    assert body["state"] == ImportState.FAILED
    assert body["errors"] == [
        {"file": "bad.csv", "row": 2, "column": "completed_on", "reason": "is not a date: use YYYY-MM-DD or dd/mm/yyyy"}
    ]
    assert body["classification"] == "OFFICIAL-SENSITIVE"
    listed = client.get("/api/data-imports", headers=auth).json()
    assert [i["filename"] for i in listed] == ["bad.csv", "t.csv"]
    assert client.get(f"/api/data-imports/{body['id']}", headers=auth).json()["error_count"] == 1


def test_others_cannot_import_for_a_force_or_see_its_imports(oic, client, tmp_path):
    editor = _auth(KENT, Role.FORCE_EDITOR)
    _upload(client, tmp_path, editor, [["K1", "", "", "hydra-oic", "2025-09-01"]])
    record = DataImport.objects.get()
    for org, role in [("Essex Police", Role.FORCE_EDITOR), (KENT, Role.VIEWER)]:
        auth = _auth(org, role)
        assert _upload(client, tmp_path, auth, [["K1", "", "", "hydra-oic", "2025-09-01"]]).status_code == 403
    outsider = _auth("Essex Police", Role.FORCE_EDITOR)
    assert client.get(f"/api/data-imports/{record.pk}", headers=outsider).status_code == 404
    assert client.get("/api/data-imports", headers=outsider).json() == []
    assert client.get("/api/data-imports").status_code == 401
    assert _upload(client, tmp_path, {}, [["K1", "", "", "hydra-oic", "2025-09-01"]]).status_code == 401
    assert DataImport.objects.count() == 1


def test_indicators_are_scoped_per_caller(oic, client, tmp_path):
    editor = _auth(KENT, Role.FORCE_EDITOR)
    _upload(client, tmp_path, editor, [["K1", "", "", "hydra-oic", "2025-09-01"]])
    mine = client.get("/api/indicators", {"report": "oic-2025", "as_of": "2025-09-30"}, headers=editor)
    assert mine.status_code == 200
    assert {o["force"] for o in mine.json()} == {"kent-police"}
    assert len(mine.json()) == 8
    analyst = _auth("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", Role.ANALYST)
    everything = client.get(
        "/api/indicators", {"report": "oic-2025", "aggregates": "true", "period": "quarter"}, headers=analyst
    ).json()
    assert {o["scope"] for o in everything} == {"force", "region", "national"}
    assert client.get("/api/indicators", {"report": "oic-2025"}).json() == []
    assert client.get("/api/indicators", {"report": "nope"}, headers=analyst).status_code == 404
    assert client.get("/api/indicators", {"report": "oic-2025", "period": "year"}, headers=analyst).status_code == 400
