"""Reads of obligations: the forces × findings matrix and per-organisation lists."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Substr

from oversight.accounts.access import viewer_for
from oversight.obligations.models import Action, Obligation, ObligationStatus, ProgressUpdate
from oversight.organisations.models import Organisation, OrganisationKind
from oversight.reports.models import Finding, Report
from oversight.responses.models import ResponseItem


@dataclass(frozen=True, slots=True)
class MatrixCell:
    obligation_id: int | None
    status: str | None  # None: not addressed to this organisation
    label: str
    is_published_status: bool  # True when the viewer sees only the published status


@dataclass(frozen=True, slots=True)
class MatrixRow:
    organisation: Organisation
    cells: list[MatrixCell]


@dataclass(frozen=True, slots=True)
class StatusMatrix:
    findings: list[Finding]
    rows: list[MatrixRow]
    totals: dict[str, int]


def report_status_matrix(*, user: Any, report: Report, kind: str = OrganisationKind.FORCE) -> StatusMatrix:
    """Organisations × findings of a report, each cell the status this user may see. Three queries."""
    viewer = viewer_for(user)
    findings = list(report.findings.order_by("position"))
    obligations = Obligation.objects.filter(finding__report=report, organisation__kind=kind).values_list(
        "pk", "finding_id", "organisation_id", "status", "published_status"
    )
    by_org: dict[int, dict[int, tuple[int, str, str | None]]] = {}
    for pk, finding_id, org_id, status, published in obligations:
        by_org.setdefault(org_id, {})[finding_id] = (pk, status, published)
    organisations = Organisation.objects.filter(pk__in=by_org.keys()).order_by("name")
    totals: dict[str, int] = {}
    rows = []
    for org in organisations:
        full = viewer.can_see_organisation_material(org.pk)
        cells = []
        for finding in findings:
            entry = by_org[org.pk].get(finding.pk)
            if entry is None:
                cells.append(MatrixCell(None, None, "Not addressed", False))
                continue
            pk, status, published = entry
            shown = status if full else published
            label = ObligationStatus(shown).label if shown else "Not published"
            totals[shown or "unpublished"] = totals.get(shown or "unpublished", 0) + 1
            cells.append(MatrixCell(pk if full else None, shown, label, not full))
        rows.append(MatrixRow(org, cells))
    return StatusMatrix(findings=findings, rows=rows, totals=totals)


# The obligation page ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryChange:
    field: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    when: dt.datetime
    who: str
    subject: str
    action: str  # created, changed, deleted
    changes: tuple[HistoryChange, ...]


@dataclass(frozen=True, slots=True)
class ObligationPage:
    obligation: Obligation
    actions: list[Action]
    updates: list[ProgressUpdate]
    evidence: list[Any]  # evidence.EvidenceFile, each with its versions
    responses: list[Any]  # responses.ResponseItem, annotated with ``words``: the letter's passage
    history: list[HistoryEvent]
    targets: list[ObligationStatus]  # where this user may move the status
    can_edit: bool  # record actions, updates and evidence
    can_publish: bool


_HISTORY_ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}


def _field(model: type[models.Model], name: str) -> models.Field[Any, Any]:
    field = model._meta.get_field(name)
    assert isinstance(field, models.Field)
    return field


def _shown(model: type[models.Model], name: str, value: Any, titles: dict[int, str]) -> str:
    if value is None or value == "":
        return ""
    field = _field(model, name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if name == "evidence":
        return titles.get(value, f"evidence {value}")
    if isinstance(value, dt.date):
        return f"{value:%-d %B %Y}"
    return str(value)


def _history(
    model: type[models.Model],
    records: QuerySet[Any],
    fields: list[str],
    subject: Callable[[Any], str],
    titles: dict[int, str],
) -> list[tuple[Any, HistoryEvent]]:
    """Events from one history table, each compared with the previous record of the same object."""
    out: list[tuple[Any, HistoryEvent]] = []
    previous: dict[int, Any] = {}
    attnames = {name: _field(model, name).attname for name in fields}
    for record in records.select_related("history_user").order_by("history_date", "history_id"):
        older = previous.get(record.id)
        changes = []
        for name in fields:
            after = getattr(record, attnames[name])
            before = getattr(older, attnames[name]) if older is not None else None
            if record.history_type == "~" and before == after:
                continue
            if record.history_type == "+" and after in (None, ""):
                continue
            label = str(_field(model, name).verbose_name).capitalize()
            shown_before, shown_after = _shown(model, name, before, titles), _shown(model, name, after, titles)
            changes.append(HistoryChange(label, shown_before, shown_after))
        previous[record.id] = record
        if record.history_type == "~" and not changes:
            continue  # a save that changed nothing shown (a version counter, a timestamp)
        user = record.history_user
        who = user.get_username() if user else "system"
        action = _HISTORY_ACTIONS.get(record.history_type, record.history_type)
        out.append((record.history_id, HistoryEvent(record.history_date, who, subject(record), action, tuple(changes))))
    return out


@functools.cache
def _records(model: type[models.Model]) -> Any:
    """The manager of ``model``'s history table. ``Model.history`` builds a new manager class each
    time it is read (slow: 0.4 ms); the table's own manager serves the same queries."""
    return model.history.model._default_manager  # type: ignore[attr-defined]


def obligation_history(*, obligation: Obligation) -> list[HistoryEvent]:
    """Everything that happened to an obligation, newest first: its status, actions, updates and
    evidence, with who, when and each shown field before and after. Six queries, however long."""
    from oversight.evidence.models import EvidenceFile, EvidenceVersion

    evidence_ids = _records(EvidenceFile).filter(obligation_id=obligation.pk).values("id")
    titles = dict(_records(EvidenceFile).filter(obligation_id=obligation.pk).values_list("id", "title"))
    sources: list[tuple[type[models.Model], QuerySet[Any], list[str], Callable[[Any], str]]] = [
        (Obligation, _records(Obligation).filter(id=obligation.pk), ["status", "published_status"], lambda r: "Status"),
        (
            Action,
            _records(Action).filter(obligation_id=obligation.pk),
            ["title", "owner", "due", "status"],
            lambda r: f"Action: {r.title}",
        ),
        (
            ProgressUpdate,
            _records(ProgressUpdate).filter(obligation_id=obligation.pk),
            ["text", "status_from", "status_to", "evidence"],
            lambda r: "Status change" if r.status_to else "Progress update",
        ),
        (
            EvidenceFile,
            _records(EvidenceFile).filter(obligation_id=obligation.pk),
            ["title", "description", "classification"],
            lambda r: f"Evidence: {r.title}",
        ),
        (
            EvidenceVersion,
            _records(EvidenceVersion).filter(evidence_id__in=evidence_ids),
            ["number", "original_name", "file_format"],
            lambda r: f"Evidence file: {titles.get(r.evidence_id, '')}, version {r.number}",
        ),
    ]
    events: list[tuple[Any, HistoryEvent]] = []
    for model, records, fields, subject in sources:
        events.extend(_history(model, records, fields, subject, titles))
    events.sort(key=lambda pair: (pair[1].when, pair[0]), reverse=True)
    return [event for _, event in events]


@dataclass(frozen=True, slots=True)
class ObligationMoves:
    targets: list[ObligationStatus]  # the statuses this user may move the obligation to now
    can_edit: bool  # record actions, updates and evidence
    can_publish: bool  # make the current status public


def obligation_moves(*, user: Any, obligation: Obligation) -> ObligationMoves:
    """What this user may do to the obligation, from the transition table. No queries beyond the viewer's."""
    from oversight.obligations.access import holders_for
    from oversight.obligations.rules import Holder, allowed_targets

    holders = holders_for(viewer_for(user), obligation)
    return ObligationMoves(
        targets=allowed_targets(obligation.status, holders),
        can_edit=Holder.OWNER in holders,
        can_publish=bool(holders & {Holder.APPROVER, Holder.NATIONAL}),
    )


def obligation_page(*, user: Any, obligation: Obligation) -> ObligationPage:
    """Everything the obligation page shows, for a user who may see the obligation (from
    ``access_obligation_by_id``). A fixed number of queries, whatever the numbers of actions,
    updates, evidence versions and history rows."""
    from oversight.evidence.selectors import evidence_for_obligation
    from oversight.responses.access import responses_visible_to
    from oversight.responses.models import ResponseState

    moves = obligation_moves(user=user, obligation=obligation)
    org_id = obligation.organisation_id
    responses = responses_visible_to(user).filter(
        Q(force_id=org_id) | Q(organisation_id=org_id),
        state__in=[ResponseState.CONFIRMED, ResponseState.PUBLISHED],
    )
    items = list(
        ResponseItem.objects.filter(finding_id=obligation.finding_id, response__in=responses.values("pk"))
        .select_related("response__organisation")
        .defer("response__text", "response__extraction")
        .annotate(words=Substr("response__text", F("span_start") + 1, F("span_end") - F("span_start")))
        .order_by("-response__confirmed_at", "-response_id")
    )
    return ObligationPage(
        obligation=obligation,
        actions=list(obligation.actions.order_by(F("due").asc(nulls_last=True), "pk")),
        updates=list(obligation.updates.select_related("author", "evidence").order_by("-created_at", "-pk")),
        evidence=evidence_for_obligation(user=user, obligation=obligation),
        responses=items,
        history=obligation_history(obligation=obligation),
        targets=moves.targets,
        can_edit=moves.can_edit,
        can_publish=moves.can_publish,
    )


def form_already_used(*, obligation: Obligation, token: Any) -> bool:
    """Whether a status form with this one-time token has already changed this obligation."""
    return token is not None and ProgressUpdate.objects.filter(obligation=obligation, token=token).exists()
