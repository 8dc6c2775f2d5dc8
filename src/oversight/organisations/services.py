"""Writes of organisations, and loading the reference data (idempotent)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from oversight.core.audit import as_actor
from oversight.organisations.models import BodyKind, Governance, Organisation, OrganisationKind, Region
from oversight_ingest import reference


@dataclass(frozen=True, slots=True)
class ReferenceLoadResult:
    created: int
    updated: int
    unchanged: int


def _upsert(
    model: type[Any], lookup: dict[str, Any], values: dict[str, Any], actor: Any, counts: dict[str, int]
) -> Any:
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        as_actor(obj, actor).save()
        counts["created"] += 1
        return obj
    changed = [k for k, v in values.items() if getattr(obj, k) != v]
    if changed:
        for key in changed:
            setattr(obj, key, values[key])
        as_actor(obj, actor).save()
        counts["updated"] += 1
    else:
        counts["unchanged"] += 1
    return obj


@transaction.atomic
def reference_data_load(*, actor: Any | None = None) -> ReferenceLoadResult:
    """Create or update regions, forces, policing bodies, ROCUs and national bodies.

    Running it again changes nothing unless the reference data changed. A force whose policing
    body changed gets the old arrangement closed and the new one opened.
    """
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    regions: dict[str, Region] = {}
    for fact in reference.regions():
        regions[fact.name] = _upsert(Region, {"name": fact.name}, {"slug": slugify(fact.name)}, actor, counts)
        if fact.rocu:
            _upsert(
                Organisation,
                {"name": fact.rocu},
                {
                    "slug": slugify(fact.rocu),
                    "kind": OrganisationKind.ROCU,
                    "short_name": fact.rocu_short_name or "",
                    "region": regions[fact.name],
                    "aliases": [fact.rocu_short_name] if fact.rocu_short_name else [],
                },
                actor,
                counts,
            )
    for body_fact in reference.national_bodies():
        _upsert(
            Organisation,
            {"name": body_fact.name},
            {
                "slug": slugify(body_fact.short_name),
                "kind": OrganisationKind(body_fact.kind),
                "short_name": body_fact.short_name,
                "aliases": list(body_fact.aliases),
            },
            actor,
            counts,
        )
    for force_fact in reference.forces():
        region = regions[force_fact.region]
        force = _upsert(
            Organisation,
            {"name": force_fact.name},
            {
                "slug": slugify(force_fact.name),
                "kind": OrganisationKind.FORCE,
                "area": force_fact.area,
                "region": region,
                "country": force_fact.country,
            },
            actor,
            counts,
        )
        body = _upsert(
            Organisation,
            {"name": force_fact.policing_body},
            {
                "slug": slugify(force_fact.policing_body)[:200],
                "kind": OrganisationKind.POLICING_BODY,
                "body_kind": BodyKind(force_fact.body_kind),
                "area": force_fact.area,
                "region": region,
                "country": force_fact.country,
            },
            actor,
            counts,
        )
        governance_set(force=force, body=body, actor=actor, counts=counts)
    return ReferenceLoadResult(**counts)


def governance_set(
    *, force: Organisation, body: Organisation, actor: Any | None = None, counts: dict[str, int] | None = None
) -> Governance:
    """Make ``body`` the current policing body of ``force``, closing any other current arrangement."""
    from django.utils import timezone

    counts = counts if counts is not None else {"created": 0, "updated": 0, "unchanged": 0}
    current = Governance.objects.filter(force=force, valid_to__isnull=True).first()
    if current and current.body_id == body.pk:
        counts["unchanged"] += 1
        return current
    today = timezone.localdate()
    if current:
        current.valid_to = today
        as_actor(current, actor).save()
        counts["updated"] += 1
    link = Governance(force=force, body=body, valid_from=today if current else None)
    as_actor(link, actor).save()
    counts["created"] += 1
    return link
