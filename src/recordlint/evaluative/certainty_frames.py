"""Certainty frames that turn an impression into a fact: "it is clear that", "obviously",
"clearly" (as certainty, not manner).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative.judgement import EvaluativePredicate, Judgement
from recordlint.evaluative.sentences import marker_matches, sentence_of
from recordlint.evaluative.vocabulary import (
    ABOUT_PEOPLE,
    DEMONSTRATIVES,
    MANNER_HEADS,
    SERVICES,
)
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
            referent not in ABOUT_PEOPLE | SERVICES | {Referent.HOME}
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
    """Whether a certainty frame rules on what was just said or told ("she says she manages,
    this is clearly not the case", "The money went the month before. It's obviously a
    deliberate deprivation", "She is drinking heavily, which is obviously contributing to the
    falls"): a demonstrative or "it" as the subject of "be", or a "which" that takes up the
    whole clause before it as the subject of what that clause does, points back at a
    statement, not at a thing that could be clearly labelled or signed (a passive: "which
    was clearly labelled")."""
    if subject is None or subject.dep_ != "nsubj":
        return False
    if subject.lower_ in DEMONSTRATIVES | {"it"}:
        return predicate.lemma_ == "be"
    if subject.lower_ != "which" or predicate.dep_ not in {"relcl", "advcl"}:
        return False
    # "which" hung on the verb of the clause before, not on a noun ("the form which was
    # clearly signed"): the relative clause comments on that whole clause.
    return predicate.head.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ == "auxpass" for c in predicate.children
    )


def _manner(adverb: Token, head: Token) -> bool:
    """Whether a certainty adverb says how something was done ("explained clearly"), not how
    sure the writer is."""
    if head.lemma_.lower() in MANNER_HEADS or head.lower_ in MANNER_HEADS:
        return True
    if _listed_with_a_manner(adverb, head):
        return True  # "Communicate: Clearly, verbally": one of the ways, not how sure
    if head.pos_ == "ADP" and head.dep_ == "prep" and head.head.i != head.i:
        # Beside a phrase of how ("Tell us: yes, clearly and in words", "Shows pain:
        # clearly, by rubbing her arm"): as manner as the phrase, where the verb it hangs
        # on is one; "She was clearly in pain" is still certainty.
        return _manner(adverb, head.head)
    # After a full verb, "clearly" is manner ("she spoke clearly"); before it, certainty.
    return head.pos_ == "VERB" and adverb.i > head.i and head.lemma_ != "be"


def _listed_with_a_manner(adverb: Token, head: Token) -> bool:
    """Whether a certainty adverb is one of a list of adverbs of manner with no verb, an
    answer to a form's question ("Communicate: Clearly, verbally", "Verbally, clearly"): the
    adverb beside it, before or after with only a comma or "and" or "or" between, is an "-ly"
    adverb of its own, so both say how something is done. "Obviously a deliberate
    deprivation" has none beside it, and a verb's own reading is left to the caller."""
    if head.pos_ in {"VERB", "AUX"}:
        return False
    neighbours = [head] if head.pos_ == "ADV" else []
    neighbours += [c for c in head.children if c.i != adverb.i and c.pos_ == "ADV"]
    for other in neighbours:
        if other.dep_ not in {"advmod", "conj", "ROOT"} or not other.lower_.endswith("ly"):
            continue
        low, high = sorted((adverb.i, other.i))
        between = adverb.doc[low + 1 : high]
        if len(between) <= 1 and all(t.lower_ in {",", "and", "or"} for t in between):
            return True
    return False


# Clause heads a candour phrase may hang on that belong to the writer's own frame ("I have
# to be honest, the device is ...": "have"), not to the claim it introduces.
_FRAME_LINKS = frozenset({"ccomp", "parataxis", "xcomp", "advcl"})


def candour(doc: Doc) -> list[EvaluativePredicate]:
    """Claims the writer offers as their plain, candid view ("frankly there is no point in
    us providing a service she won't use", "realistically she will not be able to take on a
    newborn", "Honestly think he'll be on the streets by Xmas", "I have to be honest, the
    device is not fit for purpose anymore"): a candour word or phrase (opinion markers of
    kind ``candour``) says that what it modifies is the writer's judgement, yet states it
    as fact. Said of the person or someone around them, it counts on a forecast, with a modal
    ("will not be able to"); how someone is now ("honestly she is running on empty") is left
    to the words that judge it. Left alone: the word as manner after a
    verb ("I told her honestly that no decision has been made"), and a claim whose subject
    is the writer ("To be honest I can't see this working", "honestly I don't think"), which
    already owns the view."""
    found = []
    for match, term in marker_matches(doc, "candour"):
        root = phrase_root(doc, match) if " " in term else doc[match.start]
        predicate = root.head if root.head.i != root.i else root
        if " " not in term and _manner(root, predicate):
            continue  # "I explained honestly": how it was said
        if " " in term:
            # "I have to be honest, the device is ...": climb out of the writer's own frame
            # to the clause it introduces; a that-clause below it is the claim itself.
            below = next((c for c in root.subtree if c.dep_ == "ccomp" and c.i >= match.end), None)
            if below is not None:
                predicate = below
            else:
                while (
                    predicate.dep_ in _FRAME_LINKS
                    and predicate.head.i != predicate.i
                    and subject_referent(subject_of(predicate)) is Referent.WRITER
                ):
                    predicate = predicate.head
        subject = subject_of(predicate)
        referent = subject_referent(subject)
        if referent is Referent.WRITER:
            continue  # "To be honest I can't see this being viable": the writer's own view
        if (
            subject is not None
            and referent in ABOUT_PEOPLE
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in predicate.children)
        ):
            # "honestly Maureen is running on empty": how someone is now is judged, or not,
            # by its own words, which the other finders read; the candour word only stresses
            # it. Said of someone, it counts on a forecast ("will not be able to").
            continue
        found.append(
            EvaluativePredicate(
                Judgement.CANDOUR, match.start, match.end, predicate, subject, referent
            )
        )
    return found
