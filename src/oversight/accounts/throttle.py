"""Limits on sign-in and password reset attempts, per account and per address, kept by django-axes.

django-axes records each failed attempt in the database (so every web process sees the same counts) and
refuses an account or an address that has reached ``AXES_FAILURE_LIMIT`` failures until the cool-off has
passed. A password reset request counts as an attempt on the account named and from the address it came
from, so the reset form cannot be used to flood someone's mailbox or to probe for accounts.
"""

from __future__ import annotations

from datetime import timedelta

from axes.handlers.proxy import AxesProxyHandler  # type: ignore[import-untyped]  # django-axes ships no types
from axes.helpers import get_cool_off  # type: ignore[import-untyped]
from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    """The address a request came from.

    Behind ``OVERSIGHT_PROXY_COUNT`` proxies, each of which appends the address it received the request
    from to ``X-Forwarded-For``, the client is that many entries from the right; entries further left were
    written by the client and cannot be trusted. With no proxy, the socket's address.
    """
    proxies: int = getattr(settings, "OVERSIGHT_PROXY_COUNT", 0)
    if proxies > 0:
        header = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
        forwarded = [part.strip() for part in header.split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return str(request.META["REMOTE_ADDR"]) if request.META.get("REMOTE_ADDR") else None


def cool_off_minutes() -> int:
    """How long an account or address is refused once it has reached the limit, in whole minutes."""
    delta: timedelta = get_cool_off() or timedelta(0)
    return max(1, round(delta.total_seconds() / 60))


def reset_request_allowed(request: HttpRequest, *, email: str) -> bool:
    """Whether a password reset for ``email`` may be sent now; an allowed request is counted as an attempt.

    Refused when the account (the address typed, lower-cased) or the client address has reached the limit.
    """
    credentials = {"username": email.strip().lower()}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return False
    # Recorded the way axes records a failed sign-in: the same counts, the same cool-off.
    AxesProxyHandler.user_login_failed(sender=__name__, credentials=credentials, request=request)
    # This request was within the limit; only the next one is refused (and shown the lockout page).
    request.axes_locked_out = False  # type: ignore[attr-defined]  # set by axes on the request
    return True
