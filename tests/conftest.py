"""Shared pytest set-up. Data comes from per-app factories, not fixtures files."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import OperationalError

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PACKS = REPO / "src" / "oversight" / "reports" / "packs"


@pytest.fixture
def reference_data(db):
    """The real reference data (43 forces, bodies, regions, national bodies), loaded once per test."""
    from oversight.organisations.services import reference_data_load

    reference_data_load()


@pytest.fixture
def oic(reference_data):
    """The bundled pack of *Improving the response to organised immigration crime*, published."""
    from oversight.reports.services import report_import_pack
    from oversight_ingest.packs import load_pack

    return report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True).report


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Real hashers cost ~0.3 s a password by design; tests need only a correct one."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _nothing_kept_from_other_tests(settings):
    """Kept page parts are keyed by the audit trail's newest ids, which a rolled-back test (or
    another test process's database) can give again with other data behind them: each test keeps
    parts in its own process's memory, starting empty, rather than in the shared cache folder."""
    from django.core.cache import cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploads made by tests land in the test's own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


def run_queued_tasks() -> None:
    """Run the database queue's waiting tasks once, as ``oversight db_worker --batch`` does.

    The worker claims a task in a ``BEGIN EXCLUSIVE`` transaction. The suite's SQLite database is in
    memory, shared between connections in shared-cache mode, where a table lock still held by another
    connection (a thread an earlier test left running) is reported at once as "database table is locked"
    instead of being waited for, as a database file or PostgreSQL would. Nothing has run when that
    happens, so the claim is tried again, a few times, briefly."""
    for attempt in range(5):
        try:
            call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")
            return
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))
