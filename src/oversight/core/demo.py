"""Believable synthetic activity for the demo, generated from a fixed seed.

Statuses, actions and progress updates for every force's obligations, written in bulk with
their history rows. Nothing here is real data about any force.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from oversight.obligations.models import Action, ActionStatus, Obligation, ObligationStatus, ProgressUpdate
from oversight.organisations.models import OrganisationKind

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
