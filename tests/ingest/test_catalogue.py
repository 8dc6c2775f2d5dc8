"""The catalogue: default organisations from reference data, report look-ups, plain-data construction."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight_ingest.catalogue import (
    ORGANISATION_KINDS,
    Catalogue,
    CatalogueOrganisation,
    normalise_title,
    reference_organisations,
)
from oversight_ingest.packs import load_pack

REPO = Path(__file__).resolve().parents[2]
PACKS = REPO / "src" / "oversight" / "reports" / "packs"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])


def test_default_has_every_force_and_its_policing_body(catalogue: Catalogue) -> None:
    forces = catalogue.forces()
    assert len(forces) == 43
    for force in forces:
        body = catalogue.body_for_force(force.name)
        assert body is not None, force.name
        assert body.kind in {"pcc", "pfcc", "mayor", "police authority"}
        assert body.area == force.area
    assert len(catalogue.policing_bodies()) == 43


def test_default_organisation_kinds(catalogue: Catalogue) -> None:
    kinds = {o.kind for o in catalogue.organisations}
    assert kinds <= set(ORGANISATION_KINDS)
    assert {"force", "pcc", "pfcc", "mayor", "police authority", "rocu", "national", "inspectorate"} <= kinds


def test_body_aliases_cover_printed_forms(catalogue: Catalogue) -> None:
    sy = catalogue.body_for_force("South Yorkshire Police")
    assert sy is not None
    assert sy.kind == "mayor"
    assert "South Yorkshire Mayoral Combined Authority" in sy.aliases
    tv = catalogue.body_for_force("Thames Valley Police")
    assert tv is not None
    assert "Police and Crime Commissioner for Thames Valley" in tv.aliases
    essex = catalogue.body_for_force("Essex Police")
    assert essex is not None
    assert essex.kind == "pfcc"
    met = catalogue.body_for_force("Metropolitan Police Service")
    assert met is not None
    assert "MOPAC" in met.aliases


def test_force_acronyms() -> None:
    forces = {o.name: o for o in reference_organisations() if o.kind == "force"}
    assert "TVP" in forces["Thames Valley Police"].aliases
    assert "SYP" in forces["South Yorkshire Police"].aliases


def test_report_lookups(catalogue: Catalogue) -> None:
    pack = catalogue.report_by_key("OIC-2025")
    assert pack is not None
    assert pack.key == "oic-2025"
    assert catalogue.report_by_title("improving the response to ORGANISED immigration crime") is pack
    assert catalogue.report_by_title("“Improving the response to organised immigration crime”") is pack
    assert catalogue.report_by_key("missing") is None
    assert catalogue.report_by_title("Something else") is None


def test_with_reports_replaces_same_key(catalogue: Catalogue) -> None:
    pack = catalogue.report_by_key("oic-2025")
    assert pack is not None
    renamed = pack.__class__(**{**{f: getattr(pack, f) for f in pack.__dataclass_fields__}, "title": "New title"})
    updated = catalogue.with_reports([renamed])
    assert updated.report_by_key("oic-2025") is renamed
    assert len(updated.reports) == len(catalogue.reports)
    assert catalogue.report_by_key("oic-2025") is pack  # the original is unchanged


def test_built_from_plain_data() -> None:
    cat = Catalogue(
        reports=(),
        organisations=[
            CatalogueOrganisation("Borsetshire PCC", "pcc", force="Borsetshire Police", area="Borsetshire"),
            CatalogueOrganisation("Borsetshire Police", "force", force="Borsetshire Police", area="Borsetshire"),
        ],
    )
    assert isinstance(cat.organisations, tuple)
    body = cat.body_for_force("Borsetshire Police")
    assert body is not None
    assert body.is_policing_body


def test_bad_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown organisation kind"):
        CatalogueOrganisation("X", "club")


def test_normalise_title() -> None:
    assert normalise_title("  “Police & Crime” – a report ") == "police and crime a report"
