"""Which roles may be held in which kinds of organisation. Each rule's docstring is its message."""

from __future__ import annotations

from oversight.accounts.models import Role
from oversight.organisations.models import OrganisationKind

ROLE_ORGANISATION_KINDS: dict[str, frozenset[str]] = {
    Role.VIEWER: frozenset(OrganisationKind.values),
    Role.FORCE_EDITOR: frozenset({OrganisationKind.FORCE, OrganisationKind.ROCU, OrganisationKind.NATIONAL}),
    Role.BODY_EDITOR: frozenset({OrganisationKind.POLICING_BODY}),
    Role.APPROVER: frozenset({OrganisationKind.POLICING_BODY}),
    Role.ANALYST: frozenset({OrganisationKind.INSPECTORATE}),
    Role.PARTNER: frozenset({OrganisationKind.PARTNER, OrganisationKind.ROCU, OrganisationKind.NATIONAL}),
    Role.ADMINISTRATOR: frozenset(OrganisationKind.values),
}

# Roles that see every organisation's material.
NATIONAL_ROLES = frozenset({Role.ANALYST, Role.ADMINISTRATOR})


def role_fits_organisation(role: str, organisation_kind: str) -> bool:
    """This role cannot be held in that kind of organisation."""
    return organisation_kind in ROLE_ORGANISATION_KINDS[role]


def roles_for_organisation_kind(organisation_kind: str) -> list[str]:
    """The roles that may be held in an organisation of this kind, in the order of ``Role``."""
    return [role for role in Role.values if organisation_kind in ROLE_ORGANISATION_KINDS[role]]


def role_misfit_message(role: str, organisation_name: str, organisation_kind: str) -> str:
    """The message for a role that does not fit the organisation: what it is, and what would fit."""
    labels = dict(Role.choices)
    kinds = dict(OrganisationKind.choices)
    fitting = ", ".join(labels[r].lower() for r in roles_for_organisation_kind(organisation_kind))
    return (
        f"{labels.get(role, role)} is not a role in {organisation_name}, which is a "
        f"{kinds.get(organisation_kind, organisation_kind).lower()}: choose one of {fitting}"
    )
