"""The cues the ``text-cues`` lexicon lists, as the patterns that find them.

Words that name a term as talked about ("the term", "so-called"), pointers that send the
reader elsewhere ("see", "if"), and the verbs that open an instruction to whoever fills in
a template ("Include", "Describe"). Each pattern is built once from the lexicon, on first
use; both halves of the package read them.
"""

from __future__ import annotations

import re
from functools import cache

from recordlint.lexicon import load_lexicon


@cache
def _mention_terms() -> tuple[str, ...]:
    entries = load_lexicon("text-cues").entries
    return tuple(sorted((e.term for e in entries if e.kind == "mention"), key=len, reverse=True))


@cache
def mention_cue_before() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _mention_terms())
    return re.compile(rf"(?<![\w-])(?:{alternatives})\s*[\"“‘']?\s*$", re.IGNORECASE)


@cache
def pointer_after() -> re.Pattern[str]:
    """A bracket or dash aside that opens with a pointer ("(see Question 13 ...)", "(if
    you pay towards your care)") refers the reader elsewhere or adds a condition; it does
    not explain the words before it."""
    terms = sorted((e.term for e in load_lexicon("text-cues").entries if e.kind == "pointer"),
                   key=len, reverse=True)  # fmt: skip
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    return re.compile(rf"\s*(?:[(\[]|[–—]|\s-)\s*(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def instruction_verbs() -> frozenset[str]:
    """The verbs that open an instruction to whoever fills in or writes a text ("Include",
    "Describe"), in lower case, from the text-cues lexicon."""
    return frozenset(
        e.term.lower() for e in load_lexicon("text-cues").entries if e.kind == "instruction"
    )


@cache
def instruction_opening() -> re.Pattern[str]:
    terms = sorted(instruction_verbs(), key=len, reverse=True)
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, terms))})\b", re.IGNORECASE)


@cache
def mention_cue_alone() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _mention_terms())
    return re.compile(rf"(?:{alternatives})", re.IGNORECASE)
