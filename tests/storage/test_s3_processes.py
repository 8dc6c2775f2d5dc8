"""Several processes, one bucket: `oversight serve` (two web processes) and an `oversight db_worker`
on uploads kept on S3-compatible storage. A letter and a data file uploaded to a web process are
read by the worker from the bucket, and nothing is left there afterwards."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests

from tests.conftest import SHARED
from tests.ops.servers import REPO, free_port, oversight, production_env, start, stop, wait_for
from tests.storage.conftest import make_bucket
from tests.storage.test_s3_backup import _database_url

SEED_LETTER = SHARED / "seeds" / "002_1dbf767424ad35b5.txt"
PACK = REPO / "src" / "oversight" / "reports" / "packs" / "oic-2025.json"


def _run(env: dict[str, str], *args: str) -> str:
    result = oversight(env, *args)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _token(env: dict[str, str], email: str, organisation: str, role: str) -> str:
    _run(env, "invite-user", "--name", "Storage Test", "--email", email, "--organisation", organisation, "--role", role)
    code = (
        "from oversight.accounts.models import User; from oversight.accounts.services import api_token_create; "
        f"print(api_token_create(actor=None, user=User.objects.get(username={email!r}), name='t')[1])"
    )
    return _run(env, "shell", "-c", code).strip().splitlines()[-1]


def _until(fetch, done, *, seconds: float = 120):
    deadline = time.monotonic() + seconds
    while True:
        answer = fetch()
        if done(answer) or time.monotonic() > deadline:
            return answer
        time.sleep(0.5)


@pytest.mark.skipif(not SEED_LETTER.is_file(), reason="the seed letters in ../shared are not beside the project")
def test_web_processes_and_a_worker_share_uploads_through_the_bucket(moto_server, tmp_path):
    bucket = make_bucket(moto_server)
    folder = tmp_path / "site"
    folder.mkdir()
    env = production_env(
        folder,
        _database_url(folder),
        TASKS_BACKEND="database",
        OVERSIGHT_PSEUDONYM_KEY="a-test-pseudonym-key-of-enough-length-0123456789",
        **bucket.env,
    )
    _run(env, "migrate", "--no-input")
    _run(env, "load-reference")
    _run(env, "import-report", str(PACK), "--publish")
    body = _token(env, "body@example.org", "thames-valley-police-and-crime-commissioner", "body_editor")
    force = _token(env, "force@example.org", "kent-police", "force_editor")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    web = start(env, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2", log=tmp_path / "serve.log")
    worker = start(env, "db_worker", "--no-reload", "--interval", "0.5", log=tmp_path / "worker.log")
    try:
        wait_for(f"{base}/healthz", proc=web)
        ready = _until(lambda: requests.get(f"{base}/readyz", timeout=30), lambda r: r.status_code == 200)
        assert ready.json()["checks"]["storage"] == "ok", ready.text

        sent = requests.post(
            f"{base}/api/responses/ingest",
            files={"file": ("letter.txt", SEED_LETTER.read_bytes(), "text/plain")},
            headers={"Authorization": f"Bearer {body}"},
            timeout=60,
        )
        assert sent.status_code == 202, sent.text
        task = sent.json()["task_id"]
        read = _until(
            lambda: requests.get(
                f"{base}/api/responses/ingest/{task}", headers={"Authorization": f"Bearer {body}"}, timeout=30
            ).json(),
            lambda r: r["status"] in ("SUCCESSFUL", "FAILED"),
        )
        assert read["status"] == "SUCCESSFUL", read
        assert read["outcome"]["response_id"], read

        imported = requests.post(
            f"{base}/api/data-imports",
            data={"kind": "training", "force": "kent-police"},
            files={"file": ("t.csv", b"person_ref,role,department,course,completed_on\nK1,,,hydra-oic,2025-09-01\n")},
            headers={"Authorization": f"Bearer {force}"},
            timeout=60,
        )
        assert imported.status_code == 202, imported.text
        record = _until(
            lambda: requests.get(
                f"{base}/api/data-imports/{imported.json()['id']}",
                headers={"Authorization": f"Bearer {force}"},
                timeout=30,
            ).json(),
            lambda r: r["state"] in ("succeeded", "failed"),
        )
        assert (record["state"], record["rows_imported"]) == ("succeeded", 1), record
    finally:
        stop(worker)
        stop(web)
    assert bucket.names() == []  # read, then removed: the letter and the data file were not kept
    assert not (Path(env["OVERSIGHT_DATA_DIR"]) / "media" / "uploads").exists()  # never on the local disk
