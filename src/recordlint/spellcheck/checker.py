"""The checker: :class:`SpellChecker`, whether a word is correct and the British
replacements for one that is not, with the care words the dictionary lacks and a team's own
words, answers memoised and shared between a checker and its copies.

Apart because it is the one stateful part, built on the dictionary, the token shapes and the
candidate spellings below it.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from typing import ClassVar

from recordlint.lexicon.lookups import slurs
from recordlint.spellcheck.dictionary import (
    DictionaryNotInstalled,
    Reader,
    inflects_one_of,
    never_suggested,
    open_reader,
)
from recordlint.spellcheck.tokens import (
    HYPHENS,
    hyphen_parts,
    is_capitals,
    match_case,
    normalise,
    possessive_stem,
    strip_apostrophes,
)
from recordlint.spellcheck.variants import (
    AMERICAN_IZE,
    BRITISH_VARIANTS,
    mechanical_slips,
    single_edits,
)

# Everyday adult social care words that the en_GB dictionary lacks. Names of places, people,
# organisations and medicines belong in a team dictionary (``with_words``), not here.
CARE_WORDS: tuple[str, ...] = (
    "appointeeship",
    "appointeeships",
    "bedbound",
    "befriender",
    "befrienders",
    "capacitous",
    "careworker",
    "careworkers",
    "co-codamol",
    "coproduction",
    "deputyship",
    "deputyships",
    "dosette",
    "dosettes",
    "homecare",
    "keysafe",
    "keysafes",
    "keyworker",
    "keyworkers",
    "nebuliser",
    "nebulisers",
    "neurodivergent",
    "neurodiverse",
    "neurodiversity",
    "rollator",
    "rollators",
    "telecare",
    "telehealth",
    "unwitnessed",
    "wellbeing",
    "zimmer",
)

_MAX_REMEMBERED = 100_000
# Longer than any English word: no suggestions are looked for, since their cost grows
# faster than the word's length.
MAX_SUGGESTION_CHARS = 40
# Two slips are looked for only in words of everyday length: the candidates grow with the
# square of the length. A joined word's parts are words of three letters or more.
_MAX_FURTHER_CHARS = 16
_MIN_JOINED_PART = 3


class _Shared:
    """State shared by a checker and the copies ``with_words`` makes from it."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        # Hunspell objects are not thread-safe; the language server checks from threads.
        self.lock = threading.Lock()
        self.lookups: dict[str, bool] = {}
        self.suggestions: dict[str, tuple[str, ...]] = {}

    def lookup(self, word: str) -> bool:
        known = self.lookups.get(word)
        if known is None:
            with self.lock:
                known = self.reader.lookup(word)
            if len(self.lookups) >= _MAX_REMEMBERED:
                self.lookups.clear()
            self.lookups[word] = known
        return known


def offerable(word: str) -> bool:
    """Whether ``word`` may be offered as a correction: not a word the dictionary marks
    never to be suggested (its profanities and slurs), nor a slur of the judgemental
    lexicon, nor an inflected form of either ("paedos" for "paeds")."""
    return not never_suggested(word) and not inflects_one_of(word, slurs())


class SpellChecker:
    """British English spell checker over the en_GB Hunspell dictionary."""

    _default: ClassVar[SpellChecker | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, reader: Reader, extra_words: Iterable[str] = CARE_WORDS) -> None:
        self._shared = _Shared(reader)
        self._extra = frozenset(normalise(word).casefold() for word in extra_words)

    @classmethod
    def default(cls) -> SpellChecker:
        """The process-wide checker; the dictionary is loaded on first use only."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls(open_reader())
            return cls._default

    @property
    def reader_name(self) -> str:
        return self._shared.reader.name

    def with_words(self, words: Iterable[str]) -> SpellChecker:
        """A checker that also accepts ``words`` (a team dictionary); shares the loaded one."""
        copy = object.__new__(SpellChecker)
        copy._shared = self._shared
        copy._extra = self._extra | frozenset(normalise(word).casefold() for word in words)
        return copy

    def is_correct(self, word: str) -> bool:
        if word.isascii() and word.isalpha() and word.islower():
            # Only the letters a to z (most words, and every candidate a suggestion search
            # tries): nothing to normalise, no digits, not capitals, no elision.
            return self._is_word(word)
        normalised = normalise(word)
        token = strip_apostrophes(normalised)
        if not any(character.isalpha() for character in token):
            return True
        if any(character.isdigit() for character in token) or is_capitals(token):
            return True
        if self._is_word(token):
            return True
        # Elisions the dictionary lists with their apostrophe ("'twas", "'til").
        elided = normalised.rstrip("'")
        return elided != token and self._shared.lookup(elided)

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """British replacements for ``word``, best first; empty when it is already correct."""
        token = strip_apostrophes(normalise(word))
        if limit <= 0 or len(token) > MAX_SUGGESTION_CHARS or self.is_correct(token):
            return ()
        key = token
        remembered = self._shared.suggestions.get(key)
        if remembered is None:
            remembered = self._suggest_token(token)
            if len(self._shared.suggestions) >= _MAX_REMEMBERED:
                self._shared.suggestions.clear()
            self._shared.suggestions[key] = remembered
        return remembered[:limit]

    # --- correctness -------------------------------------------------------------------

    def _is_word(self, token: str) -> bool:
        if token.casefold() in self._extra:
            return True
        if self._british_ise(token):
            return False
        if self._shared.lookup(token):
            return True
        if token[0].isupper() and self._shared.lookup(token.lower()):
            return True
        stem = possessive_stem(token)
        if stem is not None:
            return self._is_word(stem)
        parts = hyphen_parts(token)
        if len(parts) > 1:
            return all(self.is_correct(part) for part in parts if part)
        return False

    def _british_ise(self, token: str) -> str | None:
        match = AMERICAN_IZE.match(token.casefold())
        if match is None:
            return None
        british = match_case(token, f"{match['stem']}{match['letter']}s{match['ending']}")
        return british if self._shared.lookup(british) else None

    # --- suggestions -------------------------------------------------------------------

    def _suggest_token(self, token: str) -> tuple[str, ...]:
        stem = possessive_stem(token)
        if stem is not None and not self._is_word(stem):
            return tuple(f"{fix}'s" for fix in self._suggest_token(stem))
        parts = hyphen_parts(token)
        if len(parts) > 1:
            return self._suggest_hyphenated(token, parts)
        lowered = token.lower()
        # Nothing from the reader's own n-gram search: it costs a tenth of a second or more
        # a word, and for a word no slip of the fingers or spelling explains it offered an
        # unrelated one in eight of eleven development cases ("garuntee": "runagate",
        # "assoc": "cassock"). Such a word is reported with "check the spelling".
        candidates = self._cheap_candidates(lowered) or self._further_candidates(lowered)
        fixes: list[str] = []
        for candidate in candidates:
            fixed = match_case(token, candidate)
            if (
                fixed not in fixes
                and fixed != token
                and self.is_correct(fixed)
                and offerable(fixed)
            ):
                fixes.append(fixed)
        return tuple(fixes)

    def _suggest_hyphenated(self, token: str, parts: list[str]) -> tuple[str, ...]:
        """Every misspelt part corrected: the first one's suggestions in turn, each other
        misspelt part with its best one, so no suggestion keeps a misspelling ("teh-recieve"
        offers "the-receive", not "the-recieve")."""
        separator = next(hyphen for hyphen in HYPHENS if hyphen in token)
        misspelt = [index for index, part in enumerate(parts) if part and not self.is_correct(part)]
        if not misspelt:
            return ()
        fixes = {index: self.suggest(parts[index]) for index in misspelt}
        if not all(fixes.values()):
            return ()  # a part nothing corrects: no whole word to offer
        best = [fixes[index][0] if index in fixes else part for index, part in enumerate(parts)]
        first = misspelt[0]
        suggestions: list[str] = []
        for fix in fixes[first]:
            joined = separator.join([*best[:first], fix, *best[first + 1 :]])
            if joined not in suggestions and self.is_correct(joined):
                suggestions.append(joined)
        return tuple(suggestions)

    def _cheap_candidates(self, lowered: str) -> list[str]:
        """British variants, then one-edit corrections, found by dictionary lookup."""
        british = self._british_ise(lowered)
        ranked: list[str] = [british] if british else []
        for pattern, replacement in BRITISH_VARIANTS:
            for match in pattern.finditer(lowered):
                variant = lowered[: match.start()] + replacement + lowered[match.end() :]
                if variant not in ranked and self._shared.lookup(variant):
                    ranked.append(variant)
        likely: list[str] = []
        other: list[str] = []
        for candidate, is_likely in single_edits(lowered):
            if candidate in ranked or candidate in likely or candidate in other:
                continue
            if self._shared.lookup(candidate):
                (likely if is_likely else other).append(candidate)
        return ranked + likely + other

    def _further_candidates(self, lowered: str) -> list[str]:
        """For a word with no single-edit correction: the word as a name ("mondays"), two
        slips of the fingers ("reccomended", "greatful"), then two words joined by a hyphen
        ("speakerphone"). Bounded: nothing for long words."""
        if len(lowered) > _MAX_FURTHER_CHARS:
            return []
        found: list[str] = []
        capitalised = lowered[:1].upper() + lowered[1:]
        if capitalised != lowered and self._shared.lookup(capitalised):
            found.append(capitalised)
        once = dict.fromkeys(mechanical_slips(lowered))
        twice = dict.fromkeys(
            again for slip in once for again in mechanical_slips(slip) if again != lowered
        )
        found += (word for word in twice if word not in found and self._shared.lookup(word))
        for index in range(_MIN_JOINED_PART, len(lowered) - _MIN_JOINED_PART + 1):
            left, right = lowered[:index], lowered[index:]
            if self._shared.lookup(left) and self._shared.lookup(right):
                found.append(f"{left}-{right}")
        return found


@functools.cache
def dictionary_knows(word: str) -> bool | None:
    """Whether the process-wide checker takes ``word`` as correct, or None where no
    dictionary is installed: the one question the other layers ask of the dictionary, each
    choosing its own answer for the None (a shortened word is then never known, a shouted
    word falls back to a short list)."""
    try:
        return SpellChecker.default().is_correct(word)
    except DictionaryNotInstalled:
        return None
