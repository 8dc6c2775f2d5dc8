"""The demo reads its own synthetic letters through the real pipeline and gives forces evidence."""

from __future__ import annotations

import pytest

from oversight.core.demo import demo_activity_generate, demo_evidence_generate, demo_letters_confirm
from oversight.evidence.models import EvidenceFile, EvidenceVersion
from oversight.evidence.services import evidence_path
from oversight.reports.services import report_import_pack
from oversight.responses.models import Response, ResponseState
from oversight_ingest.packs import load_pack
from tests.conftest import PACKS


@pytest.fixture
def registered(reference_data):
    for name in ("oic-2025.json", "soc-yh-2025.json"):
        report_import_pack(actor=None, pack=load_pack(PACKS / name), publish=True)
    demo_activity_generate(seed=3)


def test_the_demo_letters_are_read_and_confirmed_once(registered):
    letters = demo_letters_confirm()
    assert letters.problems == []
    assert sorted(letters.confirmed) == [
        "essex-oic.html",
        "humberside-soc.pdf",
        "kent-oic.docx",
        "thames-valley-oic.pdf",
        "west-yorkshire-soc.docx",
    ]
    responses = Response.objects.select_related("organisation", "force", "report")
    assert {r.state for r in responses} == {ResponseState.CONFIRMED}
    by_file = {r.source_filename: r for r in responses}
    kent = by_file["kent-oic.docx"]
    assert (kent.organisation.name, kent.force.name, kent.report.key) == (
        "Kent Police and Crime Commissioner",
        "Kent Police",
        "oic-2025",
    )
    assert kent.confirmed_by.username == "kent-police-and-crime-commissioner-body-editor"
    assert {i.finding.reference: i.claimed_status for i in kent.items.select_related("finding")}["2"] == "implemented"
    assert "late_response" in by_file["essex-oic.html"].flags
    assert by_file["west-yorkshire-soc.docx"].report.key == "soc-yh-2025"
    assert demo_letters_confirm().confirmed == []  # a second run reads nothing again


def test_forces_with_letters_get_versioned_evidence(registered):
    demo_letters_confirm()
    written = demo_evidence_generate(seed=3)
    assert written == EvidenceVersion.objects.count() > 0
    forces = set(EvidenceFile.objects.values_list("obligation__organisation__name", flat=True))
    assert "Thames Valley Police" in forces
    assert EvidenceFile.objects.filter(latest_version=2).exists()
    assert all(evidence_path(v).is_file() for v in EvidenceVersion.objects.select_related("evidence"))
    assert demo_evidence_generate(seed=3) == 0
