"""Score the ingestion pipeline against the hand-labelled seed letters.

Runs the pipeline over every seed letter in TXT, DOCX and PDF (and HTML, reported on its own
line) with the shipped report packs as the catalogue, compares with
``/work/shared/eval/seed_truth.json`` and prints, per format and overall:

* alignment precision / recall / F1 over (letter, canonical recommendation) pairs;
* stance accuracy (only where the truth lists acceptable stances), status accuracy and
  label-in-letter accuracy, over the aligned pairs;
* metadata accuracy: the organisation's force, author name, author role, date, report;
* unanswered correctness (per letter), claims recall (value + unit), initiatives recall and
  precision (fuzzy name match).

Writes ``bench/results/eval.json``. Exits 1 when alignment F1 < 1.0 or any metadata field is
wrong, so CI can run it::

    .venv/bin/python scripts/eval_ingest.py [--shared /work/shared] [--out bench/results/eval.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from oversight_ingest.catalogue import Catalogue  # noqa: E402
from oversight_ingest.packs import load_pack  # noqa: E402
from oversight_ingest.pipeline import ingest_path  # noqa: E402
from oversight_ingest.result import LetterResult  # noqa: E402

FORMATS = ("txt", "docx", "pdf")
EXTRA_FORMATS = ("html",)
METADATA_FIELDS = ("force", "author_name", "author_role", "date", "report")


def role_words(text: str | None) -> frozenset[str]:
    """Role words, ignoring order, case, '&' vs 'and', 'the', 'for', 'of' and punctuation."""
    text = (text or "").lower().replace("&", " and ")
    return frozenset(w for w in re.findall(r"[a-z]+", text) if w not in {"the", "s", "for", "of"})


def same_name(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 80 or fuzz.partial_ratio(a.lower(), b.lower()) >= 90


@dataclass
class Tally:
    """Counts for one group of runs (one format, or all of them)."""

    files: int = 0
    failed: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    stance: list[bool] = field(default_factory=list)
    status: list[bool] = field(default_factory=list)
    label: list[bool] = field(default_factory=list)
    metadata: dict[str, list[bool]] = field(default_factory=lambda: {f: [] for f in METADATA_FIELDS})
    unanswered: list[bool] = field(default_factory=list)
    claims_found: int = 0
    claims_total: int = 0
    init_recall_hits: int = 0
    init_truth: int = 0
    init_precision_hits: int = 0
    init_predicted: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("files", "failed", "tp", "fp", "fn", "claims_found", "claims_total"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("init_recall_hits", "init_truth", "init_precision_hits", "init_predicted"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.stance += other.stance
        self.status += other.status
        self.label += other.label
        self.unanswered += other.unanswered
        for key, values in other.metadata.items():
            self.metadata[key] += values
        self.errors += other.errors

    def figures(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

        def acc(values: list[bool]) -> float | None:
            return round(sum(values) / len(values), 4) if values else None

        return {
            "files": self.files,
            "failed": self.failed,
            "alignment": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)},
            "stance_accuracy": acc(self.stance),
            "stance_scored": len(self.stance),
            "status_accuracy": acc(self.status),
            "label_accuracy": acc(self.label),
            "metadata": {k: acc(v) for k, v in self.metadata.items()},
            "metadata_all_right": all(all(v) for v in self.metadata.values()),
            "unanswered_correct": acc(self.unanswered),
            "claims_recall": round(self.claims_found / self.claims_total, 4) if self.claims_total else None,
            "initiatives_recall": round(self.init_recall_hits / self.init_truth, 4) if self.init_truth else None,
            "initiatives_precision": (
                round(self.init_precision_hits / self.init_predicted, 4) if self.init_predicted else None
            ),
            "errors": self.errors,
        }


def _all_claims(result: LetterResult) -> Iterable[tuple[float, str | None]]:
    for claim in [*result.claims, *(c for item in result.items for c in item.claims)]:
        for figure in claim.figures:
            yield figure.value, figure.unit


def score_letter(result: LetterResult, truth: dict[str, Any], report_key: str | None, fmt: str) -> Tally:
    tally = Tally(files=1)
    where = f"{truth['seed']}.{fmt}"
    if not result.ok:
        tally.failed = 1
        tally.errors.append(f"{where}: {result.error_code}: {result.error}")
        tally.fn = len(truth["items"])
        for values in tally.metadata.values():
            values.append(False)
        return tally
    truth_items = {t["recommendation"]: t for t in truth["items"]}
    predicted = {i.recommendation: i for i in result.items} if result.report and result.report.key == report_key else {}
    wrong_report = result.items and not predicted
    for ref, item in predicted.items():
        expected = truth_items.get(ref)
        if expected is None:
            tally.fp += 1
            tally.errors.append(f"{where}: aligned recommendation {ref} is not in the truth")
            continue
        tally.tp += 1
        if expected["stance"]:
            tally.stance.append(str(item.stance) in expected["stance"])
        if expected["status"]:
            tally.status.append(str(item.status) in expected["status"])
        tally.label.append((item.label_in_letter or None) == expected["label_in_letter"])
    if wrong_report:
        tally.fp += len(result.items)
    for ref in truth_items:
        if ref not in predicted:
            tally.fn += 1
            tally.errors.append(f"{where}: recommendation {ref} not aligned")
    org_force = result.organisation.force if result.organisation else None
    author = result.author
    checks = {
        "force": org_force == truth["force"],
        "author_name": bool(author and author.name == truth["author"]["name"]),
        "author_role": bool(author and role_words(author.role) == role_words(truth["author"]["role"])),
        "date": result.date == truth["date"],
        "report": bool(result.report and result.report.key == report_key),
    }
    for key, ok in checks.items():
        tally.metadata[key].append(ok)
        if not ok:
            tally.errors.append(f"{where}: metadata {key} wrong")
    tally.unanswered.append(set(result.unanswered) == set(truth["unanswered"]))
    found = list(_all_claims(result))
    for claim in truth["claims"]:
        tally.claims_total += 1
        if any(value == claim["value"] and unit == claim["unit"] for value, unit in found):
            tally.claims_found += 1
    names = [i.name for i in result.initiatives]
    tally.init_truth += len(truth["initiatives"])
    tally.init_recall_hits += sum(1 for t in truth["initiatives"] if any(same_name(t, n) for n in names))
    tally.init_predicted += len(names)
    tally.init_precision_hits += sum(1 for n in names if any(same_name(t, n) for t in truth["initiatives"]))
    return tally


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:5.1f}"


def print_table(rows: dict[str, dict[str, Any]]) -> None:
    head = (
        f"{'group':<9}{'files':>6}{'fail':>5}{'P':>7}{'R':>7}{'F1':>7}{'stance':>8}{'status':>8}{'label':>7}"
        f"{'force':>7}{'author':>7}{'role':>7}{'date':>7}{'report':>7}{'unans':>7}{'claims':>7}"
        f"{'initR':>7}{'initP':>7}"
    )
    print(head)
    print("-" * len(head))
    for name, fig in rows.items():
        al, md = fig["alignment"], fig["metadata"]
        print(
            f"{name:<9}{fig['files']:>6}{fig['failed']:>5}{_pct(al['precision']):>7}{_pct(al['recall']):>7}"
            f"{_pct(al['f1']):>7}{_pct(fig['stance_accuracy']):>8}{_pct(fig['status_accuracy']):>8}"
            f"{_pct(fig['label_accuracy']):>7}{_pct(md['force']):>7}{_pct(md['author_name']):>7}"
            f"{_pct(md['author_role']):>7}{_pct(md['date']):>7}{_pct(md['report']):>7}"
            f"{_pct(fig['unanswered_correct']):>7}{_pct(fig['claims_recall']):>7}"
            f"{_pct(fig['initiatives_recall']):>7}{_pct(fig['initiatives_precision']):>7}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--packs", type=Path, default=REPO / "src" / "oversight" / "reports" / "packs")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "eval.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)

    catalogue = Catalogue.default([load_pack(p) for p in sorted(args.packs.glob("*.json"))])
    truth = json.loads((args.shared / "eval" / "seed_truth.json").read_text("utf-8"))["letters"]
    reports = json.loads((args.shared / "eval" / "reports.json").read_text("utf-8"))["reports"]
    key_map: dict[str, str | None] = {}
    for report in reports:
        pack = catalogue.report_by_title(report["title"])
        key_map[report["key"]] = pack.key if pack else None

    groups: dict[str, Tally] = {}
    for fmt in (*FORMATS, *EXTRA_FORMATS):
        tally = Tally()
        for letter in truth:
            path = args.shared / "seeds" / f"{letter['seed']}.{fmt}"
            result = ingest_path(path, catalogue)
            tally.add(score_letter(result, letter, key_map.get(letter["report"]), fmt))
        groups[fmt] = tally
    overall = Tally()
    for fmt in FORMATS:
        overall.add(groups[fmt])
    everything = Tally()
    everything.add(overall)
    for fmt in EXTRA_FORMATS:
        everything.add(groups[fmt])

    rows = {fmt: groups[fmt].figures() for fmt in FORMATS}
    rows["overall"] = overall.figures()
    rows.update({fmt: groups[fmt].figures() for fmt in EXTRA_FORMATS})
    rows["all+html"] = everything.figures()
    print_table(rows)
    errors = everything.errors
    if args.verbose and errors:
        print("\nmisses:")
        for line in errors:
            print("  " + line)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"groups": rows}, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nwrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")

    fig = rows["all+html"]
    passed = fig["alignment"]["f1"] >= 1.0 and fig["metadata_all_right"] and fig["failed"] == 0
    if not passed:
        print("FAIL: alignment F1 below 1.0, a file failed, or metadata not all right", file=sys.stderr)
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
