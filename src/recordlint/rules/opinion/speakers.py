"""Whose words they are: someone else's reported words, a named source, a verdict raised or held
by someone other than the writer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import run_on_part, sentence_of
from recordlint.lexicon import word_list
from recordlint.rules.opinion.cues import Cue, cues
from recordlint.rules.opinion.words import PEOPLE, RAISED_OR_FOUND, REPORTED_BY
from recordlint.subjects import Referent, referent_of, speaker_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def reported(token: Token) -> bool:
    """Whether ``token`` is in someone else's reported words: under a reporting verb whose
    speaker is in its clause or the one before. In a run-on narrative a report some
    clauses back ("she said she wants to go home ..., daughter Carol lives in Ipswich ...,
    Edna is a bit confused at times") has ended: the parser hangs the later clauses on it,
    but they are the writer's own."""
    speaker = speaker_of(token)
    if speaker is None:
        return False
    reach = run_on_part(sentence_of(token), token, before=1, after=0)
    return speaker.i >= reach.start or speaker.sent.start != token.sent.start


def names_a_source(doc: Doc, cue: Cue, sentence: Span) -> bool:
    if speaker_of(doc[cue.start]) is not None:
        return True
    return any(c.term in {"according to", "she told me", "he told me", "they told me"}
               for c in cues(sentence, "evidence"))  # fmt: skip


def reported_earlier(doc: Doc, start: int, sentence: Span) -> bool:
    """Whether a reporting verb with someone other than the writer as its subject comes
    before token ``start`` in the sentence: the verdict that follows is part of their
    report."""
    for token in doc[sentence.start : start]:
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in word_list("reporting_verb"):
            subject = subject_of(token)
            if subject is not None and referent_of(subject) is not Referent.WRITER:
                return True
    return False


def has_agent(token: Token) -> bool:
    """Whether a verdict is reported "by" someone ("No concerns raised by the home")."""
    for word in [token, *token.children]:
        for child in word.children:
            if child.dep_ == "agent" or (child.dep_ == "acl" and _has_agent_child(child)):
                return True
    return False


def raised_or_found(noun: Token) -> bool:
    """Whether "no concerns" is the subject of a participle of raising or finding with its
    "were" dropped ("No concerns raised.", "no concerns found"): a record that no one raised
    any or that a check found none, not the writer's verdict. With an object the verb is
    someone's own ("no carers raised it")."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(noun.head)
    return any(
        v.tag_ in {"VBD", "VBN"}
        and v.lemma_.lower() in RAISED_OR_FOUND
        and v.i == noun.i + 1
        and not any(c.dep_ in {"dobj", "ccomp"} for c in v.children)
        for v in verbs
    )


def _has_agent_child(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def holder(token: Token) -> Token | None:
    """Who holds "no concerns" when a person has, raises or reports them."""
    head = token
    while head.dep_ in {"det", "amod", "compound", "prep", "pobj"} and head.head.i != head.i:
        head = head.head
    if head.dep_ in {"dobj", "attr"} and head.head.lemma_.lower() in REPORTED_BY:
        subject = subject_of(head.head)
        if subject is not None and referent_of(subject) in PEOPLE | {Referent.ORGANISATION}:
            return subject  # "Carers report no concerns", "Homecare 4U report no concerns"
    return None
