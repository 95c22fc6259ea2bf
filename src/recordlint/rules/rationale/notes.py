"""Decisions the lexicon has no word for, in the shapes notes give them ("Placement to
continue", "Case kept open", "Your homecare will end"), and changes to a service."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.rules.rationale.bare_notes import bare_note_verb, case_left_open, held_on_hold
from recordlint.rules.rationale.service_shapes import (
    VERBS,
    amount_changed,
    request_refused,
    service_ended,
    service_left_as_it_is,
    service_refused_ahead,
    service_to_be_ended,
)
from recordlint.rules.rationale.services import (
    a_service,
    kept_on_or_open,
    names_a_service,
    note_infinitive,
)
from recordlint.rules.rationale.syntax import has_subject, words
from recordlint.rules.rationale.units import NOT_AHEAD, decision_terms, services
from recordlint.rules.rationale.words import (
    AS_IT_IS,
    CHANGING_AN_AMOUNT,
    CHANGING_IN_FUTURE,
    CONTINUING,
    ENDING,
    FUTURE,
    KEPT_AS_IT_IS,
    LEFT_AS_IT_IS,
    REFUSING,
    REFUSING_MODALS,
    TELLING,
)
from recordlint.segments import DASHES
from recordlint.subjects import Referent, referent_of
from recordlint.text import line_at, line_start, next_line
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def note_style_decisions(span: Span) -> Iterator[tuple[int, int]]:
    """Decisions the lexicon has no word for, in the shapes notes and letters give them:
    "Placement to continue", "1:1 hours to remain at 40", "Case kept on the duty list",
    "Your homecare will end on 4 April", "You will not be offered a review", "Guide dog
    referral not to be made"."""
    written = doc_text(span.doc)[span.start_char : span.end_char]
    refusing_ahead = NOT_AHEAD.search(written.lower()) is not None
    bare = bare_note_verb(span)
    if bare is not None:
        yield bare.i, bare.i + 1
    held = held_on_hold(span)
    if held is not None and (bare is None or held.i != bare.i):
        yield held.i, held.i + 1
    doc = span.doc
    view = token_view(doc)
    for index in range(span.start, span.end):
        # Only a word of one of the shapes below, or any verb when a refusal ahead is in
        # the text, can be yielded; every other word is passed over without a token object.
        lemma = view.lemma[index]
        if lemma not in _NOTE_SHAPE_LEMMAS and not (
            view.pos[index] in VERBS and (refusing_ahead or lemma in _NOTE_SHAPE_VERBS)
        ):
            continue
        token = doc[index]
        if bare is not None and token.i == bare.i:
            continue
        lemma = token.lemma_.lower()
        if lemma in CONTINUING and note_infinitive(token, span):
            if not case_left_open(token, span):
                yield token.i, token.i + 1
            continue
        if lemma in CHANGING_AN_AMOUNT and amount_changed(token, span):
            yield token.i, token.i + 1
            continue
        if lemma in ENDING and (service_to_be_ended(token) or service_ended(token)):
            yield token.i, token.i + 1
            continue
        if lemma in REFUSING and request_refused(token):
            yield token.i, token.i + 1
            continue
        if lemma in LEFT_AS_IT_IS and service_left_as_it_is(token):
            yield token.i, token.i + 1
            continue
        if token.pos_ not in VERBS:
            continue
        auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        negated = any(c.dep_ == "neg" for c in token.children)
        if (
            refusing_ahead
            and negated
            and auxiliaries & (FUTURE | {"to"})
            and service_refused_ahead(token)
        ):
            yield token.i, token.i + 1
            continue
        subject = has_subject(token)
        if lemma in CHANGING_IN_FUTURE and auxiliaries & FUTURE:
            if lemma == "change" and not negated:
                continue
            if any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
                continue  # "the day centre will continue to provide lunch": a description
            if subject is not None and names_a_service(subject):
                yield token.i, token.i + 1
        elif (
            lemma in KEPT_AS_IT_IS
            and token.tag_ in {"VBZ", "VBP"}
            and subject is not None
            and names_a_service(subject)
            and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
            and not any(
                c.dep_ in {"xcomp", "ccomp"}
                or (c.dep_ in {"acomp", "oprd"} and c.lemma_.lower() not in AS_IT_IS)
                for c in token.children
            )
        ):  # notes drop the article; "The plan continues with ..." describes the plan
            if not case_left_open(token, span):
                yield token.i, token.i + 1  # "Outcome: Plan continues", "Package remains same"
        elif lemma in {"offer", "provide", "give"} and negated and auxiliaries & FUTURE:
            if subject is not None and subject.dep_ == "nsubjpass":
                yield token.i, token.i + 1  # "You will not be offered ongoing support"
        elif lemma in {"offer", "provide", "give"} and _service_cannot(token, negated):
            yield token.i, token.i + 1  # "We are unable to offer respite at this time"
        elif (
            lemma == "keep"
            and token.tag_ in {"VBD", "VBN"}
            and not auxiliaries - {"was"}
            and subject is not None
            and a_service(subject)
            and kept_on_or_open(token)
        ):
            yield token.i, token.i + 1


def _service_cannot(verb: Token, negated: bool) -> bool:
    """'We are unable to offer emergency respite at this time', 'We cannot offer a sitting
    service': the writer's team saying it cannot give something refuses it, as "we will not
    offer" does. Anyone else's "cannot give" ("The care home cannot provide nursing care",
    "she could not give her address") says what they are able to do."""
    if negated:
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
        doer = has_subject(verb)
        if not modals & (REFUSING_MODALS - {"could", "would"}):
            return False
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "unable":
        doer = has_subject(verb.head.head) if verb.head.dep_ == "acomp" else None
    else:
        return False
    if doer is None or referent_of(doer) is not Referent.WRITER:
        return False  # "The care home cannot provide nursing care": what the home can do
    # What is refused is a service: "I can't give you a date" refuses none.
    return any(
        c.dep_ == "dobj" and any(w.lemma_.lower() in services() for w in c.subtree)
        for c in verb.children
    )


# Who a refusal is told to, besides a pronoun: "Mrs Ode", "the agency".
_NAMED = frozenset({"PROPN", "NOUN"})


def refusals_told(span: Span) -> Iterator[tuple[int, int]]:
    """'Told her no.', 'Told him we can't guarantee male carers every day', 'Have told the
    home we won't take their second bed': the writer reports telling someone the service's
    refusal, with a bare "no" or with "we" and a negated modal. The refusal is made in the
    telling, and wants its reason as any other; "nobody told me no", "the home told her we
    could not visit" and "she was told no" report someone else's words."""
    view = token_view(span.doc)
    if not any(view.lemma[i] in TELLING for i in range(span.start, span.end)):
        return  # most sentences: no token object for each word
    for token in span:
        if token.lemma_.lower() not in TELLING or token.tag_ not in {"VBD", "VBN"}:
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children):
            continue
        teller = has_subject(token)
        if teller is not None and referent_of(teller) is not Referent.WRITER:
            continue
        told = next((c for c in token.children if c.dep_ in {"dobj", "dative"}), None)
        if told is None or told.lower_ == "no" or not (told.tag_ == "PRP" or told.pos_ in _NAMED):
            continue
        after = told.i + 1
        if (
            after < span.end
            and span.doc[after].lower_ == "no"
            and (after + 1 >= span.end or span.doc[after + 1].is_punct)
        ):
            yield token.i, token.i + 1  # "Told her no."
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp" or clause.i < told.i:
                continue
            subject = has_subject(clause)
            if subject is None or subject.lower_ != "we":
                continue
            modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"}
            negated = any(c.dep_ == "neg" for c in clause.children)
            if negated and modals & REFUSING_MODALS:
                yield token.i, token.i + 1  # "Told him we can't guarantee male carers"
                break


def step_ruled_out(span: Span) -> Iterator[tuple[int, int]]:
    """'Not to contact her son at this stage', 'Not to be shared with him yet', 'Not to be
    progressed this month': a note's line that opens with "Not to" and a verb, active or
    passive, with no one named as its subject. The writer or the team rules the step out,
    and says why as for any other decision; "Not to a nursing home" has no verb. A line
    that names what the step is about before "not to be" and a participle ("Mum not to be
    told", "Case not to be referred") rules it out the same way, and so does "not to" after
    a note's dash (see ``_after_the_topic``); a clause with a verb of its own before it ("He
    is not to be left alone") is read as its sentence says."""
    tokens = [t for t in words(span) if not t.is_punct and t.tag_ != "LS" and not t.like_num]
    tokens = _after_the_topic(tokens)
    if len(tokens) < 3 or tokens[0].lower_ != "not" or tokens[1].lower_ != "to":
        return
    verb = tokens[2]
    if verb.lower_ == "be" and len(tokens) > 3 and tokens[3].tag_ == "VBN":
        verb = tokens[3]  # "Not to be shared"
    elif verb.tag_ != "VB" or verb.lower_ == "be":
        return
    if _among_infinitives(span):
        return
    yield verb.i, verb.i + 1


def _after_the_topic(tokens: list[Token]) -> list[Token]:
    """The words from "not to" on where the line opens on what the step is about and no
    verb, and the step is put in the passive ("Case not to be referred for a SAR", "Mr Fitch
    not to be contacted by ASC": the case or the person named is what it is done to, not who
    decides), or where "not to" opens the half after a note's dash ("Checked w/ SP – not to
    commission anything yet"). Otherwise the words as they were."""
    at = next(
        (
            n
            for n in range(1, len(tokens) - 1)
            if tokens[n].lower_ == "not" and tokens[n + 1].lower_ == "to"
        ),
        None,
    )
    if at is None:
        return tokens
    doc = tokens[0].doc
    if any(t.text in DASHES for t in doc[tokens[at - 1].i + 1 : tokens[at].i]):
        return tokens[at:]  # "Checked w/ SP – not to commission anything yet"
    topic = tokens[:at]
    passive = (
        at + 3 < len(tokens) and tokens[at + 2].lower_ == "be" and tokens[at + 3].tag_ == "VBN"
    )
    if (
        passive
        and any(t.pos_ in {"NOUN", "PROPN"} for t in topic)
        and not any(t.pos_ in {"VERB", "AUX"} or t.tag_ in {"PRP", "WP", "WDT"} for t in topic)
    ):
        return tokens[at:]
    return tokens


# A list item that opens with an infinitive: "- To learn English.", "2. To be safe at home."
_INFINITIVE_ITEM = re.compile(r"\s*(?:[-•*–]|\d+[.)])\s*to\s+[a-z]", re.IGNORECASE)


def _among_infinitives(span: Span) -> bool:
    """The line is an item of a list whose line before or after opens with "To" and a verb
    ("What Lan wants" / "- To send a message home." / "- Not to talk to the police yet."):
    a list of aims or wishes, where "Not to" is one of them, not a step ruled out."""
    text = doc_text(span.doc)
    start = line_start(text, span.start_char)
    before = line_at(text, start - 1) if start > 0 else ""
    after = next_line(text, span.end_char) or ""
    return any(_INFINITIVE_ITEM.match(line) for line in (before, after))


# The lemmas note_style_decisions reads whatever their part of speech, and those it
# reads only as verbs.
_NOTE_SHAPE_LEMMAS = CONTINUING | ENDING | REFUSING | LEFT_AS_IT_IS | CHANGING_AN_AMOUNT
_NOTE_SHAPE_VERBS = CHANGING_IN_FUTURE | KEPT_AS_IT_IS | {"offer", "provide", "give", "keep"}


def service_changes(span: Span) -> Iterator[tuple[int, int]]:
    """A change to a service in a note's shape, with a verb the lexicon marks as changing a
    service: "Lunch call to be removed from Monday", "Surplus to be reclaimed", "Medication
    prompts added to POC". In a full sentence with a subject these describe ("we added a
    rail"), so only the subjectless note shapes count, and only about a service."""
    index = decision_terms("change")
    for start, end in index.find(span):
        verb = span.doc[start]
        particles = span.doc[start + 1 : end]  # "Case to be stepped down"
        if verb.tag_ != "VBN" or any(t.dep_ not in {"prt", "advmod"} for t in particles):
            continue
        auxiliaries = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        if auxiliaries == ["to", "be"] or (not auxiliaries and verb.dep_ in {"ROOT", "acl"}):
            changed = has_subject(verb)
            if changed is None and verb.dep_ in {"acl", "relcl", "advcl"}:
                changed = verb.head  # "Lunch call to be removed": the parse hangs it on "call"
            if changed is not None and names_a_service(changed):
                yield start, end
            elif auxiliaries == ["to", "be"] and _noun_before_to(verb, span):
                yield start, end  # "Bridging care to be sourced": "care" taken for an object


def _noun_before_to(verb: Token, span: Span) -> bool:
    """'Bridging care to be sourced from Fri': the note names the service just before its
    "to be", where the parse took the line's first word for a verb and the service for its
    object."""
    to = next((c for c in verb.children if c.lower_ == "to"), None)
    if to is None or to.i - 1 < span.start:
        return False
    noun = verb.doc[to.i - 1]
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and names_a_service(noun)


# An amount of support as a note writes it: "2x", "10", "4", "1.5" (a date, "13/04", or a
# code, "s42", is not one).
_AMOUNT = re.compile(r"(?:x?\d+(?:\.\d+)?x?)")


def support_agreed(span: Span) -> Iterator[tuple[int, int]]:
    """'Agreed 2x daily calls pending CA assessment', 'Agreed temporary agency cover for up
    to 4 wks', 'Agreed 10 hrs p/w PA via DP, overnights to continue': a note that opens on
    the past tense of agreeing, its subject (the writer or the service) left out, and names
    the support agreed with its amount. With no subject before it the tagger reads "Agreed"
    as an adjective or a name over the next word, so the decision was lost. A clause after
    it agrees someone's step ("Agreed SW can visit Mon 09/11", "Agreed son will think about
    it", "Agreed SW to attempt joint visit"), and a date ("Agreed move 5/5/26"), a figure
    naming which one ("Room 4") or a noun with no amount ("Agreed referral to foodbank") is
    not an amount of support; those are read as before."""
    tokens = [t for t in words(span) if not (t.is_punct or t.tag_ == "LS")]
    if not tokens or tokens[0].lower_ != "agreed" or not tokens[0].text[:1].isupper():
        return
    opening = tokens[0]
    clause: list[Token] = []
    for t in span.doc[opening.i + 1 : span.end]:
        spaced = t.i > 0 and bool(t.doc[t.i - 1].whitespace_)
        if t.text in {",", ";", ":", "."} or (t.text in DASHES and spaced) or "\n" in t.text:
            break  # the first item of a list of what was agreed is enough ("short-term" goes on)
        if not t.is_space:
            clause.append(t)
    if not clause or clause[0].lower_ in {"to", "with", "that", "at", "by"}:
        return  # "Agreed to ...", "Agreed with TM", "Agreed at panel": read as before
    if any(
        t.tag_ == "MD"
        or t.lemma_.lower() == "be"
        or (t.lower_ == "to" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VB")
        for t in clause
    ):
        return  # a clause of its own: who does what, or what is so
    if any(_AMOUNT.fullmatch(t.lower_) and not _numbers_a_thing(t, opening) for t in clause):
        yield opening.i, opening.i + 1


def _numbers_a_thing(figure: Token, opening: Token) -> bool:
    """'Room 4', 'Flat 2': a figure after a noun names which one, and is no amount (the
    opening "Agreed", which the tagger may take for a name, names nothing)."""
    before = figure.doc[figure.i - 1]
    return before.i != opening.i and before.pos_ in {"NOUN", "PROPN"}
