"""The nouns a decision is about: a service, a case or a plan, not a person, a body or an
event; a note's infinitive ("Carer to continue"); what is kept on a list or kept open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.names import only_an_ordinary_word
from recordlint.rules.rationale.syntax import label_of
from recordlint.rules.rationale.units import services, verdict_subjects
from recordlint.rules.rationale.words import EVENTS, KEPT_ON, OTHERS, WANTING_NOUNS
from recordlint.segments import LIST_MARKER, stamp_end
from recordlint.subjects import FINITE_TAGS, Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def a_service(noun: Token) -> bool:
    """A service, a case or a plan, not a person, a body or an event."""
    if noun.lemma_.lower() in EVENTS or noun.lemma_.lower() in WANTING_NOUNS - {"plan"}:
        return False
    if noun.pos_ == "PROPN" and noun.lower_ in services():
        return True  # "Plan continues": a capitalised note word the tagger took for a name
    return referent_of(noun) in {Referent.THING, Referent.UNKNOWN}


def decided_about(noun: Token) -> bool:
    """A verdict's subject is something a service decides on: a service or an assessment
    ("Day centre", "CHC checklist", "S42"), or a capitalised word opening a note."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    subjects = verdict_subjects()
    if any(w.lemma_.lower() in subjects or w.lower_ in subjects for w in words):
        return True
    # The phrase's first word opens the note: "Bed sensor not needed", "Sensory team
    # referral not to be made", "No telecare needed"; an article does not ("The").
    first = noun.left_edge
    while first.i < noun.i and (
        first.is_punct
        or first.is_space
        or (first.dep_ == "det" and first.lower_ != "no")
        or in_the_stamp(first)
    ):
        first = noun.doc[first.i + 1]  # a list's dash, "The", or a log's stamp opens the line
    opens_the_note = (
        first.i == noun.sent.start
        or noun.doc[first.i - 1].is_punct
        or in_the_stamp(noun.doc[first.i - 1])
    )
    capitalised = noun.pos_ in {"NOUN", "PROPN"} and first.text[:1].isupper()
    return capitalised and (opens_the_note or noun.text.isupper())


def in_the_stamp(token: Token) -> bool:
    """The token is part of the stamp opening its line in a log ("Tues 09:25 –"), which
    says when, so the line's note opens after it."""
    return stamp_end(doc_text(token.doc), token.idx) > token.idx


def someone(noun: Token) -> bool:
    """The noun names a person: the person, family, a professional or the writer. A bare
    capitalised word with no title is not enough ("Checklist not needed" opens a note with
    a capital that the tagger reads as a name)."""
    referent = referent_of(noun)
    if referent is Referent.PERSON and noun.pos_ == "PROPN":
        # The line's first word, after any list marker ("- Meals on wheels not needed").
        opening = next(
            (t for t in noun.sent if not (t.is_punct or t.is_space or in_the_stamp(t))), noun
        )
        if noun.i > 0 and noun.doc[noun.i - 1].text == ":" and only_an_ordinary_word(noun.text):
            opening = noun  # "Outcome: Threshold not met": a label's value opens with a capital
        return any(c.dep_ == "compound" for c in noun.children) or noun.i > opening.i
    return referent in {*OTHERS, Referent.WRITER}


def names_a_service(noun: Token) -> bool:
    """'Your package of support', 'your reablement service': in a full sentence "will end"
    or "will not change" is a decision only about a service ("her pain will not change")."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "prep"})]
    words += [g for c in noun.children if c.dep_ == "prep" for g in c.children]
    return a_service(noun) and any(w.lemma_.lower() in services() for w in words)


def _owns_what_follows(word: Token, verb: Token) -> bool:
    """'Ivy's POC to remain as is', 'Her package to continue': the person named as whose
    the service is, before the noun that the note keeps or ends; the service is the subject,
    not the person ("Her son to stay with his aunt" still names the son)."""
    return word.dep_ == "poss" and word.head.i < verb.i and word.head.dep_ != "poss"


def note_infinitive(verb: Token, span: Span) -> bool:
    """'Placement to continue.', 'Plan: reablement to end 12/12': the line names a thing and
    says what happens to it, with no finite verb of its own. The parse of such fragments
    varies, so the shape is read on the words."""
    previous = verb.i - 1
    if previous <= span.start or verb.doc[previous].lower_ != "to":
        return False
    words = [t for t in verb.doc[span.start : previous] if not t.is_space]
    label = label_of(span)
    if label is not None:
        words = words[len(label) + 1 :]
    words = [t for t in words if not LIST_MARKER.fullmatch(t.text + " ")]
    if not words or words[0].lower_ in {"for", "if", "when", "whether"}:
        return False
    if any(t.tag_ in FINITE_TAGS or t.lower_ == "for" for t in words):
        return False  # "she wants to stay", "her request for the visits to end"
    # Fragments mislead the tagger: "Care/VB to stay", "befriending/VBG to end".
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN", "NUM"} or t.tag_ in {"VB", "VBG"}]
    if not nouns:
        return False
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        following is not None
        and following.lower_ == "open"
        and all(t.pos_ == "PROPN" for t in words)
    ):
        return True  # "Irene to stay open": only a case stays open, so her name stands for it
    if any(
        (t.pos_ == "PRON" or (t.dep_ not in {"pobj", "compound"} and referent_of(t) in OTHERS))
        and not _owns_what_follows(t, verb)
        for t in words
    ):  # "Day centre": a capitalised word before a noun is not a name
        return False  # "Son to stay with his aunt": the family's arrangement
    if any(t.dep_ != "pobj" and _a_body_by_its_initials(t) for t in words):
        return False  # "TVN to continue", "EH and F&R to continue": another body's work
    if any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and c.left_edge.i == verb.i + 1
        and not c.left_edge.is_punct
        for c in verb.children
    ):
        return False  # "to continue their own involvement": someone keeps doing something
    last = words[-1]
    if last.lemma_.lower() == "plan" and len(words) > 1 and words[-2].pos_ in {"NOUN", "PROPN"}:
        return True  # "Care plan to continue": a plan of support, not a plan to do something
    if any(t.lemma_.lower() in services() for t in words[:-1] if t.dep_ == "compound"):
        return True  # "Day service days to stay at 2": an amount of a service, not an event
    return last.lemma_.lower() not in EVENTS | WANTING_NOUNS


def _a_body_by_its_initials(token: Token) -> bool:
    """'TVN', 'F&R', 'CMHT': a team or a body named by its initials, where "POC" and "DP"
    name a service."""
    initials = token.text.replace("&", "")
    return (
        len(initials) > 1
        and initials.isalpha()
        and initials.isupper()
        and token.lower_ not in services()
        and referent_of(token) in {Referent.ORGANISATION, Referent.PROFESSIONAL}
    )


def kept_on_or_open(verb: Token) -> bool:
    for child in verb.subtree:
        if child.lower_ == "open" and child.head.i == verb.i:
            return True
        if child.lemma_.lower() in KEPT_ON and child.dep_ in {"dobj", "pobj", "compound"}:
            return True
    return False
