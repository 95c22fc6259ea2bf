"""Words on a line that are not a decision: a word of a street or place name, "close" as
an adjective (and the note's bare "Close case." that is one), an enquiry's outcome
reported as a finding, a way of moving ("transfer on/off toilet"), a door or a room found
shut ("windows closed"), a call or a meeting that finished at a time of day ("10:58 call
ended").

Apart because these judge one word in its place, not the line it stands on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import word_list
from recordlint.rules.rationale.syntax import between_words, has_subject
from recordlint.rules.rationale.words import (
    BEGINNING,
    BODY_TRANSFER,
    CLOSED_THINGS,
    FINISHING,
    HAVING,
    OTHERS,
    OUR_SERVICE,
    TIMED_CONTACTS,
)
from recordlint.segments import DASHES, LIST_MARKER, holds_clock_time
from recordlint.subjects import Referent, referent_of
from recordlint.text import line_at

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def part_of_a_name(token: Token, span: Span) -> bool:
    """'4 Elm Close', 'Rose Close, Hyde': a word of a street or a place name."""
    if not token.text[:1].isupper() or token.is_upper or token.i == span.start:
        return False
    before = token.doc[token.i - 1]
    return before.text != ":" and (before.text[:1].isupper() or before.like_num)


def not_a_verb_of_deciding(token: Token) -> bool:
    """'a flat, which is close to the shops': 'close' as an adjective or adverb. A note of
    the one word ("Needs met. Close.") is the instruction, whatever the tagger says."""
    if sum(1 for t in token.sent if t.is_alpha) == 1:
        return False
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_space), None)
    after = next((t for t in token.doc[token.i + 1 :] if not t.is_space), None)
    if (
        before is not None
        and before.text in DASHES
        and between_words(before)
        and (after is None or after.is_punct or "\n" in token.whitespace_)
    ):
        return False  # "Mrs Lambert – close.": the line's instruction, after its dash
    if closing_instruction(token):
        return False
    return token.lemma_.lower() == "close" and token.pos_ in {"ADJ", "ADV"}


def closing_instruction(token: Token) -> bool:
    """'Close case.', 'Ahmed K - close case.', 'Manager decision: Close enquiry.': a note's
    bare "close" before what it closes, which the tagger reads as an adjective. It opens the
    line, or its clause after a dash or a colon, and what it closes is a case, a referral or
    an episode ("a close friend", "close supervision" describe). So is "close to" the team
    that lets the case go, in the same place ("NFA – close to LT", "TM direction: close to
    SW once equipment in"): a body or a practitioner after "to", where a place or a feeling
    ("close to her daughter", "Close to tears") is how near something is."""
    if token.lemma_.lower() != "close":
        return False
    if not _closing_to_a_team(token) and not (
        token.dep_ == "amod"
        and token.head.lemma_.lower() in CLOSED_THINGS
        and token.head.i - token.i <= 2
    ):
        return False
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_space), None)
    return (
        before is None
        or "\n" in before.whitespace_
        or before.text == ":"
        or (before.text in DASHES and between_words(before))
        or LIST_MARKER.fullmatch(before.text + " ") is not None
        or (before.text == "." and token.text[:1].isupper())
    )


def _closing_to_a_team(token: Token) -> bool:
    """'close to LT', 'close to SW': "close" with "to" straight after it, and a team, a body
    or a practitioner as what "to" takes, as a closure names the team it leaves."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or after.lower_ != "to" or after.head.i != token.i:
        return False
    team = next((c for c in after.children if c.dep_ == "pobj"), None)
    return team is not None and (
        referent_of(team) in {Referent.ORGANISATION, Referent.PROFESSIONAL}
        or team.lemma_.lower() in OUR_SERVICE
    )


def finding_reported(token: Token) -> bool:
    """'The enquiry has concluded', 'the concern has been substantiated': the outcome of an
    enquiry reported as a finding, not a decision the writer makes here. ("Concern not
    substantiated." in note style still counts.)"""
    lemma = token.lemma_.lower()
    if lemma == "conclude" and _a_process_concluded(token):
        return True
    subject = has_subject(token)
    if subject is None or referent_of(subject) in {Referent.WRITER, *OTHERS}:
        return False
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if lemma == "conclude":
        concluded_what = any(c.dep_ in {"dobj", "ccomp"} for c in token.children)
        return not concluded_what
    if lemma == "determine" and auxiliaries & {"been", "was", "were", "is"}:
        # "It has been determined that you have capacity": what a capacity assessment
        # found, not a decision about support. ("... that you do not have eligible needs"
        # rules on eligibility, and stays a decision.)
        return any(
            c.dep_ == "ccomp"
            and c.lemma_.lower() in HAVING
            and any(o.dep_ == "dobj" and o.lemma_.lower() == "capacity" for o in c.children)
            for c in token.children
        )
    return lemma == "substantiate" and bool(auxiliaries & {"been", "was", "were", "is", "be"})


def _a_process_concluded(token: Token) -> bool:
    """'Enquiry concluded', 'S42 concluded, outcome: risk remains', 'the Local Authority has
    concluded its enquiry', 'a capacity assessment was completed and concluded that he has
    capacity': a process that finds things out ended, or what it found, said of the process
    itself (the ``finding_process`` word list), not a decision the writer makes here. ("I
    have concluded that the requirements are met" still counts.)"""
    subject = has_subject(token)
    if subject is None and token.dep_ == "conj":
        subject = has_subject(token.head)  # "was completed and concluded that ..."
    processes = word_list("finding_process")
    said_of = [c for c in token.children if c.dep_ == "dobj"]
    if subject is not None:
        said_of.append(subject)
    return any(t.lower_ in processes or t.lemma_.lower() in processes for t in said_of)


def coming_about(token: Token) -> bool:
    """'Joel's eyes began to close', 'the wound started to close': a decision word that
    completes a verb of beginning tells of something coming about as the writer watched,
    not of a decision. The writer's or the service's own start ("We have started to close
    the case") is still read, and so is one with no subject ("Started to close the case")."""
    if token.dep_ != "xcomp" or token.head.lemma_.lower() not in BEGINNING:
        return False
    subject = has_subject(token.head)
    return subject is not None and referent_of(subject) not in _DECIDERS


# Who may decide as they start to: the writer and the service.
_DECIDERS = frozenset({Referent.WRITER, Referent.ORGANISATION})


def movement_observed(token: Token, span: Span) -> bool:
    """'Transfer on/off toilet independent with grab rail': how someone moves."""
    if token.lemma_.lower() != "transfer":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if (
        token.pos_ == "VERB"
        and following.lower_ not in {"to", "into"}
        and not any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in token.children)
    ):
        return True  # "help me transfer using the hoist": a service transfer says where to
    return bool(BODY_TRANSFER.search(span.text))


def a_place_shut(token: Token) -> bool:
    """'Flat very hot, windows closed, curtains open', 'the front bedroom is closed off',
    'The kitchen door was closed': closing said of the home, a room in it or what opens and
    shuts in it (the ``home`` and ``home_opening`` word lists) tells how the place was
    found, not a case or a service closed. The thing is the verb's subject, the noun the
    participle describes, or, in a note with no verb, the noun just before it."""
    if token.lemma_.lower() != "close" or token.pos_ not in {"VERB", "ADJ"}:
        return False
    things = [has_subject(token)]
    if token.dep_ in {"amod", "acl"}:
        things.append(token.head)
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_space), None)
    if before is not None and before.pos_ in {"NOUN", "PROPN"}:
        things.append(before)
    openings = word_list("home_opening")
    return any(
        thing is not None
        and (
            referent_of(thing) is Referent.HOME
            or thing.lower_ in openings
            or thing.lemma_.lower() in openings
        )
        for thing in things
    )


def a_contact_finished(token: Token) -> bool:
    """'10:58 call ended.', 'Meeting closed approx 16:10, approx 2 hrs.': a call, a visit or
    a meeting said to finish, on a line that gives the time of day, tells when the contact
    was over, not a case or a service ended. The contact is the verb's subject or, in a note
    with no verb, the noun just before it; a verb with an object of its own ("The meeting
    closed the enquiry at 15:00") decides something."""
    if token.lemma_.lower() not in FINISHING or token.pos_ not in {"VERB", "ADJ"}:
        return False
    text = doc_text(token.doc)
    for child in token.children:
        if child.dep_ == "dobj":
            words = text[child.left_edge.idx : child.right_edge.idx + len(child.right_edge)]
            if not holds_clock_time(words):
                return False  # "approx 16:10", read as an object, only says when
    things = [has_subject(token)]
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_space), None)
    if before is not None and before.pos_ in {"NOUN", "PROPN"}:
        things.append(before)
    if not any(thing is not None and thing.lemma_.lower() in TIMED_CONTACTS for thing in things):
        return False
    return holds_clock_time(line_at(text, token.idx))
