"""Ways a writer or team silences a finding: inline comments and hidden false positives.

Inline, familiar to Markdown users of Vale and textlint (the comment may be bare in plain text):

    <!-- recordlint-disable RL101, jargon -->       the rest of the record
    <!-- recordlint-disable-next-line RL301 -->     the next line only

Hidden false positives, as LTeX keeps them: a team file with one ``CODE<TAB>sentence`` per
line; a finding of that rule inside that exact sentence (spacing ignored) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from recordlint.findings import Finding
from recordlint.text import LineIndex

_DIRECTIVE = re.compile(
    r"recordlint-disable(?P<next>-next-line)?(?:[ \t]+(?P<rules>[\w\-, \t]+?))?[ \t]*(?:-->|$)",
    re.MULTILINE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n\s*\n|\n(?=\s*[-*•\d])")


@dataclass(frozen=True, slots=True)
class Directives:
    everywhere: frozenset[str] = frozenset()
    by_line: dict[int, frozenset[str]] = field(default_factory=dict)  # 0-based line -> rules


def read_directives(text: str) -> Directives:
    if "recordlint-disable" not in text:
        return Directives()
    index = LineIndex(text)
    everywhere: set[str] = set()
    by_line: dict[int, frozenset[str]] = {}
    for match in _DIRECTIVE.finditer(text):
        rules = frozenset(
            r.strip() for r in (match.group("rules") or "ALL").replace(",", " ").split() if r
        )
        if match.group("next"):
            by_line[index.line_of(match.start()) + 1] = rules
        else:
            everywhere |= rules
    return Directives(frozenset(everywhere), by_line)


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around [start, end), whitespace-normalised (a stable key for a finding)."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    stop = len(text)
    after = _SENTENCE_END.search(text, end)
    if after:
        stop = after.start()
    return " ".join(text[begin:stop].split())


@cache
def _hidden(path: Path, stamp: float) -> frozenset[tuple[str, str]]:
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            code, sentence = line.split("\t", 1)
            pairs.add((code.strip().upper(), " ".join(sentence.split())))
    return frozenset(pairs)


def hidden_pairs(path: Path | None) -> frozenset[tuple[str, str]]:
    if path is None or not path.exists():
        return frozenset()
    return _hidden(path, path.stat().st_mtime)


def hide_line(code: str, text: str, finding: Finding) -> str:
    """The line a team's hidden-false-positives file gets for ``finding``."""
    return f"{code}\t{sentence_at(text, finding.start, finding.end)}"
