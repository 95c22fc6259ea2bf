"""Certainty frames that turn an impression into a fact: "it is clear that", "obviously",
"clearly" (as certainty, not manner).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative.judgement import EvaluativePredicate, Judgement
from recordlint.evaluative.sentences import marker_matches, sentence_of
from recordlint.evaluative.vocabulary import ABOUT_PEOPLE, DEMONSTRATIVES, MANNER_HEADS
from recordlint.evaluative.words import phrase_root, subject_referent
from recordlint.subjects import Referent, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def certainty(doc: Doc) -> list[EvaluativePredicate]:
    found = []
    for match, term in marker_matches(doc, "certainty"):
        first = doc[match.start]
        if " " in term:
            # "it is clear that she ...": the judgement is the clause the frame governs.
            root = phrase_root(doc, match)
            verb = root if root.pos_ in {"AUX", "VERB"} else root.head
            predicate = next(
                (c for c in verb.subtree if c.dep_ == "ccomp" and c.i >= match.end), None
            )
            if predicate is None:
                continue
            subject = subject_of(predicate)
            referent = subject_referent(subject)
            if referent is Referent.WRITER:
                continue
            found.append(
                EvaluativePredicate(
                    Judgement.CERTAINTY, match.start, match.end, predicate, subject, referent
                )
            )
            continue
        predicate = first.head  # the root is its own head
        if _manner(first, predicate):
            continue
        subject = subject_of(predicate)
        referent = subject_referent(subject)
        if referent is Referent.WRITER:
            continue  # "I obviously explained": the writer's own account of what they did
        opens = first.i == sentence_of(first).start
        if (
            referent not in ABOUT_PEOPLE | {Referent.HOME, Referent.PROFESSIONAL}
            and not opens
            and not _judges_a_statement(subject, predicate)
        ):
            continue  # "the form was clearly signed": said of a thing
        found.append(
            EvaluativePredicate(
                Judgement.CERTAINTY, match.start, match.end, predicate, subject, referent
            )
        )
    return found


def _judges_a_statement(subject: Token | None, predicate: Token) -> bool:
    """Whether a certainty frame rules on what was just said ("she says she manages, this is
    clearly not the case"): a demonstrative subject of "be" points back at a statement, not
    at a thing that could be clearly labelled or signed."""
    if subject is None or subject.lower_ not in DEMONSTRATIVES or subject.dep_ != "nsubj":
        return False
    return predicate.lemma_ == "be"


def _manner(adverb: Token, head: Token) -> bool:
    """Whether a certainty adverb says how something was done ("explained clearly"), not how
    sure the writer is."""
    if head.lemma_.lower() in MANNER_HEADS or head.lower_ in MANNER_HEADS:
        return True
    if head.pos_ == "ADP" and head.dep_ == "prep" and head.head.i != head.i:
        # Beside a phrase of how ("Tell us: yes, clearly and in words", "Shows pain:
        # clearly, by rubbing her arm"): as manner as the phrase, where the verb it hangs
        # on is one; "She was clearly in pain" is still certainty.
        return _manner(adverb, head.head)
    # After a full verb, "clearly" is manner ("she spoke clearly"); before it, certainty.
    return head.pos_ == "VERB" and adverb.i > head.i and head.lemma_ != "be"
