"""Reads for writing a response in Oversight: who may compose one for which force, and each finding
addressed to that force, prefilled from the tracker.

What the prefill uses, per finding addressed to the force:

- the force's obligation status (the full status: the body oversees the force), mapped to the status
  a letter claims (:data:`CLAIMED_FROM_STATUS`) and said in words;
- the obligation's latest dated progress update (its date and text);
- where the report has indicators tied to the finding, the force's latest month with a value, with
  the indicator's target and the finding's deadline (``measures.selectors.indicators_for_user``).

Nothing here writes; the composed draft is made by ``services.response_compose``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from oversight.accounts.access import viewer_for
from oversight.accounts.models import Role
from oversight.measures.compute import Series
from oversight.measures.selectors import indicators_for_user
from oversight.obligations.models import Obligation, ObligationStatus, ProgressUpdate
from oversight.organisations.models import Governance, Organisation
from oversight.reports.models import Finding, FindingKind, Report, ReportState
from oversight.responses.letters import day_text
from oversight_ingest.result import ClaimedStatus, Stance

# The status a composed letter claims, from the force's obligation status on the tracker.
CLAIMED_FROM_STATUS: dict[str, ClaimedStatus] = {
    ObligationStatus.NOT_STARTED: ClaimedStatus.NOT_STARTED,
    ObligationStatus.IN_PROGRESS: ClaimedStatus.IN_PROGRESS,
    ObligationStatus.IMPLEMENTED: ClaimedStatus.IMPLEMENTED,
    ObligationStatus.ASSURED: ClaimedStatus.IMPLEMENTED,
    ObligationStatus.CLOSED: ClaimedStatus.IMPLEMENTED,
    ObligationStatus.NOT_ACCEPTED: ClaimedStatus.NOT_STATED,
    ObligationStatus.SUPERSEDED: ClaimedStatus.NOT_STATED,
}

STATUS_IN_WORDS: dict[str, str] = {
    ObligationStatus.NOT_STARTED: "not started",
    ObligationStatus.IN_PROGRESS: "in progress",
    ObligationStatus.IMPLEMENTED: "implemented, as the force claims (not yet assured)",
    ObligationStatus.ASSURED: "implemented and assured by the policing body",
    ObligationStatus.CLOSED: "closed by the inspectorate",
    ObligationStatus.NOT_ACCEPTED: "not accepted",
    ObligationStatus.SUPERSEDED: "superseded",
}

# A composed letter states a stance on every finding: "not stated" is for letters read by the pipeline.
COMPOSE_STANCES: tuple[Stance, ...] = tuple(s for s in Stance if s != Stance.NOT_STATED)
COMPOSE_BODY_ROLES = (Role.BODY_EDITOR, Role.APPROVER)


@dataclass(frozen=True, slots=True)
class ComposeTarget:
    """A policing body the user may write for, and the force it oversees that the report addresses."""

    body: Organisation
    force: Organisation


def compose_targets(*, user: Any, report: Report) -> list[ComposeTarget]:
    """The (body, force) pairs ``user`` may compose a response for on ``report``: the user is an editor
    or approver of the body, the body currently oversees the force, and the published report addresses
    the force. Empty for everyone else (national roles included: a letter is the body's own)."""
    if report.state != ReportState.PUBLISHED:
        return []
    viewer = viewer_for(user)
    body_ids = {org for org in viewer.roles if viewer.has_role(org, *COMPOSE_BODY_ROLES)}
    if not body_ids:
        return []
    addressed = Obligation.objects.filter(finding__report=report).values("organisation_id")
    governance = Governance.objects.filter(
        body_id__in=body_ids, valid_to__isnull=True, force_id__in=addressed
    ).select_related("body", "force")
    targets = [ComposeTarget(g.body, g.force) for g in governance]
    return sorted(targets, key=lambda t: (t.body.name, t.force.name))


def compose_target(*, user: Any, report: Report, force_slug: str = "") -> ComposeTarget | None:
    """The target named by the force's slug, or the only (first) one when none is named."""
    targets = compose_targets(user=user, report=report)
    if force_slug:
        return next((t for t in targets if t.force.slug == force_slug), None)
    return targets[0] if targets else None


@dataclass(frozen=True, slots=True)
class ComposeFinding:
    """One finding addressed to the force, with what the tracker says about it."""

    finding: Finding
    obligation_status: str
    status_words: str
    claimed_status: ClaimedStatus
    latest_update: str = ""  # "3 November 2026: Dip sample done"
    indicators: list[str] = field(default_factory=list)  # one sentence per indicator with a value

    @property
    def comment(self) -> str:
        """The comment the form is prefilled with."""
        parts = [f"On the tracker this is {self.status_words}."]
        if self.latest_update:
            parts.append(f"Latest progress update, {self.latest_update}")
        parts.extend(self.indicators)
        return " ".join(parts)


def _what_completed(title: str) -> str:
    """'Hydra package completed' → 'the Hydra package'; 'All four ... modules completed' → 'all four ... modules'."""
    words = title.removesuffix(" completed").strip()
    first, _, rest = words.partition(" ")
    if first.lower() in ("all", "every", "each", "both"):
        return f"{first.lower()} {rest}".strip()
    return f"the {words}"


def indicator_sentence(series: Series, *, title: str, measure: str) -> str:
    """The force's latest value of one indicator in a sentence, with its target and deadline; empty
    when the force has no value yet."""
    point = next((p for p in reversed(series.month_points()) if p.value is not None), None)
    if point is None or point.value is None or not series.has_data:
        return ""
    month = f"{point.period.start:%B %Y}"
    value = f"{round(point.value)}%"
    if measure == "course_completion":
        said = (
            f"{value} of the roster had completed {_what_completed(title)} at the end of {month}"
            f" ({point.numerator} of {point.denominator})"
        )
    elif measure == "collection_plan":
        said = f"{title}: {'yes' if point.value >= 100 else 'no'} at the end of {month}"
    else:
        said = f"{title}: {value} in {month} ({point.numerator} of {point.denominator})"
    target = f"target {round(series.target)}%"
    if series.deadline:
        target += f" by {day_text(series.deadline)}"
    return f"{said}; {target}."


def _latest_updates(obligation_ids: list[int]) -> dict[int, ProgressUpdate]:
    latest: dict[int, ProgressUpdate] = {}
    for update in ProgressUpdate.objects.filter(obligation_id__in=obligation_ids).order_by("-created_at", "-pk"):
        latest.setdefault(update.obligation_id, update)
    return latest


def compose_findings(*, user: Any, report: Report, force: Organisation) -> list[ComposeFinding]:
    """Every finding of ``report`` addressed to ``force``, in the report's order, prefilled from the
    tracker. The caller has checked that ``user`` may compose for the force (:func:`compose_targets`)."""
    obligations = list(
        Obligation.objects.filter(finding__report=report, organisation=force)
        .select_related("finding")
        .order_by("finding__position", "finding__pk")
    )
    updates = _latest_updates([o.pk for o in obligations])
    table = indicators_for_user(user=user, report=report, force=force, as_of=timezone.localdate())
    series = table.for_force(force.slug) if table else []
    definitions = table.definitions if table else None
    rows = []
    for obligation in obligations:
        finding = obligation.finding
        sentences = []
        if definitions is not None and finding.kind == FindingKind.RECOMMENDATION:
            for one in series:
                indicator = definitions.get(one.indicator)
                if indicator is not None and one.finding == finding.reference:
                    sentence = indicator_sentence(one, title=indicator.title, measure=indicator.measure)
                    if sentence:
                        sentences.append(sentence)
        update = updates.get(obligation.pk)
        latest = ""
        if update is not None:
            when = timezone.localtime(update.created_at).date()
            latest = f"{day_text(when)}: {update.text.strip()}"
        rows.append(
            ComposeFinding(
                finding=finding,
                obligation_status=obligation.status,
                status_words=STATUS_IN_WORDS.get(obligation.status, obligation.status),
                claimed_status=CLAIMED_FROM_STATUS.get(obligation.status, ClaimedStatus.NOT_STATED),
                latest_update=latest,
                indicators=sentences,
            )
        )
    return rows


def default_introduction(*, report: Report, body: Organisation, force: Organisation) -> str:
    published = f", published on {day_text(report.published)}" if report.published else ""
    return (
        f"This is the response of {body.name} to the report {report.title}{published}, as section 55 of the "
        f"Police Act 1996 requires. It sets out, for each finding addressed to {force.name}, whether we accept it "
        "and where the work stands."
    )
