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
import sys
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from recordlint.errors import InputError
from recordlint.io.records import FIELDS, ColumnMap, Record

EXPORT_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".xlsx")
_SNIFF_CHUNK = 1 << 20


def is_export(path: str) -> bool:
    return Path(path).suffix.lower() in EXPORT_SUFFIXES


def iter_export(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    """The records of one export, in file order. Raises InputError when the file as a whole
    cannot be read (no text column, not a spreadsheet); row problems become error records."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _iter_csv(path, columns, max_chars)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _iter_jsonl(path, columns, max_chars)
    elif suffix == ".xlsx":
        yield from _iter_xlsx(path, columns, max_chars)
    else:
        raise InputError(f"{path}: not an export this tool reads ({', '.join(EXPORT_SUFFIXES)})")


def sniff_encoding(path: Path) -> tuple[str, str | None]:
    """The encoding of a text export, read through once in chunks: UTF-8 (with or without a
    byte order mark), else Windows-1252. The note says when the fallback was used."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        first = handle.read(_SNIFF_CHUNK)
        bom = first.startswith(codecs.BOM_UTF8)
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
        raise InputError(f"{path}: cannot be read: {error.strerror}") from error


def _iter_csv(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    handle, note = _open_text(path)
    # Notes can run to megabytes; the size check below gives a clearer message than csv's.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    with handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{path}: empty: no header row") from None
        except csv.Error as error:
            raise InputError(f"{path}: the header row cannot be read: {error}") from None
        positions = columns.positions(header, str(path))
        row = 1
        while True:
            row += 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield Record(str(path), None, None, row, error=f"cannot be read: {error}")
                continue
            if not any(cell.strip() for cell in cells):
                row -= 1  # a blank line is not a record (spreadsheets drop it too)
                continue
            if len(cells) != len(header):
                yield _from_cells(
                    path,
                    row,
                    cells,
                    positions,
                    max_chars,
                    note,
                    error=(
                        f"has {len(cells)} fields where the header has {len(header)} "
                        f"(ends at line {reader.line_num}; an unclosed quote or a stray comma?)"
                    ),
                )
                continue
            yield _from_cells(path, row, cells, positions, max_chars, note)


def _iter_jsonl(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    handle, note = _open_text(path)
    positions: dict[str, int] | None = None
    keys: list[str] = []
    with handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                yield Record(
                    str(path),
                    None,
                    None,
                    line_number,
                    error=f"not valid JSON: {error.msg} (column {error.colno})",
                )
                continue
            if not isinstance(data, dict):
                yield Record(
                    str(path),
                    None,
                    None,
                    line_number,
                    error=f"expected an object, got {type(data).__name__}",
                )
                continue
            if positions is None or list(data) != keys:
                keys = list(data)
                positions = columns.positions(keys, str(path))
            cells = [_cell_text(value) for value in data.values()]
            yield _from_cells(path, line_number, cells, positions, max_chars, note)


def _iter_xlsx(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    try:
        from openpyxl import load_workbook
    except ModuleNotFoundError as error:  # pragma: no cover - a declared dependency
        raise InputError(f"{path}: reading Excel needs openpyxl: {error}") from None
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is no workbook
        raise InputError(f"{path}: not a readable Excel workbook: {error}") from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header: list[str] | None = None
        positions: dict[str, int] = {}
        for row, values in enumerate(rows, start=1):
            cells = [_cell_text(value) for value in values]
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = cells
                positions = columns.positions(header, str(path))
                continue
            yield _from_cells(path, row, cells, positions, max_chars, None)
        if header is None:
            raise InputError(f"{path}: empty: no header row")
    finally:
        workbook.close()


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
    values = {name: cells[i] for name, i in positions.items() if i < len(cells)}
    record_id = values.get("id", "").strip() or None
    details = {
        name: values[name].strip() for name in FIELDS[2:] if name in values and values[name].strip()
    }
    if error is not None:
        return Record(str(path), record_id, None, row, details, error=error)
    text = values.get("text", "")
    if len(text) > max_chars:
        return Record(
            str(path),
            record_id,
            None,
            row,
            details,
            error=f"text too large to check ({len(text):,} characters; the limit is "
            f"{max_chars:,}, set with --max-size)",
        )
    if not text.strip():
        return Record(str(path), record_id, None, row, details, error="the text is empty")
    return Record(str(path), record_id, text, row, details, note=note)
