"""Benchmark: import a synthetic report pack of 5,000 recommendations fanned out to 43 forces.

Measures, on the database DATABASE_URL names (a fresh one each repeat):
- ``import``: validating the pack and ``report_import_pack`` (findings, 215,000 obligations and
  their history rows, addressee resolution), as ``oversight import-report`` does;
- ``raw``: a raw ``executemany`` of exactly the same rows into the same tables, in one transaction.
Prints medians over the repeats and the ratio; ``--output`` appends the figures as JSON.

Run through ``scripts/bench`` (SQLite and PostgreSQL), not directly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

FINDINGS = 5000


def synthetic_pack(n: int) -> dict[str, object]:
    deadline = dt.date(2026, 4, 30)
    findings = [
        {
            "kind": "recommendation",
            "reference": str(i + 1),
            "text": f"By {deadline:%d %B %Y}, chief constables should make sure that outcome {i + 1} is met.",
            "deadline": deadline.isoformat(),
            "addressees": ["chief constables"],
            "themes": ["benchmark"],
        }
        for i in range(n)
    ]
    return {
        "format": "oversight-report-pack",
        "version": 1,
        "report": {
            "key": "bench-report",
            "title": "A synthetic national report for the import benchmark",
            "inspectorate": "HMICFRS",
            "kind": "national_thematic",
            "published": "2025-05-16",
            "findings": findings,
        },
    }


def reset_database() -> None:
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    else:
        connection.close()
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
    call_command("migrate", verbosity=0, interactive=False)
    from oversight.organisations.services import reference_data_load

    reference_data_load()


def run_import(doc: dict[str, object]) -> tuple[float, int]:
    from oversight.reports.services import report_import_pack
    from oversight_ingest.packs import validate_pack

    start = time.perf_counter()
    pack = validate_pack(doc, source="synthetic")
    result = report_import_pack(actor=None, pack=pack)
    return time.perf_counter() - start, result.obligations_created


def run_raw(doc: dict[str, object]) -> tuple[float, int]:
    """Insert the same rows (report, findings, obligations and both history tables) the fastest raw way:
    executemany on SQLite, COPY on PostgreSQL, and the obligations' history by INSERT ... SELECT."""
    from django.db import connection, transaction
    from django.utils import timezone

    from oversight.core.bulk import copy_rows
    from oversight.obligations.models import Obligation
    from oversight.organisations.models import Organisation
    from oversight.reports.models import Finding, Report

    report_doc = doc["report"]
    assert isinstance(report_doc, dict)
    inspectorate = Organisation.objects.get(short_name="HMICFRS")
    forces = list(Organisation.objects.filter(kind="force").values_list("pk", flat=True))
    extra = list(Organisation.objects.filter(kind="national").values_list("pk", flat=True))[:0]
    now = timezone.now()
    start = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cur:
        report = Report.objects.create(
            key="raw-report",
            title="raw",
            inspectorate=inspectorate,
            kind="national_thematic",
            published=dt.date(2025, 5, 16),
        )
        f_table, hf_table = Finding._meta.db_table, Finding.history.model._meta.db_table
        o_table, ho_table = Obligation._meta.db_table, Obligation.history.model._meta.db_table
        rows = [
            (
                report.pk,
                f["kind"],
                f["reference"],
                i,
                f["text"],
                f["deadline"],
                json.dumps(f["addressees"]),
                json.dumps(f["themes"]),
            )
            for i, f in enumerate(report_doc["findings"])
        ]
        cur.executemany(
            f"INSERT INTO {f_table} (report_id, kind, reference, position, text, deadline, addressees, themes) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            rows,
        )
        cur.execute(f"SELECT id FROM {f_table} WHERE report_id = %s ORDER BY position", [report.pk])
        finding_ids = [r[0] for r in cur.fetchall()]
        cur.executemany(
            f"INSERT INTO {hf_table} (id, report_id, kind, reference, position, text, deadline, addressees, themes, "
            "history_date, history_type, history_change_reason, history_user_id) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, '+', NULL, NULL)",
            [(fid, *row, now) for fid, row in zip(finding_ids, rows, strict=True)],
        )
        pairs = [(fid, org) for fid in finding_ids for org in (*forces, *extra)]
        if connection.vendor == "postgresql":
            copy_rows(cur, o_table, ["finding_id", "organisation_id", "status"], [(*p, "not_started") for p in pairs])
        else:
            cur.executemany(
                f"INSERT INTO {o_table} (finding_id, organisation_id, status) VALUES (%s, %s, 'not_started')", pairs
            )
        cur.execute(
            f"INSERT INTO {ho_table} (id, finding_id, organisation_id, status, history_date, history_type) "
            f"SELECT id, finding_id, organisation_id, status, %s, '+' FROM {o_table} WHERE finding_id >= %s",
            [now, min(finding_ids)],
        )
    return time.perf_counter() - start, len(pairs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--findings", type=int, default=FINDINGS)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    import django

    django.setup()
    from django.db import connection

    doc = synthetic_pack(args.findings)
    imports, raws, created = [], [], 0
    for _ in range(args.repeats):
        reset_database()
        seconds, created = run_import(doc)
        imports.append(seconds)
        reset_database()
        raws.append(run_raw(doc)[0])
    figures = {
        "database": connection.vendor,
        "findings": args.findings,
        "obligations": created,
        "repeats": args.repeats,
        "import_median_s": round(statistics.median(imports), 3),
        "raw_insert_median_s": round(statistics.median(raws), 3),
        "ratio": round(statistics.median(imports) / statistics.median(raws), 2),
        "import_runs_s": [round(x, 3) for x in imports],
        "raw_runs_s": [round(x, 3) for x in raws],
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    print(
        f"{figures['database']:<11} {created:>7} obligations: import {figures['import_median_s']:>6.2f} s, "
        f"raw insert {figures['raw_insert_median_s']:>6.2f} s, ratio {figures['ratio']:.2f}"
    )
    if args.output:
        existing = json.loads(args.output.read_text()) if args.output.exists() else {}
        existing[figures["database"]] = figures
        args.output.write_text(json.dumps(existing, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
