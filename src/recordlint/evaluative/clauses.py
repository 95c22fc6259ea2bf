"""Clause tests the finders share: whether a verb is negated, subordinate, possible, in a
relative clause or inside a wish, where a note-style fragment starts, and a predicate's head.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from recordlint.evaluative.sentences import sentence_of
from recordlint.evaluative.vocabulary import NEGATIVES, POSSIBILITY_MODALS, SUBORDINATING, THINGS
from recordlint.lexicon import load_lexicon
from recordlint.subjects import referent_of
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Token


@functools.cache
def _wish_verbs() -> frozenset[str]:
    """The verbs of the person's wishes and plans ("want", "would like" -> "like")."""
    verbs = set()
    for entry in load_lexicon("speech").entries:
        if entry.kind == "wish_verb":
            words = [w for w in entry.term.lower().split() if w not in {"would", "be", "to"}]
            verbs.add(words[0])
    return frozenset(verbs)


def within_wish(verb: Token) -> bool:
    """Whether a verb is coordinated with or governed by a wish ("wants to start college and
    will need support"), so it is part of the person's own plan."""
    current = verb
    while current.dep_ in {"conj", "xcomp"} and current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in _wish_verbs():
            return True
    return False


def subordinate(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in {"mark", "advmod"} and child.lower_ in SUBORDINATING:
            return True
    return verb.dep_ in {"advcl", "relcl", "pcomp", "csubj"}


def opens_fragment(token: Token) -> bool:
    """Whether ``token`` is in a note-style fragment with no subject ("Will not manage at
    home.", "Resident not spoken to - lacks capacity."), or in a clause that shares its
    subject through coordination."""
    return token.i - fragment_start(token) <= 2 or token.dep_ == "conj"


# Marks that end one note and start the next within a line ("not spoken to - lacks
# capacity", "Mobility: will not manage the stairs").
NOTE_BREAKS = frozenset({"-", "–", "—", ":", ";", "("})


def fragment_start(token: Token) -> int:
    """Where the note holding ``token`` begins: the start of its sentence, or just after the
    last dash, colon, semicolon or bracket before it, where records run notes together."""
    sentence = sentence_of(token)
    text = token_view(token.doc).text
    for position in range(token.i - 1, sentence.start - 1, -1):
        if text[position] in NOTE_BREAKS:
            return position + 1
    return sentence.start


def possible(token: Token) -> bool:
    """Whether a predicate is offered as a possibility ("may be struggling", "might be
    frightened"): a modal of possibility on it or on the copula it hangs from."""
    holders = [token, token.head] if token.dep_ in {"acomp", "attr", "xcomp", "prep"} else [token]
    return any(
        c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for h in holders for c in h.children
    )


def in_relative_clause(token: Token) -> bool:
    return any(t.dep_ in {"relcl", "acl"} for t in [token, *token.ancestors])


def negated(token: Token, inside: range = range(0)) -> bool:
    """Whether a word is negated: "not motivated", "does not understand", "no motivation",
    "lacks insight", "little interest". Words of the phrase itself (``inside``) do not
    negate it: "poor" is part of "a poor historian"."""
    related = [*token.children, token.head] if token.dep_ in {"dobj", "pobj"} else token.children
    for word in related:
        if word.i in inside:
            continue
        if word.lower_ in NEGATIVES or word.lemma_.lower() == "lack":
            return True
        if word.dep_ == "prep" and word.head.lemma_.lower() == "lack":
            return True
        if word.dep_ == "advmod" and any(c.dep_ == "neg" for c in word.children):
            return True  # "no longer safe"
    if token.dep_ in {"pobj"} and token.head.head.lemma_.lower() == "lack":
        return True  # "lack of motivation"
    if token.dep_ == "xcomp" and denied_ability(token.head):
        return True  # "is unable to understand", "is not able to appreciate the risk"
    if token.dep_ in {"acomp", "xcomp"}:
        return any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
            for c in token.head.children
        )
    return False


def denied_ability(word: Token) -> bool:
    """Whether ``word`` denies an ability: "unable", or "able" negated ("not able", "no
    longer able"), so the verb after it is negated as surely as by "not"."""
    if word.lower_ == "unable":
        return True
    return word.lower_ == "able" and negated(word)


def predicate_head(token: Token) -> Token | None:
    """The word that makes ``token`` what the clause says of its subject: itself as a
    predicate ("is controlling", "does not understand"), the noun it describes as a predicate
    ("is a very controlling wife"), or None for a word in passing ("a difficult decision")."""
    if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "acomp"}:
        return token
    if token.dep_ in {"acomp", "oprd", "attr"}:
        return token
    if token.dep_ == "advmod" and token.head.lemma_ == "be":
        return token  # "is over-protective": the parser split the hyphenated adjective
    if token.dep_ in {"dobj", "pobj"}:
        return token  # "has no motivation", "lack of insight"
    if token.dep_ == "conj":
        head = token.head
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ in {"acomp", "oprd", "attr"} or _verbless_participle(head):
            return token
        return None
    described = referent_of(token.head)
    if token.dep_ == "amod" and token.head.dep_ == "ROOT" and described in THINGS:
        return None  # a fragment about a thing: "CHC checklist completed - negative"
    if token.dep_ == "amod" and token.head.dep_ in {"attr", "ROOT"}:
        return token.head  # "is a very difficult man", "Very difficult man."
    if token.dep_ == "ROOT":
        return token  # a fragment: "Family unhelpful."
    if token.dep_ == "amod" and token.i > token.head.i and denied_after_a_noun(token):
        return token  # "... and family not supportive": said of the noun before the denial
    return None


def _verbless_participle(head: Token) -> bool:
    """Whether the first of coordinated words is the participle of a verbless note about
    someone ("Family not involved and unsupportive."): the sentence's root, with its own
    subject and no auxiliary, so the words joined to it are said of that subject as "is"
    would say them."""
    if head.dep_ != "ROOT" or head.tag_ != "VBN":
        return False
    children = list(head.children)
    if any(c.dep_ in {"aux", "auxpass"} for c in children):
        return False
    return any(c.dep_ == "nsubj" for c in children)


def denied_after_a_noun(adjective: Token) -> Token | None:
    """The noun for someone just before a denied adjective that follows it ("... and family
    not supportive of her independence"), or None: a note's verbless predicate, which the
    parser may hang as a modifier on an earlier noun ("programme"). Before a noun ("a not
    unkind man") or said of a thing ("kitchen not safe") the adjective is left alone."""
    denial = adjective.doc[adjective.i - 1] if adjective.i > 0 else None
    if denial is None or denial.dep_ != "neg" or denial.head.i != adjective.i or denial.i < 1:
        return None
    noun = adjective.doc[denial.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or referent_of(noun) in THINGS:
        return None
    return noun
