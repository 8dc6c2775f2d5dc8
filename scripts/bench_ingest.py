"""Benchmark the ingestion pipeline: throughput by format, extraction vs analysis time, peak memory.

Two corpora:

* the seed letters (``/work/shared/seeds``: TXT, DOCX, PDF, HTML), each run many times;
* a synthetic corpus of 1,000 letters generated from a fixed seed (forces, bodies and their ways
  of naming themselves, report, order and numbering of recommendations, stances, statuses,
  claims, date formats, sign-offs), written as TXT, DOCX (python-docx), HTML (with cookie
  banners, navigation and footers), Markdown and PDF. PDFs are written by a small text-only
  PDF writer in this script (Helvetica, one text object per line), so no new dependency is
  needed; their layout is simpler than real letters, so the seed PDFs are reported too.

Every measured run is a separate subprocess (so ``ru_maxrss`` is that run's peak memory) on one
core; figures are medians over ``--repeats`` runs. Writes ``bench/results/ingest.json`` and
``bench/results/ingest.md``::

    .venv/bin/python scripts/bench_ingest.py [--letters 1000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from oversight_ingest import reference  # noqa: E402
from oversight_ingest.catalogue import Catalogue  # noqa: E402
from oversight_ingest.packs import Pack, load_pack  # noqa: E402

PACKS = REPO / "src" / "oversight" / "reports" / "packs"
SYNTHETIC_FORMATS = ("txt", "docx", "html", "md", "pdf")
SEED_FORMATS = ("txt", "docx", "html", "pdf")
SEED = 20250516

FIRST = ["Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Gareth", "Fiona", "David", "Helen", "Marcus", "Nadia"]
LAST = ["Hughes", "Patel", "Okafor", "Williams", "Brennan", "Khan", "Morgan", "Fraser", "Lloyd", "Sutton", "Reid"]
STANCES = [
    "I agree with this recommendation.",
    "I support this recommendation and the force's approach to it.",
    "The Chief Constable has accepted this recommendation, and I welcome that.",
    "I note this recommendation.",
    "",
]
STATUSES = [
    "The force has completed this work and it is now business as usual.",
    "Work is under way and the force expects to finish by the deadline.",
    "The force plans to start this work in the new financial year.",
    "I will continue to monitor progress through my accountability board.",
]
CLAIMS = [
    "Since {month} {year}, {n} officers have completed the training.",
    "The force recorded {n} incidents between {month} and December {year}.",
    "Over {n} staff have already completed the first module.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
DATE_FORMATS = ["{d}{suf} {month} {y}", "{dd}/{mm}/{y}", "{month} {y}", "{y}-{mm}-{dd}", "Date: {d} {month} {y}", ""]


@dataclass
class Letter:
    """One synthetic letter as structured parts, rendered into each format."""

    title: str
    letterhead: list[str]
    date: str
    salutation: str
    intro: list[str]
    sections: list[tuple[str | None, str | None, list[str]]]  # heading, quoted finding, paragraphs
    valediction: str
    name: str
    role: str
    force: str = ""
    iso_date: str | None = None


def _date(rng: random.Random) -> tuple[str, str | None]:
    """The date as printed and as ISO (month precision for a month-only date)."""
    import calendar

    fmt = rng.choice(DATE_FORMATS)
    d, m = rng.randint(1, 28), rng.randint(6, 9)
    suffix = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    printed = fmt.format(d=d, dd=f"{d:02d}", suf=suffix, month=calendar.month_name[m], mm=f"{m:02d}", y=2025)
    if not printed:
        return printed, None
    return printed, f"2025-{m:02d}" if fmt == "{month} {y}" else f"2025-{m:02d}-{d:02d}"


def _office(fact: reference.ForceFact, rng: random.Random) -> tuple[list[str], str]:
    area = fact.area
    if fact.body_kind == "pfcc":
        return [f"Office of the Police, Fire and Crime Commissioner for {area}"], (
            f"Police, Fire and Crime Commissioner for {area}"
        )
    if fact.body_kind == "mayor":
        if area == "Metropolitan":
            return ["Mayor's Office for Policing and Crime", "City Hall, London"], "Deputy Mayor for Policing and Crime"
        return [f"{area} Combined Authority"], rng.choice(
            [f"Deputy Mayor of {area} for Policing and Crime", "Deputy Mayor for Policing and Crime"]
        )
    if fact.body_kind == "police authority":
        return ["City of London Police Authority Board", "Guildhall"], "Chair, Police Authority Board"
    head = rng.choice(
        [f"Office of the Police and Crime Commissioner for {area}", f"{area} Police and Crime Commissioner"]
    )
    return [head], rng.choice([f"Police and Crime Commissioner for {area}", f"{area} Police and Crime Commissioner"])


def make_letter(rng: random.Random, packs: dict[str, Pack]) -> Letter:
    fact = rng.choice(reference.forces())
    regional = fact.region == "Yorkshire and the Humber" and rng.random() < 0.4
    pack = packs["soc-yh-2025"] if regional else packs["oic-2025"]
    letterhead, role = _office(fact, rng)
    findings = list(pack.findings)
    rng.shuffle(findings)
    keep = findings[: rng.randint(max(1, len(findings) - 1), len(findings))]
    style = rng.choice(["canonical", "own", "list", "quoted"])
    sections: list[tuple[str | None, str | None, list[str]]] = []
    for i, finding in enumerate(keep, start=1):
        label = {"canonical": f"Recommendation {finding.reference}", "own": f"Recommendation {i}", "list": None}.get(
            style
        )
        quoted = finding.text if style != "list" else f"{i}) {finding.text}"
        paras = [" ".join(p for p in (rng.choice(STANCES), rng.choice(STATUSES)) if p)]
        if rng.random() < 0.5:
            claim = rng.choice(CLAIMS).format(n=rng.randint(12, 900), month=rng.choice(MONTHS), year=2024)
            paras.append(f"{fact.name} continues this work. {claim}")
        sections.append((label, quoted, paras))
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    intro = [
        f"I welcome the report and its findings. {fact.name} was one of the forces that contributed to the "
        f"inspection, and I will hold the Chief Constable to account for the response.",
        f"Neighbouring forces, including {rng.choice(reference.forces()).name}, have shared good practice.",
    ]
    printed_date, iso_date = _date(rng)
    return Letter(
        title=f"Response to the HMICFRS report: {pack.title}",
        letterhead=letterhead,
        date=printed_date,
        salutation=rng.choice(["Dear Chief Inspector,", "Dear HM Inspector,", "Dear Sir Andy,"]),
        intro=intro,
        sections=sections,
        valediction=rng.choice(["Yours sincerely,", "Yours faithfully,", "Kind regards,", ""]),
        name=name,
        role=role,
        force=fact.name,
        iso_date=iso_date,
    )


def _flat(letter: Letter) -> list[tuple[str, str]]:
    """(kind, text) blocks: kind is head, title, para, heading, quote."""
    blocks: list[tuple[str, str]] = [("head", line) for line in letter.letterhead]
    if letter.date:
        blocks.append(("para", letter.date))
    blocks += [("para", letter.salutation), ("title", letter.title)]
    blocks += [("para", p) for p in letter.intro]
    for heading, quoted, paras in letter.sections:
        if heading:
            blocks.append(("heading", heading))
        if quoted:
            blocks.append(("quote", quoted))
        blocks += [("para", p) for p in paras]
    if letter.valediction:
        blocks.append(("para", letter.valediction))
    blocks += [("para", letter.name), ("para", letter.role)]
    return blocks


def render_txt(letter: Letter) -> bytes:
    return "\n\n".join(text for _, text in _flat(letter)).encode("utf-8")


def render_md(letter: Letter) -> bytes:
    out = []
    for kind, text in _flat(letter):
        if kind == "title":
            out.append(f"# {text}")
        elif kind == "heading":
            out.append(f"## **{text}**")
        elif kind == "quote":
            out.append(f"> {text}")
        elif kind == "head":
            out.append(f"**{text}**")
        else:
            out.append(text)
    return "\n\n".join(out).encode("utf-8")


def render_html(letter: Letter) -> bytes:
    body = []
    for kind, text in _flat(letter):
        t = html.escape(text)
        tag = {"title": "h1", "heading": "h2", "quote": "blockquote"}.get(kind, "p")
        body.append(f"<{tag}>{t}</{tag}>")
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Response letter</title>"
        "<style>body{font-family:sans-serif}</style><script>window.dataLayer=[];</script></head><body>"
        "<div class='cookie-banner' role='region' aria-label='Cookies'><p>We use cookies to improve this site. "
        "<button>Accept all cookies</button><button>Reject cookies</button></p></div>"
        "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/about'>About the Commissioner</a></li>"
        "<li><a href='/news'>News</a></li><li><a href='/contact'>Contact us</a></li></ul></nav></header>"
        "<nav class='breadcrumbs'><a href='/'>Home</a> &gt; <a href='/publications'>Publications</a></nav>"
        f"<main><article>{''.join(body)}</article></main>"
        "<aside><h3>Related pages</h3><ul><li><a href='/plan'>Police and Crime Plan</a></li></ul></aside>"
        "<footer><p>© Office of the Commissioner</p><a href='/privacy'>Privacy</a> <a href='/accessibility'>"
        "Accessibility</a></footer></body></html>"
    )
    return page.encode("utf-8")


def render_docx(letter: Letter) -> bytes:
    import docx

    document = docx.Document()
    for kind, text in _flat(letter):
        if kind == "title":
            document.add_heading(text, level=1)
        elif kind == "heading":
            document.add_heading(text, level=2)
        elif kind == "quote":
            document.add_paragraph(text, style="Quote")
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _wrap(text: str, width: int = 90) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


def _pdf_string(text: str) -> str:
    text = text.encode("cp1252", errors="replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def render_pdf(letter: Letter) -> bytes:
    """A text-only PDF (Helvetica, WinAnsi), wrapped at 90 characters, A4 pages."""
    pages: list[list[str]] = [[]]
    y = 780
    for kind, text in _flat(letter):
        size = 14 if kind in ("title", "heading") else 11
        font = "F2" if kind in ("title", "heading", "head") else "F1"
        for line in _wrap(text, 70 if size == 14 else 90):
            if y < 60:
                pages.append([])
                y = 780
            pages[-1].append(f"BT /{font} {size} Tf 56 {y} Td ({_pdf_string(line)}) Tj ET")
            y -= size + 4
        y -= 10
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for i, content in enumerate(pages):
        stream = "\n".join(content).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
            f"/Contents {6 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html, "docx": render_docx, "pdf": render_pdf}


def catalogue() -> Catalogue:
    return Catalogue.default([load_pack(p) for p in sorted(PACKS.glob("*.json"))])


def generate(directory: Path, count: int) -> None:
    """Write ``count`` synthetic letters in every format under ``directory/<format>/``."""
    packs = {p.key: p for p in catalogue().reports}
    rng = random.Random(SEED)
    letters = [make_letter(rng, packs) for _ in range(count)]
    for fmt, render in RENDERERS.items():
        target = directory / fmt
        target.mkdir(parents=True, exist_ok=True)
        for i, letter in enumerate(letters):
            (target / f"letter_{i:04d}.{fmt}").write_bytes(render(letter))
    truth = [{"force": x.force, "author": x.name, "role": x.role, "date": x.iso_date} for x in letters]
    (directory / "truth.json").write_text(json.dumps(truth))
    (directory / "DONE").write_text(str(count))


def worker(files: list[Path], loops: int) -> dict[str, Any]:
    """Ingest every file ``loops`` times in this process; times exclude reading the files from disk."""
    from oversight_ingest.pipeline import ingest_bytes

    cat = catalogue()
    data = [(p.name, p.read_bytes()) for p in files]
    ingest_bytes(data[0][1], data[0][0], cat)  # warm-up: imports, catalogue index
    truth_file = files[0].parent.parent / "truth.json"
    truth = json.loads(truth_file.read_text()) if truth_file.exists() else None
    correct = {"force": 0, "author": 0, "role": 0, "date": 0}
    extract = analyse = 0.0
    failed = 0
    matched = 0
    started = time.perf_counter()
    for loop in range(loops):
        for name, blob in data:
            result = ingest_bytes(blob, name, cat)
            extract += result.timings.get("extract", 0.0)
            analyse += result.timings.get("analyse", 0.0)
            failed += not result.ok
            matched += bool(result.report and result.report.matched)
            if truth is not None and loop == 0:
                expected = truth[int(name.split("_")[1].split(".")[0])]
                author = result.author
                correct["force"] += bool(result.organisation and result.organisation.force == expected["force"])
                correct["author"] += bool(author and author.name == expected["author"])
                correct["role"] += bool(author and author.role == expected["role"])
                correct["date"] += result.date == expected["date"]
    total = time.perf_counter() - started
    documents = len(data) * loops
    # Where analysis time goes: letter metadata (this module's part) vs the rest (alignment etc.).
    from oversight_ingest.extract import extract_document
    from oversight_ingest.letters.metadata import read_metadata

    docs = [extract_document(blob, name) for name, blob in data]
    meta_started = time.perf_counter()
    for _ in range(loops):
        for doc in docs:
            read_metadata(doc, cat)
    metadata = time.perf_counter() - meta_started
    return {
        "documents": documents,
        "seconds": total,
        "extract_seconds": extract,
        "analyse_seconds": analyse,
        "metadata_seconds": metadata,
        "failed": failed,
        "report_matched": matched,
        "metadata_correct": {k: v / len(data) for k, v in correct.items()} if truth is not None else None,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _peak_rss_mb() -> float:
    """This process's peak resident memory. ``VmHWM`` starts afresh at exec; ``ru_maxrss`` does not on
    Linux (it keeps the parent's high-water mark across fork and exec), so it is only the fallback."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_worker(files: list[Path], loops: int) -> dict[str, Any]:
    listing = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)  # noqa: SIM115
    with listing:
        listing.write("\n".join(str(p) for p in files))
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    cmd = [sys.executable, __file__, "--worker", listing.name, "--loops", str(loops)]
    if hasattr(os, "sched_setaffinity"):
        cmd = ["taskset", "-c", "0", *cmd] if _has_taskset() else cmd
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    Path(listing.name).unlink()
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _has_taskset() -> bool:
    return any((Path(d) / "taskset").exists() for d in os.environ.get("PATH", "").split(os.pathsep))


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    def med(key: str) -> float:
        return float(statistics.median(float(r[key]) for r in runs))

    seconds = med("seconds")
    documents = runs[0]["documents"]
    extract = med("extract_seconds")
    analyse = med("analyse_seconds")
    return {
        "documents": documents,
        "repeats": len(runs),
        "docs_per_second": round(documents / seconds, 1),
        "ms_per_document": round(1000 * seconds / documents, 2),
        "extract_ms_per_document": round(1000 * extract / documents, 2),
        "analyse_ms_per_document": round(1000 * analyse / documents, 2),
        "metadata_ms_per_document": round(1000 * med("metadata_seconds") / documents, 2),
        "analysis_share": round(analyse / (extract + analyse), 4) if extract + analyse else None,
        "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs), 1),
        "failed": runs[0]["failed"],
        "report_matched": runs[0]["report_matched"],
        "metadata_accuracy": runs[0].get("metadata_correct"),
    }


def markdown(results: dict[str, Any]) -> str:
    lines = [
        "# Ingestion benchmark",
        "",
        f"One core, medians over {results['repeats']} runs (each run a separate process). "
        f"Synthetic corpus: {results['letters']} letters from seed {SEED}. "
        f"Python {results['python']}, {results['cpu']}.",
        "",
        "| corpus | format | docs/s | ms/doc | extract ms | analyse ms | of which metadata ms | analysis share "
        "| peak RSS MB | failed |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for corpus in ("synthetic", "seeds"):
        for fmt, fig in results[corpus].items():
            share = fig["analysis_share"]
            lines.append(
                f"| {corpus} | {fmt} | {fig['docs_per_second']} | {fig['ms_per_document']} | "
                f"{fig['extract_ms_per_document']} | {fig['analyse_ms_per_document']} | "
                f"{fig['metadata_ms_per_document']} | "
                f"{'—' if share is None else f'{100 * share:.1f}%'} | {fig['peak_rss_mb']} | {fig['failed']} |"
            )
    lines += ["", "Metadata read correctly from the synthetic letters (force, author name, author role, date):", ""]
    for fmt, fig in results["synthetic"].items():
        acc = fig.get("metadata_accuracy") or {}
        lines.append(f"- {fmt}: " + ", ".join(f"{k} {100 * v:.1f}%" for k, v in acc.items()))
    lines += ["", "Aims: ≥ 50 letters/s for TXT/DOCX/HTML; analysis < 5% of total for PDFs; peak memory < 300 MB.", ""]
    lines += [f"- {line}" for line in results["verdicts"]]
    lines += [
        "",
        "The synthetic PDFs come from a minimal text-only PDF writer in `scripts/bench_ingest.py` (no new "
        "dependency); real letters' PDFs are richer, so the seed PDFs are reported as well.",
        "",
    ]
    if "commands" in results:
        lines += command_markdown(results["commands"])
    return "\n".join(lines)


COMMAND_FORMATS = ("txt", "docx", "html")


_CPU: list[float] = []  # CPU seconds (user + system, every process) of each timed command, in order


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds of one command; its CPU seconds go to ``_CPU`` (the measure a loaded machine spoils
    least)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _CPU.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return wall


def _bytecode_envs(env: dict[str, str], work: Path) -> dict[str, dict[str, str]]:
    """The environments the commands are measured in.

    ``cached``: Python's bytecode cache in use, as on any installation after its first run (here in a
    private ``PYTHONPYCACHEPREFIX``, warmed before measuring, so nothing is written beside the sources).
    The reader's compiled-pattern cache (:mod:`oversight_ingest.patterns`) lives beside the bytecode, so it is
    warm in the first and absent in the second.
    ``uncached``: ``PYTHONDONTWRITEBYTECODE=1`` where no ``.pyc`` exists (as on this development machine, whose
    shells set it over a ``uv sync`` that compiles nothing; here an empty ``PYTHONPYCACHEPREFIX``, so files a
    test run left beside the sources are not read): the package and its libraries, and the reader's patterns, are
    compiled from source on every run."""
    cached = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    uncached = dict(env)
    uncached["PYTHONPYCACHEPREFIX"] = str(work / "no-pycache")
    uncached["PYTHONDONTWRITEBYTECODE"] = "1"
    return {"cached": cached, "uncached": uncached}


def command_bench(corpus: Path, repeats: int, count: int = 100) -> dict[str, Any]:
    """Whole-command throughput over ``count`` TXT, DOCX and HTML letters, and start-up time (one short letter).

    ``python -m oversight_ingest ingest --json`` and ``oversight ingest --json`` (on a fresh SQLite data folder
    with the shipped reports registered: the first run goes through Django and saves the catalogue snapshot,
    the later ones read against it without Django), both with the default ``--jobs`` (every core), each with
    Python's bytecode cache and without it (see :func:`_bytecode_envs`). Runs of the commands alternate, so a
    burst of load from elsewhere on a shared machine spoils runs of each rather than all runs of one."""
    work = Path(tempfile.mkdtemp(prefix="oversight-bench-cmd-"))
    letters = work / "letters"
    letters.mkdir()
    files: list[str] = []
    for i in range(count):
        fmt = COMMAND_FORMATS[i % len(COMMAND_FORMATS)]
        source = corpus / fmt / f"letter_{i:04d}.{fmt}"
        target = letters / source.name
        target.write_bytes(source.read_bytes())
        files.append(str(target))
    short = letters / "short.txt"
    short.write_text("Dear Sir,\n\nI accept the recommendations.\n\nYours sincerely\n", "utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["OVERSIGHT_DATA_DIR"] = str(work / "data")
    envs = _bytecode_envs(env, work)
    bin_dir = Path(sys.executable).parent
    oversight = [str(bin_dir / "oversight")]
    module = [sys.executable, "-m", "oversight_ingest"]
    for setup in (
        ["migrate", "-v0"],
        ["load-reference"],
        *[["import-report", str(p)] for p in sorted(PACKS.glob("*.json"))],
    ):
        subprocess.run([*oversight, *setup], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    first = _timed([*oversight, "ingest", "--json", *files], env)  # through Django; saves the snapshot
    commands = {
        "python -m oversight_ingest ingest --json": [*module, "ingest", "--json"],
        "oversight ingest --json": [*oversight, "ingest", "--json"],
    }
    for cmd in commands.values():  # fill the private bytecode cache (every extractor the letters need)
        _timed([*cmd, *files], envs["cached"])
    walls: dict[tuple[str, str, str], list[float]] = {}
    cpus: dict[tuple[str, str, str], list[float]] = {}
    for _ in range(repeats):
        for variant, variant_env in envs.items():
            for name, cmd in commands.items():
                for what, args in (("whole", files), ("startup", [str(short)])):
                    _CPU.clear()
                    walls.setdefault((variant, name, what), []).append(_timed([*cmd, *args], variant_env))
                    cpus.setdefault((variant, name, what), []).extend(_CPU)
    out: dict[str, Any] = {"letters": count, "formats": list(COMMAND_FORMATS), "repeats": repeats}
    for variant in envs:
        for name in commands:
            whole = statistics.median(walls[variant, name, "whole"])
            label = name if variant == "cached" else f"{name} (no bytecode cache)"
            out[label] = {
                "seconds": round(whole, 3),
                "letters_per_second": round(count / whole, 1),
                "best_letters_per_second": round(count / min(walls[variant, name, "whole"]), 1),
                "startup_seconds": round(statistics.median(walls[variant, name, "startup"]), 3),
                "cpu_seconds": round(statistics.median(cpus[variant, name, "whole"]), 3),
                "startup_cpu_seconds": round(statistics.median(cpus[variant, name, "startup"]), 3),
            }
    out["oversight ingest --json (first run, through Django)"] = {
        "seconds": round(first, 3),
        "letters_per_second": round(count / first, 1),
    }
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    out["cores"] = os.cpu_count()
    return out


def command_markdown(fig: dict[str, Any]) -> list[str]:
    lines = [
        "",
        "## Whole commands",
        "",
        f"{fig['letters']} letters ({', '.join(fig['formats'])} in turn), "
        f"default `--jobs` (every core: {fig['cores']}), "
        f"medians over {fig['repeats']} runs (best run's letters/s beside them); load average while measuring "
        f"{fig['load_average']} (a shared machine). Start-up is a run over one short letter. "
        "Measured with Python's bytecode cache in use, as on any installation after its first run (the reader's "
        "compiled-pattern cache beside it, ADR 18); the rows marked *no bytecode cache* run with "
        "`PYTHONDONTWRITEBYTECODE=1` and no `.pyc` files, as this development machine's shells do, so the package, "
        "its libraries and the reader's patterns are compiled from source on every run.",
        "",
        "| command | seconds | letters/s | best letters/s | start-up s | CPU s (all processes) | start-up CPU s "
        "| aim |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    aims = {"python -m oversight_ingest ingest --json": 200, "oversight ingest --json": 100}
    for name, row in fig.items():
        if not isinstance(row, dict):
            continue
        aim = aims.get(name.removesuffix(" (no bytecode cache)"))
        verdict = "—" if aim is None else f"≥ {aim}/s: {'meets' if row['letters_per_second'] >= aim else 'MISSES'}"
        lines.append(
            f"| `{name}` | {row['seconds']} | {row['letters_per_second']} | "
            f"{row.get('best_letters_per_second', '—')} | "
            f"{row.get('startup_seconds', '—')} | {row.get('cpu_seconds', '—')} | "
            f"{row.get('startup_cpu_seconds', '—')} | {verdict} |"
        )
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed-loops", type=int, default=20, help="passes over the seed letters per run")
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "oversight-bench-corpus")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--loops", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument(
        "--commands-only",
        action="store_true",
        help="measure only the whole commands, keeping the other figures in ingest.json",
    )
    args = parser.parse_args(argv)

    if args.worker:
        files = [Path(line) for line in args.worker.read_text().splitlines() if line]
        print(json.dumps(worker(files, args.loops)))
        return 0

    corpus = args.corpus / str(args.letters)
    if not (corpus / "DONE").exists():
        print(f"generating {args.letters} letters in {corpus} ...", flush=True)
        generate(corpus, args.letters)

    if args.commands_only:
        results = json.loads((args.out / "ingest.json").read_text("utf-8"))
        results["commands"] = command_bench(corpus, args.repeats)
        (args.out / "ingest.json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
        (args.out / "ingest.md").write_text(markdown(results), "utf-8")
        print(json.dumps(results["commands"], indent=2))
        return 0

    results: dict[str, Any] = {
        "letters": args.letters,
        "repeats": args.repeats,
        "python": sys.version.split()[0],
        "cpu": _cpu(),
        "synthetic": {},
        "seeds": {},
    }
    for fmt in SYNTHETIC_FORMATS:
        files = sorted((corpus / fmt).iterdir())
        runs = [run_worker(files, 1) for _ in range(args.repeats)]
        results["synthetic"][fmt] = summarise(runs)
        print(f"synthetic {fmt}: {results['synthetic'][fmt]}", flush=True)
    seeds = args.shared / "seeds"
    for fmt in SEED_FORMATS:
        files = sorted(seeds.glob(f"*.{fmt}"))
        if not files:
            continue
        runs = [run_worker(files, args.seed_loops) for _ in range(args.repeats)]
        results["seeds"][fmt] = summarise(runs)
        print(f"seeds {fmt}: {results['seeds'][fmt]}", flush=True)

    verdicts = []
    for fmt in ("txt", "docx", "html"):
        rate = results["synthetic"][fmt]["docs_per_second"]
        verdicts.append(f"{fmt}: {rate} letters/s — {'meets' if rate >= 50 else 'MISSES'} the 50/s aim")
    for corpus_name in ("synthetic", "seeds"):
        pdf = results[corpus_name].get("pdf")
        if pdf:
            share = pdf["analysis_share"]
            verdicts.append(
                f"{corpus_name} pdf: analysis {100 * share:.1f}% of total — {'meets' if share < 0.05 else 'MISSES'} "
                "the < 5% aim"
            )
    peak = max(fig["peak_rss_mb"] for fig in results["synthetic"].values())
    verdict = "meets" if peak < 300 else "MISSES"
    verdicts.append(f"peak memory over the {args.letters}-letter runs: {peak} MB — {verdict} the < 300 MB aim")
    results["verdicts"] = verdicts
    results["commands"] = command_bench(corpus, args.repeats)

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "ingest.json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    (args.out / "ingest.md").write_text(markdown(results), "utf-8")
    print("\n".join(verdicts))
    return 0


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    raise SystemExit(main())
