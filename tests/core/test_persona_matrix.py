"""Who sees what: every model, fetched through its access function, for each persona.

Personas: a force A user, a force B user, force A's policing body, an inspectorate analyst, and
the public. Force A's unpublished material must reach only A, A's policing body and national roles.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from oversight.accounts.models import Role
from oversight.core.errors import NotFound
from oversight.obligations.access import (
    access_obligation_by_id,
    actions_visible_to,
    obligations_visible_to,
    updates_visible_to,
)
from oversight.obligations.selectors import report_status_matrix
from oversight.organisations.access import access_organisation_by_slug
from oversight.reports.access import access_finding_by_id, access_report_by_key, reports_visible_to
from oversight.reports.models import ReportState
from oversight.responses.access import access_response_by_id, responses_visible_to
from oversight.responses.models import ResponseState
from tests.accounts.factories import MembershipFactory
from tests.obligations.factories import ActionFactory, ObligationFactory, ProgressUpdateFactory
from tests.organisations.factories import ForceFactory, GovernanceFactory, InspectorateFactory, PolicingBodyFactory
from tests.reports.factories import FindingFactory, ReportFactory
from tests.responses.factories import ResponseFactory

PERSONAS = ["force_a", "force_b", "body_a", "analyst", "public"]


@pytest.fixture
def world(db):
    force_a, force_b = ForceFactory(name="Force A Police"), ForceFactory(name="Force B Police")
    body_a = PolicingBodyFactory(name="Force A PCC")
    body_b = PolicingBodyFactory(name="Force B PCC")
    GovernanceFactory(force=force_a, body=body_a)
    GovernanceFactory(force=force_b, body=body_b)
    inspectorate = InspectorateFactory()
    published = ReportFactory(state=ReportState.PUBLISHED)
    draft = ReportFactory(state=ReportState.DRAFT)
    finding = FindingFactory(report=published)
    draft_finding = FindingFactory(report=draft)
    ob_a = ObligationFactory(finding=finding, organisation=force_a)
    ob_b = ObligationFactory(finding=finding, organisation=force_b, status="in_progress", published_status=None)
    users = {
        "force_a": MembershipFactory(organisation=force_a, role=Role.FORCE_EDITOR).user,
        "force_b": MembershipFactory(organisation=force_b, role=Role.FORCE_EDITOR).user,
        "body_a": MembershipFactory(organisation=body_a, role=Role.BODY_EDITOR).user,
        "analyst": MembershipFactory(organisation=inspectorate, role=Role.ANALYST).user,
        "public": AnonymousUser(),
    }
    return {
        "users": users,
        "published": published,
        "draft": draft,
        "finding": finding,
        "draft_finding": draft_finding,
        "ob_a": ob_a,
        "ob_b": ob_b,
        "action_a": ActionFactory(obligation=ob_a),
        "update_a": ProgressUpdateFactory(obligation=ob_a),
        "draft_response_a": ResponseFactory(report=published, organisation=body_a, force=force_a),
        "published_response_b": ResponseFactory(
            report=published, organisation=body_b, force=force_b, state=ResponseState.PUBLISHED
        ),
        "force_a": force_a,
    }


def can(fn, *args) -> bool:
    try:
        fn(*args)
    except NotFound:
        return False
    return True


# persona -> expected visibility, one column per (model, object)
EXPECTED = {
    #            pub.report draft.rep finding draft.find  ob_a   ob_b  action_a update_a draft.resp.a pub.resp.b
    "force_a": (True, False, True, False, True, False, True, True, True, True),
    "force_b": (True, False, True, False, False, True, False, False, False, True),
    "body_a": (True, False, True, False, True, False, True, True, True, True),
    "analyst": (True, True, True, True, True, True, True, True, True, True),
    "public": (True, False, True, False, False, False, False, False, False, True),
}


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_sees_exactly_what_it_may(world, persona):
    user = world["users"][persona]
    seen = (
        can(access_report_by_key, user, world["published"].key),
        can(access_report_by_key, user, world["draft"].key),
        can(access_finding_by_id, user, world["finding"].pk),
        can(access_finding_by_id, user, world["draft_finding"].pk),
        can(access_obligation_by_id, user, world["ob_a"].pk),
        can(access_obligation_by_id, user, world["ob_b"].pk),
        actions_visible_to(user).filter(pk=world["action_a"].pk).exists(),
        updates_visible_to(user).filter(pk=world["update_a"].pk).exists(),
        can(access_response_by_id, user, world["draft_response_a"].pk),
        can(access_response_by_id, user, world["published_response_b"].pk),
    )
    assert seen == EXPECTED[persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_scoped_lists_agree_with_access_functions(world, persona):
    user = world["users"][persona]
    expected = EXPECTED[persona]
    assert (world["draft"] in reports_visible_to(user)) == expected[1]
    assert (world["ob_a"] in obligations_visible_to(user)) == expected[4]
    assert (world["ob_b"] in obligations_visible_to(user)) == expected[5]
    assert (world["draft_response_a"] in responses_visible_to(user)) == expected[8]


@pytest.mark.parametrize("persona", PERSONAS)
def test_organisations_are_public(world, persona):
    assert access_organisation_by_slug(world["users"][persona], world["force_a"].slug) == world["force_a"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_matrix_shows_only_published_status_of_forces_the_persona_cannot_see(world, persona):
    matrix = report_status_matrix(user=world["users"][persona], report=world["published"])
    row_b = next(r for r in matrix.rows if r.organisation.name == "Force B Police")
    cell = row_b.cells[0]
    if EXPECTED[persona][5]:
        assert (cell.status, cell.is_published_status) == ("in_progress", False)
    else:
        # Force B's real status is in progress but unpublished: others see "Not published".
        assert (cell.status, cell.label, cell.is_published_status) == (None, "Not published", True)
