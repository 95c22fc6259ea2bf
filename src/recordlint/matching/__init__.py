"""Finding lexicon phrases: the one place rules turn a word list into matches.

Two matchers serve different needs. :class:`PhraseIndex` works on the surface of the text,
case folded, with each term's regular inflections, and needs no spaCy at all (jargon, legal
terms, wordy phrases). :class:`LemmaPhrases` works on a spaCy doc, on lower-case words or
their lemmas, for rules that read the parse around a match (respectful language, opinion).
:func:`lexicon_gate` is the cheap test on raw text that lets the engine skip a paragraph.

The package reads in layers, each module using only those before it:

- ``surface``: :class:`PhraseIndex`, a lexicon compiled for word-by-word lookup on raw text.
- ``lexicons``: the jargon (with the team's file) and legal-terms lexicons compiled.
- ``suggestions``: suggestions in the form and case of the matched words.
- ``lemmas``: :class:`LemmaPhrases` on a parsed doc, and the longest match, an exception
  phrase and a match's head.
- ``gates``: :func:`lexicon_gate` and :func:`literal_alternation`.
- ``terms``: :class:`TermIndex`, terms matched greedily without overlap.
- ``pronouns``: the pronoun slot a lexicon phrase may hold ("one's", "oneself") and the
  personal pronouns it stands for (:func:`with_pronouns`).
"""

from recordlint.matching.gates import lexicon_gate, literal_alternation
from recordlint.matching.lemmas import (
    LemmaPhrases,
    PhraseMatch,
    cancelled_by_exception,
    longest_first,
    match_root,
)
from recordlint.matching.lexicons import CompiledJargon, compiled_jargon, compiled_legal_terms
from recordlint.matching.pronouns import (
    POSSESSIVE_DETERMINERS,
    PRONOUN_SLOTS,
    REFLEXIVES,
    THIRD_PERSON_POSSESSIVES,
    with_pronouns,
)
from recordlint.matching.suggestions import suggestions_for
from recordlint.matching.surface import IndexMatch, PhraseIndex
from recordlint.matching.terms import TermIndex, term_words

__all__ = [
    "POSSESSIVE_DETERMINERS",
    "PRONOUN_SLOTS",
    "REFLEXIVES",
    "THIRD_PERSON_POSSESSIVES",
    "CompiledJargon",
    "IndexMatch",
    "LemmaPhrases",
    "PhraseIndex",
    "PhraseMatch",
    "TermIndex",
    "cancelled_by_exception",
    "compiled_jargon",
    "compiled_legal_terms",
    "lexicon_gate",
    "literal_alternation",
    "longest_first",
    "match_root",
    "suggestions_for",
    "term_words",
    "with_pronouns",
]
