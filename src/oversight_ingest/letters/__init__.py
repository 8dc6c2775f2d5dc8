"""Reading the body of a response letter: which findings it answers, and what it says about each.

``analyse_items`` (in :mod:`.align`) is the entry point; :mod:`.segment` cuts the body into
passages, :mod:`.stance`, :mod:`.status`, :mod:`.claims` and :mod:`.initiatives` read them.
"""

from __future__ import annotations

from oversight_ingest.letters.align import ItemsAnalysis, analyse_items

__all__ = ["ItemsAnalysis", "analyse_items"]
