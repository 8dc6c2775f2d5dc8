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
from oversight.core.errors import InvalidChange
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


# Operational data for the demo's forces: how each force's synthetic picture differs, so the
# indicator panels and the claims check show agreement in one place and disagreement in another.
# (people on the roster, share who complete the e-learning by now, share on the Hydra roster who
#  completed it, share of referrals with the document submitted early on and by now, plan state)
DEMO_DATA_PROFILES: dict[str, tuple[int, float, float, float, float, str]] = {
    "essex-police": (520, 0.55, 0.70, 0.60, 0.85, "approved-partial"),
    "kent-police": (610, 0.80, 0.90, 0.93, 0.98, "approved"),
    "thames-valley-police": (880, 0.45, 0.50, 0.70, 0.88, "draft"),
    "humberside-police": (430, 0.35, 0.40, 0.55, 0.75, "none"),
    "west-yorkshire-police": (950, 0.65, 0.75, 0.80, 0.95, "approved"),
}
DEMO_DATA_START = dt.date(2025, 6, 2)  # the roster's date: soon after the OIC report was published
DEMO_DATA_PARTNER = "yorkshire-and-humber-regional-organised-crime-unit"
DEMO_DATA_SHARED = ["hydra-completed", "oic-elearning-all-modules"]


@dataclass(frozen=True, slots=True)
class DemoData:
    imports: int
    rows: int
    problems: list[str]


def _spread(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day between start and end, earlier days likelier: most people complete a course soon
    after it is assigned, and fewer as time goes on."""
    span = max((end - start).days, 0)
    return start + dt.timedelta(days=int(span * rng.random() ** 1.6))


def _demo_csv(folder: Path, name: str, header: str, rows: list[str]) -> Path:
    path = folder / name
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _demo_force_files(folder: Path, rng: random.Random, slug: str, today: dt.date) -> dict[str, Path]:
    people, elearning, hydra, referrals_early, referrals_now, plan = DEMO_DATA_PROFILES[slug]
    end = today - dt.timedelta(days=1)
    start = DEMO_DATA_START
    roster: list[str] = []
    training: list[str] = []
    departments = ["Response", "CID", "Neighbourhood", "Custody", "Intelligence", "Ports"]
    for n in range(people):
        ref = f"{slug[:3].upper()}{n:05d}"
        department = rng.choice(departments)
        role = "Sergeant" if n % 9 == 0 else "Constable" if n % 4 else "Police staff"
        courses = [f"oic-elearning-{m}" for m in range(1, 5)]
        if department in {"Response", "Ports", "Custody"}:
            courses.append("hydra-oic")
        keen = rng.random()  # one person's engagement: whoever completes a module did the ones before it
        for course in courses:
            roster.append(f"{ref},{role},{department},{course},{start.isoformat()}")
            module = int(course[-1]) if course[-1].isdigit() else 0  # later modules: fewer, later
            share = hydra if module == 0 else elearning * (1.0 - 0.06 * (module - 1))
            if (rng.random() if module == 0 else keen) < share:
                done = _spread(rng, start + dt.timedelta(days=14 if module == 0 else 7 * (module - 1)), end)
                training.append(f"{ref},{role},{department},{course},{done.strftime('%d/%m/%Y')}")
    referrals: list[str] = []
    month = dt.date(2025, 4, 1)
    number = 0
    while month <= end:
        months_in = (month.year - 2025) * 12 + month.month - 4
        submitted_share = min(referrals_now, referrals_early + (referrals_now - referrals_early) * months_in / 12)
        for _ in range(rng.randint(25, 55)):
            number += 1
            reported = month + dt.timedelta(days=rng.randint(0, 27))
            if reported > end:
                continue
            submitted = ""
            if rng.random() < submitted_share:
                on = reported + dt.timedelta(days=rng.choice([0, 1, 1, 2, 2, 3, 5, 8]))
                submitted = (on if on <= end else end).isoformat()
            referrals.append(
                f"NCCU-{slug[:3].upper()}-{number:05d},{reported.isoformat()},OFF{rng.randint(1, 400):04d},{submitted}"
            )
        month = (month + dt.timedelta(days=32)).replace(day=1)
    plans: list[str] = []
    if plan != "none":
        approved = plan.startswith("approved")
        sharing = "no" if plan == "approved-partial" else "yes"
        plans.append(
            f"CP-{slug[:3].upper()}-1,Organised immigration crime collection plan,"
            f"{'approved' if approved else 'draft'},yes,yes,{sharing},"
            f"{(start + dt.timedelta(days=75)).isoformat() if approved else ''}"
        )
    files = {
        "roster": _demo_csv(folder, f"{slug}-roster.csv", "person_ref,role,department,course,as_of", roster),
        "training": _demo_csv(
            folder, f"{slug}-training.csv", "person_ref,role,department,course,completed_on", training
        ),
        "nccu-referrals": _demo_csv(
            folder, f"{slug}-referrals.csv", "referral_ref,reported_on,officer_ref,intel_submitted_on", referrals
        ),
    }
    if plans:
        files["collection-plans"] = _demo_csv(
            folder,
            f"{slug}-plans.csv",
            "plan_ref,title,status,covers_collection,covers_analysis,covers_sharing,approved_on",
            plans,
        )
    return files


def demo_data_import(*, seed: int = 2025, today: dt.date | None = None) -> DemoData:
    """Import synthetic operational data (a roster, learning completions, NCCU referrals and a
    collection plan) for the forces whose letters are in the demo, through the import service as
    each force's own editor: checked row by row, pseudonymised, audited, summarised. West Yorkshire
    shares two indicators with the regional unit, so the partner's dashboard has something to show.
    Nothing is imported when any import exists already."""
    from oversight.measures.models import DataImport, ImportState
    from oversight.measures.pseudonyms import pseudonym_key
    from oversight.measures.services import data_import_file, data_sharing_set

    if DataImport.objects.exists():
        return DemoData(0, 0, [])
    try:
        pseudonym_key()  # made on first use in development; production must set it
    except InvalidChange as exc:
        return DemoData(0, 0, [exc.message])
    rng = random.Random(seed)  # noqa: S311 - synthetic demo data, reproducible from its seed
    today = today or timezone.localdate()
    imports = rows = 0
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="oversight-demo-data-") as tmp:
        for force in Organisation.objects.filter(slug__in=DEMO_DATA_PROFILES).order_by("name"):
            editor = _demo_member(force, Role.FORCE_EDITOR)
            for kind, path in _demo_force_files(Path(tmp), rng, force.slug, today).items():
                record = data_import_file(actor=editor, force=force, kind=kind, path=path)
                if record.state != ImportState.SUCCEEDED:
                    problems.append(f"{force.slug} {kind}: {record.problem or record.errors[:3]}")
                    continue
                imports += 1
                rows += record.rows_imported
            if force.slug == "west-yorkshire-police":
                partner = Organisation.objects.filter(slug=DEMO_DATA_PARTNER).first()
                if partner is not None:
                    data_sharing_set(
                        actor=editor, force=force, partner=partner, report_key="oic-2025", indicators=DEMO_DATA_SHARED
                    )
    return DemoData(imports, rows, problems)
