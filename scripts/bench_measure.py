"""Benchmark: operational data imports and indicator computation at national scale.

Generates 1,000,000 training records and 200,000 NCCU referrals across the 43 forces (one CSV
file per force and kind; plus a roster, loaded outside the timings), then measures on the
database DATABASE_URL names:

- ``import``: ``data_import_file`` for every file, as ``oversight import-data`` does (reading,
  checking, pseudonymising, writing), in rows per second;
- ``raw``: the same rows, already converted and pseudonymised, written the fastest raw way
  (``executemany`` on SQLite, COPY on PostgreSQL) in one transaction per file, into fresh tables
  like the import's;
- peak memory (resident set) sampled while importing;
- the time to compute every indicator of the OIC report for every force, region and the nation,
  by month and by quarter, with projections (from the per-force summaries imports keep), and the
  time to rebuild every force's summaries from its rows.

Medians over ``--repeats``. Run through ``scripts/bench measure`` (SQLite and PostgreSQL).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

TRAINING = 1_000_000
REFERRALS = 200_000
COURSES = ["hydra-oic", "oic-elearning-1", "oic-elearning-2", "oic-elearning-3", "oic-elearning-4"]
START = dt.date(2025, 5, 16)
END = dt.date(2026, 10, 31)


def rss_mb() -> float:
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class PeakMemory:
    """Samples the resident set every 20 ms while active."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_mb())
            time.sleep(0.02)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def generate(folder: Path, forces: list[str], *, training: int, referrals: int) -> dict[str, list[Path]]:
    rng = random.Random(20251130)
    span = (END - START).days
    files: dict[str, list[Path]] = {"training": [], "nccu-referrals": [], "roster": []}
    per_force_t, per_force_r = training // len(forces), referrals // len(forces)
    for n, slug in enumerate(forces):
        t_rows = per_force_t + (1 if n < training % len(forces) else 0)
        r_rows = per_force_r + (1 if n < referrals % len(forces) else 0)
        people = max(t_rows // 4, 1)
        path = folder / f"training-{slug}.csv"
        seen: set[tuple[int, str, int]] = set()
        with path.open("w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["person_ref", "role", "department", "course", "completed_on"])
            written = 0
            while written < t_rows:
                person, course, day = rng.randrange(people), rng.choice(COURSES), rng.randrange(span)
                if (person, course, day) in seen:
                    continue
                seen.add((person, course, day))
                when = START + dt.timedelta(days=day)
                text = when.isoformat() if written % 3 else when.strftime("%d/%m/%Y")
                writer.writerow([f"{slug[:3].upper()}{person:06d}", "Constable", "Response", course, text])
                written += 1
        files["training"].append(path)
        path = folder / f"roster-{slug}.csv"
        with path.open("w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["person_ref", "role", "department", "course", "as_of"])
            for person in range(people):
                for course in COURSES:
                    writer.writerow([f"{slug[:3].upper()}{person:06d}", "Constable", "Response", course, "2025-06-01"])
        files["roster"].append(path)
        path = folder / f"referrals-{slug}.csv"
        with path.open("w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["referral_ref", "reported_on", "officer_ref", "intel_submitted_on"])
            for i in range(r_rows):
                reported = START + dt.timedelta(days=rng.randrange(span - 30))
                submitted = reported + dt.timedelta(days=rng.randrange(30)) if rng.random() < 0.7 else None
                writer.writerow([f"{slug}-{i}", reported.isoformat(), f"OFF{rng.randrange(900)}", submitted or ""])
        files["nccu-referrals"].append(path)
    return files


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
    from oversight.reports.services import report_import_pack
    from oversight_ingest.packs import load_pack

    reference_data_load()
    pack = Path(__file__).resolve().parent.parent / "src" / "oversight" / "reports" / "packs" / "oic-2025.json"
    report_import_pack(actor=None, pack=load_pack(pack), publish=True)


def prepared_rows(kind: str, path: Path) -> list[tuple[Any, ...]]:
    """The rows exactly as the import stores them (checked, normalised, pseudonymised)."""
    from django.utils import timezone

    from oversight.measures.contracts import CONTRACTS
    from oversight.measures.parsing import RowChecker, table_rows
    from oversight.measures.pseudonyms import pseudonym_key, pseudonymiser

    checker = RowChecker(
        contract=CONTRACTS[kind],
        filename=path.name,
        pseudonymise=pseudonymiser(pseudonym_key()),
        force_names=set(),
        today=timezone.localdate(),
    )
    rows = table_rows(path, path.name, max_bytes=1 << 40)
    checker.header(next(rows))
    out = []
    for number, values in enumerate(rows, start=2):
        checked = checker.check(number, values)
        assert checked is not None, checker.problems.errors
        out.append(checked)
    return out


def run_imports(files: dict[str, list[Path]], forces: dict[str, Any], kinds: list[str]) -> tuple[float, int, float]:
    from oversight.measures.models import ImportState
    from oversight.measures.services import data_import_file

    rows = 0
    with PeakMemory() as memory:
        start = time.perf_counter()
        for kind in kinds:
            for path in files[kind]:
                slug = path.stem.split("-", 1)[1] if kind != "nccu-referrals" else path.stem.removeprefix("referrals-")
                record = data_import_file(actor=None, force=forces[slug], kind=kind, path=path)
                assert record.state == ImportState.SUCCEEDED, (record.problem, record.errors[:3])
                rows += record.rows_imported
        seconds = time.perf_counter() - start
    return seconds, rows, memory.peak


def run_raw(files: dict[str, list[Path]], forces: dict[str, Any], kinds: list[str]) -> tuple[float, int]:
    """Into fresh tables (as the import gets), write the rows the import would store, already
    converted and pseudonymised, the fastest raw way; only the writing is timed."""
    from django.db import transaction

    from oversight.measures.contracts import CONTRACTS
    from oversight.measures.models import ROW_MODELS, DataImport
    from oversight.measures.services import RowWriter

    seconds, rows = 0.0, 0
    for kind in kinds:
        model = ROW_MODELS[kind]
        columns = ["force_id", "data_import_id", *CONTRACTS[kind].names]
        for path in files[kind]:
            slug = path.stem.split("-", 1)[1] if kind != "nccu-referrals" else path.stem.removeprefix("referrals-")
            force = forces[slug]
            record = DataImport.objects.create(force=force, kind=kind, filename=path.name, state="succeeded")
            prepared = [(force.pk, record.pk, *row) for row in prepared_rows(kind, path)]
            start = time.perf_counter()
            with transaction.atomic(), RowWriter(model._meta.db_table, columns) as writer:
                for row in prepared:
                    writer.add(row)
            seconds += time.perf_counter() - start
            rows += len(prepared)
    return seconds, rows


def run_rebuild(forces: dict[str, Any]) -> float:
    """Rebuild every force's summaries from its rows (what imports do for the force they touch)."""
    from oversight.measures.summaries import summaries_refresh

    start = time.perf_counter()
    for force in forces.values():
        summaries_refresh(force_id=force.pk)
    return time.perf_counter() - start


def run_compute() -> tuple[float, float, int]:
    """Wall and CPU seconds (CPU: this process, which on SQLite includes the database's work)."""
    from oversight.measures.selectors import indicator_table
    from oversight.reports.models import Report

    start, cpu = time.perf_counter(), time.process_time()
    table = indicator_table(report=Report.objects.get(key="oic-2025"))
    assert table is not None
    values = 0
    for series in table.all():
        values += len(series.month_points()) + len(series.quarter_points())
        series.projection()
    return time.perf_counter() - start, time.process_time() - cpu, values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--training", type=int, default=TRAINING)
    parser.add_argument("--referrals", type=int, default=REFERRALS)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    os.environ.setdefault("OVERSIGHT_PSEUDONYM_KEY", "benchmark-key-not-a-secret-0123456789abcdef")
    import django

    django.setup()
    from django.db import connection

    from oversight.organisations.models import Organisation

    imports, raws, peaks, computes, compute_cpu, rebuilds = [], [], [], [], [], []
    imported = raw_rows = values = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reset_database()
        slugs = sorted(Organisation.objects.filter(kind="force").values_list("slug", flat=True))
        files = generate(folder, slugs, training=args.training, referrals=args.referrals)
        measured = ["training", "nccu-referrals"]
        for _ in range(args.repeats):
            reset_database()
            forces = {f.slug: f for f in Organisation.objects.filter(kind="force")}
            raw_seconds, raw_rows = run_raw(files, forces, measured)
            raws.append(raw_seconds)
            reset_database()
            forces = {f.slug: f for f in Organisation.objects.filter(kind="force")}
            seconds, imported, peak = run_imports(files, forces, measured)
            imports.append(seconds)
            peaks.append(peak)
            assert raw_rows == imported
            run_imports(files, forces, ["roster"])  # denominators for the indicators; not timed
            rebuilds.append(run_rebuild(forces))
            for _ in range(3):
                compute_seconds, cpu_seconds, values = run_compute()
                computes.append(compute_seconds)
                compute_cpu.append(cpu_seconds)
    import_rate = imported / statistics.median(imports)
    raw_rate = raw_rows / statistics.median(raws)
    figures = {
        "database": connection.vendor,
        "training_rows": args.training,
        "referral_rows": args.referrals,
        "forces": 43,
        "repeats": args.repeats,
        "import_median_s": round(statistics.median(imports), 2),
        "import_rows_per_s": round(import_rate),
        "raw_insert_median_s": round(statistics.median(raws), 2),
        "raw_rows_per_s": round(raw_rate),
        "import_vs_raw": round(import_rate / raw_rate, 2),
        "peak_rss_while_importing_mb_median": round(statistics.median(peaks), 1),
        "indicator_values": values,
        "compute_all_indicators_median_s": round(statistics.median(computes), 3),
        "summaries_rebuild_all_forces_median_s": round(statistics.median(rebuilds), 2),
        "compute_all_indicators_cpu_median_s": round(statistics.median(compute_cpu), 3),
        "load_average_1min_at_end": os.getloadavg()[0],
        "import_runs_s": [round(x, 2) for x in imports],
        "raw_runs_s": [round(x, 2) for x in raws],
        "compute_runs_s": [round(x, 3) for x in computes],
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    print(json.dumps(figures, indent=1))
    if args.output:
        existing = json.loads(args.output.read_text()) if args.output.exists() else {}
        existing[figures["database"]] = figures
        args.output.write_text(json.dumps(existing, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
