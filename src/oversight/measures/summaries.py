"""Per-force summaries of operational data, kept up to date by every write of its rows.

Indicators need, per force, only small facts: for each course (and each set of courses an
indicator names) the number of people on the roster and how many first completed it on each day;
per month, the referrals, those with the intelligence submitted and the days it took; the day an
approved plan covering collection, analysis and sharing was first in place. Computing them from a
million rows at every page view is too slow, so each import, replacement and retention deletion
rebuilds the summaries of the force it touched, in the same transaction, from that force's rows
only (an index range, not a table scan). Indicator pages then read 43 small rows per measure.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from oversight.measures.indicators import definitions_for, reports_with_indicators
from oversight.measures.models import (
    CollectionPlan,
    DataKind,
    MeasureSummary,
    NccuReferral,
    PlanStatus,
    RosterEntry,
    SummaryMeasure,
    TrainingRecord,
)

# Which summaries a kind of data feeds.
SUMMARIES_OF_KIND: dict[str, tuple[str, ...]] = {
    DataKind.TRAINING: (SummaryMeasure.COMPLETION,),
    DataKind.ROSTER: (SummaryMeasure.COMPLETION,),
    DataKind.NCCU_REFERRALS: (SummaryMeasure.REFERRALS,),
    DataKind.COLLECTION_PLANS: (SummaryMeasure.PLANS,),
    DataKind.DISRUPTIONS: (),
}


def course_tag(courses: Iterable[str]) -> str:
    """The key of a course or a set of courses in a completion summary."""
    return "|".join(courses)


def completion_tags() -> tuple[list[str], list[tuple[str, ...]]]:
    """Every course, and every set of several courses, the bundled indicators count."""
    courses: set[str] = set()
    sets: set[tuple[str, ...]] = set()
    for key in reports_with_indicators():
        definitions = definitions_for(key)
        for ind in definitions.indicators if definitions else ():
            courses.update(ind.courses)
            if len(ind.courses) > 1:
                sets.add(ind.courses)
    return sorted(courses), sorted(sets)


def _in(column: str, values: Collection[Any], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join(['%s'] * len(values))})"


def _fetch(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)[:10]


def completion_summary(force_id: int) -> dict[str, Any]:
    """Roster sizes and first-completion days per course and per set of courses, for one force."""
    courses, sets = completion_tags()
    known = [*courses, *(course_tag(s) for s in sets)]
    if not courses:
        return {"events": {}, "denominators": {}, "known": known}
    training, roster = TrainingRecord._meta.db_table, RosterEntry._meta.db_table
    # Parameters are appended in the order their placeholders appear in the statement.
    params: list[Any] = [force_id]
    course_in = _in("t.course", courses, params)
    parts = [
        f"WITH f AS (SELECT t.course AS course, t.person_ref AS person_ref, MIN(t.completed_on) AS first_on "  # noqa: S608 - names from metadata
        f"FROM {training} t WHERE t.force_id = %s AND {course_in} "
        f"AND EXISTS (SELECT 1 FROM {roster} r WHERE r.force_id = t.force_id AND r.course = t.course "
        f"AND r.person_ref = t.person_ref) GROUP BY t.course, t.person_ref) "
        f"SELECT f.course, f.first_on, COUNT(*) FROM f GROUP BY f.course, f.first_on"
    ]
    for course_set in sets:
        tag = course_tag(course_set)
        params.append(tag)
        parts.append(
            f"SELECT %s, z.done_on, COUNT(*) FROM (SELECT MAX(f.first_on) AS done_on FROM f "  # noqa: S608
            f"WHERE {_in('f.course', course_set, params)} GROUP BY f.person_ref "
            f"HAVING COUNT(*) = {len(course_set):d}) z GROUP BY z.done_on"
        )
    events: dict[str, list[list[Any]]] = defaultdict(list)
    for tag, day, count in _fetch(" UNION ALL ".join(parts), params):
        events[tag].append([_iso(day), count])
    params = [force_id]
    den_parts = [
        f"SELECT r.course, COUNT(DISTINCT r.person_ref) FROM {roster} r WHERE r.force_id = %s "  # noqa: S608
        f"AND {_in('r.course', courses, params)} GROUP BY r.course"
    ]
    for course_set in sets:
        params += [course_tag(course_set), force_id]
        den_parts.append(
            f"SELECT %s, COUNT(DISTINCT r.person_ref) FROM {roster} r WHERE r.force_id = %s "  # noqa: S608
            f"AND {_in('r.course', course_set, params)}"
        )
    denominators = {tag: count for tag, count in _fetch(" UNION ALL ".join(den_parts), params) if count}
    return {
        "events": {tag: sorted(rows) for tag, rows in events.items()},
        "denominators": denominators,
        "known": known,
    }


def referral_summary(force_id: int) -> dict[str, Any]:
    """Per month of report: referrals, those with the intelligence submitted, days taken (counts)."""
    sql = (
        f"SELECT n.reported_on, n.intel_submitted_on, COUNT(*) FROM {NccuReferral._meta.db_table} n "  # noqa: S608
        "WHERE n.force_id = %s GROUP BY n.reported_on, n.intel_submitted_on"
    )
    months: dict[str, list[Any]] = {}
    for reported, submitted, count in _fetch(sql, [force_id]):
        reported_iso = _iso(reported)
        month = months.setdefault(reported_iso[:7], [0, 0, {}])
        month[0] += count
        if submitted is not None:
            month[1] += count
            days = (dt.date.fromisoformat(_iso(submitted)) - dt.date.fromisoformat(reported_iso)).days
            month[2][str(days)] = month[2].get(str(days), 0) + count
    return {"months": months}


def plan_summary(force_id: int) -> dict[str, Any]:
    plans = CollectionPlan.objects.filter(force_id=force_id)
    first = (
        plans.filter(status=PlanStatus.APPROVED, covers_collection=True, covers_analysis=True, covers_sharing=True)
        .exclude(approved_on=None)
        .order_by("approved_on")
        .values_list("approved_on", flat=True)
        .first()
    )
    return {"has_data": plans.exists(), "since": first.isoformat() if first else None}


BUILDERS = {
    SummaryMeasure.COMPLETION: completion_summary,
    SummaryMeasure.REFERRALS: referral_summary,
    SummaryMeasure.PLANS: plan_summary,
}


@transaction.atomic
def summaries_refresh(*, force_id: int, kinds: Iterable[str] | None = None) -> None:
    """Rebuild the summaries the given kinds of data feed (all of them by default) for one force."""
    measures = {m for kind in (kinds or list(SUMMARIES_OF_KIND)) for m in SUMMARIES_OF_KIND[kind]}
    for measure in sorted(measures):
        data = BUILDERS[SummaryMeasure(measure)](force_id)
        MeasureSummary.objects.update_or_create(
            force_id=force_id, measure=measure, defaults={"data": data, "updated_at": timezone.now()}
        )
