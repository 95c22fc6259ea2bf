"""A text export opened: its encoding sniffed (a byte order mark, UTF-8, else
Windows-1252), the file opened with it, and its lines read without holding a long one
whole.

Apart because it knows bytes and encodings, and nothing of rows or columns.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from pathlib import Path

from recordlint.errors import InputError
from recordlint.io.content import text_bom
from recordlint.io.records import display_path

_SNIFF_CHUNK = 1 << 20


def sniff_encoding(path: Path) -> tuple[str, str | None]:
    """The encoding of a text export, read through once in chunks: UTF-16 or UTF-32 with a
    byte order mark, UTF-8 (with or without one), else Windows-1252. The note says when the
    fallback was used."""
    with path.open("rb") as handle:
        first = handle.read(_SNIFF_CHUNK)
        encoding = text_bom(first[:4])
        if encoding is not None and encoding != "utf-8-sig":
            return encoding, None  # decoding errors become replacement characters
        decoder = codecs.getincrementaldecoder("utf-8")()
        bom = encoding is not None
        chunk = first
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = handle.read(_SNIFF_CHUNK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252", "not UTF-8; read as Windows-1252"
    return ("utf-8-sig" if bom else "utf-8"), None


def open_text(path: Path) -> tuple[io.TextIOWrapper, str | None]:
    try:
        encoding, note = sniff_encoding(path)
        # Windows-1252 leaves five bytes undefined; keep going with a replacement character.
        return path.open(encoding=encoding, errors="replace", newline=""), note
    except OSError as error:
        raise InputError(f"{display_path(path)}: cannot be read: {error.strerror}") from error


def bounded_lines(handle: io.TextIOWrapper, limit: int) -> Iterator[tuple[int, str | None]]:
    """Line number and line, or None for a line longer than ``limit`` characters; a long
    line is skipped in pieces, never held whole."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith("\n"):
            yield number, line
            continue
        while line and not line.endswith("\n"):
            line = handle.readline(_SNIFF_CHUNK)
        yield number, None
