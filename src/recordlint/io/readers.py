"""Read records from files, folders and standard input.

Decoding happens here, before linting, so offsets always index the decoded text.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
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
            found = [p for p in found if not any(part.startswith(".") for part in p.parts)]
            if not found:
                yield Source(raw, path.name, None, error="folder holds no .txt or .md files")
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
        data = path.read_bytes()
    except OSError as error:
        return Source(str(path), path.stem, None, error=f"cannot be read: {error.strerror}")
    return _from_bytes(str(path), path.stem, data)


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
