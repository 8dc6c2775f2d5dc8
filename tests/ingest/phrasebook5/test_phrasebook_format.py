"""Format checks for phrasebook 5: both banks parse, keep to their labels and split evenly into halves."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.phrasebook_format import PhrasebookFormat


class TestPhrasebook5Format(PhrasebookFormat):
    here = Path(__file__).resolve().parent
    prefixes = {"status": "s5", "stance": "n5"}
    sizes = {"status": 400, "stance": 300}
    minimum = {
        "status": {"implemented": 75, "in_progress": 75, "planned": 75, "not_started": 75, "not_stated": 75},
        "stance": {
            "agree": 35,
            "accept": 35,
            "support": 35,
            "note": 30,
            "partially_agree": 35,
            "disagree": 30,
            "not_stated": 45,
        },
    }
