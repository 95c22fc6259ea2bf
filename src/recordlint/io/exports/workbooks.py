"""Excel workbooks read from their first sheet, row by row, with a damaged sheet giving
the rows read before it broke.

Apart because only a workbook needs openpyxl and an archive check.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from recordlint.errors import InputError
from recordlint.io.content import EXCEL_XML_PER_TEXT, broken_part, check_archive, describe_damage
from recordlint.io.exports.cells import cell_text, record_from_cells
from recordlint.io.records import ColumnMap, Record, display_path


def iter_xlsx(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[Record]:
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
                cells = [cell_text(value) for value in values]
                if not any(cell.strip() for cell in cells):
                    continue
                if header is None:
                    header = cells
                    mapping = columns.mapping(header, shown)
                    note = mapping.note
                    continue
                assert mapping is not None
                yield record_from_cells(path, row, cells, mapping.positions, max_chars, note)
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
