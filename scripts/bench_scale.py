"""Generate Oversight's national-scale data set, for the web and operations benchmarks.

43 forces (the real reference data), 300 reports, 5,000 findings, 215,000 obligations (every
finding addressed to every force), 1,000,000 actions and progress updates in total, 10,000
evidence files with their version metadata, every row with its history row, written through
``core.bulk`` (COPY on PostgreSQL) as a bulk import would. With ``--files`` the 10,000 evidence
files are also written under MEDIA_ROOT (100 KB each by default, random bytes, so that backups
measure real I/O, not compression).

Writes a small JSON description (sample ids, slugs, keys and the benchmark sign-ins) to
``--describe`` for the load and SQL timing scripts. The database named by DATABASE_URL must be
empty; it is migrated here. Run through ``scripts/bench web`` or ``scripts/bench operate``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

REPORTS = 300
FINDINGS = 5000
ACTIONS = 500_000
UPDATES = 500_000
EVIDENCE = 10_000
PASSWORD = "bench-password-not-secret"  # a throwaway database on loopback only
CHUNK = 100_000


def _bulk(model, columns, rows, key):
    from django.db import transaction

    from oversight.core.bulk import bulk_insert_with_history

    written = 0
    for start in range(0, len(rows), CHUNK):
        with transaction.atomic():
            written += bulk_insert_with_history(model, columns, rows[start : start + CHUNK], key=key)
    return written


def generate(*, seed: int, files: Path | None, file_bytes: int) -> dict[str, object]:
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from oversight.accounts.models import Membership, Role, User
    from oversight.evidence.models import EvidenceFile, EvidenceVersion
    from oversight.obligations.models import Action, Obligation, ProgressUpdate
    from oversight.organisations.models import Governance, Organisation, OrganisationKind, Region
    from oversight.organisations.services import reference_data_load
    from oversight.reports.models import Finding, Report

    rng = random.Random(seed)
    timings: dict[str, float] = {}
    mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        timings[name] = round(now - mark, 1)
        mark = now
        print(f"{name}: {timings[name]} s", file=sys.stderr)

    call_command("migrate", verbosity=0, interactive=False)
    reference_data_load()
    lap("migrate and reference data")
    inspectorate = Organisation.objects.filter(kind=OrganisationKind.INSPECTORATE).order_by("pk").first()
    forces = list(Organisation.objects.filter(kind=OrganisationKind.FORCE).order_by("pk").values_list("pk", flat=True))
    assert inspectorate is not None
    assert len(forces) == 43

    published = dt.date(2023, 1, 1)
    report_rows = [
        (
            f"bench-{i:03d}",
            f"Synthetic inspection report {i + 1}",
            inspectorate.pk,
            "national_thematic",
            "published",
            published + dt.timedelta(days=4 * i),
        )
        for i in range(REPORTS)
    ]
    _bulk(Report, ["key", "title", "inspectorate_id", "kind", "state", "published"], report_rows, "inspectorate_id")
    reports = list(Report.objects.order_by("pk").values_list("pk", "published"))
    finding_rows = []
    for n in range(FINDINGS):
        report_id, report_published = reports[n % REPORTS]
        position = n // REPORTS
        deadline = report_published + dt.timedelta(days=180 + 30 * (position % 12))
        kind = "recommendation" if position % 3 else "area_for_improvement"
        text = f"By {deadline:%d %B %Y}, chief constables should make sure that outcome {position + 1} is met."
        finding_rows.append((report_id, kind, str(position + 1), position, text, deadline, ["chief constables"]))
    _bulk(
        Finding,
        ["report_id", "kind", "reference", "position", "text", "deadline", "addressees"],
        finding_rows,
        "report_id",
    )
    lap("reports and findings")

    statuses = ["not_started", "in_progress", "implemented", "assured", "closed", "not_accepted"]
    weights = [30, 35, 15, 10, 8, 2]
    findings = list(Finding.objects.order_by("pk").values_list("pk", flat=True))
    obligation_rows = []
    for finding_id in findings:
        for force_id in forces:
            status = rng.choices(statuses, weights)[0]
            obligation_rows.append((finding_id, force_id, status, status if rng.random() < 0.5 else None))
    _bulk(Obligation, ["finding_id", "organisation_id", "status", "published_status"], obligation_rows, "finding_id")
    del obligation_rows
    lap("obligations")

    obligations = list(Obligation.objects.order_by("pk").values_list("pk", flat=True))
    today = dt.date(2026, 11, 30)
    action_rows = [
        (
            rng.choice(obligations),
            f"Action {i}: review the process and report to the board",
            "Head of crime",
            today + dt.timedelta(days=rng.randint(-200, 300)),
            rng.choice(["open", "open", "done", "cancelled"]),
        )
        for i in range(ACTIONS)
    ]
    _bulk(Action, ["obligation_id", "title", "owner", "due", "status"], action_rows, "obligation_id")
    del action_rows
    lap("actions")

    editors = []
    for force_id in forces[:3]:
        user = User.objects.create_user(username=f"bench-editor-{force_id}", password=PASSWORD)
        Membership.objects.create(user=user, organisation_id=force_id, role=Role.FORCE_EDITOR)
        editors.append(user.pk)
    now = timezone.now()
    update_rows = [
        (
            rng.choice(obligations),
            rng.choice(editors),
            f"Progress note {i}: the working group met and the plan is on track.",
            now - dt.timedelta(minutes=rng.randint(0, 500_000)),
        )
        for i in range(UPDATES)
    ]
    _bulk(ProgressUpdate, ["obligation_id", "author_id", "text", "created_at"], update_rows, "obligation_id")
    del update_rows
    lap("progress updates")

    evidence_obligations = rng.sample(obligations, EVIDENCE)
    evidence_rows = [
        (obligation_id, f"Evidence {i}", "Synthetic evidence for the benchmark.", "OFFICIAL-SENSITIVE", 1, editors[0])
        for i, obligation_id in enumerate(evidence_obligations)
    ]
    _bulk(
        EvidenceFile,
        ["obligation_id", "title", "description", "classification", "latest_version", "created_by_id"],
        evidence_rows,
        "obligation_id",
    )
    evidence_ids = list(EvidenceFile.objects.order_by("pk").values_list("pk", flat=True))
    folder = files / "evidence" if files else None
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
    version_rows = []
    for evidence_id in evidence_ids:
        stored = hashlib.sha256(f"{seed}-{evidence_id}".encode()).hexdigest()
        data = rng.randbytes(file_bytes)
        if folder:
            (folder / stored).write_bytes(data)
        version_rows.append(
            (
                evidence_id,
                1,
                "evidence.pdf",
                stored,
                "pdf",
                "application/pdf",
                file_bytes,
                hashlib.sha256(data).hexdigest(),
                editors[0],
                now,
            )
        )
    _bulk(
        EvidenceVersion,
        [
            "evidence_id",
            "number",
            "original_name",
            "stored_name",
            "file_format",
            "content_type",
            "size",
            "sha256",
            "uploaded_by_id",
            "uploaded_at",
        ],
        version_rows,
        "evidence_id",
    )
    lap("evidence" + (" with files" if folder else " metadata"))

    analyst = User.objects.create_user(username="bench-analyst", password=PASSWORD)
    Membership.objects.create(user=analyst, organisation=inspectorate, role=Role.ANALYST)
    force_slug = Organisation.objects.get(pk=forces[0]).slug
    body = Governance.objects.filter(force_id=forces[0]).select_related("body").first()
    body_editor = None
    if body is not None:
        body_editor_user = User.objects.create_user(username="bench-body-editor", password=PASSWORD)
        Membership.objects.create(user=body_editor_user, organisation=body.body, role=Role.BODY_EDITOR)
        body_editor = body_editor_user.username
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    lap("users and statistics")
    counts = {
        "forces": len(forces),
        "reports": Report.objects.count(),
        "findings": Finding.objects.count(),
        "obligations": Obligation.objects.count(),
        "actions": Action.objects.count(),
        "progress_updates": ProgressUpdate.objects.count(),
        "evidence_files": EvidenceFile.objects.count(),
        "evidence_versions": EvidenceVersion.objects.count(),
        "evidence_bytes_on_disk": EVIDENCE * file_bytes if folder else 0,
    }
    return {
        "counts": counts,
        "timings_s": timings,
        "password": PASSWORD,
        "users": {"analyst": "bench-analyst", "force_editor": f"bench-editor-{forces[0]}", "body_editor": body_editor},
        "obligations": rng.sample(obligations, 500),
        "forces": list(Organisation.objects.filter(kind=OrganisationKind.FORCE).values_list("slug", flat=True)),
        "force_editor_force": force_slug,
        "reports": [key for key, *_ in report_rows],
        "regions": list(Region.objects.values_list("slug", flat=True)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--describe", type=Path, required=True, help="where to write the data set's description")
    parser.add_argument("--files", action="store_true", help="also write the evidence files under MEDIA_ROOT")
    parser.add_argument("--file-kb", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    import django

    django.setup()
    from django.conf import settings

    started = time.perf_counter()
    description = generate(
        seed=args.seed, files=Path(settings.MEDIA_ROOT) if args.files else None, file_bytes=args.file_kb * 1024
    )
    description["generate_s"] = round(time.perf_counter() - started, 1)
    args.describe.write_text(json.dumps(description, indent=1))
    print(json.dumps(description["counts"]), file=sys.stderr)


if __name__ == "__main__":
    main()
