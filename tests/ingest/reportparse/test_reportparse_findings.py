"""Findings from synthetic reports in the HMICFRS genre."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.ingest.reportparse.reportparse_samples import (
    FORCE_REPORT,
    OIC_PACK,
    REGIONAL_REPORT,
    RELATIVE_REPORT,
    UNNUMBERED_REPORT,
    doc_from_text,
    national_report,
)

from oversight_ingest.document import Document
from oversight_ingest.reportparse.findings import DraftFinding, find_findings

OIC_PUBLISHED = dt.date(2025, 5, 16)


def by_ref(findings: list[DraftFinding], kind: str) -> dict[str, DraftFinding]:
    return {f.reference: f for f in findings if f.kind == kind}


@pytest.fixture(params=[False, True], ids=["plain-text", "with-blocks"])
def blocks(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


def test_oic_recommendations_come_back(blocks: bool) -> None:
    findings = find_findings(doc_from_text(national_report(), blocks=blocks), published=OIC_PUBLISHED)
    recs = by_ref(findings, "recommendation")
    assert sorted(recs, key=int) == [str(n) for n in range(1, 11)]
    assert all(f.kind == "recommendation" for f in findings)
    pack = json.loads(OIC_PACK.read_text("utf-8"))
    for expected in pack["report"]["findings"]:
        got = recs[expected["reference"]]
        assert got.text == expected["text"]
        assert got.deadline == dt.date.fromisoformat(expected["deadline"])
        assert got.addressees == expected["addressees"]
        assert got.occurrences == 2  # summary and body: one finding
        assert got.numbered
        assert got.confidence >= 0.9
        assert got.warnings == []


def test_national_other_addressees_and_deadlines() -> None:
    recs = by_ref(find_findings(doc_from_text(national_report()), published=OIC_PUBLISHED), "recommendation")
    assert recs["3"].addressees == ["Home Office", "National Crime Agency"]
    assert recs["5"].deadline == dt.date(2025, 12, 31)
    assert recs["6"].deadline == dt.date(2025, 11, 16)
    assert recs["6"].deadline_relative
    assert recs["6"].addressees == ["National Police Chiefs' Council"]
    assert recs["7"].deadline == dt.date(2026, 3, 31)
    assert recs["10"].deadline == dt.date(2026, 3, 31)
    assert recs["10"].addressees == ["Home Office", "National Crime Agency"]


def test_spans_point_at_the_finding() -> None:
    text = national_report()
    findings = find_findings(doc_from_text(text), published=OIC_PUBLISHED)
    for f in findings:
        printed = " ".join(f.span.slice(text).split())
        assert f.text in printed


def test_narrative_is_not_a_finding() -> None:
    findings = find_findings(doc_from_text(national_report()), published=OIC_PUBLISHED)
    assert not any("consider" in f.text for f in findings)
    assert not any(f.text.startswith(("Chief constables should read", "forces should do more")) for f in findings)


def test_force_report(blocks: bool) -> None:
    findings = find_findings(doc_from_text(FORCE_REPORT, blocks=blocks), published=dt.date(2025, 6, 3))
    causes = by_ref(findings, "cause_of_concern")
    recs = by_ref(findings, "recommendation")
    afis = by_ref(findings, "area_for_improvement")
    assert list(causes) == ["1"]
    assert causes["1"].text.startswith("The force does not consistently identify")
    assert list(recs) == ["1", "2", "3"]
    for rec in recs.values():
        assert rec.text.startswith("Within three months, the force should ")
        assert rec.deadline == dt.date(2025, 9, 3)
        assert rec.addressees == ["the force"]
        assert rec.cause_of_concern == "1"
        assert any("not numbered" in w for w in rec.warnings)
    assert recs["2"].text.endswith("in a 90-day period")
    assert list(afis) == ["1", "2", "3"]
    assert (
        afis["2"].text
        == "The force should make sure that officers understand the risks of child criminal exploitation."
    )
    assert all(a.addressees == ["the force"] and a.deadline is None for a in afis.values())
    assert not any("continue this good work" in f.text for f in findings)


def test_regional_report(blocks: bool) -> None:
    afis = find_findings(doc_from_text(REGIONAL_REPORT, blocks=blocks), published=None)
    assert [f.reference for f in afis] == ["1", "2", "3"]
    assert all(f.kind == "area_for_improvement" for f in afis)
    assert afis[0].addressees == ["Yorkshire and Humber ROCU", "constituent forces"]
    assert afis[1].addressees == ["Yorkshire and Humber Regional Organised Crime Unit", "constituent forces"]
    assert afis[1].text.endswith("referred between forces and the region.")
    assert afis[2].addressees == ["Yorkshire and Humber Regional Organised Crime Unit"]


def test_relative_deadlines_with_publication_date() -> None:
    recs = by_ref(find_findings(doc_from_text(RELATIVE_REPORT), published=dt.date(2025, 1, 10)), "recommendation")
    assert recs["1"].deadline == dt.date(2025, 7, 10)
    assert recs["2"].deadline == dt.date(2026, 1, 10)
    assert recs["3"].deadline == dt.date(2025, 1, 10)
    assert recs["3"].deadline_approximate
    assert recs["4"].deadline == dt.date(2026, 3, 31)
    assert recs["2"].addressees == ["College of Policing"]


def test_relative_deadlines_without_publication_date() -> None:
    recs = by_ref(find_findings(doc_from_text(RELATIVE_REPORT), published=None), "recommendation")
    assert recs["1"].deadline is None
    assert recs["1"].deadline_relative
    assert any("publication date is unknown" in w for w in recs["1"].warnings)
    assert recs["4"].deadline == dt.date(2026, 3, 31)


def test_unnumbered_recommendations() -> None:
    findings = find_findings(doc_from_text(UNNUMBERED_REPORT), published=dt.date(2025, 2, 12))
    assert [f.reference for f in findings] == ["1", "2", "3"]
    assert [f.addressees for f in findings] == [
        ["Home Office"],
        ["chief constables", "Forensic Capability Network"],
        ["College of Policing"],
    ]
    assert findings[1].text.startswith("By 30 June 2026, chief constables")
    assert findings[1].text.endswith("is accredited.")
    assert findings[2].deadline == dt.date(2026, 5, 31)
    for f in findings:
        assert not f.numbered
        assert any("not numbered" in w for w in f.warnings)
        assert f.confidence < 0.9


def test_afi_forms_and_references() -> None:
    text = """Areas for improvement

AFI 3: The force should improve its call handling.

Area for improvement 2.1 – The force should review its custody healthcare contract.

Area for improvement 4

The force should make sure that vetting decisions are recorded.
"""
    afis = find_findings(doc_from_text(text), published=None)
    assert [(f.kind, f.reference) for f in afis] == [
        ("area_for_improvement", "3"),
        ("area_for_improvement", "2.1"),
        ("area_for_improvement", "4"),
    ]
    assert afis[2].text == "The force should make sure that vetting decisions are recorded."


def test_summary_and_body_with_same_number_are_one_and_different_texts_are_kept_apart() -> None:
    text = """Recommendation 1: By 31 March 2026, the Home Office should publish a plan for custody.

Recommendation 1: By 31 March 2026, the Home Office should publish its plan for custody.

Cause of concern 2

The force does not safeguard vulnerable people well enough.

Recommendation 1: By 30 June 2026, the force should review every vulnerable person referral.
"""
    findings = find_findings(doc_from_text(text), published=None)
    recs = [f for f in findings if f.kind == "recommendation"]
    assert [f.reference for f in recs] == ["1", "1-2"]
    assert recs[0].occurrences == 2
    assert recs[1].cause_of_concern == "2"
    assert any("printed again" in w for w in recs[1].warnings)
    assert [f.reference for f in findings if f.kind == "cause_of_concern"] == ["2"]


def test_labelled_recommendation_with_bullets() -> None:
    text = """Recommendation 2

By 31 December 2025, the College of Policing should:

• publish guidance on stalking;
• update its training; and
• evaluate the change.
"""
    (rec,) = find_findings(doc_from_text(text), published=None)
    assert rec.reference == "2"
    assert rec.text == (
        "By 31 December 2025, the College of Policing should: publish guidance on stalking; update its training; "
        "and evaluate the change."
    )
    assert rec.addressees == ["College of Policing"]


def test_letter_narrative_is_not_a_finding() -> None:
    text = """Dear Chief Constable

Thank you for your letter. Forces should consider the guidance, and we think the force should keep
going. It is important that chief constables should be briefed.

Yours sincerely
"""
    assert find_findings(doc_from_text(text), published=None) == []


def test_empty_document() -> None:
    assert find_findings(Document(text="", format="txt"), published=None) == []


def test_hundred_page_report_is_fast() -> None:
    paragraph = (
        "We found that the force has improved how it records crime, although supervisors told us they were "
        "stretched and that some officers did not understand the new process. In 2024, the force recorded 4,512 "
        "crimes of this kind, which is more than in the previous year.\n\n"
    )
    text = national_report() + paragraph * 1500  # about 450,000 characters, well over 100 pages
    doc = doc_from_text(text)
    start = time.perf_counter()
    findings = find_findings(doc, published=OIC_PUBLISHED)
    elapsed = time.perf_counter() - start
    assert len(findings) == 10
    assert elapsed < 1.0, elapsed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    find_findings(Document(text=text, format="txt"), published=None)


_PIECES = st.sampled_from(
    [
        "Recommendation 1",
        "Recommendation 2:",
        "AFI 3",
        "Area for improvement",
        "Areas for improvement",
        "Cause of concern",
        "Causes of concern",
        "Recommendations",
        "By 30 April 2026, chief constables should act.",
        "Within six months, the force should:",
        "• review it;",
        "1. The force should improve.",
        "The force should",
        "We recommend that",
        "\n",
        "\n\n",
        ":",
        "# Heading",
        "and",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.booleans(), st.one_of(st.none(), st.dates()))
def test_never_raises_on_report_like_text(pieces: list[str], with_blocks: bool, published: dt.date | None) -> None:
    text = " ".join(pieces)
    findings = find_findings(doc_from_text(text, blocks=with_blocks), published=published)
    refs = [(f.kind, f.reference) for f in findings]
    assert len(refs) == len(set(refs))
    for f in findings:
        assert 0 <= f.span.start <= f.span.end <= len(text)
        assert 0.0 < f.confidence < 1.0


def test_a_label_printed_again_beside_an_unnumbered_copy_gives_no_second_finding_with_its_number() -> None:
    pieces = [
        "Recommendation 1",
        "Recommendation 1",
        "\n\n",
        "By 30 April 2026, chief constables should act.",
        "\n",
        "Recommendation 1",
        "Recommendation 1",
        "By 30 April 2026, chief constables should act.",
    ]
    findings = find_findings(doc_from_text(" ".join(pieces), blocks=False), published=None)
    refs = [(f.kind, f.reference) for f in findings]
    assert refs
    assert len(refs) == len(set(refs))
