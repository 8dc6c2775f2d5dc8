"""API: organisations (public)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from oversight.api.auth import optional_user
from oversight.api.schemas import Error, ValidationProblem
from oversight.organisations.access import access_organisation_by_slug
from oversight.organisations.selectors import organisation_list

router = Router(tags=["organisations"], auth=optional_user)


class OrganisationOut(Schema):
    slug: str
    name: str
    kind: str
    body_kind: str
    short_name: str
    area: str
    region: str | None


def _out(org: object) -> OrganisationOut:
    region = getattr(org, "region", None)
    return OrganisationOut(
        slug=org.slug,  # type: ignore[attr-defined]
        name=org.name,  # type: ignore[attr-defined]
        kind=org.kind,  # type: ignore[attr-defined]
        body_kind=org.body_kind,  # type: ignore[attr-defined]
        short_name=org.short_name,  # type: ignore[attr-defined]
        area=org.area,  # type: ignore[attr-defined]
        region=region.name if region else None,
    )


@router.get("", response={200: list[OrganisationOut], 400: Error, 401: Error, 422: ValidationProblem})
def list_organisations(request: HttpRequest, kind: str | None = None) -> list[OrganisationOut]:
    return [_out(org) for org in organisation_list(kind=kind)]


@router.get("/{slug}", response={200: OrganisationOut, 400: Error, 401: Error, 422: ValidationProblem, 404: Error})
def get_organisation(request: HttpRequest, slug: str) -> OrganisationOut:
    return _out(access_organisation_by_slug(request.user, slug))
