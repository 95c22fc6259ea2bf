"""One spell checker per set of team words, and its verdicts and advice remembered.

A word is looked up once across paragraphs and records: :class:`Vocabulary` keeps whether it
is accepted and what to say about it, so the rule and its finalizer share one cache.
"""

from __future__ import annotations

import functools

from recordlint.rules.spelling.accepted import is_acceptable
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
        self._verdicts: dict[tuple[str, bool], bool] = {}
        # The advice on each unknown word (None: not reported), keyed by the word and
        # whether it opens a sentence: a name opening many sentences is looked at once.
        self._advice: dict[tuple[str, bool], Advice | None] = {}

    def accepts(self, word: str, before_full_stop: bool) -> bool:
        key = (word, before_full_stop)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = is_acceptable(word, before_full_stop, self.checker)
            if len(self._verdicts) >= _MAX_REMEMBERED:
                self._verdicts.clear()
            self._verdicts[key] = verdict
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
