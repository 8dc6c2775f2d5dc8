"""Deadline phrases → dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oversight_ingest.reportparse.deadlines import add_months, parse_deadline

PUBLISHED = dt.date(2025, 5, 16)
D = dt.date


@pytest.mark.parametrize(
    ("phrase", "expected", "relative", "approximate"),
    [
        ("By 30 April 2026, chief constables should", D(2026, 4, 30), False, False),
        ("by 31/12/2025", D(2025, 12, 31), False, False),
        ("by 1.6.2026", D(2026, 6, 1), False, False),
        ("by 2026-01-31", D(2026, 1, 31), False, False),
        ("by 31st December 2025", D(2025, 12, 31), False, False),
        ("by 30 Apr. 2026", D(2026, 4, 30), False, False),
        ("by Friday 30 April 2026", D(2026, 4, 30), False, False),
        ("by April 30, 2026", D(2026, 4, 30), False, False),
        ("no later than 1 September 2025", D(2025, 9, 1), False, False),
        ("by the end of March 2026", D(2026, 3, 31), False, False),
        ("by March 2026", D(2026, 3, 31), False, False),
        ("by February 2028", D(2028, 2, 29), False, False),
        ("by the end of 2025", D(2025, 12, 31), False, False),
        ("by end of 2026", D(2026, 12, 31), False, False),
        ("2025/26", D(2026, 3, 31), False, False),
        ("2025-26", D(2026, 3, 31), False, False),
        ("in the 2025/26 financial year", D(2026, 3, 31), False, False),
        ("by the end of the 2025/26 financial year", D(2026, 3, 31), False, False),
        ("by the end of financial year 2026/27", D(2027, 3, 31), False, False),
        ("in the financial year 2025 to 2026", D(2026, 3, 31), False, False),
        ("by spring 2026", D(2026, 5, 31), False, True),
        ("by summer 2026", D(2026, 8, 31), False, True),
        ("by autumn 2025", D(2025, 11, 30), False, True),
        ("by early 2026", D(2026, 3, 31), False, True),
        ("by 2027", D(2027, 12, 31), False, True),
        ("within six months", D(2025, 11, 16), True, False),
        ("Within six months, the force should", D(2025, 11, 16), True, False),
        ("within 12 months of publication", D(2026, 5, 16), True, False),
        ("within three months of this report", D(2025, 8, 16), True, False),
        ("within 12 months of the publication of this report", D(2026, 5, 16), True, False),
        ("within six months of the report's publication", D(2025, 11, 16), True, False),
        ("within twenty-four months", D(2027, 5, 16), True, False),
        ("within eighteen months", D(2026, 11, 16), True, False),
        ("within a year of publication", D(2026, 5, 16), True, False),
        ("within 12 weeks of publication", D(2025, 8, 8), True, False),
        ("immediately", D(2025, 5, 16), True, True),
        ("Immediately, all forces should", D(2025, 5, 16), True, True),
        ("by the end of this year", D(2025, 12, 31), True, False),
    ],
)
def test_phrases(phrase: str, expected: dt.date, relative: bool, approximate: bool) -> None:
    result = parse_deadline(phrase, published=PUBLISHED)
    assert result is not None
    assert result.date == expected
    assert result.relative is relative
    assert result.approximate is approximate
    assert result.span.slice(phrase) == result.phrase


@pytest.mark.parametrize(
    "text",
    [
        "",
        "within the force",
        "by the Home Office",
        "by the end of the investigation",
        "in 2024 the force recorded more crime",
        "by 31 February 2026",
        "by 32 March 2026",
        "2025/27",
        "2025 to 2026",
        "within 28 days",
        "within 28 days of a referral",
        "within six months of arrest",
        "within 24 hours",
        "immediately after the arrest",
        "it was not immediately clear",
        "by 1850",
        "The force should improve how it records crime.",
        "Published: 16 May 2025",
        "Recommendation 4",
        "by the end of the day",
    ],
)
def test_not_deadlines(text: str) -> None:
    assert parse_deadline(text, published=PUBLISHED) is None


def test_relative_without_publication_date() -> None:
    result = parse_deadline("Within six months, the force should act.", published=None)
    assert result is not None
    assert result.date is None
    assert result.relative is True
    assert result.phrase == "Within six months"
    immediate = parse_deadline("immediately", published=None)
    assert immediate is not None
    assert immediate.date is None


def test_first_phrase_wins_and_span_points_into_text() -> None:
    text = "Recommendation 3: By 30 September 2025, the Home Office should act within six months of publication."
    result = parse_deadline(text, published=PUBLISHED)
    assert result is not None
    assert result.date == D(2025, 9, 30)
    assert text[result.span.start : result.span.end] == "By 30 September 2025"


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(D(2025, 8, 31), 6) == D(2026, 2, 28)
    assert add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert add_months(D(2025, 11, 30), 3) == D(2026, 2, 28)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_never_raises(text: str, published: dt.date | None) -> None:
    parse_deadline(text, published=published)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "by",
                "within",
                "the",
                "end",
                "of",
                "30",
                "April",
                "2026",
                "2025/26",
                "six",
                "months",
                "publication",
                "immediately",
                ",",
                "spring",
                "9999",
                "99",
                "financial",
                "year",
                "31/02/2025",
                "Q4",
                "a",
            ]
        ),
        max_size=12,
    ),
    st.one_of(st.none(), st.dates(min_value=D(1, 1, 1), max_value=D(9999, 1, 1))),
)
def test_never_raises_on_deadline_like_words(words: list[str], published: dt.date | None) -> None:
    parse_deadline(" ".join(words), published=published)
