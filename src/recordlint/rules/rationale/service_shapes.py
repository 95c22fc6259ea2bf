"""What a note or a letter does to a service with no decision word: a service refused
ahead, its amount changed, ended, left as it is, and a request refused. Each test takes one
verb (or adjective) and its parse; ``notes`` reads a sentence's words through them, so they
stand apart from the walk over the sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.rules.rationale.services import (
    decided_about,
    names_a_service,
    note_infinitive,
    someone,
)
from recordlint.rules.rationale.syntax import has_subject
from recordlint.rules.rationale.units import services
from recordlint.rules.rationale.words import (
    FUTURE,
    PHONE_WORDS,
)
from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


VERBS = frozenset({"VERB", "AUX"})


def service_refused_ahead(verb: Token) -> bool:
    """'Guide dog referral not to be made', 'A Care Act assessment will not be completed',
    'We will not be completing an assessment': a service or an assessment that will not
    be done, said of the thing done, by the service or by nobody named."""
    done = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if done is None:
        doer = has_subject(verb)
        if doer is None and verb.dep_ == "conj":
            doer = has_subject(verb.head)  # "she needs help and will not manage"
        if doer is not None and referent_of(doer) not in {Referent.WRITER, Referent.ORGANISATION}:
            return False
        done = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return done is not None and not someone(done) and decided_about(done)


def amount_changed(verb: Token, span: Span) -> bool:
    """'Double-up pm call to reduce to 30 min', 'Your support will reduce from 10 hours per
    week to 6 hours per week': a service's amount changed, with the change verb used without
    an object, in a note's infinitive or in a letter's future with the service as subject.
    The new or old amount follows ("to 30 min", "from 10 hours"); without one, or with an
    object, the verb says what something does ("to reduce her isolation") or a thing
    changing by itself ("her anxiety will reduce")."""
    if any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children):
        return False
    amount = any(
        c.dep_ == "prep"
        and c.lower_ in {"to", "from"}
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
    if not amount:
        return False
    if note_infinitive(verb, span):
        return any(names_a_service(t) for t in span if t.i < verb.i)
    if _service_word_before_to(verb, span):
        return True
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    subject = has_subject(verb)
    return (
        bool(auxiliaries & (FUTURE - {"would"}))
        and subject is not None
        and names_a_service(subject)
    )


def _service_word_before_to(verb: Token, span: Span) -> bool:
    """'Double-up pm call to reduce to 30 min': the note's service noun just before "to",
    which the tagger took for the line's verb ("call/VBP"); nothing before it is a verb."""
    to = verb.i - 1
    if to - 1 < span.start or verb.doc[to].lower_ != "to":
        return False
    noun = verb.doc[to - 1]
    before = [t for t in verb.doc[span.start : noun.i] if not t.is_space]
    return (
        noun.lower_ in services()
        and noun.pos_ in VERBS
        and not any(t.pos_ in VERBS or t.pos_ == "PRON" for t in before)
    )


def service_to_be_ended(verb: Token) -> bool:
    """'Placement to be ended', 'The DP is to be ended': a service ended, in the passive
    of a note or of a formal record ("the call was ended" is an event, with no "to")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ != "VBN" or not {"to", "be"} <= auxiliaries:
        return False
    subject = has_subject(verb)
    if subject is None and verb.dep_ == "xcomp":
        subject = has_subject(verb.head)  # "The DP is to be ended"
    if subject is None and verb.dep_ in {"acl", "relcl"}:
        subject = verb.head  # "Placement to be ended": the parse hangs it on the noun
    return subject is not None and names_a_service(subject)


def service_ended(verb: Token) -> bool:
    """'Shower call stopped', 'Sitting service ceased from Monday': a service ended, in a
    note's passive with its auxiliary dropped. With an article or an owner the noun is
    described ("the call ended", "her visit stopped"), and a phone call ends by itself."""
    if verb.tag_ not in {"VBN", "VBD"} or any(
        c.dep_ in {"aux", "auxpass", "dobj", "xcomp", "agent"} or c.lower_ == "by"
        for c in verb.children
    ):
        return False  # "Placement ended by the home": who ended it is named
    subject = has_subject(verb)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return (
        subject is not None
        and subject.i < verb.i
        and names_a_service(subject)
        and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
        and not any(t.lower_ in PHONE_WORDS for t in subject.subtree)
        and not _a_call_unnamed(subject)
    )


def _a_call_unnamed(noun: Token) -> bool:
    """'Call ended abruptly': a call with nothing to say which visit it is is the
    conversation being recorded, which ends by itself; a visit of the care is named by its
    time or kind ("Lunch call stopped", "teatime call ended", "2nd call ceased")."""
    return noun.lemma_.lower() == "call" and not any(
        c.dep_ in {"compound", "amod", "nmod", "nummod"} for c in noun.children
    )


def request_refused(verb: Token) -> bool:
    """'Your claim for heating has been refused', 'Application rejected': what someone asked
    the service for (the shared word list "decided_thing"), refused in the passive. Said of
    people, "refused" is their own choice ("He refused the carers"). A note drops the "was",
    so the tagger may read the past tense ("Request to backdate the charge refused"): what
    was asked for refuses nothing itself, so that is the passive too."""
    if verb.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"dobj", "agent"} for c in verb.children):
        return False
    subject = has_subject(verb)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in word_list("decided_thing")


def service_left_as_it_is(word: Token) -> bool:
    """'Package of care unchanged', 'POC otherwise unchanged': a note that keeps a service
    as it is, with no verb; "Her mobility unchanged" and "Flat unchanged" observe."""
    if word.pos_ != "ADJ" or word.dep_ != "ROOT":
        return False
    subject = has_subject(word)
    return (
        subject is not None
        and names_a_service(subject)
        and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
    )
