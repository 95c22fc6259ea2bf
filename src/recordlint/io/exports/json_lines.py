"""JSON Lines exports read line by line, each object mapped to the columns of the first.

Apart from CSV because a line is an object, not cells in a header's order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from recordlint.errors import InputError
from recordlint.io.exports.cells import cell_text, record_from_cells
from recordlint.io.exports.text import bounded_lines, open_text
from recordlint.io.records import ColumnMap, ColumnMapping, Record, display_path, joined_notes


def iter_jsonl(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
    handle, note = open_text(path)
    shown = display_path(path)
    mapping: ColumnMapping | None = None
    once: str | None = None
    keys: list[str] = []
    # A line carries the text and a few short fields; JSON escapes can double the text.
    line_limit = 2 * max_chars + 64 * 1024
    with handle:
        for line_number, line in bounded_lines(handle, line_limit):
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
            cells = [cell_text(value) for value in data.values()]
            yield record_from_cells(path, line_number, cells, mapping.positions, max_chars,
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
    return cell_text(list(data.values())[position]).strip() or None
