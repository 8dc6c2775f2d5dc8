"""``oversight serve``: the real production server, started as an operator would start it."""

from __future__ import annotations

import gzip
import json
import re
import urllib.request

from tests.ops.servers import free_port, oversight, production_env, start, stop, wait_for


def test_serve_refuses_to_run_in_debug_mode(tmp_path):
    result = oversight(production_env(tmp_path, DEBUG="true"), "serve", "--check-only")
    assert result.returncode != 0
    assert "runs only with DEBUG=false" in result.stderr


def test_serve_refuses_to_start_without_a_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["SECRET_KEY"]
    result = oversight(env, "serve", "--check-only")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_serve_refuses_without_collected_static_files_when_told_not_to_collect(tmp_path):
    result = oversight(production_env(tmp_path), "serve", "--no-collectstatic", "--check-only")
    assert result.returncode != 0
    assert "No static files manifest" in result.stderr


def test_serve_runs_gunicorn_with_compressed_cache_busted_static_files_and_json_logs(tmp_path):
    env = production_env(tmp_path)
    assert oversight(env, "migrate", "--no-input").returncode == 0
    port = free_port()
    log = tmp_path / "serve.log"
    proc = start(env, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2", log=log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/healthz", proc=proc)
        with urllib.request.urlopen(f"{base}/readyz") as ready:
            assert json.load(ready)["status"] == "ready"
        with urllib.request.urlopen(f"{base}/") as home:
            page = home.read().decode()
            request_id = home.headers["X-Request-ID"]
        css = re.search(r'href="(/static/build/oversight\.[0-9a-f]{12}\.css)"', page)
        assert css, "the stylesheet link carries a content hash"
        request = urllib.request.Request(base + css.group(1), headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as sheet:
            assert sheet.headers["Content-Encoding"] == "gzip"
            assert "immutable" in sheet.headers["Cache-Control"]
            assert b".govuk-link" in gzip.decompress(sheet.read())
    finally:
        stop(proc)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    requests = [line for line in lines if line.get("logger") == "oversight.request"]
    home_line = next(line for line in requests if line["request_id"] == request_id)
    assert (home_line["path"], home_line["status"], home_line["method"]) == ("/", 200, "GET")
    assert any(line.get("logger") == "gunicorn.error" for line in lines)
    booted = {line["message"] for line in lines if line.get("logger") == "gunicorn.error"}
    assert sum("Booting worker" in message for message in booted) == 2
