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
from oversight.measures.models import CollectionPlan, DataSharing, NccuReferral, PlanStatus, RosterEntry, TrainingRecord
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


def _completion(
    indicators: list[Indicator], index: _MonthIndex, force_ids: Collection[int] | None
) -> dict[str, dict[int, Monthly]]:
    """Completion events (the day each person on the roster first completed a course, or the last
    of a set of courses) and roster sizes, for every completion indicator in two queries."""
    training, roster = TrainingRecord._meta.db_table, RosterEntry._meta.db_table
    courses = sorted({c for ind in indicators for c in ind.courses})
    sets = sorted({ind.courses for ind in indicators if len(ind.courses) > 1})
    params: list[Any] = []
    # Each person's first completion of each course, for people on the roster for that course.
    parts = [
        f"WITH f AS (SELECT t.force_id AS force_id, t.course AS course, t.person_ref AS person_ref, "  # noqa: S608
        f"MIN(t.completed_on) AS first_on FROM {training} t WHERE {_in('t.course', courses, params)}"
        f"{_force_filter('t', force_ids, params)} AND EXISTS (SELECT 1 FROM {roster} r WHERE r.force_id = t.force_id "
        f"AND r.course = t.course AND r.person_ref = t.person_ref) GROUP BY t.force_id, t.course, t.person_ref) "
        f"SELECT f.force_id, f.course, f.first_on, COUNT(*) FROM f GROUP BY f.force_id, f.course, f.first_on"
    ]
    for n, course_set in enumerate(sets):
        parts.append(
            f"SELECT z.force_id, '#{n}', z.done_on, COUNT(*) FROM (SELECT f.force_id AS force_id, "  # noqa: S608
            f"MAX(f.first_on) AS done_on FROM f WHERE {_in('f.course', course_set, params)} "
            f"GROUP BY f.force_id, f.person_ref HAVING COUNT(*) = {len(course_set):d}) z GROUP BY z.force_id, z.done_on"
        )
    events: dict[tuple[int, str], list[tuple[Any, int]]] = defaultdict(list)
    for force_id, course, day, count in _fetch(" UNION ALL ".join(parts), params):
        events[(force_id, course)].append((day, count))
    params = []
    den_parts = [
        f"SELECT r.force_id, r.course, COUNT(DISTINCT r.person_ref) FROM {roster} r "  # noqa: S608
        f"WHERE {_in('r.course', courses, params)}{_force_filter('r', force_ids, params)} GROUP BY r.force_id, r.course"
    ]
    for n, course_set in enumerate(sets):
        den_parts.append(
            f"SELECT r.force_id, '#{n}', COUNT(DISTINCT r.person_ref) FROM {roster} r "  # noqa: S608
            f"WHERE {_in('r.course', course_set, params)}{_force_filter('r', force_ids, params)} GROUP BY r.force_id"
        )
    denominators: dict[str, dict[int, int]] = defaultdict(dict)
    for force_id, course, count in _fetch(" UNION ALL ".join(den_parts), params):
        denominators[course][force_id] = count
    out: dict[str, dict[int, Monthly]] = {}
    for ind in indicators:
        tag = ind.courses[0] if len(ind.courses) == 1 else f"#{sets.index(ind.courses)}"
        out[ind.key] = {
            force_id: _stock(events.get((force_id, tag), []), index, den)
            for force_id, den in denominators[tag].items()
            if den
        }
    return out


def _referrals(index: _MonthIndex, force_ids: Collection[int] | None) -> dict[int, Monthly]:
    params: list[Any] = []
    sql = (
        f"SELECT n.force_id, n.reported_on, n.intel_submitted_on, COUNT(*) FROM {NccuReferral._meta.db_table} n "  # noqa: S608
        f"WHERE 1 = 1{_force_filter('n', force_ids, params)} GROUP BY n.force_id, n.reported_on, n.intel_submitted_on"
    )
    out: dict[int, Monthly] = {}
    dates: dict[Any, dt.date] = {}
    for force_id, reported, submitted, count in _fetch(sql, params):
        monthly = out.get(force_id)
        if monthly is None:
            monthly = out[force_id] = Monthly.empty(index.count, with_days=True)
        i = index.by_label.get(reported.isoformat()[:7] if isinstance(reported, dt.date) else str(reported)[:7])
        if i is None:
            continue
        monthly.denominators[i] += count
        if submitted is not None:
            monthly.numerators[i] += count
            r = dates.get(reported) or dates.setdefault(reported, _date(reported))
            s = dates.get(submitted) or dates.setdefault(submitted, _date(submitted))
            assert monthly.days is not None
            monthly.days[i].extend([(s - r).days] * count)
    return out


def _plans(index: _MonthIndex, months: list[Period], force_ids: Collection[int] | None) -> dict[int, Monthly]:
    qs = CollectionPlan.objects.all()
    if force_ids is not None:
        qs = qs.filter(force_id__in=force_ids)
    with_data = set(qs.values_list("force_id", flat=True).distinct())
    first_in_place: dict[int, dt.date] = {}
    approved_on: dt.date | None
    for force_id, approved_on in (
        qs.filter(status=PlanStatus.APPROVED, covers_collection=True, covers_analysis=True, covers_sharing=True)
        .exclude(approved_on=None)
        .values_list("force_id", "approved_on")
    ):
        if approved_on is not None and (force_id not in first_in_place or approved_on < first_in_place[force_id]):
            first_in_place[force_id] = approved_on
    out: dict[int, Monthly] = {}
    for force_id in with_data:
        monthly = Monthly.empty(index.count)
        since = first_in_place.get(force_id)
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
    data: dict[str, dict[int, Monthly]] = {}
    if by_measure["course_completion"]:
        data.update(_completion(by_measure["course_completion"], index, ids))
    if by_measure["referrals_submitted"]:
        referrals = _referrals(index, ids)
        data.update({ind.key: referrals for ind in by_measure["referrals_submitted"]})
    if by_measure["collection_plan"]:
        plans = _plans(index, months, ids)
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
