"""Helpers for checks made over HTTP against a live server, with real sessions and real concurrency."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
import requests
from django.db import connection
from django.test import Client


def session_for(live_server, user) -> requests.Session:
    """A browser-like HTTP session signed in as ``user``: a real session cookie and its CSRF cookie."""
    client = Client()
    client.force_login(user)
    http = requests.Session()
    http.cookies.set("sessionid", client.cookies["sessionid"].value)
    page = http.get(live_server.url + "/responses/upload/", timeout=30, allow_redirects=False)
    # The page shows who is signed in and, like every page with a form, issues the CSRF cookie.
    assert f"Signed in as {user.get_username()}" in page.text, page.status_code
    assert "csrftoken" in http.cookies
    return http


def csrf_headers(http: requests.Session, live_server) -> dict[str, str]:
    return {"X-CSRFToken": http.cookies["csrftoken"], "Referer": live_server.url + "/", "Origin": live_server.url}


def at_once(calls: list[Callable[[], Any]]) -> list[Any]:
    """Run every call in its own thread, released together by a barrier; results in call order."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        results[index] = call()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks are proven on PostgreSQL (SQLite serialises every write transaction anyway)",
)
