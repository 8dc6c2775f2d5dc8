"""What a force's confirmed responses claim about a finding, checked against its indicators.

Two kinds of disagreement are flagged:

- a claimed status of ``implemented`` while the indicator (at the letter's date, else the latest)
  is below ``IMPLEMENTED_AT`` percent of its target;
- a figure claimed in the letter ("over 600 staff completed the first module") that differs from
  the indicator's numerator (or its value, for a percentage) by more than ``TOLERANCE``.

Which indicator a figure speaks of: one naming the module the sentence names ("first module",
"module 2"), else the finding's first indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from oversight.measures.compute import Point, Series
from oversight.responses.models import Response, ResponseItem
from oversight_ingest.result import ClaimedStatus

IMPLEMENTED_AT = 0.9  # of the target
TOLERANCE = 0.1  # relative difference a figure may have from the data
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MODULE = re.compile(r"\b(first|second|third|fourth)\s+module\b|\bmodule\s+([1-4])\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    response: Response
    finding: str
    indicator: str
    claim: str  # what the letter says
    claimed: str  # the claimed status or figure, as shown
    data: str  # what the data shows, as shown
    agrees: bool | None  # None: nothing to compare with
    message: str

    @property
    def disagrees(self) -> bool:
        return self.agrees is False


def _point_at(series: Series, response: Response) -> Point | None:
    points = series.month_points()
    if response.letter_date is not None:
        label = response.letter_date.isoformat()[:7]
        for p in points:
            if p.period.label == label:
                return p
    return points[-1] if points else None


def _module_of(text: str) -> int | None:
    match = _MODULE.search(text)
    if not match:
        return None
    return _ORDINALS[(match.group(1) or match.group(2)).lower()]


def _series_for(text: str, candidates: list[Series]) -> Series:
    module = _module_of(text)
    if module is not None:
        for s in candidates:
            if s.indicator.endswith(f"module-{module}"):
                return s
    return candidates[0]


def _figure_check(
    item: ResponseItem, claim: dict[str, Any], figure: dict[str, Any], series: Series
) -> ClaimCheck | None:
    point = _point_at(series, item.response)
    if point is None or point.value is None:
        return None
    claimed = float(figure.get("value") or 0)
    percent = (figure.get("unit") or "") == "%"
    actual = point.value if percent else float(point.numerator)
    if not percent and claimed <= 1:
        return None  # "one module": not a count of people
    agrees = abs(claimed - actual) <= TOLERANCE * max(claimed, actual, 1.0)
    shown_claim = figure.get("text") or f"{claimed:g}"
    shown_data = f"{actual:.0f}%" if percent else f"{point.numerator} of {point.denominator} ({point.value:.0f}%)"
    message = (
        f"The letter says {shown_claim}; the data for {point.period.label} shows {shown_data}."
        if not agrees
        else f"Consistent with the data for {point.period.label} ({shown_data})."
    )
    return ClaimCheck(
        item.response,
        item.finding.reference,
        series.indicator,
        claim.get("text", ""),
        shown_claim,
        shown_data,
        agrees,
        message,
    )


def claims_against_data(*, items: list[ResponseItem], series: list[Series]) -> list[ClaimCheck]:
    """Each claimed status and figure of the items, beside the matching indicator."""
    checks: list[ClaimCheck] = []
    for item in items:
        candidates = [s for s in series if s.finding == item.finding.reference and s.has_data]
        if not candidates:
            continue
        if item.claimed_status == ClaimedStatus.IMPLEMENTED:
            main = candidates[0]
            point = _point_at(main, item.response)
            if point is not None and point.value is not None:
                agrees = point.value >= IMPLEMENTED_AT * main.target
                shown = f"{point.value:.0f}% ({point.numerator} of {point.denominator}) in {point.period.label}"
                checks.append(
                    ClaimCheck(
                        item.response,
                        item.finding.reference,
                        main.indicator,
                        "Claimed status: implemented",
                        "implemented",
                        shown,
                        agrees,
                        f"The letter says implemented; the data shows {shown}."
                        if not agrees
                        else f"Consistent with the data: {shown}.",
                    )
                )
        for claim in item.claims or []:
            for figure in claim.get("figures") or []:
                check = _figure_check(item, claim, figure, _series_for(claim.get("text", ""), candidates))
                if check is not None:
                    checks.append(check)
    return checks
