"""Whose decision a verb makes and whether it makes one: a level reported, an aside by
someone else, funding, a step agreed, wishes and abilities, a judgement."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.inflection import word_forms
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import term_words
from recordlint.names import a_day_or_month
from recordlint.rules.rationale.doers import not_a_name
from recordlint.rules.rationale.notes import note_style_decisions
from recordlint.rules.rationale.services import a_service
from recordlint.rules.rationale.syntax import DATE_VALUE, has_subject, label_of, value_of_a_label
from recordlint.rules.rationale.units import find_terms, services, verdict_subjects
from recordlint.rules.rationale.verdicts import negated_verdicts
from recordlint.rules.rationale.words import (
    CONTINUING,
    DECIDING_WHOEVER_ACTS,
    ENDING,
    FUTURE,
    KEPT_AS_IT_IS,
    OTHER_DOERS,
    OTHERS,
    TIME_NOUNS,
)
from recordlint.segments import DASHES, LIST_MARKER
from recordlint.subjects import FINITE_TAGS, Referent, doer_of, referent_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Verbs of amount, said of a service ("POC increased to QDS") or of anything else.
_AMOUNT_VERBS = frozenset({"increase", "reduce"})


def level_reported(token: Token) -> bool:
    """'Risk reduced to high', 'Score increased from low to medium': a level that went up
    or down, reported as the outcome of an assessment, where "POC increased to QDS" and
    "Befriending reduced to 2 hours" decide the person's support. So, too, a thing that is
    no service going up or down by itself or by a sum of money ("Meltdowns reduced since the
    new timetable", "Arrears reduced to £340", "Charge increased"): what the note reports is
    a change in the person's life or account, not support given or taken away. A grade named
    by a noun ("Risk reduced to MEDIUM") is left to be read as a rating, and an amount in
    hours or visits as support."""
    if token.lemma_.lower() not in _AMOUNT_VERBS:
        return False
    subject = has_subject(token)
    rated = subject is None and value_of_a_label(token)
    if rated:
        subject = token.head  # "Risk: reduced.": the level's name is the label
    if subject is None or referent_of(subject) is not Referent.THING:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    subjects = verdict_subjects()
    if any(w.lemma_.lower() in subjects or w.lower_ in subjects for w in words):
        return False
    # A level is a grade ("to high"), where an amount of support has a number or a unit.
    levels = [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in {"to", "from"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if rated or (bool(levels) and all(obj.pos_ == "ADJ" for obj in levels)):
        return True
    return not levels or any(_a_sum_of_money(obj) for obj in levels)


def _a_sum_of_money(word: Token) -> bool:
    """'£340', 'from £94.17 to £78.50': a sum of money, which an account or a charge goes
    up or down by; an amount of support has its unit of time or of visits ("Befriending
    reduced to 2 hours per week" decides the support)."""
    return any(t.tag_ == "$" or t.text[:1] in "£$€" for t in word.subtree)


def aside_by_someone_else(token: Token) -> bool:
    """'covert medication (paracetamol only, GP and pharmacist agreed 04/26)': a decision in
    brackets, credited to someone named in them, notes who decided what is in place."""
    doc = token.doc
    opening = next(
        (t for t in reversed(doc[token.sent.start : token.i]) if t.text in {"(", ")"}), None
    )
    if opening is None or opening.text != "(":
        return False
    aside = doc[opening.i + 1 : token.i]
    if any(
        t.pos_ in {"NOUN", "PROPN"} and referent_of(t) in OTHERS and not not_a_name(t)
        for t in aside
    ):
        return True
    # "(rate exception approved by TM)", "(recommended 02/05/25)": what was decided before,
    # noted by who or when, beside what the sentence records.
    closing = next((t for t in doc[token.i + 1 : token.sent.end] if t.text in {"(", ")"}), None)
    if closing is None or closing.text != ")":
        return False
    rest = [t for t in doc[token.i + 1 : closing.i] if not t.is_space]
    if not rest:
        return False
    return rest[0].lower_ == "by" or DATE_VALUE.fullmatch(rest[0].text) is not None


# Prepositions that name where money comes from: "funded via EHCP", "funded through CHC".
_SOURCES = frozenset({"via", "through", "from"})


def funded_from(token: Token) -> bool:
    """'LA funded', 'placement funded via EHCP', 'self funded', 'is funded by the Council':
    how a service is paid for, a fact about it, where "DP to be funded", "We will fund" and
    "Funding agreed" decide.
    The participle has no auxiliary and either names its source or takes its funder as a
    subject with no object ("LA funded" reads "funded by the LA")."""
    if token.lemma_.lower() != "fund" or token.tag_ not in {"VBN", "VBD"}:
        return False
    if _paid_for_by(token):
        return True
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _SOURCES for c in token.children):
        return True
    subject = has_subject(token)
    has_object = any(c.dep_ == "dobj" for c in token.children)
    return (
        subject is not None
        and subject.i == token.i - 1
        and not has_object
        and referent_of(subject) is Referent.ORGANISATION
        and subject.lower_ not in services()  # "DP funded": the service is what is funded
    )


def _paid_for_by(token: Token) -> bool:
    """'Shared Lives is funded by the Council's adult social care', 'Your placement is funded
    by the NHS': the present passive with the funder named after "by" says who pays for a
    service as it stands, where "will be funded by ASC", "has been funded" and "is not funded"
    tell of a decision."""
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass", "neg"}]
    return (
        len(auxiliaries) == 1
        and auxiliaries[0].dep_ == "auxpass"
        and auxiliaries[0].tag_ in {"VBZ", "VBP"}
        and any(c.dep_ == "agent" for c in token.children)
    )


def agreeing_on_a_step(token: Token) -> bool:
    """'We agreed the home would review the sling size', 'Agreed I could post information',
    'It was agreed that healthcare will do skin checks', 'We agreed this needs a social
    worker's view': agreeing who does what next, or what a situation needs, not a decision
    about the person's care or support. An agreed clause that decides something ("we agreed
    that the case should be closed", "agreed to increase the calls", "agreed that the
    placement continues", "we agreed this did not need a section 42 enquiry", "agreed to
    open an enquiry") stays a decision."""
    if token.lemma_.lower() != "agree":
        return False
    clauses = [
        c for c in token.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}
    ] or _steps_after_the_label(token)
    return bool(clauses) and not any(decides(clause) for clause in clauses)


def _steps_after_the_label(token: Token) -> list[Token]:
    """'Agreed: LDAT to complete Care Act assessment by end of April', 'Agreed - duty SW to
    go with AQ on 20/11': "Agreed" as a note's label over who does what next, which the
    parse hangs anywhere but under it. The verbs after the colon or dash that a doer named
    just before their "to" will carry out."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or after.text not in {":", *DASHES}:
        return []
    steps = []
    for word in doc[after.i + 1 : token.sent.end]:
        if word.pos_ not in {"VERB", "AUX"} or word.tag_ != "VB":
            continue
        to = doc[word.i - 1]
        if to.lower_ != "to" or to.i - 1 <= after.i:
            continue
        doer = doc[after.i + 1 : to.i]
        if all(t.pos_ in {"NOUN", "PROPN", "DET"} for t in doer):
            steps.append(word)
    return steps


def decides(verb: Token) -> bool:
    """The clause headed by ``verb`` holds a decision of its own: a decision word, a change
    to a service, a service kept, ended or refused, or a service as what is done."""
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    if any(
        t.dep_ == "neg"
        or (t.lemma_.lower() in CONTINUING | ENDING | KEPT_AS_IT_IS and t.dep_ != "pobj")
        for t in clause
    ):
        return True  # ("by the end of April" says when, and ends nothing)
    taker = has_subject(verb)
    if taker is not None and referent_of(taker) in OTHER_DOERS:
        return False  # "We agreed she will group her visits on Tuesdays": her own step
    if any(
        t.dep_ in {"dobj", "nsubjpass"}
        and t.head.pos_ in {"VERB", "AUX"}
        and a_service(t)
        and any(w.lemma_.lower() in services() for w in (t, *t.children))
        for t in clause
    ):
        return True  # "agreed to open an enquiry", "agreed extra calls would be added"
    readings = (
        find_terms(clause, "decision"),
        find_terms(clause, "change"),
        note_style_decisions(clause),
        negated_verdicts(clause),
    )
    return any(any(True for _ in found) for found in readings)


# Words before an infinitive that make it what someone can do, not what was decided:
# "able to decide", "long enough to decide", "willing to agree".
def wanted_or_able(token: Token) -> bool:
    """'She hopes to be discharged next week', 'Remember: yes, for long enough to decide',
    'able and willing to agree to a direct payment': a decision someone else hopes for,
    or a decision a person is able to make, not one the service makes."""
    if token.dep_ != "xcomp":
        return False
    governor = token.head
    if governor.pos_ in {"ADJ", "ADV"} and not governor.text.isupper():
        # ("OT to close": the tagger takes a note's acronym for an adjective.)
        owner = subject_of(governor)
        return owner is None or referent_of(owner) not in {Referent.WRITER, Referent.ORGANISATION}
    if governor.lower_ not in _wishing_words():
        return False
    return doer_of(governor)[0] in OTHER_DOERS


@cache
def _wishing_words() -> frozenset[str]:
    """Every form of the speech lexicon's wish verbs that govern an infinitive ("hopes to",
    "would like to"). Forms, not lemmas: the tagger reads "hopes" as a form of "hop"."""
    entries = load_lexicon("speech").entries
    verbs = {
        next(w for w in words if w not in {"would", "be"})
        for e in entries
        if e.kind == "wish_verb" and len(words := term_words(e.term)) > 0
    }  # "ask for" -> "ask", "intend to" -> "intend", "would like" -> "like"
    return frozenset(form for verb in verbs for form in word_forms(verb))


def agreeing_with_a_view(token: Token) -> bool:
    """'I agreed with her that the garden looks nice': agreeing with a view, not deciding.
    So is a decision word inside the view agreed with ("I agreed with him that we made the
    decision too early, and that this was wrong": a past decision judged, not one made),
    and the writer's bare assent in the present tense after a view is put ("Her view is
    that he needs time to settle. I agree."), where "Agreed." and "I agree to this" still
    grant what was asked."""
    if token.lemma_.lower() != "agree":
        return _inside_a_view_agreed(token)
    if _bare_assent(token):
        return True
    if any(c.dep_ == "ccomp" and _judgement_clause(c) for c in token.children):
        return True  # "We agreed her approach was reasonable", "Segun agreed it is right"
    with_someone = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    decided = any(c.dep_ in {"xcomp", "dobj"} for c in token.children)
    if not with_someone or decided:
        return False
    # "agreed with her that carers will come at 8" is a plan, so a decision.
    return not any(
        child.dep_ == "ccomp" and any(a.lower_ in FUTURE for a in child.children)
        for child in token.children
    )


def _inside_a_view_agreed(token: Token) -> bool:
    """``token`` sits in the that-clause of an "agree with" that agrees with a view."""
    word = token
    while word.head.i != word.i:
        if word.dep_ == "ccomp" and word.head.lemma_.lower() == "agree":
            return agreeing_with_a_view(word.head)
        word = word.head
    return False


def _bare_assent(token: Token) -> bool:
    """'I agree.', 'We fully agree.': the writer assenting, in the present tense, with
    nothing agreed to, so with what was just said."""
    if token.tag_ != "VBP":
        return False
    subject = has_subject(token)
    return (
        subject is not None
        and referent_of(subject) is Referent.WRITER
        and all(c.dep_ in {"nsubj", "punct", "advmod"} for c in token.children)
    )


def _judgement_clause(verb: Token) -> bool:
    """'her approach was reasonable', 'it is right': a clause that judges, with no plan in
    it (no future, no modal)."""
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.lemma_.lower() in _INFERRING:
        # "this meant she had not been able to speak for herself"; "this meant the care
        # would stop" plans something
        return any(
            c.dep_ == "ccomp" and not any(a.tag_ == "MD" for a in c.children) for c in verb.children
        )
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)


# Verbs that draw a conclusion from a fact: "this meant ...", "it showed ...".
_INFERRING = frozenset({"mean", "show", "suggest", "indicate"})


# Who a note's infinitive may name as carrying out its task: a body or a practitioner.
_DOERS = frozenset({Referent.ORGANISATION, Referent.PROFESSIONAL})
# The most words a note's doer takes before its "to": "Council", "Duty SW", "Housing
# options team".
_DOER_WORDS = 3


def task_given(token: Token, unit: Span) -> bool:
    """'Council to fund interim', 'Housing to continue with rehousing', 'Hub to transfer
    payroll to Mrs Wade's name', 'SW to liaise w/ family re POC once agreed': a note's
    infinitive whose line opens by naming who carries it out, a body or a practitioner,
    gives them their next task: who does what, a step of the plan, where "Placement to
    continue" names the service kept. Closing a case, ending a service or changing its
    amount decides whoever does it ("ASC to close", "OT to close if no contact", "SW to
    reduce the calls"), and a task ruled out ("OT not to visit") is read as before."""
    doc = token.doc
    if token.tag_ != "VB" or token.i <= unit.start or doc[token.i - 1].lower_ != "to":
        return False
    if token.lemma_.lower() in DECIDING_WHOEVER_ACTS:
        return False
    words = [t for t in doc[unit.start : token.i - 1] if not (t.is_space or t.is_punct)]
    label = label_of(unit)
    if label is not None:
        words = words[len(label) :]
    words = [t for t in words if not LIST_MARKER.fullmatch(t.text + " ")]
    if not 0 < len(words) <= _DOER_WORDS:
        return False
    if any(t.tag_ in FINITE_TAGS or t.dep_ == "neg" for t in words):
        return False  # a finite verb or "not" before the "to": no note's doer
    doer = words[-1]
    return referent_of(doer) in _DOERS and doer.lower_ not in services()


def agreeing_a_time(token: Token) -> bool:
    """'She has accepted and we agreed Thursday 12 March', 'Review: six weeks, date to be
    agreed', 'A time was agreed with her daughter': agreeing a day, a date or a time fixes
    when something happens, not what is decided for the person. Agreeing an amount of
    support ("Agreed 7 nights at Hollybrook Lodge w/c 13/04") still decides."""
    if token.lemma_.lower() != "agree":
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "npadvmod"}]
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ == "to" for a in auxiliaries):
        # "date to be agreed": the note's subject stands just before its "to", however
        # the parse hangs the infinitive
        first = min(a.i for a in auxiliaries)
        if first > 0:
            things.append(token.doc[first - 1])
    return any(_names_a_time(t) for t in things)


@cache
def _contact_shorthand() -> frozenset[str]:
    """Shorthand for a practitioner's contact ("h/v", a home visit; "t/c", a telephone call):
    the acronyms lexicon's shorthand whose expansion ends on a kind of contact."""
    kinds = word_list("contact_kind")
    return frozenset(
        entry.term.lower()
        for entry in load_lexicon("acronyms").entries
        if entry.kind == "shorthand"
        and any(expansion.split()[-1].lower() in kinds for expansion in entry.expansions)
    )


def agreeing_to_a_contact(token: Token) -> bool:
    """'Agreed h/v tomorrow 10:00', 'Agreed to h/v', 'Possible visits from her foster carer
    agreed', 'We agreed a meeting with the ward': agreeing to visit, meet or call fixes a
    contact, not the person's care or support. A contact that is also a service the person
    gets ("Lunch call agreed", "Evening visits agreed", "2 visits a week agreed") is still a
    decision, unless someone named after "from" or "with" makes it."""
    if token.lemma_.lower() != "agree":
        return False
    text = doc_text(token.doc)
    after = _AFTER_AGREEING.match(text, token.idx + len(token.text))
    if after is not None and after.group(1).lower() in _contact_shorthand():
        return True  # "Agreed h/v", however the tokenizer cut the shorthand
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    things += [
        o for p in token.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
    ]
    agreed = things or [c for c in token.children if c.dep_ in {"ccomp", "xcomp", "prep", "advcl"}]
    if not agreed:
        # "Possible visits from foster carer agreed", which the tagger reads as the
        # visits agreeing; where something else is agreed, "The strategy meeting agreed
        # that ..." or "The meeting agreed this", the subject is who agreed it.
        things = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(_a_contact(thing) for thing in things)


# The words just after "agreed": an optional "to" and article, then one word of shorthand.
_AFTER_AGREEING = re.compile(r"[ \t]+(?:to[ \t]+)?(?:an?[ \t]+|joint[ \t]+)*([a-z]/[a-z])\b", re.I)


# Whom a contact is with or from: someone, not a day ("calls from Monday").
_CONTACTS_WITH = frozenset(
    {Referent.PERSON, Referent.OTHER_PERSON, Referent.PROFESSIONAL, Referent.ORGANISATION}
)


def _a_contact(noun: Token) -> bool:
    if noun.lemma_.lower() not in word_list("contact_kind"):
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return False  # "2 visits a day": an amount of care
    if any(
        c.dep_ == "prep"
        and c.lower_ in {"from", "with"}
        and any(
            o.dep_ == "pobj" and referent_of(o) in _CONTACTS_WITH and not a_day_or_month(o.text)
            for o in c.children
        )
        for c in noun.children
    ):
        return True  # "visits from her foster carer", "a meeting with the ward"
    if any(c.dep_ == "compound" and c.lemma_.lower() in word_list("home") for c in noun.children):
        return True  # "a home visit": the practitioner's, where the person lives
    # "Lunch call agreed": a call or a visit the person gets is their care
    return noun.lemma_.lower() not in services()


def _names_a_time(word: Token) -> bool:
    if a_day_or_month(word.text) or DATE_VALUE.fullmatch(word.text):
        return True
    return word.lemma_.lower() in TIME_NOUNS and not any(
        c.dep_ in {"amod", "nummod", "compound"} for c in word.children
    )


# Where a gerund names an action rather than records one done: after a preposition ("at
# fault for reducing support hours") or in a list of ways ("examining menus, and reducing
# supply costs").
_NAMED_ACTION = frozenset({"pcomp", "pobj", "conj", "acl"})


def change_to_no_service(token: Token) -> bool:
    """'to reduce reliance on support from NAS', 'examining menus, and reducing supply
    costs', 'Council at fault for prematurely reducing support hours': a change of amount
    made to something that is no service (reliance, costs, numbers), or named as an action
    by a gerund with no auxiliary, after a preposition or in a list, is an aim or a way of
    doing something, not a decision about the person's support. "POC increased to QDS",
    "please can you reduce his PoC" and "we won't be increasing his days" still decide."""
    if token.lemma_.lower() not in _AMOUNT_VERBS or token.pos_ != "VERB":
        return False
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if token.tag_ == "VBG" and not auxiliaries and token.dep_ in _NAMED_ACTION:
        return True
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects:
        return False
    subjects = verdict_subjects()
    return all(
        referent_of(o) is Referent.THING
        and not any(w.lemma_.lower() in subjects or w.lower_ in subjects for w in o.subtree)
        for o in objects
    )
