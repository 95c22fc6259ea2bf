"""Whether a sentence, or a clause that sets the scene, names someone who acts.

A letter that has just named who deals with the reader ("The social worker will gather
information") tells the reader who acts in a passive that follows, so RL303 asks here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def names_an_actor(sentence: Span) -> bool:
    """Whether the sentence names someone who acts: a professional, a team or an
    organisation, or the writer as "we", as the subject of an active verb ("The social
    worker will gather information", "your complaints officer will contact me") or met
    "with", "from" or "by" ("a discussion with a trained person from the council")."""
    return any(names_an_actor_token(token) for token in sentence)


def actor_named_in_its_scene(verb: Token) -> bool:
    """Whether a clause that sets the scene for the passive ``verb``, an adverbial clause
    before it that the verb governs, names who acts ("When your care and support needs are
    assessed by the council, you will also be asked to complete a financial assessment"):
    the reader has just been told who is dealing with them. An actor named elsewhere in the
    sentence ("the money that the council pays ..., and the amount you are required to
    pay") does something else."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i:
            continue
        if any(names_an_actor_token(token) for token in clause.subtree if token.i < verb.i):
            return True
    return False


def names_an_actor_token(token: Token) -> bool:
    """Whether ``token`` names someone who acts, as :func:`names_an_actor` reads them."""
    if token.dep_ == "nsubj" and token.lower_ == "we":
        return True
    if not (
        token.dep_ == "nsubj"
        or (token.dep_ == "pobj" and token.head.lower_ in ("with", "from", "by"))
    ):
        return False
    lemma = token.lemma_.lower()
    return lemma in word_list("professional") or lemma in word_list("organisation")
