"""Read case-record exports (CSV, JSON Lines, Excel) as a stream of records.

Exports come from case-management systems and spreadsheets and are often messy: a byte order
mark or none, Windows-1252 instead of UTF-8, notes with newlines and quotes inside them, the
odd broken row. Each broken row becomes a record with an error naming the row and what was
wrong, and reading goes on. Rows are read one at a time, so memory does not grow with the
size of the export.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from recordlint.errors import InputError
from recordlint.io.content import (
    EXCEL_XML_PER_TEXT,
    FileType,
    broken_part,
    check_archive,
    describe_damage,
    detect,
    refusal,
    text_bom,
)
from recordlint.io.records import (
    FIELDS,
    ColumnMap,
    ColumnMapping,
    Record,
    display_path,
    joined_notes,
)

TEXT_EXPORT_SUFFIXES = (".csv", ".jsonl", ".ndjson")
EXPORT_SUFFIXES = (*TEXT_EXPORT_SUFFIXES, ".xlsx")
_SNIFF_CHUNK = 1 << 20
# Ids and details are names and dates; a cell of megabytes there is a broken row, and
# outputs repeat these on every finding.
_MAX_ID_CHARS = 200
_MAX_DETAIL_CHARS = 1000


def is_export(path: str) -> bool:
    return Path(path).suffix.lower() in EXPORT_SUFFIXES


def iter_export(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    """The records of one export, in file order. Raises InputError when the file as a whole
    cannot be read (no text column, not a spreadsheet); row problems become error records.

    A workbook is read as one whatever its name; a PDF or old .xls is refused by content."""
    suffix = path.suffix.lower()
    shown = display_path(path)
    try:
        file_type = detect(path)
    except OSError as error:
        raise InputError(f"{shown}: cannot be read: {error.strerror}") from None
    if file_type is FileType.EXCEL:
        yield from _iter_xlsx(path, columns, max_chars)
        return
    if suffix == ".xlsx":
        found = refusal(file_type) or "it holds plain text; if it is CSV, name it .csv"
        raise InputError(f"{shown}: not a readable Excel workbook: {found}")
    reason = refusal(file_type)
    if reason is not None:
        raise InputError(f"{shown}: {reason}")
    if suffix == ".csv":
        yield from _iter_csv(path, columns, max_chars)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _iter_jsonl(path, columns, max_chars)
    else:
        raise InputError(f"{shown}: not an export this tool reads ({', '.join(EXPORT_SUFFIXES)})")


def sniff_encoding(path: Path) -> tuple[str, str | None]:
    """The encoding of a text export, read through once in chunks: UTF-16 or UTF-32 with a
    byte order mark, UTF-8 (with or without one), else Windows-1252. The note says when the
    fallback was used."""
    with path.open("rb") as handle:
        first = handle.read(_SNIFF_CHUNK)
        encoding = text_bom(first[:4])
        if encoding is not None and encoding != "utf-8-sig":
            return encoding, None  # decoding errors become replacement characters
        decoder = codecs.getincrementaldecoder("utf-8")()
        bom = encoding is not None
        chunk = first
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = handle.read(_SNIFF_CHUNK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252", "not UTF-8; read as Windows-1252"
    return ("utf-8-sig" if bom else "utf-8"), None


def _open_text(path: Path) -> tuple[io.TextIOWrapper, str | None]:
    try:
        encoding, note = sniff_encoding(path)
        # Windows-1252 leaves five bytes undefined; keep going with a replacement character.
        return path.open(encoding=encoding, errors="replace", newline=""), note
    except OSError as error:
        raise InputError(f"{display_path(path)}: cannot be read: {error.strerror}") from error


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


def _iter_csv(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    handle, note = _open_text(path)
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
                yield _from_cells(
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
                yield _from_cells(path, row, cells, positions, max_chars, joined_notes(note, once))
            once = None
            if _cell(cells, positions.get("id")):
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
    opening_id = _cell(opening, positions.get("id"))
    ids = [_cell(cells, positions.get("id")) or f"row {row + n}"
           for n, cells in enumerate(swallowed, start=1)]  # fmt: skip
    span = ids[0] if len(ids) == 1 else f"{ids[0]} to {ids[-1]}"
    named = f"row {row}" + (f" ({opening_id})" if opening_id else "")
    yield Record(
        display_path(path),
        opening_id,
        None,
        row,
        _details(opening, positions),
        error=(
            f"a quotation mark in this row is never closed, so the next "
            f"{len(swallowed)} row{'s' if len(swallowed) != 1 else ''} ({span}) were read "
            "as its text; close the quote and check again"
        ),
    )
    for n, cells in enumerate(swallowed, start=1):
        yield Record(
            display_path(path),
            _cell(cells, positions.get("id")),
            None,
            row + n,
            _details(cells, positions),
            error=f"not checked: swallowed by the unclosed quotation mark in {named}",
        )


def _cell(cells: list[str], position: int | None) -> str | None:
    if position is None or position >= len(cells):
        return None
    return cells[position].strip() or None


def _details(cells: list[str], positions: dict[str, int]) -> dict[str, str]:
    return {
        name: cells[i].strip()
        for name, i in positions.items()
        if name in FIELDS[2:] and i < len(cells) and cells[i].strip()
    }


def _bounded_lines(handle: io.TextIOWrapper, limit: int) -> Iterator[tuple[int, str | None]]:
    """Line number and line, or None for a line longer than ``limit`` characters; a long
    line is skipped in pieces, never held whole."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith("\n"):
            yield number, line
            continue
        while line and not line.endswith("\n"):
            line = handle.readline(_SNIFF_CHUNK)
        yield number, None


def _iter_jsonl(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    handle, note = _open_text(path)
    shown = display_path(path)
    mapping: ColumnMapping | None = None
    once: str | None = None
    keys: list[str] = []
    # A line carries the text and a few short fields; JSON escapes can double the text.
    line_limit = 2 * max_chars + 64 * 1024
    with handle:
        for line_number, line in _bounded_lines(handle, line_limit):
            if line is None:
                message = (
                    f"line too large to check (over {line_limit:,} characters; the limit is "
                    f"{max_chars:,} characters of text, set with --max-size)"
                )
                yield Record(shown, None, None, line_number, error=message)
                continue
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                yield Record(
                    shown,
                    None,
                    None,
                    line_number,
                    error=f"not valid JSON: {error.msg} (column {error.colno})",
                )
                continue
            if not isinstance(data, dict):
                yield Record(
                    shown,
                    None,
                    None,
                    line_number,
                    error=f"expected an object, got {type(data).__name__}",
                )
                continue
            if mapping is None or list(data) != keys:
                keys = list(data)
                try:
                    found = columns.mapping(keys, shown)
                except InputError as error:
                    # One line without the text key is that line's problem; the lines
                    # after it are still read.
                    message = str(error).removeprefix(f"{shown}: ")
                    yield Record(shown, _id_of(data, columns), None, line_number,
                                 error=message)  # fmt: skip
                    keys = []
                    continue
                if mapping is None or found.note != mapping.note:
                    once = found.note  # a new set of keys: say how they map
                mapping = found
            cells = [_cell_text(value) for value in data.values()]
            yield _from_cells(path, line_number, cells, mapping.positions, max_chars,
                              joined_notes(note, once))  # fmt: skip
            once = None


def _id_of(data: dict[str, Any], columns: ColumnMap) -> str | None:
    """The id of a JSON object that could not be mapped, to name it in the error."""
    try:
        position = columns.id_position(list(data))
    except InputError:
        return None
    if position is None:
        return None
    return _cell_text(list(data.values())[position]).strip() or None


def _iter_xlsx(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    shown = display_path(path)
    try:
        from openpyxl import load_workbook
    except ModuleNotFoundError as error:  # pragma: no cover - a declared dependency
        raise InputError(f"{shown}: reading Excel needs openpyxl: {error}") from None
    try:
        check_archive(path, max(EXCEL_XML_PER_TEXT * max_chars, 64 * 1024 * 1024))
    except InputError as error:
        raise InputError(f"{shown}: not a readable Excel workbook: {error}") from None
    # Opened here, not by name: openpyxl refuses a workbook whose name does not end .xlsx,
    # and the content has already said what the file is.
    handle = path.open("rb")
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is no workbook
        handle.close()
        damage = describe_damage(error, broken_part(path))
        raise InputError(f"{shown}: not a readable Excel workbook: {damage}") from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        part = getattr(sheet, "_worksheet_path", None)
        header: list[str] | None = None
        mapping = None
        note: str | None = None
        row = 0
        try:
            for row, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(value) for value in values]
                if not any(cell.strip() for cell in cells):
                    continue
                if header is None:
                    header = cells
                    mapping = columns.mapping(header, shown)
                    note = mapping.note
                    continue
                assert mapping is not None
                yield _from_cells(path, row, cells, mapping.positions, max_chars, note)
                note = None  # the column mapping is said with the first record only
        except InputError:
            raise
        except Exception as error:  # a damaged sheet: keep the rows read, say where it broke
            where = f"sheet {sheet.title!r}" + (f", after row {row}" if row else "")
            damage = describe_damage(error, part)
            message = f"{where}: {damage}; the rows before it were read"
            yield Record(shown, None, None, None, error=message)
            return
        if header is None:
            raise InputError(f"{shown}: empty: no header row")
    finally:
        workbook.close()
        handle.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        # A spreadsheet date without a time reads as midnight; keep it a date.
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _from_cells(
    path: Path,
    row: int,
    cells: list[str],
    positions: dict[str, int],
    max_chars: int,
    note: str | None,
    error: str | None = None,
) -> Record:
    shown = display_path(path)
    fields = frozenset(positions)
    values = {name: cells[i] for name, i in positions.items() if i < len(cells)}
    record_id = values.get("id", "").strip() or None
    if record_id is not None and len(record_id) > _MAX_ID_CHARS:
        record_id = record_id[:_MAX_ID_CHARS] + "…"
    details = {
        name: values[name].strip()[:_MAX_DETAIL_CHARS]
        for name in FIELDS[2:]
        if name in values and values[name].strip()
    }
    if error is not None:
        return Record(shown, record_id, None, row, details, error=error, note=note, fields=fields)
    text = values.get("text", "")
    size = sum(len(cell) for cell in cells)
    if size > max_chars:
        what = "text" if len(text) > max_chars else "row"
        amount = len(text) if what == "text" else size
        return Record(
            shown,
            record_id,
            None,
            row,
            details,
            error=f"{what} too large to check ({amount:,} characters; the limit is "
            f"{max_chars:,}, set with --max-size)",
            note=note,
            fields=fields,
        )
    if not text.strip():
        empty = "the text is empty"
        return Record(shown, record_id, None, row, details, error=empty, note=note, fields=fields)
    return Record(shown, record_id, text, row, details, note=note, fields=fields)
