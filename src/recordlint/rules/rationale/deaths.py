"""The person's death told (:func:`deaths_told`), the reason for the decisions that follow
it and end what was done for them: "Mr Lowe passed away at home. POC cancelled. ... Case
closed."; "Notification of death rec'd from DN."; "(Mrs E Farrow, deceased 27/10) ...
Closed." (:func:`ended_by_a_death`).

A death told of someone else is no such reason ("Wife deceased 2024", "since his dad
died"), nor one that may come or is denied ("if he dies", "is dying", "did not die"), nor
one told after the decision it would answer ("Case to be closed on notification of
death").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.rules.rationale.decision_heads import closes
from recordlint.rules.rationale.units import Unit, find_terms
from recordlint.rules.rationale.words import CONDITIONS, ENDING_A_SERVICE, FUTURE, POSSIBILITY
from recordlint.subjects import Referent, referent_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Who, named beside a death, makes it someone else's: a relative or a professional.
_SOMEONE_ELSE = frozenset({Referent.OTHER_PERSON, Referent.PROFESSIONAL})
# Tags of a verb told as done: "died", "has passed away".
_PAST = frozenset({"VBD", "VBN"})
# Words before a death word, within its phrase, that name whose it is: "Wife deceased".
_PHRASE_REACH = 3


def deaths_told(doc: Doc, units: list[Unit]) -> list[int]:
    """Where ``units`` tell of the person's death: the first token of each death word."""
    told: list[int] = []
    if not units:
        return told
    n = 0
    for start, end in find_terms(doc[units[0].start : units[-1].end], "death"):
        while n < len(units) and units[n].end <= start:
            n += 1
        if n == len(units):
            break
        if _the_persons(doc, units[n], start, end):
            told.append(start)
    return told


def ended_by_a_death(head: Token) -> bool:
    """The decision closes the case or ends a service: what the person's death, told
    before it, is the reason for ("POC cancelled", "Case closed", "NFA")."""
    return closes(head) or head.lemma_.lower() in ENDING_A_SERVICE


def _the_persons(doc: Doc, unit: Unit, start: int, end: int) -> bool:
    """The death word at tokens [start, end) tells that the person died: not a relative or
    a professional, and not a death denied, possible or still to come."""
    word = doc[start]
    before = doc[max(unit.start, start - _PHRASE_REACH) : start]
    if any(_someone_else(t) for t in before):
        return False  # "Wife deceased 2024", "her husband passed away"
    if any(t.lower_ in CONDITIONS for t in doc[unit.start : start]):
        return False  # "if he dies", "until she passed away"
    if word.pos_ == "VERB" or word.lemma_.lower() in {"die", "pass"}:
        verb = word
        if verb.tag_ not in _PAST:
            return False  # "is dying", "may die"
        if any(c.dep_ == "neg" or c.lower_ in POSSIBILITY | FUTURE for c in verb.children):
            return False
        subject = subject_of(verb)
        return subject is None or not _someone_elses(subject)
    return not _someone_elses(doc[end - 1])


def _someone_elses(noun: Token) -> bool:
    """The phrase of ``noun`` names someone other than the person: a relative or a
    professional ("Patricia's husband Derek"), or anyone named by whose they are ("his dad",
    "her mum"), where the person is named by their name, a title or a pronoun."""
    return any(_someone_else(t) or t.dep_ == "poss" for t in noun.subtree)


def _someone_else(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and referent_of(token) in _SOMEONE_ELSE
