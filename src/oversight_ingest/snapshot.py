"""A catalogue's reports saved to a file, so a command line can read letters without its database.

The Django ``oversight ingest`` command builds its catalogue from the database and saves the
reports here (:func:`write_snapshot`); ``oversight ingest`` then reads the snapshot instead of
setting Django up (:func:`read_snapshot`) for as long as the database has not changed since. The
organisations are the package's reference data either way, so only the reports are saved.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from oversight_ingest.catalogue import Catalogue
from oversight_ingest.packs import validate_pack

SNAPSHOT_FORMAT = "oversight-ingest-catalogue"
SNAPSHOT_VERSION = 1


def write_snapshot(catalogue: Catalogue, path: Path) -> None:
    """Save the catalogue's reports to ``path`` (atomically: a reader never sees half a file)."""
    data = {
        "format": SNAPSHOT_FORMAT,
        "version": SNAPSHOT_VERSION,
        "reports": [pack.to_json() for pack in catalogue.reports],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".catalogue-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_snapshot(path: Path) -> Catalogue | None:
    """The catalogue saved at ``path``, or None when there is none or it is not a snapshot this version reads."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT or data.get("version") != SNAPSHOT_VERSION:
        return None
    try:
        reports = data.get("reports", [])  # written by write_snapshot from packs checked when they were imported
        packs = [validate_pack(report, source=f"{path}[{i}]", trusted=True) for i, report in enumerate(reports)]
    except Exception:  # a damaged snapshot is no snapshot: the caller builds the catalogue afresh
        return None
    return Catalogue.default(packs)
