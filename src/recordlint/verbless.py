"""Verbless notes: the terse style of duty logs and visit notes, where a state is set straight
after who it is said of with no verb at all ("Wife exhausted.", "Mr B unkempt and hostile.",
"Flat filthy.").

The parser reads such notes as nouns strung together, or takes a state that looks like a
past tense ("exhausted", "confused") for a verb, so the clause's predicate is lost. These
helpers read the note's structure instead: where a note begins and ends within its sentence,
whether it stands alone, whether it holds a finite verb of its own, and the short subject
before a state. Which words judge is left to the lexicons and the rules that read them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["note_bounds", "stands_alone", "verbless_state", "verbless_subject"]

# Marks that end one note and start the next within a sentence: commas as well as the dashes,
# colons, semicolons and brackets records run their notes together with.
CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "(", ")"})
# Tags of a verb that carries a tense, which makes a note a clause of its own.
FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Who or what a verbless state can be said of: the person, a relative or carer, a
# practitioner, their home.
SAID_OF = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.PROFESSIONAL, Referent.HOME})
# Word classes a short subject is made of: "Mr B", "Pt", "His wife", "Mrs Bell's flat".
SUBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "PRON", "PART", "ADJ"})
# The most words a subject before a verbless state runs to.
SUBJECT_WORDS = 4


def note_bounds(token: Token, sentence: Span) -> tuple[int, int]:
    """The note holding ``token``: from just after the last comma, dash, colon, semicolon or
    bracket before it to just before the next one or the full stop, within ``sentence``."""
    doc = token.doc
    start = token.i
    while start > sentence.start and doc[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    end = token.i + 1
    while end < sentence.end and doc[end].text not in CLAUSE_BREAKS | {"."}:
        end += 1
    return start, end


def stands_alone(token: Token, sentence: Span) -> bool:
    """Whether the note holding ``token`` is a sentence of its own or a note set off by a
    dash, colon or semicolon ("Flat filthy.", "Cat in property - hygiene poor."), not one of
    a run of notes strung together with commas ("strong smell of alcohol, drunk again"),
    whose neighbours record what was seen."""
    doc = token.doc
    start, end = note_bounds(token, sentence)
    opens = start == sentence.start or doc[start - 1].text != ","
    closes = end >= sentence.end or doc[end].text not in {",", ")"}
    return opens and closes


def degree(token: Token) -> bool:
    """A word of degree, time or negation that may stand between a subject and its state
    ("Mr B very unkempt", "Wife still not coping")."""
    return token.pos_ in {"ADV", "PART"} or token.dep_ == "neg"


def finite_verb(token: Token) -> bool:
    return token.tag_ in FINITE and token.pos_ in {"VERB", "AUX"}


def acts_on_something(token: Token) -> bool:
    """Whether a state the tagger read as a verb has an object or a passive's auxiliary, so it
    is a verb in use ("confused the dates", "was confused by"), not a state."""
    return any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in token.children)


def verbless_subject(sentence: Span, start: int, end: int) -> Token | None:
    """The subject of a verbless note whose state runs over tokens ``start``..``end``: the
    head of a short noun phrase straight before it, with only degree words between, naming a
    person, a relative, a practitioner or a home, in a note with no finite verb besides the
    state's own words ("Mr B unkempt and hostile.", "Wife exhausted."). None otherwise."""
    doc = sentence.doc
    first, last = doc[start], doc[end - 1]
    note_start, note_end = note_bounds(first, sentence)
    if any(finite_verb(t) for t in doc[note_start:note_end] if not start <= t.i < end):
        return None
    if any(acts_on_something(t) for t in doc[start:end]):
        return None
    if last.dep_ in {"amod", "compound"} and last.head.i >= end:
        return None  # an adjective before its noun: "a cluttered flat", "chaotic home"
    before = start
    while before > note_start and degree(doc[before - 1]):
        before -= 1
    subject = doc[note_start:before]
    if not len(subject) or len(subject) > SUBJECT_WORDS:
        return None
    if any(t.pos_ not in SUBJECT_POS for t in subject):
        return None
    head = subject[-1]
    return head if referent_of(head) in SAID_OF else None


def verbless_state(token: Token, sentence: Span) -> bool:
    """Whether a word the tagger read as a past tense is the state of a verbless note about
    someone, standing alone ("Wife exhausted.", "Pt confused re her tablets."), rather than
    a verb that records what happened ("exhausted his savings"). In a run of notes strung
    together with commas the notes beside a feeling or state of mind usually say what showed
    it ("Terry confused, didnt know Sharon"), so only a note that stands alone counts."""
    return stands_alone(token, sentence) and (
        verbless_subject(sentence, token.i, token.i + 1) is not None
    )
