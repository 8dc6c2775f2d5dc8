"""A small world for the tracking pages: force A with its policing body, force B, a partner, the inspectorate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from oversight.accounts.models import Role
from oversight.obligations.models import Obligation
from tests.accounts.factories import MembershipFactory
from tests.obligations.factories import ObligationFactory
from tests.organisations.factories import (
    ForceFactory,
    GovernanceFactory,
    InspectorateFactory,
    OrganisationFactory,
    PolicingBodyFactory,
)
from tests.reports.factories import FindingFactory

PERSONAS = ["anonymous", "force_a", "force_b", "body_a_editor", "body_a_approver", "partner", "analyst"]


@dataclass
class World:
    obligation: Obligation  # force A's
    other: Obligation  # force B's, same finding
    users: dict[str, Any]


def make_world() -> World:
    force_a, force_b = ForceFactory(name="Force A Police"), ForceFactory(name="Force B Police")
    body_a, body_b = PolicingBodyFactory(name="Force A PCC"), PolicingBodyFactory(name="Force B PCC")
    GovernanceFactory(force=force_a, body=body_a)
    GovernanceFactory(force=force_b, body=body_b)
    finding = FindingFactory()
    users = {
        "anonymous": None,
        "force_a": MembershipFactory(organisation=force_a, role=Role.FORCE_EDITOR, user__username="editor-a").user,
        "force_b": MembershipFactory(organisation=force_b, role=Role.FORCE_EDITOR, user__username="editor-b").user,
        "body_a_editor": MembershipFactory(organisation=body_a, role=Role.BODY_EDITOR, user__username="body-a").user,
        "body_a_approver": MembershipFactory(organisation=body_a, role=Role.APPROVER, user__username="approver-a").user,
        "partner": MembershipFactory(organisation=OrganisationFactory(), role=Role.PARTNER).user,
        "analyst": MembershipFactory(
            organisation=InspectorateFactory(), role=Role.ANALYST, user__username="analyst"
        ).user,
    }
    return World(
        obligation=ObligationFactory(finding=finding, organisation=force_a),
        other=ObligationFactory(finding=finding, organisation=force_b),
        users=users,
    )
