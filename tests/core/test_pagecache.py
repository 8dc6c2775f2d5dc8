"""Kept page parts: the audit mark moves with every audited change and with nothing else shown."""

from __future__ import annotations

from types import SimpleNamespace

from django.template import Context, Template
from django.utils import timezone

from oversight.accounts.access import viewer_scope
from oversight.accounts.models import Role
from oversight.core.pagecache import Fragment, audit_mark, fragment_for
from oversight.ops.models import WorkerHeartbeat
from oversight.web.templatetags.oversight_oversee import matrix_cells
from tests.accounts.factories import MembershipFactory, UserFactory
from tests.obligations.factories import ObligationFactory


def test_the_mark_moves_with_an_audited_change_and_not_with_a_sign_in_or_heartbeat(db):
    obligation = ObligationFactory()
    user = UserFactory()
    before = audit_mark()
    user.save()  # a sign-in saves the user (last_login)
    WorkerHeartbeat.objects.create(worker_id="w1", last_seen=timezone.now())
    assert audit_mark() == before
    obligation.save()
    assert audit_mark() != before


def test_the_scope_names_the_memberships_and_nothing_else(db):
    a, b, c = UserFactory(), UserFactory(), UserFactory()
    membership = MembershipFactory(user=a, role=Role.ANALYST)
    MembershipFactory(user=b, organisation=membership.organisation, role=Role.ANALYST)
    MembershipFactory(user=c, organisation=membership.organisation, role=Role.VIEWER)
    assert viewer_scope(a) == viewer_scope(b) != viewer_scope(c)
    assert viewer_scope(None) == "anonymous" != viewer_scope(UserFactory())


def test_a_part_is_kept_under_its_key_and_not_when_keeping_is_off(db, settings):
    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 60
    template = Template("{% load oversight_pagecache %}[{% kept_part %}{{ value }}{% end_kept_part %}]")
    first = fragment_for("test", "page")
    assert first.html is None
    assert template.render(Context({"kept_part": first, "value": "<b>one</b>"})) == "[&lt;b&gt;one&lt;/b&gt;]"
    kept = fragment_for("test", "page")
    assert kept.html == "&lt;b&gt;one&lt;/b&gt;"
    assert template.render(Context({"kept_part": kept, "value": "two"})) == "[&lt;b&gt;one&lt;/b&gt;]"
    assert fragment_for("test", "another page").html is None
    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 0
    off = fragment_for("test", "page")
    assert off == Fragment(None, None, 0)
    assert template.render(Context({"kept_part": off, "value": "three"})) == "[three]"


def matrix_cell(row, cell):
    return matrix_cells(SimpleNamespace(organisation=row.organisation, cells=[cell]))


def test_a_matrix_cell_escapes_every_value():
    row = SimpleNamespace(organisation=SimpleNamespace(name='A & "B" <Police>'))
    cell = SimpleNamespace(
        obligation_id=7,
        linked=True,
        status="in_progress",
        label="In <progress>",
        stance="Accepted & 'noted'",
        overdue=True,
        finding=SimpleNamespace(short_label="R<1>"),
    )
    html = str(matrix_cell(row, cell))
    assert '<a class="govuk-link app-cell-link" href="/obligations/7/"' in html
    name, stance = "A &amp; &quot;B&quot; &lt;Police&gt;", "accepted &amp; &#x27;noted&#x27;"
    assert f'aria-label="{name}, R&lt;1&gt;: In &lt;progress&gt;, stance {stance}"' in html
    assert '<span class="app-stance">Accepted &amp; &#x27;noted&#x27;</span>' in html
    assert "<Police>" not in html
    assert "<progress>" not in html
    assert 'app-overdue">Overdue' in html
    unlinked = str(matrix_cell(row, SimpleNamespace(**{**vars(cell), "linked": False, "overdue": False})))
    assert "<a " not in unlinked
    assert "Overdue" not in unlinked
    assert "Not addressed" in str(matrix_cell(row, SimpleNamespace(obligation_id=None)))


def test_parts_are_kept_in_files_in_the_data_directory_and_in_memory_under_test(settings):
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    from oversight import settings as configured

    assert configured.CACHES["default"]["BACKEND"].endswith("FileBasedCache")
    assert configured.CACHES["default"]["LOCATION"] == str(configured.DATA_DIR / "cache")
    assert isinstance(caches["default"], LocMemCache)  # see tests/conftest.py


def test_a_cache_that_fails_only_costs_speed(db, client, settings, monkeypatch, caplog):
    from django.core.cache import caches

    settings.OVERSIGHT_DASHBOARD_CACHE_SECONDS = 60

    def broken(*args, **kwargs):
        raise OSError("No space left on device")

    backend = type(caches["default"])  # patched on the class: the cache proxy resolves per access
    monkeypatch.setattr(backend, "get", broken)
    monkeypatch.setattr(backend, "set", broken)
    fragment = fragment_for("test", "page")
    assert fragment.html is None
    fragment.keep("<p>built</p>")  # logged, not raised
    page = client.get("/national/")
    assert page.status_code == 200
    assert "England and Wales" in page.content.decode()
    assert "kept page part could not be read" in caplog.text
