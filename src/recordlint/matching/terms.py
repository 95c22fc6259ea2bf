"""Terms on a spaCy doc, greedily and without overlap, on the words as written or their
lemmas (:class:`TermIndex`).

Apart from :class:`LemmaPhrases` because the longest term at each word wins and the
search goes on after it, where phrase matching keeps every overlapping match.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from recordlint.matching.lemmas import DOC_MEMO
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


_TERM_WORD = re.compile(r"\w+|[^\w\s]")


def term_words(term: str) -> tuple[str, ...]:
    """The lower-case words (and marks) of a lexicon term, as :class:`TermIndex` matches
    them one token each."""
    return tuple(w.lower() for w in _TERM_WORD.findall(term))


class TermIndex:
    """Finds lexicon terms in a doc word by word, on the words as written or their lemmas,
    skipping whitespace tokens; at each word the longest term wins and the search goes on
    after it, so "case closed" is one match, not "case closed" and "close"."""

    def __init__(self, terms: Iterable[str]) -> None:
        phrases = {term_words(term) for term in terms}
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            if phrase:
                index.setdefault(phrase[0], []).append(phrase)
        self._by_first = {first: tuple(found) for first, found in index.items()}

    def find(self, doc: Doc | Span) -> Iterator[tuple[int, int]]:
        """Token ranges [start, end) in doc indices, in text order."""
        tokens = _words_of(doc)
        by_first = self._by_first
        position = 0
        while position < len(tokens):
            _, lower, lemma = tokens[position]
            if lower not in by_first and lemma not in by_first:
                position += 1  # most words start no term
                continue
            candidates = set(by_first.get(lower, ()) + by_first.get(lemma, ()))
            matched = 0
            for term in sorted(candidates, key=len, reverse=True):
                window = tokens[position : position + len(term)]
                if len(window) == len(term) and all(
                    word in (word_lower, word_lemma)
                    for word, (_, word_lower, word_lemma) in zip(term, window, strict=True)
                ):
                    matched = len(term)
                    yield window[0][0], window[-1][0] + 1
                    break
            position += matched or 1


def _words_of(doc: Doc | Span) -> list[tuple[int, str, str]]:
    """The doc's or span's tokens but spaces, as (index, lower case, lemma lower case).

    Rules ask for terms sentence by sentence; reading each token's attributes once per doc
    and keeping them on it spares a Python token object per word per question.
    """
    whole = hasattr(doc, "user_data")
    root: Doc = doc if whole else doc.doc  # type: ignore[assignment]
    memo = root.user_data.setdefault(DOC_MEMO, {})
    words: list[tuple[int, str, str]] | None = memo.get("words")
    if words is None:
        view = token_view(root)
        columns = zip(view.lower, view.lemma, view.is_space, strict=True)
        words = [(i, lower, lemma) for i, (lower, lemma, space) in enumerate(columns) if not space]
        memo["words"] = words
        memo["word_starts"] = [i for i, _, _ in words]
    if whole:
        return words
    starts = memo["word_starts"]
    first = bisect.bisect_left(starts, doc.start)  # type: ignore[union-attr]
    last = bisect.bisect_left(starts, doc.end)  # type: ignore[union-attr]
    return words[first:last]
