"""Finding lexicon phrases: the one place rules turn a word list into matches.

Two matchers serve different needs. :class:`PhraseIndex` works on the surface of the text,
case folded, with each term's regular inflections, and needs no spaCy at all (jargon, legal
terms, wordy phrases). :class:`LemmaPhrases` works on a spaCy doc, on lower-case words or
their lemmas, for rules that read the parse around a match (respectful language, opinion).
:func:`lexicon_gate` is the cheap test on raw text that lets the engine skip a paragraph.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recordlint.doc_access import span_text
from recordlint.inflection import BASE, GERUND, PAST, inflect_phrase, match_case, word_forms
from recordlint.lexicon import load_lexicon, load_lexicon_file
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from recordlint.config import Config

# ---------------------------------------------------------------------------------------
# Phrase index: a lexicon compiled for word-by-word lookup
# ---------------------------------------------------------------------------------------

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
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
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
            tokens = _tokens(phrase)
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
        tokens = _tokens(text)
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


# ---------------------------------------------------------------------------------------
# Compiled lexicons
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompiledJargon:
    entries: tuple[Any, ...]
    index: PhraseIndex
    exceptions: tuple[PhraseIndex | None, ...]


def _team_jargon_stamp(config: Config) -> tuple[str, int] | None:
    path = config.team_paths().get("jargon_file")
    if path is None:
        return None
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError:
        return None


def compiled_jargon(config: Config) -> CompiledJargon:
    """The shipped jargon lexicon plus the team's jargon file, compiled once per version."""
    return _compile_jargon(_team_jargon_stamp(config))


@cache
def _compile_jargon(team_file: tuple[str, int] | None) -> CompiledJargon:
    entries = list(load_lexicon("jargon").entries)
    if team_file is not None:
        team_entries = load_lexicon_file(Path(team_file[0]), "jargon").entries
        replaced = {entry.term for entry in team_entries}
        entries = [e for e in entries if e.term not in replaced] + list(team_entries)
    index = PhraseIndex([entry.term for entry in entries])
    exceptions = tuple(
        PhraseIndex(entry.exceptions) if entry.exceptions else None for entry in entries
    )
    return CompiledJargon(tuple(entries), index, exceptions)


@cache
def compiled_legal_terms() -> tuple[tuple[Any, ...], PhraseIndex]:
    entries = load_lexicon("legal-terms").entries
    return entries, PhraseIndex([entry.term for entry in entries])


# ---------------------------------------------------------------------------------------
# Suggestions in the form of the matched words
# ---------------------------------------------------------------------------------------

_PLAIN_WORDS = re.compile(r"[a-z][a-z'\-]*(?: [a-z][a-z'\-]*){0,2}")


_PERFECT_OR_PASSIVE = re.compile(
    r"\b(?:have|has|had|having|be|been|being|is|are|was|were|'ve|'s)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A form that is only ever a past participle ("undertaken", "shown", "undergone"): after a
# noun ("the work undertaken") it is no past tense, and "did" would not fit.
_PARTICIPLE_ONLY = re.compile(r"(?:[^e]en|[^d]own|one)$", re.IGNORECASE)


def suggestions_for(
    entry_suggestions: Iterable[str], matched: str, form: str, before: str = ""
) -> tuple[list[str], bool]:
    """Suggestions in the form and case of the matched words, and whether the first is
    a drop-in replacement.

    A drop-in replacement is plain words that were inflected without doubt, and either one
    word ("mobilising" -> "walking") or as many words as the phrase it replaces ("in situ"
    -> "in place"). A longer suggestion for a verb ("signposted" -> "told about") usually
    needs the sentence rearranged, so it is offered for review.
    """
    out: list[str] = []
    drop_in = False
    participle = bool(_PERFECT_OR_PASSIVE.search(before[-40:]) or _PARTICIPLE_ONLY.search(matched))
    for number, suggestion in enumerate(entry_suggestions):
        inflected = inflect_phrase(suggestion, form, participle=participle)
        if number == 0 and inflected is not None and _PLAIN_WORDS.fullmatch(suggestion):
            size = len(suggestion.split())
            drop_in = size == 1 or size == len(_tokens(matched))
        out.append(match_case(inflected if inflected is not None else suggestion, matched))
    return out, drop_in


# ---------------------------------------------------------------------------------------
# Phrases on a spaCy doc: lower-case words or lemmas
# ---------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+(?:'\w+)?|[^\w\s]")


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
                frozenset(word_forms(w)) for w in _WORD.findall(phrase.lower()) if w != "-"
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
        memo = root.user_data.setdefault(_MEMO, {})
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


_MEMO = "recordlint.matching"


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


# Base forms whose inflections do not start like them ("fed" for "feed").
_IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "feed": ("fed",),
    "come": ("came",),
    "give": ("gave",),
    "get": ("got",),
    "have": ("has", "had"),
    "be": ("is", "was", "are", "were", "been"),
}


def lexicon_gate(load_terms: Callable[[], Iterable[str]]) -> Callable[[str], bool]:
    """A cheap test for a rule's ``gate``: False only when no term of the lexicon can match.

    Each term contributes the start of its longest word (and the irregular forms of that
    word), so inflections still pass; the terms are read on first use, not at import.
    """

    @functools.cache
    def pattern() -> re.Pattern[str]:
        stems: set[str] = set()
        for term in load_terms():
            words = [w for w in _WORD.findall(term.lower()) if w[0].isalnum()]
            if not words:
                continue
            longest = max(words, key=len)
            # Short enough to survive "deny" -> "denies" and "happy" -> "happier".
            stems.add(longest[: max(3, min(4, len(longest) - 2))])
            stems.update(_IRREGULAR_FORMS.get(longest, ()))
        return re.compile(literal_alternation(stems), re.IGNORECASE)

    def gate(text: str) -> bool:
        return pattern().search(text) is not None

    return gate


def literal_alternation(words: Iterable[str]) -> str:
    """A regular expression matching where any of ``words`` starts, for a search that only
    asks whether one occurs; one that never matches for no words.

    The words are shared out along their common beginnings ("wor(?:r|k)" rather than
    "worr|work"), so the expression tries each letter of the text once rather than once per
    word; a word that another word begins with ("wor" before "work") stands for both, since
    wherever the longer one occurs the shorter one does too.
    """
    trie: dict[str, Any] = {}
    for word in sorted(set(words), key=len):
        node = trie
        for character in word:
            if "" in node:
                break  # a shorter word already matches here
            node = node.setdefault(character, {})
        else:
            node.clear()
            node[""] = {}

    def expression(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(c) + expression(child) for c, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return expression(trie) if trie else "(?!)"


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


# ---------------------------------------------------------------------------------------
# Terms on a spaCy doc, greedily and without overlap: words as written or their lemmas
# ---------------------------------------------------------------------------------------

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
    memo = root.user_data.setdefault(_MEMO, {})
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
