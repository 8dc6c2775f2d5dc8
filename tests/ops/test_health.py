"""/healthz and /readyz: unauthenticated, cheap, and honest about what is wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from oversight.ops import health
from oversight.ops.models import WorkerHeartbeat
from oversight.ops.worker import heartbeat

DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def _fresh_migration_cache():
    health.reset_migration_cache()
    yield
    health.reset_migration_cache()


def test_healthz_answers_without_sign_in_or_database(client):
    # No database fixture: any query would fail the request.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_ready_with_the_in_process_queue(db, client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ready",
        "checks": {"database": "ok", "migrations": "ok", "storage": "ok", "worker": "not used"},
    }


def test_readyz_reveals_no_versions_paths_or_hosts(db, client, settings):
    body = client.get("/readyz").content.decode()
    assert str(settings.MEDIA_ROOT) not in body
    assert "django" not in body.lower()
    assert "postgres" not in body.lower()
    assert "sqlite" not in body.lower()


def test_readyz_needs_a_recent_worker_with_the_database_queue(db, client, settings):
    settings.TASKS = DB_QUEUE
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"] == "not seen"
    heartbeat("worker-one")
    assert client.get("/readyz").status_code == 200
    WorkerHeartbeat.objects.update(last_seen=timezone.now() - dt.timedelta(seconds=settings.WORKER_STALE_SECONDS + 1))
    assert client.get("/readyz").json()["checks"]["worker"] == "not seen"


def test_a_heartbeat_is_one_row_per_worker_with_its_first_appearance_in_history(db):
    heartbeat("worker-one")
    heartbeat("worker-one")
    heartbeat("worker-two")
    assert WorkerHeartbeat.objects.count() == 2
    assert WorkerHeartbeat.history.count() == 2


def test_readyz_fails_when_uploads_cannot_be_written(db, client, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.MEDIA_ROOT = blocker / "media"
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "failed"
    assert str(blocker) not in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_readyz_names_pending_migrations(client):
    call_command("migrate", "ops", "zero", verbosity=0)
    try:
        response = client.get("/readyz")
        assert response.status_code == 503
        body = response.json()
        assert body["checks"]["migrations"] == "pending"
        assert body["pending_migrations"] == ["ops.0001_initial"]
    finally:
        call_command("migrate", "ops", verbosity=0)
        health.reset_migration_cache()
    assert client.get("/readyz").status_code == 200


def test_only_get_and_head(client, db):
    assert client.post("/healthz").status_code == 405
    assert client.head("/readyz").status_code == 200
