"""Reading exports and Word files: column mapping, messy encodings and broken rows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from recordlint.errors import InputError
from recordlint.findings import RecordKind
from recordlint.io.exports import iter_export, sniff_encoding
from recordlint.io.readers import iter_records
from recordlint.io.records import ColumnMap, parse_column_pairs, parse_kind

EXPORTS = Path(__file__).parent / "data" / "exports"
LIMIT = 5 * 1024 * 1024


def test_csv_with_byte_order_mark_keeps_quotes_newlines_and_details() -> None:
    """Header names match in any case; a note may hold quotes and blank lines."""
    records = list(iter_export(EXPORTS / "notes.csv", ColumnMap(), LIMIT))
    first = records[0]
    assert (first.id, first.row, first.error) == ("N-001", 2, None)
    assert first.text is not None
    assert first.text.startswith("Home visit")  # no byte order mark in the text
    assert '"I want to stay in my own home"' in first.text
    assert "\n\nShe asked for a rail" in first.text
    assert first.kind is RecordKind.CASE_NOTE
    assert first.details["team"] == "North"
    assert first.metadata == {"contact_date": "2026-01-05", "recorded_date": "2026-01-06"}


def test_broken_rows_become_errors_naming_the_row_and_reading_goes_on() -> None:
    """An empty text and a row with an extra field are errors; the rows after are read."""
    records = list(iter_export(EXPORTS / "notes.csv", ColumnMap(), LIMIT))
    assert [r.row for r in records] == [2, 3, 4, 5, 6]
    by_row = {r.row: r for r in records}
    assert by_row[4].error == "the text is empty"
    assert by_row[5].error is not None and "has 9 fields where the header has 8" in by_row[5].error
    assert by_row[5].id == "N-004"
    assert by_row[6].text is not None and by_row[6].error is None


def test_windows_1252_export_with_its_own_column_names() -> None:
    """Columns named by option; Windows-1252 is detected and said once per record."""
    assert sniff_encoding(EXPORTS / "notes-cp1252.csv")[0] == "cp1252"
    columns = ColumnMap(parse_column_pairs(("text=Note,id=RecordID", "author=worker")))
    records = list(iter_export(EXPORTS / "notes-cp1252.csv", columns, LIMIT))
    assert [r.id for r in records] == ["C-1", "C-2"]
    assert (
        records[0].text == "Mrs O\u2019Neill\u2019s caf\u00e9 visit \u2013 she said she enjoys it."
    )
    assert records[0].details["author"] == "Bea Small"
    assert records[0].note == "not UTF-8; read as Windows-1252"


def test_missing_text_column_lists_the_columns_found(tmp_path: Path) -> None:
    path = tmp_path / "remarks.csv"
    path.write_text("RecordID,Remarks,Worker\nC-1,Visit.,Bea Small\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        list(iter_export(path, ColumnMap(), LIMIT))
    message = str(raised.value)
    assert "no text column 'text'" in message
    assert "columns found: 'RecordID', 'Remarks', 'Worker'" in message
    assert "--text-column" in message


def test_common_headings_are_recognised_and_the_mapping_is_said(tmp_path: Path) -> None:
    """Spaces, camel case, snake case and synonyms all find their field; unused columns
    are named once, with the first record."""
    path = tmp_path / "system.csv"
    path.write_text(
        "Record ID,Case Note,ContactDate,date_recorded,Worker,RecordType,Outcome\n"
        "R-1,Visit to Mrs Lee.,2026-01-05,2026-01-06,Bea Small,Case note,done\n"
        "R-2,Call with Mr Ray.,2026-01-07,2026-01-07,Al Nunn,Letter,done\n",
        encoding="utf-8",
    )
    first, second = iter_export(path, ColumnMap(), LIMIT)
    assert (first.id, first.text, first.kind) == ("R-1", "Visit to Mrs Lee.", RecordKind.CASE_NOTE)
    assert first.metadata == {"contact_date": "2026-01-05", "recorded_date": "2026-01-06"}
    assert first.details["author"] == "Bea Small"
    assert first.note is not None
    assert "recorded_date from 'date_recorded'" in first.note
    assert "author from 'Worker'" in first.note
    assert "not used: 'Outcome'" in first.note
    assert second.note is None
    assert first.fields == frozenset(
        {"id", "text", "contact_date", "recorded_date", "author", "kind"}
    )


def test_a_named_optional_column_that_is_missing_is_an_error() -> None:
    with pytest.raises(InputError, match="no team column 'Service'"):
        list(iter_export(EXPORTS / "notes.csv", ColumnMap({"team": "Service"}), LIMIT))


def test_unknown_field_in_column_map_is_refused() -> None:
    with pytest.raises(InputError, match="unknown record field 'colour'"):
        ColumnMap({"colour": "x"})


def test_json_lines_bad_lines_are_errors_with_their_line_numbers() -> None:
    records = list(iter_export(EXPORTS / "notes.jsonl", ColumnMap(), LIMIT))
    assert [(r.row, r.id) for r in records] == [(1, "J-1"), (2, None), (3, None), (5, "J-3")]
    assert records[1].error is not None and records[1].error.startswith("not valid JSON")
    assert records[2].error == "expected an object, got list"
    assert records[3].details["team"] == "South"


def test_excel_export_reads_dates_and_rows(tmp_path: Path) -> None:
    """Spreadsheet rows keep their numbers; dates become ISO text; midnight means a date."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Record ID", "Note", "Contact Date", "Recorded Date"])
    sheet.append(["X-1", "Visit to Mrs Lee.", datetime(2026, 1, 5), datetime(2026, 1, 6, 9, 30)])
    sheet.append([None, None, None, None])
    sheet.append([7, "Call with Mr Ray.", None, None])
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    columns = ColumnMap(
        {
            "id": "record id",
            "text": "NOTE",
            "contact_date": "Contact Date",
            "recorded_date": "Recorded Date",
        }
    )
    records = list(iter_export(path, columns, LIMIT))
    assert [(r.row, r.id, r.text) for r in records] == [
        (2, "X-1", "Visit to Mrs Lee."),
        (4, "7", "Call with Mr Ray."),
    ]
    assert records[0].metadata == {
        "contact_date": "2026-01-05",
        "recorded_date": "2026-01-06T09:30:00",
    }


def test_a_file_that_is_no_workbook_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file")
    (record,) = list(iter_records((str(path),)))
    assert record.error is not None and record.error.startswith("not a readable Excel workbook")


def test_a_record_of_several_megabytes_is_an_error_row_above_the_limit(tmp_path: Path) -> None:
    """The size limit applies to each record's text; the rows around it are read."""
    big = "She said she was well. " * 150_000  # about 3.4 MB
    path = tmp_path / "big.csv"
    path.write_text(f"id,text\nA,Short note.\nB,{big}\nC,Another note.\n", encoding="utf-8")
    records = list(iter_export(path, ColumnMap(), 1024 * 1024))
    assert [r.id for r in records] == ["A", "B", "C"]
    assert records[1].error is not None and "text too large to check" in records[1].error
    whole = list(iter_export(path, ColumnMap(), 8 * 1024 * 1024))
    assert whole[1].text == big


def test_folders_hold_text_markdown_and_word_files(tmp_path: Path) -> None:
    """Word documents are read paragraph by paragraph, table cells included; lock files and
    hidden files are skipped."""
    from docx import Document

    document = Document()
    document.add_paragraph("Dear Mrs Lee,")
    document.add_paragraph("Thank you for meeting me.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Phone"
    table.cell(0, 1).text = "01234 567890"
    document.save(tmp_path / "letter.docx")
    (tmp_path / "~$letter.docx").write_bytes(b"lock")
    (tmp_path / "note.md").write_text("# Visit\n\nAll well.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    records = {r.id: r for r in iter_records((str(tmp_path),))}
    assert set(records) == {"letter", "note"}
    assert records["letter"].text == "Dear Mrs Lee,\nThank you for meeting me.\nPhone\t01234 567890"


def test_kind_words_from_exports() -> None:
    assert parse_kind("Case note") is RecordKind.CASE_NOTE
    assert parse_kind("LETTERS") is RecordKind.LETTER
    assert parse_kind("e-mail") is RecordKind.EMAIL
    assert parse_kind("visit") is None
    assert parse_kind("") is None


def test_a_rule_that_reads_a_missing_column_is_named_once(tmp_path: Path) -> None:
    """The 48-hour check reads contact and recorded dates; an export without them says so,
    once, and only when that check is enabled."""
    from click.testing import CliRunner

    from recordlint.cli import cli

    path = tmp_path / "notes.csv"
    path.write_text(
        "Record ID,Note\nR-1,I visited Mrs Lee.\nR-2,I phoned Mr Ray.\n", encoding="utf-8"
    )
    runner = CliRunner()
    timely = runner.invoke(cli, ["check", str(path), "--select", "RL911"])
    missing = [line for line in timely.output.splitlines() if "RL911 (recorded-late)" in line]
    assert missing == [
        f"{path}: no contact date or recorded date column, which RL911 (recorded-late) reads; "
        "name it with --columns contact_date=HEADING if the export has it under another heading"
    ]
    other = runner.invoke(cli, ["check", str(path), "--select", "RL301"])
    assert "RL911" not in other.output
