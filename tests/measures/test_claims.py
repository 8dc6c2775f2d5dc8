"""Claims against data: which measurement a letter's sentence states, for which month, and when
it agrees with the indicator. Figures of other things (hours, teams, sessions) are left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from oversight.measures.claims import claims_against_data, measurement_of
from oversight.measures.compute import Monthly, Series, months_between
from oversight.organisations.models import Organisation
from oversight.responses.models import ResponseState
from tests.responses.factories import ResponseFactory, ResponseItemFactory

MONTHS = months_between(dt.date(2025, 6, 1), dt.date(2025, 9, 1))  # June to September 2025


def referrals(numerators, denominators):
    return Series(
        indicator="nccu-intel-submitted",
        finding="2",
        scope="force",
        slug="kent-police",
        name="Kent Police",
        target=100,
        deadline=dt.date(2026, 4, 30),
        monthly=Monthly(list(numerators), list(denominators)),
        months=MONTHS,
        stock=False,
    )


def module_one(completed, roster=800):
    return Series(
        indicator="oic-elearning-module-1",
        finding="9",
        scope="force",
        slug="kent-police",
        name="Kent Police",
        target=100,
        deadline=dt.date(2026, 4, 30),
        monthly=Monthly(list(completed), [roster] * len(completed)),
        months=MONTHS,
        stock=True,
    )


def claim(text, figures=(), dates=()):
    return {"text": text, "figures": list(figures), "dates": list(dates), "period": None}


@pytest.mark.parametrize(
    ("text", "figures", "expected"),
    [
        ("In June 2025, 46 of 51 referrals had the document submitted within 48 hours.", [], ("proportion", 90.2)),
        (
            "A dip sample of 60 referrals in May 2025 found the document submitted in 57 cases.",
            [],
            ("proportion", 95.0),
        ),
        ("57 out of 60 referrals were complete.", [], ("proportion", 95.0)),
        ("85% of the identified cohort have now completed it.", [], ("percent", 85.0)),
        ("Over 1,200 staff completed the first module.", [{"value": 1200, "unit": "staff"}], ("count", 1200.0)),
    ],
)
def test_the_measurement_a_sentence_states(text, figures, expected):
    series = referrals([1], [1]) if "referral" in text else module_one([1])
    found = measurement_of(claim(text, figures), series)
    assert found is not None
    assert (found.kind, round(found.value, 1)) == expected


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Referrals are submitted within 48 hours.", [{"value": 48, "unit": "hours", "text": "48 hours"}]),
        ("The roadshow has visited 14 teams.", [{"value": 14, "unit": "teams", "text": "14 teams"}]),
        ("64 people took part in the first two sessions.", [{"value": 2, "unit": "sessions", "text": "two sessions"}]),
        ("Work is under way on the four modules.", [{"value": 4, "unit": "modules", "text": "four modules"}]),
    ],
)
def test_figures_of_other_things_are_not_measurements(text, figures):
    assert measurement_of(claim(text, figures), module_one([1])) is None


@pytest.fixture
def kent_items(oic):
    """Items of confirmed Kent responses dated 20 August 2025 (a response each: one item per finding)."""
    kent = Organisation.objects.get(name="Kent Police")
    body = Organisation.objects.get(name="Kent Police and Crime Commissioner")

    def item(reference, *claims, status="in_progress"):
        response = ResponseFactory(
            report=oic, organisation=body, force=kent, state=ResponseState.CONFIRMED, letter_date=dt.date(2025, 8, 20)
        )
        return ResponseItemFactory(
            response=response, finding=oic.findings.get(reference=reference), claims=list(claims), claimed_status=status
        )

    return item


def test_a_proportion_is_compared_for_the_month_it_names_not_the_letters(db, kent_items):
    series = referrals([46, 30, 20, 10], [51, 50, 50, 50])  # June 90 %, August 40 %
    item = kent_items("2", claim("In June 2025, 46 of 51 referrals had the document submitted.", dates=["2025-06"]))
    (check,) = claims_against_data(items=[item], series=[series])
    assert check.agrees is True
    assert "2025-06" in check.message
    wrong = kent_items("2", claim("In August 2025, 46 of 51 referrals had the document submitted.", dates=["2025-08"]))
    (check,) = claims_against_data(items=[wrong], series=[series])
    assert check.agrees is False
    assert check.message == "The letter says 46 of 51 (90%); the data for 2025-08 shows 20 of 50 (40%)."


def test_one_check_per_sentence_and_none_for_durations(db, kent_items):
    series = referrals([46, 30, 20, 10], [51, 50, 50, 50])
    text = "In June 2025, 46 of 51 referrals had the intelligence document submitted within 48 hours."
    figures = [{"value": 51, "unit": "referrals", "text": "51 referrals"}, {"value": 48, "unit": "hours"}]
    item = kent_items("2", claim(text, figures, ["2025-06"]))
    checks = claims_against_data(items=[item], series=[series])
    assert len(checks) == 1
    assert checks[0].claimed == "46 of 51 (90%)"


def test_a_month_after_since_opens_a_span_so_the_letters_month_is_used(db, kent_items):
    series = module_one([100, 300, 650, 700])  # August: 650 of 800
    text = "Since June 2025, over 600 staff have completed the first module."
    item = kent_items("9", claim(text, [{"value": 600, "unit": "staff", "text": "over 600 staff"}], ["2025-06"]))
    (check,) = claims_against_data(items=[item], series=[series])
    assert check.agrees is True  # 600 against August's 650, within a tenth
    assert "2025-08" in check.message


def test_a_count_that_differs_is_flagged(db, kent_items):
    series = module_one([100, 300, 450, 700])
    item = kent_items("9", claim("Over 600 staff completed the first module.", [{"value": 600, "unit": "staff"}]))
    (check,) = claims_against_data(items=[item], series=[series])
    assert check.disagrees
    assert "450 of 800" in check.message


def test_a_month_the_data_does_not_cover_is_shown_with_nothing_to_compare(db, kent_items):
    series = referrals([46, 30, 20, 10], [51, 50, 50, 50])
    item = kent_items("2", claim("A dip sample of 60 referrals in May 2025 found it in 57 cases.", dates=["2025-05"]))
    (check,) = claims_against_data(items=[item], series=[series])
    assert check.agrees is None
    assert not check.disagrees
    assert "the data covers 2025-06 to 2025-09" in check.message


def test_implemented_is_checked_against_the_target_at_the_letters_month(db, kent_items):
    series = referrals([46, 30, 20, 48], [51, 50, 50, 50])
    item = kent_items("2", status="implemented")
    (check,) = claims_against_data(items=[item], series=[series])
    assert check.disagrees  # August: 40 %, the letter is dated August
    assert check.data.startswith("40% (20 of 50) in 2025-08")
