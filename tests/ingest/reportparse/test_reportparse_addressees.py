"""Addressees as printed."""

from __future__ import annotations

import pytest

from oversight_ingest.reportparse.addressees import parse_addressees


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By 31 December 2025, chief constables should make sure they have plans.", ["chief constables"]),
        (
            "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit "
            "and the College of Policing, should make sure that training is complete.",
            ["chief constables", "Modern Slavery & Organised Immigration Crime Unit", "College of Policing"],
        ),
        (
            "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should work together.",
            ["Yorkshire and Humber Regional Organised Crime Unit", "constituent forces"],
        ),
        ("By March 2026, the National Crime Agency and the Home Office should publish a plan.",
         ["National Crime Agency", "Home Office"]),
        ("By 2025/26, the Home Office, the National Crime Agency, and the College of Policing should agree a plan.",
         ["Home Office", "National Crime Agency", "College of Policing"]),
        ("The force should improve how it records crime.", ["the force"]),
        ("Area for improvement 2: The force should improve how it records crime.", ["the force"]),
        ("Recommendation 6: Within six months, all forces should review their policies.", ["all forces"]),
        ("By 30 April 2026, chief constables and police and crime commissioners should agree a plan.",
         ["chief constables", "police and crime commissioners"]),
        ("Chief constables should, working with the College of Policing, make sure training is complete.",
         ["chief constables", "College of Policing"]),
        ("We recommend that, by the end of 2025, the National Police Chiefs' Council (NPCC) should publish guidance.",
         ["National Police Chiefs' Council"]),
        ("By 1 June 2026, Avon and Somerset Police and Devon and Cornwall Police should share data.",
         ["Avon and Somerset Police", "Devon and Cornwall Police"]),
        ("By 30 April 2026, the Department for Science, Innovation and Technology and HM Revenue and Customs "
         "should act.", ["Department for Science, Innovation and Technology", "HM Revenue and Customs"]),
        ("By spring 2026, the Home Office, in partnership with the National Crime Agency, must fund the work.",
         ["Home Office", "National Crime Agency"]),
        ("There is nothing to act on here.", []),
        ("", []),
    ],
)  # fmt: skip
def test_addressees(sentence: str, expected: list[str]) -> None:
    assert parse_addressees(sentence) == expected


def test_long_narrative_subject_gives_nothing() -> None:
    sentence = " ".join(["word"] * 60) + " should happen."
    assert parse_addressees(sentence) == []
