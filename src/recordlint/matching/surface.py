"""The phrase index: a lexicon compiled for word-by-word lookup on the surface of the text,
case folded, with each term's regular inflections, and no spaCy at all.

It stands apart because it reads raw text only; everything else in the package either
builds on it (compiled lexicons, suggestions) or works on a parsed doc.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from recordlint.inflection import BASE, GERUND, PAST, word_forms

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What may separate two words of a phrase: spaces, a line break, a hyphen, and a trailing
# apostrophe ("carers' assessment").
_GAP = re.compile(r"(?:['’][sS]?)?[ \t\r\n\-‐‑]+")
_HYPHEN = re.compile(r"[\-‐‑]")
_PARTICLES = frozenset({"in", "up", "out", "on", "off", "over", "down", "back", "through"})
_HYPHEN_THEN_LETTER = re.compile(r"[\-‐‑][^\W\d_]")
_LETTER_THEN_HYPHEN = re.compile(r"[^\W\d_][\-‐‑]$")


@dataclass(frozen=True, slots=True)
class IndexMatch:
    start: int
    end: int
    key: int  # index of the phrase in the list the index was built from
    form: str  # the inflection found: base, s, ed or ing


# Every rule that matches a lexicon on a paragraph asks for the same words; splitting them
# once per paragraph text spares the repeats.
@functools.lru_cache(maxsize=1024)
def surface_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Words, case folded, with a possessive "'s" left outside ("the client's" ends at
    "client", so a name can replace "the client")."""
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group().lower().replace("’", "'")
        end = match.end()
        if word.endswith("'s") and len(word) > 2:
            word, end = word[:-2], end - 2
        tokens.append((match.start(), end, word))
    return tuple(tokens)


class PhraseIndex:
    """Finds phrases, with their inflections, in text; longest match first, case folded."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self.phrases = tuple(phrases)
        self._words: list[list[dict[str, str]]] = []
        self._hyphen_required: list[list[bool]] = []
        self._after_hyphen: list[list[bool]] = []
        self._by_first: dict[str, list[int]] = {}
        for key, phrase in enumerate(self.phrases):
            tokens = surface_tokens(phrase)
            words = [token for _, _, token in tokens]
            forms = [word_forms(word) for word in words]
            self._words.append(forms)
            # "sleep-in" and "double-up" are nouns; spaced, "sleep in" is an ordinary verb.
            self._hyphen_required.append(
                [
                    bool(i)
                    and words[i] in _PARTICLES
                    and "-" in phrase[tokens[i - 1][1] : tokens[i][0]]
                    for i in range(len(words))
                ]
            )
            self._after_hyphen.append(
                [
                    bool(i) and "-" in phrase[tokens[i - 1][1] : tokens[i][0]]
                    for i in range(len(words))
                ]
            )
            if not forms:
                continue
            for surface in forms[0]:
                self._by_first.setdefault(surface, []).append(key)

    def find_all(self, text: str) -> list[IndexMatch]:
        """Every match, overlapping ones included, in text order."""
        tokens = surface_tokens(text)
        found: list[IndexMatch] = []
        for position, (start, _, surface) in enumerate(tokens):
            for key in self._by_first.get(surface, ()):
                match = self._match_at(text, tokens, position, key)
                if match is not None:
                    found.append(IndexMatch(start, match[0], key, match[1]))
        return found

    def find(self, text: str) -> list[IndexMatch]:
        """Matches that do not overlap, preferring the earliest and then the longest."""
        chosen: list[IndexMatch] = []
        for match in sorted(self.find_all(text), key=lambda m: (m.start, -m.end)):
            if chosen and match.start < chosen[-1].end:
                continue
            chosen.append(match)
        return chosen

    def _match_at(
        self, text: str, tokens: Sequence[tuple[int, int, str]], position: int, key: int
    ) -> tuple[int, str] | None:
        words = self._words[key]
        if position + len(words) > len(tokens):
            return None
        form = BASE
        for offset, forms in enumerate(words):
            start, _, surface = tokens[position + offset]
            found = forms.get(surface)
            if found is None:
                return None
            if offset:
                gap = text[tokens[position + offset - 1][1] : start]
                if not _GAP.fullmatch(gap):
                    return None
                if self._hyphen_required[key][offset] and not _HYPHEN.search(gap):
                    return None
                if (
                    found in (PAST, GERUND)
                    and self._after_hyphen[key][offset]
                    and not _HYPHEN.search(gap)
                ):
                    # A hyphenated noun ("in-reach") written open takes no verb ending:
                    # "in reaching agreement" is "in" before a verb.
                    return None
            if form == BASE:
                form = found
        last_end = tokens[position + len(words) - 1][1]
        if _HYPHEN_THEN_LETTER.match(text, last_end):
            return None  # part of a longer hyphenated word: "care-package-related"
        first_start = tokens[position][0]
        if _LETTER_THEN_HYPHEN.search(text, 0, first_start):
            return None  # "non-residential" is not "residential"
        return last_end, form
