"""Reads of operational data: indicators per force and period, aggregates, scoped per user.

The computation reads grouped rows with a handful of portable SQL queries (every force at once)
and leaves the arithmetic to ``compute.py``. Operational data is OFFICIAL-SENSITIVE: a user
sees the forces ``access.data_force_ids_visible_to`` allows, a partner only the indicators a
force shared with it, and regional and national aggregates are for national roles.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.utils import timezone

from oversight.accounts.access import viewer_for
from oversight.measures.access import data_force_ids_visible_to
from oversight.measures.compute import Monthly, Period, Series, aggregate, months_between
from oversight.measures.indicators import Indicator, IndicatorSet, definitions_for
from oversight.measures.models import DataSharing, MeasureSummary, SummaryMeasure
from oversight.measures.summaries import completion_summary, completion_tags, course_tag
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.models import Finding, FindingKind, Report


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _in(column: str, values: Collection[Any], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join(['%s'] * len(values))})"


def _force_filter(alias: str, force_ids: Collection[int] | None, params: list[Any]) -> str:
    return "" if force_ids is None else " AND " + _in(f"{alias}.force_id", sorted(force_ids) or [0], params)


def _fetch(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


class _MonthIndex:
    def __init__(self, months: list[Period]) -> None:
        self.by_label = {m.label: i for i, m in enumerate(months)}
        self.first = months[0].start
        self.count = len(months)

    def of(self, day: Any) -> int | None:
        """Month index of a date (ISO text or date); dates before the first month count in it."""
        label = day.isoformat()[:7] if isinstance(day, dt.date) else str(day)[:7]
        found = self.by_label.get(label)
        if found is None and label < self.first.isoformat()[:7]:
            return 0
        return found


def _stock(events: Iterable[tuple[Any, int]], index: _MonthIndex, denominator: int) -> Monthly:
    monthly = Monthly.empty(index.count)
    for day, count in events:
        i = index.of(day)
        if i is not None:
            monthly.numerators[i] += count
    running = 0
    for i in range(index.count):
        running += monthly.numerators[i]
        monthly.numerators[i] = min(running, denominator) if denominator else running
        monthly.denominators[i] = denominator
    return monthly


def _summaries(force_ids: Collection[int] | None) -> dict[str, dict[int, dict[str, Any]]]:
    """measure -> force id -> summary data; summaries missing for a tag are rebuilt first."""
    qs = MeasureSummary.objects.all()
    if force_ids is not None:
        qs = qs.filter(force_id__in=force_ids)
    out: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for force_id, measure, data in qs.values_list("force_id", "measure", "data"):
        out[measure][force_id] = data
    courses, sets = completion_tags()
    wanted = {*courses, *(course_tag(s) for s in sets)}
    stale = [f for f, data in out[SummaryMeasure.COMPLETION].items() if not wanted <= set(data.get("known", wanted))]
    for force_id in stale:  # definitions changed since the summary was made
        out[SummaryMeasure.COMPLETION][force_id] = completion_summary(force_id)
    return out


def _completion(
    indicators: list[Indicator], index: _MonthIndex, summaries: dict[int, dict[str, Any]]
) -> dict[str, dict[int, Monthly]]:
    out: dict[str, dict[int, Monthly]] = {}
    for ind in indicators:
        tag = course_tag(ind.courses)
        found: dict[int, Monthly] = {}
        for force_id, data in summaries.items():
            den = data["denominators"].get(tag, 0)
            if den:
                found[force_id] = _stock(data["events"].get(tag, []), index, den)
        out[ind.key] = found
    return out


def _referrals(index: _MonthIndex, summaries: dict[int, dict[str, Any]]) -> dict[int, Monthly]:
    out: dict[int, Monthly] = {}
    for force_id, data in summaries.items():
        if not data["months"]:
            continue
        monthly = out[force_id] = Monthly.empty(index.count, with_days=True)
        assert monthly.days is not None
        for label, (den, num, days) in data["months"].items():
            i = index.by_label.get(label)
            if i is None:
                continue
            monthly.denominators[i] += den
            monthly.numerators[i] += num
            monthly.days[i] = {int(d): c for d, c in days.items()}
    return out


def _plans(months: list[Period], summaries: dict[int, dict[str, Any]]) -> dict[int, Monthly]:
    out: dict[int, Monthly] = {}
    for force_id, data in summaries.items():
        if not data["has_data"]:
            continue
        since = dt.date.fromisoformat(data["since"]) if data["since"] else None
        monthly = Monthly.empty(len(months))
        for i, m in enumerate(months):
            monthly.denominators[i] = 1
            monthly.numerators[i] = 1 if since is not None and since <= m.end else 0
        out[force_id] = monthly
    return out


@dataclass(slots=True)
class IndicatorTable:
    """Every indicator of a report for the forces asked, with aggregates when allowed."""

    definitions: IndicatorSet
    months: list[Period]
    forces: list[Series]
    regions: list[Series]
    national: list[Series]

    def for_force(self, slug: str) -> list[Series]:
        return [s for s in self.forces if s.slug == slug]

    def all(self) -> list[Series]:
        return [*self.forces, *self.regions, *self.national]


def _aggregates(
    definitions: IndicatorSet, series: list[Series], forces: list[Organisation]
) -> tuple[list[Series], list[Series]]:
    """Regional and national sums of the forces' series."""
    regions: list[Series] = []
    national: list[Series] = []
    region_of = {f.slug: f.region for f in forces}
    for ind in definitions.indicators:
        parts = [s for s in series if s.indicator == ind.key]
        by_region: dict[tuple[str, str], list[Series]] = defaultdict(list)
        for part in parts:
            region = region_of.get(part.slug)
            if region is not None:
                by_region[(region.slug, region.name)].append(part)
        for (slug, name), members in sorted(by_region.items()):
            summed = aggregate(members, scope="region", slug=slug, name=name)
            if summed is not None:
                regions.append(summed)
        total = aggregate(parts, scope="national", slug="national", name="England and Wales")
        if total is not None:
            national.append(total)
    return regions, national


def indicator_table(
    *,
    report: Report,
    as_of: dt.date | None = None,
    force_ids: Collection[int] | None = None,
    aggregates: bool = True,
    only: dict[int, frozenset[str]] | None = None,
) -> IndicatorTable | None:
    """Compute (unscoped: callers pass what the user may see) every indicator of ``report`` for the
    forces ``force_ids`` (None: every force), per month from the report's publication to ``as_of``.
    ``only`` limits some forces to some indicator keys (what a force shared with a partner)."""
    definitions = definitions_for(report.key)
    if definitions is None:
        return None
    as_of = as_of or timezone.localdate()
    start = report.published or as_of
    months = months_between(min(start, as_of), as_of)
    index = _MonthIndex(months)
    deadlines = dict(
        Finding.objects.filter(report=report, kind=FindingKind.RECOMMENDATION).values_list("reference", "deadline")
    )
    forces = Organisation.objects.filter(kind=OrganisationKind.FORCE).select_related("region").order_by("name")
    if force_ids is not None:
        forces = forces.filter(pk__in=force_ids)
    force_list = list(forces)
    ids = None if force_ids is None else [f.pk for f in force_list]
    by_measure: dict[str, list[Indicator]] = defaultdict(list)
    for ind in definitions.indicators:
        by_measure[ind.measure].append(ind)
    summaries = _summaries(ids)
    data: dict[str, dict[int, Monthly]] = {}
    if by_measure["course_completion"]:
        data.update(_completion(by_measure["course_completion"], index, summaries[SummaryMeasure.COMPLETION]))
    if by_measure["referrals_submitted"]:
        referrals = _referrals(index, summaries[SummaryMeasure.REFERRALS])
        data.update({ind.key: referrals for ind in by_measure["referrals_submitted"]})
    if by_measure["collection_plan"]:
        plans = _plans(months, summaries[SummaryMeasure.PLANS])
        data.update({ind.key: plans for ind in by_measure["collection_plan"]})
    series: list[Series] = []
    for force in force_list:
        for ind in definitions.indicators:
            if only is not None and force.pk in only and ind.key not in only[force.pk]:
                continue
            found = data[ind.key].get(force.pk)
            with_days = ind.measure == "referrals_submitted"
            series.append(
                Series(
                    indicator=ind.key,
                    finding=ind.finding,
                    scope="force",
                    slug=force.slug,
                    name=force.name,
                    target=ind.target,
                    deadline=deadlines.get(ind.finding),
                    monthly=found or Monthly.empty(len(months), with_days=with_days),
                    months=months,
                    stock=ind.measure != "referrals_submitted",
                    has_data=found is not None,
                    extra={"region": force.region.slug if force.region else None},
                )
            )
    regions, national = _aggregates(definitions, series, force_list) if aggregates else ([], [])
    return IndicatorTable(definitions=definitions, months=months, forces=series, regions=regions, national=national)


def indicators_for_user(
    *, user: Any, report: Report, force: Organisation | None = None, as_of: dt.date | None = None
) -> IndicatorTable | None:
    """The indicators of a report that ``user`` may see: whole forces for the force's own users,
    its policing body and national roles; shared indicators for partners; aggregates for
    national roles only."""
    viewer = viewer_for(user)
    visible = data_force_ids_visible_to(user)
    only: dict[int, frozenset[str]] = {}
    if not viewer.is_anonymous and not viewer.is_national:
        for force_id, keys in DataSharing.objects.filter(
            report_key=report.key, partner_id__in=viewer.organisation_ids
        ).values_list("force_id", "indicators"):
            if visible is None or force_id not in visible:
                only[force_id] = only.get(force_id, frozenset()) | frozenset(keys)
    if visible is None:
        ids: set[int] | None = None if force is None else {force.pk}
    else:
        ids = {i for i in set(visible) | set(only) if force is None or i == force.pk}
    if ids is not None and not ids:
        return indicator_table(report=report, as_of=as_of, force_ids=[], aggregates=False)
    return indicator_table(
        report=report, as_of=as_of, force_ids=ids, aggregates=viewer.is_national and force is None, only=only or None
    )


def claimed_items(*, user: Any, report: Report, force: Organisation) -> list[Any]:
    """Items of the confirmed or published responses about ``force`` the user may see."""
    from oversight.responses.access import responses_visible_to
    from oversight.responses.models import ResponseItem, ResponseState

    responses = responses_visible_to(user).filter(
        report=report, force=force, state__in=[ResponseState.CONFIRMED, ResponseState.PUBLISHED]
    )
    return list(
        ResponseItem.objects.filter(response__in=responses.values("pk"))
        .select_related("finding", "response", "response__organisation")
        .order_by("finding__position", "response_id")
    )
