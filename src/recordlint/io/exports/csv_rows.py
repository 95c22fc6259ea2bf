"""CSV exports read row by row, with the rows an unclosed quotation mark swallows given
back as error records.

Apart because only CSV reading has to check a row against the file's lines.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from recordlint.errors import InputError
from recordlint.io.exports.cells import cell_or_none, record_from_cells, row_details
from recordlint.io.exports.text import open_text
from recordlint.io.records import ColumnMap, Record, display_path, joined_notes


class _LineTap:
    """The lines a csv reader takes for each row, so a row can be checked against the
    file's lines: an unclosed quotation mark shows as one row over many lines."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.taken: list[str] = []

    def __iter__(self) -> _LineTap:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line

    def take(self) -> list[str]:
        taken, self.taken = self.taken, []
        return taken


def _id_shape(value: str) -> str:
    """The shape of an id: runs of letters as "a", of digits as "9" ("N-0041" -> "a-9")."""
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "9", value.strip()))


def iter_csv(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    handle, note = open_text(path)
    # Notes can run to megabytes; the size check below gives a clearer message than csv's.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    with handle:
        tap = _LineTap(iter(handle))
        reader = csv.reader(tap)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{display_path(path)}: empty: no header row") from None
        except csv.Error as error:
            raise InputError(
                f"{display_path(path)}: the header row cannot be read: {error}"
            ) from None
        tap.take()
        mapping = columns.mapping(header, display_path(path))
        positions = mapping.positions
        once = mapping.note  # said with the first record only
        id_shape: str | None = None
        row = 1
        while True:
            row += 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                tap.take()
                yield Record(display_path(path), None, None, row, error=f"cannot be read: {error}")
                continue
            lines = tap.take()
            if not any(cell.strip() for cell in cells):
                row -= 1  # a blank line is not a record (spreadsheets drop it too)
                continue
            swallowed = _swallowed_rows(lines, len(header), positions.get("id"), id_shape)
            if swallowed:
                yield from _unclosed_quote_rows(path, row, lines[0], swallowed, positions)
                row += len(swallowed)
                continue
            if len(cells) != len(header):
                yield record_from_cells(
                    path,
                    row,
                    cells,
                    positions,
                    max_chars,
                    joined_notes(note, once),
                    error=(
                        f"has {len(cells)} fields where the header has {len(header)} "
                        f"(ends at line {reader.line_num}; an unclosed quote or a stray comma?)"
                    ),
                )
            else:
                yield record_from_cells(
                    path, row, cells, positions, max_chars, joined_notes(note, once)
                )
            once = None
            if cell_or_none(cells, positions.get("id")):
                id_shape = _id_shape(cells[positions["id"]])


def _swallowed_rows(
    lines: list[str], width: int, id_position: int | None, id_shape: str | None
) -> list[list[str]]:
    """The whole rows hidden inside one row that runs over several lines, or [].

    A note may hold line breaks inside quotation marks, so a row over many lines is normal.
    But when a quotation mark is never closed, the rows below are read as part of its text,
    and the quotes no longer pair up. Those rows show through: read alone, a line inside the
    row has the header's number of fields and an id shaped like the others. Without an id
    column, three or more fields must match, so a line of a note that happens to hold a
    comma is not taken for a row.

    When the quotes do pair up (the stray one was closed by another at the end of a later
    line), one row-like line could be a note quoting a row, so it takes two.
    """
    if len(lines) < 2 or width < 2 or (id_position is None and width < 3):
        return []
    try:
        # Quotes that are all closed and doubled read strictly as one row, as any CSV
        # writer's notes with line breaks do.
        needed = 2 if len(list(csv.reader(lines, strict=True))) == 1 else 1
    except csv.Error:
        needed = 1
    opening = next(csv.reader([lines[0]]), [])
    if id_position is not None and id_position < len(opening) and opening[id_position].strip():
        id_shape = _id_shape(opening[id_position])
    rows: list[list[str]] = []
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = next(csv.reader([line]), [])
        if len(cells) != width:
            continue
        if id_position is not None:
            if not cells[id_position].strip():
                continue
            if id_shape is not None and _id_shape(cells[id_position]) != id_shape:
                continue
        rows.append(cells)
    return rows if len(rows) >= needed else []


def _unclosed_quote_rows(
    path: Path,
    row: int,
    opening_line: str,
    swallowed: list[list[str]],
    positions: dict[str, int],
) -> Iterator[Record]:
    """Error records for a row whose unclosed quotation mark swallowed the rows below it:
    that row and each swallowed row, under their own row numbers and ids, none of them
    carrying another row's text."""
    opening = next(csv.reader([opening_line]), [])
    opening_id = cell_or_none(opening, positions.get("id"))
    ids = [cell_or_none(cells, positions.get("id")) or f"row {row + n}"
           for n, cells in enumerate(swallowed, start=1)]  # fmt: skip
    span = ids[0] if len(ids) == 1 else f"{ids[0]} to {ids[-1]}"
    named = f"row {row}" + (f" ({opening_id})" if opening_id else "")
    yield Record(
        display_path(path),
        opening_id,
        None,
        row,
        row_details(opening, positions),
        error=(
            f"a quotation mark in this row is never closed, so the next "
            f"{len(swallowed)} row{'s' if len(swallowed) != 1 else ''} ({span}) were read "
            "as its text; close the quote and check again"
        ),
    )
    for n, cells in enumerate(swallowed, start=1):
        yield Record(
            display_path(path),
            cell_or_none(cells, positions.get("id")),
            None,
            row + n,
            row_details(cells, positions),
            error=f"not checked: swallowed by the unclosed quotation mark in {named}",
        )
