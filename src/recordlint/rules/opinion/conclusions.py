"""Conclusions the writer draws in a "which" clause from what was just told: "she put the
leaflet away at once, which says it all", "was unable to answer, which demonstrates she has no
insight into the risks". The clause before is an observation; the "which" clause turns it
into a verdict on someone and states that verdict as what the observation proves. The same
verdict drawn with what someone did or how they came across as the subject ("His
self-discharge shows he remains ambivalent about recovery") is :func:`read_from_conduct`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.matching import THIRD_PERSON_POSSESSIVES
from recordlint.rules.opinion.cues import cues
from recordlint.rules.opinion.words import PEOPLE
from recordlint.subjects import referent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# What may stand before the "which" of a sentential relative clause: a comma or a dash.
CLAUSE_BREAKS = frozenset({",", "-", "–", "—"})
# Modal verbs that offer the conclusion as possible ("which may show", "which could mean").
MODALS = frozenset({"may", "might", "could", "would", "can"})


def drawn_conclusions(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of "which" clauses whose verb of showing or proving ("shows",
    "proves", "demonstrates") states something about a person ("which shows she hasn't
    thought about it at all"), or whose verb of saying sums up with no content at all
    ("which says it all", "which speaks volumes", "which tells you everything").

    Left alone: a conclusion offered as possible ("which may show") or marked as the writer's
    or another's view ("which I think shows", "which, her GP says, shows"), one about a thing
    ("which shows the boiler is broken"), one drawn from a number ("her sugar was 22, which
    shows ..."), a result or reading whose conclusion is evidence, and other verbs that explain
    rather than conclude ("which means the council pays", "which confirms this")."""
    found = []
    showing = word_list("conclusion_verb")
    summing = word_list("summing_word")
    for which in doc:
        if which.lower_ != "which" or which.dep_ != "nsubj" or which.i == 0:
            continue
        if doc[which.i - 1].text not in CLAUSE_BREAKS:
            continue  # a restrictive clause names which thing is meant: "the plan which shows"
        verb = which.head
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            continue
        if verb.dep_ == "ccomp" and verb.head.i > which.i:
            continue  # "which I think shows ...": the writer marks it as a view
        if lemma in showing:
            if not any(_about_a_person(c) for c in verb.children if c.dep_ == "ccomp"):
                continue
        elif lemma in word_list("reporting_verb") | {"speak"}:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if not any(_sums_up(o, summing) for o in objects):
                continue
        else:
            continue
        sentence = which.sent
        if any(t.like_num for t in doc[sentence.start : which.i]):
            continue  # drawn from a count or a reading, which is its evidence
        end = max(t.i for t in verb.subtree) + 1
        while end > which.i + 1 and doc[end - 1].is_punct:
            end -= 1
        clause = doc[which.i : end]
        if cues(clause, "marked_opinion") or cues(clause, "hedge"):
            continue
        found.append((which.idx, doc[end - 1].idx + len(doc[end - 1])))
    return found + read_from_conduct(doc)


# States a clause about someone may put them in: what a verb of showing says they are.
_STATES = frozenset({"be", "remain", "have", "lack", "seem"})


def read_from_conduct(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of sentences whose subject is what someone did or how they came
    across, named as theirs ("His self-discharge", "The family's presentation"), and whose
    verb of showing or suggesting states a verdict on a person as what it proves: a state
    they are in ("shows he remains ambivalent about recovery") or a pattern, lack or
    history of something ("shows a pattern of non-compliance with medical advice",
    "suggests a long-standing pattern of dysfunctional relationships"). The act is the
    evidence; the reading of it is stated as fact.

    Left alone: a record, a form or another paper as the subject (it is a source: "the
    carers' log shows he is managing his meals" is evidence, as "records show" is), a
    subject that is no one's ("The scan shows"), what someone does or can do ("shows he can
    manage the stairs", "shows he is managing"), a verb denied or with a modal ("may
    suggest"), a sentence with a number in it (a count or a reading is its evidence) and
    one marked as a view or hedged."""
    found = []
    showing = word_list("conclusion_verb")
    papers = word_list("signed_thing") | word_list("source_paper")
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in showing:
            continue
        if verb.tag_ not in {"VBZ", "VBP", "VBD"} or any(
            c.dep_ in {"neg", "aux"} for c in verb.children
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or not _someones(subject):
            continue
        if subject.lemma_.lower() in papers or subject.lower_ in papers:
            continue  # "her bank statement shows": a paper, the source of a fact
        if not any(_verdict(c) for c in verb.children):
            continue
        sentence = verb.sent
        if any(t.like_num for t in sentence):
            continue
        if cues(sentence, "marked_opinion") or cues(sentence, "hedge"):
            continue
        start = subject.left_edge.i
        end = max(t.i for t in verb.subtree) + 1
        while end > verb.i + 1 and doc[end - 1].is_punct:
            end -= 1
        found.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
    return found


def _someones(noun: Token) -> bool:
    """Whether a noun is named as someone's: a possessive that stands for a person ("his",
    "her", "their", "The family's")."""
    return any(
        c.dep_ == "poss" and (c.lower_ in THIRD_PERSON_POSSESSIVES or referent_of(c) in PEOPLE)
        for c in noun.children
    )


def _verdict(complement: Token) -> bool:
    """Whether a verb of showing's complement is a verdict on someone: a clause about a
    person stating a state they are in, or a noun for a pattern, lack or history "of"
    something."""
    if complement.dep_ == "ccomp":
        if complement.lemma_.lower() not in _STATES:
            return False
        if any(c.dep_ == "aux" for c in complement.children):
            return False  # "shows he can manage", "shows he is managing": what he does
        return _about_a_person(complement)
    if complement.dep_ == "dobj" and complement.pos_ == "NOUN":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in complement.children)
    return False


def _about_a_person(verb: Token) -> bool:
    """Whether the clause a verb of showing introduces has a person as its subject."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(referent_of(s) in PEOPLE for s in subjects)


def _sums_up(obj: Token, summing: frozenset[str]) -> bool:
    """Whether a verb's object says nothing but that everything is said: "it all",
    "everything", "volumes"."""
    if obj.lower_ in summing or obj.lemma_.lower() in summing:
        return True
    return obj.lower_ == "it" and any(c.lower_ in summing for c in obj.children)
