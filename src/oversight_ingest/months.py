"""The one month table of the package: month names and abbreviations as letters and reports print them.

Every reader of dates (a letter's date, a finding's deadline, the dates in a claim) takes month
names from here, so "Sept", "Sept." and "September" mean the same everywhere.
"""

from __future__ import annotations

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

WELSH_MONTH_NAMES = (
    "ionawr",
    "chwefror",
    "mawrth",
    "ebrill",
    "mai",
    "mehefin",
    "gorffennaf",
    "awst",
    "medi",
    "hydref",
    "tachwedd",
    "rhagfyr",
)
"""The months in Welsh, as the four Welsh forces' policing bodies print them in bilingual letters ("27 Mehefin /
June 2025")."""

MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(MONTH_NAMES, 1)},
    **{name[:3]: i for i, name in enumerate(MONTH_NAMES, 1)},
    "sept": 9,
    **{name: i for i, name in enumerate(WELSH_MONTH_NAMES, 1)},
}
"""Lower-case month name or abbreviation -> month number."""

MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""A regular-expression fragment matching any month name or abbreviation (use case-insensitively)."""

WELSH_MONTH_PATTERN = "(?:" + "|".join(WELSH_MONTH_NAMES) + ")"
"""A regular-expression fragment matching a month's name in Welsh (use case-insensitively)."""


def month_number(name: str) -> int | None:
    """The month a name or abbreviation means ("Sept." -> 9, "Mehefin" -> 6), or None."""
    key = name.strip().lower().rstrip(".")
    return MONTHS.get(key) or MONTHS.get(key[:3]) if key else None
