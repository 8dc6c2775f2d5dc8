from __future__ import annotations

from django.core.management import call_command

from oversight.organisations.models import Governance, Organisation, Region
from oversight.organisations.selectors import current_body_of
from oversight.organisations.services import governance_set, reference_data_load


def test_reference_data_loads_43_forces_each_with_one_current_body(db):
    result = reference_data_load()
    assert result.created > 0
    forces = Organisation.objects.filter(kind="force")
    assert forces.count() == 43
    assert Region.objects.count() == 10
    assert Governance.objects.filter(valid_to__isnull=True).count() == 43
    syp = forces.get(name="South Yorkshire Police")
    assert syp.region.name == "Yorkshire and the Humber"
    assert current_body_of(force=syp).body_kind == "mayor"


def test_loading_reference_data_again_changes_nothing(db, capsys):
    call_command("load-reference")
    call_command("load-reference")
    assert "0 created, 0 updated" in capsys.readouterr().out.splitlines()[-1]


def test_a_change_of_policing_body_closes_the_old_arrangement(db):
    reference_data_load()
    force = Organisation.objects.get(name="North Yorkshire Police")
    old = current_body_of(force=force)
    new = Organisation.objects.create(name="A new body", slug="a-new-body", kind="policing_body", body_kind="pcc")
    governance_set(force=force, body=new)
    assert current_body_of(force=force) == new
    closed = Governance.objects.get(force=force, body=old)
    assert closed.valid_to is not None
