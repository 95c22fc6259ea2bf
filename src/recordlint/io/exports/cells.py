"""One row's cells made a record: its id and details cut to size, its text checked for
size and emptiness, and a spreadsheet's cell values written as text.

Apart because every format ends here, whatever it read the cells from.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from recordlint.io.records import FIELDS, Record, display_path

# Ids and details are names and dates; a cell of megabytes there is a broken row, and
# outputs repeat these on every finding.
_MAX_ID_CHARS = 200
_MAX_DETAIL_CHARS = 1000


def cell_or_none(cells: list[str], position: int | None) -> str | None:
    if position is None or position >= len(cells):
        return None
    return cells[position].strip() or None


def row_details(cells: list[str], positions: dict[str, int]) -> dict[str, str]:
    return {
        name: cells[i].strip()
        for name, i in positions.items()
        if name in FIELDS[2:] and i < len(cells) and cells[i].strip()
    }


def cell_text(value: Any) -> str:
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


def record_from_cells(
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
