"""Unit tests on single sentences for the stance, status, claims and initiatives readers."""

from __future__ import annotations

import pytest

from oversight_ingest.letters.claims import find_claims, find_commitments, find_dates
from oversight_ingest.letters.initiatives import acronyms, find_initiatives
from oversight_ingest.letters.stance import blanket_hits, stance_of
from oversight_ingest.letters.status import status_of


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("I agree with this recommendation.", "agree"),
        ("I fully accept the recommendation.", "accept"),
        ("The Chief Constable has accepted this recommendation.", "accept"),
        ("This recommendation has been accepted by the force.", "accept"),
        ("I support this collaborative approach.", "support"),
        ("I support the force's efforts to work with neighbouring forces.", "support"),
        ("I welcome the force's commitment to exploring a technical solution.", "support"),
        ("I note this recommendation.", "note"),
        ("I do not accept this recommendation.", "disagree"),
        ("We cannot support it.", "disagree"),
        ("I disagree with the recommendation.", "disagree"),
        ("I agree with this recommendation in part.", "partially_agree"),
        ("I accept this recommendation in principle.", "partially_agree"),
        ("I partially agree with this recommendation.", "partially_agree"),
        ("I agree with the aim of this recommendation but do not think the deadline is achievable.", "partially_agree"),
        ("As the report rightly highlights, partners must work together.", "agree"),
        ("I note that the force has begun work.", "not_stated"),
        ("The inspectorate agreed a timetable with forces.", "not_stated"),
        ("Officers were supported by their supervisors.", "not_stated"),
        ("Accepted. The force has begun work.", "accept"),
        ("Response: Not accepted.", "disagree"),
        ("Accepted in principle.", "partially_agree"),
        ("Agreed actions were completed.", "not_stated"),
    ],
)
def test_stance(sentence: str, stance: str) -> None:
    assert stance_of(sentence)[0] == stance


def test_stance_span_points_at_the_words() -> None:
    text = "Some context first. I agree with this recommendation."
    stance, span = stance_of(text, 100)
    assert stance == "agree"
    assert span is not None
    assert text[span.start - 100 : span.end - 100] == "I agree"


@pytest.mark.parametrize(
    ("sentence", "blanket"),
    [
        ("I accept all the recommendations.", True),
        ("The four recommendations for policing have been accepted by the Chief Constable.", True),
        ("The Chief Constable has agreed to each of the recommendations.", True),
        ("I accept this recommendation.", False),
        ("I welcome the findings of the report.", False),
        ("I accept the recommendations for other agencies.", False),
    ],
)
def test_blanket(sentence: str, blanket: bool) -> None:
    assert bool(blanket_hits(sentence)) is blanket


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("This is standard practice within the force.", "implemented"),
        ("A new policy is in place.", "implemented"),
        ("The force has completed the training.", "implemented"),
        (
            "The force has implemented the change and assurance work is ongoing to confirm it is followed.",
            "implemented",
        ),
        ("The force is working with regional partners.", "in_progress"),
        ("The force is in the process of developing guidance.", "in_progress"),
        ("WMP has already begun rolling out the modules.", "in_progress"),
        ("Discussions are ongoing with partners.", "in_progress"),
        ("All staff in the unit have completed it, and the force is now extending it to other roles.", "in_progress"),
        ("The force has developed a plan. The plan will be implemented next year.", "in_progress"),
        ("A force-wide directive will be issued.", "planned"),
        ("Plans are underway to roll out the training.", "planned"),
        ("The force has commissioned further training over the coming months.", "planned"),
        ("The force intends to review its policy.", "planned"),
        ("The force has not yet started this work.", "not_started"),
        ("I agree with this recommendation. It will be essential to increasing disruptions.", "not_stated"),
        ("I will continue to monitor progress.", "not_stated"),
        ("Progress will continue to be monitored through existing governance.", "not_stated"),
        ("The inspectorate has identified gaps in training.", "not_stated"),
        ("We are committed to embedding this principle.", "not_stated"),
    ],
)
def test_status(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The force now has over 600 staff trained in the new process.", 600, "staff"),
        ("There were 12 incidents involving the arrival of 19 migrants last quarter.", 12, "incidents"),
        ("During the year, 272 modern slavery offences were recorded.", 272, "offences"),
        ("The partnership includes all 5 local authorities in the county.", 5, "authorities"),
        ("Detection rates for burglary rose to 45% in the last year.", 45, "%"),
        ("The force has recruited twelve new investigators this spring.", 12, "investigators"),
        ("The unit received £1.2 million from the Home Office this year.", 1_200_000, "£"),
    ],
)
def test_figures(sentence: str, value: float, unit: str) -> None:
    claims = find_claims(sentence)
    assert claims
    assert any(f.value == value and f.unit == unit for f in claims[0].figures)


@pytest.mark.parametrize(
    "sentence",
    [
        "The force has made progress against Recommendation 4 of the report.",
        "The report sets out four recommendations for chief constables.",
        "Staff have completed the first module of the package.",
        "This supports the four P approach of prevent, prepare, protect and pursue.",
        "Officers should complete the four modules of the e-learning package.",
    ],
)
def test_not_claims(sentence: str) -> None:
    echo = "chief constables should make sure relevant personnel complete the four modules of the e-learning package"
    assert find_claims(sentence, echoes=[echo]) == []


def test_dates_and_periods() -> None:
    assert find_dates("Between October and December 2024, the force recorded 12 incidents.")[1] == "2024-10/2024-12"
    assert find_dates("Between November 2024 and February 2025 it rose.")[1] == "2024-11/2025-02"
    assert find_dates("Two trials are scheduled later in 2025.")[0] == ["2025"]
    assert find_dates("The plan is due by 30 April 2026.")[0] == ["2026-04-30"]
    assert find_dates("Published 16.05.25 online.")[0] == ["2025-05-16"]
    assert find_dates("Spending in 2023/24 fell.")[1] == "2023-04/2024-03"


def test_same_period_is_carried_forward() -> None:
    text = (
        "Between October and December 2024, the force recorded 12 incidents in the region. "
        "During the same reporting period, 272 offences were recorded across the county."
    )
    claims = find_claims(text)
    assert [c.period for c in claims] == ["2024-10/2024-12", "2024-10/2024-12"]


def test_inspection_dates_are_not_claims() -> None:
    assert find_claims("The force was one of those inspected between February 2024 and June 2024.") == []


def test_commitments() -> None:
    text = (
        "TVP is working with partners. I will continue to monitor progress. "
        "I'll be looking for assurance that the plan is embedded. The force has done well."
    )
    assert find_commitments(text) == [
        "I will continue to monitor progress.",
        "I'll be looking for assurance that the plan is embedded.",
    ]


def _names(text: str, **kwargs) -> list[str]:
    return [i.name for i in find_initiatives(text, **kwargs)]


def test_initiative_shapes() -> None:
    text = (
        "The force runs Operation Nightjar with partners. It also hosts a Safer Roads Roadshow each summer. "
        "The Lancashire Fraud Prevention Partnership (LFPP) meets monthly. Officers use our ANPR network and a "
        "local Hydra training suite. Many officers completed the intensive two-day DART Practitioner (DP) course. "
        "The force is adapting a triage toolkit developed by Kent Police. The Prevent, Protect, Restore approach "
        "is used county-wide."
    )
    names = _names(text)
    for want in [
        "Operation Nightjar",
        "Safer Roads Roadshow",
        "Lancashire Fraud Prevention Partnership",
        "ANPR network",
        "Hydra training suite",
        "DART Practitioner course",
        "triage toolkit developed by Kent Police",
        "Prevent, Protect, Restore",
    ]:
        assert want in names, (want, names)


def test_initiatives_exclude_organisations_and_findings() -> None:
    text = (
        "We work with the National Crime Agency and the College of Policing. The Regional Organised Crime Unit "
        "leads. Strong partnership working matters. This Roadshow travels. The South Yorkshire Police and Crime "
        "Plan sets priorities. Officers complete the Hydra training package."
    )
    assert _names(text, context=["Forces should complete the Hydra training package."]) == []


def test_initiatives_keep_a_forces_own_unit_named_like_a_national_one() -> None:
    text = "I am pleased that the force has a Modern Slavery and Organised Immigration Crime Unit."
    assert _names(text) == ["Modern Slavery and Organised Immigration Crime Unit"]


def test_initiatives_deduplicate() -> None:
    text = (
        "The West Yorkshire Anti-Slavery Partnership (WYASP) meets. The West Yorkshire Anti-Slavery Partnership grew."
    )
    assert _names(text) == ["West Yorkshire Anti-Slavery Partnership"]


def test_acronyms() -> None:
    table = acronyms("organised immigration crime (OIC) and the West Yorkshire Anti-Slavery Partnership (WYASP)")
    assert table == {"OIC": "organised immigration crime", "WYASP": "west yorkshire anti-slavery partnership"}


def test_standing_teams_count_only_when_introduced() -> None:
    text = (
        "The force has set up a new Rural Crime Team. Attendees include Crimestoppers and the Loan Shark Team. "
        "The Force's Economic Crime Unit continues to investigate."
    )
    assert _names(text) == ["Rural Crime Team"]


def test_products_named_by_the_findings_are_not_initiatives() -> None:
    findings = ["Forces should make sure officers complete the Hydra training package and the e-learning package."]
    text = (
        "Staff have completed the College of Policing E-learning package, and the Hydra training programme "
        "will follow. The force opened its own Hydra suite."
    )
    assert _names(text, context=findings) == ["Hydra suite"]
