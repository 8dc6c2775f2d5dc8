"""API authentication: a bearer token, or the browser's session. Anonymous callers see public data.

A request that changes something with only the session cookie must carry the CSRF token (the
``X-CSRFToken`` header, as the API documentation page sends it): otherwise any site the user
visits could post to the API in their name. Requests with a bearer token are not sent by browsers
on their own, so they need no CSRF token.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.utils import check_csrf

from oversight.accounts.services import api_token_authenticate
from oversight.core.errors import NotAllowed

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
CSRF_MESSAGE = (
    "This request uses the session cookie but carries no valid CSRF token. Send the X-CSRFToken header "
    "with the value of the csrftoken cookie, or authenticate with `Authorization: Bearer <token>`."
)


def optional_user(request: HttpRequest) -> Any:
    """Accept the request either way; request.user is the token's user, the session's, or anonymous."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        user = api_token_authenticate(raw=header[7:].strip())
        if user is None:
            return None  # a wrong token is refused, never treated as anonymous
        request.user = user
        return user
    if (
        request.method not in SAFE_METHODS
        and getattr(request.user, "is_authenticated", False)
        and check_csrf(request) is not None
    ):
        raise NotAllowed(CSRF_MESSAGE)
    return request.user or True


def required_user(request: HttpRequest) -> Any:
    user = optional_user(request)
    if user is None or not getattr(request.user, "is_authenticated", False):
        return None
    return request.user
