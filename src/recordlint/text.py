"""Text geometry: line positions, paragraphs and the person's quoted words.

Offsets are always Python string indices into the text exactly as given; nothing here
normalises or pads the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")


class LineIndex:
    """Maps offsets to 1-based lines and columns, with LSP line breaks (LF, CRLF, CR)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def line_of(self, offset: int) -> int:
        """The 0-based line holding ``offset``."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``; columns count Python characters."""
        line = self.line_of(offset)
        return line + 1, offset - self.line_starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Start and end offsets of 0-based ``line`` without its line break."""
        start = self.line_starts[line]
        end = self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph: the unit of analysis and of caching."""

    start: int
    end: int
    text: str


# spaCy's parser needs about a gigabyte per 100,000 characters, and the language server
# re-analyses whole paragraphs: a paragraph longer than this is cut at line or sentence ends.
MAX_BLOCK_CHARS = 5000
_SOFT_BREAK = re.compile(r"(?:\r\n|\r|\n)|(?<=[.!?])\s+")


def paragraphs(text: str) -> list[Block]:
    """Split at blank lines; each block keeps its offsets in the whole text."""
    blocks: list[Block] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            blocks.extend(_cut(text, start, match.start()))
        start = match.end()
    if start < len(text) and text[start:].strip():
        blocks.extend(_cut(text, start, len(text)))
    return blocks


def _cut(text: str, start: int, end: int) -> list[Block]:
    if end - start <= MAX_BLOCK_CHARS:
        return [Block(start, end, text[start:end])]
    pieces: list[Block] = []
    while end - start > MAX_BLOCK_CHARS:
        window_end = start + MAX_BLOCK_CHARS
        cut = None
        for match in _SOFT_BREAK.finditer(text, start + MAX_BLOCK_CHARS // 2, window_end):
            cut = match
        if cut is None:  # no break at all: cut at a space, or hard
            space = text.rfind(" ", start + 1, window_end)
            cut_at, resume = (space, space + 1) if space > start else (window_end, window_end)
        else:
            cut_at, resume = cut.start(), cut.end()
        pieces.append(Block(start, cut_at, text[start:cut_at]))
        start = resume
    if start < end:
        pieces.append(Block(start, end, text[start:end]))
    return pieces


# Double quotes pair reliably. Single quotes double as apostrophes, so a single-quoted
# passage must open after a space or bracket and close before a space or punctuation.
_DOUBLE_QUOTED = re.compile(r"\"([^\"\n]*(?:\n(?!\s*\n)[^\"\n]*)*)\"|“([^”]*)”")
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[:—–-]))[‘']"
    r"(?=\S)([^‘’'\n]*?(?:[’'][a-zA-Z][^‘’'\n]*?)*)"
    r"(?<=\S)[’'](?=[\s.,;:!?)\]—–-]|$)",
    re.MULTILINE,
)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted words, excluding the quote marks, sorted and disjoint."""
    spans: list[tuple[int, int]] = []
    for match in _DOUBLE_QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        spans.append((match.start(group), match.end(group)))
    for match in _SINGLE_QUOTED.finditer(text):
        inner = (match.start(1), match.end(1))
        if len(match.group(1).split()) >= 1 and not _inside(inner, spans):
            spans.append(inner)
    spans.sort()
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(start < e and s < end for s, e in spans)
