"""Shortcuts taken for speed read text exactly as the plain readings they replace."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.metrics import _ADDRESS, _HAS_LETTER, _NO_BREAK_AFTER, WORD, words
from recordlint.metrics import _abbreviation_before as abbreviation_before

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Pieces that make the edge cases likely: abbreviations, dots, line breaks, letters of
# other scripts, digits and characters that are word characters but not letters.
_PIECES = st.sampled_from(
    ["Mr", "mrs", "e.g", "i.e", "a.m", ".", " ", "\n", "x", "é", "1", "²", "_", "approx",
     "ST", "-", "@", "www.", "https://", "x@y.uk", "Dr"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES | st.text(max_size=3), max_size=12).map("".join)


def _abbreviation_by_pattern(text: str, line_start: int, dot: int) -> bool:
    match = re.search(r"([^\W\d_](?:[^\W\d_]|\.)*)$", text[line_start:dot])
    return match is not None and match.group(1).lower() in _NO_BREAK_AFTER


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(min_value=0, max_value=40))
def test_abbreviation_before_a_full_stop_reads_as_the_pattern_does(text: str, start: int) -> None:
    text += "."
    line_start = min(start, len(text) - 1)
    dot = len(text) - 1
    expected = _abbreviation_by_pattern(text, line_start, dot)
    assert abbreviation_before(text, line_start, dot) is expected


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_words_skip_the_address_pattern_only_where_it_cannot_match(text: str) -> None:
    replaced = _ADDRESS.sub("address", text)
    expected = [m.group() for m in WORD.finditer(replaced) if _HAS_LETTER.search(m.group())]
    assert words(text) == expected


def test_an_abbreviation_after_a_long_run_of_letters_is_not_one() -> None:
    assert abbreviation_before("see Mr.", 0, 6)
    assert not abbreviation_before("see xyzMr.", 0, 9)
    assert not abbreviation_before("see abc.approx.", 0, 14)


_NOTE_PIECES = st.sampled_from(
    ["Mr G. ", "Mrs C. ", "He ", "The ", "Jones ", "said ", "X. ", "Dr. ", "A.", "\n", "- ",
     "Plan: ", "ok. ", "adult B. "]
)  # fmt: skip


def _marked_by_looking_at_every_token(doc: Doc) -> Doc:
    """The reading the initials' shortcut replaces: every token is asked."""
    import bisect

    from recordlint.segments import _ends_at_initial, line_units

    for i in range(1, len(doc) - 1):
        if _ends_at_initial(doc, i):
            doc[i + 1].is_sent_start = True
    if len(doc) < 2 or "\n" not in doc.text:
        return doc
    starts = [token.idx for token in doc]
    for unit_start, _ in line_units(doc.text, labels=False)[1:]:
        i = bisect.bisect_left(starts, unit_start)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


@functools.cache
def _tokenizer_only() -> Language:
    import spacy

    return spacy.blank("en")


@settings(max_examples=200, deadline=None)
@given(st.lists(_NOTE_PIECES, max_size=14).map("".join))
def test_line_units_mark_the_sentences_a_look_at_every_token_marks(text: str) -> None:
    from recordlint.segments import mark_line_units

    nlp = _tokenizer_only()
    marked = mark_line_units(nlp(text))
    expected = _marked_by_looking_at_every_token(nlp(text))
    assert [t.is_sent_start for t in marked] == [t.is_sent_start for t in expected]
