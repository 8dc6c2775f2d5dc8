"""A NUL character in a request is a clear 400, never a server error (PostgreSQL cannot take it)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("get", "/api/organisations?kind=%00", {}),
        ("get", "/?q=a%00b", {}),
        ("post", "/api/obligations/1/updates", {"data": '{"text": "a\\u0000b"}', "content_type": "application/json"}),
        ("post", "/accounts/login/", {"data": {"username": "x\x00", "password": "y"}}),
    ],
)
def test_nul_characters_are_refused_with_400(db, client, method, path, kwargs):
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == 400
    assert b"NUL character" in response.content


def test_ordinary_requests_pass(db, client):
    assert client.get("/api/organisations?kind=force").status_code == 200
