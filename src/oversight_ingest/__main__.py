"""``python -m oversight_ingest``: see :mod:`oversight_ingest.cli`."""

from __future__ import annotations

from oversight_ingest.cli import main

raise SystemExit(main())
