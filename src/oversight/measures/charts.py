"""Accessible SVG charts of an indicator, drawn on the server, and the CSV of the same data.

A chart has a title and a description (``role="img"`` with ``aria-labelledby``), shows the target
as a labelled line and the projection as a dashed line with its interval shaded; it never relies
on colour alone (the projection is dashed, the target labelled). Pages put the same numbers in a
table beside it. Exported cells are neutralised against spreadsheet formula injection.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from html import escape

from oversight.core.models import Classification
from oversight.core.tables import safe_cell
from oversight.measures.compute import Point, Projection, Series

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 48, 24, 40, 56


def _fmt(value: float | None) -> str:
    return "no data" if value is None else f"{value:.1f}%"


def describe(series: Series, points: Sequence[Point], projection: Projection) -> str:
    known = [p for p in points if p.value is not None]
    if not known:
        return f"No data has been imported for {series.name}."
    first, last = known[0], known[-1]
    text = (
        f"{series.name}: {_fmt(first.value)} in {first.period.label}, {_fmt(last.value)} in {last.period.label} "
        f"({last.numerator} of {last.denominator}). Target {series.target:g}%"
        + (f" by {series.deadline:%d %B %Y}." if series.deadline else ".")
    )
    if projection.value is not None and projection.basis.startswith("recent"):
        text += (
            f" At the recent rate, projected {_fmt(projection.value)} at the deadline "
            f"(between {_fmt(projection.low)} and {_fmt(projection.high)})."
        )
    elif projection.value is None and series.deadline:
        text += f" Projection: {projection.basis}."
    return text


def line_chart(series: Series, *, title: str, period: str = "month", chart_id: str = "chart") -> str:
    """The series as an SVG line chart (0 to 100 %), with target, deadline and projection."""
    points = series.month_points() if period == "month" else series.quarter_points()
    projection = series.projection()
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    deadline = series.deadline
    first_day = points[0].period.start if points else None
    last_day = points[-1].period.end if points else None
    end_day = max(filter(None, [last_day, deadline])) if last_day else None

    def x(day: dt.date) -> float:
        if first_day is None or end_day is None or end_day == first_day:
            return float(LEFT)
        return float(LEFT + plot_w * (day - first_day).days / (end_day - first_day).days)

    def y(value: float) -> float:
        return TOP + plot_h * (1 - max(0.0, min(100.0, value)) / 100)

    tid, did = f"{chart_id}-title", f"{chart_id}-desc"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-labelledby="{tid} {did}" class="app-chart" font-family="system-ui, arial, sans-serif" font-size="12">',
        f'<title id="{tid}">{escape(title)}</title>',
        f'<desc id="{did}">{escape(describe(series, points, projection))}</desc>',
        f'<text x="{LEFT}" y="16" font-size="11" fill="#0b0c0c">{Classification.OFFICIAL_SENSITIVE}</text>',
    ]
    for tick in (0, 25, 50, 75, 100):
        ty = y(tick)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="#b1b4b6" stroke-width="0.5"/>'
        )
        parts.append(f'<text x="{LEFT - 6}" y="{ty + 4:.1f}" text-anchor="end" fill="#505a5f">{tick}%</text>')
    ty = y(series.target)
    parts.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="#0b0c0c" stroke-width="1.5" '
        f'stroke-dasharray="2 3"/><text x="{WIDTH - RIGHT}" y="{ty - 4:.1f}" text-anchor="end" fill="#0b0c0c">'
        f"Target {series.target:g}%</text>"
    )
    if deadline is not None and end_day is not None:
        dx = x(deadline)
        parts.append(
            f'<line x1="{dx:.1f}" x2="{dx:.1f}" y1="{TOP}" y2="{TOP + plot_h}" stroke="#0b0c0c" stroke-width="1"/>'
            f'<text x="{dx - 4:.1f}" y="{TOP + plot_h + 30}" text-anchor="end" fill="#0b0c0c">'
            f"Deadline {deadline:%d %b %Y}</text>"
        )
    known = [p for p in points if p.value is not None]
    coords = [(x(p.period.end), y(p.value)) for p in known if p.value is not None]
    if (
        known
        and deadline is not None
        and projection.value is not None
        and projection.low is not None
        and projection.high is not None
        and deadline > known[-1].period.end
    ):
        lx, ly = coords[-1]
        dx = x(deadline)
        parts.append(
            f'<polygon points="{lx:.1f},{ly:.1f} {dx:.1f},{y(projection.high):.1f} {dx:.1f},{y(projection.low):.1f}" '
            f'fill="#1d70b8" fill-opacity="0.15"/>'
            f'<line x1="{lx:.1f}" y1="{ly:.1f}" x2="{dx:.1f}" y2="{y(projection.value):.1f}" stroke="#1d70b8" '
            f'stroke-width="2" stroke-dasharray="6 4"/>'
            f'<text x="{dx - 4:.1f}" y="{y(projection.value) - 6:.1f}" text-anchor="end" fill="#1d70b8">'
            f"Projected {_fmt(projection.value)}</text>"
        )
    if coords:
        path = " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy in coords)
        parts.append(f'<polyline points="{path}" fill="none" stroke="#1d70b8" stroke-width="2.5"/>')
        for (cx, cy), p in zip(coords, known, strict=True):
            parts.append(
                f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3" fill="#1d70b8"><title>{p.period.label}: {_fmt(p.value)}'
                "</title></circle>"
            )
    if points:
        for p in (points[0], points[-1]):
            parts.append(
                f'<text x="{x(p.period.end):.1f}" y="{TOP + plot_h + 16}" text-anchor="middle" fill="#505a5f">'
                f"{p.period.label}</text>"
            )
    if not known:
        parts.append(
            f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" fill="#0b0c0c">No data imported</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


CSV_HEADER = [
    "classification",
    "indicator",
    "finding",
    "scope",
    "name",
    "period",
    "period_end",
    "numerator",
    "denominator",
    "value_percent",
    "change_points",
    "median_days",
    "target_percent",
    "deadline",
]


def series_csv(rows: Iterable[Series], *, period: str = "month") -> str:
    """The series as CSV, one line per scope and period, every text cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for series in rows:
        points = series.month_points() if period == "month" else series.quarter_points()
        for p in points:
            writer.writerow(
                [
                    safe_cell(value)
                    for value in (
                        Classification.OFFICIAL_SENSITIVE,
                        series.indicator,
                        series.finding,
                        series.scope,
                        series.name,
                        p.period.label,
                        p.period.end.isoformat(),
                        p.numerator,
                        p.denominator,
                        "" if p.value is None else round(p.value, 1),
                        "" if p.change is None else round(p.change, 1),
                        "" if p.median_days is None else p.median_days,
                        series.target,
                        series.deadline.isoformat() if series.deadline else "",
                    )
                ]
            )
    return out.getvalue()


def template_csv(columns: Sequence[str]) -> str:
    return ",".join(columns) + "\r\n"
