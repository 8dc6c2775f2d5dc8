"""Benchmark: the oversight pages at national scale, served by ``oversight serve`` on PostgreSQL.

Drives the obligation, force, report, region, national and home pages with 50 concurrent
clients (locust, headless, loopback only, for a bounded time), each signed in as an
inspectorate analyst (who may see every page), and writes p50/p95/p99 and the error count per
page to ``--output``. In the same run it measures each page's own SQL: the summed time and
number of the queries one request makes, read in-process with Django's query capture over the
same sample of addresses.

Needs a data set from ``scripts/bench_scale.py`` (its ``--describe`` file) in the database
DATABASE_URL names. Run through ``scripts/bench web`` (or ``make bench-web``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = {
    "obligation": "/obligations/<id>/",
    "force": "/forces/<slug>/",
    "report": "/reports/<key>/",
    "region": "/regions/<slug>/",
    "national": "/national/",
    "home": "/",
}


def addresses(description: dict, rng: random.Random, page: str) -> str:
    if page == "obligation":
        return f"/obligations/{rng.choice(description['obligations'])}/"
    if page == "force":
        return f"/forces/{rng.choice(description['forces'])}/"
    if page == "report":
        return f"/reports/{rng.choice(description['reports'])}/"
    if page == "region":
        return f"/regions/{rng.choice(description['regions'])}/"
    return "/national/" if page == "national" else "/"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure_sql(description: dict, samples: int) -> dict[str, dict[str, float]]:
    """Per page: the SQL one request runs, timed by Django's query capture (in this process)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from oversight.accounts.models import User

    client = Client(HTTP_X_FORWARDED_PROTO="https")
    client.force_login(User.objects.get(username=description["users"]["analyst"]))
    rng = random.Random(7)
    result: dict[str, dict[str, float]] = {}
    for page in PAGES:
        times, counts, statuses = [], [], set()
        client.get(addresses(description, rng, page))  # warm caches and connections
        for _ in range(samples):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(addresses(description, rng, page))
            statuses.add(response.status_code)
            times.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
            counts.append(len(captured.captured_queries))
        result[page] = {
            "sql_p50_ms": round(statistics.median(times), 1),
            "sql_p95_ms": round(_percentile(times, 0.95), 1),
            "queries_p50": statistics.median(counts),
            "statuses": sorted(statuses),
        }
    return {"pages": result, "session": client.cookies["sessionid"].value}


def serve(env: dict[str, str], port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "oversight.cli", "serve", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        env=env,
        cwd=REPO,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return proc
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if proc.poll() is not None:
                raise SystemExit(f"oversight serve exited: see {log}") from None
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("oversight serve did not answer within 300 s")


def load(description: dict, session: str, base: str, users: int, seconds: int) -> dict[str, dict[str, float]]:
    import gevent
    from locust import HttpUser, between, task
    from locust.env import Environment

    class Analyst(HttpUser):
        wait_time = between(0.5, 1.5)  # a person reading pages, not a tight loop

        def on_start(self) -> None:
            # Every client reuses one signed-in analyst session (signing 50 people in at once
            # would measure password hashing, not the pages). The service sees HTTPS, as behind
            # its proxy, so its Secure session cookie is sent by hand.
            self.client.headers.update({"X-Forwarded-Proto": "https", "Cookie": f"sessionid={session}"})
            self.rng = random.Random()

        def _get(self, page: str) -> None:
            url = addresses(description, self.rng, page)
            with self.client.get(url, name=page, allow_redirects=False, catch_response=True) as response:
                if response.status_code != 200:  # a redirect to sign in, or a refusal, is an error here
                    response.failure(f"status {response.status_code}")

        @task
        def obligation(self) -> None:
            self._get("obligation")

        @task
        def force(self) -> None:
            self._get("force")

        @task
        def report(self) -> None:
            self._get("report")

        @task
        def region(self) -> None:
            self._get("region")

        @task
        def national(self) -> None:
            self._get("national")

        @task
        def home(self) -> None:
            self._get("home")

    environment = Environment(user_classes=[Analyst], host=base)
    runner = environment.create_local_runner()
    runner.start(users, spawn_rate=max(1, users // 5))
    gevent.sleep(seconds)
    runner.quit()
    figures: dict[str, dict[str, float]] = {}
    for page in PAGES:
        entry = environment.stats.get(page, "GET")
        figures[page] = {
            "requests": entry.num_requests,
            "errors": entry.num_failures,
            "p50_ms": entry.get_response_time_percentile(0.5),
            "p95_ms": entry.get_response_time_percentile(0.95),
            "p99_ms": entry.get_response_time_percentile(0.99),
            "mean_ms": round(entry.avg_response_time, 1),
        }
    errors = {f"{e.method} {e.name}: {e.error}"[:300]: e.occurrences for e in environment.stats.errors.values()}
    figures["_errors"] = errors  # type: ignore[assignment]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--describe", type=Path, required=True)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sql-samples", type=int, default=20)
    parser.add_argument("--sql-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    description = json.loads(args.describe.read_text())
    if args.sql_only:
        print(json.dumps(measure_sql(description, args.sql_samples)))
        return

    env = dict(os.environ)
    env.update(
        {
            "DEBUG": "false",
            "SECRET_KEY": env.get("SECRET_KEY") or "bench-only-secret-key-0123456789abcdefghijkl",
            "ALLOWED_HOSTS": "127.0.0.1,testserver",
            "DATABASE_CONN_MAX_AGE": "60",
            "SECURE_HSTS_SECONDS": "0",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(REPO),
        }
    )
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = Path(env.get("OVERSIGHT_DATA_DIR", "/tmp")) / "bench-serve.log"
    server = serve(env, port, args.workers, log)  # collects the static files the pages need first
    try:
        sql = subprocess.run(
            [
                sys.executable,
                __file__,
                "--sql-only",
                "--describe",
                str(args.describe),
                "--sql-samples",
                str(args.sql_samples),
            ],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        measured = json.loads(sql.stdout.strip().splitlines()[-1])
        sql_figures = measured["pages"]
        load_figures = load(description, measured["session"], f"http://127.0.0.1:{port}", args.users, args.seconds)
    finally:
        server.terminate()
        server.wait(timeout=60)
    errors = load_figures.pop("_errors")
    pages = {}
    for page, pattern in PAGES.items():
        figures = {"url": pattern, **load_figures[page], **sql_figures[page]}
        statuses = figures.pop("statuses")
        figures["sql_statuses"] = statuses
        if statuses == [404]:
            figures["missing"] = True
        pages[page] = figures
    result = {
        "benchmark": "web pages at national scale, oversight serve on PostgreSQL",
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "load_average_at_end": os.getloadavg()},
        "data": description["counts"],
        "server": {"workers": args.workers, "threads_per_worker": int(env.get("OVERSIGHT_WEB_THREADS", "4"))},
        "clients": args.users,
        "think_time_s": [0.5, 1.5],
        "duration_s": args.seconds,
        "signed_in_as": "inspectorate analyst",
        "pages": pages,
        "errors_total": sum(p["errors"] for p in pages.values()),
        "error_messages": errors,
        "aim": "p95 < 150 ms, no errors",
    }
    text = json.dumps(result, indent=1)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
