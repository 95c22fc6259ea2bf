"""One spell checker per set of team words, and its verdicts and advice remembered.

A word is looked up once across paragraphs and records: :class:`Vocabulary` keeps whether it
is accepted and what to say about it, so the rule and its finalizer share one cache.
"""

from __future__ import annotations

import functools

from recordlint.rules.spelling.accepted import cut_or_slip, verdict
from recordlint.rules.spelling.suggestions import Advice, advice_on
from recordlint.spellcheck import SpellChecker

_MAX_REMEMBERED = 50_000


@functools.cache
def _checker(team_words: frozenset[str]) -> SpellChecker:
    """One checker per set of team words; all share the dictionary loaded once."""
    base = SpellChecker.default()
    return base.with_words(team_words) if team_words else base


class Vocabulary:
    """A checker and its verdicts on words, remembered across paragraphs and records."""

    def __init__(self, checker: SpellChecker) -> None:
        self.checker = checker
        # Whether each word is accepted, and accepted as note shorthand.
        self._verdicts: dict[tuple[str, bool], tuple[bool, bool]] = {}
        # The advice on each unknown word (None: not reported), keyed by the word and
        # whether it opens a sentence: a name opening many sentences is looked at once.
        self._advice: dict[tuple[str, bool], Advice | None] = {}
        self._cut_or_slip: dict[str, bool] = {}

    def accepts(self, word: str, before_full_stop: bool) -> bool:
        return self._verdict(word, before_full_stop)[0]

    def shorthand(self, word: str, before_full_stop: bool) -> bool:
        """Whether the word is accepted as note shorthand ("wks", "hx", "indep")."""
        return self._verdict(word, before_full_stop)[1]

    def _verdict(self, word: str, before_full_stop: bool) -> tuple[bool, bool]:
        key = (word, before_full_stop)
        found = self._verdicts.get(key)
        if found is None:
            found = verdict(word, before_full_stop, self.checker)
            if len(self._verdicts) >= _MAX_REMEMBERED:
                self._verdicts.clear()
            self._verdicts[key] = found
        return found

    def cut_or_slip(self, word: str) -> bool:
        """Whether an unknown word is a cut in notes or a slip in prose (:func:`cut_or_slip`)."""
        verdict = self._cut_or_slip.get(word)
        if verdict is None:
            verdict = cut_or_slip(word)
            if len(self._cut_or_slip) >= _MAX_REMEMBERED:
                self._cut_or_slip.clear()
            self._cut_or_slip[word] = verdict
        return verdict

    def advice(self, word: str, sentence_start: bool, team_words: frozenset[str]) -> Advice | None:
        key = (word, sentence_start)
        if key in self._advice:
            return self._advice[key]
        found = advice_on(word, sentence_start, self.checker, team_words)
        if len(self._advice) >= _MAX_REMEMBERED:
            self._advice.clear()
        self._advice[key] = found
        return found


@functools.cache
def vocabulary_for(team_words: frozenset[str]) -> Vocabulary:
    return Vocabulary(_checker(team_words))
