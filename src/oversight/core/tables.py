"""Tables for download: one header and its rows written as CSV, XLSX or JSON.

Every text cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return) gets a leading apostrophe, in CSV and XLSX alike, so a name or a letter's words cannot
become a command on the reader's machine. JSON keeps values as they are: it is read by programs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet will not run: text starting with = + - @ tab or CR gets a leading '."""
    if isinstance(value, str) and value.startswith(_DANGEROUS):
        return "'" + value
    return value


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def table_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(_plain(v)) for v in row])
    return out.getvalue().encode("utf-8")


def table_xlsx(header: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str = "Data") -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append(list(header))
    for row in rows:
        sheet.append([safe_cell(v) for v in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def table_json(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    return json.dumps([dict(zip(header, map(_plain, row), strict=True)) for row in rows], indent=1).encode()


@dataclass(frozen=True, slots=True)
class TableFormat:
    content_type: str
    write: Callable[[Sequence[str], Sequence[Sequence[Any]]], bytes]


FORMATS: dict[str, TableFormat] = {
    "csv": TableFormat("text/csv; charset=utf-8", table_csv),
    "xlsx": TableFormat("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", table_xlsx),
    "json": TableFormat("application/json", table_json),
}
