from __future__ import annotations

import pytest
from django.core.management import call_command

from oversight.accounts.models import Membership, Role
from oversight.obligations.models import Action, Obligation


@pytest.mark.django_db(transaction=True)
def test_demo_sets_up_reference_data_reports_activity_and_a_login_per_role(capsys):
    call_command("demo", "--no-serve")
    out = capsys.readouterr().out
    assert Obligation.objects.filter(organisation__kind="force").exclude(status="not_started").count() > 100
    assert Action.objects.count() > 100
    for role in Role:
        assert Membership.objects.filter(role=role).exists()
        assert role.label in out
    # Running it again keeps the data and gives new passwords.
    statuses = list(Obligation.objects.order_by("pk").values_list("status", flat=True))
    call_command("demo", "--no-serve")
    assert list(Obligation.objects.order_by("pk").values_list("status", flat=True)) == statuses


@pytest.mark.django_db(transaction=True)
def test_demo_activity_is_the_same_for_the_same_seed():
    from oversight.core.demo import demo_activity_generate
    from oversight.organisations.services import reference_data_load
    from oversight.reports.services import report_import_pack
    from oversight_ingest.packs import load_pack
    from tests.conftest import PACKS

    reference_data_load()
    report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"))
    first = demo_activity_generate(seed=7)
    statuses = list(Obligation.objects.order_by("pk").values_list("status", flat=True))
    Action.objects.all().delete()
    second = demo_activity_generate(seed=7)
    assert first == second
    assert list(Obligation.objects.order_by("pk").values_list("status", flat=True)) == statuses
