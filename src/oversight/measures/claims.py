"""What a force's confirmed responses claim about a finding, checked against its indicators.

Two kinds of disagreement are flagged:

- a claimed status of ``implemented`` while the indicator (at the letter's date, else the latest)
  is below ``IMPLEMENTED_AT`` of its target;
- a measurement the letter states that differs from the data for the same month. A claim sentence
  gives at most one measurement, read in this order:

  1. a proportion: "46 of 51 referrals", "a dip sample of 60 referrals found ... in 57 cases",
     compared as a percentage with the indicator's value;
  2. a percentage: "85% of the identified cohort", compared with the value;
  3. a count of what the indicator counts (people for a course, referrals or cases for
     referrals): "over 600 staff completed the first module", compared with the numerator.

  Figures of anything else ("48 hours", "14 teams", "two sessions", "four modules") are not
  measurements of the indicator and are left alone.

The month compared is the one the sentence names ("In June 2025", "by the end of June 2025"; a
month after "since" or "from" is where a count starts, not when it was taken), else the letter's
month, else the latest. A claim about a month the data does not cover is shown with nothing to
compare, never guessed. Which indicator: one naming the module the sentence names ("first
module", "module 2"), else the finding's first indicator.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from oversight.measures.compute import Point, Series
from oversight.responses.models import Response, ResponseItem
from oversight_ingest.months import MONTH_PATTERN, month_number
from oversight_ingest.result import ClaimedStatus

IMPLEMENTED_AT = 0.9  # of the target: "implemented" with the data below this is flagged
COUNT_TOLERANCE = 0.1  # a count may differ by 10 %: letters round ("over 600") and data arrives later
PERCENT_POINTS = 5.0  # a percentage may differ by 5 points, for the same reasons
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MODULE = re.compile(r"\b(first|second|third|fourth)\s+module\b|\bmodule\s+([1-4])\b", re.IGNORECASE)
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)"
# "46 of 51", "57 out of 60", "120 of the 310": the first is the part, the second the whole
_PROPORTION = re.compile(_NUMBER + r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?" + _NUMBER + r"\b", re.I)
# "a (dip) sample of 60 referrals ... in 57 cases": the sample is the whole
_SAMPLE = re.compile(
    r"\bsample\s+of\s+" + _NUMBER + r"\b[^.;]*?\b(?:in|for)\s+" + _NUMBER + r"\s+(?:cases|referrals|of\s+them)\b", re.I
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
# Words naming what a count counts, per kind of indicator
PEOPLE_WORDS = frozenset(
    [
        "people",
        "staff",
        "officers",
        "officer",
        "colleagues",
        "employees",
        "members",
        "personnel",
        "detectives",
        "constables",
        "investigators",
        "supervisors",
        "sergeants",
        "learners",
        "students",
        "call-handlers",
    ]
)
CASE_WORDS = frozenset(["referrals", "referral", "cases", "case", "reports"])
_STARTS = re.compile(
    r"\b(?:since|from|starting(?:\s+in)?)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(" + MONTH_PATTERN + r")\.?\s+(\d{4})", re.I
)


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


def _month_of(day: dt.date | None) -> str | None:
    return day.isoformat()[:7] if day is not None else None


def _point_for(series: Series, month: str | None) -> Point | None:
    """The month's point, or the latest when no month is asked for; None when the data does not
    cover the month asked for."""
    points = series.month_points()
    if month is None:
        return points[-1] if points else None
    return next((p for p in points if p.period.label == month), None)


def _claimed_month(claim: dict[str, Any]) -> str | None:
    """The month a claim's measurement was taken: the last month it names that does not open a
    span ("since March 2025")."""
    starts = {f"{int(y):04d}-{month_number(m) or 0:02d}" for m, y in _STARTS.findall(claim.get("text", ""))}
    months = [d[:7] for d in claim.get("dates") or [] if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(d))]
    named = [m for m in months if m not in starts]
    return named[-1] if named else None


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


def _whole(number: str) -> int:
    return int(number.replace(",", ""))


@dataclass(frozen=True, slots=True)
class Measurement:
    """One measurement a claim sentence states."""

    kind: str  # proportion, percent, count
    value: float  # a percentage, or a count
    shown: str  # as the letter puts it


def _counts_what(series: Series) -> frozenset[str]:
    return CASE_WORDS if "nccu" in series.indicator or "referral" in series.indicator else PEOPLE_WORDS


def measurement_of(claim: dict[str, Any], series: Series) -> Measurement | None:
    """The measurement of this indicator a claim states, if any (see the module's order)."""
    text = claim.get("text", "")
    sample = _SAMPLE.search(text)
    if sample:
        whole, part = _whole(sample.group(1)), _whole(sample.group(2))
        if 0 < part <= whole:
            return Measurement("proportion", 100.0 * part / whole, f"{part} of {whole} ({100.0 * part / whole:.0f}%)")
    for match in _PROPORTION.finditer(text):
        part, whole = _whole(match.group(1)), _whole(match.group(2))
        if 0 < part <= whole and whole > 1:
            return Measurement("proportion", 100.0 * part / whole, f"{part} of {whole} ({100.0 * part / whole:.0f}%)")
    percent = _PERCENT.search(text)
    if percent:
        return Measurement("percent", float(percent.group(1)), f"{float(percent.group(1)):g}%")
    nouns = _counts_what(series)
    for figure in claim.get("figures") or []:
        words = {*re.findall(r"[a-z-]+", str(figure.get("text") or "").lower()), str(figure.get("unit") or "").lower()}
        value = float(figure.get("value") or 0)
        if value > 1 and words & nouns:
            return Measurement("count", value, str(figure.get("text") or f"{value:g}"))
    return None


def _measurement_check(item: ResponseItem, claim: dict[str, Any], series: Series) -> ClaimCheck | None:
    measured = measurement_of(claim, series)
    if measured is None:
        return None
    month = _claimed_month(claim) or _month_of(item.response.letter_date)
    point = _point_for(series, month)
    text = claim.get("text", "")
    if point is None or point.value is None:
        covered = series.month_points()
        where = f"{covered[0].period.label} to {covered[-1].period.label}" if covered else "no month"
        return ClaimCheck(
            item.response,
            item.finding.reference,
            series.indicator,
            text,
            measured.shown,
            "",
            None,
            f"The letter says {measured.shown} for {month}; the data covers {where}, so there is nothing to compare.",
        )
    if measured.kind == "count":
        actual = float(point.numerator)
        agrees = abs(measured.value - actual) <= COUNT_TOLERANCE * max(measured.value, actual, 1.0)
    else:
        actual = point.value
        agrees = abs(measured.value - actual) <= PERCENT_POINTS
    shown_data = f"{point.numerator} of {point.denominator} ({point.value:.0f}%)"
    message = (
        f"The letter says {measured.shown}; the data for {point.period.label} shows {shown_data}."
        if not agrees
        else f"Consistent with the data for {point.period.label}: {shown_data}."
    )
    return ClaimCheck(
        item.response, item.finding.reference, series.indicator, text, measured.shown, shown_data, agrees, message
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
            point = _point_for(main, _month_of(item.response.letter_date))
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
            check = _measurement_check(item, claim, _series_for(claim.get("text", ""), candidates))
            if check is not None:
                checks.append(check)
    return checks
