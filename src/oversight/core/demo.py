"""Believable synthetic activity for the demo, generated from a fixed seed.

Statuses, actions and progress updates for every force's obligations, written in bulk with
their history rows. Nothing here is real data about any force.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from oversight.accounts.models import Role
from oversight.core.audit import as_actor
from oversight.core.models import Classification
from oversight.obligations.models import Action, ActionStatus, Obligation, ObligationStatus, ProgressUpdate
from oversight.organisations.models import Organisation, OrganisationKind

S = ObligationStatus
STATUS_WEIGHTS = [
    (S.NOT_STARTED, 12),
    (S.IN_PROGRESS, 46),
    (S.IMPLEMENTED, 22),
    (S.ASSURED, 12),
    (S.CLOSED, 4),
    (S.NOT_ACCEPTED, 2),
]

ACTION_TEMPLATES = [
    ("Publish force guidance on {topic}", "Head of Intelligence"),
    ("Brief response and investigation supervisors on {topic}", "Chief Inspector, Operational Support"),
    ("Add {topic} to the quarterly performance pack", "Performance and Insight Team"),
    ("Audit a sample of cases for {topic}", "Professional Standards"),
    ("Agree regional approach to {topic} with the ROCU", "Detective Superintendent, Serious Organised Crime"),
    ("Report progress on {topic} to the accountability board", "Strategic Planning"),
]

UPDATE_TEMPLATES = [
    "Working group met; terms of reference agreed and owners named for {topic}.",
    "Draft guidance on {topic} circulated to district commanders for comment.",
    "Dip sample of recent cases shows {pct}% compliance on {topic}; follow-up briefings booked.",
    "Training completion for {topic} now at {pct}% of the identified cohort.",
    "Assurance review scheduled with the policing body for next quarter on {topic}.",
]


@dataclass(frozen=True, slots=True)
class DemoActivity:
    obligations: int
    actions: int
    updates: int


@transaction.atomic
def demo_activity_generate(*, seed: int = 2025, today: dt.date | None = None) -> DemoActivity:
    rng = random.Random(seed)  # noqa: S311 - synthetic demo data, reproducible from its seed
    today = today or timezone.localdate()
    obligations = list(
        Obligation.objects.select_related("finding")
        .filter(organisation__kind=OrganisationKind.FORCE)
        .order_by("finding__report__key", "finding__position", "organisation__name")
    )
    statuses, weights = zip(*STATUS_WEIGHTS, strict=True)
    actions: list[Action] = []
    updates: list[ProgressUpdate] = []
    now = timezone.now()
    for obligation in obligations:
        topic = (obligation.finding.themes or ["this recommendation"])[-1]
        status = rng.choices(statuses, weights=weights)[0]
        obligation.status = status
        obligation.status_changed_at = now - dt.timedelta(days=rng.randint(1, 200))
        obligation.published_status = status if rng.random() < 0.6 else None
        if status == S.NOT_STARTED:
            continue
        deadline = obligation.finding.deadline or (today + dt.timedelta(days=180))
        for title, owner in rng.sample(ACTION_TEMPLATES, k=rng.randint(1, 3)):
            due = deadline - dt.timedelta(days=rng.randint(0, 150))
            done = status in (S.IMPLEMENTED, S.ASSURED, S.CLOSED) or (due < today and rng.random() < 0.7)
            actions.append(
                Action(
                    obligation=obligation,
                    title=title.format(topic=topic),
                    owner=owner,
                    due=due,
                    status=ActionStatus.DONE if done else ActionStatus.OPEN,
                )
            )
        for n in range(rng.randint(1, 3)):
            text = rng.choice(UPDATE_TEMPLATES).format(topic=topic, pct=rng.randint(35, 98))
            updates.append(
                ProgressUpdate(
                    obligation=obligation, text=text, created_at=now - dt.timedelta(days=30 * n + rng.randint(0, 20))
                )
            )
    bulk_update_with_history(
        obligations, Obligation, ["status", "status_changed_at", "published_status"], batch_size=1000
    )
    bulk_create_with_history(actions, Action, batch_size=1000)
    bulk_create_with_history(updates, ProgressUpdate, batch_size=1000)
    return DemoActivity(obligations=len(obligations), actions=len(actions), updates=len(updates))


# Letters and evidence ---------------------------------------------------------------------------

# Who records the demo's letters and evidence: one sign-in per organisation, without a password
# (nobody signs in as them), so the history names an organisation's own editor.
DEMO_LETTER_DIR = "demo_letters"


def _demo_member(organisation: Organisation, role: str) -> Any:
    from oversight.accounts.models import Membership, User

    username = f"{organisation.slug}-{role.replace('_', '-')}"[:150]
    user, created = User.objects.get_or_create(username=username)
    if created:
        user.set_unusable_password()
        as_actor(user, None).save()
    if not Membership.objects.filter(user=user, organisation=organisation, role=role).exists():
        as_actor(Membership(user=user, organisation=organisation, role=role), None).save()
    return user


@dataclass(frozen=True, slots=True)
class DemoLetters:
    confirmed: list[str]
    problems: list[str]


def demo_letters_confirm() -> DemoLetters:
    """Read the demo's synthetic letters (PDF, DOCX, HTML) through the ingestion pipeline, as the
    policing body's own editor, and confirm each draft as that editor would. Letters already
    recorded are left alone."""
    from oversight.responses.models import Response
    from oversight.responses.services import response_confirm, response_ingest_file

    confirmed: list[str] = []
    problems: list[str] = []
    folder = resources.files("oversight.core").joinpath(DEMO_LETTER_DIR)
    letters = sorted((entry for entry in folder.iterdir() if entry.name[0] != "."), key=lambda e: e.name)
    with tempfile.TemporaryDirectory() as scratch:
        for entry in letters:
            if Response.objects.filter(source_filename=entry.name).exists():
                continue
            path = Path(scratch) / entry.name
            path.write_bytes(entry.read_bytes())
            body = _letter_body(path)
            if body is None:
                problems.append(f"{entry.name}: no policing body named")
                continue
            editor = _demo_member(body, Role.BODY_EDITOR)
            outcome = response_ingest_file(actor=editor, path=path, filename=entry.name)
            if outcome.response is None:
                problems.append(f"{entry.name}: {outcome.problem}")
                continue
            response_confirm(actor=editor, response=outcome.response)
            confirmed.append(entry.name)
    return DemoLetters(confirmed=confirmed, problems=problems)


def _letter_body(path: Path) -> Organisation | None:
    """The policing body a demo letter is from, read by the pipeline itself."""
    from oversight.responses.selectors import ingest_catalogue
    from oversight_ingest.pipeline import ingest_path

    result = ingest_path(path, ingest_catalogue())
    organisation = result.organisation
    if organisation is None or not organisation.name:
        return None
    return Organisation.objects.filter(name=organisation.name, kind=OrganisationKind.POLICING_BODY).first()


EVIDENCE_FILES = [
    (
        "Referral audit, intelligence documents submitted",
        "Monthly audit of referrals to the National Command and Control Unit and whether the intelligence "
        "document was submitted. Synthetic demonstration data.",
        "referral-audit.csv",
    ),
    (
        "Minutes of the accountability board",
        "The board's discussion of progress on this finding. Synthetic demonstration text.",
        "board-minutes.html",
    ),
]


def _referral_csv(rng: random.Random, months: int) -> bytes:
    lines = ["month,referrals,documents_submitted"]
    for month in range(1, months + 1):
        referrals = rng.randint(30, 60)
        lines.append(f"2025-{month:02d},{referrals},{referrals - rng.randint(0, 8)}")
    return ("\n".join(lines) + "\n").encode()


def _minutes_html(obligation: Obligation) -> bytes:
    finding = obligation.finding
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Accountability board minutes</title>"
        "</head><body><h1>Accountability board: minutes (synthetic)</h1>"
        f"<p>Item 4: progress on {finding.get_kind_display().lower()} {finding.reference} of the report "
        f"“{finding.report.title}”.</p><p>The board noted the actions completed and the audit figures, and "
        "asked for a further update next quarter.</p></body></html>"
    ).encode()


def demo_evidence_generate(*, seed: int = 2025, per_force: int = 2) -> int:
    """Give a few obligations of the forces whose letters are in the demo evidence files, uploaded
    through the evidence service (type sniffed, stored, versioned) by the force's own editor.
    Returns the number of versions written; nothing is written if evidence already exists."""
    from oversight.evidence.models import EvidenceFile
    from oversight.evidence.services import evidence_add, evidence_version_add
    from oversight.responses.models import Response

    if EvidenceFile.objects.exists():
        return 0
    rng = random.Random(seed)  # noqa: S311 - synthetic demo data, reproducible from its seed
    force_ids = set(Response.objects.exclude(force=None).values_list("force_id", flat=True))
    written = 0
    for force in Organisation.objects.filter(pk__in=force_ids).order_by("name"):
        editor = _demo_member(force, Role.FORCE_EDITOR)
        obligations = Obligation.objects.select_related("finding__report", "organisation").filter(
            organisation=force, status__in=[S.IN_PROGRESS, S.IMPLEMENTED, S.ASSURED, S.CLOSED]
        )
        for obligation in obligations.order_by("finding__report__key", "finding__position")[:per_force]:
            (title, description, name), (minutes_title, minutes_description, minutes_name) = EVIDENCE_FILES
            first = evidence_add(
                actor=editor,
                obligation=obligation,
                title=title,
                description=description,
                chunks=[_referral_csv(rng, 3)],
                filename=name,
            )
            evidence_version_add(actor=editor, evidence=first.evidence, chunks=[_referral_csv(rng, 6)], filename=name)
            evidence_add(
                actor=editor,
                obligation=obligation,
                title=minutes_title,
                description=minutes_description,
                classification=Classification.OFFICIAL,
                chunks=[_minutes_html(obligation)],
                filename=minutes_name,
            )
            written += 3
    return written
