"""Reading operational data files as a stream of checked rows.

``read_rows`` never holds a whole file: CSV is read line by line, XLSX through openpyxl's
read-only mode. Each row is checked against its kind's contract (``contracts.py``); references
are pseudonymised as they are read, and a problem is reported by file, row, column and reason,
never quoting a value (a bad reference must not end up in an error list).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oversight.measures.contracts import FORCE_COLUMN, Column, ColumnType, Contract

MAX_ERRORS_KEPT = 10_000
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}


class FileRefused(Exception):
    """The whole file is unusable (too big, wrong type, wrong headers); ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class RowError:
    file: str
    row: int
    column: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "column": self.column, "reason": self.reason}

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class Problems:
    """Every bad row, up to ``MAX_ERRORS_KEPT`` kept in full, and the total count."""

    errors: list[RowError] = field(default_factory=list)
    count: int = 0
    warnings: list[str] = field(default_factory=list)

    def add(self, error: RowError) -> None:
        self.count += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(error)


def _csv_rows(path: Path, filename: str, progress: Callable[[float], None] | None) -> Iterator[list[str]]:
    with path.open("rb") as raw:
        total = max(path.stat().st_size, 1)
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            for count, values in enumerate(csv.reader(text), start=1):
                if progress is not None and count % 5000 == 0:
                    progress(raw.tell() / total)
                yield values
        except UnicodeDecodeError as exc:
            raise FileRefused(f"{filename} is not UTF-8 text: save it as CSV UTF-8 or as XLSX.") from exc
        except csv.Error as exc:
            raise FileRefused(f"{filename} is not a readable CSV file ({exc}).") from exc


def _xlsx_rows(path: Path, filename: str, progress: Callable[[float], None] | None) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileRefused(f"{filename} is not a readable XLSX workbook.") from exc
    try:
        if len(workbook.sheetnames) != 1:
            raise FileRefused(
                f"{filename} has {len(workbook.sheetnames)} sheets; put the data on one sheet and remove the others."
            )
        sheet = workbook[workbook.sheetnames[0]]
        total = max(int(sheet.max_row or 0), 1)
        for count, cells in enumerate(sheet.iter_rows(), start=1):
            if progress is not None and count % 5000 == 0:
                progress(count / total)
            yield [_FORMULA if getattr(cell, "data_type", None) == "f" else _text(cell.value) for cell in cells]
    finally:
        workbook.close()


class _Formula(str):
    """A cell holding a formula: refused, because its value is not in the file."""

    __slots__ = ()


_FORMULA = _Formula("")


def table_rows(
    path: Path, filename: str, *, max_bytes: int, progress: Callable[[float], None] | None = None
) -> Iterator[list[str]]:
    """The rows of a CSV or XLSX file (the header first), refusing what cannot be read."""
    size = path.stat().st_size
    if size > max_bytes:
        raise FileRefused(
            f"{filename} is {size / 1_048_576:.0f} MB; the largest data file accepted is "
            f"{max_bytes // 1_048_576} MB. Split it by period and import the parts with the same kind."
        )
    with path.open("rb") as probe:
        head = probe.read(4)
    suffix = Path(filename).suffix.lower()
    if head.startswith(b"PK"):
        if suffix not in {".xlsx", ""}:
            raise FileRefused(f"{filename} looks like a spreadsheet workbook: name it .xlsx or save it as CSV.")
        return _xlsx_rows(path, filename, progress)
    if suffix in {".xls", ".xlsx", ".ods"} or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileRefused(
            f"{filename} is not a CSV or XLSX file: save it as CSV UTF-8 or as an Excel workbook (.xlsx)."
        )
    return _csv_rows(path, filename, progress)


def is_blank(values: list[str]) -> bool:
    """A row with nothing in it (a blank line, or empty cells) is not a row."""
    return not any(v is _FORMULA or v.strip() for v in values)


def _date_parser() -> Callable[[str], str | None]:
    """Dates as ISO (2025-06-30) or dd/mm/yyyy, normalised to ISO; None when unreadable."""
    cache: dict[str, str | None] = {}

    def parse(text: str) -> str | None:
        found = cache.get(text, "")
        if found != "":
            return found
        value: dt.date | None
        try:
            if len(text) == 10 and text[4] == "-":
                value = dt.date.fromisoformat(text)
            elif "/" in text:
                day, month, year = text.split("/")
                value = dt.date(int(year), int(month), int(day)) if len(year) == 4 else None
            else:
                value = None
        except ValueError:
            value = None
        result = value.isoformat() if value is not None else None
        if len(cache) < 100_000:
            cache[text] = result
        return result

    return parse


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


class RowChecker:
    """Checks the header, then each row, of one file against a contract.

    ``check`` returns the row's values in contract order, ready to store, or None when the row
    is bad (its problems are added to ``problems``)."""

    def __init__(
        self,
        *,
        contract: Contract,
        filename: str,
        pseudonymise: Callable[[str], str],
        force_names: set[str],
        today: dt.date,
    ) -> None:
        self.contract = contract
        self.filename = filename
        self.pseudonymise = pseudonymise
        self.force_names = {n.casefold() for n in force_names}
        self.today = today.isoformat()
        self.problems = Problems()
        self.parse_date = _date_parser()
        self.positions: list[int] = []
        self.force_position: int | None = None
        self.width = 0
        self.seen: set[int] = set()
        self.pseudonyms: dict[str, str] = {}
        self.unique_positions = [contract.names.index(n) for n in contract.unique]

    def header(self, values: list[str]) -> None:
        names = [v.strip().lower().lstrip("\ufeff") for v in values]
        while names and not names[-1]:
            names.pop()
        self.width = len(names)
        expected = self.contract.names
        duplicated = sorted({n for n in names if n and names.count(n) > 1})
        if duplicated:
            raise FileRefused(f"{self.filename}: the header names {', '.join(duplicated)} more than once.")
        missing = [n for n in expected if n not in names]
        if missing:
            found = ", ".join(n for n in names if n) or "nothing"
            raise FileRefused(
                f"{self.filename}: the first row must name the columns {', '.join(expected)}; "
                f"missing {', '.join(missing)} (found {found}). Download the template for the right headers."
            )
        self.positions = [names.index(n) for n in expected]
        if FORCE_COLUMN in names:
            self.force_position = names.index(FORCE_COLUMN)
        extra = [n for n in names if n and n not in expected and n != FORCE_COLUMN]
        if extra:
            self.problems.warnings.append(f"{self.filename}: ignored the extra columns {', '.join(extra)}.")

    def _error(self, row: int, column: str, reason: str) -> None:
        self.problems.add(RowError(self.filename, row, column, reason))

    def check(self, row: int, values: list[str]) -> tuple[Any, ...] | None:
        """Values (text) of one row; formulas arrive as the ``_FORMULA`` marker."""
        size = len(values)
        if size > self.width and any(v.strip() for v in values[self.width :]):
            self._error(row, "", f"the row has more values than the header has columns ({self.width})")
            return None
        ok = True
        out: list[Any] = []
        for column, position in zip(self.contract.columns, self.positions, strict=True):
            raw = values[position] if position < size else ""
            if raw is _FORMULA:
                self._error(row, column.name, "the cell holds a formula; paste the values only")
                ok = False
                out.append(None)
                continue
            value, reason = self._convert(column, raw.strip())
            if reason:
                self._error(row, column.name, reason)
                ok = False
            out.append(value)
        if self.force_position is not None:
            named = values[self.force_position].strip() if self.force_position < size else ""
            if named and named.casefold() not in self.force_names:
                self._error(
                    row, FORCE_COLUMN, "the row is for another force; import each force's rows under that force"
                )
                ok = False
        if ok and self.contract.kind == "collection-plans" and out[2] == "approved" and out[6] is None:
            self._error(row, "approved_on", "an approved plan needs the date it was approved")
            ok = False
        if not ok:
            return None
        # A 64-bit hash of the row's unique values: a million rows take tens of MB, not hundreds,
        # at a chance of a false "repeats" of about one in 10^7 for a million-row file.
        key = hash(tuple([out[i] for i in self.unique_positions]))
        if key in self.seen:
            names = ", ".join(self.contract.unique)
            self._error(row, self.contract.unique[0], f"repeats an earlier row with the same {names}")
            return None
        self.seen.add(key)
        return tuple(out)

    def _convert(self, column: Column, text: str) -> tuple[Any, str]:  # noqa: PLR0911, PLR0912 - one branch per column type
        kind = column.type
        if kind is ColumnType.REF:
            if not text:
                return None, "is blank; every row needs a reference"
            if len(text) > 200:
                return None, "is longer than 200 characters"
            found = self.pseudonyms.get(text)
            if found is None:
                found = self.pseudonymise(text)
                if len(self.pseudonyms) < 200_000:
                    self.pseudonyms[text] = found
            return found, ""
        if kind is ColumnType.DATE or kind is ColumnType.OPTIONAL_DATE:
            if not text:
                return None, ("" if kind is ColumnType.OPTIONAL_DATE else "is blank; give a date")
            iso = self.parse_date(text)
            if iso is None:
                return None, "is not a date: use YYYY-MM-DD or dd/mm/yyyy"
            if iso > self.today:
                return None, "is in the future"
            return iso, ""
        if kind is ColumnType.YESNO:
            lowered = text.lower()
            if lowered in _YES:
                return True, ""
            if lowered in _NO:
                return False, ""
            return None, "must be yes or no"
        if kind is ColumnType.CHOICE:
            lowered = text.lower()
            if lowered not in column.choices:
                return None, f"must be one of {', '.join(column.choices)}"
            return lowered, ""
        if not text and kind is ColumnType.REQUIRED_TEXT:
            return None, "is blank"
        if len(text) > column.max_length:
            return None, f"is longer than {column.max_length} characters"
        return text, ""
