"""Oversight pages: forces, regions, the national picture, good practice, search, public pages.

Thin views: parse the query string, fetch through access functions, call one selector, render.
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from oversight.core.errors import NotFound
from oversight.obligations.dashboards import (
    NOT_PUBLISHED,
    ObligationFilters,
    force_lines,
    force_obligations,
    force_position,
)
from oversight.obligations.models import ObligationStatus
from oversight.organisations.access import access_organisation_by_slug
from oversight.organisations.models import Organisation, OrganisationKind

OBLIGATED_KINDS = (OrganisationKind.FORCE, OrganisationKind.ROCU, OrganisationKind.NATIONAL)

PAGE_SIZE = 50

STATUS_OPTIONS = [(s.value, s.label) for s in ObligationStatus] + [(NOT_PUBLISHED, "Not published")]


def parse_filters(request: HttpRequest) -> ObligationFilters:
    """The filters of an obligation list, from the query string; unknown values are ignored."""
    status = request.GET.get("status", "")
    if status not in {value for value, _ in STATUS_OPTIONS}:
        status = ""
    return ObligationFilters(
        report=request.GET.get("report", "").strip()[:63],
        status=status,
        overdue=request.GET.get("overdue") == "1",
        due_soon=request.GET.get("due") == "soon",
        region=request.GET.get("region", "").strip()[:100],
    )


def paginate(request: HttpRequest, items: Any, per_page: int = PAGE_SIZE) -> Page[Any]:
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def _organisation_or_404(request: HttpRequest, slug: str, kinds: tuple[str, ...]) -> Organisation:
    try:
        organisation = access_organisation_by_slug(request.user, slug)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    if organisation.kind not in kinds:
        raise Http404(f"{organisation.name} has no obligations of its own")
    return organisation


def force_detail(request: HttpRequest, slug: str) -> HttpResponse:
    force = _organisation_or_404(request, slug, OBLIGATED_KINDS)
    filters = parse_filters(request)
    position = force_position(user=request.user, force=force, filters=filters)
    page_obj = paginate(request, force_obligations(user=request.user, force=force, filters=filters))
    groups = force_lines(user=request.user, force=force, obligations=page_obj.object_list)
    context = {
        "force": force,
        "position": position,
        "counts": counts_in_order(position.counts),
        "page_obj": page_obj,
        "groups": groups,
        "filters": filters,
        "status_options": STATUS_OPTIONS,
    }
    return render(request, "web/force_detail.html", context)


def counts_in_order(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    """(status, label, count) in the workflow's order, only the statuses present."""
    return [(value, label, counts[value]) for value, label in STATUS_OPTIONS if counts.get(value)]
