"""Report text → report pack draft.

An inspection report, once extracted to a :class:`~oversight_ingest.document.Document`, is read for
its recommendations, areas for improvement and causes of concern; each becomes a draft finding with
its reference, deadline and addressees, and the whole becomes a report pack a person reviews before
import. Every guess the reader makes is reported as a warning beside the finding it concerns.

Modules: :mod:`.deadlines` (deadline phrases → dates), :mod:`.addressees` (who a sentence asks to
act), :mod:`.findings` (the findings of a document), :mod:`.pack` (a draft pack), :mod:`.cli`.
"""

from __future__ import annotations

from oversight_ingest.reportparse.addressees import parse_addressees
from oversight_ingest.reportparse.deadlines import DeadlineResult, parse_deadline
from oversight_ingest.reportparse.findings import DraftFinding, find_findings
from oversight_ingest.reportparse.pack import DraftPackResult, draft_pack

__all__ = [
    "DeadlineResult",
    "DraftFinding",
    "DraftPackResult",
    "draft_pack",
    "find_findings",
    "parse_addressees",
    "parse_deadline",
]
