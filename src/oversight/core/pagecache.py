"""Rendered parts of the oversight pages, kept between requests until the data they show changes.

The force, report, region, national and home pages read tens of thousands of obligations and render
hundreds of table rows: too slow to repeat for every request at national scale. So the main part of
each is kept in the cache under a key made of:

- the **page and its address** (path and query string: filters and page numbers);
- the **scope of the viewer**: whether signed in, superuser or not, and every (organisation, role)
  membership. Access in Oversight depends on nothing else about a user, so two users share a kept
  part only when every access function would answer them alike;
- the **audit mark**: the newest history row of every audited model. Every change made through the
  services is audited (``core.audit``), bulk imports included (``core.bulk`` writes history rows),
  so any change anywhere gives a new mark and a new key: a kept part is never shown after a change;
- **today's date**, since overdue and due-soon flags move with it.

``OVERSIGHT_DASHBOARD_CACHE_SECONDS`` bounds how long a part is kept even without a change (a
safety net for changes made outside Oversight, e.g. by hand in the database); 0 turns keeping off.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from simple_history.models import registered_models

logger = logging.getLogger(__name__)

# Audited models no kept part shows, whose history moves often: sign-ins save the user, the API
# saves its token, a background worker writes its heartbeat. Memberships are not here: they are
# part of the viewer's scope and of what others see.
NOT_SHOWN = frozenset({"accounts.user", "accounts.apitoken", "accounts.externalidentity", "ops.workerheartbeat"})


@functools.cache
def _history_tables() -> tuple[str, ...]:
    """Worked out once: reading ``Model.history`` builds a manager class each time, which is slow."""
    tables = set()
    for model in registered_models.values():
        if model._meta.label_lower in NOT_SHOWN:
            continue
        historical = getattr(getattr(model, "history", None), "model", None)
        if historical is not None:
            tables.add(historical._meta.db_table)
    return tuple(sorted(tables))


def audit_mark() -> str:
    """The newest history id of every audited table, in one query: changes whenever anything audited does."""
    quote = connection.ops.quote_name
    # Table names come from the models' own metadata, quoted: nothing here comes from a request.
    parts = [f"(SELECT MAX(history_id) FROM {quote(table)})" for table in _history_tables()]  # noqa: S608
    if not parts:
        return ""
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    return ",".join("" if value is None else str(value) for value in row)


def cache_key(kind: str, *parts: object) -> str:
    return f"oversight:{kind}:" + hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()


def kept(key: str) -> Any:
    """What is kept under ``key``, or None. A cache that cannot be read (a full or read-only disk, a
    damaged file) is a miss, logged: the page is built as if nothing were kept."""
    try:
        return cache.get(key)
    except Exception:
        logger.warning("kept page part could not be read; building it", exc_info=True)
        return None


def keep(key: str, value: Any, seconds: int) -> None:
    """Keep ``value`` under ``key``; a cache that cannot be written is logged and otherwise ignored."""
    try:
        cache.set(key, value, seconds)
    except Exception:
        logger.warning("kept page part could not be written", exc_info=True)


def keep_seconds() -> int:
    return int(settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS)


@dataclass(frozen=True, slots=True)
class Fragment:
    """A page part: its kept HTML when there is one (``html``), and where to keep it when rendered."""

    key: str | None
    html: str | None
    seconds: int

    def keep(self, html: str) -> None:
        if self.key is not None:
            keep(self.key, html, self.seconds)


NOT_KEPT = Fragment(None, None, 0)


def fragment_for(kind: str, *parts: object) -> Fragment:
    """The kept part named by ``parts`` and the audit mark, or where to keep it once rendered."""
    seconds = keep_seconds()
    if seconds <= 0:
        return NOT_KEPT
    key = cache_key(kind, *parts, audit_mark())
    html = kept(key)
    return Fragment(key, html if isinstance(html, str) else None, seconds)
