"""The guide's nginx server blocks, with TLS, in front of a real ``oversight serve`` (DEBUG off).

Debian's nginx (installed by scripts/test) runs the two server blocks of docs/operations.md section 4
with only these substituted: the listening ports (80 and 443 become free ports, the tests run in
parallel), the upstream port (``oversight serve`` listens on a free port, not 8000), the certificate
paths (a self-signed certificate made here with openssl instead of certbot's) and the server name
(``localhost``, which the certificate names). The ``http { }`` around them is ours, as the guide
leaves it to Debian's nginx.conf: it only keeps nginx's files in a temporary folder and writes an
access log with nginx's ``$request_id``, so the test can see which id nginx passed on.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.conftest import REPO
from tests.ops.servers import free_port, oversight, start, stop, wait_for
from tests.ops.test_backup import _installation

DOC = (REPO / "docs" / "operations.md").read_text()
NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
OPENSSL = shutil.which("openssl")
NAME = "localhost"
PASSWORD = "a-long-test-password-for-the-proxy"
MB = 1024 * 1024

pytestmark = [
    pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian package nginx; scripts/test installs it)"),
    pytest.mark.skipif(OPENSSL is None, reason="openssl is not installed"),
]


def _server_blocks(*, http: int, https: int, upstream: int, cert: Path, key: Path) -> str:
    (block,) = re.findall(r"```nginx\n(.*?)```", DOC, flags=re.DOTALL)
    swaps = [
        ("listen 80;", f"listen {http};"),
        ("listen 443 ssl http2;", f"listen {https} ssl http2;"),
        ("proxy_pass http://127.0.0.1:8000;", f"proxy_pass http://127.0.0.1:{upstream};"),
        ("/etc/letsencrypt/live/oversight.example.org/fullchain.pem", str(cert)),
        ("/etc/letsencrypt/live/oversight.example.org/privkey.pem", str(key)),
        ("server_name oversight.example.org;", f"server_name {NAME};"),
    ]
    for old, new in swaps:
        assert old in block, f"the guide's server blocks changed: {old!r} is gone"
        block = block.replace(old, new)
    assert "example.org" not in block
    return block


@pytest.fixture
def nginx_dir() -> Iterator[Path]:
    """nginx's own folder: readable by its worker processes (``nobody`` when nginx starts as root)."""
    folder = Path(tempfile.mkdtemp(prefix="oversight-nginx-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "fullchain.pem", folder / "privkey.pem"
    subprocess.run(
        [OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={NAME}",
         "-addext", f"subjectAltName=DNS:{NAME}", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def _nginx_conf(folder: Path, server_blocks: str) -> Path:
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf = folder / "nginx.conf"
    conf.write_text(
        f"""worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} warn;
events {{ worker_connections 64; }}
http {{
    log_format with_id '$request_id $status $request_method $uri $upstream_status';
    access_log {folder / "access.log"} with_id;
{temp}
{server_blocks}
}}
"""
    )
    return conf


def _wait_for_nginx(proxy: subprocess.Popen[bytes], folder: Path, *ports: int) -> None:
    deadline = time.monotonic() + 60
    while True:
        assert proxy.poll() is None, (folder / "error.log").read_text()
        try:
            for port in ports:
                socket.create_connection(("127.0.0.1", port), timeout=2).close()
            return
        except OSError:
            assert time.monotonic() < deadline, "nginx did not listen"
            time.sleep(0.1)


def _csrf_token(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found
    return found.group(1)


def test_nginx_terminates_tls_in_front_of_oversight_as_the_guide_configures_it(tmp_path, nginx_dir):
    assert NGINX is not None
    http, https, upstream = free_port(), free_port(), free_port()
    cert, key = _certificate(nginx_dir)
    conf = _nginx_conf(nginx_dir, _server_blocks(http=http, https=https, upstream=upstream, cert=cert, key=key))
    checked = subprocess.run(
        [NGINX, "-t", "-e", "stderr", "-p", str(nginx_dir), "-c", str(conf)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert re.findall(r"\[(?:warn|emerg|alert|crit)\].*", checked.stderr) == [], "accepted without a warning"

    site = f"https://{NAME}:{https}"
    env = _installation(tmp_path, "data")  # SQLite, or a new database in the PostgreSQL pass
    env.update(
        ALLOWED_HOSTS=NAME,
        CSRF_TRUSTED_ORIGINS=site,  # the browser's origin names the test's port; in production it is 443
        OVERSIGHT_BASE_URL=site,
        OVERSIGHT_PROXY_COUNT="1",
    )
    del env["SECURE_HSTS_SECONDS"]  # the production default: one year
    for command in (
        ["migrate", "--no-input"],
        ["load-reference"],
        ["invite-user", "--name", "Proxy Test", "--email", "proxy@example.org",
         "--organisation", "thames-valley-police-and-crime-commissioner", "--role", "body_editor"],
        ["shell", "-c", "from oversight.accounts.models import User;"
         f" u = User.objects.get(username='proxy@example.org'); u.set_password('{PASSWORD}'); u.save()"],
    ):  # fmt: skip
        result = oversight(env, *command)
        assert result.returncode == 0, result.stderr

    serve_log = tmp_path / "serve.log"
    server = start(env, "serve", "--bind", f"127.0.0.1:{upstream}", "--workers", "1", log=serve_log)
    proxy = subprocess.Popen(
        [NGINX, "-e", str(nginx_dir / "error.log"), "-p", str(nginx_dir), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(f"http://{NAME}:{upstream}/healthz", proc=server)  # ALLOWED_HOSTS has the name only
        browser = requests.Session()
        browser.trust_env = False  # no proxy, and no CA bundle from the environment overriding ours
        browser.verify = str(cert)

        # Plain HTTP is redirected to the same path over HTTPS (on 443: the guide's port).
        _wait_for_nginx(proxy, nginx_dir, http, https)
        plain = browser.get(f"http://{NAME}:{http}/healthz?x=1", allow_redirects=False, timeout=10)
        assert plain.status_code == 301
        assert plain.headers["Location"] == f"https://{NAME}/healthz?x=1"

        health = browser.get(f"{site}/healthz", timeout=30)
        assert (health.status_code, health.json()) == (200, {"status": "ok"})
        assert health.headers["Strict-Transport-Security"] == "max-age=31536000"

        # The request id nginx made is the one Oversight logs and returns.
        login = browser.get(f"{site}/accounts/login/", timeout=30)
        assert login.status_code == 200
        request_id = login.headers["X-Request-ID"]

        signed_in = browser.post(
            f"{site}/accounts/login/",
            data={
                "csrfmiddlewaretoken": _csrf_token(login.text),
                "username": "proxy@example.org",
                "password": PASSWORD,
            },
            headers={"Referer": f"{site}/accounts/login/", "Origin": site},
            allow_redirects=False,
            timeout=30,
        )
        assert signed_in.status_code == 302, signed_in.text[:2000]
        cookies = {cookie.name: cookie for cookie in browser.cookies}
        assert {"sessionid", "csrftoken"} <= set(cookies)
        assert cookies["sessionid"].secure
        assert cookies["csrftoken"].secure
        assert "Secure" in signed_in.headers["Set-Cookie"]
        home = browser.get(f"{site}/", timeout=30)
        assert "Sign out" in home.text

        # An upload just under client_max_body_size reaches Oversight (which applies its own, lower
        # limit: OVERSIGHT_MAX_UPLOAD_MB, 50 by default); one above it is refused by nginx.
        page = browser.get(f"{site}/responses/upload/", timeout=30)
        token = _csrf_token(page.text)
        headers = {"Referer": f"{site}/responses/upload/", "Origin": site}
        near = browser.post(
            f"{site}/responses/upload/",
            data={"csrfmiddlewaretoken": token},
            files={"letter": ("letter.pdf", b"\0" * (59 * MB), "application/pdf")},
            headers=headers,
            timeout=120,
        )
        assert near.status_code == 400
        assert "X-Request-ID" in near.headers, "Oversight answered, not nginx"
        assert "The selected file must be smaller than 50 MB" in near.text
        over = browser.post(
            f"{site}/responses/upload/",
            data={"csrfmiddlewaretoken": token},
            files={"letter": ("letter.pdf", b"\0" * (61 * MB), "application/pdf")},
            headers=headers,
            timeout=120,
        )
        assert over.status_code == 413
        assert "X-Request-ID" not in over.headers, "nginx answered, without troubling Oversight"
        assert "413 Request Entity Too Large" in over.text
    finally:
        stop(proxy)
        stop(server)

    lines = [json.loads(line) for line in serve_log.read_text().splitlines() if line.startswith("{")]
    logged = [line for line in lines if line.get("request_id") == request_id]
    assert [(line["logger"], line["method"], line["path"], line["status"]) for line in logged] == [
        ("oversight.request", "GET", "/accounts/login/", 200)
    ]
    uploads = [line for line in lines if line.get("path") == "/responses/upload/" and line.get("method") == "POST"]
    assert [line["status"] for line in uploads] == [400], "the upload over nginx's limit never reached Oversight"
    access = (nginx_dir / "access.log").read_text()  # written once a request is over: read after nginx stops
    assert f"{request_id} 200 GET /accounts/login/ 200\n" in access
