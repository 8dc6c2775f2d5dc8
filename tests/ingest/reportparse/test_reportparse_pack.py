"""Draft packs: validation, round trip and the guesses a reviewer is told about."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.ingest.reportparse.reportparse_samples import (
    FORCE_REPORT,
    REGIONAL_REPORT,
    UNNUMBERED_REPORT,
    doc_from_text,
    national_report,
)

from oversight_ingest.packs import PackError, validate_pack
from oversight_ingest.reportparse.pack import draft_pack, slugify


@pytest.mark.parametrize("text", [national_report(), FORCE_REPORT, REGIONAL_REPORT, UNNUMBERED_REPORT])
def test_round_trip(text: str) -> None:
    result = draft_pack(doc_from_text(text))
    again = validate_pack(result.pack.to_json())
    assert again == result.pack
    assert validate_pack(result.data) == result.pack
    assert len(result.pack.findings) == len(result.findings)


def test_national_pack_details() -> None:
    result = draft_pack(doc_from_text(national_report()))
    pack = result.pack
    assert pack.title == "Improving the response to cross-border smuggling networks"
    assert pack.key == "improving-the-response-to-cross-border-smuggling-networks"
    assert pack.published == dt.date(2025, 5, 16)
    assert pack.kind == "national_thematic"
    assert pack.inspectorate == "HMICFRS"
    assert [f.reference for f in pack.findings] == [str(n) for n in range(1, 11)]
    assert any("kind guessed as national_thematic" in w for w in result.warnings)
    review = result.review()
    assert len(review["findings"]) == 10
    assert all(0 < f["confidence"] <= 1 for f in review["findings"])


def test_given_details_win() -> None:
    result = draft_pack(
        doc_from_text(national_report()),
        key="oic-2025",
        title="Improving the response to organised immigration crime",
        published=dt.date(2025, 5, 16),
        kind="national_thematic",
        url="https://example.invalid/report",
    )
    assert result.pack.key == "oic-2025"
    assert result.pack.url == "https://example.invalid/report"
    assert not any("guessed" in w or "derived" in w for w in result.warnings)


def test_force_and_regional_kinds() -> None:
    peel = draft_pack(doc_from_text(FORCE_REPORT)).pack
    assert (peel.kind, peel.force) == ("peel", "Wiltshire Police")
    regional = draft_pack(doc_from_text(REGIONAL_REPORT)).pack
    assert (regional.kind, regional.region) == ("regional", "Yorkshire and the Humber")
    force_text = FORCE_REPORT.replace("PEEL 2025: An", "An")
    force = draft_pack(doc_from_text(force_text)).pack
    assert (force.kind, force.force) == ("force", "Wiltshire Police")


def test_force_kind_without_a_force_does_not_validate() -> None:
    with pytest.raises(PackError, match="must name its force"):
        draft_pack(doc_from_text(UNNUMBERED_REPORT), kind="force")


def test_deadline_before_publication_is_left_empty() -> None:
    text = "Report title here\n\nRecommendation 1: By 31 March 2024, the Home Office should publish a plan.\n"
    result = draft_pack(doc_from_text(text), published=dt.date(2025, 1, 1))
    assert result.pack.findings[0].deadline is None
    assert any("before publication" in w for w in result.findings[0].warnings)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (
            "Improving the response to organised immigration crime",
            "improving-the-response-to-organised-immigration-crime",
        ),
        ("PEEL 2025: Wiltshire Police’s response", "peel-2025-wiltshire-polices-response"),
        ("Crime & justice — é", "crime-and-justice-e"),
        ("!!!", "report"),
        ("word " * 40, "word-" * 11 + "word"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug
