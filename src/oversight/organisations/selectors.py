"""Reads of organisations. Organisations are public facts, so these need no scoping."""

from __future__ import annotations

from django.db.models import QuerySet

from oversight.organisations.models import Governance, Organisation, OrganisationKind
from oversight_ingest.addressees import Directory, DirectoryEntry


def organisation_list(*, kind: str | None = None) -> QuerySet[Organisation]:
    qs = Organisation.objects.select_related("region")
    return qs.filter(kind=kind) if kind else qs


def current_body_of(*, force: Organisation) -> Organisation | None:
    link = Governance.objects.select_related("body").filter(force=force, valid_to__isnull=True).first()
    return link.body if link else None


def forces_overseen_by(*, body_ids: set[int]) -> list[tuple[int, int]]:
    """(force id, body id) for the forces currently overseen by any of the given policing bodies."""
    if not body_ids:
        return []
    return list(
        Governance.objects.filter(body_id__in=body_ids, valid_to__isnull=True).values_list("force_id", "body_id")
    )


def bodies_overseeing(*, force_ids: set[int]) -> set[int]:
    if not force_ids:
        return set()
    return set(
        Governance.objects.filter(force_id__in=force_ids, valid_to__isnull=True).values_list("body_id", flat=True)
    )


def addressee_directory() -> Directory:
    """The organisations in the database, in the form the addressee resolver reads."""
    entries = []
    for org in Organisation.objects.select_related("region").exclude(kind=OrganisationKind.PARTNER):
        aliases = tuple(a for a in (org.short_name, *org.aliases) if a)
        entries.append(DirectoryEntry(org.name, org.kind, org.region.name if org.region else None, aliases))
    return Directory(entries)
