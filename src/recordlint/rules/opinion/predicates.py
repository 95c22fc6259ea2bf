"""What a cue says and of whom: whether a label is the clause's predicate, a note of its own,
or a verb, and who or what it is said of."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from recordlint.evaluative import NOTE_BREAKS, fragment_start, sentence_of
from recordlint.matching import match_root
from recordlint.rules.opinion.cues import Cue
from recordlint.rules.opinion.words import PEOPLE
from recordlint.subjects import Referent, doer_of, referent_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class Predication(NamedTuple):
    """Who or what a cue is said of (``referent``), its subject token when there is one,
    and the predicate's last word, where the flagged clause ends."""

    referent: Referent
    subject: Token | None
    last: Token


def opens_note(doc: Doc, cue: Cue) -> bool:
    """Whether a label is a note of its own after a dash, colon or bracket, ending its
    sentence ("Referral declined by SU - lacks insight."): the parser reads such notes as
    nouns strung onto the words before, but the person is their understood subject."""
    first = doc[cue.start]
    sentence = sentence_of(first)
    start = fragment_start(first)
    if start == sentence.start or doc[start - 1].text not in NOTE_BREAKS:
        return False
    if any(t.pos_ != "ADV" for t in doc[start : cue.start]):
        return False  # only a degree word may come first: "- very hostile"
    return not any(t.is_alpha for t in doc[cue.end : sentence.end])


def leads_with_verb(doc: Doc, cue: Cue) -> bool:
    first = doc[cue.start]
    return first.tag_.startswith("VB") and first.lemma_.lower() == cue.term.split()[0]


def inflected_verb(doc: Doc, cue: Cue) -> bool:
    """Whether a label cue is a verb in use ("wandered", "kicks off"), not an adjective the
    tagger read as a verb ("is elderly and frail")."""
    first = doc[cue.start]
    return leads_with_verb(doc, cue) and first.lower_ != first.lemma_.lower()


def is_predicate(doc: Doc, cue: Cue) -> bool:
    """Whether a label is what the clause says its subject is ("is frail", "is a bed blocker",
    "has a chaotic lifestyle", "presents as hostile"), not a word in passing."""
    token = doc[cue.end - 1] if doc[cue.end - 1].pos_ in {"NOUN", "PROPN"} else None
    token = token or match_root(doc, cue.match)
    if token.pos_ in {"VERB", "AUX"} and token.dep_ in {"ROOT", "conj"} and token.tag_ != "VBN":
        # "Wife can't cope", "Daughter not coping": a label that is itself the verb of its
        # clause (a participle is left out: "is known to be" reads as a passive).
        return True
    for _ in range(4):
        if token.dep_ in {"acomp", "attr", "oprd"}:
            return True
        if token.dep_ == "dobj" and token.head.lemma_ == "have":
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "as":
            return True  # "presents as hostile", "describes him as volatile"
        if token.dep_ == "pobj" and cue.start <= token.head.i < cue.end:
            return True  # "in denial": the preposition is part of the label
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_ == "be":
            return True  # "was in a squalid state"
        if token.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in token.children
        ):
            return True  # "she is demanding", "he is not engaging": read as a progressive
        if token.dep_ == "ROOT" and not any(c.dep_ == "nsubj" for c in token.children):
            return True  # a note-style fragment: "Non-compliant with meds."
        if token.dep_ == "acl" and _after_heading(token):
            return True  # "Capacity to care: Jean is frail": the parser hung it on the heading
        if token.dep_ not in {"conj", "amod", "compound", "prep", "advmod"}:
            return False
        token = token.head
    return False


def _after_heading(token: Token) -> bool:
    """Whether ``token`` heads a clause of its own (with its own subject) after a heading's
    colon, which the parser attached to the heading's noun."""
    between = token.doc[token.head.i + 1 : token.i]
    return any(t.text == ":" for t in between) and any(c.dep_ == "nsubj" for c in token.children)


def a_group(subject: Token) -> bool:
    """Whether the subject names people in general by a plural noun with no determiner
    ("People were at risk of receiving care that did not meet their needs", "residents were
    placed at risk"): in a report or an inspection's findings, what the service did to those
    it serves, not a judgement about someone in particular."""
    return subject.tag_ == "NNS" and not any(
        child.dep_ in {"det", "poss", "nummod"} for child in subject.children
    )


def predicated_of(doc: Doc, cue: Cue) -> Predication:
    """Who or what an evaluative cue is said of, its subject token, and the predicate's last
    word (for the end of the clause). Nouns count only as predicates ("is a liar", "has poor
    insight"), so a noun used in passing does not make a sentence an opinion."""
    root = match_root(doc, cue.match)
    last = doc[cue.end - 1]
    if leads_with_verb(doc, cue):
        verb = doc[cue.start]
        referent, subject = doer_of(verb)
        if subject is None and cue.start - sentence_of(verb).start > 1:
            return Predication(Referent.THING, None, last)  # a verb in mid-sentence with no subject
        return Predication(referent, subject, verb)
    if last.pos_ in {"NOUN", "PROPN"}:
        # "is self-neglecting": the tagger may read a predicate adjective as a noun.
        if last.dep_ in {"attr", "appos", "acomp"} or (
            last.dep_ == "dobj" and last.head.lemma_ == "have"
        ):
            root = last
        elif not (last.dep_ == "pobj" and last.head.dep_ == "prep"):
            return Predication(Referent.THING, None, last)
    subject = subject_of(root)
    if subject is not None and cue.start <= subject.i < cue.end and root.head.i != root.i:
        # "Jordan is attention seeking": the parser took a word of the label for its subject.
        subject = subject_of(root.head)
    if subject is None:
        fragment = cue.start - sentence_of(doc[cue.start]).start <= 1
        return Predication(Referent.UNKNOWN if fragment else Referent.THING, None, last)
    if subject.dep_ == "pobj" and subject.head.lower_ == "in" and subject.head.head.lemma_ == "be":
        # "The property was in a squalid state": said of the property.
        subject = subject_of(subject.head.head) or subject
    referent = referent_of(subject)
    if referent is Referent.THING and subject.dep_ == "dobj" and subject.head.lemma_ == "have":
        # "has a chaotic lifestyle", "has unrealistic expectations": said of the haver.
        holder = subject_of(subject.head)
        if holder is not None:
            subject, referent = holder, referent_of(holder)
    if referent is Referent.THING:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and referent_of(owner) in PEOPLE:
            referent = Referent.PERSON
    predicate = root if root.i >= cue.end - 1 else last
    return Predication(referent, subject, predicate)
