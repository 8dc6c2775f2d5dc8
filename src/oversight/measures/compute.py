"""Indicator arithmetic, free of the database: periods, values, trends, projections, aggregates.

Two shapes of measure:

- a **stock** (course completion, a plan in place) is cumulative: its value at the end of a period
  is what has been reached by then; a quarter's value is its last month's;
- a **flow** (referrals with their intelligence submitted) counts what happened within a period;
  a quarter sums its months.

Aggregates add numerators and denominators (never average percentages). A projection extends
the recent monthly rate to the finding's deadline, with an interval from the slowest and fastest
of those months; with fewer than ``RECENT`` months of data it says "not enough data" instead.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

RECENT = 3  # months the recent rate is taken over
NOT_ENOUGH = "not enough data"
PASSED = "deadline passed: the value at the deadline"
RECENT_RATE = f"recent rate over {RECENT} months"


@dataclass(frozen=True, slots=True)
class Period:
    kind: str  # month, quarter
    label: str  # 2025-06, 2025-Q2
    start: dt.date
    end: dt.date


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def months_between(first: dt.date, last: dt.date) -> list[Period]:
    periods: list[Period] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        periods.append(Period("month", f"{year:04d}-{month:02d}", dt.date(year, month, 1), _month_end(year, month)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def quarters_of(months: Sequence[Period]) -> list[tuple[Period, list[int]]]:
    """Calendar quarters covering the months, each with the indexes of its months."""
    quarters: dict[str, tuple[Period, list[int]]] = {}
    for index, m in enumerate(months):
        q = (m.start.month - 1) // 3 + 1
        label = f"{m.start.year}-Q{q}"
        if label not in quarters:
            start = dt.date(m.start.year, 3 * q - 2, 1)
            quarters[label] = (Period("quarter", label, start, _month_end(m.start.year, 3 * q)), [])
        quarters[label][1].append(index)
    return list(quarters.values())


@dataclass(slots=True)
class Monthly:
    """Per month: numerator, denominator and (flows) the days-to-submit of each counted row."""

    numerators: list[int]
    denominators: list[int]
    days: list[dict[int, int]] | None = None  # flows with a duration only: days -> how many rows

    @classmethod
    def empty(cls, n: int, *, with_days: bool = False) -> Monthly:
        return cls([0] * n, [0] * n, [{} for _ in range(n)] if with_days else None)

    def add(self, other: Monthly) -> None:
        for i in range(len(self.numerators)):
            self.numerators[i] += other.numerators[i]
            self.denominators[i] += other.denominators[i]
            if self.days is not None and other.days is not None:
                _merge(self.days[i], other.days[i])


def _merge(into: dict[int, int], other: dict[int, int]) -> None:
    for days, count in other.items():
        into[days] = into.get(days, 0) + count


def median_of(histogram: dict[int, int]) -> float | None:
    """The median of values given as value -> count."""
    total = sum(histogram.values())
    if not total:
        return None
    ordered = sorted(histogram.items())
    wanted = [(total - 1) // 2, total // 2]
    found: list[int] = []
    seen = 0
    for value, count in ordered:
        while len(found) < 2 and wanted[len(found)] < seen + count:
            found.append(value)
        seen += count
    return (found[0] + found[1]) / 2


@dataclass(frozen=True, slots=True)
class Point:
    period: Period
    numerator: int
    denominator: int
    value: float | None  # percentage; None when the denominator is 0
    change: float | None  # percentage points since the previous period
    median_days: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "period": self.period.label,
            "period_end": self.period.end.isoformat(),
            "numerator": self.numerator,
            "denominator": self.denominator,
            "value": _round(self.value),
            "change": _round(self.change),
        }
        if self.median_days is not None:
            out["median_days"] = self.median_days
        return out


@dataclass(frozen=True, slots=True)
class Projection:
    value: float | None
    low: float | None
    high: float | None
    at: dt.date | None
    basis: str
    on_track: bool | None

    def to_json(self) -> dict[str, Any]:
        return {
            "value": _round(self.value),
            "low": _round(self.low),
            "high": _round(self.high),
            "at": self.at.isoformat() if self.at else None,
            "basis": self.basis,
            "on_track": self.on_track,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _pct(numerator: int, denominator: int) -> float | None:
    return 100.0 * numerator / denominator if denominator else None


def points(monthly: Monthly, months: Sequence[Period], *, kind: str, stock: bool) -> list[Point]:
    """The series by month or by quarter, each with its change from the one before."""
    groups = [(m, [i]) for i, m in enumerate(months)] if kind == "month" else quarters_of(months)
    out: list[Point] = []
    previous: float | None = None
    for period, indexes in groups:
        if stock:
            last = indexes[-1]
            num, den = monthly.numerators[last], monthly.denominators[last]
        else:
            num = sum(monthly.numerators[i] for i in indexes)
            den = sum(monthly.denominators[i] for i in indexes)
        days: dict[int, int] = {}
        if monthly.days is not None:
            for i in indexes:
                _merge(days, monthly.days[i])
        value = _pct(num, den)
        change = value - previous if value is not None and previous is not None else None
        median = median_of(days)
        out.append(Point(period, num, den, value, change, median))
        if value is not None:
            previous = value
    return out


def _months_until(last: Period, deadline: dt.date) -> float:
    return (deadline - last.end).days / 30.4375


def project(
    monthly: Monthly, months: Sequence[Period], *, stock: bool, deadline: dt.date | None, target: float
) -> Projection:
    """Where the indicator will be at the deadline if the recent monthly rate holds."""
    if deadline is None or not months:
        return Projection(None, None, None, deadline, "no deadline", None)
    if deadline <= months[-1].end:
        index = next(i for i, m in enumerate(months) if m.end >= deadline)
        value = points(monthly, months[: index + 1], kind="month", stock=stock)[-1].value
        on_track = None if value is None else value >= target
        return Projection(value, value, value, deadline, PASSED, on_track)
    with_data = [i for i, den in enumerate(monthly.denominators) if den]
    if not with_data:
        return Projection(None, None, None, deadline, NOT_ENOUGH, None)
    if stock:
        first = with_data[0]
        if len(months) - first < RECENT + 1:
            return Projection(None, None, None, deadline, NOT_ENOUGH, None)
        den = monthly.denominators[-1]
        nums = monthly.numerators[-(RECENT + 1) :]
        steps = [b - a for a, b in itertools.pairwise(nums)]
        ahead = _months_until(months[-1], deadline)

        def at(rate: float) -> float:
            return 100.0 * min(den, max(0.0, nums[-1] + rate * ahead)) / den

        central, low, high = at(statistics.fmean(steps)), at(min(steps)), at(max(steps))
    else:
        recent = [i for i in with_data if i >= len(months) - RECENT]
        if len(recent) < RECENT:
            return Projection(None, None, None, deadline, NOT_ENOUGH, None)
        values = [100.0 * monthly.numerators[i] / monthly.denominators[i] for i in recent]
        pooled = sum(monthly.numerators[i] for i in recent) / sum(monthly.denominators[i] for i in recent)
        central, low, high = 100.0 * pooled, min(values), max(values)
    return Projection(central, low, high, deadline, RECENT_RATE, central >= target)


@dataclass(slots=True)
class Series:
    """One indicator for one scope (a force, a region, the nation)."""

    indicator: str
    finding: str
    scope: str  # force, region, national
    slug: str
    name: str
    target: float
    deadline: dt.date | None
    monthly: Monthly
    months: Sequence[Period]
    stock: bool
    has_data: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    def month_points(self) -> list[Point]:
        return points(self.monthly, self.months, kind="month", stock=self.stock)

    def quarter_points(self) -> list[Point]:
        return points(self.monthly, self.months, kind="quarter", stock=self.stock)

    def projection(self) -> Projection:
        return project(self.monthly, self.months, stock=self.stock, deadline=self.deadline, target=self.target)

    def latest(self) -> Point | None:
        found = self.month_points()
        return found[-1] if found else None

    def to_json(self, *, period: str = "month", series: bool = True) -> dict[str, Any]:
        pts = self.month_points() if period == "month" else self.quarter_points()
        latest = pts[-1] if pts else None
        trend = None
        if len(pts) > RECENT and latest is not None and latest.value is not None:
            earlier = pts[-1 - RECENT].value
            trend = None if earlier is None else _round(latest.value - earlier)
        out: dict[str, Any] = {
            "indicator": self.indicator,
            "finding": self.finding,
            "scope": self.scope,
            "force": self.slug if self.scope == "force" else None,
            "region": self.slug if self.scope == "region" else None,
            "name": self.name,
            "period": latest.period.label if latest else None,
            "value": _round(latest.value) if latest else None,
            "numerator": latest.numerator if latest else 0,
            "denominator": latest.denominator if latest else 0,
            "median_days": latest.median_days if latest else None,
            "target": self.target,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "trend": trend,
            "projection": self.projection().to_json(),
            "has_data": self.has_data,
        }
        if series:
            out["series"] = [p.to_json() for p in pts]
        return out


def aggregate(parts: Iterable[Series], *, scope: str, slug: str, name: str) -> Series | None:
    """Sum of the parts' numerators and denominators, month by month."""
    parts = list(parts)
    if not parts:
        return None
    first = parts[0]
    total = Monthly.empty(len(first.months), with_days=first.monthly.days is not None)
    for part in parts:
        total.add(part.monthly)
    return Series(
        indicator=first.indicator,
        finding=first.finding,
        scope=scope,
        slug=slug,
        name=name,
        target=first.target,
        deadline=first.deadline,
        monthly=total,
        months=first.months,
        stock=first.stock,
        has_data=any(p.has_data for p in parts),
    )
