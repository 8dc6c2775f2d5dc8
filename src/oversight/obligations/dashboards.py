"""Dashboard reads of obligations: the report matrix, a force's position, region and national counts.

Every read starts from the reports the user may see (``reports.access``) and shows, per obligation,
the status the user may see: the full status for organisations whose material the user may see
(``Viewer.can_see_organisation_material``), the published status for everyone else. Counts are made
in the database (``values``/``annotate``), so the number of queries does not grow with the data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, CharField, Count, Exists, F, OuterRef, Q, QuerySet, Value, When
from django.utils import timezone

from oversight.accounts.access import Viewer, viewer_for
from oversight.core.pagecache import audit_mark, cache_key, keep, keep_seconds, kept
from oversight.obligations.access import obligations_visible_to
from oversight.obligations.models import Obligation, ObligationStatus, ProgressUpdate
from oversight.organisations.models import Governance, Organisation, OrganisationKind, Region
from oversight.reports.access import reports_visible_to
from oversight.reports.models import Finding, Report
from oversight.responses.access import responses_visible_to
from oversight.responses.models import ResponseItem, ResponseState

S = ObligationStatus
# Still to be done by the obligated organisation: these can be overdue.
OPEN_STATUSES = (S.NOT_STARTED, S.IN_PROGRESS)
# Done as far as the force is concerned (claimed, assured by its body, or closed by the inspectorate).
DONE_STATUSES = (S.IMPLEMENTED, S.ASSURED, S.CLOSED)
DUE_SOON_DAYS = 30
COUNTED_RESPONSE_STATES = (ResponseState.CONFIRMED, ResponseState.PUBLISHED)
NOT_PUBLISHED = "unpublished"


@dataclass(frozen=True, slots=True)
class ObligationFilters:
    """The filters every obligation list takes from its query string."""

    report: str = ""  # report key
    status: str = ""  # an ObligationStatus value, or NOT_PUBLISHED
    overdue: bool = False
    due_soon: bool = False
    region: str = ""  # region slug

    @property
    def any(self) -> bool:
        return bool(self.report or self.status or self.overdue or self.due_soon or self.region)


def today() -> dt.date:
    return timezone.localdate()


def status_label(status: str | None) -> str:
    if not status or status == NOT_PUBLISHED:
        return "Not published"
    return str(ObligationStatus(status).label)


def shown_status(viewer: Viewer) -> Any:
    """The status a viewer may see, as a database expression: full, or the published one."""
    if viewer.is_national:
        return F("status")
    if viewer.is_anonymous or not viewer.material_organisation_ids:
        return F("published_status")
    return Case(
        When(organisation_id__in=viewer.material_organisation_ids, then=F("status")),
        default=F("published_status"),
        output_field=CharField(),
    )


def obligations_shown_to(user: Any) -> QuerySet[Obligation]:
    """Every obligation of a report the user may see, annotated with ``shown`` (the status the user
    may see, None when it is not published) and ``full`` (whether the user may open its record)."""
    viewer = viewer_for(user)
    qs = Obligation.objects.filter(finding__report__in=reports_visible_to(user).values("pk"))
    if viewer.is_national:
        full: Any = Value(True)
    elif viewer.material_organisation_ids:
        full = Case(When(organisation_id__in=viewer.material_organisation_ids, then=Value(True)), default=Value(False))
    else:
        full = Value(False)
    return qs.annotate(shown=shown_status(viewer), full=full)


def obligations_filtered(qs: QuerySet[Obligation], filters: ObligationFilters) -> QuerySet[Obligation]:
    if filters.report:
        qs = qs.filter(finding__report__key=filters.report)
    if filters.region:
        qs = qs.filter(organisation__region__slug=filters.region)
    if filters.status == NOT_PUBLISHED:
        qs = qs.filter(Q(shown__isnull=True))
    elif filters.status:
        qs = qs.filter(Q(shown=filters.status))
    if filters.overdue:
        qs = qs.filter(overdue_q())
    if filters.due_soon:
        qs = qs.filter(due_soon_q())
    return qs


def overdue_q() -> Q:
    return Q(finding__deadline__lt=today(), shown__in=OPEN_STATUSES)


def due_soon_q() -> Q:
    now = today()
    return Q(
        finding__deadline__gte=now,
        finding__deadline__lte=now + dt.timedelta(days=DUE_SOON_DAYS),
        shown__in=OPEN_STATUSES,
    )


def is_overdue(deadline: dt.date | None, status: str | None, *, on: dt.date | None = None) -> bool:
    """Past its deadline (``on`` today, unless given) and not yet done."""
    return deadline is not None and deadline < (on or today()) and status in OPEN_STATUSES


def is_due_soon(deadline: dt.date | None, status: str | None) -> bool:
    now = today()
    return (
        deadline is not None and now <= deadline <= now + dt.timedelta(days=DUE_SOON_DAYS) and status in OPEN_STATUSES
    )


def status_counts(qs: QuerySet[Obligation]) -> dict[str, int]:
    """Counts by shown status (NOT_PUBLISHED for the unpublished), in one query."""
    counts: dict[str, int] = {}
    annotated: Any = qs.order_by()  # ``shown`` is an annotation the type plugin cannot follow here
    for shown, n in annotated.values_list("shown").annotate(n=Count("pk")).values_list("shown", "n"):
        counts[shown or NOT_PUBLISHED] = counts.get(shown or NOT_PUBLISHED, 0) + n
    return counts


def stances_for(
    user: Any, *, finding_ids: Iterable[int], force_ids: Iterable[int]
) -> dict[tuple[int, int], tuple[str, int]]:
    """(force id, finding id) -> (stance, response id) from the confirmed or published responses the
    user may see; a published response wins over a confirmed one, then the latest."""
    items = (
        ResponseItem.objects.filter(
            response__in=responses_visible_to(user)
            .filter(state__in=COUNTED_RESPONSE_STATES, force_id__in=list(force_ids))
            .values("pk"),
            finding_id__in=list(finding_ids),
        )
        .order_by("response__state", "response__created_at")
        .values_list("response__force_id", "finding_id", "stance", "response_id")
    )
    # Ordered confirmed before published, oldest first: later rows overwrite earlier ones.
    return {(force_id, finding_id): (stance, response_id) for force_id, finding_id, stance, response_id in items}


def stance_label(stance: str | None) -> str:
    if not stance:
        return "No response"
    return stance.replace("_", " ").capitalize()


# The report page ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MatrixCell:
    finding: Finding
    obligation_id: int | None  # None: not addressed to this force
    status: str | None
    label: str
    stance: str
    linked: bool  # the user may open the obligation's record
    overdue: bool


@dataclass(frozen=True, slots=True)
class ResponseStanding:
    """Where one force's policing body stands against the 56-day response deadline."""

    code: str  # on_time, late, undated, missing, awaiting
    label: str
    response_id: int | None = None
    letter_date: dt.date | None = None
    body: Organisation | None = None


@dataclass(frozen=True, slots=True)
class MatrixRow:
    organisation: Organisation
    cells: list[MatrixCell]
    response: ResponseStanding


@dataclass(frozen=True, slots=True)
class ReportMatrix:
    findings: list[Finding]
    rows: list[MatrixRow]
    totals: dict[str, int]
    regions: list[Region]
    standings: dict[str, list[MatrixRow]] = field(default_factory=dict)
    due: dt.date | None = None


STANDING_LABELS = {
    "on_time": "Responded on time",
    "late": "Responded late",
    "undated": "Responded (letter undated)",
    "missing": "No response, overdue",
    "awaiting": "No response yet",
}


def _standing(
    report: Report, response: tuple[int, dt.date | None] | None, body: Organisation | None
) -> ResponseStanding:
    due = report.response_due
    if response is None:
        code = "missing" if due is not None and today() > due else "awaiting"
        return ResponseStanding(code, STANDING_LABELS[code], body=body)
    response_id, letter_date = response
    code = "undated" if letter_date is None or due is None else ("on_time" if letter_date <= due else "late")
    return ResponseStanding(code, STANDING_LABELS[code], response_id, letter_date, body)


def report_matrix(*, user: Any, report: Report, filters: ObligationFilters) -> ReportMatrix:
    """Forces × findings of a report: each cell the status the user may see and the stance of the
    force's confirmed response; each row where its body stands against the response deadline.
    A fixed number of queries, whatever the number of forces and findings."""
    findings = list(report.findings.order_by("position"))
    base = obligations_shown_to(user).filter(finding__report=report, organisation__kind=OrganisationKind.FORCE)
    regions = list(Region.objects.filter(organisations__in=base.values("organisation_id")).distinct().order_by("name"))
    qs = obligations_filtered(base, ObligationFilters(region=filters.region))
    annotated: Any = qs  # ``shown`` and ``full`` are annotations the type plugin cannot follow here
    entries = annotated.values_list("pk", "finding_id", "organisation_id", "shown", "full")
    by_org: dict[int, dict[int, tuple[int, str | None, bool]]] = {}
    for pk, finding_id, org_id, shown, full in entries:
        by_org.setdefault(org_id, {})[finding_id] = (pk, shown, bool(full))
    organisations = list(Organisation.objects.filter(pk__in=by_org.keys()).select_related("region").order_by("name"))
    stances = stances_for(user, finding_ids=[f.pk for f in findings], force_ids=by_org.keys())
    bodies: dict[int, Organisation] = {
        link.force_id: link.body
        for link in Governance.objects.filter(force_id__in=by_org.keys(), valid_to__isnull=True).select_related("body")
    }
    responses: dict[int, tuple[int, dt.date | None]] = {}
    by_body: dict[int, tuple[int, dt.date | None]] = {}
    counted = (
        responses_visible_to(user)
        .filter(report=report, state__in=COUNTED_RESPONSE_STATES)
        .order_by("-letter_date", "-pk")
        .values_list("pk", "force_id", "organisation_id", "letter_date")
    )
    for pk, force_id, body_id, letter_date in counted:
        if force_id is not None:
            responses.setdefault(force_id, (pk, letter_date))
        by_body.setdefault(body_id, (pk, letter_date))
    totals: dict[str, int] = {}
    rows: list[MatrixRow] = []
    on = today()
    labels = {
        status: status_label(status) for status in {entry[1] for cells in by_org.values() for entry in cells.values()}
    }
    for org in organisations:
        cells = []
        for finding in findings:
            entry = by_org[org.pk].get(finding.pk)
            if entry is None:
                cells.append(MatrixCell(finding, None, None, "Not addressed", "", False, False))
                continue
            pk, shown, full = entry
            totals[shown or NOT_PUBLISHED] = totals.get(shown or NOT_PUBLISHED, 0) + 1
            stance = stances.get((org.pk, finding.pk))
            cells.append(
                MatrixCell(
                    finding,
                    pk,
                    shown,
                    labels[shown],
                    stance_label(stance[0] if stance else None),
                    full,
                    is_overdue(finding.deadline, shown, on=on),
                )
            )
        org_body = bodies.get(org.pk)
        response = responses.get(org.pk) or (by_body.get(org_body.pk) if org_body else None)
        standing = _standing(report, response, org_body)
        if filters.status and not any((c.status or NOT_PUBLISHED) == filters.status for c in cells if c.obligation_id):
            continue
        rows.append(MatrixRow(org, cells, standing))
    standings: dict[str, list[MatrixRow]] = {code: [] for code in STANDING_LABELS}
    for row in rows:
        standings[row.response.code].append(row)
    return ReportMatrix(findings, rows, totals, regions, standings, report.response_due)


# A force's page ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ForceLine:
    obligation: Obligation
    status: str | None
    label: str
    stance: str
    linked: bool
    overdue: bool
    due_soon: bool


@dataclass(frozen=True, slots=True)
class ReportGroup:
    report: Report
    lines: list[ForceLine]


@dataclass(frozen=True, slots=True)
class ForcePosition:
    counts: dict[str, int]
    total: int
    overdue: int
    due_soon: int
    reports: list[Report]  # every report with an obligation of this force, for the filter
    full: bool  # the user sees the force's own record


def force_obligations(*, user: Any, force: Organisation, filters: ObligationFilters) -> QuerySet[Obligation]:
    """The force's obligations the user may see, filtered, in report then finding order."""
    qs = obligations_filtered(obligations_shown_to(user).filter(organisation=force), filters)
    return qs.select_related("finding__report").order_by(
        "-finding__report__published", "finding__report__title", "finding__report_id", "finding__position"
    )


def force_position(*, user: Any, force: Organisation, filters: ObligationFilters) -> ForcePosition:
    """Counts by status, overdue and due soon for the force (three queries)."""
    base = obligations_shown_to(user).filter(organisation=force)
    qs = obligations_filtered(base, filters)
    counts = status_counts(qs)
    flags = qs.order_by().aggregate(overdue=Count("pk", filter=overdue_q()), due_soon=Count("pk", filter=due_soon_q()))
    reports = list(Report.objects.filter(pk__in=base.values("finding__report_id")).order_by("-published", "title"))
    return ForcePosition(
        counts=counts,
        total=sum(counts.values()),
        overdue=flags["overdue"] or 0,
        due_soon=flags["due_soon"] or 0,
        reports=reports,
        full=viewer_for(user).can_see_organisation_material(force.pk),
    )


def force_lines(*, user: Any, force: Organisation, obligations: Iterable[Obligation]) -> list[ReportGroup]:
    """One page of a force's obligations grouped by report, with the force's response stance (one query)."""
    obligations = list(obligations)
    stances = stances_for(user, finding_ids={o.finding_id for o in obligations}, force_ids=[force.pk])
    groups: list[ReportGroup] = []
    for obligation in obligations:
        shown = obligation.shown  # type: ignore[attr-defined]
        stance = stances.get((force.pk, obligation.finding_id))
        line = ForceLine(
            obligation,
            shown,
            status_label(shown),
            stance_label(stance[0] if stance else None),
            bool(obligation.full),  # type: ignore[attr-defined]
            is_overdue(obligation.finding.deadline, shown),
            is_due_soon(obligation.finding.deadline, shown),
        )
        report = obligation.finding.report
        if groups and groups[-1].report.pk == report.pk:
            groups[-1].lines.append(line)
        else:
            groups.append(ReportGroup(report, [line]))
    return groups


# Home: what needs the signed-in user --------------------------------------------------------------

HOME_LIST_LENGTH = 10


@dataclass(frozen=True, slots=True)
class TaskList:
    items: list[Any]
    total: int


def task_list(qs: QuerySet[Any]) -> TaskList:
    return TaskList(list(qs[:HOME_LIST_LENGTH]), qs.count())


def sent_back_q() -> Q:
    """Moved from implemented back to in progress by its last change of status."""
    return Q(status=S.IN_PROGRESS) & Q(
        Exists(
            ProgressUpdate.objects.filter(
                obligation=OuterRef("pk"),
                status_from=S.IMPLEMENTED,
                status_to=S.IN_PROGRESS,
                created_at=OuterRef("status_changed_at"),
            )
        )
    )


@dataclass(frozen=True, slots=True)
class ForceEditorTasks:
    forces: list[Organisation]
    overdue: TaskList
    due_soon: TaskList
    sent_back: TaskList


def force_editor_tasks(*, user: Any, force_ids: Iterable[int]) -> ForceEditorTasks:
    """The obligations of the user's forces that are overdue, due in 30 days, or sent back."""
    ids = list(force_ids)
    base = (
        obligations_visible_to(user)
        .filter(organisation_id__in=ids)
        .annotate(shown=F("status"))
        .order_by("finding__deadline", "finding__report_id", "finding__position", "pk")
    )
    return ForceEditorTasks(
        forces=list(Organisation.objects.filter(pk__in=ids).order_by("name")),
        overdue=task_list(base.filter(overdue_q())),
        due_soon=task_list(base.filter(due_soon_q())),
        sent_back=task_list(base.filter(sent_back_q()).order_by("-status_changed_at", "pk")),
    )


def claims_awaiting_assurance(*, user: Any, force_ids: Iterable[int]) -> TaskList:
    """Obligations of the overseen forces claimed as implemented, oldest claim first."""
    qs = (
        obligations_visible_to(user)
        .filter(organisation_id__in=list(force_ids), status=S.IMPLEMENTED)
        .order_by("status_changed_at", "pk")
    )
    return task_list(qs)


@dataclass(frozen=True, slots=True)
class NationalTasks:
    counts: dict[str, int]
    awaiting_closure: TaskList


def national_tasks(*, user: Any) -> NationalTasks:
    """The forces' obligations nationally by status (the national page's recent picture) and the
    obligations assured and awaiting the inspectorate's closure."""
    counts = area_picture_recent(user=user, region=None, filters=ObligationFilters()).counts
    awaiting = obligations_visible_to(user).filter(status=S.ASSURED).order_by("status_changed_at", "pk")
    return NationalTasks(counts, task_list(awaiting))


# Region and national pages -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ForceStanding:
    """One force against its peers: counts by status, the share done, overdue, and its rank."""

    organisation: Organisation
    counts: dict[str, int]
    total: int
    done: int
    overdue: int
    rank: int = 0

    @property
    def share_done(self) -> int:
        """Implemented, assured or closed, as a whole percentage of the force's obligations."""
        return round(100 * self.done / self.total) if self.total else 0


@dataclass(frozen=True, slots=True)
class ReportCounts:
    report: Report
    counts: dict[str, int]
    total: int
    overdue: int


@dataclass(frozen=True, slots=True)
class AreaPicture:
    counts: dict[str, int]
    total: int
    overdue: int
    by_report: list[ReportCounts]
    forces: list[ForceStanding]
    reports: list[Report]  # every report with an obligation in the area, for the filter
    average_share_done: int


def area_picture(*, user: Any, region: Region | None, filters: ObligationFilters) -> AreaPicture:
    """Counts by status per report and per force in a region (or nationally), and each force ranked
    against its peers by the share of its obligations done. Five queries, whatever the data."""
    viewer = viewer_for(user)
    forces = Organisation.objects.filter(kind=OrganisationKind.FORCE).order_by("name")
    if region is not None:
        forces = forces.filter(region=region)
    elif filters.region:
        forces = forces.filter(region__slug=filters.region)
    force_list = list(forces)
    base = Obligation.objects.filter(organisation_id__in=[f.pk for f in force_list])
    if not viewer.is_national:  # national roles see every report: no need to ask
        base = base.filter(finding__report__in=reports_visible_to(user).values("pk"))
    scope = base.filter(finding__report__key=filters.report) if filters.report else base
    reports = list(Report.objects.filter(pk__in=base.values("finding__report_id")).order_by("-published", "title"))
    report_rows = shown_groups(viewer, scope, "finding__report_id")
    force_rows = shown_groups(viewer, scope, "organisation_id")
    by_id = {r.pk: r for r in reports}
    by_report = [
        ReportCounts(by_id[report_id], counts, sum(counts.values()), late)
        for report_id, (counts, late) in report_rows.items()
        if report_id in by_id
    ]
    by_report.sort(key=lambda rc: (-(rc.report.published or dt.date.min).toordinal(), rc.report.title))
    standings = []
    for force in force_list:
        counts, late = force_rows.get(force.pk, ({}, 0))
        done = sum(counts.get(s, 0) for s in DONE_STATUSES)
        standings.append(ForceStanding(force, counts, sum(counts.values()), done, late))
    ranked = _ranked(standings)
    totals: dict[str, int] = {}
    for counts, _late in force_rows.values():
        for status, n in counts.items():
            totals[status] = totals.get(status, 0) + n
    with_obligations = [s for s in ranked if s.total]
    average = round(sum(s.share_done for s in with_obligations) / len(with_obligations)) if with_obligations else 0
    return AreaPicture(
        counts=totals,
        total=sum(totals.values()),
        overdue=sum(late for _counts, late in force_rows.values()),
        by_report=by_report,
        forces=ranked,
        reports=reports,
        average_share_done=average,
    )


def shown_groups(viewer: Viewer, qs: QuerySet[Obligation], key: str) -> dict[int, tuple[dict[str, int], int]]:
    """Counts by the status the viewer may see, and overdue counts, grouped by ``key``; one query.

    Grouped by the stored status and published status (never by a computed expression, which
    would make the database sort every row), with the full and published views counted apart."""
    late_by: dict[str, Q] = {
        field: Q(finding__deadline__lt=today(), **{f"{field}__in": OPEN_STATUSES})
        for field in ("status", "published_status")
    }
    rows = qs.order_by().values_list(key, "status", "published_status")
    grouped: dict[int, tuple[dict[str, int], int]] = {}

    def add(group: int, status: str | None, n: int, late: int) -> None:
        counts, total_late = grouped.get(group, ({}, 0))
        if n:
            counts[status or NOT_PUBLISHED] = counts.get(status or NOT_PUBLISHED, 0) + n
        grouped[group] = (counts, total_late + late)

    if viewer.is_national or viewer.is_anonymous or not viewer.material_organisation_ids:
        field = "status" if viewer.is_national else "published_status"
        for group, status, published, n, late in rows.annotate(n=Count("pk"), late=Count("pk", filter=late_by[field])):
            add(group, status if viewer.is_national else published, n, late)
        return grouped
    mine = Q(organisation_id__in=viewer.material_organisation_ids)
    annotated = rows.annotate(
        n=Count("pk"),
        full=Count("pk", filter=mine),
        late_full=Count("pk", filter=mine & late_by["status"]),
        late_published=Count("pk", filter=~mine & late_by["published_status"]),
    )
    for group, status, published, n, full, late_full, late_published in annotated:
        add(group, status, full, late_full)
        add(group, published, n - full, late_published)
    return grouped


def _ranked(standings: list[ForceStanding]) -> list[ForceStanding]:
    """Highest share done first; equal shares share a rank; forces with no obligations come last, unranked."""
    ordered = sorted(standings, key=lambda s: (s.total == 0, -s.share_done, s.overdue, s.organisation.name))
    ranked: list[ForceStanding] = []
    for position, standing in enumerate(ordered, start=1):
        if not standing.total:
            ranked.append(standing)
            continue
        previous = ranked[-1] if ranked else None
        same = previous is not None and previous.total and previous.share_done == standing.share_done
        rank = previous.rank if same and previous is not None else position
        ranked.append(
            ForceStanding(standing.organisation, standing.counts, standing.total, standing.done, standing.overdue, rank)
        )
    return ranked


def area_obligations(*, user: Any, region: Region | None, filters: ObligationFilters) -> QuerySet[Obligation]:
    """The obligations of the area's forces matching the filters, earliest deadline first (to paginate)."""
    qs = obligations_shown_to(user).filter(organisation__kind=OrganisationKind.FORCE)
    if region is not None:
        qs = qs.filter(organisation__region=region)
    return (
        obligations_filtered(qs, filters)
        .select_related("finding__report", "organisation")
        .order_by("finding__deadline", "organisation__name", "finding__position", "pk")
    )


@dataclass(frozen=True, slots=True)
class AreaLine:
    obligation: Obligation
    status: str | None
    label: str
    linked: bool
    overdue: bool


def area_lines(*, obligations: Iterable[Obligation]) -> list[AreaLine]:
    lines = []
    for obligation in obligations:
        shown = obligation.shown  # type: ignore[attr-defined]
        lines.append(
            AreaLine(
                obligation,
                shown,
                status_label(shown),
                bool(obligation.full),  # type: ignore[attr-defined]
                is_overdue(obligation.finding.deadline, shown),
            )
        )
    return lines


def region_by_slug(slug: str) -> Region | None:
    """Regions are public facts: anyone may read one."""
    return Region.objects.filter(slug=slug).first()


def region_list() -> QuerySet[Region]:
    return Region.objects.order_by("name")


def area_picture_recent(*, user: Any, region: Region | None, filters: ObligationFilters) -> AreaPicture:
    """``area_picture``, kept per scope of visibility until anything audited changes (see
    ``core.pagecache``): at national scale each picture reads every obligation twice, which is too
    slow to repeat for every request. Users who see the same statuses share one picture."""
    if keep_seconds() <= 0:
        return area_picture(user=user, region=region, filters=filters)
    viewer = viewer_for(user)
    if viewer.is_national:
        scope = "national"
    elif viewer.is_anonymous or not viewer.material_organisation_ids:
        scope = "public"
    else:
        scope = ",".join(str(pk) for pk in sorted(viewer.material_organisation_ids))
    key = cache_key("area", scope, region.pk if region else "", filters.report, filters.region, today(), audit_mark())
    picture = kept(key)
    if not isinstance(picture, AreaPicture):
        picture = area_picture(user=user, region=region, filters=filters)
        keep(key, picture, keep_seconds())
    return picture
