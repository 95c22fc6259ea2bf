"""The cue words: the opinion markers and judgemental labels compiled for lookups, the
rules' gates, and :func:`cues`, the matches of one kind of marker."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from recordlint.evaluative import gate_terms
from recordlint.lexicon import is_advice, load_lexicon, word_list
from recordlint.matching import (
    LemmaPhrases,
    PhraseMatch,
    cancelled_by_exception,
    lexicon_gate,
    longest_first,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class Cue:
    match: PhraseMatch
    term: str

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end


class Phrases(NamedTuple):
    """A list of cue words and their matcher: ``matcher`` reports each match's place in
    ``terms`` as its entry."""

    terms: tuple[str, ...]
    matcher: LemmaPhrases


# Kinds of marker whose phrases keep their sense with an adverb inside: a vague verdict
# still says nothing checked with "really" in it ("doing really well", "is fully settled").
INSERTABLE = frozenset({"vague_evaluation"})


@functools.cache
def phrases(kind: str) -> Phrases:
    terms = tuple(e.term for e in load_lexicon("opinion-markers").entries if e.kind == kind)
    inserted = word_list("inserted_adverb") if kind in INSERTABLE else ()
    return Phrases(terms, LemmaPhrases(terms, inserted=inserted))


@functools.cache
def _labels() -> Phrases:
    """Judgemental labels whose only cure is to describe what happened ("frail", "chaotic
    lifestyle", "attention-seeking"): said of a person as fact, each is an opinion. Entries
    with a direct replacement ("wheelchair-bound") are disrespectful words for facts, and
    labels that name behaviour ("aggressive", "non-compliant": opinion-markers of kind
    ``wording_label``) are the wording problem the respectful-language rule reports, so both
    are left to it; so are judgements of attitude to others (``attitude_label``: "demanding",
    "rude"), which the opinion rule reads only as a trait shown towards others."""
    wording = {t.lower() for k in ("wording_label", "attitude_label") for t in phrases(k)[0]}
    terms = tuple(
        e.term
        for e in load_lexicon("judgemental").entries
        if not e.replaceable
        and any(is_advice(s) for s in e.suggestions)
        and e.term.lower() not in wording
    )
    return Phrases(terms, LemmaPhrases(terms))


@functools.cache
def _label_exceptions() -> dict[str, tuple[str, ...]]:
    return {e.term.lower(): tuple(e.exceptions) for e in load_lexicon("judgemental").entries}


def label_cues(doc: Doc) -> list[Cue]:
    """Label cues, less those the judgemental lexicon lists as exceptions ("defensive
    wounds" is an injury, not a manner)."""
    terms, matcher = _labels()
    exceptions = _label_exceptions()
    found = []
    for match in longest_first(matcher.matches(doc)):
        term = terms[match.entry].lower()
        if not cancelled_by_exception(doc[match.start : match.end], exceptions.get(term, ())):
            found.append(Cue(match, term))
    return found


def gate(
    *kinds: str,
    labels: bool = False,
    predicates: bool = False,
    outcomes: bool = False,
    conclusions: bool = False,
) -> Callable[[str], bool]:
    def terms() -> list[str]:
        found = [t for kind in kinds for t in phrases(kind)[0]]
        if predicates:
            found += gate_terms()
        if outcomes:
            found += sorted(word_list("outcome_verb"))
        if conclusions:
            found += sorted(word_list("conclusion_verb"))
        return found + list(_labels()[0]) if labels else found

    return lexicon_gate(terms)


def cues(doc: Doc | Span, kind: str) -> list[Cue]:
    """Non-overlapping matches of the opinion markers of ``kind``, longest first."""
    terms, matcher = phrases(kind)
    return [Cue(m, terms[m.entry].lower()) for m in longest_first(matcher.matches(doc))]
