"""What someone did given a label as what it was: "He hit the door frame. This was
attention-seeking behaviour.", "rings the office several times a day, which is attention
seeking behaviour", "Attempts to leave are just sundowning.". The subject is no person but
their conduct, pointed back to or named, so the readings of a judgement said of someone
pass it by; the label still reads the person's mind or motive and states the reading as
what the conduct was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import has_evidence, next_sentence, previous_sentence, sentence_of
from recordlint.lexicon import word_list
from recordlint.matching import match_root
from recordlint.rules.opinion.cues import Cue, cues, label_cues
from recordlint.rules.opinion.framing import offered_as_possible, under_condition_or_question
from recordlint.rules.opinion.speakers import reported
from recordlint.rules.opinion.words import APPEARANCE_HEDGES, HEARSAY_HEDGES
from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Words that point back at what was just told: "This was ...", "That is ...".
POINTING_BACK = frozenset({"this", "that", "these", "those"})

# Who may have done what a pointing word takes up: the person or someone close to them.
DOERS = frozenset({Referent.PERSON, Referent.OTHER_PERSON})


def relabelled_conduct(doc: Doc) -> list[tuple[Cue, Token, Token]]:
    """Each judgemental label (with the copula's subject and the noun that completes it)
    that says what someone's conduct was: a label noun completing "be", or a label
    modifying a noun for what of a person may be described ("attention-seeking
    behaviour"), whose subject is a word pointing back at what someone was just told doing
    ("This", "which" after a comma) or a noun naming it (their "behaviour", "attempts to
    leave").

    Left alone: a label that is an adjective alone ("This was difficult", which may say how
    hard a time was), a predicate noun that names no conduct ("This is a complex time"), a
    subject "it" (most often a dummy: "it was difficult to establish"), a copula denied,
    with a modal of possibility or under a condition or question, the words another
    reports or marks as a view, and a label with its evidence after it in the sentence or
    the person's own words in it or the next one."""
    found: list[tuple[Cue, Token, Token]] = []
    for cue in label_cues(doc) + cues(doc, "evaluative"):
        if any(c is not cue and c.start <= cue.start and cue.end <= c.end for c, _, _ in found):
            continue
        holder = _predicate_noun(doc, cue)
        if holder is None:
            continue
        copula, subject, noun = holder
        if not _conduct(subject, copula):
            continue
        if _framed(doc, cue, copula):
            continue
        found.append((cue, subject, noun))
    return found


def _predicate_noun(doc: Doc, cue: Cue) -> tuple[Token, Token, Token] | None:
    """The copula, its subject and the noun that completes it, when the cue is that noun or
    modifies one of the nouns for what of a person may be described; None otherwise."""
    root = match_root(doc, cue.match)
    noun = root
    if root.dep_ in {"amod", "compound", "npadvmod"} and root.head.dep_ == "attr":
        if root.head.lemma_.lower() not in word_list("person_attribute"):
            return None  # "a complex time": the noun names no conduct
        noun = root.head
    if noun.dep_ == "attr" and noun.pos_ in {"NOUN", "PROPN"}:
        copula = noun.head
    elif noun.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in noun.children
    ):  # "are just sundowning": the label noun read as a progressive
        copula = noun
    else:
        return None
    if copula is not noun and copula.lemma_ != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return None if subject is None else (copula, subject, noun)


def _conduct(subject: Token, copula: Token) -> bool:
    """Whether a copula's subject stands for something someone did: "which" after a comma,
    hung on a clause whose subject is a person; a pointing word after a sentence whose
    subject is a person doing something; a noun for what of a person may be described
    ("his behaviour") or for an act with what it was for ("attempts to leave")."""
    doc = subject.doc
    word = subject.lower_
    if word == "which":
        if copula.dep_ != "relcl" or subject.i == 0 or doc[subject.i - 1].text != ",":
            return False
        told = doc[sentence_of(subject).start : subject.i]
        return _someone_doing(told)
    if word in POINTING_BACK and subject.pos_ in {"PRON", "DET"} and not list(subject.children):
        before = previous_sentence(sentence_of(subject))
        return before is not None and _someone_doing(before)
    if subject.pos_ != "NOUN":
        return False
    if subject.lemma_.lower() in word_list("person_attribute"):
        return True
    return any(
        c.dep_ == "acl" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
        for c in subject.children
    )


def _someone_doing(words: Span) -> bool:
    """Whether words tell of the person or someone close to them doing something: a verb
    other than "be" with such a subject."""
    for token in words:
        if token.pos_ != "VERB" or token.lemma_ == "be":
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and referent_of(subject) in DOERS:
            return True
    return False


def _framed(doc: Doc, cue: Cue, copula: Token) -> bool:
    """Whether the label is not stated as the writer's own fact, or comes with what it rests
    on after it."""
    sentence = sentence_of(copula)
    if any(c.dep_ == "neg" for c in copula.children):
        return True  # "This is not attention seeking"
    if cues(sentence, "marked_opinion"):
        return True
    if any(c.term in APPEARANCE_HEDGES | HEARSAY_HEDGES for c in cues(sentence, "hedge")):
        return True
    if offered_as_possible(doc, cue, sentence) or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children
    ):
        return True
    if under_condition_or_question(doc, cue.start, cue.end) or reported(copula):
        return True
    if has_evidence(doc[cue.start : sentence.end]):
        return True
    following = next_sentence(sentence)
    return any(t.text in {'"', "“", "”"} for t in (*sentence, *(following or ())))
