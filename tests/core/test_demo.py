from __future__ import annotations

import pytest
from django.core.management import call_command

from oversight.accounts.models import Membership, Role, User
from oversight.measures.models import DataImport, DataSharing, ImportState
from oversight.obligations.models import Action, Obligation
from tests.measures.conftest import TEST_KEY


@pytest.mark.django_db(transaction=True)
def test_demo_sets_up_reference_data_reports_activity_and_a_login_per_role(capsys, settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = TEST_KEY
    call_command("demo", "--no-serve")
    out = capsys.readouterr().out
    assert Obligation.objects.filter(organisation__kind="force").exclude(status="not_started").count() > 100
    assert Action.objects.count() > 100
    for role in Role:
        assert Membership.objects.filter(role=role).exists()
        assert role.label in out
    # Operational data for the forces whose letters are in the demo, imported as their editors would.
    imports = DataImport.objects.all()
    assert imports.count() == 19
    assert set(imports.values_list("state", flat=True)) == {ImportState.SUCCEEDED}
    assert "Demo operational data: 19 imports" in out
    assert DataSharing.objects.get().partner.slug == "yorkshire-and-humber-regional-organised-crime-unit"
    # Running it again keeps the data and gives new passwords.
    statuses = list(Obligation.objects.order_by("pk").values_list("status", flat=True))
    call_command("demo", "--no-serve")
    assert list(Obligation.objects.order_by("pk").values_list("status", flat=True)) == statuses
    assert DataImport.objects.count() == 19


@pytest.mark.django_db(transaction=True)
def test_demo_data_shows_indicators_and_checks_the_letters_claims_against_them(client, settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = TEST_KEY
    call_command("demo", "--no-serve")
    client.force_login(User.objects.get(username="analyst"))
    kent = client.get("/indicators/oic-2025/kent-police/").content.decode()
    assert "What the responses claim" in kent
    assert "a dip sample of 60 referrals in May 2025" in kent  # compared as 57 of 60 for May 2025
    assert "57 of 60 (95%)" in kent or "Consistent with the data for 2025-05" in kent
    client.force_login(User.objects.get(username="partner"))
    dashboard = client.get("/partners/west-yorkshire-police/oic-2025/")
    assert dashboard.status_code == 200
    assert "Hydra package completed" in dashboard.content.decode()


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


@pytest.mark.django_db(transaction=True)
def test_without_a_pseudonym_key_in_production_the_demo_says_why_it_imports_no_data(capsys, settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = ""
    settings.DEBUG = False
    call_command("demo", "--no-serve")
    err = capsys.readouterr().err
    assert err.count("Demo data not imported") == 1
    assert "OVERSIGHT_PSEUDONYM_KEY is not set" in err
    assert not DataImport.objects.exists()
