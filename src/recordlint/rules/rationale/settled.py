"""Decision words that do not make a decision here: a clause naming what was agreed, an
obligation, history, a decision still in force, a list introduced, a decision the person
declined, an end already planned, a topic named, a step arranged."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import word_list
from recordlint.rules.rationale.syntax import (
    DATE_VALUE,
    deadline_for_a_reply,
    has_subject,
    line_heading,
    words,
)
from recordlint.rules.rationale.units import find_terms, services
from recordlint.rules.rationale.words import (
    OTHERS,
    PROCEDURAL,
    RECORD_PLACES,
    RECORDS_KEPT,
    SETTING_UP,
    TOPIC_LABELS,
    WH_WORDS,
)
from recordlint.segments import LIST_MARKER
from recordlint.subjects import referent_of
from recordlint.text import next_line

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def names_what(token: Token) -> bool:
    """'I am writing to say what we agreed': a clause naming the decision, not making it.

    So is a decision still to be made, whose question follows it ("we will decide if you
    are eligible", "to decide whether ..."), one whose object is a question word before
    it ("what services the council has agreed they need"), and one that shares that word
    with a verb before it ("to confirm what we talked about and agreed").
    """
    if _shares_a_question_word(token):
        return True
    for child in token.children:
        if child.tag_ in {"WP", "WDT", "WRB"} and child.lower_ in WH_WORDS:
            return True
        if child.dep_ in {"ccomp", "advcl"} and any(
            g.dep_ == "mark" and g.lower_ in {"if", "whether"} and not deadline_for_a_reply(g)
            for g in child.children
        ):
            return True
        edge = child.left_edge
        if child.dep_ == "ccomp" and edge.tag_ in {"WP", "WRB"} and edge.lower_ in WH_WORDS:
            return True  # "the rules councils use to decide who can get care"
        if child.i < token.i and any(
            g.dep_ == "det" and g.lower_ in {"what", "which"} for g in child.children
        ):
            return True
    return False


def _shares_a_question_word(token: Token) -> bool:
    """'what we talked about and agreed': the decision verb, with no object or subject of
    its own, joined by "and" to the verb of a clause that a question word opens."""
    if token.dep_ != "conj" or token.i < 2 or token.doc[token.i - 1].dep_ != "cc":
        return False
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "nsubj", "nsubjpass"} for c in token.children):
        return False
    for before in reversed(token.doc[max(0, token.i - 8) : token.i - 1]):
        if before.is_punct or before.is_space:
            return False
        if before.tag_ == "WP" and before.lower_ in WH_WORDS:
            return True
    return False


def obligation(token: Token) -> bool:
    """'You are not required to take any action', 'the council is required to tell you':
    "required to" says what someone must do (a rule), not what was decided; so does "any
    top-up will need to be agreed", a decision still to be made, and "the policy lets us
    reduce a charge", a power to decide."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in {"need", "have", "require"}:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() in {"let", "enable"}:
        return True  # "the policy lets us reduce a charge": a power, not a decision
    return token.lemma_.lower() == "require" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in token.children
    )


def history(token: Token) -> bool:
    """'closed to the service in 2024', 'Referral was sent 3 wks ago': background, not the
    decision being recorded."""
    if any(t.lower_ == "ago" for t in token.subtree):
        return True
    if _agreed_before(token):
        return True
    if _in_force_until(token):
        return True
    if _dates_another_event(token):
        return True
    if any(_an_earlier_one(c) for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}):
        return True
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "during"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and re.fullmatch(r"(?:19|20)\d\d", obj.text):
                    return True
    # "Open to CMHT until 2023, closed": a year earlier in the sentence dates the whole
    # line, however the parse hangs it.
    before = list(token.doc[token.sent.start : token.i])
    return any(
        word.lower_ in {"in", "during", "until", "till"} and _A_YEAR.fullmatch(after.text)
        for word, after in pairwise(before)
    )


def _dates_another_event(verb: Token) -> bool:
    """'She was upset after her respite week was cancelled', 'to go through the rota after
    the plan was agreed': a decision told in the past, in a clause of time that
    says when something else happened, is background to that; the sentence records the
    other thing; so is a participle with no auxiliary there, what something done earlier
    did ("I visited after our letter suspending his payments")."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ == "VBG":
        return not auxiliaries  # "after our letter suspending ...", not "after we are ending"
    return verb.tag_ == "VBD" or bool(auxiliaries & _PAST_AUXILIARIES)


# Conjunctions of time that place one event against another; "before", "once" and
# "until" look ahead and make a decision still to come (see hypothetical).
_TIME_MARKS = frozenset({"after", "since", "when"})
_PAST_AUXILIARIES = frozenset({"was", "were", "had"})


_A_YEAR = re.compile(r"(?:19|20)\d\d")
_EARLIER = frozenset({"previous", "prior", "former"})  # not "earlier": sooner


def _an_earlier_one(subject: Token) -> bool:
    """'Previous referral 2024 closed NFA': what the decision is about is called an earlier
    one, so the decision is its history, not the one this record makes."""
    return any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in subject.children)


def _agreed_before(token: Token) -> bool:
    """'Fitted markers on the cooker dials, as agreed on 10 November', 'as previously
    decided': the decision word after "as", with no subject of its own between them, points
    back to a decision made before; the sentence records what was done about it. ("as we
    agreed" is judged with the reasons: "as" there may give one.)"""
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i > token.i:
        return False
    subject = has_subject(token)
    return subject is None or subject.i < mark.i


def _in_force_until(token: Token) -> bool:
    """'DoLS authorised till 03/26', 'DoLS authorised 02/26': a note of what is in force
    and until or since when, not a decision being made. ("Case closed 02/03/26" is dated,
    and still a decision: only an authorisation, which a body outside the team grants,
    is noted by its date alone.)"""
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if token.tag_ not in {"VBN", "VBD"} or auxiliaries:
        return False
    following = [t for t in token.doc[token.i + 1 : token.i + 3] if not t.is_space]
    authorised = token.lemma_.lower() in {"authorise", "authorize"}
    if authorised and following and DATE_VALUE.fullmatch(following[0].text.rstrip(".")):
        return True
    return (
        len(following) == 2
        and following[0].lower_ in {"until", "till", "to"}
        and DATE_VALUE.fullmatch(following[1].text.rstrip(".")) is not None
    )


def introduces_a_list(span: Span) -> bool:
    """'The following has been agreed:': the line announces the decisions on the lines
    below it, each of which is judged on its own. So does a heading of the decision word
    alone ("Agreed", "Decisions") on its own line over a list: it names no decision of its
    own; "Care package agreed" over a list still does."""
    tokens = words(span)
    if bool(tokens) and tokens[-1].text == ":":
        return True
    if len([t for t in tokens if t.is_alpha]) != 1 or not line_heading(span):
        return False
    following = next_line(doc_text(span.doc), span[-1].idx + len(span[-1].text))
    return LIST_MARKER.match(following or "") is not None


def closed_on_a_system(token: Token) -> bool:
    """'Closed on hub.', 'Package closed on system.', 'Close on LAS.', 'Case closed on ward.':
    the case closed on the system or the caseload where it is kept, or on the ward where it
    was held, records the closing of a decision the note made or reported before it, as
    the writers of the records read it; so does the record or the file itself closed ("Her
    record will be closed once the equipment is collected", "File closed."). "Case closed
    on 12/03" closes it on a date, and "Case to close on completion of the claim" waits on
    an event: both still decide."""
    if token.lemma_.lower() != "close":
        return False
    closed = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if token.dep_ in {"amod", "acl"}:
        closed.append(token.head)  # "the closed file"
    if any(noun.lemma_.lower() in RECORDS_KEPT for noun in closed):
        return True  # "Her record will be closed", "File closed.": the record, not the case
    for place in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "on"):
        for noun in (c for c in place.children if c.dep_ == "pobj"):
            if noun.lower_ in RECORD_PLACES:
                return True
            if noun.is_alpha and noun.is_upper and 2 <= len(noun.text) <= 5:
                return True  # a system's initials: "Closed on FD", "Close on LAS"
    return False


def declined_by_the_person(token: Token, span: Span) -> bool:
    """'Carers assessment offered – declined', 'Declined a visit': the person turning down
    an offer, not the service refusing something. A request declined ("Request to increase
    hours declined") or a refusal by a panel stays a decision."""
    if token.lemma_.lower() != "decline":
        return False
    if any(t.lemma_.lower() == "offer" for t in span if t.i < token.i):
        return True
    subject = has_subject(token)
    if (
        subject is not None
        and subject.lower_ in services()
        and subject.lower_ not in word_list("decided_thing")
        and not any(c.dep_ in {"agent", "aux", "auxpass"} for c in token.children)
    ):
        # "Respite declined": a service offered and turned down, as notes say; funding is
        # asked of the service, so "Funding for college holidays declined" is its refusal.
        return True
    passive = token.tag_ == "VBN" and (
        any(c.dep_ in {"auxpass", "agent", "nsubjpass"} for c in token.children)
        or token.dep_ in {"acl", "amod"}
        or (has_subject(token) is None and token.dep_ == "ROOT" and token.i > span.start)
    )
    return not passive and has_subject(token) is None


# What happens to a service when it runs its course: it ends, or goes on to its planned end.
_RUNNING_ITS_COURSE = frozenset({"end", "discharge", "continue", "finish", "stop", "cease"})


def planned_end(token: Token) -> bool:
    """'Discharge from reablement planned 6 wks', 'Reablement to continue for 2 wks then
    review': a service that is time limited by design (the decisions lexicon's
    ``time_limited`` entries) ending or running on to its end is the plan taking its
    course; the decision, with its reason, was made when the service began."""
    if token.lemma_.lower() not in _RUNNING_ITS_COURSE:
        return False
    edges = [token.left_edge.i, token.right_edge.i]
    subject = has_subject(token)
    if subject is not None:
        edges += [subject.left_edge.i, subject.right_edge.i]
    phrase = token.doc[min(edges) : max(edges) + 1]
    return any(True for _ in find_terms(phrase, "time_limited"))


def no_fixed_abode(token: Token) -> bool:
    """'He is NFA', 'The client ... was previously NFA', 'Mr Haile, 49, NFA': said of a
    person, the letters mean no fixed abode."""
    if token.dep_ == "appos":
        # "Mr Haile, 49, NFA": one of the words that introduce a person by name; "Mrs
        # Osborne – NFA" is a line of a list with the decision about her.
        described = [c for c in token.head.children if c.dep_ == "appos" and c.i != token.i]
        return bool(described) and referent_of(token.head) in OTHERS
    if token.dep_ not in {"attr", "acomp"} or token.head.lemma_ != "be":
        return False
    verb = token.head
    subject = has_subject(verb)
    if subject is None and verb.dep_ == "conj":
        subject = has_subject(verb.head)  # "has a long history ... and was NFA"
    return subject is not None and referent_of(subject) in OTHERS


def names_a_topic(span: Span) -> bool:
    """'Subject: case closure', 'Decision to be made: whether she can decide where to live'.

    A line whose label is a topic, or whose label is followed by an open question, names
    the decision without making it.
    """
    tokens = [t for t in span if not t.is_space]
    colons = [n for n, t in enumerate(tokens) if t.text == ":"]
    if not colons:
        return False
    if colons[0] == 1 and tokens[0].lower_ in TOPIC_LABELS:
        return True
    after = colons[0] + 1
    return after < len(tokens) and tokens[after].lower_ in WH_WORDS


def arranging_a_step(token: Token) -> bool:
    """'We will arrange a review', 'CHC DST to be arranged', 'Agreed to hold an MDT meeting':
    planning a step, not deciding."""
    if token.lemma_.lower() in {"agree", "decide"}:
        steps = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in SETTING_UP]
        return any(arranging_a_step(step) for step in steps)
    if token.lemma_.lower() not in SETTING_UP:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    if token.dep_ == "acl":
        objects.append(token.head)
    return any(
        o.lemma_.lower() in PROCEDURAL or (o.text.isupper() and len(o.text) > 1) for o in objects
    )
