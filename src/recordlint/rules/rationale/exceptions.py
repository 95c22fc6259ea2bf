"""When a decision word does not count for the shape of its sentence: a question, a
condition or a possibility, a decision still to make, a label, a topic, a purpose or a
request. Whose decision a word records is asked in ``doers``, which stands apart because it
weighs who is acting rather than how the sentence is built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.rules.rationale.syntax import (
    deadline_for_a_reply,
    handed_to_someone_else,
    own_body,
)
from recordlint.rules.rationale.units import vouching_verbs
from recordlint.rules.rationale.words import (
    COMPLETING,
    CONDITIONS,
    DISCHARGED_FROM,
    FREE_CHOICE,
    FUTURE,
    OTHER_DOERS,
    POSSIBILITY,
    RECORDING,
    TELLING,
    WAITING,
    WANTING_NOUNS,
    WH_WORDS,
)
from recordlint.subjects import Referent, doer_of, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# ---------------------------------------------------------------------------------------
# Decisions
# ---------------------------------------------------------------------------------------


def head_of(doc: Doc, start: int, end: int) -> Token:
    """The token of a matched phrase that the rest of the sentence hangs from."""
    for token in doc[start:end]:
        if token.pos_ == "VERB" and not start <= token.head.i < end:
            return token  # "said" in "said no to": a verb even when it is a stop word
    for token in doc[start:end]:
        outside = not start <= token.head.i < end or token.head.i == token.i
        # "made" in "referral made" is a spaCy stop word, but it is still the verb.
        if outside and (not token.is_stop or end - start == 1):
            return token
    return doc[end - 1]


def starts_with_wh(span: Span) -> bool:
    words = [t for t in span if not t.is_punct and not t.is_space]
    return bool(words) and words[0].lower_ in WH_WORDS


def is_question(span: Span) -> bool:
    return span.text.rstrip().endswith("?")


# Clauses that say what is decided or described ("agreed whether to fund it"), not on what
# condition: their subordinator makes no condition of the decision.
_CONTENT_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "acl", "relcl", "pcomp"})


def hypothetical(token: Token) -> bool:
    """Inside a condition, or under a modal of possibility; or waiting on an event ("once")
    when the step is handed to someone else ("SW to close once OT completes"). A note's
    deadline for a reply ("closed if no contact by 4/5") is no condition: see
    ``syntax.deadline_for_a_reply``."""
    handed = handed_to_someone_else(token)

    def conditional(mark: Token) -> bool:
        if deadline_for_a_reply(mark):
            return False
        return mark.lower_ in CONDITIONS or (handed and mark.lower_ in WAITING)

    for node in (token, *token.ancestors):
        for child in node.children:
            if child.dep_ == "mark" and conditional(child):
                return True
            if (
                child.dep_ == "aux"
                and child.lower_ in POSSIBILITY
                and not (child.lower_ == "would" and reported_future(node))
            ):
                return True
            if child.dep_ not in _CONTENT_CLAUSES and any(
                g.dep_ == "mark" and conditional(g) for g in child.children
            ):
                # "If we do not hear from you, your case will be closed"; "If so we will
                # close our end", "If not, we will close it": a condition whose clause is a
                # pro-form, which the parser hangs as an adverb or a negation
                return True
            if child.dep_ == "advcl" and _free_choice(child):
                return True  # "Whatever you decide, the support will not change"
    return False


def reported_future(clause: Token) -> bool:
    """'We told the family a live-in carer would not be funded', 'Ms Fisher was informed
    that a goodwill payment would not be offered': "would" in what a past verb of telling
    reports is the "will" of the decision told, moved back a tense, not a possibility.
    Only a clause the telling governs ("told her we would close it if...") keeps its
    condition, which is read apart."""
    teller = clause.head
    return (
        clause.dep_ == "ccomp"
        and teller.i != clause.i
        and teller.lemma_.lower() in TELLING
        and teller.tag_ in {"VBD", "VBN"}
    )


def told_in_the_passive(token: Token) -> bool:
    """'Ms Fisher was informed that a goodwill payment would not be offered': the passive
    of a verb of telling names who was told, not who speaks. The telling is unnamed, the
    service's own, so what it reports is not the words of the person told."""
    word = token
    while word.head.i != word.i:
        if word.dep_ == "ccomp":
            teller = word.head
            return teller.lemma_.lower() in TELLING and any(
                c.dep_ == "auxpass" for c in teller.children
            )
        word = word.head
    return False


def _free_choice(clause: Token) -> bool:
    """A clause opened by a word of free choice ("whatever you decide"): what the sentence
    says holds whichever way the choice goes, so it waits on no decision and makes none."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ in FREE_CHOICE


def still_to_decide(token: Token) -> bool:
    """'TM to decide', 'The panel will decide on Friday', 'not decided yet': deciding is
    still to come; the decision, with its reason, is for the record that makes it."""
    if token.lemma_.lower() != "decide" or token.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return True  # "the plan is not decided yet": nothing decided to give a reason for
    # "We will talk it through with him and decide with him": a verb coordinated with
    # another shares its auxiliaries, so the deciding is still to come there too.
    clause = token
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        if any(c.dep_ == "aux" for c in clause.children):
            break  # "... and will decide" carries its own
        clause = clause.head
    auxiliaries = {c.lower_ for c in (*token.children, *clause.children) if c.dep_ == "aux"}
    return bool(auxiliaries & (FUTURE | {"to"})) and clause.dep_ not in {"xcomp", "ccomp"}


def outcome_not_promised(token: Token) -> bool:
    """'I explained they usually decide within three weeks and that I cannot promise it will
    be agreed': a decision in the future, in the clause after a denied verb of vouching for
    it, is an outcome still to come, not one made. The service refusing with that verb
    ("we can't guarantee male carers") has the verb itself as its decision and stays."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ != "ccomp":
        return False
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if not auxiliaries & FUTURE:
        return False
    vouching = token.head
    return vouching.lemma_.lower() in vouching_verbs() and any(
        c.dep_ == "neg" for c in vouching.children
    )


# Verbs that give a thing its name: "this is called a best interests decision".
_NAMING = frozenset({"call", "name", "term"})


def noun_as_topic(token: Token) -> bool:
    """A decision noun that names a topic, a label or someone else's decision.

    "with her agreement", "the referral was received", "discharge meeting", "Ms Rossi's
    decision", "your advance decision", "Decision to be made: whether ...".
    """
    if token.tag_ == "VBG" and token.dep_ in {"compound", "amod"} and token.i < token.head.i:
        return True  # "Funding panel 28/01": the panel that decides, named by what it does
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.tag_ in {"NNS", "NNPS"}:
        return True  # "referrals", "decisions": talk about them in general
    if _a_gloss_in_brackets(token):
        return True  # "a best interests decision (a decision made on his behalf ...)"
    if token.dep_ == "dobj" and _what_an_event_is_for(token.head):
        return True  # "A meeting to make a best interests decision will be held on Friday"
    if token.dep_ in {"compound", "pobj", "poss"}:
        return True
    if token.dep_ in {"oprd", "attr"} and token.head.lemma_.lower() in _NAMING:
        return True  # "This is called a best interests decision": what a kind is called
    for child in token.children:
        if child.dep_ == "poss" and referent_of(child) is not Referent.WRITER:
            return True
        if child.lower_ == "advance":
            return True
        if child.dep_ == "amod" and token.dep_ == "attr":
            return True  # "this is an unwise decision": what a choice is called
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in RECORDING:
            return True  # "BI decision recorded on system": where a decision was written
        if child.dep_ in {"acl", "relcl"} and _taken_by_another(child):
            return True  # "BI decision taken by GP": the GP's decision, reported
        if child.dep_ in {"acl", "relcl"} and child.lemma_ == "make":
            # "decision to be made": the decision is still to come ("decision made by
            # EDT" has been made)
            return child.tag_ != "VBN" or any(g.lower_ == "to" for g in child.children)
    if token.dep_ in {"nsubj", "nsubjpass"}:
        if token.head.lemma_.lower() in RECORDING:
            # "closure recorded 26/01": when it was written down (a note's passive, which
            # the tagger may read as a past tense: a decision records nothing itself)
            return True
        return token.head.lemma_.lower() not in COMPLETING
    if token.dep_ == "dobj":
        verb = token.head
        doer, _ = doer_of(verb)
        return verb.lemma_.lower() not in COMPLETING or doer not in {
            Referent.WRITER,
            Referent.UNKNOWN,
            Referent.ORGANISATION,
        }
    return False


def _a_gloss_in_brackets(noun: Token) -> bool:
    """'(a decision made on his behalf that must take his wishes into account)': a noun
    with "a" opening a bracket says what a term before it means, not what was decided."""
    if noun.i < 2 or noun.doc[noun.i - 2].text != "(":
        return False
    return noun.doc[noun.i - 1].lower_ in {"a", "an"}


def _what_an_event_is_for(verb: Token) -> bool:
    """'a meeting to make a decision', 'a visit to agree the plan': an infinitive hung on a
    noun says what a planned event is for; the decision is still to be made there."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _taken_by_another(verb: Token) -> bool:
    """'taken by GP', 'made by the ward': a decision's maker named after it, someone
    other than the writer or the service."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for maker in (g for g in agent.children if g.dep_ == "pobj"):
            if referent_of(maker) in OTHER_DOERS and not own_body(maker):
                return True
    return False


def adjective_as_label(token: Token) -> bool:
    """'eligible needs', 'the closed day centre': an adjective describing a noun.

    An adjective after its noun is the value of a label instead ("Eligibility: eligible").
    """
    return token.dep_ == "amod" and token.i < token.head.i


def purpose_or_request(token: Token) -> bool:
    """'Rang to arrange a review', 'her request to stop the tea visit'."""
    if _what_a_thing_is_for(token):
        return True
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if token.dep_ == "advcl" and any(c.lower_ == "to" for c in auxiliaries):
        # A purpose of another verb; under a noun it is the note-style "Placement to
        # continue", which is the decision itself.
        return token.head.pos_ in {"VERB", "AUX"}
    if token.dep_ in {"acl", "relcl"}:
        # "reablement to end on Friday" is a decision; "her request to stop the visit" and
        # "the man who closed the gate" are not.
        if token.head.lemma_.lower() in WANTING_NOUNS and not _verdict_after_a_colon(token):
            return True
        if token.head.dep_ != "ROOT" and not _note_predicate(token):
            return not any(c.lower_ == "to" for c in auxiliaries)
    # "the changes to your care agreed at your review": a participle pointing back at a
    # decision already made, not the decision being recorded. ("Lunch visit cancelled"
    # hangs its participle on the noun too, but there the noun is the whole sentence.)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    return token.dep_ == "advcl" and not own_subject and not auxiliaries


def _verdict_after_a_colon(participle: Token) -> bool:
    """'Request for 1:1 staff to visit her 3 x per wk: NOT APPROVED': a participle the parse
    hung on the request, set after a colon as a label's value, is the verdict on the request,
    not a description of it ("her request to stop the visit")."""
    request = participle.head
    return (
        participle.tag_ == "VBN"
        and request.i < participle.i
        and any(t.text == ":" for t in participle.doc[request.i + 1 : participle.i])
    )


def _what_a_thing_is_for(token: Token) -> bool:
    """'This is a short-term intervention designed to maximise your independence and
    reduce your need for care': the infinitive a participle hangs on a noun says what a
    service or a thing is for, a description, not a decision made about someone."""
    while token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    participle = token.head
    return (
        token.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and participle.tag_ == "VBN"
        and participle.dep_ == "acl"
        and participle.head.pos_ in {"NOUN", "PROPN"}
    )


def _note_predicate(participle: Token) -> bool:
    """'Referral to Citizens Advice money advice cancelled': a note with no verb but the
    participle that ends it, which the parse hung on the last noun of the phrase before."""
    sentence = participle.sent
    rest = [t for t in sentence if t.i > participle.i and not (t.is_punct or t.is_space)]
    verbs = [t for t in sentence if t.pos_ in {"VERB", "AUX"} and t.i != participle.i]
    return (
        participle.tag_ in {"VBN", "VBD"}
        and not rest
        and not verbs
        and sentence.root.pos_ in {"NOUN", "PROPN"}
    )


def discharge_from_hospital(token: Token, unit: Span) -> bool:
    return token.lemma_.lower() == "discharge" and bool(DISCHARGED_FROM.search(unit.text))
