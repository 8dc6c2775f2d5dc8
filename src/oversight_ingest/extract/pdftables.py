"""Tables in a PDF's text layer, found from where their lines sit.

A PDF keeps no table structure: a response table with the force's words in one column and the commissioner's in
another comes out of pdfium as lines, often one column after another, and the cells of a row that share a
baseline joined into one line (the PDF extractor cuts those at their wide gap first). Read as paragraphs, a row's
force response and commissioner's comment run together and nothing says whose words are whose.

Here a table is found from geometry alone:

* a **row level** is a baseline on a page where two or more pieces of text sit side by side with a wide gap
  between them; the pieces' left edges are the **column starts**;
* a table starts at a row level and takes every following piece that lies inside one column: the first line of a
  cell sits on its row's level, each further line one line spacing below the cell's last, and a new row starts on
  a later row level below everything in the row before it (on the same page or at the top of the next);
* it ends at the first piece that fits none of these (a paragraph across the columns, a line in no column).

A run of side-by-side lines is taken as a table only when it has at least two rows and some cell reads as prose
(five words or more), so an address block beside a date is left alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

_Y_TOLERANCE = 2.0  # points: pieces this close in baseline share a level
_X_TOLERANCE = 4.0  # points: a piece this close to a column start begins in that column
_MIN_ROWS = 2  # the header and one row, or two rows
_OVERRUN = 12.0  # points: a cell's text may run this far past the next column's edge (a bold header that overflows)
_PROSE_WORDS = 5  # a table has at least one cell this long
_NEXT_LINE = 1.25  # a cell's next line is at most this many line spacings below its last


class Piece(Protocol):
    text: str
    page: int
    x0: float
    x1: float
    y: float
    size: float


@dataclass(slots=True)
class Table:
    """A table found among the pieces ``start`` to ``end`` (exclusive): its rows, each a list of cells, each a
    list of the lines it holds, in column order (empty cells left out), and each row's cells' columns (from 0)."""

    start: int
    end: int
    rows: list[list[list[str]]] = field(default_factory=list)
    columns: list[list[int]] = field(default_factory=list)


def _levels(pieces: Sequence[Piece]) -> list[list[float] | None]:
    """For each piece, the sorted left edges of the pieces side by side on its baseline when it is on a row level,
    else None. Baselines within a tolerance of each other are one level."""
    order = sorted(range(len(pieces)), key=lambda k: (pieces[k].page, -pieces[k].y))
    groups: list[list[int]] = []
    for k in order:
        last = groups[-1] if groups else None
        if last and pieces[last[0]].page == pieces[k].page and pieces[last[0]].y - pieces[k].y <= _Y_TOLERANCE:
            last.append(k)
        else:
            groups.append([k])
    levels: list[list[float] | None] = [None] * len(pieces)
    for group in groups:
        if len(group) < 2:
            continue
        row = sorted((pieces[k] for k in group), key=lambda p: p.x0)
        if all(a.x0 + _OVERRUN < b.x0 and a.x1 < b.x0 + _OVERRUN for a, b in itertools.pairwise(row)):
            for k in group:
                levels[k] = [p.x0 for p in row]
    return levels


class _Builder:
    """Walks pieces from a row level, keeping the row being read and the column each piece falls in."""

    def __init__(self, starts: list[float], spacing: float) -> None:
        self.starts = starts
        self.spacing = spacing
        self.rows: list[list[list[str]]] = []
        self.columns: list[list[int]] = []  # each row's cells' columns, while the columns stay as first found
        self.moved = False  # the columns were found again after a row was read: earlier numbers mean other columns
        self.row: dict[int, list[str]] = {}
        self.last_y: dict[int, float] = {}
        self.top = 0.0
        self.bottom = 0.0
        self.page = -1

    def column(self, piece: Piece) -> int | None:
        """The column the piece lies in, or None when it starts left of the table or runs into the next column."""
        col = None
        for i, start in enumerate(self.starts):
            if start <= piece.x0 + _X_TOLERANCE:
                col = i
        if col is None:
            return None
        if col + 1 < len(self.starts) and piece.x1 > self.starts[col + 1] + _OVERRUN:
            return None
        return col

    def new_row(self, piece: Piece) -> None:
        self.flush()
        self.top = self.bottom = piece.y
        self.page = piece.page

    def flush(self) -> None:
        if self.row:
            self.rows.append([self.row[c] for c in sorted(self.row)])
            self.columns.append(sorted(self.row))
        self.row = {}
        self.last_y = {}

    def take(self, piece: Piece, col: int, on_level: bool) -> bool:
        """Add the piece to the table; False when it does not belong."""
        same_page = piece.page == self.page
        follows = col in self.last_y and 0 < self.last_y[col] - piece.y <= self.spacing * _NEXT_LINE
        if on_level and not follows and (not same_page or piece.y < self.bottom - _Y_TOLERANCE) and self.row:
            self.new_row(piece)
        elif not same_page:
            return False
        if col not in self.row:
            if not (abs(piece.y - self.top) <= _Y_TOLERANCE or (self.row and on_level)):
                return False
            self.row[col] = [piece.text.strip()]
        else:
            gap = self.last_y[col] - piece.y
            if not 0 < gap <= self.spacing * _NEXT_LINE:
                return False
            self.row[col].append(piece.text.strip())
        self.last_y[col] = piece.y
        self.bottom = min(self.bottom, piece.y)
        return True


def find_tables(pieces: Sequence[Piece], spacing: float) -> list[Table]:
    """The tables among ``pieces`` (in reading order), in order, none overlapping."""
    levels = _levels(pieces)
    if not any(levels):
        return []
    tables: list[Table] = []
    i = 0
    while i < len(pieces):
        starts = levels[i]
        if starts is None:
            i += 1
            continue
        builder = _Builder(list(starts), spacing)
        builder.new_row(pieces[i])
        j = i
        while j < len(pieces):
            piece = pieces[j]
            level = levels[j]
            if level is not None and len(level) > len(builder.starts) and _extends(builder.starts, level):
                builder.starts = list(level)  # a header row with a merged or empty cell: the fuller row wins
                builder.moved = builder.moved or bool(builder.rows or builder.row)
            col = builder.column(piece)
            if col is None or not builder.take(piece, col, level is not None):
                break
            j += 1
        builder.flush()
        rows = builder.rows
        prose = any(len(" ".join(cell).split()) >= _PROSE_WORDS for row in rows for cell in row)
        if len(rows) >= _MIN_ROWS and prose and j > i + 1:
            tables.append(Table(i, j, rows, [] if builder.moved else builder.columns))
            i = j
        else:
            i += 1
    return tables


def _extends(starts: list[float], level: list[float]) -> bool:
    """Whether every column start is also a start of the fuller row ``level``."""
    return all(any(abs(s - x) <= _X_TOLERANCE for x in level) for s in starts)


__all__ = ["Piece", "Table", "find_tables"]
