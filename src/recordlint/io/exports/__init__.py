"""Read case-record exports (CSV, JSON Lines, Excel) as a stream of records.

Exports come from case-management systems and spreadsheets and are often messy: a byte order
mark or none, Windows-1252 instead of UTF-8, notes with newlines and quotes inside them, the
odd broken row. Each broken row becomes a record with an error naming the row and what was
wrong, and reading goes on. Rows are read one at a time, so memory does not grow with the
size of the export.

The package reads in layers, each module using only those before it:

- ``text``: a text export's encoding, the file opened with it, lines read within a limit.
- ``cells``: one row's cells made a record, and a spreadsheet's values written as text.
- ``csv_rows``: CSV rows, and the rows an unclosed quotation mark swallows.
- ``json_lines``: JSON Lines objects mapped to columns.
- ``workbooks``: the first sheet of an Excel workbook.
- ``reading``: which files are exports, and :func:`iter_export`, which picks the reader.
"""

from recordlint.io.exports.reading import (
    EXPORT_SUFFIXES,
    TEXT_EXPORT_SUFFIXES,
    is_export,
    iter_export,
)
from recordlint.io.exports.text import sniff_encoding

__all__ = [
    "EXPORT_SUFFIXES",
    "TEXT_EXPORT_SUFFIXES",
    "is_export",
    "iter_export",
    "sniff_encoding",
]
