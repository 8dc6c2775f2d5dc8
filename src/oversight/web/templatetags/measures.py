"""Indicator panels and number formats for the measures pages.

``{% indicator_panel report force=force finding=finding %}`` drops the indicators of a report
(for one force, optionally one finding) into any page, showing only what the signed-in user may
see: nothing at all for someone who may not see the force's operational data. Without a force it
shows the national sums to national roles; with ``region=region`` that region's sums.
"""

from __future__ import annotations

from typing import Any

from django import template

from oversight.measures.charts import line_chart
from oversight.measures.claims import claims_against_data
from oversight.measures.indicators import definitions_for, reports_with_indicators
from oversight.measures.selectors import claimed_items, indicators_for_user
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.access import reports_visible_to

register = template.Library()


@register.filter
def percent(value: float | None) -> str:
    return "no data" if value is None else f"{value:.1f}%"


@register.filter
def percent_of_one(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.0f}%"


@register.filter
def last_period(points: list[Any]) -> str:
    return points[-1].period.label if points else ""


def _panels_of(user: Any, report: Any, *, force: Any, finding: Any, region: Any, period: str) -> list[dict[str, Any]]:
    table = indicators_for_user(user=user, report=report, force=force)
    if table is None:
        return []
    reference = getattr(finding, "reference", finding)
    if force is not None:
        series = table.forces
    elif region is not None:
        series = [s for s in table.regions if s.slug == getattr(region, "slug", region)]
    else:
        series = table.national
    if reference is not None:
        series = [s for s in series if s.finding == str(reference)]
    checks = (
        claims_against_data(items=claimed_items(user=user, report=report, force=force), series=series)
        if force is not None and series
        else []
    )
    panels = []
    for s in series:
        indicator = table.definitions.get(s.indicator)
        title = f"{indicator.title if indicator else s.indicator}, {s.name}"
        panels.append(
            {
                "series": s,
                "indicator": indicator,
                "report_key": report.key,
                "chart": line_chart(
                    s, title=title, period=period, chart_id=f"chart-{report.key}-{s.slug}-{s.indicator}"
                ),
                "points": s.month_points() if period == "month" else s.quarter_points(),
                "projection": s.projection(),
                "claims": [c for c in checks if c.indicator == s.indicator],
            }
        )
    return panels


@register.inclusion_tag("web/measures_panels.html", takes_context=True)
def indicator_panel(
    context: template.Context,
    report: Any = None,
    *,
    force: Organisation | None = None,
    finding: Any = None,
    region: Any = None,
    period: str = "month",
) -> dict[str, Any]:
    """The indicator panels of ``report`` (every report with indicators when None) for ``force``
    (or the nation, or ``region``), as far as the signed-in user may see them."""
    request = context.get("request")
    user = getattr(request, "user", None)
    empty: dict[str, Any] = {"panels": [], "period": period}
    if user is None or not getattr(user, "is_authenticated", False):
        return empty  # operational data is never public
    if force is not None and force.kind != OrganisationKind.FORCE:
        return empty
    if report is None:
        reports = list(reports_visible_to(user).filter(key__in=reports_with_indicators()))
    else:
        reports = [report] if definitions_for(report.key) is not None else []
    panels: list[dict[str, Any]] = []
    for each in reports:
        panels += _panels_of(user, each, force=force, finding=finding, region=region, period=period)
    return {"panels": panels, "period": period, "show_name": force is None}
