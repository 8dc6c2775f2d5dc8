"""Search: words find reports, findings, responses and initiatives, only among what the user may see."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from oversight.reports.models import ReportState
from oversight.responses.models import ResponseState
from oversight.search.selectors import full_text_available, search_everything
from tests.reports.factories import FindingFactory, ReportFactory
from tests.responses.factories import ResponseFactory
from tests.web.oversee_world import build_world


@pytest.fixture
def world(db):
    world = build_world()
    published = ReportFactory(title="Improving the response to organised immigration crime", summary="Smuggling gangs.")
    draft = ReportFactory(title="Immigration crime, a draft follow-up", state=ReportState.DRAFT)
    FindingFactory(report=published, text="Forces should submit an intelligence document for every NCCU referral.")
    FindingFactory(report=draft, text="Forces should record every immigration referral.")
    ResponseFactory(
        report=published,
        organisation=world.bodies[0],
        force=world.force_a,
        state=ResponseState.DRAFT,
        text="Our referrals to the NCCU are checked weekly.",
        extraction={"initiatives": [{"name": "Operation Lantern", "kind": "operation", "span": None}]},
    )
    ResponseFactory(
        report=published,
        organisation=world.bodies[1],
        force=world.force_b,
        state=ResponseState.PUBLISHED,
        text="Every referral now carries an intelligence document.",
        extraction={"initiatives": [{"name": "referral clinic", "kind": "initiative", "span": None}]},
    )
    return world


def _counts(user, text):
    found = search_everything(user=user, text=text)
    return (found.reports.count(), found.findings.count(), found.responses.count(), len(found.initiatives))


def test_the_public_finds_only_published_material(world):
    assert _counts(AnonymousUser(), "immigration") == (1, 0, 0, 0)
    assert _counts(AnonymousUser(), "referral") == (0, 1, 1, 1)


def test_national_roles_find_drafts_too(world):
    assert _counts(world.users["analyst"], "immigration") == (2, 1, 0, 0)


def test_a_force_finds_its_own_draft_response_but_not_another_forces(world):
    assert _counts(world.users["force_a"], "NCCU") == (0, 1, 1, 0)
    assert _counts(world.users["force_b"], "NCCU") == (0, 1, 0, 0)
    assert _counts(world.users["body_a"], "lantern")[3] == 0  # a draft's initiatives are not good practice


def test_every_word_must_match_and_empty_or_punctuation_finds_nothing(world):
    assert _counts(world.users["analyst"], "intelligence referral") == (0, 1, 1, 0)
    assert _counts(world.users["analyst"], "intelligence vehicle") == (0, 0, 0, 0)
    assert _counts(AnonymousUser(), "") == (0, 0, 0, 0)
    assert _counts(AnonymousUser(), "!!! ??") == (0, 0, 0, 0)


def test_postgresql_matches_word_forms_and_sqlite_matches_the_letters(world):
    # Under PostgreSQL's English configuration "referrals" and "referral" share a stem; the
    # fallback matches the letters typed, and "referrals" is not in the published texts.
    expected = (0, 1, 1, 0) if full_text_available() else (0, 0, 0, 0)
    assert _counts(AnonymousUser(), "referrals") == expected
