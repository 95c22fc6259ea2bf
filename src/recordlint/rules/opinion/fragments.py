"""Judgements in verbless notes, for RL601: a state set straight after who it is said of
("Mr B unkempt and hostile.", "Flat filthy."), a note that opens with the state ("At risk of
falls."), and a term of the lexicon read in predicate order ("poor hygiene" as "Hygiene in
flat poor."). The note's structure is read by :mod:`recordlint.verbless`; which words judge
stays with the lexicons."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from recordlint.evaluative import sentence_of
from recordlint.lexicon import load_lexicon
from recordlint.matching import LemmaPhrases, PhraseMatch
from recordlint.rules.opinion.cues import Cue
from recordlint.rules.opinion.predicates import Predication
from recordlint.subjects import Referent, referent_of
from recordlint.verbless import (
    CLAUSE_BREAKS,
    degree,
    finite_verb,
    note_bounds,
    stands_alone,
    verbless_subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The most words a thing's place adds in an inverted term: "Hygiene in the flat poor".
PLACE_WORDS = 3


def verbless(doc: Doc, cue: Cue) -> Predication | None:
    """Who a cue is said of when it is the state of a verbless note: its subject straight
    before it, as a sentence or a clause between commas ("Flat filthy.", "carer breakdown,
    son Rhys not coping with his dad's nights") or, when a note that stands alone opens
    with the state ("At risk of falls."), nobody named (the person the note is about). None
    when the note has a finite verb of its own, when the cue qualifies a noun after it
    ("chaotic lifestyle"), or when what comes before it is not a short subject naming a
    person or their home. A state opening one of a run of notes strung together with commas
    is left alone: the notes beside it usually record what was seen."""
    first, last = doc[cue.start], doc[cue.end - 1]
    sentence = sentence_of(first)
    start, end = note_bounds(first, sentence)
    subject = verbless_subject(sentence, cue.start, cue.end)
    if subject is not None:
        return Predication(referent_of(subject), subject, last)
    if not stands_alone(first, sentence):
        return None
    if any(not degree(t) for t in doc[start : cue.start]):
        return None
    if any(finite_verb(t) for t in doc[start:end] if not cue.start <= t.i < cue.end):
        return None
    if last.dep_ in {"amod", "compound"} and last.head.i >= cue.end:
        return None  # "Chaotic lifestyle.": the adjective qualifies a noun
    if end < sentence.end and doc[end].text == ":":
        return None  # a heading's first words: "Unsafe: kitchen"
    return Predication(Referent.UNKNOWN, None, last)


def inverted_cues(doc: Doc, terms: tuple[str, ...]) -> list[Cue]:
    """Two-word terms of an adjective and a noun read in predicate order, as a verbless note
    of their own: "poor hygiene" as "Hygiene poor." or "Hygiene in flat poor.", "poor
    insight" as "Insight poor": the noun opens the note, the adjective ends it, with at
    most a short place ("in flat") and degree words between. The cue covers both."""
    pairs: dict[str, list[tuple[str, str]]] = {}
    for term in terms:
        words = term.lower().split()
        if len(words) == 2:
            pairs.setdefault(words[1], []).append((words[0], term))
    found = []
    for token in doc:
        candidates = pairs.get(token.lower_) or pairs.get(token.lemma_.lower())
        if not candidates:
            continue
        sentence = sentence_of(token)
        start, end = note_bounds(token, sentence)
        if token.i != start or end - start < 2 or not _after_a_break(token, sentence):
            continue
        adjective = doc[end - 1]
        inverted = next((t for w, t in candidates if adjective.lower_ == w), None)
        if inverted is None or adjective.pos_ != "ADJ":
            continue
        between = [t for t in doc[token.i + 1 : adjective.i] if not degree(t)]
        if len(between) > PLACE_WORDS or any(finite_verb(t) for t in between):
            continue
        if between and between[0].pos_ != "ADP":
            continue  # only a place may come between: "Hygiene in flat poor"
        found.append(Cue(PhraseMatch(token.i, adjective.i + 1, -1), inverted))
    return found


def _after_a_break(token: Token, sentence: Span) -> bool:
    """Whether ``token`` opens its sentence or follows a dash, colon or semicolon."""
    return token.i == sentence.start or token.doc[token.i - 1].text in CLAUSE_BREAKS - {",", ")"}


@functools.cache
def judgemental_wording() -> LemmaPhrases:
    """Every term of the judgemental lexicon: the wording the respectful-language rule reads."""
    return LemmaPhrases(e.term for e in load_lexicon("judgemental").entries)


@functools.cache
def _assessments() -> frozenset[int]:
    """The entries, by number, that name the assessment the record makes ("not coping",
    "struggling to cope"), which the opinion rules ask evidence for."""
    entries = load_lexicon("judgemental").entries
    return frozenset(i for i, e in enumerate(entries) if e.assessment_of_person)


def labelling_matches(doc: Doc) -> list[PhraseMatch]:
    """The judgemental lexicon's labels in ``doc``, less the assessments: read from the one
    match of the whole lexicon that the rule's other checks share."""
    assessments = _assessments()
    return [m for m in judgemental_wording().matches(doc) if m.entry not in assessments]


def verbless_progressive(doc: Doc, cue: Cue, wording: list[PhraseMatch]) -> bool:
    """Whether a label that opens with a participle is the state of a verbless note about
    someone ("Daughter struggling to cope."), not a verb in use ("struggled to cope")."""
    if doc[cue.start].tag_ != "VBG":
        return False
    fragment = verbless_judgement(doc, cue, wording)
    return fragment is not None and fragment.subject is not None


def verbless_judgement(doc: Doc, cue: Cue, wording: list[PhraseMatch]) -> Predication | None:
    """Who a cue is said of in a note with no verb ("Flat unsafe.", "At risk of falls."; see
    :func:`verbless`), unless the note holds a label of the judgemental lexicon ("Property
    cluttered and dirty", "SU unkempt", "Non-engagement noted"): there the wording is the
    problem, which the respectful-language rule reports, as it does a manner told in the
    past tense, not a judgement stated as fact."""
    start, end = note_bounds(doc[cue.start], sentence_of(doc[cue.start]))
    if any(m.start < end and start < m.end for m in wording):
        return None
    return verbless(doc, cue)
