"""What a decision's own verb says of it: that it refuses, that it points back at the
decision before it, that it closes the case, or that it keeps a service as it is.

These read only the decision's head word and the words hung on it, never the units around;
the readings of the units around a decision (:mod:`recordlint.rules.rationale.context`) and
of list lines (:mod:`recordlint.rules.rationale.list_lines`) ask them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import DEMONSTRATIVES
from recordlint.rules.rationale.syntax import says_no
from recordlint.rules.rationale.words import KEPT_AS_IT_IS, NEGATIONS, TELLING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def negated(head: Token, phrase: Span) -> bool:
    """The decision refuses: "not", "never", or saying no ("I've said no to this")."""
    return (
        any(c.dep_ == "neg" for c in head.children)
        or any(t.lower_ in NEGATIONS for t in phrase.doc[max(phrase.start - 2, 0) : phrase.end])
        or says_no(head)
    )


def holds_off(head: Token, phrase: Span) -> bool:
    """The decision refuses or stops acting: negated ("will not be completed"), a closure
    ("NFA"), or a refusal told ("Told her we can't do anything")."""
    if negated(head, phrase) or closes(head):
        return True
    return head.lemma_.lower() in TELLING and any(
        c.dep_ == "ccomp" and any(g.dep_ == "neg" for g in c.children) for c in head.children
    )


def points_back(head: Token) -> bool:
    """'I recommend this because ...', 'This plan was agreed as ...': a decision that
    names the one before it, by "this" or "that", as what it decides or as its subject."""
    for t in head.subtree:
        if t.lower_ not in DEMONSTRATIVES:
            continue
        if t.dep_ in {"dobj", "nsubj", "nsubjpass"} and t.head.i == head.i:
            return True
        if t.dep_ == "det" and t.head.dep_ in {"nsubj", "nsubjpass"} and t.head.head.i == head.i:
            return True
    return False


def closes(head: Token) -> bool:
    """A closure of the case: "Case closed", "Close.", "NFA", "no further action"."""
    if head.lemma_.lower() == "action" and any(c.lower_ == "further" for c in head.children):
        return True
    return head.lemma_.lower() in {"close", "closure", "nfa"} or head.lower_ == "nfa"


def keeps_as_it_is(head: Token) -> bool:
    """The decision keeps a service as it is, said in a full sentence: "The other visits stay
    the same", "Aftercare continues and will fund her new home" (the verb it is joined to
    keeps it), "The rest of the package will not change". A note's own line ("Double handed
    care to remain") is a decision of its own, whatever came before it."""
    verbs = [head, *(c for c in head.children if c.dep_ == "conj")]
    if head.dep_ == "conj":
        verbs.append(head.head)
    for verb in verbs:
        auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        finite = verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ == "MD" for a in auxiliaries)
        if not finite or any(a.lower_ == "to" for a in auxiliaries):
            continue
        negated = any(c.dep_ == "neg" for c in verb.children)
        lemma = verb.lemma_.lower()
        if (lemma in KEPT_AS_IT_IS and not negated) or (lemma == "change" and negated):
            return True
    return False
