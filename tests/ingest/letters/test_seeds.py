"""The five real seed letters, in every format: items, stances, statuses, labels, claims, initiatives."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz
from tests.ingest.letters._letters_helpers import TRUTH, findings_for, pack, requires_seeds, seed_document, truth

from oversight_ingest.letters import analyse_items

pytestmark = requires_seeds

SEEDS = sorted(truth()) if TRUTH.exists() else []
FORMATS = ["txt", "docx", "pdf", "html"]


def _analyse(seed: str, ext: str):
    doc = seed_document(seed, ext)
    return doc, analyse_items(doc, findings_for(seed), report_title=pack(truth()[seed]["report"]).title)


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_items_align_with_truth(seed: str, ext: str) -> None:
    _, analysis = _analyse(seed, ext)
    expected = {i["recommendation"]: i for i in truth()[seed]["items"]}
    got = {i.recommendation: i for i in analysis.items}
    assert sorted(got) == sorted(expected)
    assert len(analysis.items) == len(expected)
    assert sorted(analysis.unanswered) == sorted(truth()[seed]["unanswered"])
    for ref, want in expected.items():
        item = got[ref]
        assert item.label_in_letter == want["label_in_letter"], ref
        if want["stance"]:
            assert str(item.stance) in want["stance"], (ref, item.stance)
        if want["status"]:
            assert str(item.status) in want["status"], (ref, item.status)
        assert 0.5 <= item.confidence <= 1.0
        assert item.span is not None


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_claims_match_truth(seed: str, ext: str) -> None:
    _, analysis = _analyse(seed, ext)
    for want in truth()[seed]["claims"]:
        pool = (
            analysis.claims
            if want["recommendation"] is None
            else next(i.claims for i in analysis.items if i.recommendation == want["recommendation"])
        )
        matches = [
            c
            for c in pool
            if any(f.value == want["value"] and f.unit == want["unit"] for f in c.figures)
            and c.period == want.get("period", c.period)
        ]
        assert matches, (want, [c.to_json() for c in pool])


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_initiatives_recall(seed: str, ext: str) -> None:
    _, analysis = _analyse(seed, ext)
    names = [i.name for i in analysis.initiatives]
    missing = [
        want for want in truth()[seed]["initiatives"] if not any(fuzz.token_set_ratio(want, n) >= 90 for n in names)
    ]
    assert not missing, (missing, names)


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_point_into_text(seed: str) -> None:
    doc, analysis = _analyse(seed, "txt")
    for item in analysis.items:
        if item.stance_span:
            assert doc.text[item.stance_span.start : item.stance_span.end].strip()
        for claim in item.claims:
            assert doc.text[claim.span.start : claim.span.end] == claim.text
    for claim in analysis.claims:
        assert doc.text[claim.span.start : claim.span.end] == claim.text
    for initiative in analysis.initiatives:
        assert doc.text[initiative.span.start : initiative.span.end].startswith(initiative.name.split()[0])
