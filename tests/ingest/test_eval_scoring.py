"""The eval's scoring of one read item against its truth record (scripts/eval_ingest.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.ingest.corpus.build import item, load_builder

EVAL = load_builder(Path(__file__).resolve().parents[2] / "scripts" / "eval_ingest.py")


@dataclass
class _Read:
    stance: str
    status: str
    stance_by: str | None = None
    chief_constable_stance: str | None = None


def test_a_finding_the_letter_takes_no_stance_on_is_right_when_read_as_stating_none() -> None:
    want = item("8", None, "planned")
    assert EVAL.item_checks(_Read("not_stated", "planned"), want) == {
        "stance": True,
        "stance_by": True,
        "chief_constable_stance": True,
        "status": True,
    }
    assert EVAL.item_checks(_Read("accept", "planned", "policing_body"), want)["stance"] is False


def test_every_honestly_right_reading_counts_and_others_do_not() -> None:
    want = item("9", ["partially_agree", "note"], ["in_progress", "planned"], by="policing_body", cc="accept")
    read = _Read("note", "planned", "policing_body", "accept")
    assert all(EVAL.item_checks(read, want).values())
    assert EVAL.item_checks(_Read("not_stated", "implemented", None, None), want) == {
        "stance": False,
        "stance_by": False,
        "chief_constable_stance": False,
        "status": False,
    }
