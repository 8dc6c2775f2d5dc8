"""Every upload path on S3-compatible storage: evidence (versions, downloads, refusals), a letter
read by the ingestion task, operational data imports, and the readiness check."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from oversight.accounts.models import Role
from oversight.accounts.services import api_token_create
from oversight.evidence.models import EvidenceVersion
from oversight.evidence.services import evidence_add
from oversight.measures.models import DataImport, ImportState, TrainingRecord
from oversight.ops.health import OK, check_storage
from oversight.responses.models import Response
from tests.accounts.factories import member_of
from tests.conftest import SHARED
from tests.evidence.test_evidence import PDF, PNG
from tests.measures.conftest import TEST_KEY
from tests.measures.factories import TRAINING_HEADER, write_xlsx
from tests.obligations.world import make_world

SEED_LETTER = SHARED / "seeds" / "002_1dbf767424ad35b5.txt"
TVP_BODY = "Thames Valley Police and Crime Commissioner"


@pytest.fixture
def world(db):
    return make_world()


def _auth(user) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_token_create(actor=None, user=user, name='t')[1]}"}


def test_the_default_storage_is_the_bucket(bucket):
    from storages.backends.s3 import S3Storage

    assert isinstance(default_storage, S3Storage)
    assert (default_storage.bucket_name, default_storage.location) == (bucket.name, bucket.prefix)
    assert default_storage.default_acl is None


def test_evidence_versions_are_stored_privately_and_downloaded_through_oversight(bucket, world, client):
    headers = _auth(world.users["force_a"])
    created = client.post(
        "/api/evidence",
        {"obligation": world.obligation.pk, "title": "Referral audit", "file": SimpleUploadedFile("a.pdf", PDF)},
        headers=headers,
    )
    assert created.status_code == 201, created.content
    evidence = created.json()
    second = b"force,done\nA,1\nB,2\n"
    again = client.post(
        f"/api/evidence/{evidence['id']}/versions",
        {"expected_version": 1, "file": SimpleUploadedFile("v2.csv", second)},
        headers=headers,
    )
    assert again.status_code == 201, again.content
    v1, v2 = EvidenceVersion.objects.order_by("number")
    # Stored by generated name under the prefix, byte for byte, nothing else (no temporary objects).
    assert bucket.names() == sorted([f"evidence/{v1.stored_name}", f"evidence/{v2.stored_name}"])
    assert bucket.read(f"evidence/{v1.stored_name}") == PDF
    assert hashlib.sha256(bucket.read(f"evidence/{v2.stored_name}")).hexdigest() == v2.sha256
    # Private: the objects carry no grant beyond their owner's.
    key = f"{bucket.prefix}/evidence/{v1.stored_name}"
    grants = bucket.client.get_object_acl(Bucket=bucket.name, Key=key)["Grants"]
    assert [g["Permission"] for g in grants] == ["FULL_CONTROL"]
    assert all("URI" not in g["Grantee"] for g in grants)  # no AllUsers / AuthenticatedUsers group
    # Both versions stream through Oversight's permission-checked views, never as a link to the bucket.
    for version, data in ((v1, PDF), (v2, second)):
        answer = client.get(f"/api/evidence/versions/{version.pk}/download", headers=headers)
        assert answer.status_code == 200
        assert b"".join(answer.streaming_content) == data
        assert answer["Cache-Control"] == "private, no-store"
        assert "Location" not in answer
    client.force_login(world.users["force_a"])
    page = client.get(reverse("evidence-download", args=[v2.pk]))
    assert page.status_code == 200
    assert b"".join(page.streaming_content) == second
    assert bucket.name not in page["Content-Disposition"]
    client.force_login(world.users["force_b"])
    assert client.get(reverse("evidence-download", args=[v2.pk])).status_code == 404


def test_a_version_whose_object_is_missing_is_a_404(bucket, world, client):
    version = evidence_add(
        actor=world.users["force_a"], obligation=world.obligation, title="Audit", chunks=[PNG], filename="a.png"
    )
    bucket.client.delete_object(Bucket=bucket.name, Key=f"{bucket.prefix}/evidence/{version.stored_name}")
    answer = client.get(f"/api/evidence/versions/{version.pk}/download", headers=_auth(world.users["force_a"]))
    assert answer.status_code == 404


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"MZ\x90\x00" + b"\x00" * 60, "application/x-msdownload"),
        (PDF + b"\x00" * 2048, "smaller than"),
    ],
)
def test_a_refused_upload_leaves_no_object(bucket, world, client, settings, data, message):
    settings.MAX_UPLOAD_BYTES = len(PDF) + 1024
    answer = client.post(
        "/api/evidence",
        {"obligation": world.obligation.pk, "title": "Audit", "file": SimpleUploadedFile("a.pdf", data)},
        headers=_auth(world.users["force_a"]),
    )
    assert answer.status_code == 400
    assert message in answer.json()["detail"]
    assert bucket.names() == []
    assert not EvidenceVersion.objects.exists()


def test_an_upload_whose_record_fails_leaves_no_object(bucket, world, monkeypatch):
    from oversight.evidence import services

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services, "_version", broken)
    with pytest.raises(RuntimeError):
        evidence_add(
            actor=world.users["force_a"], obligation=world.obligation, title="Audit", chunks=[PDF], filename="a.pdf"
        )
    assert bucket.names() == []


@pytest.mark.skipif(not SEED_LETTER.is_file(), reason="the seed letters in ../shared are not beside the project")
def test_an_uploaded_letter_is_read_by_the_ingestion_task_and_then_removed(bucket, oic, client):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    client.force_login(editor)
    answer = client.post("/responses/upload/", {"letter": SimpleUploadedFile("tv.txt", SEED_LETTER.read_bytes())})
    assert answer.status_code == 302
    response = Response.objects.get()
    assert response.source_filename == "tv.txt"
    assert response.source_sha256 == hashlib.sha256(SEED_LETTER.read_bytes()).hexdigest()
    assert response.items.exists()
    assert bucket.names() == []  # the draft keeps the text; the letter is not kept


def test_a_letter_that_cannot_be_queued_leaves_no_object(bucket, oic, monkeypatch):
    from oversight.responses import tasks

    def refuse(**kwargs):
        raise RuntimeError("the queue is down")

    monkeypatch.setattr(tasks, "ingest_letter", SimpleNamespace(enqueue=refuse))
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    with pytest.raises(RuntimeError):
        tasks.ingest_letter_enqueue(
            user=editor, data_file=SimpleUploadedFile("tv.txt", b"Dear Inspector"), report_key=None
        )
    assert bucket.names() == []


@pytest.fixture
def kent_editor(oic, client, settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = TEST_KEY
    user = member_of("Kent Police", Role.FORCE_EDITOR)
    client.force_login(user)
    return user


def _import(client, data: bytes, *, name: str, mode: str = "add", submission: str = "s1"):
    form = {"force": "kent-police", "kind": "training", "mode": mode, "submission": submission}
    return client.post("/data/import/", {**form, "data_file": SimpleUploadedFile(name, data)})


def test_a_data_import_reads_its_file_from_the_bucket(bucket, kent_editor, client, tmp_path):
    workbook = write_xlsx(tmp_path / "t.xlsx", TRAINING_HEADER, [["K1", "", "", "hydra-oic", "2025-09-01"]])
    done = _import(client, workbook.read_bytes(), name="training.xlsx")  # openpyxl reads a local copy
    assert done.status_code == 302
    record = DataImport.objects.get()
    assert record.state == ImportState.SUCCEEDED, record.problem
    assert TrainingRecord.objects.count() == 1
    assert bucket.names() == []  # the upload and the progress marker are gone


def test_a_replacing_import_waits_in_the_bucket_for_confirmation(
    bucket, kent_editor, client, django_capture_on_commit_callbacks
):
    header = ",".join(TRAINING_HEADER) + "\n"
    _import(client, (header + "K1,,,hydra-oic,2025-09-01\nK2,,,hydra-oic,2025-09-01\n").encode(), name="a.csv")
    waiting = _import(
        client, (header + "K3,,,hydra-oic,2025-09-02\n").encode(), name="b.csv", mode="replace", submission="s2"
    )
    record = DataImport.objects.get(submission="s2")
    assert bucket.names() == ["imports/s2/b.csv"]
    assert "will delete the 2 earlier" in client.get(waiting["Location"]).content.decode()
    client.post(f"/data/imports/{record.pk}/start/")
    record.refresh_from_db()
    assert (record.state, record.rows_replaced) == (ImportState.SUCCEEDED, 2)
    assert bucket.names() == []
    _import(client, (header + "K4,,,hydra-oic,2025-09-02\n").encode(), name="c.csv", mode="replace", submission="s3")
    cancelled = DataImport.objects.get(submission="s3")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/data/imports/{cancelled.pk}/cancel/")
    assert bucket.names() == []


def test_an_import_reports_its_progress_through_the_bucket(bucket, world):
    from oversight.core import storage
    from oversight.measures.tasks import progress_name, read_progress

    assert read_progress(7) is None
    storage.store_bytes(b'{"fraction": 0.25}', progress_name(7))
    storage.store_bytes(b'{"fraction": 0.5}', progress_name(7))  # rewritten in place
    assert read_progress(7) == 0.5
    assert bucket.names("imports/") == ["imports/progress-7.json"]


def test_readiness_checks_the_bucket(bucket, settings, monkeypatch):
    assert check_storage() == OK
    assert bucket.names() == []  # the probe's file is removed again
    monkeypatch.setenv("OVERSIGHT_S3_BUCKET", "no-such-bucket")
    from oversight.settings import upload_storage_config

    settings.STORAGES = {**settings.STORAGES, "default": upload_storage_config("s3")}
    assert check_storage() != OK
