"""Where the writer spells an abbreviation out in the record: "Deprivation of Liberty
Safeguards (DoLS)" (the words, then the abbreviation in brackets) or "DoLS (Deprivation of
Liberty Safeguards)" (the other way round)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from recordlint.rules.acronyms.lexicon import Lexicons
from recordlint.rules.acronyms.shapes import LEADING, SECTION, acronym_shape, split_inflection

_PARENTHESES = re.compile(r"\(([^()\n]{1,120})\)")


class SpelledOut(NamedTuple):
    """An abbreviation beside the words it stands for, one of them in brackets (offsets
    paragraph-relative, from the first of the two to the closing bracket)."""

    start: int
    end: int
    short: str  # the abbreviation as written
    words: str  # the writer's words for it


def spelled_out(text: str, lexicons: Lexicons) -> Iterator[SpelledOut]:
    """Every place in ``text`` that spells an abbreviation out, in order (they may overlap)."""
    for match in _PARENTHESES.finditer(text):
        inner = match.group(1).strip()
        if " " not in inner and _looks_abbreviated(inner, lexicons):
            long_start = _long_form_before(text, match.start(), inner)
            if long_start is not None:
                words = text[long_start : match.start()].strip()
                yield SpelledOut(long_start, match.end(), inner, words)
            continue
        before = re.search(r"(\S+)\s*$", text[: match.start()])
        if before is None or " " not in inner:
            continue
        short = before.group(1).strip(LEADING)
        if _looks_abbreviated(short, lexicons) and _spells_out(short, inner):
            start = before.start(1) + (len(before.group(1)) - len(short))
            yield SpelledOut(start, match.end(), short, inner)


def _looks_abbreviated(word: str, lexicons: Lexicons) -> bool:
    base, _ = split_inflection(word)
    return bool(
        lexicons.lookup(word) or lexicons.lookup(base) or acronym_shape(base) or SECTION.match(base)
    )


def _long_form_before(text: str, paren_start: int, short: str) -> int | None:
    """Where the words that ``short`` abbreviates start, before "(short)" (Schwartz and
    Hearst's algorithm), or None when the words before it do not spell it out."""
    base, _ = split_inflection(short)
    letters = [c for c in base if c.isalnum()]
    if len(letters) < 2:
        return None
    sentence_start = max(text.rfind(mark, 0, paren_start) for mark in (". ", "\n", ";", ":", "("))
    window_start = sentence_start + 1 if sentence_start >= 0 else 0
    words = list(re.finditer(r"\S+", text[window_start:paren_start]))
    limit = min(len(letters) + 5, len(letters) * 2)
    if not words:
        return None
    words = words[-limit:]
    offset = window_start + words[0].start()
    candidate = text[offset:paren_start].rstrip()
    found = _best_long_form(base, candidate)
    if found is None or " " not in candidate[found:].strip():
        return None
    return offset + found


def shares_a_word(words: str, expansions: tuple[str, ...]) -> bool:
    """Whether the writer's words and a lexicon expansion share a word (by its first five
    letters, so "therapy" meets "therapist")."""

    def stems(text: str) -> set[str]:
        return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)}

    known = set().union(*(stems(e) for e in expansions))
    return bool(stems(words) & known)


def _spells_out(short: str, words: str) -> bool:
    """Whether ``words`` could be what ``short`` stands for, from its first word."""
    base, _ = split_inflection(short)
    found = _best_long_form(base, words)
    if found is None:
        return False
    skipped = words[:found].split()
    return len(skipped) <= 1 and len(words.split()) <= len(base) * 2 + 3


def _best_long_form(short: str, long: str) -> int | None:
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        wanted = short[s].lower()
        if not wanted.isalnum():
            s -= 1
            continue
        while i >= 0 and (
            long[i].lower() != wanted or (s == 0 and i > 0 and long[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1
