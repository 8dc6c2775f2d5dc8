"""Oversight pages: forces, regions, the national picture, good practice, search, public pages.

Thin views: parse the query string, fetch through access functions, call one selector, render.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from oversight.accounts.access import viewer_for, viewer_scope
from oversight.accounts.models import Role
from oversight.core.errors import NotFound
from oversight.core.pagecache import Fragment, fragment_for
from oversight.core.tables import FORMATS
from oversight.obligations.dashboards import (
    NOT_PUBLISHED,
    ObligationFilters,
    area_lines,
    area_obligations,
    area_picture_recent,
    claims_awaiting_assurance,
    force_editor_tasks,
    force_lines,
    force_obligations,
    force_position,
    national_tasks,
    region_by_slug,
    region_list,
    task_list,
    today,
)
from oversight.obligations.exports import FORCE_COLUMNS, force_obligation_rows
from oversight.obligations.models import ObligationStatus
from oversight.organisations.access import access_organisation_by_slug
from oversight.organisations.models import Organisation, OrganisationKind, Region
from oversight.organisations.selectors import organisation_list
from oversight.reports.selectors import report_list
from oversight.responses.selectors import (
    GoodPracticeFilters,
    drafts_to_confirm,
    good_practice,
    good_practice_options,
    good_practice_page,
    reports_awaiting_response,
    responses_to_publish,
)
from oversight.search.selectors import KINDS, MAX_QUERY_CHARS, search_everything

OBLIGATED_KINDS = (OrganisationKind.FORCE, OrganisationKind.ROCU, OrganisationKind.NATIONAL)

PAGE_SIZE = 50
BODY_ROLES = frozenset({Role.BODY_EDITOR, Role.APPROVER})

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


def paginate(
    request: HttpRequest, items: Any, per_page: int = PAGE_SIZE, *, param: str = "page", count: int | None = None
) -> Page[Any]:
    """A page of ``items``; ``count``, when the caller has already counted them, saves counting again."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.__dict__["count"] = count  # ``Paginator.count`` is a cached property
    return paginator.get_page(request.GET.get(param))


def kept_part(request: HttpRequest, page: str) -> Fragment:
    """The main part of ``page`` as last rendered for this address, this scope of visibility and
    today, while nothing audited has changed (``core.pagecache``); its context need not be built."""
    query = sorted((name, value) for name, values in request.GET.lists() for value in values)
    return fragment_for("page", page, request.path, query, viewer_scope(request.user), today())


def _organisation_or_404(request: HttpRequest, slug: str, kinds: tuple[str, ...]) -> Organisation:
    try:
        organisation = access_organisation_by_slug(request.user, slug)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    if organisation.kind not in kinds:
        raise Http404(f"{organisation.name} has no obligations of its own")
    return organisation


@require_safe
def force_detail(request: HttpRequest, slug: str) -> HttpResponse:
    force = _organisation_or_404(request, slug, OBLIGATED_KINDS)
    part = kept_part(request, "force")
    if part.html is not None:
        return render(request, "web/force_detail.html", {"force": force, "kept_part": part})
    filters = parse_filters(request)
    position = force_position(user=request.user, force=force, filters=filters)
    obligations = force_obligations(user=request.user, force=force, filters=filters)
    page_obj = paginate(request, obligations, count=position.total)
    groups = force_lines(user=request.user, force=force, obligations=page_obj.object_list)
    context = {
        "force": force,
        "position": position,
        "counts": counts_in_order(position.counts),
        "page_obj": page_obj,
        "groups": groups,
        "filters": filters,
        "status_options": STATUS_OPTIONS,
        "kept_part": part,
    }
    return render(request, "web/force_detail.html", context)


@require_safe
def force_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """Every obligation on the force page (all pages, with its filters) as CSV, XLSX or JSON."""
    force = _organisation_or_404(request, slug, OBLIGATED_KINDS)
    obligations = force_obligations(user=request.user, force=force, filters=parse_filters(request))
    groups = force_lines(user=request.user, force=force, obligations=obligations)
    table = FORMATS[fmt]
    body = table.write(FORCE_COLUMNS, force_obligation_rows(organisation=force, groups=groups))
    response = HttpResponse(body, content_type=table.content_type)
    response["Content-Disposition"] = f'attachment; filename="{force.slug}-obligations.{fmt}"'
    return response


def counts_in_order(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    """(status, label, count) in the workflow's order, only the statuses present."""
    return [(value, label, counts[value]) for value, label in STATUS_OPTIONS if counts.get(value)]


def home_context(request: HttpRequest) -> dict[str, Any]:
    """What needs the signed-in user, by role, and the reports they may read (paginated)."""
    part = kept_part(request, "home")
    if part.html is not None:
        return {"kept_part": part}
    viewer = viewer_for(request.user)
    reports = report_list(user=request.user).order_by("-published", "title", "pk")
    context: dict[str, Any] = {"reports_page": paginate(request, reports), "kept_part": part}
    force_ids = [org for org, roles in viewer.roles.items() if Role.FORCE_EDITOR in roles]
    if force_ids:
        context["force_tasks"] = force_editor_tasks(user=request.user, force_ids=force_ids)
    body_ids = [org for org, roles in viewer.roles.items() if roles & BODY_ROLES]
    if body_ids:
        overseen = [force for force, roles in viewer.overseer_roles.items() if roles & BODY_ROLES]
        approver_of = [org for org in body_ids if Role.APPROVER in viewer.roles[org]]
        context["body_tasks"] = {
            "claims": claims_awaiting_assurance(user=request.user, force_ids=overseen),
            "due": task_list(reports_awaiting_response(user=request.user, body_ids=body_ids, force_ids=overseen)),
            "drafts": task_list(drafts_to_confirm(user=request.user, body_ids=body_ids)),
            "to_publish": task_list(responses_to_publish(user=request.user, body_ids=approver_of))
            if approver_of
            else None,
        }
    if viewer.is_national:
        national = national_tasks(user=request.user)
        context["national_tasks"] = national
        context["national_counts"] = counts_in_order(national.counts)
    return context


def _area(request: HttpRequest, region: Region | None) -> dict[str, Any]:
    part = kept_part(request, "area")
    if part.html is not None:
        return {"region": region, "kept_part": part}
    filters = parse_filters(request)
    if not request.GET:
        filters = replace(filters, overdue=True)  # the list opens on the overdue obligations
    picture = area_picture_recent(user=request.user, region=region, filters=filters)
    page_obj = paginate(request, area_obligations(user=request.user, region=region, filters=filters))
    return {
        "region": region,
        "picture": picture,
        "counts": counts_in_order(picture.counts),
        "statuses": STATUS_OPTIONS,
        "page_obj": page_obj,
        "lines": area_lines(obligations=page_obj.object_list),
        "reports_page": paginate(request, picture.by_report, 25, param="reports-page"),
        "filters": filters,
        "status_options": STATUS_OPTIONS,
        "regions": list(region_list()) if region is None else [],
        "kept_part": part,
    }


@require_safe
def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = region_by_slug(slug)
    if region is None:
        raise Http404(f"No region called {slug!r}")
    return render(request, "web/area.html", _area(request, region))


@require_safe
def national(request: HttpRequest) -> HttpResponse:
    return render(request, "web/area.html", _area(request, None))


@require_safe
def force_list(request: HttpRequest) -> HttpResponse:
    forces = organisation_list(kind=OrganisationKind.FORCE).order_by("region__name", "name")
    return render(request, "web/force_list.html", {"forces": forces})


def parse_good_practice_filters(request: HttpRequest) -> GoodPracticeFilters:
    finding = request.GET.get("finding", "")
    return GoodPracticeFilters(
        words=request.GET.get("q", "").strip()[:200],
        report=request.GET.get("report", "").strip()[:63],
        finding=int(finding) if finding.isdigit() and len(finding) < 10 else None,
        force=request.GET.get("force", "").strip()[:200],
    )


@require_safe
def good_practice_library(request: HttpRequest) -> HttpResponse:
    filters = parse_good_practice_filters(request)
    page_obj = paginate(request, good_practice(user=request.user, filters=filters), per_page=25)
    reports, forces, findings = good_practice_options(user=request.user, report_key=filters.report)
    context = {
        "filters": filters,
        "page_obj": page_obj,
        "entries": good_practice_page(entries=list(page_obj.object_list)),
        "reports": reports,
        "forces": forces,
        "findings": findings,
    }
    return render(request, "web/good_practice.html", context)


SEARCH_SUMMARY_LENGTH = 5


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    text = request.GET.get("q", "").strip()[:MAX_QUERY_CHARS]
    kind = request.GET.get("kind", "")
    context: dict[str, Any] = {"text": text, "kind": kind if kind in KINDS else "", "sections": []}
    if text:
        results = search_everything(user=request.user, text=text)
        if context["kind"]:
            page_obj = paginate(request, getattr(results, context["kind"]), per_page=25)
            items = list(page_obj.object_list)
            if context["kind"] == "initiatives":
                items = good_practice_page(entries=items)
            context["page_obj"] = page_obj
            context["sections"] = [(context["kind"], items, page_obj.paginator.count)]
        else:
            for name in KINDS:
                found = getattr(results, name)
                items = list(found[:SEARCH_SUMMARY_LENGTH])
                if name == "initiatives":
                    items = good_practice_page(entries=items)
                if isinstance(found, list):
                    total = len(found)
                else:
                    total = found.count() if len(items) == SEARCH_SUMMARY_LENGTH else len(items)
                context["sections"].append((name, items, total))
    return render(request, "web/search.html", context)


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "web/accessibility.html")
