"""Pages of operational data: importing files, indicators with charts, claims against data,
sharing with partners, and the partner dashboard.

Operational data is OFFICIAL-SENSITIVE: every page says so, and all of them fetch through
``measures.access`` and ``measures.selectors`` (a force's own users, its policing body and
national roles see a force's data; partners what the force shared with them).
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.measures.access import (
    access_data_import_by_id,
    can_import_data,
    data_imports_visible_to,
    import_forces_for,
    sharings_visible_to,
)
from oversight.measures.charts import line_chart, series_csv, template_csv
from oversight.measures.claims import claims_against_data
from oversight.measures.compute import Series
from oversight.measures.contracts import CONTRACTS
from oversight.measures.indicators import definitions_for, reports_with_indicators
from oversight.measures.models import ROW_MODELS, DataImport, DataKind, DataSharing, ImportState
from oversight.measures.selectors import IndicatorTable, claimed_items, indicators_for_user
from oversight.measures.services import (
    data_import_cancel,
    data_import_create,
    data_sharing_set,
    upload_keep,
    upload_of,
)
from oversight.measures.tasks import import_data, read_progress
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.access import access_report_by_key
from oversight.reports.models import Report
from oversight.web.pages import forbidden as _forbidden

PERIODS = {"month": "Month", "quarter": "Quarter"}


def _period(request: HttpRequest) -> str:
    period = request.GET.get("period", "month")
    return period if period in PERIODS else "month"


# Imports --------------------------------------------------------------------------------------


@login_required
@require_GET
def data_home(request: HttpRequest) -> HttpResponse:
    imports = list(data_imports_visible_to(request.user)[:100])
    context = {
        "imports": imports,
        "can_import": import_forces_for(request.user).exists(),
        "kinds": [(kind, CONTRACTS[kind]) for kind in CONTRACTS],
        "reports": reports_with_indicators(),
    }
    return render(request, "web/measures_home.html", context)


def _import_form(request: HttpRequest, forces: list[Organisation], **extra: Any) -> dict[str, Any]:
    return {
        "forces": forces,
        "kinds": [(kind, DataKind(kind).label, CONTRACTS[kind]) for kind in CONTRACTS],
        "submission": uuid.uuid4().hex,
        "limit_mb": settings.MAX_DATA_BYTES // (1024 * 1024),
        "errors": [],
        "field_errors": {},
        "values": {"force": forces[0].slug if len(forces) == 1 else "", "kind": "", "mode": "add"},
        **extra,
    }


@login_required
@require_http_methods(["GET", "POST"])
def data_import_form(request: HttpRequest) -> HttpResponse:
    forces = list(import_forces_for(request.user))
    if not forces:
        return _forbidden(request, "Only a force's editors can import its operational data.")
    if request.method == "GET":
        return render(request, "web/measures_import.html", _import_form(request, forces))
    values = {
        "force": request.POST.get("force", ""),
        "kind": request.POST.get("kind", ""),
        "mode": request.POST.get("mode", "add"),
    }
    submission = request.POST.get("submission", "")[:40]
    field_errors: dict[str, str] = {}
    force = next((f for f in forces if f.slug == values["force"]), None)
    if force is None:
        field_errors["force"] = "Select the force the data belongs to"
    if values["kind"] not in CONTRACTS:
        field_errors["kind"] = "Select the kind of data in the file"
    if values["mode"] not in {"add", "replace"}:
        field_errors["mode"] = "Select whether to add the rows or replace the earlier ones"
    data_file = request.FILES.get("data_file")
    if data_file is None or not data_file.size:
        field_errors["data_file"] = "Select a CSV or XLSX file to import"
    elif data_file.size > settings.MAX_DATA_BYTES:
        field_errors["data_file"] = (
            f"The selected file must be smaller than {settings.MAX_DATA_BYTES // (1024 * 1024)} MB: "
            "split it by period and import the parts"
        )
    if submission and (existing := DataImport.objects.filter(submission=submission).first()) is not None:
        return redirect("data-import-detail", import_id=existing.pk)  # the same form, sent twice
    if field_errors or force is None or data_file is None:
        context = _import_form(request, forces, values=values, field_errors=field_errors, submission=submission)
        context["errors"] = [(f"#{name}", message) for name, message in field_errors.items()]
        return render(request, "web/measures_import.html", context, status=400)
    try:
        record = data_import_create(
            actor=request.user,
            force=force,
            kind=values["kind"],
            filename=data_file.name or "data.csv",
            replace=values["mode"] == "replace",
            submission=submission or uuid.uuid4().hex,
        )
    except NotAllowed as exc:
        return _forbidden(request, exc.message)
    path = upload_keep(data_file=data_file, folder_name=record.submission or "")
    if not record.replace:  # a replacement waits for the uploader to confirm it on the next page
        import_data.enqueue(import_id=record.pk, path=str(path))
    return redirect("data-import-detail", import_id=record.pk)


def _import_or_404(request: HttpRequest, import_id: int) -> DataImport:
    try:
        return access_data_import_by_id(request.user, import_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc


@login_required
@require_GET
def data_import_detail(request: HttpRequest, import_id: int) -> HttpResponse:
    record = _import_or_404(request, import_id)
    waiting_confirmation = record.state == ImportState.PENDING and record.replace and upload_of(record) is not None
    replaces = 0
    if waiting_confirmation:
        replaces = ROW_MODELS[record.kind].objects.filter(force_id=record.force_id).count()  # type: ignore[attr-defined]
    context = {
        "record": record,
        "progress": read_progress(record.pk) if record.state == ImportState.RUNNING else None,
        "waiting_confirmation": waiting_confirmation,
        "is_uploader": record.created_by_id == request.user.pk,
        "replaces": replaces,
        "refresh": record.state in {ImportState.PENDING, ImportState.RUNNING} and not waiting_confirmation,
    }
    return render(request, "web/measures_import_detail.html", context)


@login_required
@require_POST
def data_import_start(request: HttpRequest, import_id: int) -> HttpResponse:
    """Confirm a replacing import: only its uploader, only while it waits."""
    record = _import_or_404(request, import_id)
    if record.created_by_id != request.user.pk:
        return _forbidden(request, "Only the person who uploaded the file can confirm its import.")
    path = upload_of(record)
    if record.state != ImportState.PENDING or path is None:
        messages.info(request, "This import has already been started or cancelled.")
        return redirect("data-import-detail", import_id=record.pk)
    import_data.enqueue(import_id=record.pk, path=str(path))
    return redirect("data-import-detail", import_id=record.pk)


@login_required
@require_POST
def data_import_cancel_view(request: HttpRequest, import_id: int) -> HttpResponse:
    record = _import_or_404(request, import_id)
    try:
        data_import_cancel(actor=request.user, data_import=record)
    except NotAllowed as exc:
        return _forbidden(request, exc.message)
    except InvalidChange as exc:
        messages.info(request, exc.message)
    else:
        messages.success(request, "The import was cancelled. Nothing was imported or replaced.")
    return redirect("data-import-detail", import_id=record.pk)


@require_GET
def data_template(request: HttpRequest, kind: str) -> HttpResponse:
    contract = CONTRACTS.get(kind)
    if contract is None:
        raise Http404("No such kind of data")
    response = HttpResponse(template_csv(contract.names), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{kind}-template.csv"'
    return response


# Indicators -----------------------------------------------------------------------------------


def _report_or_404(request: HttpRequest, key: str) -> Report:
    try:
        report = access_report_by_key(request.user, key)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    if definitions_for(report.key) is None:
        raise Http404("This report has no indicators")
    return report


def _force_or_404(slug: str) -> Organisation:
    force = Organisation.objects.filter(slug=slug, kind=OrganisationKind.FORCE).select_related("region").first()
    if force is None:
        raise Http404("No such force")
    return force


@login_required
@require_GET
def indicators_report(request: HttpRequest, key: str) -> HttpResponse:
    report = _report_or_404(request, key)
    period = _period(request)
    table = indicators_for_user(user=request.user, report=report)
    assert table is not None
    definitions = table.definitions
    by_force: dict[str, dict[str, Series]] = {}
    names: dict[str, str] = {}
    for s in table.forces:
        by_force.setdefault(s.slug, {})[s.indicator] = s
        names[s.slug] = s.name
    rows = [(slug, names[slug], [by_force[slug].get(i.key) for i in definitions.indicators]) for slug in by_force]
    context = {
        "report": report,
        "definitions": definitions,
        "rows": rows,
        "national": table.national,
        "regions": table.regions,
        "period": period,
        "periods": PERIODS,
    }
    return render(request, "web/measures_report.html", context)


def _panels(
    request: HttpRequest, report: Report, force: Organisation, table: IndicatorTable, period: str
) -> list[dict[str, Any]]:
    series = [s for s in table.forces if s.slug == force.slug]
    checks = claims_against_data(items=claimed_items(user=request.user, report=report, force=force), series=series)
    definitions = table.definitions
    panels = []
    for s in series:
        indicator = definitions.get(s.indicator)
        panels.append(
            {
                "series": s,
                "indicator": indicator,
                "chart": line_chart(
                    s,
                    title=f"{indicator.title if indicator else s.indicator}, {force.name}",
                    period=period,
                    chart_id=f"chart-{s.indicator}",
                ),
                "points": s.month_points() if period == "month" else s.quarter_points(),
                "projection": s.projection(),
                "claims": [c for c in checks if c.indicator == s.indicator],
            }
        )
    return panels


@login_required
@require_GET
def indicators_force(request: HttpRequest, key: str, slug: str) -> HttpResponse:
    report = _report_or_404(request, key)
    force = _force_or_404(slug)
    period = _period(request)
    table = indicators_for_user(user=request.user, report=report, force=force)
    if table is None or not table.forces:
        raise Http404("No indicators of this force that you can see")
    context = {
        "report": report,
        "force": force,
        "panels": _panels(request, report, force, table, period),
        "period": period,
        "periods": PERIODS,
        "partner_view": False,
    }
    return render(request, "web/measures_force.html", context)


@login_required
@require_GET
def indicator_download(request: HttpRequest, key: str, slug: str, indicator: str, fmt: str) -> HttpResponse:
    """One indicator's chart (SVG) or data (CSV) for a force, or ``national``/a region's slug
    (aggregates, national roles only)."""
    report = _report_or_404(request, key)
    period = _period(request)
    force = Organisation.objects.filter(slug=slug, kind=OrganisationKind.FORCE).first()
    table = indicators_for_user(user=request.user, report=report, force=force)
    if table is None:
        raise Http404("No indicators")
    pool = table.forces if force is not None else [*table.regions, *table.national]
    found = next((s for s in pool if s.indicator == indicator and s.slug == slug), None)
    if found is None:
        raise Http404("No such indicator that you can see")
    if fmt == "svg":
        definition = table.definitions.get(indicator)
        body = line_chart(found, title=f"{definition.title if definition else indicator}, {found.name}", period=period)
        response = HttpResponse(body, content_type="image/svg+xml")
    else:
        response = HttpResponse(series_csv([found], period=period), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{report.key}-{slug}-{indicator}-{period}.{fmt}"'
    return response


# Sharing and the partner dashboard ------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def data_sharing(request: HttpRequest) -> HttpResponse:
    """A force's editors choose which indicators each partner organisation sees."""
    forces = list(import_forces_for(request.user))
    if not forces:
        return _forbidden(request, "Only a force's editors can choose what it shares.")
    partners = list(
        Organisation.objects.filter(
            kind__in=[OrganisationKind.PARTNER, OrganisationKind.ROCU, OrganisationKind.NATIONAL]
        ).order_by("name")
    )
    reports = [d for d in (definitions_for(k) for k in reports_with_indicators()) if d is not None]
    field_errors: dict[str, str] = {}
    values: dict[str, Any] = {
        "force": forces[0].slug if len(forces) == 1 else "",
        "partner": "",
        "report": reports[0].report if reports else "",
        "indicators": [],
    }
    status = 200
    if request.method == "POST":
        values = {
            "force": request.POST.get("force", ""),
            "partner": request.POST.get("partner", ""),
            "report": request.POST.get("report", ""),
            "indicators": request.POST.getlist("indicators"),
        }
        force = next((f for f in forces if f.slug == values["force"]), None)
        partner = next((p for p in partners if p.slug == values["partner"]), None)
        definitions = definitions_for(values["report"]) if values["report"] in reports_with_indicators() else None
        if force is None:
            field_errors["force"] = "Select the force whose indicators are shared"
        if partner is None:
            field_errors["partner"] = "Select the partner organisation to share with"
        if definitions is None:
            field_errors["report"] = "Select a report"
        elif any(definitions.get(k) is None for k in values["indicators"]):
            field_errors["indicators"] = "Select indicators from the list"
        if not field_errors and force is not None and partner is not None:
            try:
                data_sharing_set(
                    actor=request.user,
                    force=force,
                    partner=partner,
                    report_key=values["report"],
                    indicators=values["indicators"],
                )
            except (NotAllowed, InvalidChange) as exc:
                field_errors["partner"] = exc.message
            else:
                verb = "now shares" if values["indicators"] else "no longer shares anything"
                messages.success(
                    request,
                    f"{force.name} {verb} {len(values['indicators']) or ''} indicators with {partner.name}.".replace(
                        "  ", " "
                    ),
                )
                return redirect("data-sharing")
        status = 400
    context = {
        "forces": forces,
        "partners": partners,
        "reports": reports,
        "sharings": list(sharings_visible_to(request.user).filter(force__in=forces)),
        "values": values,
        "field_errors": field_errors,
        "errors": [(f"#{name}", message) for name, message in field_errors.items()],
    }
    return render(request, "web/measures_sharing.html", context, status=status)


@login_required
@require_GET
def partner_dashboard(request: HttpRequest, slug: str, key: str) -> HttpResponse:
    """What a force shares with partners: for a partner, the indicators shared with its
    organisation; for the force's own users, the view of everything it shares."""
    report = _report_or_404(request, key)
    force = _force_or_404(slug)
    period = _period(request)
    table = indicators_for_user(user=request.user, report=report, force=force)
    shared_keys: set[str] = set()
    for keys in DataSharing.objects.filter(force=force, report_key=report.key).values_list("indicators", flat=True):
        shared_keys.update(keys)
    if table is not None:
        table.forces = [s for s in table.forces if s.indicator in shared_keys]
    if table is None or not table.forces:
        raise Http404("Nothing of this force is shared with you")
    partners = sorted(
        DataSharing.objects.filter(force=force, report_key=report.key).values_list("partner__name", flat=True)
    )
    context = {
        "report": report,
        "force": force,
        "panels": _panels(request, report, force, table, period),
        "period": period,
        "periods": PERIODS,
        "partner_view": True,
        "partners": partners,
        "can_manage": can_import_data(request.user, force),
    }
    return render(request, "web/measures_force.html", context)
