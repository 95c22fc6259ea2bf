"""Hostile and broken inputs: every one is refused or read within its budget, in one line,
with the right exit status, and every record in is a record out.

The cases are built on the fly and cheaply: zip bombs are archives of repetitive data whose
directories promise far more than the test ever inflates.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import threading
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint.cli import cli
from recordlint.cli.status import ExitStatus
from recordlint.io import readers
from recordlint.io.content import FileType, check_archive, sniff
from recordlint.io.exports import iter_export
from recordlint.io.readers import SkippedFileWarning, decode, iter_records, read_file, read_stdin
from recordlint.io.records import ColumnMap, column_key

MB = 1024 * 1024
# The module, not the command that `recordlint.cli` exports under the same name.
check_module = importlib.import_module("recordlint.cli.check")
NOTE = "Visited Mrs Lee at home. She said she was managing well with her shopping."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def check(runner: CliRunner, *args: str, stdin: bytes | None = None) -> Any:
    """`recordlint check` with only one cheap rule, so the inputs are what is tested."""
    return runner.invoke(cli, ["check", *args, "--select", "RL301"], input=stdin)


def message_lines(output: str, name: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(name)]


def jsonl_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ---------------------------------------------------------------------------------------
# Size budgets: standard input, cells, lines
# ---------------------------------------------------------------------------------------


class CountingStream(io.RawIOBase):
    """An endless stream that counts what was taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        view[:] = b"a" * len(view)
        self.taken += len(view)
        return len(view)


def test_standard_input_is_read_no_further_than_the_limit() -> None:
    stream = CountingStream()
    source = read_stdin(1 * MB, io.BufferedReader(stream))
    assert source.text is None and source.error is not None
    assert source.error.startswith("too large to check (over 1,048,576 bytes")
    assert stream.taken <= 1 * MB + io.DEFAULT_BUFFER_SIZE


def test_ten_megabytes_on_standard_input_is_refused_at_once(runner: CliRunner) -> None:
    started = time.monotonic()
    result = check(runner, "-", stdin=b"She is well. " * (800 * 1024))  # about 10 MB
    assert time.monotonic() - started < 60  # the model load, not the text, takes the time
    assert result.exit_code == ExitStatus.USAGE
    assert message_lines(result.output, "-: too large to check")
    assert "RL301" not in result.output


def test_a_huge_cell_is_an_error_row_and_its_neighbours_are_checked(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "cells.csv"
    path.write_text(f"id,text\nA,{NOTE}\nB,{'word ' * 400_000}\nC,{NOTE}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = check(runner, str(path), "--max-size", "1", "--format", "jsonl", "-o", str(out))
    assert result.exit_code == ExitStatus.USAGE
    rows = jsonl_rows(out)
    assert [row["id"] for row in rows] == ["A", "B", "C"]
    assert len(message_lines(result.output, f"{path} row 3: text too large")) == 1


def test_a_huge_json_line_is_skipped_in_pieces(tmp_path: Path) -> None:
    """The line is never held whole: memory stays near the limit, not the line."""
    path = tmp_path / "lines.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a", "text": NOTE}) + "\n")
        handle.write(json.dumps({"id": "b", "text": "x" * (8 * MB)}) + "\n")
        handle.write(json.dumps({"id": "c", "text": NOTE}) + "\n")
    tracemalloc.start()
    records = list(iter_export(path, ColumnMap(), 256 * 1024))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [r.row for r in records] == [1, 2, 3]
    assert records[1].error is not None and records[1].error.startswith("line too large")
    assert records[2].text == NOTE
    assert peak < 4 * MB


def test_the_limit_applies_to_the_text_inside_a_word_document(tmp_path: Path) -> None:
    """A small .docx can hold more text than the limit: it is refused by its text."""
    from docx import Document

    path = tmp_path / "long.docx"
    document = Document()
    for _ in range(40):
        document.add_paragraph(NOTE * 400)  # about 30,000 characters each
    document.save(path)
    assert path.stat().st_size < MB
    record = read_file(path, MB)
    assert record.text is None and record.error is not None
    assert record.error.startswith("too large to check")
    assert read_file(path, 4 * MB).text is not None


# ---------------------------------------------------------------------------------------
# Zip bombs and damaged Word and Excel files
# ---------------------------------------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)


def write_bomb(path: Path, main_part: str, inflated: int) -> None:
    """An office-shaped archive whose main part inflates to ``inflated`` bytes of spaces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open(main_part, "w", force_zip64=True) as part:
            chunk = b" " * MB
            for _ in range(inflated // MB):
                part.write(chunk)


@pytest.mark.parametrize(
    ("name", "main_part"),
    [("bomb.docx", "word/document.xml"), ("bomb.xlsx", "xl/workbook.xml")],
)
def test_zip_bombs_are_refused_from_their_directory(
    runner: CliRunner, tmp_path: Path, name: str, main_part: str
) -> None:
    path = tmp_path / name
    write_bomb(path, main_part, 64 * MB)
    assert path.stat().st_size < MB
    tracemalloc.start()
    (record,) = iter_records((str(path),))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert record.error is not None and "likely zip bomb" in record.error
    assert main_part in record.error
    assert peak < 8 * MB  # nothing was inflated
    result = check(runner, str(path))
    assert result.exit_code == ExitStatus.USAGE
    assert len(message_lines(result.output, str(path))) == 1


def test_an_archive_over_the_total_is_refused_even_at_a_plain_ratio(tmp_path: Path) -> None:
    """Parts that compress like real XML but add up past the budget are refused too."""
    path = tmp_path / "large.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", os.urandom(3 * MB))
        archive.writestr("word/media/image1.png", os.urandom(3 * MB))
    with pytest.raises(Exception, match=r"in all, over the 4\.0 MB allowed"):
        check_archive(path, 4 * MB)
    check_archive(path, 8 * MB)  # within budget: no complaint


def workbook(path: Path, rows: int = 400) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Record ID", "Note"])
    for n in range(rows):
        sheet.append([f"R-{n:04d}", f"{NOTE} Visit {n}."])
    book.save(path)


def rewrite_part(path: Path, part: str, change: Any, *, stored: bool = False) -> None:
    """Copy the archive with one part's bytes changed by ``change``."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[part] = change(parts[part])
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", method) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_a_sheet_cut_in_half_keeps_the_rows_read_and_names_the_part(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "cut.xlsx"
    workbook(path)
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda data: data[: len(data) // 2])
    records = list(iter_records((str(path),)))
    *rows, last = records
    assert len(rows) > 100 and all(r.error is None and r.text for r in rows)
    assert last.error is not None
    assert "part xl/worksheets/sheet1.xml holds XML that is cut short" in last.error
    assert "the rows before it were read" in last.error
    result = check(runner, str(path))
    assert "Traceback" not in result.output and "Error" not in result.output
    assert result.exit_code == ExitStatus.USAGE


def test_a_sheet_with_a_checksum_error_is_one_line_naming_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "crc.xlsx"
    workbook(path, rows=5)
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda data: data, stored=True)
    raw = bytearray(path.read_bytes())
    at = raw.index(b"R-0003")
    raw[at : at + 6] = b"R-9993"  # same length: the XML still parses, the checksum fails
    path.write_bytes(bytes(raw))
    other = tmp_path / "other.txt"
    other.write_text(NOTE, encoding="utf-8")
    result = check(runner, str(path), str(other))
    lines = message_lines(result.output, str(path))
    assert len(lines) == 1
    assert "xl/worksheets/sheet1.xml fails its checksum" in lines[0]
    assert "Traceback" not in result.output and "BadZipFile" not in result.output
    assert result.exit_code == ExitStatus.USAGE


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda data: data[: len(data) // 2], "word/document.xml holds XML that is cut short"),
        (None, "part word/document.xml is missing"),
    ],
)
def test_a_broken_word_document_is_one_plain_line(
    runner: CliRunner, tmp_path: Path, damage: Any, expected: str
) -> None:
    from docx import Document

    path = tmp_path / "broken.docx"
    document = Document()
    document.add_paragraph(NOTE)
    document.save(path)
    if damage is None:
        with zipfile.ZipFile(path) as source:
            parts = {i.filename: source.read(i) for i in source.infolist()}
        del parts["word/document.xml"]
        with zipfile.ZipFile(path, "w") as target:
            for name, data in parts.items():
                target.writestr(name, data)
    else:
        rewrite_part(path, "word/document.xml", damage)
    result = check(runner, str(path))
    lines = message_lines(result.output, str(path))
    assert len(lines) == 1 and expected in lines[0]
    assert "Error" not in lines[0] and "Traceback" not in result.output
    assert result.exit_code == ExitStatus.USAGE


# ---------------------------------------------------------------------------------------
# Folders: special files, unreadable folders, odd names
# ---------------------------------------------------------------------------------------


def finished_within(seconds: float, work: Any) -> list[Any]:
    """Run ``work`` in a thread; fail (not hang) when it blocks."""
    results: list[Any] = []
    thread = threading.Thread(target=lambda: results.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading blocked"
    return results[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_in_a_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    with pytest.warns(SkippedFileWarning, match="pipe.txt: a named pipe, not a file; skipped"):
        records = finished_within(10, lambda: list(iter_records((str(tmp_path),))))
    assert [(r.id, r.error) for r in records] == [("note", None)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_pipe_that_replaced_a_file_is_not_opened_for_ever(tmp_path: Path) -> None:
    """The folder was listed, then a file became a pipe: the read does not block."""
    os.mkfifo(tmp_path / "late.txt")
    source = finished_within(10, lambda: read_file(tmp_path / "late.txt", regular_only=True))
    assert source.error == "a named pipe, not a file; skipped"


def test_an_unreadable_subfolder_is_an_input_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden-from-us.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        # Permissions cannot lock out a test running as root, so the refusal is simulated.
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(readers.os, "scandir", scandir)
    records = list(iter_records((str(tmp_path),)))
    assert [(r.id, r.error) for r in records] == [
        ("locked", "folder cannot be read: Permission denied"),
        ("note", None),
    ]
    result = check(runner, str(tmp_path))
    assert message_lines(result.output, f"{tmp_path / 'locked'}: folder cannot be read")
    assert result.exit_code == ExitStatus.USAGE


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are always Unicode")
def test_file_names_that_are_not_utf8_are_printed_safely(runner: CliRunner, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9 visit.txt"), "wb") as handle:
        handle.write(b"I visited Mrs Lee at home today.")
    out = tmp_path / "out.jsonl"
    result = check(runner, str(tmp_path), "--format", "jsonl", "-o", str(out))
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    (row,) = jsonl_rows(out)
    assert row["id"] == "caf\\xe9 visit"
    assert result.exit_code == ExitStatus.CLEAN


# ---------------------------------------------------------------------------------------
# Encodings and file types by content
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_text_with_a_byte_order_mark_is_decoded(tmp_path: Path, encoding: str) -> None:
    """Windows Notepad's "Unicode" is UTF-16 with a byte order mark."""
    path = tmp_path / "notepad.txt"
    data = NOTE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    source = read_file(path)
    assert (source.text, source.error) == (NOTE, None)


def test_a_utf16_csv_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(f"id,text\r\nA,{NOTE}\r\nB,Café visit.\r\n".encode("utf-16"))
    records = list(iter_export(path, ColumnMap(), MB))
    assert [(r.id, r.text) for r in records] == [("A", NOTE), ("B", "Café visit.")]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("scan.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF file"),
        ("renamed.txt", b"%PDF-1.4\n1 0 obj\nendobj\n", "a PDF file"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old binary Office"),
        ("old.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old binary Office"),
        ("letter.txt", b"{\\rtf1\\ansi Dear Mrs Lee}", "an RTF document"),
    ],
)
def test_unsupported_files_are_refused_by_content_in_one_line(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = check(runner, str(path))
    lines = message_lines(result.output, str(path))
    assert len(lines) == 1 and expected in lines[0]
    assert "RL" not in result.output.replace("recordlint", "")
    assert result.exit_code == ExitStatus.USAGE


def test_a_workbook_is_read_as_one_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    workbook(path, rows=3)
    records = list(iter_records((str(path),)))
    assert [r.id for r in records] == ["R-0000", "R-0001", "R-0002"]


# ---------------------------------------------------------------------------------------
# Exports never merge or lose rows
# ---------------------------------------------------------------------------------------


def swallowing_csv(path: Path) -> None:
    """Twelve rows; row u04 opens a quotation mark that only u11's ending closes."""
    rows = [f"u{n:02d},2026-01-{n:02d},I visited Mrs Lee on visit {n}; she is well." for n in
            range(1, 13)]  # fmt: skip
    rows[3] = 'u04,2026-01-04,"I visited Mr Ray, he said he was well.'
    rows[10] = 'u11,2026-01-11,She said she was "fine"'
    path.write_text("id,contact_date,text\n" + "\n".join(rows) + "\n", encoding="utf-8")


def test_an_unclosed_quote_never_merges_rows(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    swallowing_csv(path)
    records = list(iter_export(path, ColumnMap(), MB))
    assert [r.id for r in records] == [f"u{n:02d}" for n in range(1, 13)]
    assert [r.row for r in records] == list(range(2, 14))
    for record in records:
        others = [f"visit {n};" for n in range(1, 13) if f"u{n:02d}" != record.id]
        assert not any(other in (record.text or "") for other in others)
    broken = {r.id: r.error for r in records if r.error}
    assert set(broken) == {f"u{n:02d}" for n in range(4, 12)}
    assert "never closed" in broken["u04"] and "(u05 to u11)" in broken["u04"]
    assert "swallowed by the unclosed quotation mark in row 5 (u04)" in broken["u07"]
    out = tmp_path / "out.jsonl"
    result = check(runner, str(path), "--format", "jsonl", "-o", str(out))
    assert len(jsonl_rows(out)) == 12
    assert "Read 12 records: 4 linted, 8 failed" in result.output
    assert result.exit_code == ExitStatus.USAGE


def test_a_stray_quote_closed_at_a_line_end_still_never_merges_rows(tmp_path: Path) -> None:
    """The quotes pair up, so the CSV reads cleanly, but the row holds whole rows."""
    path = tmp_path / "notes.csv"
    path.write_text(
        "id,team,text\n"
        "A-1,North,I visited Mrs Lee.\n"
        'A-2,North,"I phoned Mr Ray\n'
        "A-3,South,I visited Mr Ray.\n"
        'A-4,South,He said he was fine."\n'
        "A-5,North,I wrote to Mrs Lee.\n",
        encoding="utf-8",
    )
    records = list(iter_export(path, ColumnMap(), MB))
    assert [(r.id, r.error is None) for r in records] == [
        ("A-1", True), ("A-2", False), ("A-3", False), ("A-4", False), ("A-5", True)
    ]  # fmt: skip


def test_a_json_line_without_text_is_an_error_row_and_reading_goes_on(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "notes.jsonl"
    lines = [json.dumps({"id": f"j{n}", "text": f"{NOTE} Visit {n}."}) for n in range(17)]
    lines[7] = json.dumps({"id": "j7", "summary": "Phoned."})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(iter_export(path, ColumnMap(), MB))
    assert [r.id for r in records] == [f"j{n}" for n in range(17)]
    assert records[7].error is not None and records[7].error.startswith("no text column")
    assert all(r.text for n, r in enumerate(records) if n != 7)
    out = tmp_path / "out.jsonl"
    result = check(runner, str(path), "--format", "jsonl", "-o", str(out))
    assert len(jsonl_rows(out)) == 17
    assert len(message_lines(result.output, f"{path} row 8: no text column")) == 1


# ---------------------------------------------------------------------------------------
# Standard input and the terminal
# ---------------------------------------------------------------------------------------


def test_no_path_on_a_terminal_prints_usage_instead_of_waiting(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check_module, "stdin_is_terminal", lambda: True)
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == ExitStatus.USAGE
    assert "Usage:" in result.output and "or - to read standard input" in result.output


def test_empty_standard_input_is_one_message_and_no_finding(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check"], input=b"  \n")
    assert message_lines(result.output, "-:") == ["-: empty: nothing to check"]
    assert "Found 0 findings in 0 records; 1 input could not be read." in result.output
    assert result.exit_code == ExitStatus.USAGE


def test_a_pdf_on_standard_input_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", "-"], input=b"%PDF-1.7\n1 0 obj\nendobj\n")
    assert message_lines(result.output, "-:") == [
        "-: a PDF file, which recordlint cannot read; copy its text into a .txt file or save "
        "the original as .docx"
    ]
    assert result.exit_code == ExitStatus.USAGE


# ---------------------------------------------------------------------------------------
# Properties: arbitrary text
# ---------------------------------------------------------------------------------------

ids = st.from_regex(r"[A-Z]{1,3}-?[0-9]{1,5}", fullmatch=True)
# No byte order mark character: at the start of a file it is the encoding's mark, not text.
notes = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"), max_size=200
).filter(lambda text: text.strip() != "")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.tuples(ids, st.sampled_from(["North", "South"]), notes), min_size=1,
                     max_size=12))  # fmt: skip
def test_properly_quoted_exports_are_read_back_whole(
    tmp_path: Path, rows: list[tuple[str, str, str]]
) -> None:
    """Whatever the notes hold (line breaks, quotes, commas, lines that look like rows), a
    file written by a CSV writer reads back row for row: the unclosed-quote check never
    fires on a file whose quotes are all closed."""
    path = tmp_path / "written.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "team", "text"])
        writer.writerows(rows)
    records = list(iter_export(path, ColumnMap(), MB))
    assert [(r.id, r.details.get("team"), r.text) for r in records] == [
        (row_id, team, text) for row_id, team, text in rows
    ]


@given(text=notes, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_decoding_gives_back_the_text_in_any_unicode_encoding(text: str, encoding: str) -> None:
    decoded, note = decode(text.encode(encoding))
    assert (decoded, note) == (text, None)


@given(data=st.binary(max_size=64))
def test_sniffing_any_bytes_gives_a_type(data: bytes) -> None:
    assert isinstance(sniff(data), FileType)


@given(heading=st.text(max_size=40))
def test_column_keys_are_stable(heading: str) -> None:
    key = column_key(heading)
    assert column_key(key) == key
    assert key == key.strip() and "  " not in key
