"""Ways a writer or team silences a finding: inline comments and hidden false positives.

Inline, familiar to Markdown users of Vale and textlint (the comment may be bare in plain text):

    <!-- recordlint-disable RL101, jargon -->       the rest of the record
    <!-- recordlint-disable-next-line RL301 -->     the next line only

Hidden false positives, as LTeX keeps them: a team file with one line per finding; a finding
of that rule inside that exact sentence (spacing ignored) is dropped. A line is
``CODE<TAB>sha256:<digest>``, a digest of the sentence, because the file is shared across the
team and a sentence names people; lines written before that, ``CODE<TAB>sentence``, still
match.
"""

from __future__ import annotations

import hashlib
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


# A digest, not the sentence: the team file is shared, and a sentence names people. 32 hex
# digits (128 bits) keep lines short while no two sentences of a team's records collide.
HASH_PREFIX = "sha256:"
HASH_HEX_DIGITS = 32


def sentence_digest(sentence: str) -> str:
    """The hidden-file key of a sentence: a digest of its whitespace-normalised form."""
    normalised = " ".join(sentence.split())
    digest = hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:HASH_HEX_DIGITS]
    return f"{HASH_PREFIX}{digest}"


@dataclass(frozen=True, slots=True)
class HiddenFindings:
    """The team's hidden false positives: (code, sentence digest) pairs, and (code, sentence)
    pairs from files written before sentences were stored as digests."""

    digests: frozenset[tuple[str, str]] = frozenset()
    sentences: frozenset[tuple[str, str]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.digests or self.sentences)

    def hides(self, code: str, sentence: str) -> bool:
        """Whether a finding of rule ``code`` in ``sentence`` (normalised) is hidden."""
        if self.sentences and (code, sentence) in self.sentences:
            return True
        return bool(self.digests) and (code, sentence_digest(sentence)) in self.digests


@cache
def _hidden(path: Path, stamp: float) -> HiddenFindings:
    digests: set[tuple[str, str]] = set()
    sentences: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            code, key = line.split("\t", 1)
            code, key = code.strip().upper(), " ".join(key.split())
            if _is_digest(key):
                digests.add((code, key.lower()))
            else:
                sentences.add((code, key))
    return HiddenFindings(frozenset(digests), frozenset(sentences))


def _is_digest(key: str) -> bool:
    digits = key[len(HASH_PREFIX) :]
    return (
        key.lower().startswith(HASH_PREFIX)
        and len(digits) == HASH_HEX_DIGITS
        and all(c in "0123456789abcdefABCDEF" for c in digits)
    )


def hidden_findings(path: Path | None) -> HiddenFindings:
    if path is None or not path.exists():
        return HiddenFindings()
    return _hidden(path, path.stat().st_mtime)


def hide_key(text: str, start: int, end: int) -> str:
    """What identifies a finding at [start, end) in a hidden file: its sentence's digest."""
    return sentence_digest(sentence_at(text, start, end))


def hide_line(code: str, text: str, finding: Finding) -> str:
    """The line a team's hidden-false-positives file gets for ``finding``."""
    return f"{code}\t{hide_key(text, finding.start, finding.end)}"
