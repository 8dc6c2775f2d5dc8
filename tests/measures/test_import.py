"""Importing operational data: contracts, pseudonyms, refusal of bad files whole, replace, audit."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from oversight.accounts.models import Role
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.measures.models import (
    CollectionPlan,
    DataImport,
    DataKind,
    ImportState,
    NccuReferral,
    TrainingRecord,
)
from oversight.measures.services import data_import_create, data_import_file, data_import_run
from tests.accounts.factories import MembershipFactory
from tests.measures.factories import (
    PLAN_HEADER,
    REFERRAL_HEADER,
    TRAINING_HEADER,
    write_csv,
    write_xlsx,
)
from tests.organisations.factories import ForceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def force():
    return ForceFactory(name="Northshire Police", slug="northshire-police")


def good_training(tmp_path, name="training.csv"):
    rows = [
        ["PC1234", "Constable", "Response", "hydra-oic", "2025-09-01"],
        ["PC5678", "Sergeant", "CID", "oic-elearning-1", "15/10/2025"],
        ["PC9999", "", "", "oic-elearning-2", "2025-11-30"],
    ]
    return write_csv(tmp_path / name, TRAINING_HEADER, rows)


def test_a_good_csv_is_imported_with_references_pseudonymised(tmp_path, force):
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=good_training(tmp_path))
    assert record.state == ImportState.SUCCEEDED, record.problem
    assert record.rows_imported == 3
    rows = list(TrainingRecord.objects.order_by("completed_on"))
    assert [r.completed_on for r in rows] == [dt.date(2025, 9, 1), dt.date(2025, 10, 15), dt.date(2025, 11, 30)]
    assert all(len(r.person_ref) == 32 and "PC" not in r.person_ref for r in rows)
    assert record.retain_until == dt.date.today() + dt.timedelta(days=3 * 365)
    # the same reference always gives the same pseudonym, whatever its case or spaces
    again = write_csv(tmp_path / "again.csv", TRAINING_HEADER, [[" pc1234 ", "", "", "oic-elearning-3", "2025-12-01"]])
    data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=again)
    assert TrainingRecord.objects.filter(person_ref=rows[0].person_ref).count() == 2


def test_raw_references_are_written_nowhere(tmp_path, force):
    bad = write_csv(tmp_path / "t.csv", TRAINING_HEADER, [["SECRET-REF-42", "", "", "hydra-oic", "not a date"]])
    data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=bad)
    good = write_csv(tmp_path / "g.csv", TRAINING_HEADER, [["SECRET-REF-42", "", "", "hydra-oic", "2025-06-01"]])
    data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=good)
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if not table.startswith("measures_"):
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                assert "SECRET-REF-42" not in repr(row), table


def test_every_bad_row_is_reported_and_nothing_is_saved(tmp_path, force):
    future = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    rows = [
        ["A1", "", "", "hydra-oic", "2025-09-01"],
        ["", "", "", "hydra-oic", "2025-09-01"],
        ["A2", "", "", "hydra-oic", "31/02/2025"],
        ["A3", "", "", "hydra-oic", future],
        ["A1", "", "", "hydra-oic", "2025-09-01"],
        ["A4", "", "", "", "2025-09-01"],
    ]
    path = write_csv(tmp_path / "bad.csv", TRAINING_HEADER, rows)
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    assert record.state == ImportState.FAILED
    assert TrainingRecord.objects.count() == 0
    found = {(e["row"], e["column"]) for e in record.errors}
    assert found == {(3, "person_ref"), (4, "completed_on"), (5, "completed_on"), (6, "person_ref"), (7, "course")}
    reasons = {(e["row"]): e["reason"] for e in record.errors}
    assert "future" in reasons[5]
    assert "YYYY-MM-DD or dd/mm/yyyy" in reasons[4]
    assert "repeats an earlier row" in reasons[6]
    assert all(e["file"] == "bad.csv" for e in record.errors)
    assert record.error_count == 5


def test_a_row_for_another_force_is_refused(tmp_path, force):
    path = write_csv(
        tmp_path / "t.csv",
        [*TRAINING_HEADER, "force"],
        [
            ["A1", "", "", "hydra-oic", "2025-09-01", "Northshire Police"],
            ["A2", "", "", "hydra-oic", "2025-09-01", "Southshire Police"],
        ],
    )
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    assert record.state == ImportState.FAILED
    assert [(e["row"], e["column"]) for e in record.errors] == [(3, "force")]
    assert "another force" in record.errors[0]["reason"]


def test_wrong_headers_and_missing_columns_refuse_the_file(tmp_path, force):
    path = write_csv(tmp_path / "t.csv", ["person", "course", "completed_on"], [["A1", "hydra-oic", "2025-09-01"]])
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    assert record.state == ImportState.FAILED
    assert "missing person_ref, role, department" in record.problem
    assert "template" in record.problem


def test_extra_columns_are_ignored_with_a_warning(tmp_path, force):
    path = write_csv(tmp_path / "t.csv", [*TRAINING_HEADER, "notes"], [["A1", "", "", "hydra-oic", "2025-09-01", "x"]])
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    assert record.state == ImportState.SUCCEEDED
    assert record.warnings == ["t.csv: ignored the extra columns notes."]


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path, force, settings):
    settings.MAX_DATA_BYTES = 1024 * 1024
    path = tmp_path / "big.csv"
    with path.open("w") as out:
        out.write(",".join(TRAINING_HEADER) + "\n")
        line = "A1,Constable,Response,hydra-oic,2025-09-01\n"
        out.write(line * (1024 * 1024 // len(line) + 10))
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    assert record.state == ImportState.FAILED
    assert "the largest data file accepted is 1 MB" in record.problem
    assert TrainingRecord.objects.count() == 0


def test_xlsx_is_imported(tmp_path, force):
    rows = [["R1", dt.date(2025, 8, 1), 12345, dt.date(2025, 8, 3)], ["R2", "2025-08-02", "O2", None]]
    path = write_xlsx(tmp_path / "referrals.xlsx", REFERRAL_HEADER, rows)
    record = data_import_file(actor=None, force=force, kind=DataKind.NCCU_REFERRALS, path=path)
    assert record.state == ImportState.SUCCEEDED, (record.problem, record.errors)
    referrals = {r.referral_ref: r for r in NccuReferral.objects.all()}
    assert referrals["R1"].intel_submitted_on == dt.date(2025, 8, 3)
    assert referrals["R2"].intel_submitted_on is None


def test_xlsx_with_formulas_or_several_sheets_is_refused(tmp_path, force):
    path = write_xlsx(tmp_path / "f.xlsx", REFERRAL_HEADER, [["R1", "2025-08-01", "=A1&B1", None]])
    record = data_import_file(actor=None, force=force, kind=DataKind.NCCU_REFERRALS, path=path)
    assert record.state == ImportState.FAILED
    assert record.errors == [
        {
            "file": "f.xlsx",
            "row": 2,
            "column": "officer_ref",
            "reason": "the cell holds a formula; paste the values only",
        }
    ]
    path = write_xlsx(tmp_path / "s.xlsx", REFERRAL_HEADER, [["R1", "2025-08-01", "O1", None]], sheets=3)
    record = data_import_file(actor=None, force=force, kind=DataKind.NCCU_REFERRALS, path=path)
    assert record.state == ImportState.FAILED
    assert "has 3 sheets" in record.problem


def test_not_a_csv_or_xlsx_is_refused(tmp_path, force):
    path = tmp_path / "t.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    assert "not a CSV or XLSX" in record.problem
    path = tmp_path / "latin.csv"
    path.write_bytes(",".join(TRAINING_HEADER).encode() + b"\nA\xe91,,,hydra-oic,2025-09-01\n")
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    assert "not UTF-8" in record.problem


def test_collection_plans_check_choices_and_yes_no(tmp_path, force):
    rows = [
        ["P1", "OIC plan", "approved", "yes", "Yes", "no", "2025-10-01"],
        ["P2", "Draft plan", "maybe", "yes", "perhaps", "no", ""],
        ["P3", "Approved without date", "approved", "yes", "yes", "yes", ""],
    ]
    path = write_csv(tmp_path / "plans.csv", PLAN_HEADER, rows)
    record = data_import_file(actor=None, force=force, kind=DataKind.COLLECTION_PLANS, path=path)
    assert {(e["row"], e["column"]) for e in record.errors} == {
        (3, "status"),
        (3, "covers_analysis"),
        (4, "approved_on"),
    }
    path = write_csv(tmp_path / "plans.csv", PLAN_HEADER, rows[:1])
    record = data_import_file(actor=None, force=force, kind=DataKind.COLLECTION_PLANS, path=path)
    plan = CollectionPlan.objects.get()
    assert (plan.covers_collection, plan.covers_analysis, plan.covers_sharing) == (True, True, False)


def test_replace_swaps_the_forces_rows_in_one_go_and_a_bad_file_keeps_the_old(tmp_path, force):
    other = ForceFactory()
    data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=good_training(tmp_path))
    data_import_file(actor=None, force=other, kind=DataKind.TRAINING, path=good_training(tmp_path, "o.csv"))
    bad = write_csv(tmp_path / "bad.csv", TRAINING_HEADER, [["A1", "", "", "hydra-oic", "yesterday"]])
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=bad, replace=True)
    assert record.state == ImportState.FAILED
    assert TrainingRecord.objects.filter(force=force).count() == 3
    new = write_csv(tmp_path / "new.csv", TRAINING_HEADER, [["A1", "", "", "hydra-oic", "2025-09-01"]])
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=new, replace=True)
    assert (record.rows_imported, record.rows_replaced) == (1, 3)
    assert TrainingRecord.objects.filter(force=force).count() == 1
    assert TrainingRecord.objects.filter(force=other).count() == 3


def test_every_import_is_audited_with_who_and_counts(tmp_path, force):
    editor = MembershipFactory(organisation=force, role=Role.FORCE_EDITOR).user
    record = data_import_create(actor=editor, force=force, kind=DataKind.TRAINING, filename="t.csv", replace=False)
    record = data_import_run(data_import=record, path=good_training(tmp_path, "t.csv"))
    history = list(record.history.order_by("history_date"))
    assert [h.state for h in history] == [ImportState.PENDING, ImportState.RUNNING, ImportState.SUCCEEDED]
    assert {h.history_user_id for h in history} == {editor.pk}
    assert history[-1].rows_imported == 3
    with pytest.raises(InvalidChange, match="already run"):
        data_import_run(data_import=record, path=good_training(tmp_path, "t.csv"))


def test_only_a_force_editor_of_that_force_may_import(force):
    outsider = MembershipFactory(role=Role.FORCE_EDITOR).user
    viewer = MembershipFactory(organisation=force, role=Role.VIEWER).user
    for user in (outsider, viewer):
        with pytest.raises(NotAllowed):
            data_import_create(actor=user, force=force, kind=DataKind.TRAINING, filename="t.csv", replace=False)


def test_a_double_submitted_form_makes_one_import(force):
    first = data_import_create(
        actor=None, force=force, kind=DataKind.TRAINING, filename="t.csv", replace=False, submission="abc"
    )
    second = data_import_create(
        actor=None, force=force, kind=DataKind.TRAINING, filename="t.csv", replace=False, submission="abc"
    )
    assert first.pk == second.pk
    assert DataImport.objects.count() == 1


def test_without_a_key_in_production_imports_are_refused(tmp_path, force, settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = ""
    settings.DEBUG = False
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=good_training(tmp_path))
    assert record.state == ImportState.FAILED
    assert "OVERSIGHT_PSEUDONYM_KEY is not set" in record.problem
    assert TrainingRecord.objects.count() == 0


def test_in_development_a_key_is_made_on_first_use(tmp_path, force, settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = ""
    settings.DEBUG = True
    settings.DATA_DIR = tmp_path / "data"
    assert not (tmp_path / "data" / "pseudonym_key").exists()
    record = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=good_training(tmp_path))
    assert record.state == ImportState.SUCCEEDED
    assert (tmp_path / "data" / "pseudonym_key").stat().st_mode & 0o777 == 0o600


def test_the_command_prints_every_problem_and_exits_non_zero(tmp_path, force):
    bad = write_csv(
        tmp_path / "bad.csv", TRAINING_HEADER, [["A1", "", "", "hydra-oic", "x"], ["A2", "", "", "", "2025-01-01"]]
    )
    err = StringIO()
    with pytest.raises(CommandError, match="2 rows have problems; nothing was imported"):
        call_command("import-data", "training", str(bad), "--force", "northshire-police", stderr=err)
    assert "bad.csv, row 2, column completed_on: is not a date" in err.getvalue()
    assert "bad.csv, row 3, column course: is blank" in err.getvalue()
    out = StringIO()
    call_command(
        "import-data", "training", str(good_training(tmp_path)), "--force", "northshire-police", "--replace", stdout=out
    )
    assert "Imported 3 training completions rows for Northshire Police, replacing 0 earlier rows" in out.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_large_file_reports_its_progress_as_it_is_read(tmp_path, force, fmt):
    rows = [[f"P{n}", "", "", "hydra-oic", "2025-09-01"] for n in range(12_000)]
    write = write_csv if fmt == "csv" else write_xlsx
    path = write(tmp_path / f"big.{fmt}", TRAINING_HEADER, rows)
    record = data_import_create(actor=None, force=force, kind=DataKind.TRAINING, filename=path.name, replace=False)
    seen: list[float] = []
    record = data_import_run(data_import=record, path=path, progress=seen.append)
    assert record.state == ImportState.SUCCEEDED
    assert record.rows_imported == 12_000
    assert len(seen) >= 2  # every 5,000 rows
    assert seen == sorted(seen)
    assert all(0 < f <= 1 for f in seen)
