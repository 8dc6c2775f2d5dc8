"""A small world for the oversight pages, built with factories, that can be grown to check that
page query counts do not grow with the number of forces, findings and obligations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from oversight.accounts.models import Role
from oversight.obligations.models import Obligation, ObligationStatus
from oversight.organisations.models import Organisation, OrganisationKind, Region
from oversight.reports.models import Finding, Report
from oversight.responses.models import ResponseState
from tests.accounts.factories import MembershipFactory
from tests.obligations.factories import ObligationFactory
from tests.organisations.factories import (
    ForceFactory,
    GovernanceFactory,
    InspectorateFactory,
    OrganisationFactory,
    PolicingBodyFactory,
    RegionFactory,
)
from tests.reports.factories import FindingFactory, ReportFactory
from tests.responses.factories import ResponseFactory, ResponseItemFactory

PUBLISHED = dt.date(2025, 5, 16)


@dataclass
class World:
    region: Region
    other_region: Region
    forces: list[Organisation] = field(default_factory=list)
    bodies: list[Organisation] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    users: dict[str, Any] = field(default_factory=dict)

    @property
    def force_a(self) -> Organisation:
        return self.forces[0]

    @property
    def force_b(self) -> Organisation:
        return self.forces[1]


def build_world() -> World:
    """Two regions, force A (East) and force B (West) with their policing bodies, and the personas."""
    world = World(region=RegionFactory(name="East"), other_region=RegionFactory(name="West"))
    inspectorate = InspectorateFactory()
    partner = OrganisationFactory(name="A partner", kind=OrganisationKind.PARTNER)
    add_forces(world, 2)
    world.users = {
        "force_a": MembershipFactory(organisation=world.force_a, role=Role.FORCE_EDITOR).user,
        "force_b": MembershipFactory(organisation=world.force_b, role=Role.FORCE_EDITOR).user,
        "body_a": MembershipFactory(organisation=world.bodies[0], role=Role.BODY_EDITOR).user,
        "approver_a": MembershipFactory(organisation=world.bodies[0], role=Role.APPROVER).user,
        "partner": MembershipFactory(organisation=partner, role=Role.PARTNER).user,
        "analyst": MembershipFactory(organisation=inspectorate, role=Role.ANALYST).user,
    }
    return world


def add_forces(world: World, n: int) -> None:
    for _ in range(n):
        region = world.region if len(world.forces) % 2 == 0 else world.other_region
        force = ForceFactory(region=region)
        body = PolicingBodyFactory(name=force.name.replace("Police", "Commissioner"))
        GovernanceFactory(force=force, body=body)
        world.forces.append(force)
        world.bodies.append(body)


def add_report(world: World, n_findings: int, *, published: dt.date = PUBLISHED) -> Report:
    """A published report addressed to every force, with a confirmed response from each body."""
    report = ReportFactory(published=published)
    world.reports.append(report)
    findings = [FindingFactory(report=report) for _ in range(n_findings)]
    world.findings.extend(findings)
    statuses = list(ObligationStatus)
    for i, force in enumerate(world.forces):
        for j, finding in enumerate(findings):
            status = statuses[(i + j) % len(statuses)]
            ObligationFactory(finding=finding, organisation=force, status=status, published_status=status)
    for force, body in zip(world.forces, world.bodies, strict=True):
        response = ResponseFactory(
            report=report,
            organisation=body,
            force=force,
            state=ResponseState.CONFIRMED,
            letter_date=published + dt.timedelta(days=30),
        )
        for finding in findings:
            ResponseItemFactory(response=response, finding=finding, stance="agree")
    return report


def grow(world: World, *, forces: int, findings: int) -> None:
    """More forces, and more findings for every existing report, all addressed to every force."""
    old_forces = len(world.forces)
    add_forces(world, forces)
    for report in world.reports:
        new = [FindingFactory(report=report) for _ in range(findings)]
        world.findings.extend(new)
        for finding in [*report.findings.all()]:
            for force in world.forces[old_forces:] if finding not in new else world.forces:
                if not Obligation.objects.filter(finding=finding, organisation=force).exists():
                    ObligationFactory(finding=finding, organisation=force, status=ObligationStatus.IN_PROGRESS)
