"""The column contracts of the operational data files: one per kind, exactly as documented in
``docs/measures.md``. Other checks generate files in exactly this form, so names are fixed.

Each data set also has its retention period: its rows are deleted by ``oversight retention``
that many days after they were imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from oversight.measures.models import DataKind, PlanStatus


class ColumnType(StrEnum):
    REF = "ref"  # a person or group: pseudonymised at import, never stored or echoed raw
    TEXT = "text"  # free text, may be blank
    REQUIRED_TEXT = "required_text"
    DATE = "date"
    OPTIONAL_DATE = "optional_date"
    YESNO = "yesno"
    CHOICE = "choice"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: ColumnType
    max_length: int = 200
    choices: tuple[str, ...] = ()
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Contract:
    kind: str
    columns: tuple[Column, ...]
    unique: tuple[str, ...]  # two rows of one file may not share these values
    retention_days: int
    description: str

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _ref(name: str) -> Column:
    return Column(name, ColumnType.REF, hint="Pseudonymised on import")


CONTRACTS: dict[str, Contract] = {
    DataKind.TRAINING: Contract(
        DataKind.TRAINING,
        (
            _ref("person_ref"),
            Column("role", ColumnType.TEXT),
            Column("department", ColumnType.TEXT),
            Column("course", ColumnType.REQUIRED_TEXT, max_length=100, hint="For example hydra-oic, oic-elearning-1"),
            Column("completed_on", ColumnType.DATE),
        ),
        unique=("person_ref", "course", "completed_on"),
        retention_days=3 * 365,
        description="Completions exported from the learning system: one row per person and course completed.",
    ),
    DataKind.ROSTER: Contract(
        DataKind.ROSTER,
        (
            _ref("person_ref"),
            Column("role", ColumnType.TEXT),
            Column("department", ColumnType.TEXT),
            Column("course", ColumnType.REQUIRED_TEXT, max_length=100),
            Column("as_of", ColumnType.DATE),
        ),
        unique=("person_ref", "course"),
        retention_days=3 * 365,
        description="Who must complete which course, as of a date: one row per person and course.",
    ),
    DataKind.NCCU_REFERRALS: Contract(
        DataKind.NCCU_REFERRALS,
        (
            Column("referral_ref", ColumnType.REQUIRED_TEXT, max_length=100),
            Column("reported_on", ColumnType.DATE),
            _ref("officer_ref"),
            Column("intel_submitted_on", ColumnType.OPTIONAL_DATE, hint="Blank when not submitted"),
        ),
        unique=("referral_ref",),
        retention_days=6 * 365,
        description="Cases reported to Immigration Enforcement's National Command and Control Unit.",
    ),
    DataKind.COLLECTION_PLANS: Contract(
        DataKind.COLLECTION_PLANS,
        (
            Column("plan_ref", ColumnType.REQUIRED_TEXT, max_length=100),
            Column("title", ColumnType.REQUIRED_TEXT, max_length=300),
            Column("status", ColumnType.CHOICE, choices=tuple(PlanStatus.values)),
            Column("covers_collection", ColumnType.YESNO),
            Column("covers_analysis", ColumnType.YESNO),
            Column("covers_sharing", ColumnType.YESNO),
            Column("approved_on", ColumnType.OPTIONAL_DATE, hint="Required when the status is approved"),
        ),
        unique=("plan_ref",),
        retention_days=6 * 365,
        description="The force's information collection plans and what each covers.",
    ),
    DataKind.DISRUPTIONS: Contract(
        DataKind.DISRUPTIONS,
        (
            Column("disrupted_on", ColumnType.DATE),
            _ref("ocg_ref"),
            Column("category", ColumnType.REQUIRED_TEXT),
            Column("outcome", ColumnType.TEXT, max_length=300),
            Column("unmet_demand", ColumnType.YESNO),
        ),
        unique=("disrupted_on", "ocg_ref", "category"),
        retention_days=6 * 365,
        description="Disruptions of organised crime groups, and demand that could not be met.",
    ),
}

# An optional column naming the force each row belongs to: checked, never stored.
FORCE_COLUMN = "force"
