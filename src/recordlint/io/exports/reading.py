"""Which files are exports, and the records of one read by what its content and name say
it is.

The last layer: it picks the reader of each format.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from recordlint.errors import InputError
from recordlint.io.content import FileType, detect, refusal
from recordlint.io.exports.csv_rows import iter_csv
from recordlint.io.exports.json_lines import iter_jsonl
from recordlint.io.exports.workbooks import iter_xlsx
from recordlint.io.records import ColumnMap, Record, display_path

TEXT_EXPORT_SUFFIXES = (".csv", ".jsonl", ".ndjson")
EXPORT_SUFFIXES = (*TEXT_EXPORT_SUFFIXES, ".xlsx")


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
        yield from iter_xlsx(path, columns, max_chars)
        return
    if suffix == ".xlsx":
        found = refusal(file_type) or "it holds plain text; if it is CSV, name it .csv"
        raise InputError(f"{shown}: not a readable Excel workbook: {found}")
    reason = refusal(file_type)
    if reason is not None:
        raise InputError(f"{shown}: {reason}")
    if suffix == ".csv":
        yield from iter_csv(path, columns, max_chars)
    elif suffix in (".jsonl", ".ndjson"):
        yield from iter_jsonl(path, columns, max_chars)
    else:
        raise InputError(f"{shown}: not an export this tool reads ({', '.join(EXPORT_SUFFIXES)})")
