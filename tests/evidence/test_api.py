"""The evidence API: upload, new versions, listing and downloads, scoped like the obligation."""

from __future__ import annotations

import pytest

from oversight.accounts.services import api_token_create
from oversight.evidence.models import EvidenceVersion
from oversight.evidence.services import evidence_folder
from tests.evidence.test_evidence import PDF
from tests.obligations.world import make_world


@pytest.fixture
def world(db):
    return make_world()


def auth(world, persona: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_token_create(actor=None, user=world.users[persona], name='t')[1]}"}


def upload(client, world, persona="force_a", data=PDF, **fields):
    from django.core.files.uploadedfile import SimpleUploadedFile

    form = {"obligation": world.obligation.pk, "title": "Referral audit", **fields}
    form["file"] = SimpleUploadedFile("audit.pdf", data)
    return client.post("/api/evidence", form, headers=auth(world, persona))


def test_upload_a_new_version_list_and_download(world, client):
    created = upload(client, world, classification="OFFICIAL")
    assert created.status_code == 201, created.content
    evidence = created.json()
    assert (evidence["title"], evidence["classification"], evidence["latest_version"]) == (
        "Referral audit",
        "OFFICIAL",
        1,
    )
    assert evidence["versions"][0]["file_format"] == "pdf"
    from django.core.files.uploadedfile import SimpleUploadedFile

    again = client.post(
        f"/api/evidence/{evidence['id']}/versions",
        {"expected_version": 1, "file": SimpleUploadedFile("v2.csv", b"a,b\n1,2\n3,4\n")},
        headers=auth(world, "force_a"),
    )
    assert again.status_code == 201
    assert [v["number"] for v in again.json()["versions"]] == [2, 1]
    listed = client.get(f"/api/evidence?obligation={world.obligation.pk}", headers=auth(world, "analyst")).json()
    assert [e["id"] for e in listed] == [evidence["id"]]
    first = listed[0]["versions"][1]
    download = client.get(first["download"], headers=auth(world, "body_a_editor"))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert "OFFICIAL - Referral audit (version 1).pdf" in download["Content-Disposition"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "x" * 201}, "title"),
        ({"classification": "SECRET"}, "classification"),
        ({"obligation": 0}, "obligation"),
    ],
)
def test_bad_fields_are_422_and_store_nothing(world, client, fields, field):
    response = upload(client, world, **fields)
    assert response.status_code == 422
    assert [e["loc"][-1] for e in response.json()["detail"]] == [field]
    assert not EvidenceVersion.objects.exists()
    assert not evidence_folder().exists() or not any(evidence_folder().iterdir())


def test_refused_content_is_a_400_and_leaves_nothing(world, client):
    response = upload(client, world, data=b"MZ\x90\x00" + b"\x00" * 60)
    assert response.status_code == 400
    assert "application/x-msdownload" in response.json()["detail"]
    assert not any(evidence_folder().iterdir())


@pytest.mark.parametrize(("persona", "status"), [("force_b", 404), ("partner", 404), ("body_a_approver", 403)])
def test_only_the_force_uploads(world, client, persona, status):
    assert upload(client, world, persona=persona).status_code == status


def test_others_cannot_see_the_evidence(world, client):
    evidence = upload(client, world).json()
    version_id = evidence["versions"][0]["id"]
    for persona in ("force_b", "partner"):
        assert client.get(f"/api/evidence/{evidence['id']}", headers=auth(world, persona)).status_code == 404
        download = client.get(f"/api/evidence/versions/{version_id}/download", headers=auth(world, persona))
        assert download.status_code == 404
    assert client.get(f"/api/evidence/versions/{version_id}/download").status_code == 404
