"""API authentication: a bearer token, or the browser's session. Anonymous callers see public data."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from oversight.accounts.services import api_token_authenticate


def optional_user(request: HttpRequest) -> Any:
    """Accept the request either way; request.user is the token's user, the session's, or anonymous."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        user = api_token_authenticate(raw=header[7:].strip())
        if user is None:
            return None  # a wrong token is refused, never treated as anonymous
        request.user = user
    return request.user or True


def required_user(request: HttpRequest) -> Any:
    user = optional_user(request)
    if user is None or not getattr(request.user, "is_authenticated", False):
        return None
    return request.user
