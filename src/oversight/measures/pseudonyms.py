"""Keyed pseudonyms for the people and groups named in operational data (UK GDPR minimisation).

A reference (``person_ref``, ``officer_ref``, ``ocg_ref``) becomes the first 32 hex digits of its
HMAC-SHA256 under a key from the environment (``OVERSIGHT_PSEUDONYM_KEY``). The key is never stored
with the data, so the database alone cannot be turned back into references; the same reference
always gives the same pseudonym, so people can still be counted and matched across files.

In development (``DEBUG`` on) with no key set, a random key is made the first time one is needed
and kept in the data directory; with ``DEBUG`` off imports are refused until the key is set.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from pathlib import Path

from django.conf import settings

from oversight.core.errors import InvalidChange

MIN_KEY_LENGTH = 32


def pseudonym_key() -> bytes:
    configured: str = getattr(settings, "OVERSIGHT_PSEUDONYM_KEY", "")
    if configured:
        if len(configured) < MIN_KEY_LENGTH:
            raise InvalidChange(
                f"OVERSIGHT_PSEUDONYM_KEY must be at least {MIN_KEY_LENGTH} characters long; nothing was imported."
            )
        return configured.encode()
    if not settings.DEBUG:
        raise InvalidChange(
            "Operational data cannot be imported: OVERSIGHT_PSEUDONYM_KEY is not set. An administrator must set "
            "it (32 or more random characters, kept apart from the database backups); nothing was imported."
        )
    path = Path(settings.DATA_DIR) / "pseudonym_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48), encoding="ascii")
        path.chmod(0o600)
    return path.read_text(encoding="ascii").strip().encode()


def pseudonymiser(key: bytes) -> Callable[[str], str]:
    """A function from a raw reference to its pseudonym (case and surrounding spaces ignored)."""
    base = hmac.new(key, digestmod=hashlib.sha256)

    def pseudonymise(raw: str) -> str:
        h = base.copy()
        h.update(raw.strip().upper().encode())
        return h.hexdigest()[:32]

    return pseudonymise
