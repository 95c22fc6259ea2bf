"""When a decision word does not count: a question, a condition or a possibility, a
decision still to make, someone else's decision, a label, a topic, a purpose or a request."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.names import only_an_ordinary_word
from recordlint.rules.rationale.services import names_a_service
from recordlint.rules.rationale.syntax import handed_to_someone_else, has_subject, own_body
from recordlint.rules.rationale.units import verdict_subjects
from recordlint.rules.rationale.words import (
    AGENTIVE,
    COMPLETING,
    CONDITIONS,
    DISCHARGED_FROM,
    ENDING,
    ENTITLING,
    FREE_CHOICE,
    FUTURE,
    OTHER_DOERS,
    OTHERS,
    OUR_SERVICE,
    PHONE_WORDS,
    POSSIBILITY,
    RECORDING,
    REQUESTING,
    WAITING,
    WANTING_NOUNS,
    WH_WORDS,
)
from recordlint.segments import DASHES
from recordlint.subjects import Referent, doer_of, is_attributed, referent_of

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
    when the step is handed to someone else ("SW to close once OT completes")."""
    handed = handed_to_someone_else(token)

    def conditional(mark: Token) -> bool:
        return mark.lower_ in CONDITIONS or (handed and mark.lower_ in WAITING)

    for node in (token, *token.ancestors):
        for child in node.children:
            if child.dep_ == "mark" and conditional(child):
                return True
            if child.dep_ == "aux" and child.lower_ in POSSIBILITY:
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
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return bool(auxiliaries & (FUTURE | {"to"})) and token.dep_ not in {"xcomp", "ccomp"}


def someone_elses(token: Token, phrase: range) -> bool:
    """The decision is the person's, a relative's or another body's, not the service's."""
    if token.pos_ not in {"VERB", "AUX"} and token.dep_ != "ROOT":
        return False
    if is_attributed(token):
        return True  # "the manager says they may serve notice": their words, not ours
    if _asks_the_reader(token):
        return False  # "please can you reduce his PoC": the writer's decision, for them to do
    doer, noun = doer_of(token)
    if noun is not None and noun.lower_ in {"who", "whom"}:
        return True  # "the GP, who agreed to visit": the writer would have said "I"
    if (
        noun is not None
        and (noun.i in phrase or not_a_name(noun))
        and not (noun.text.isupper() and noun.lower_ in word_list("organisation"))
    ):
        # "Referral made to OT": the parser took "Referral" for a name; "DoLS not
        # required" is a thing, where "DWP has awarded him PIP" is a body acting
        doer = Referent.THING
    if noun is not None and own_body(noun):
        doer = Referent.ORGANISATION  # the service's own panel or manager
    if doer is Referent.ORGANISATION and noun is not None and _another_body_acts(token, noun):
        return True
    if noun is not None and _someone_elses_body_acts(token, noun):
        return True
    if doer in OTHER_DOERS and noun is not None and _labels_the_line(token, noun):
        doer = Referent.UNKNOWN  # "- Miss D Walsh - reduce to 1 x AM call": whom it is about
    if doer in OTHER_DOERS and noun is not None:
        # A manager deciding for the team is the service deciding; a care home manager
        # or a ward manager is not.
        if noun.lemma_.lower() == "manager":
            return any(c.lower_ in {"home", "ward", "care"} for c in noun.children)
        return True
    if doer is Referent.THING and noun is not None and noun.dep_ == "nsubj":
        # "Needs are escalating", "the phone call will end": a thing changing. Notes drop the
        # auxiliary of a passive ("Case closed", "Lunch visit cancelled"); those stay.
        changes = token.lemma_.lower() not in AGENTIVE
        has_object = any(c.dep_ == "dobj" for c in token.children)
        auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
        finite = bool(auxiliaries - {"to"}) or token.tag_ in {"VBG", "VBZ", "VBP"}
        if changes and not has_object and finite and not _service_will_end(token, noun):
            return True
    if doer is Referent.UNKNOWN and noun is not None and _awarded_to_the_person(token, noun):
        return True
    return _decided_by_other(token)


def _awarded_to_the_person(verb: Token, noun: Token) -> bool:
    """'He was awarded Attendance Allowance', 'You have been awarded Band C': the person, as the
    subject of an entitling verb in the passive with the thing given as its object, is
    told of what they now receive, as a benefits agency or a housing register decides it;
    "Band C awarded" and "DFG granted" name the thing and stay the service's decisions."""
    return (
        verb.lemma_.lower() in ENTITLING
        and noun.dep_ == "nsubjpass"
        and referent_of(noun) is Referent.PERSON
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _asks_the_reader(verb: Token) -> bool:
    """'Please can you reduce Mr Ashdown's PoC', 'Pls could you end the lunch call': a
    request to whoever reads the email to carry out the change, as "Pls suspend the DP"
    is; the decision is the writer's."""
    subject = has_subject(verb)
    return (
        subject is not None
        and subject.lower_ == "you"
        and any(c.lower_ in REQUESTING for c in verb.children)
        and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)
    )


def _labels_the_line(verb: Token, noun: Token) -> bool:
    """'Miss D Walsh - reduce to 1 x AM call', 'Mr Grimshaw: close': the "subject" is set
    off by a dash or a colon before a bare verb of a note, so it names whom the line is
    about, and the verb is the writer's."""
    if noun.i > verb.i or verb.tag_ != "VB" or any(c.dep_ == "aux" for c in verb.children):
        return False
    between = verb.doc[noun.i + 1 : verb.i]
    return any(t.text in DASHES or t.text == ":" for t in between)


def _service_will_end(verb: Token, noun: Token) -> bool:
    """'Your lunch call will cease from Monday', 'The sitting service will end': a service
    the writer names ending ahead is the service's decision, not a thing changing by
    itself; a phone call or a visit in progress ends by itself ("the call ended")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (
        verb.lemma_.lower() in ENDING
        and bool(auxiliaries & (FUTURE - {"would"}))
        and names_a_service(noun)
        and not any(t.lower_ in PHONE_WORDS for t in noun.subtree)
    )


def _another_body_acts(verb: Token, noun: Token) -> bool:
    """Another body does the deciding, in the active voice: "Day centre have suspended him",
    "fire service have closed their side". The service's own bodies (the council, the
    local authority, a team, a panel) decide for it, and a note's passive ("Package
    cancelled", "IMCA not required") names what was decided, not who decided."""
    if noun.dep_ != "nsubj" or own_body(noun):
        return False
    active = any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children)
    if not active or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not any(t.lemma_.lower() in OUR_SERVICE for t in noun.subtree)


# Possessives that make a body someone else's: the person's ("her employer") or a third
# party's; "our", "my" and "your" may name the service's own.
_THEIR_POSSESSIVES = frozenset({"his", "her", "their"})


def _someone_elses_body_acts(verb: Token, noun: Token) -> bool:
    """'Her employer agreed a later start', 'Larkfield's administrators have agreed to
    transfer the money': the subject is a body that belongs to the person or to someone
    named, not to the service, and it decides in the active voice. The service's own panel
    or team ("her team manager approved") still decides for the service."""
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in AGENTIVE or own_body(noun):
        return False
    # Active, with what it decides as its object or clause: a note's passive with its
    # auxiliary dropped ("Carer's budget of £300 agreed") names what the service decided.
    if any(c.dep_ == "auxpass" for c in verb.children) or not any(
        c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children
    ):
        return False
    if any(t.lemma_.lower() in OUR_SERVICE for t in noun.subtree):
        return False
    return any(
        c.dep_ == "poss"
        and (
            c.lower_ in _THEIR_POSSESSIVES
            or (c.pos_ == "PROPN" and any(g.tag_ == "POS" for g in c.children))
        )
        for c in noun.children
    )


def not_a_name(token: Token) -> bool:
    """A word the tagger took for a name that is not one: lower case ("referral") or
    capitals inside it, as acronyms have ("DoLS not required")."""
    if token.pos_ != "PROPN":
        return False
    if token.i == token.sent.start and token.lower_ in verdict_subjects() | WANTING_NOUNS:
        return True  # "Request for a sitting service declined": a note's first word
    if (
        _opens_its_line(token)
        and only_an_ordinary_word(token.text)
        and referent_of(token) is Referent.PERSON
        and not {token.lower_, token.lemma_.lower()} & _people_words()
    ):
        return True  # "Review closed.": a capital opening a note, on a word no name uses
    return not token.text[:1].isupper() or sum(c.isupper() for c in token.text[1:]) > 1


@cache
def _people_words() -> frozenset[str]:
    """Words that name someone by who they are to the person: "Mum", "Carer", "GP"."""
    return word_list("person") | word_list("other_person") | word_list("professional")


def _opens_its_line(token: Token) -> bool:
    """The first word of its sentence, of its line, or of a label's value ("Outcome:
    Package reduced to one call per day")."""
    if token.i == token.sent.start:
        return True
    before = token.doc[token.i - 1]
    return (before.is_space and "\n" in before.text) or before.text == ":"


def _decided_by_other(token: Token) -> bool:
    """'NFA by police', 'discharged by the hospital': another body's decision."""
    for child in token.children:
        if child.dep_ in {"agent", "prep"} and child.lower_ == "by":
            # "DD cancelled by bank 01/10": the parse may hang the body on a date after it.
            objects = [o for c in child.children for o in (c, *c.children) if o.dep_ != "det"]
            first = token.doc[child.i + 1] if child.i + 1 < len(token.doc) else None
            if (
                first is not None
                and first.dep_ == "compound"
                and any(first.i in range(o.left_edge.i, o.i) for o in objects)
                and referent_of(first) in OTHERS
            ):
                return True  # "declined by SU - lacks insight": the parse ran the words on
            for obj in objects:
                if own_body(obj) or _our_service(obj):
                    continue  # "declined by panel", "NFA by EDT": the service's own decision
                if obj.dep_ == "compound" and obj.head.dep_ == "pobj":
                    if obj.head.pos_ != "NUM" or referent_of(obj) is not Referent.ORGANISATION:
                        continue  # only a body before a date, not a word of a name
                    return True
                if obj.dep_ == "pobj" and (
                    referent_of(obj) in OTHERS or referent_of(obj) is Referent.ORGANISATION
                ):
                    return True
    return False


def _our_service(noun: Token) -> bool:
    """'NFA by ASC', 'closed by the team': the service itself, whose decision it is; a team
    named by its work ("closed by the safeguarding team") may be another part of it."""
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in OUR_SERVICE
        and not any(c.dep_ in {"compound", "amod"} for c in noun.children)
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
        if token.head.lemma_.lower() in WANTING_NOUNS:
            return True
        if token.head.dep_ != "ROOT" and not _note_predicate(token):
            return not any(c.lower_ == "to" for c in auxiliaries)
    # "the changes to your care agreed at your review": a participle pointing back at a
    # decision already made, not the decision being recorded. ("Lunch visit cancelled"
    # hangs its participle on the noun too, but there the noun is the whole sentence.)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    return token.dep_ == "advcl" and not own_subject and not auxiliaries


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
