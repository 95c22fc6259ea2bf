"""Read records from files, folders, exports and standard input.

Decoding happens here, before linting, so offsets always index the decoded text.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from recordlint.errors import InputError
from recordlint.io.exports import is_export, iter_export
from recordlint.io.records import ColumnMap, Record

TEXT_SUFFIXES = (".txt", ".md", ".docx")
# Case records are rarely more than a few hundred kilobytes; a file of many megabytes is
# almost always an export or a wrong path, and would take minutes to analyse.
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    """One record to lint, or the reason it could not be read."""

    path: str
    id: str
    text: str | None
    error: str | None = None
    note: str | None = None  # not an error: said once, the file is still reported


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without a byte order mark), else Windows-1252.

    Council exports are often Windows-1252, so that is the fallback; the note says so.
    """
    if b"\x00" in data[:8192]:
        raise ValueError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not UTF-8; read as Windows-1252"
    except UnicodeDecodeError as error:
        raise ValueError("is neither UTF-8 nor Windows-1252 text") from error


def iter_paths(paths: tuple[str, ...], max_bytes: int = MAX_BYTES) -> Iterator[Source]:
    """Every record named by ``paths``: files, folders (searched for .txt and .md) and '-'."""
    for raw in paths:
        if raw == "-":
            yield _read_stdin()
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES)
            # Hidden files, and the "~$" lock files Word leaves beside open documents.
            found = [
                p for p in found
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not p.name.startswith("~$")
            ]  # fmt: skip
            if not found:
                yield Source(raw, path.name, None,
                             error="folder holds no .txt, .md or .docx files")  # fmt: skip
            for file in found:
                yield read_file(file, max_bytes)
        elif path.exists():
            yield read_file(path, max_bytes)
        else:
            yield Source(raw, path.stem, None, error="no such file or folder")


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Source:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            limit = f"{max_bytes / 1024 / 1024:g} MB"
            return Source(str(path), path.stem, None,
                          error=f"too large to check ({size:,} bytes; the limit is {limit}, "
                                "set with --max-size)")  # fmt: skip
        if path.suffix.lower() == ".docx":
            return _from_docx(path)
        data = path.read_bytes()
    except OSError as error:
        return Source(str(path), path.stem, None, error=f"cannot be read: {error.strerror}")
    return _from_bytes(str(path), path.stem, data)


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


def _from_docx(path: Path) -> Source:
    try:
        text = docx_text(path)
    except ModuleNotFoundError as error:  # pragma: no cover - a declared dependency
        return Source(str(path), path.stem, None, error=f"reading Word needs python-docx: {error}")
    except Exception as error:  # python-docx raises several kinds for a damaged file
        return Source(str(path), path.stem, None,
                      error=f"not a readable Word document: {type(error).__name__}")  # fmt: skip
    if not text.strip():
        return Source(str(path), path.stem, text, note="empty: nothing to check")
    return Source(str(path), path.stem, text)


def _read_stdin() -> Source:
    return _from_bytes("-", "stdin", sys.stdin.buffer.read())


def _from_bytes(name: str, record_id: str, data: bytes) -> Source:
    try:
        text, note = decode(data)
    except ValueError as error:
        return Source(name, record_id, None, error=str(error))
    if not text.strip():
        return Source(name, record_id, text, note="empty: nothing to check")
    return Source(name, record_id, text, note=note)


def iter_records(
    paths: tuple[str, ...], columns: ColumnMap | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Record]:
    """Every record named by ``paths``: one per text or Word file, one per export row.

    An export that cannot be read at all (no text column, not a workbook) gives one error
    record for the file; the other paths are still read.
    """
    columns = columns or ColumnMap()
    for raw in paths:
        if raw != "-" and is_export(raw) and Path(raw).is_file():
            try:
                yield from iter_export(Path(raw), columns, max_bytes)
            except InputError as error:
                message = str(error).removeprefix(f"{raw}: ")
                yield Record(raw, None, None, error=message)
            except OSError as error:
                yield Record(raw, None, None, error=f"cannot be read: {error.strerror}")
            continue
        for source in iter_paths((raw,), max_bytes):
            yield Record(source.path, source.id, source.text, error=source.error,
                         note=source.note)  # fmt: skip
