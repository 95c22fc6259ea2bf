"""Phrases on a spaCy doc, on lower-case words or their lemmas (:class:`LemmaPhrases`), and
what rules do with the matches: keep the longest, cancel one by an exception phrase,
find its syntactic head.

Apart from the surface index because it needs a parsed doc and keeps its work on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recordlint.doc_access import span_text
from recordlint.inflection import word_forms
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PHRASE_WORD = re.compile(r"\w+(?:'\w+)?|[^\w\s]")


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """Tokens ``start``..``end`` (exclusive) of a doc matched entry number ``entry``."""

    start: int
    end: int
    entry: int
    # Whether an adverb stands inside the matched words ("not really coping"), so that the
    # words matched are not the entry's words alone.
    inserted: bool = False


class LemmaPhrases:
    """Finds lexicon phrases in a parsed doc, on lower-case words or their lemmas.

    A phrase word matches a token when it equals the token's lower-case text or its lemma, so
    base-form terms find their inflections ("lack insight" finds "lacks insight"). The
    phrase word's own regular inflections count too, because the lemmatiser slips on some
    ("coping" comes back as "cop"). Hyphens are optional on both sides:
    "attention-seeking" finds "attention seeking" and the reverse.

    ``inserted`` names adverbs that may stand once between two words of a phrase of more
    than one word without changing what it says: with "really" and "fully", "not cope"
    finds "not really coping" and "not engage" finds "not fully engaging". The adverb is
    part of the match, which is marked ``inserted``.
    """

    def __init__(self, phrases: Iterable[str], *, inserted: Iterable[str] = ()) -> None:
        self._inserted = frozenset(word.lower() for word in inserted)
        self._by_first: dict[str, list[tuple[tuple[frozenset[str], ...], int]]] = {}
        for index, phrase in enumerate(phrases):
            words = tuple(
                frozenset(word_forms(w)) for w in PHRASE_WORD.findall(phrase.lower()) if w != "-"
            )
            if words:
                for surface in words[0]:
                    self._by_first.setdefault(surface, []).append((words, index))
        # Most tokens start no phrase; one set test tells so without a lookup per key.
        self._firsts = frozenset(self._by_first)

    def matches(self, doc: Doc | Span) -> list[PhraseMatch]:
        """Every match, longest first at each start; overlapping matches are all kept."""
        # Several rules match the same lexicon on the same paragraph: the tokens' keys and
        # the whole doc's matches are worked out once and kept on the doc.
        whole = hasattr(doc, "user_data")
        root: Doc = doc if whole else doc.doc  # type: ignore[assignment]
        memo = root.user_data.setdefault(DOC_MEMO, {})
        if whole and self in memo:
            return list(memo[self])
        if "keys" not in memo:
            view = token_view(root)
            memo["texts"] = view.text
            pairs = zip(view.lower, view.lemma, strict=True)
            memo["keys"] = [_keys(lower, lemma) for lower, lemma in pairs]
            memo["lowers"] = view.lower
        offset = 0 if whole else doc.start  # type: ignore[union-attr]
        end_of = len(root) if whole else doc.end  # type: ignore[union-attr]
        texts = memo["texts"][offset:end_of]
        keys = memo["keys"][offset:end_of]
        lowers = memo["lowers"][offset:end_of]
        found: list[PhraseMatch] = []
        firsts = self._firsts
        for position, token_keys in enumerate(keys):
            if token_keys.isdisjoint(firsts) or texts[position] == "-":
                continue
            tried: set[int] = set()
            # In a fixed order, the word as written first: two phrases can match the same
            # words, one on the written word and one on its lemma ("feeder", "feed"), and the
            # sort below keeps the first found; a set's own order would change with the
            # process's hash seed, and with it the finding a record gets.
            for first in _written_first(token_keys, lowers[position]):
                for words, index in self._by_first.get(first, ()):
                    if index in tried:
                        continue  # "coping" and its lemma may both lead to one phrase
                    tried.add(index)
                    matched = _match_from(keys, texts, position, words, self._inserted)
                    if matched is not None:
                        end, inserted = matched
                        found.append(PhraseMatch(position + offset, end + offset, index, inserted))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        if whole:
            memo[self] = tuple(found)
        return found


DOC_MEMO = "recordlint.matching"


def _written_first(keys: frozenset[str], lower: str) -> list[str]:
    """A token's match keys, the lower-case word as written first, then the rest sorted."""
    rest = sorted(keys - {lower})
    return [lower, *rest] if lower in keys else rest


def _keys(lower: str, lemma: str) -> frozenset[str]:
    """A token's words to match on, from its lower-case text and lower-case lemma."""
    keys = {lower, lemma}
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        # A capitalised verb at the start of a note ("Lacks capacity.") can be tagged as a
        # name and keep its -s in the lemma.
        keys.add(lower[:-1])
    return frozenset(keys)


def _match_from(
    keys: Sequence[frozenset[str]],
    texts: Sequence[str],
    start: int,
    words: tuple[frozenset[str], ...],
    inserted: frozenset[str] = frozenset(),
) -> tuple[int, bool] | None:
    """Where the phrase ``words`` ends when it starts at ``start``, and whether one of the
    ``inserted`` adverbs stands inside it."""
    position = start
    skipped = False
    for number, forms in enumerate(words):
        if number and position < len(texts) and texts[position] == "-":
            position += 1  # "bed-blocker" for "bed blocker"
        if position >= len(texts):
            return None
        if forms.isdisjoint(keys[position]):
            if (
                not number
                or skipped
                or position + 1 >= len(texts)
                or keys[position].isdisjoint(inserted)
                or forms.isdisjoint(keys[position + 1])
            ):
                return None
            position += 1  # "not really coping" for "not cope": one adverb, once
            skipped = True
        position += 1
    return position, skipped


def longest_first(matches: Iterable[PhraseMatch]) -> list[PhraseMatch]:
    """Drop matches that overlap a longer (or earlier) one."""
    kept: list[PhraseMatch] = []
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), m.start))
    for match in ordered:
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def cancelled_by_exception(span: Span, exceptions: Sequence[str]) -> bool:
    """Whether one of a lexicon entry's exception phrases ("defensive wounds", "fed up")
    covers part of the matched ``span`` in its sentence, case-insensitively."""
    if not exceptions:
        return False
    sentence = span.sent
    lowered = span_text(sentence).lower()
    for exception in exceptions:
        for found in re.finditer(re.escape(exception.lower()), lowered):
            start = sentence.start_char + found.start()
            end = sentence.start_char + found.end()
            if start < span.end_char and span.start_char < end:
                return True
    return False


def match_root(doc: Doc, match: PhraseMatch) -> Token:
    """The token of a match whose head lies outside it (the phrase's syntactic head)."""
    span = doc[match.start : match.end]
    for token in span:
        if not (match.start <= token.head.i < match.end) or token.head.i == token.i:
            return token
    return span[0]
