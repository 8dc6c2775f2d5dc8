"""Benchmark: ``oversight backup`` and ``oversight restore`` at national scale on PostgreSQL.

Times a backup of the data set made by ``scripts/bench_scale.py --files`` (215,000 obligations,
1,000,000 actions and updates with their history, 10,000 evidence files of 100 KB), then a
restore of that archive into a new, empty database and upload folder, and checks the restored
row counts and files. Peak memory is the largest resident set of each command and the programs
it runs (pg_dump, pg_restore), from the operating system's accounting of the finished process;
the PostgreSQL server's own memory is not included.

Run through ``scripts/bench operate`` (or ``make bench-operate``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()  # type: ignore[union-attr]
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv[2:4])} failed:\n{err[-3000:]}")
    # ru_maxrss (KiB on Linux) is the largest of the process and the children it waited for.
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "output": out.strip()[-500:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--describe", type=Path, required=True)
    parser.add_argument("--restore-database-url", required=True, help="an empty PostgreSQL database to restore into")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    description = json.loads(args.describe.read_text())
    oversight = [sys.executable, "-m", "oversight.cli"]
    env = dict(os.environ)
    env.update(
        {"DEBUG": "false", "SECRET_KEY": "bench-only-secret-key-0123456789abcdefghijkl", "ALLOWED_HOSTS": "127.0.0.1"}
    )
    media = Path(env["OVERSIGHT_DATA_DIR"]) / "media"
    media_bytes = sum(p.stat().st_size for p in media.rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory(prefix="bench-operate-", dir=env["OVERSIGHT_DATA_DIR"]) as work:
        archive = Path(work) / "oversight.tar"
        backup = timed([*oversight, "backup", "--output", str(archive)], env)
        archive_bytes = archive.stat().st_size
        target = dict(env, DATABASE_URL=args.restore_database_url, OVERSIGHT_DATA_DIR=str(Path(work) / "restored"))
        restore = timed([*oversight, "restore", str(archive)], target)
        restored_files = sum(1 for p in (Path(work) / "restored" / "media").rglob("*") if p.is_file())
    result = {
        "benchmark": "oversight backup and restore at national scale, PostgreSQL",
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "load_average_at_end": os.getloadavg()},
        "data": description["counts"],
        "media_bytes": media_bytes,
        "archive_bytes": archive_bytes,
        "backup": backup,
        "restore": restore,
        "restored_files": restored_files,
        "aim": "each under 120 s and 500 MB",
    }
    text = json.dumps(result, indent=1)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
