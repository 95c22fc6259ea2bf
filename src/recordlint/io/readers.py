"""Read records from files, folders, exports and standard input.

Decoding happens here, before linting, so offsets always index the decoded text. Every read
is bounded: no input, however large or hostile, is read past the size limit, and a file's
type is told from its content, not its name.
"""

from __future__ import annotations

import os
import stat
import sys
import warnings
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from recordlint.errors import InputError
from recordlint.io.content import (
    WORD_XML_PER_TEXT,
    FileType,
    broken_part,
    check_archive,
    describe_damage,
    detect,
    refusal,
    sniff,
    text_bom,
)
from recordlint.io.exports import TEXT_EXPORT_SUFFIXES, iter_export
from recordlint.io.records import ColumnMap, Record, display_path

TEXT_SUFFIXES = (".txt", ".md", ".docx")
# Case records are rarely more than a few hundred kilobytes; a file of many megabytes is
# almost always an export or a wrong path, and would take minutes to analyse.
MAX_BYTES = 5 * 1024 * 1024
_HEAD_BYTES = 8192

_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a link to a folder"),  # folder links are not followed: they can loop
)


class SkippedFileWarning(UserWarning):
    """A folder held something that is not a regular file (a pipe, a socket, a device)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One record to lint, or the reason it could not be read."""

    path: str
    id: str
    text: str | None
    error: str | None = None
    note: str | None = None  # not an error: said once, the file is still reported


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-16 or UTF-32 with a byte order mark (Windows Notepad's
    "Unicode"), UTF-8 (with or without one), else Windows-1252.

    Council exports are often Windows-1252, so that is the fallback; the note says so.
    """
    encoding = text_bom(data[:4])
    if encoding is not None:
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError as error:
            raise ValueError(f"starts with a {encoding.upper()} byte order mark but is not "
                             f"{encoding.upper()} text") from error  # fmt: skip
    if b"\x00" in data[:_HEAD_BYTES]:
        raise ValueError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not UTF-8; read as Windows-1252"
    except UnicodeDecodeError as error:
        raise ValueError("is neither UTF-8 nor Windows-1252 text") from error


def too_large(size: int | None, max_bytes: int) -> str:
    """The message for an input over the size limit; ``size`` None when it was not read
    to the end (standard input, a pipe)."""
    limit = f"{max_bytes / 1024 / 1024:g} MB"
    amount = f"{size:,} bytes" if size is not None else f"over {max_bytes:,} bytes"
    return f"too large to check ({amount}; the limit is {limit}, set with --max-size)"


def iter_paths(paths: tuple[str, ...], max_bytes: int = MAX_BYTES) -> Iterator[Source]:
    """Every record named by ``paths``: files, folders (searched for .txt, .md and .docx)
    and '-'. Inside folders only regular files are read: a named pipe would block for ever
    and a device never ends, so each is skipped with a warning."""
    for raw in paths:
        if raw == "-":
            yield read_stdin(max_bytes)
            continue
        path = Path(raw)
        shown, stem = display_path(raw), display_path(path.stem)
        if path.is_dir():
            found = 0
            for item in _walk(path):
                if isinstance(item, Source):
                    yield item
                    continue
                found += 1
                yield read_file(item, max_bytes, regular_only=True)
            if not found:
                yield Source(shown, display_path(path.name), None,
                             error="folder holds no .txt, .md or .docx files")  # fmt: skip
        elif path.exists() or path.is_symlink():
            yield read_file(path, max_bytes)
        else:
            yield Source(shown, stem, None, error="no such file or folder")


def _walk(folder: Path) -> Iterator[Path | Source]:
    """Record files under ``folder`` in path order, and an error Source for each subfolder
    that cannot be read. Symbolic links to folders are not followed (they can loop)."""
    files: list[Path] = []
    problems: list[Source] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError as error:
            problems.append(Source(display_path(current), display_path(current.name), None,
                                   error=f"folder cannot be read: {_reason(error)}"))  # fmt: skip
            continue
        for entry in listed:
            # Hidden files, and the "~$" lock files Word leaves beside open documents.
            if entry.name.startswith((".", "~$")):
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() in TEXT_SUFFIXES:
                special = _special_kind(Path(entry.path))
                if special is None:
                    files.append(Path(entry.path))
                else:
                    warnings.warn(f"{display_path(entry.path)}: {special}, not a file; skipped",
                                  SkippedFileWarning, stacklevel=2)  # fmt: skip
    ordered: list[Path | Source] = [*files, *problems]
    ordered.sort(key=lambda item: str(item) if isinstance(item, Path) else item.path)
    yield from ordered


def _special_kind(path: Path) -> str | None:
    """What a folder entry is when it is not a regular file (following a file link)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # a broken link: reading it says why
    for test, name in _SPECIAL_KINDS:
        if test(mode):
            return name
    return None


def read_file(path: Path, max_bytes: int = MAX_BYTES, *, regular_only: bool = False) -> Source:
    """One text or Word file as a record. Reads at most ``max_bytes`` of text.

    ``regular_only`` refuses pipes and devices even if one replaced a file since the folder
    was listed; a path named on the command line may be a pipe (``<(command)``).
    """
    shown, stem = display_path(path), display_path(path.stem)
    try:
        with _open(path, regular_only) as (handle, status):
            regular = stat.S_ISREG(status.st_mode)
            head = handle.read(_HEAD_BYTES)
            file_type = sniff(head)
            if file_type is FileType.ZIP:
                if not regular:
                    pipe = "a Word or Excel file must be a file, not a pipe"
                    return Source(shown, stem, None, error=pipe)
                file_type = detect(path)
            if file_type is FileType.WORD:
                return _from_docx(path, max_bytes)
            if file_type is FileType.EXCEL:
                return Source(shown, stem, None, error="an Excel workbook; name it .xlsx "
                              "to check it as an export, one record per row")  # fmt: skip
            reason = refusal(file_type)
            if reason is not None:
                return Source(shown, stem, None, error=reason)
            data = head + handle.read(max_bytes + 1 - len(head))
    except _NotRegular as special:
        return Source(shown, stem, None, error=f"{special}, not a file; skipped")
    except OSError as error:
        return Source(shown, stem, None, error=f"cannot be read: {_reason(error)}")
    if len(data) > max_bytes:
        size = status.st_size if regular else None
        return Source(shown, stem, None, error=too_large(size, max_bytes))
    return _from_bytes(shown, stem, data)


class _NotRegular(Exception):
    pass


@contextmanager
def _open(path: Path, regular_only: bool) -> Iterator[tuple[BinaryIO, os.stat_result]]:
    """The file opened for reading, and its status as opened (not as listed)."""
    # O_NONBLOCK: opening a pipe that nobody writes to would otherwise wait for ever. It
    # changes nothing for a regular file.
    flags = os.O_RDONLY | (getattr(os, "O_NONBLOCK", 0) if regular_only else 0)
    descriptor = os.open(path, flags)
    status = os.fstat(descriptor)
    if regular_only and not stat.S_ISREG(status.st_mode):
        os.close(descriptor)
        kind = next((name for test, name in _SPECIAL_KINDS if test(status.st_mode)), None)
        raise _NotRegular(kind or "a special file")
    with os.fdopen(descriptor, "rb") as handle:
        yield handle, status


def docx_text(path: Path) -> str:
    """The text of a Word document: paragraphs and table cells in document order, one per
    line, as a person reading the letter would meet them."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(str(path))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells = dict.fromkeys(cell.text.strip() for cell in row.cells)  # merged cells
                lines.append("\t".join(cell for cell in cells if cell))
    return "\n".join(lines)


def _from_docx(path: Path, max_bytes: int) -> Source:
    shown, stem = display_path(path), display_path(path.stem)
    try:
        check_archive(path, max(WORD_XML_PER_TEXT * max_bytes, 16 * 1024 * 1024))
        text = docx_text(path)
    except InputError as error:
        return Source(shown, stem, None, error=f"not a readable Word document: {error}")
    except ModuleNotFoundError as error:  # pragma: no cover - a declared dependency
        return Source(shown, stem, None, error=f"reading Word needs python-docx: {error}")
    except Exception as error:  # python-docx raises several kinds for a damaged file
        damage = describe_damage(error, broken_part(path))
        return Source(shown, stem, None, error=f"not a readable Word document: {damage}")
    if len(text) > max_bytes:
        return Source(shown, stem, None, error=too_large(len(text.encode()), max_bytes))
    if not text.strip():
        return Source(shown, stem, None, error="empty: nothing to check")
    return Source(shown, stem, text)


def read_stdin(max_bytes: int = MAX_BYTES, stream: BinaryIO | None = None) -> Source:
    """Standard input as one record, read no further than the size limit."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Source("-", "stdin", None, error=too_large(None, max_bytes))
    file_type = sniff(data[:_HEAD_BYTES])
    if file_type in (FileType.ZIP, FileType.WORD, FileType.EXCEL):
        return Source("-", "stdin", None, error="a Word or Excel file cannot be read from "
                      "standard input; name the file instead")  # fmt: skip
    reason = refusal(file_type)
    if reason is not None:
        return Source("-", "stdin", None, error=reason)
    return _from_bytes("-", "stdin", data)


def _from_bytes(name: str, record_id: str, data: bytes) -> Source:
    try:
        text, note = decode(data)
    except ValueError as error:
        return Source(name, record_id, None, error=str(error))
    if not text.strip():
        return Source(name, record_id, None, error="empty: nothing to check")
    return Source(name, record_id, text, note=note)


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def iter_records(
    paths: tuple[str, ...], columns: ColumnMap | None = None, max_bytes: int = MAX_BYTES
) -> Generator[Record, None, None]:
    """Every record named by ``paths``: one per text or Word file, one per export row.

    An export that cannot be read at all (no text column, not a workbook) gives one error
    record for the file; the other paths are still read. Workbooks are recognised by their
    content, CSV and JSON Lines by their names.
    """
    columns = columns or ColumnMap()
    for raw in paths:
        if raw != "-" and _is_export_file(Path(raw)):
            try:
                yield from iter_export(Path(raw), columns, max_bytes)
            except InputError as error:
                message = str(error).removeprefix(f"{display_path(raw)}: ")
                yield Record(display_path(raw), None, None, error=message)
            except OSError as error:
                yield Record(display_path(raw), None, None,
                             error=f"cannot be read: {_reason(error)}")  # fmt: skip
            continue
        for source in iter_paths((raw,), max_bytes):
            yield Record(source.path, source.id, source.text, error=source.error,
                         note=source.note)  # fmt: skip


def _is_export_file(path: Path) -> bool:
    """An export is a workbook (whatever its name) or a regular file named .csv or .jsonl."""
    try:
        if not path.is_file():
            return False
        if path.suffix.lower() == ".xlsx":
            return True  # a damaged or mislabelled one is refused by the export reader
        if path.suffix.lower() in TEXT_EXPORT_SUFFIXES:
            return True
        return detect(path) is FileType.EXCEL
    except OSError:
        return False
