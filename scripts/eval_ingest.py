"""Score the ingestion pipeline against the seed letters and the out-of-sample corpus.

Runs the pipeline over every seed letter in TXT, DOCX and PDF (and HTML, reported on its own
line) with the shipped report packs as the catalogue, compares with
``/work/shared/eval/seed_truth.json`` and prints, per format and overall:

* alignment precision / recall / F1 over (letter, canonical recommendation) pairs;
* stance accuracy (only where the truth lists acceptable stances), status accuracy and
  label-in-letter accuracy, over the aligned pairs;
* metadata accuracy: the organisation's force, author name, author role, date, report;
* unanswered correctness (per letter), claims recall (value + unit), initiatives recall and
  precision (fuzzy name match).

Then over the out-of-sample corpus in ``tests/ingest/corpus`` (letters built by its
``build.py``, hand-labelled in its ``truth.json``), reported for the *tuning* half and the
*held-back* half separately, each overall and per kind of letter: alignment, stance, whose
stance (``stance_by``), the chief constable's stance, claimed status, unanswered findings,
organisation, date, report, the late flag, and a letter about another report read with
``--report`` (``mismatch``: not matched, nothing aligned). Tune on ``--half tuning`` only.
Then sets of letters written whole in other words, each built by its ``build.py`` with truth by
hand, each reported as its own group (:data:`SETS`): ``fresh`` and ``sealed``, measured out of sample
once and since tuned on (spent); ``tuneset`` to ``tuneset18``, written by other hands for tuning;
``sealed3`` to ``sealed15``, written by other hands and kept from tuning (:data:`KEPT`: ``-v`` never
lists their misses), but for ``sealed7``, spent: its misses were listed once by mistake when it was first read.
Then the phrasebooks (:data:`PHRASEBOOKS`): short answers labelled for claimed
status and for stance, read as one passage is read (``letters.align.read_answer``), by half; a held-back
half is counted, never listed. The organisation counts as read when it is the body the truth names or the
body of the same force under a longer official title; a letter printing only a month counts as dated
when the reader gives that month (the truth then says null).
``--ablation`` sets each named feature of ``letters/features.py`` to zero in turn and reports
what it contributes on the seeds and the tuning half.

Writes ``bench/results/eval.json``. Exits 1 when the seeds fall below their aims (alignment F1
1.0, every metadata field right, no failed file), so CI can run it; the seeds are read from
``../shared`` beside the project when it is there::

    .venv/bin/python scripts/eval_ingest.py [--shared ../shared] [--half tuning] [--ablation] [-v]
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
            if str(item.status) not in expected["status"]:
                tally.errors.append(f"{where}: {ref} status {item.status} (truth {expected['status']})")
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


# --------------------------------------------------------------------------------------------
# The out-of-sample corpus (tests/ingest/corpus): tuning half, held-back half, per kind of letter

CORPUS = REPO / "tests" / "ingest" / "corpus"
# Sets written whole in other words (not from the corpus's phrases), each scored as its own group. "fresh" and
# "sealed" were measured out of sample once and then tuned on (spent); "sealed3" to "sealed15" are kept from tuning
# but for "sealed7", whose misses were listed once when it was first read (spent).
SETS = {
    "fresh": REPO / "tests" / "ingest" / "fresh",
    "sealed": REPO / "tests" / "ingest" / "sealed",
    "sealed3": REPO / "tests" / "ingest" / "sealed3",
    "sealed4": REPO / "tests" / "ingest" / "sealed4",
    "sealed5": REPO / "tests" / "ingest" / "sealed5",
    "sealed6": REPO / "tests" / "ingest" / "sealed6",
    "sealed7": REPO / "tests" / "ingest" / "sealed7",
    "sealed8": REPO / "tests" / "ingest" / "sealed8",
    "sealed9": REPO / "tests" / "ingest" / "sealed9",
    "sealed10": REPO / "tests" / "ingest" / "sealed10",
    "sealed11": REPO / "tests" / "ingest" / "sealed11",
    "sealed12": REPO / "tests" / "ingest" / "sealed12",
    "sealed13": REPO / "tests" / "ingest" / "sealed13",
    "sealed14": REPO / "tests" / "ingest" / "sealed14",
    "sealed15": REPO / "tests" / "ingest" / "sealed15",
    "tuneset": REPO / "tests" / "ingest" / "tuneset",
    "tuneset2": REPO / "tests" / "ingest" / "tuneset2",
    "tuneset3": REPO / "tests" / "ingest" / "tuneset3",
    "tuneset4": REPO / "tests" / "ingest" / "tuneset4",
    "tuneset5": REPO / "tests" / "ingest" / "tuneset5",
    "tuneset6": REPO / "tests" / "ingest" / "tuneset6",
    "tuneset7": REPO / "tests" / "ingest" / "tuneset7",
    "tuneset8": REPO / "tests" / "ingest" / "tuneset8",
    "tuneset9": REPO / "tests" / "ingest" / "tuneset9",
    "tuneset10": REPO / "tests" / "ingest" / "tuneset10",
    "tuneset11": REPO / "tests" / "ingest" / "tuneset11",
    "tuneset12": REPO / "tests" / "ingest" / "tuneset12",
    "tuneset13": REPO / "tests" / "ingest" / "tuneset13",
    "tuneset14": REPO / "tests" / "ingest" / "tuneset14",
    "tuneset15": REPO / "tests" / "ingest" / "tuneset15",
    "tuneset16": REPO / "tests" / "ingest" / "tuneset16",
    "tuneset17": REPO / "tests" / "ingest" / "tuneset17",
    "tuneset18": REPO / "tests" / "ingest" / "tuneset18",
}
KEPT = (
    "sealed3",
    "sealed4",
    "sealed5",
    "sealed6",
    "sealed8",
    "sealed9",
    "sealed10",
    "sealed11",
    "sealed12",
    "sealed13",
    "sealed14",
    "sealed15",
)
SET_NAMES = {
    "fresh": "fresh (spent)",
    "sealed": "sealed (second set, spent)",
    "sealed3": "sealed3 (kept from tuning)",
    "sealed4": "sealed4 (kept from tuning)",
    "sealed5": "sealed5 (kept from tuning)",
    "sealed6": "sealed6 (kept from tuning)",
    "sealed7": "sealed7 (spent: its first misses were listed once)",
    "sealed8": "sealed8 (kept from tuning)",
    "sealed9": "sealed9 (kept from tuning)",
    "sealed10": "sealed10 (kept from tuning)",
    "sealed11": "sealed11 (kept from tuning)",
    "sealed12": "sealed12 (kept from tuning)",
    "sealed13": "sealed13 (kept from tuning)",
    "sealed14": "sealed14 (kept from tuning)",
    "sealed15": "sealed15 (kept from tuning)",
    "tuneset": "tuneset (for tuning)",
    "tuneset2": "tuneset2 (for tuning)",
    "tuneset3": "tuneset3 (for tuning)",
    "tuneset4": "tuneset4 (for tuning)",
    "tuneset5": "tuneset5 (for tuning)",
    "tuneset6": "tuneset6 (for tuning)",
    "tuneset7": "tuneset7 (for tuning)",
    "tuneset8": "tuneset8 (for tuning)",
    "tuneset9": "tuneset9 (for tuning)",
    "tuneset10": "tuneset10 (for tuning)",
    "tuneset11": "tuneset11 (for tuning)",
    "tuneset12": "tuneset12 (for tuning)",
    "tuneset13": "tuneset13 (for tuning)",
    "tuneset14": "tuneset14 (for tuning)",
    "tuneset15": "tuneset15 (for tuning)",
    "tuneset16": "tuneset16 (for tuning)",
    "tuneset17": "tuneset17 (for tuning)",
    "tuneset18": "tuneset18 (for tuning)",
}
CORPUS_FIELDS = ("organisation", "force", "date", "report", "late", "mismatch")


@dataclass
class CorpusTally:
    """Counts for one group of corpus letters."""

    files: int = 0
    failed: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, list[bool]] = field(
        default_factory=lambda: {
            k: [] for k in ("stance", "stance_by", "chief_constable_stance", "status", "unanswered", *CORPUS_FIELDS)
        }
    )
    errors: list[str] = field(default_factory=list)

    def add(self, other: CorpusTally) -> None:
        for name in ("files", "failed", "tp", "fp", "fn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, values in other.fields.items():
            self.fields[key] += values
        self.errors += other.errors

    def figures(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "files": self.files,
            "failed": self.failed,
            "alignment": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)},
            **{k: (round(sum(v) / len(v), 4) if v else None) for k, v in self.fields.items()},
            "scored": {k: len(v) for k, v in self.fields.items()},
            "errors": self.errors,
        }


def item_checks(item: Any, want: dict[str, Any]) -> dict[str, bool]:
    """Whether each field of a read item is right by its truth record. A truth with no stance (the letter states
    none) is right when the reader says it states none."""
    return {
        "stance": str(item.stance) in (want["stance"] or ["not_stated"]),
        "stance_by": getattr(item, "stance_by", None) == want["stance_by"],
        "chief_constable_stance": (str(getattr(item, "chief_constable_stance", None) or "") or None)
        == want["chief_constable_stance"],
        "status": str(item.status) in want["status"],
    }


def score_corpus_letter(result: LetterResult, truth: dict[str, Any], mismatch: LetterResult | None) -> CorpusTally:
    tally = CorpusTally(files=1)
    where = truth["file"]
    if not result.ok:
        tally.failed = 1
        tally.fn = len(truth["items"])
        tally.errors.append(f"{where}: {result.error_code}: {result.error}")
        return tally
    right_report = bool(result.report and result.report.key == truth["report"] and result.report.matched)
    if truth["report"] is None:
        right_report = not (result.report and result.report.matched)
    tally.fields["report"].append(right_report)
    if not right_report:
        tally.errors.append(f"{where}: report {result.report.key if result.report else None} != {truth['report']}")
    predicted = {i.recommendation: i for i in result.items} if right_report else {}
    if not right_report:
        tally.fp += len(result.items)
    expected = {t["recommendation"]: t for t in truth["items"]}
    for ref, item in predicted.items():
        want = expected.get(ref)
        if want is None:
            tally.fp += 1
            tally.errors.append(f"{where}: aligned {ref}, not in the truth")
            continue
        tally.tp += 1
        checks = item_checks(item, want)
        for key, ok in checks.items():
            tally.fields[key].append(ok)
            if not ok:
                got = {
                    "stance": str(item.stance),
                    "stance_by": getattr(item, "stance_by", None),
                    "chief_constable_stance": getattr(item, "chief_constable_stance", None),
                    "status": str(item.status),
                }[key]
                tally.errors.append(f"{where}: {ref} {key} {got} (truth {want[key]})")
    for ref in expected:
        if ref not in predicted:
            tally.fn += 1
            tally.errors.append(f"{where}: {ref} not aligned")
    if truth["report"] is not None:
        tally.fields["unanswered"].append(set(result.unanswered) == set(truth["unanswered"]))
    org = result.organisation
    tally.fields["organisation"].append(_same_body(org, truth))
    tally.fields["force"].append(bool(org and org.force == truth["force"]))
    # a letter that prints only a month ("July 2025") has no day: the truth says null, the reader gives the month
    month_only = truth["date"] is None and bool(result.date and re.fullmatch(r"\d{4}-\d{2}", result.date))
    tally.fields["date"].append(result.date == truth["date"] or month_only)
    if truth["report"] is not None and truth["report"].startswith("oic"):
        tally.fields["late"].append(("late_response" in result.flags) == truth["late"])
    for key in ("organisation", "force", "date", "late"):
        if tally.fields[key] and not tally.fields[key][-1]:
            got = {
                "organisation": org.name if org else None,
                "force": org.force if org else None,
                "date": result.date,
                "late": result.flags,
            }[key]
            tally.errors.append(f"{where}: {key} {got!r}")
    if mismatch is not None:
        ok = bool(mismatch.report is not None and not mismatch.report.matched and not mismatch.items)
        tally.fields["mismatch"].append(ok)
        if not ok:
            tally.errors.append(f"{where}: read with --report {truth['run_with_report']}: aligned or matched")
    return tally


def _same_body(org: Any, truth: dict[str, Any]) -> bool:
    """The body the truth names: by name, or the body of the same force under a longer official title ("Leicester,
    Leicestershire and Rutland Police and Crime Commissioner" for the catalogue's "Leicestershire Police and Crime
    Commissioner"): one policing body oversees each force."""
    if org is None or org.name is None:
        return False
    if org.name == truth["organisation"]:
        return True
    return org.force == truth["force"] and fuzz.token_set_ratio(org.name, truth["organisation"]) >= 70


def run_corpus(
    catalogue: Catalogue, letters: list[dict[str, Any]], base: Path = CORPUS
) -> dict[str, dict[str, CorpusTally]]:
    """Tallies per group ("tuning", "held_back", "fresh") and, within each, per kind of letter ("all")."""
    out: dict[str, dict[str, CorpusTally]] = {}
    for truth in letters:
        path = base / "letters" / truth["file"]
        result = ingest_path(path, catalogue)
        mismatch = None
        if truth.get("run_with_report"):
            mismatch = ingest_path(path, catalogue, report_key=truth["run_with_report"])
        tally = score_corpus_letter(result, truth, mismatch)
        half = out.setdefault(truth["split"], {})
        half.setdefault("all", CorpusTally()).add(tally)
        half.setdefault(truth["kind"], CorpusTally()).add(tally)
    return out


def print_corpus(name: str, tallies: dict[str, CorpusTally]) -> None:
    cols = (
        "stance",
        "stance_by",
        "chief_constable_stance",
        "status",
        "unanswered",
        "organisation",
        "date",
        "report",
        "late",
        "mismatch",
    )
    heads = ("stance", "by", "ccst", "status", "unans", "org", "date", "report", "late", "mism")
    head = f"{name:<22}{'files':>6}{'P':>7}{'R':>7}{'F1':>7}" + "".join(f"{h:>8}" for h in heads)
    print(head)
    print("-" * len(head))
    for kind in ["all", *sorted(k for k in tallies if k != "all")]:
        fig = tallies[kind].figures()
        al = fig["alignment"]
        print(
            f"{kind:<22}{fig['files']:>6}{_pct(al['precision']):>7}{_pct(al['recall']):>7}{_pct(al['f1']):>7}"
            + "".join(f"{_pct(fig[c]):>8}" for c in cols)
        )


def run_seeds(shared: Path, catalogue: Catalogue) -> dict[str, Tally]:
    truth = json.loads((shared / "eval" / "seed_truth.json").read_text("utf-8"))["letters"]
    reports = json.loads((shared / "eval" / "reports.json").read_text("utf-8"))["reports"]
    key_map: dict[str, str | None] = {}
    for report in reports:
        pack = catalogue.report_by_title(report["title"])
        key_map[report["key"]] = pack.key if pack else None
    groups: dict[str, Tally] = {}
    for fmt in (*FORMATS, *EXTRA_FORMATS):
        tally = Tally()
        for letter in truth:
            path = shared / "seeds" / f"{letter['seed']}.{fmt}"
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
    groups["overall"] = overall
    groups["all+html"] = everything
    return groups


def ablation(shared: Path | None, catalogue: Catalogue, letters: list[dict[str, Any]]) -> dict[str, Any]:
    """What each named feature contributes: the figures with its weight set to zero, minus the full figures."""
    from oversight_ingest.letters import features

    kinds: dict[str, dict[str, float]] = {}

    def measure() -> dict[str, float]:
        halves = run_corpus(catalogue, letters) if letters else {}
        tallies = halves["tuning"]["all"].figures() if halves else None
        kinds.clear()
        for kind, tally in halves.get("tuning", {}).items():
            fig = tally.figures()
            kinds[kind] = {"f1": fig["alignment"]["f1"], "stance": fig["stance"] or 0.0, "status": fig["status"] or 0.0}
        seeds = run_seeds(shared, catalogue)["all+html"].figures() if shared else None
        out: dict[str, float] = {}
        if tallies:
            out["tuning_f1"] = tallies["alignment"]["f1"]
            out["tuning_stance"] = tallies["stance"] or 0.0
            out["tuning_status"] = tallies["status"] or 0.0
        if seeds:
            out["seeds_f1"] = seeds["alignment"]["f1"]
        return out

    base = measure()
    base_kinds = {k: dict(v) for k, v in kinds.items()}
    rows: dict[str, Any] = {"baseline": base}
    by_kind: dict[str, Any] = {"baseline": base_kinds}
    for name in features.WEIGHTS:
        with features.disabled(name):
            _clear_caches()
            got = measure()
        _clear_caches()
        rows[name] = {k: round(got[k] - base[k], 4) for k in base}
        changed = {
            kind: {m: round(v - base_kinds[kind][m], 4) for m, v in figs.items() if v != base_kinds[kind][m]}
            for kind, figs in kinds.items()
        }
        by_kind[name] = {kind: d for kind, d in changed.items() if d}
    return {"overall": rows, "by_kind": by_kind}


def _clear_caches() -> None:
    from oversight_ingest.letters import align

    align._model.cache_clear()


# --------------------------------------------------------------------------------------------
# The phrasebook (tests/ingest/phrasebook): short answers hand-labelled for status and for stance, in halves

# Each phrasebook was written by a different hand. "phrasebook" is split into a tuning and a held-back half,
# "phrasebook2" is held back whole (measured, never read), "phrasebook3" (status) and "phrasebook4" (stance) are for
# tuning whole, "phrasebook5" to "phrasebook7" are split into halves as the first is.
PHRASEBOOKS = {
    name: REPO / "tests" / "ingest" / name
    for name in ("phrasebook", "phrasebook2", "phrasebook3", "phrasebook4", "phrasebook5", "phrasebook6", "phrasebook7")
}


def run_phrasebook(book: str, halves: tuple[str, ...], verbose: bool) -> dict[str, Any]:
    """Status, stance and whose stance over each half of a phrasebook, overall and per true label.
    Misses are listed (with ``-v``) for a tuning half only: a held-back half is measured, never read."""
    folder = PHRASEBOOKS[book]
    from oversight_ingest.letters.align import read_answer

    out: dict[str, Any] = {}
    for half in halves:
        rows: dict[str, Any] = {}
        for name, label_key in (("status", "status"), ("stance", "stance")):
            if not (folder / f"{name}.jsonl").exists():
                continue
            lines = (folder / f"{name}.jsonl").read_text("utf-8").splitlines()
            entries = [e for e in (json.loads(line) for line in lines if line.strip()) if e["half"] == half]
            per: dict[str, list[bool]] = {}
            by_ok: list[bool] = []
            misses: list[str] = []
            for e in entries:
                stance, by, status = read_answer(e["text"])
                got = str(status) if name == "status" else str(stance)
                ok = got in e[label_key]
                per.setdefault(e[label_key][0], []).append(ok)
                per.setdefault("all", []).append(ok)
                if name == "stance" and e["by"] is not None and ok:
                    by_ok.append((str(by) if by else None) == e["by"])
                if not ok:
                    misses.append(f"{e['id']}: {got} (truth {e[label_key]}) {e['text'][:150]!r}")
            if not entries:
                continue
            rows[name] = {label: round(100 * sum(v) / len(v), 1) for label, v in per.items()}
            rows[name]["n"] = len(entries)
            if name == "stance":
                rows["stance_by"] = round(100 * sum(by_ok) / len(by_ok), 1) if by_ok else None
            if verbose and half == "tuning":
                for line in misses:
                    print("  " + line)
        if not rows:
            continue
        out[half] = rows
        for first, name in enumerate(n for n in ("status", "stance") if n in rows):
            if name in rows:
                row = rows[name]
                print(
                    f"{book + ': ' + half if first == 0 else '':<25}{name} {row['all']:5.1f} (n {row['n']}; "
                    + ", ".join(f"{k} {v:.1f}" for k, v in row.items() if k not in ("all", "n"))
                    + (f"), whose {rows['stance_by']}" if name == "stance" else ")")
                )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--packs", type=Path, default=REPO / "src" / "oversight" / "reports" / "packs")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "eval.json")
    parser.add_argument(
        "--half",
        choices=("tuning", "held_back", *SETS, "both", "all", "none"),
        default="all",
        help=(
            "which group of out-of-sample letters to score: a half of the corpus, the fresh sealed set, both "
            "halves, or all three (tune on 'tuning' only)"
        ),
    )
    parser.add_argument("--ablation", action="store_true", help="also measure each feature's contribution")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)

    catalogue = Catalogue.default([load_pack(p) for p in sorted(args.packs.glob("*.json"))])
    report: dict[str, Any] = {}
    passed = True
    have_seeds = (args.shared / "eval" / "seed_truth.json").exists()
    if have_seeds:
        groups = run_seeds(args.shared, catalogue)
        rows = {name: tally.figures() for name, tally in groups.items()}
        print("seed letters")
        print_table(rows)
        if args.verbose:
            for line in groups["all+html"].errors:
                print("  " + line)
        report["groups"] = rows
        fig = rows["all+html"]
        passed = fig["alignment"]["f1"] >= 1.0 and fig["metadata_all_right"] and fig["failed"] == 0
        if not passed:
            print("FAIL: seeds: alignment F1 below 1.0, a file failed, or metadata not all right", file=sys.stderr)
    else:
        print(f"(no seed truth at {args.shared / 'eval'}: seeds skipped)")

    corpus_letters = json.loads((CORPUS / "truth.json").read_text("utf-8"))["letters"]
    halves = {
        "both": ("tuning", "held_back"),
        "all": ("tuning", "held_back", *SETS),
        "none": (),
    }.get(args.half, (args.half,))
    chosen = [t for t in corpus_letters if t["split"] in halves and t["split"] not in SETS]
    results: dict[str, dict[str, CorpusTally]] = run_corpus(catalogue, chosen) if chosen else {}
    for name, folder in SETS.items():
        if name in halves and (folder / "truth.json").exists():
            letters = json.loads((folder / "truth.json").read_text("utf-8"))["letters"]
            results.update(run_corpus(catalogue, letters, folder))
    if results:
        report["corpus"] = {}
        for half in (h for h in halves if h in results):
            print()
            print_corpus(SET_NAMES.get(half, f"corpus: {half}"), results[half])
            report["corpus"][half] = {kind: t.figures() for kind, t in results[half].items()}
            if half in KEPT:  # nor written down: the JSON keeps how many misses there were, not which
                for figures in report["corpus"][half].values():
                    figures["errors"] = len(figures["errors"])
            if args.verbose and half not in KEPT:  # a set kept from tuning is measured, its misses never listed
                for line in results[half]["all"].errors:
                    print("  " + line)
    book_halves = tuple(h for h in ("tuning", "held_back") if h in halves)
    if book_halves:
        print()
        for book, folder in PHRASEBOOKS.items():
            if (folder / "status.jsonl").exists() or (folder / "stance.jsonl").exists():
                report[book] = run_phrasebook(book, book_halves, args.verbose)
    if args.ablation:
        tuning = [t for t in corpus_letters if t["split"] == "tuning"]
        rows_ab = ablation(args.shared if have_seeds else None, catalogue, tuning)
        report["ablation"] = rows_ab
        print("\nablation (change when the feature's weight is zero; seeds and tuning half; per kind in the JSON)")
        for name, row in rows_ab["overall"].items():
            print(
                f"  {name:<28}"
                + "  ".join(f"{k} {v:+.4f}" if name != "baseline" else f"{k} {v:.4f}" for k, v in row.items())
            )

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nwrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
