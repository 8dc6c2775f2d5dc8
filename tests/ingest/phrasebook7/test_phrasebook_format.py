"""Format checks for phrasebook 7: both banks parse, keep to their labels and split evenly into halves, each
tuning line paired with the held-back line after it under the same main label."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.phrasebook_format import PhrasebookFormat


class TestPhrasebook7Format(PhrasebookFormat):
    here = Path(__file__).resolve().parent
    prefixes = {"status": "s7", "stance": "n7"}
    sizes = {"status": 300, "stance": 200}
    minimum = {
        "status": {"implemented": 60, "in_progress": 60, "planned": 60, "not_started": 60, "not_stated": 60},
        "stance": {
            "agree": 26,
            "accept": 26,
            "support": 24,
            "note": 24,
            "partially_agree": 26,
            "disagree": 24,
            "not_stated": 50,
        },
    }
    paired = True
