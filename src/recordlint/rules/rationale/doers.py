"""Whether a decision is someone else's (the person's, a relative's or another body's, not
the service's), and the words a tagger took for a name that are not one. It stands apart
from ``exceptions`` because it weighs who is acting, not how the sentence is built."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.matching import THIRD_PERSON_POSSESSIVES
from recordlint.names import only_an_ordinary_word
from recordlint.rules.rationale.services import names_a_service
from recordlint.rules.rationale.syntax import has_subject, own_body
from recordlint.rules.rationale.units import verdict_subjects
from recordlint.rules.rationale.words import (
    AGENTIVE,
    ENDING,
    ENTITLING,
    FUTURE,
    OTHER_DOERS,
    OTHERS,
    OUR_SERVICE,
    PHONE_WORDS,
    REQUESTING,
    WANTING_NOUNS,
)
from recordlint.segments import DASHES
from recordlint.subjects import Referent, doer_of, is_attributed, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    if noun is not None and _an_initial(noun):
        doer = Referent.PERSON  # "P declined.": a note names the person by an initial
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
            c.lower_ in THIRD_PERSON_POSSESSIVES
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
    if token.lower_ in word_list("person"):
        return False  # "pt declined": the person, by a word for who they are
    return not token.text[:1].isupper() or sum(c.isupper() for c in token.text[1:]) > 1


def _an_initial(noun: Token) -> bool:
    """A capital letter standing alone as the subject ("P declined", "G not keen"): notes
    name the person, or someone around them, by an initial; never the service. A letter
    with words of its own before it names a grade or an option ("priority band B
    awarded")."""
    return (
        noun.dep_ == "nsubj"
        and len(noun.text) == 1
        and noun.text.isupper()
        and noun.text not in {"I", "A"}
        and not any(True for _ in noun.children)
    )


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
