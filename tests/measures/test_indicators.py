"""Indicators: values per force and period, targets, trend, projection, aggregates, scoping."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command

from oversight.accounts.models import Role
from oversight.measures.compute import NOT_ENOUGH, PASSED, RECENT_RATE
from oversight.measures.indicators import definitions_for, reports_with_indicators
from oversight.measures.models import CollectionPlan, DataKind, DataSharing, NccuReferral, RosterEntry, TrainingRecord
from oversight.measures.selectors import indicator_table, indicators_for_user
from oversight.organisations.models import Organisation
from oversight.reports.models import Finding
from tests.accounts.factories import member_of
from tests.conftest import PACKS
from tests.measures.factories import add_rows
from tests.organisations.factories import OrganisationFactory

AS_OF = dt.date(2025, 9, 30)
WY, SY = "West Yorkshire Police", "South Yorkshire Police"


def test_bundled_definitions_point_at_findings_of_their_report():
    assert "oic-2025" in reports_with_indicators()
    for key in reports_with_indicators():
        definitions = definitions_for(key)
        assert definitions is not None
        pack = json.loads((PACKS / f"{key}.json").read_text())
        references = {f["reference"] for f in pack["report"]["findings"]}
        assert {i.finding for i in definitions.indicators} <= references
    keys = [i.key for i in definitions_for("oic-2025").indicators]
    assert keys[:4] == [
        "nccu-intel-submitted",
        "collection-plan-in-place",
        "hydra-completed",
        "oic-elearning-all-modules",
    ]
    assert {f"oic-elearning-module-{n}" for n in range(1, 5)} <= set(keys)


def _people(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i:04d}" for i in range(n)]


def _training(force: Organisation) -> None:
    people = _people("p", 100)
    add_rows(
        RosterEntry,
        force,
        [
            {"person_ref": p, "course": c, "as_of": AS_OF}
            for p in people
            for c in ("hydra-oic", "oic-elearning-1", "oic-elearning-2", "oic-elearning-3", "oic-elearning-4")
        ],
        kind=DataKind.ROSTER,
    )
    done = [
        (people[0:10], "2025-06-15"),
        (people[10:20], "2025-07-15"),
        (people[20:30], "2025-08-15"),
        (people[30:35], "2025-09-15"),
    ]
    rows = [{"person_ref": p, "course": "hydra-oic", "completed_on": day} for group, day in done for p in group]
    rows += [{"person_ref": "p0000", "course": "hydra-oic", "completed_on": "2025-09-20"}]  # a second completion
    rows += [{"person_ref": "stranger", "course": "hydra-oic", "completed_on": "2025-06-01"}]  # not on the roster
    # all four modules: p0..p4 complete all (the last in August); p5 only three
    for n, module_day in enumerate(["2025-06-01", "2025-07-01", "2025-08-01", "2025-08-20"], start=1):
        rows += [{"person_ref": p, "course": f"oic-elearning-{n}", "completed_on": module_day} for p in people[:5]]
        if n < 4:
            rows.append({"person_ref": "p0005", "course": f"oic-elearning-{n}", "completed_on": module_day})
    add_rows(TrainingRecord, force, rows)


def _referrals(force: Organisation, months: list[int]) -> None:
    rows = []
    for month in months:
        for i in range(4):
            reported = dt.date(2025, month, 3)
            submitted = reported + dt.timedelta(days=2 + i) if i < 3 else None  # 3 of 4 submitted
            rows.append(
                {
                    "referral_ref": f"{force.pk}-{month}-{i}",
                    "reported_on": reported,
                    "officer_ref": "o",
                    "intel_submitted_on": submitted,
                }
            )
    add_rows(NccuReferral, force, rows, kind=DataKind.NCCU_REFERRALS)


def _one(table, force_slug: str, key: str):
    return next(s for s in table.forces if s.slug == force_slug and s.indicator == key)


@pytest.fixture
def data(oic):
    wy, sy = Organisation.objects.get(name=WY), Organisation.objects.get(name=SY)
    _training(wy)
    _training(sy)
    _referrals(wy, [6, 7, 8, 9])
    _referrals(sy, [9])
    add_rows(
        CollectionPlan,
        wy,
        [
            {
                "plan_ref": "A",
                "title": "Partial",
                "status": "approved",
                "covers_collection": True,
                "covers_analysis": True,
                "covers_sharing": False,
                "approved_on": "2025-06-01",
            },
            {
                "plan_ref": "B",
                "title": "Full",
                "status": "approved",
                "covers_collection": True,
                "covers_analysis": True,
                "covers_sharing": True,
                "approved_on": "2025-08-10",
            },
        ],
        kind=DataKind.COLLECTION_PLANS,
    )
    add_rows(
        CollectionPlan,
        sy,
        [
            {
                "plan_ref": "C",
                "title": "Draft",
                "status": "draft",
                "covers_collection": True,
                "covers_analysis": True,
                "covers_sharing": True,
                "approved_on": None,
            }
        ],
        kind=DataKind.COLLECTION_PLANS,
    )
    return {"wy": wy, "sy": sy, "report": oic}


@pytest.mark.django_db
def test_course_completion_by_month_with_target_trend_and_projection(data):
    table = indicator_table(report=data["report"], as_of=AS_OF)
    hydra = _one(table, "west-yorkshire-police", "hydra-completed")
    points = hydra.month_points()
    assert [p.period.label for p in points] == ["2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]
    assert [p.value for p in points] == [0.0, 10.0, 20.0, 30.0, 35.0]
    assert [(p.numerator, p.denominator) for p in points][-1] == (35, 100)
    assert points[-1].change == 5.0
    deadline = Finding.objects.get(report=data["report"], reference="8").deadline
    assert hydra.deadline == deadline == dt.date(2026, 4, 30)
    projection = hydra.projection()
    # 35 now, +10, +10, +5 in the last three months: 8.33 a month for 6.97 months to 30 April 2026
    assert projection.basis == RECENT_RATE
    assert projection.value == pytest.approx(35 + 25 / 3 * 212 / 30.4375, abs=0.01)
    assert projection.low == pytest.approx(35 + 5 * 212 / 30.4375, abs=0.01)
    assert projection.high == 100.0
    assert projection.on_track is False
    quarters = hydra.quarter_points()
    assert [(q.period.label, q.value) for q in quarters] == [("2025-Q2", 10.0), ("2025-Q3", 35.0)]


@pytest.mark.django_db
def test_all_modules_counts_people_who_completed_every_module(data):
    table = indicator_table(report=data["report"], as_of=AS_OF)
    all_modules = _one(table, "west-yorkshire-police", "oic-elearning-all-modules")
    assert [p.numerator for p in all_modules.month_points()] == [0, 0, 0, 5, 5]
    module_1 = _one(table, "west-yorkshire-police", "oic-elearning-module-1")
    assert module_1.latest().numerator == 6
    assert module_1.latest().value == 6.0


@pytest.mark.django_db
def test_referrals_are_counted_per_period_with_median_days_and_not_enough_data(data):
    table = indicator_table(report=data["report"], as_of=AS_OF)
    wy = _one(table, "west-yorkshire-police", "nccu-intel-submitted")
    latest = wy.latest()
    assert (latest.numerator, latest.denominator, latest.value, latest.median_days) == (3, 4, 75.0, 3.0)
    assert wy.quarter_points()[-1].denominator == 12
    assert wy.projection().basis == RECENT_RATE
    assert wy.projection().value == 75.0
    sy = _one(table, "south-yorkshire-police", "nccu-intel-submitted")
    assert sy.projection().basis == NOT_ENOUGH
    assert sy.projection().value is None


@pytest.mark.django_db
def test_collection_plan_in_place_needs_an_approved_plan_covering_all_three(data):
    table = indicator_table(report=data["report"], as_of=AS_OF)
    wy = _one(table, "west-yorkshire-police", "collection-plan-in-place")
    assert [p.value for p in wy.month_points()] == [0.0, 0.0, 0.0, 100.0, 100.0]
    sy = _one(table, "south-yorkshire-police", "collection-plan-in-place")
    assert sy.latest().value == 0.0
    assert sy.has_data
    none = _one(table, "north-yorkshire-police", "collection-plan-in-place")
    assert none.latest().value is None
    assert not none.has_data
    # the deadline (31 December 2025) has passed by March 2026: the projection is the value then
    later = indicator_table(report=data["report"], as_of=dt.date(2026, 3, 1))
    wy_later = _one(later, "west-yorkshire-police", "collection-plan-in-place").projection()
    assert (wy_later.basis, wy_later.value, wy_later.on_track) == (PASSED, 100.0, True)


@pytest.mark.django_db
def test_aggregates_sum_numerators_and_denominators(data):
    table = indicator_table(report=data["report"], as_of=AS_OF)
    region = next(
        s for s in table.regions if s.indicator == "nccu-intel-submitted" and s.slug == data["wy"].region.slug
    )
    assert (region.latest().numerator, region.latest().denominator) == (6, 8)
    national = next(s for s in table.national if s.indicator == "nccu-intel-submitted")
    q3 = national.quarter_points()[-1]
    assert (q3.numerator, q3.denominator) == (12, 16)  # not the mean of 75 % and 75 %
    assert q3.value == 75.0


@pytest.mark.django_db
def test_who_sees_which_indicators(data):
    wy, sy = data["wy"], data["sy"]
    report = data["report"]
    wy_editor = member_of(WY, Role.FORCE_EDITOR)
    wy_body = member_of("Mayor of West Yorkshire (West Yorkshire Combined Authority)", Role.BODY_EDITOR)
    analyst = member_of("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", Role.ANALYST)
    partner_org = OrganisationFactory(name="Leeds City Council")
    partner = member_of("Leeds City Council", Role.PARTNER)
    DataSharing.objects.create(force=wy, partner=partner_org, report_key=report.key, indicators=["hydra-completed"])

    def seen(user):
        table = indicators_for_user(user=user, report=report, as_of=AS_OF)
        return {(s.slug, s.indicator) for s in table.forces}, len(table.regions) + len(table.national)

    mine, aggregates = seen(wy_editor)
    assert {slug for slug, _ in mine} == {wy.slug}
    assert len(mine) == 8
    assert aggregates == 0
    assert {slug for slug, _ in seen(wy_body)[0]} == {wy.slug}
    everything, aggregates = seen(analyst)
    assert len(everything) == 43 * 8
    assert aggregates > 0
    assert seen(partner) == ({(wy.slug, "hydra-completed")}, 0)
    assert seen(AnonymousUser()) == (set(), 0)
    assert sy.slug not in {slug for slug, _ in seen(wy_editor)[0]}


@pytest.mark.django_db
def test_the_command_prints_one_object_per_force_and_indicator(data):
    out = StringIO()
    call_command(
        "indicators",
        "--report",
        "oic-2025",
        "--force",
        "west-yorkshire-police",
        "--as-of",
        "2025-09-30",
        "--json",
        stdout=out,
    )
    objects = json.loads(out.getvalue())
    assert len(objects) == 8
    hydra = next(o for o in objects if o["indicator"] == "hydra-completed")
    assert {"indicator", "force", "finding", "value", "numerator", "denominator", "target", "projection"} <= set(hydra)
    assert (
        hydra["force"],
        hydra["finding"],
        hydra["value"],
        hydra["numerator"],
        hydra["denominator"],
        hydra["target"],
    ) == ("west-yorkshire-police", "8", 35.0, 35, 100, 100.0)
    assert hydra["projection"]["basis"] == RECENT_RATE
    out = StringIO()
    call_command("indicators", "--report", "oic-2025", "--as-of", "2025-09-30", "--json", stdout=out)
    assert len(json.loads(out.getvalue())) == 43 * 8


def test_median_of_a_histogram():
    from oversight.measures.compute import median_of

    assert median_of({}) is None
    assert median_of({3: 1}) == 3
    assert median_of({1: 1, 5: 1}) == 3
    assert median_of({1: 2, 2: 1, 9: 1}) == 1.5
    assert median_of({2: 3, 7: 1}) == 2


@pytest.mark.django_db
def test_indicators_follow_imports_replacements_and_retention(oic, tmp_path):
    from oversight.measures.models import DataImport
    from oversight.measures.services import data_import_file, data_retention_apply
    from tests.measures.factories import ROSTER_HEADER, TRAINING_HEADER, write_csv

    kent = Organisation.objects.get(name="Kent Police")
    roster = write_csv(
        tmp_path / "r.csv", ROSTER_HEADER, [[f"K{i}", "", "", "hydra-oic", "2025-06-01"] for i in range(4)]
    )
    data_import_file(actor=None, force=kent, kind="roster", path=roster)

    def hydra():
        table = indicator_table(report=oic, as_of=AS_OF, force_ids=[kent.pk])
        return _one(table, "kent-police", "hydra-completed").latest().numerator

    assert hydra() == 0
    two = write_csv(
        tmp_path / "t.csv",
        TRAINING_HEADER,
        [["K0", "", "", "hydra-oic", "2025-07-01"], ["K1", "", "", "hydra-oic", "2025-07-02"]],
    )
    first = data_import_file(actor=None, force=kent, kind="training", path=two)
    assert hydra() == 2
    one = write_csv(tmp_path / "t1.csv", TRAINING_HEADER, [["K3", "", "", "hydra-oic", "2025-07-01"]])
    data_import_file(actor=None, force=kent, kind="training", path=one, replace=True)
    assert hydra() == 1
    DataImport.objects.filter(kind="training").exclude(pk=first.pk).update(retain_until=dt.date(2020, 1, 1))
    data_retention_apply(actor=None)
    assert hydra() == 0
