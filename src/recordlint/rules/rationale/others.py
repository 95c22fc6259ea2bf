"""Decision words whose decision is not the service's own: a person's mood, a choice the
writer helped someone make, the person or a relative opening the clause, an approval
credited to a manager, a medicine a prescriber changed, people pausing with nothing paused,
a decision told in someone else's reported words.

Each test takes the decision word :func:`recordlint.rules.rationale.decisions.decisions_in`
found and says the decision belongs to someone else, or is no decision about a service at
all; they stand apart from ``undecided``, whose tests say that no decision is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.names import only_an_ordinary_word, titles
from recordlint.rules.rationale.deciding import decides
from recordlint.rules.rationale.syntax import has_subject, own_body
from recordlint.rules.rationale.units import find_terms, hearsay_verbs, services
from recordlint.rules.rationale.words import (
    CHANGING_SERVICES,
    ENTITLING,
    LINKING_VERBS,
    MOOD_PARTICIPLES,
    OTHERS,
)
from recordlint.segments import DASHES
from recordlint.subjects import Referent, is_attributed, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_PERSONS = frozenset({Referent.PERSON, Referent.OTHER_PERSON})


def mood_of_a_person(word: Token) -> bool:
    """'A once lively woman, she was now withdrawn and fearing the worst', 'He seemed
    withdrawn', 'Continues to be angry and withdrawn at times': a participle that doubles as
    an adjective of mood, said of a person after "be" or a linking verb or joined to an
    adjective that says how they are, with nothing withdrawn from anything and no one doing it. "The
    service was withdrawn" and "He was withdrawn from the course by the college" are still
    decisions."""
    if word.lower_ not in MOOD_PARTICIPLES:
        return False
    if any(c.dep_ == "agent" or c.lower_ == "from" for c in word.children):
        return False
    if word.dep_ == "conj" and word.i > 1:
        joined, before = word.doc[word.i - 1], word.doc[word.i - 2]
        if joined.dep_ == "cc" and before.pos_ == "ADJ" and before.dep_ in {"acomp", "conj"}:
            return True  # "Continues to be angry and withdrawn": one mood among others
    subject = next((c for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and word.dep_ in {"acomp", "xcomp", "oprd"}:
        if word.head.lemma_.lower() not in LINKING_VERBS:
            return False
        subject = next((c for c in word.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and referent_of(subject) in _PERSONS


# Help with someone's own choice: "Help given to decide:", "supported him to decide where to
# live", "How I helped her decide".
_HELPING = frozenset({"help", "support", "assist", "enable", "empower", "encourage"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl"})


def helped_to_decide(verb: Token) -> bool:
    """'Help given to decide: I met Mr M twice', 'We supported him to decide where to live':
    a choice the writer helped someone make for themselves, what a capacity assessment
    records as support; the decision, if any, is the person's and is recorded elsewhere."""
    if verb.lemma_.lower() not in {"decide", "choose"}:
        return False
    if _joins_the_helped_verb(verb):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.dep_ in _COMPLEMENTS:
        # "We will help her to think and decide": a bare "decide" shares the helped verb.
        verb = verb.head
    if verb.dep_ not in _COMPLEMENTS:
        return False
    head = verb.head
    if head.lemma_.lower() in _HELPING:
        return True
    # "Support given to help her decide": the help a participle hangs on.
    return head.dep_ in _COMPLEMENTS | {"acl"} and head.head.lemma_.lower() in _HELPING


def _joins_the_helped_verb(verb: Token) -> bool:
    """'someone who helps people sort and decide what to keep': a bare "decide" the parse
    joined to the finite helping verb belongs with the verb that help governs ("sort"), as
    a bare verb cannot share a subject with "helps" or "helped"; "We helped him move and
    decided to close the case" is the writer's decision."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and head.lemma_.lower() in _HELPING
        and head.tag_ in {"VBZ", "VBD", "VBP"}
        and any(c.dep_ in _COMPLEMENTS and c.tag_ == "VB" and c.i < verb.i for c in head.children)
    )


# What a person does when they choose: "SU meets eligibility" is the service's verdict.
_CHOOSING = frozenset({"agree", "decide", "decline", "accept", "refuse", "choose", "consent"})


def chooses_without_a_subject(verb: Token) -> bool:
    """'Agrees urgent.', 'Needs P1 with QDS calls really but says no to carers.': a verb of
    choosing in the present tense with its subject left out tells what the person (or
    whoever the note is about) chooses; the writer's own choice is "I agree", "I've said no
    to this", "Agreed to ...". A request asks the reader ("Please agree ...") in the bare
    form, and stays the writer's."""
    lemma = verb.lemma_.lower()
    choosing = lemma in _CHOOSING or (
        lemma == "say" and any(c.lower_ == "no" for c in verb.children)
    )
    return (
        choosing
        and verb.tag_ == "VBZ"
        and has_subject(verb) is None
        and not any(c.dep_ in {"aux", "auxpass", "expl"} for c in verb.children)
    )


# How many words a clause may hold before its verb for person_opens_the_clause.
_CLAUSE_OPENING_WORDS = 4


def person_opens_the_clause(verb: Token) -> bool:
    """'- OT assessment – Rashid and Shahida agreed', 'SU reluctant but agreed to trial':
    the person or a relative opens the clause of a finite verb, however the parse hung the
    verb, so the decision is theirs. "Referral to OT agreed" (the words before the verb
    run on from a preposition) and "Package agreed" (a capital on an ordinary word) are
    still the service's."""
    if (
        verb.lemma_.lower() not in _CHOOSING
        or verb.tag_ not in {"VBD", "VBZ", "VBP"}
        or any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return False
    doc = verb.doc
    tokens_before: list[Token] = []
    i = verb.i - 1
    while i >= verb.sent.start and not (doc[i].is_punct or doc[i].is_space):
        tokens_before.append(doc[i])
        i -= 1
    if not tokens_before or len(tokens_before) > _CLAUSE_OPENING_WORDS:
        return False
    tokens_before.reverse()
    if any(t.pos_ in {"ADP", "VERB", "AUX", "DET", "PART", "PRON", "NUM"} for t in tokens_before):
        return False
    if _a_thing_before(tokens_before):
        return False
    first = tokens_before[0]
    if first.pos_ == "PROPN" and only_an_ordinary_word(first.text):
        return False
    return referent_of(first) in {Referent.PERSON, Referent.OTHER_PERSON}


def _a_thing_before(tokens: list[Token]) -> bool:
    """'Request declined', 'Stair rail agreed': the words before the verb name what was
    asked for or a service (the shared word lists), or end in a common noun written in
    lower case that names no one, so the line decides about a thing; "Son agreed" and
    "Rashid and Shahida agreed" are people."""
    if any(t.lower_ in word_list("decided_thing") | services() for t in tokens):
        return True
    last = tokens[-1]
    return (
        last.pos_ == "NOUN"
        and last.text.islower()
        and referent_of(last) not in {Referent.PERSON, Referent.OTHER_PERSON}
    )


def approval_credited(verb: Token) -> bool:
    """'Funding agreed by EDT manager', 'Application approved by the Team Manager',
    'Manager agreed.': an approval credited to the service's manager or panel records who
    authorised a decision made elsewhere in the record, not a decision made here. A refusal
    ("declined by panel", "not approved by TM") still leaves the person without a reason,
    and an approval of a clause that decides ("TM agreed case can close") decides."""
    if verb.lemma_.lower() not in word_list("approving_verb") or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return False
    if any(c.dep_ in {"ccomp", "xcomp"} and decides(c) for c in verb.children):
        return False
    approvers = [c for c in verb.children if c.dep_ == "nsubj"]
    approvers += [
        o
        for c in verb.children
        if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    # "Agreed at panel 11/03": the dated sitting that approved it, whose minutes hold the
    # reasons. A bare "agreed at panel" says only who, as an answer to "why?" may.
    approvers += [
        body
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "at"
        for o in c.children
        if o.dep_ == "pobj"
        for body in _sitting(o)
    ]
    return any(own_body(a) or _our_manager(a) for a in approvers)


def _sitting(noun: Token) -> list[Token]:
    """'panel 17/03': the body named with the date it sat, which the parse makes the noun
    followed by its date or the date with the body as its modifier."""
    if _a_date(noun):
        return [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return [noun] if after is not None and _a_date(after) else []


def _a_date(word: Token) -> bool:
    return any(ch.isdigit() for ch in word.text)


def _our_manager(noun: Token) -> bool:
    """'Manager', 'my manager', 'the Head of Service': a manager of the service; a care
    home's or a ward's manager is another body's."""
    if noun.lemma_.lower() not in {"manager", "head"}:
        return False
    return not any(c.lower_ in {"home", "ward", "care"} for c in noun.children)


def nothing_changed(verb: Token) -> bool:
    """'She cried when she said this and we paused': a verb that changes a service, said
    of people with nothing it changes, is something they did. "We paused the visits" and
    "Visits paused" name the service; "we agreed" and "we decided" decide on their own."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGING_SERVICES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or referent_of(subject) not in {Referent.WRITER, *OTHERS}:
        return False
    return not any(
        c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "prt", "advmod", "npadvmod"}
        for c in verb.children
    )


def medicine_changed(verb: Token) -> bool:
    """'His blood pressure tablets were reduced after the pharmacist's review', 'lorazepam
    PRN reduced': a medicine or its dose (the lexicon's ``prescribed`` words) changed is a
    prescriber's decision, which the record reports; the service does not make it. The
    carers' "Medication prompts reduced to once a day" is the service's."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # The subject's own noun: "Medication prompts reduced" changes the carers' prompts.
    return any(any(True for _ in find_terms(doc[s.i : s.i + 1], "prescribed")) for s in subjects)


_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod"})


def funded_elsewhere(verb: Token) -> bool:
    """'DFG approved', 'grant approved 02/04/25', 'CHC fast track was approved 24/02/2026':
    money another body awards (the lexicon's ``funded_elsewhere`` words, a housing grant or
    the NHS's continuing healthcare), granted, is that body's decision, which the record
    reports; the service gives no reason for it. The words must name what is granted, its
    subject's own noun phrase: "Referral to Welfare Rights re Pension Credit refusal
    approved" and "Night sitting approved" are the service's, and so is a refusal ("DFG
    not approved"), which leaves the person without what they asked for. A grant told to
    its owner ("Your grant for a shower has been approved") is a letter from the body that
    awards it, giving its own decision."""
    # Verbs that grant money: "DFG approved", "DHP awarded £300", "fast track CHC was agreed".
    awarding = word_list("approving_verb") | ENTITLING
    if verb.lemma_.lower() not in awarding or any(c.dep_ == "neg" for c in verb.children):
        return False
    doc = verb.doc
    for subject in verb.children:
        if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.pos_ == "PRON":
            continue
        if any(c.dep_ == "poss" for c in subject.children):
            continue  # "Your grant for a shower has been approved": the awarding body writes
        modifiers = [c for c in subject.lefts if c.dep_ in _NOUN_MODIFIERS]
        start = min((m.left_edge.i for m in modifiers), default=subject.i)
        if any(doc[i].lower_ in titles() for i in range(max(start - 1, 0), subject.i)):
            continue  # "Mrs Grant agreed": a name
        if any(True for _ in find_terms(doc[start : subject.i + 1], "funded_elsewhere")):
            return True
    return False


def in_reported_words(word: Token, unit: Span) -> bool:
    """'DS Ryan has told me that the Home Office made a positive decision', 'Claire
    disagrees - says Dad always said he'd die at home, and the BI decision accepted the
    risk', 'Said contact with her son was cancelled this morning': the decision is told in
    someone else's words, so it is theirs to give a reason for, or a body's the writer only
    reports. A decision noun is read like a verb ("the decision" in what the officer said),
    and a note's reporting verb with its subject dropped stands for the other party: opening
    the sentence, where the parser may hang it under the decision ("Said ... was
    cancelled"), or after a dash that follows someone else's clause ("Claire disagrees -
    says ..."). "Told him we cannot ..." is the writer speaking, to someone named after the
    verb, and stays the writer's."""
    if word.pos_ not in {"VERB", "AUX"} and is_attributed(word):
        return True  # verbs are read so by the tests of whose decision it is
    if _closed_by_per(word, unit):
        return True  # "Not suitable for LD per HB.": HB's account, read by the writer
    opening = next((t for t in unit if t.is_alpha), None)
    if opening is not None and _says_without_a_subject(opening, word):
        return True  # "Said contact ... was cancelled": the caller's words
    for node in (word, *word.ancestors):
        head = node.head
        if head.i == node.i or node.dep_ not in {"ccomp", "conj", "parataxis"}:
            continue
        if not _reports(head) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            continue
        before = head.doc[head.i - 1] if head.i > head.sent.start else None
        if before is not None and before.text in DASHES:
            speaker = next(
                (c for c in head.children if c.dep_ in {"ccomp", "parataxis"} and c.i < head.i),
                None,
            )
            subject = (
                next((c for c in speaker.children if c.dep_ == "nsubj"), None)
                if speaker is not None
                else None
            )
            if subject is not None and referent_of(subject) in OTHERS and not own_body(subject):
                return True  # "Claire disagrees - says ...": Claire speaks
    return False


# The most words a "per" names its source in: "per DP", "per Ms Tolland", "per ward OT".
_PER_SOURCE_WORDS = 3


def _closed_by_per(word: Token, unit: Span) -> bool:
    """'No injury needing treatment per LH.', 'Not suitable for LD per HB.', 'Nephew not to
    be contacted, per Dennis.': a note closes its sentence on "per" and whom it has the
    words from, a name or initials, so what it says is that source's account or wish, read
    to the record, not a decision of the writer's. A "per" with more after it ("Not for
    s42 at this stage per MASH, to be screened Monday") goes on with the writer's own
    plan, and "per week" or "per day" names no one."""
    doc = unit.doc
    end = unit.end
    for index in range(word.i + 1, end):
        token = doc[index]
        if token.text == "." or "\n" in token.text:
            return False  # the sentence ended before any "per"
        if token.lower_ != "per":
            continue
        source: list[Token] = []
        rest = index + 1
        while rest < end and doc[rest].is_alpha and len(source) < _PER_SOURCE_WORDS:
            source.append(doc[rest])
            rest += 1
        closing = all(doc[i].is_punct or doc[i].is_space for i in range(rest, end)) or (
            rest < end and doc[rest].text == "."
        )
        named = bool(source) and source[-1].text[:1].isupper()
        return closing and named
    return False


def _says_without_a_subject(opening: Token, word: Token) -> bool:
    """'Said contact ... was cancelled': a note's sentence opens on a reporting verb in the
    past or present with no one named as its subject or whom it was said to, and the
    decision is what it reports, however the parser hung the two on each other."""
    if not _reports(opening) or opening.tag_ not in {"VBD", "VBZ"}:
        return False
    if any(c.dep_ in {"nsubj", "dative", "dobj"} and c.pos_ == "PRON" for c in opening.children):
        return False  # "Told him we cannot ...": the writer speaking
    if opening.i != word.i and opening.head.i == word.i:
        return True  # the parser took the verb for the decision's subject
    return word.head.i == opening.i and word.dep_ in {"ccomp", "parataxis"}


def _reports(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in hearsay_verbs()


def approval_asked_for(token: Token) -> bool:
    """'I will ask the team manager to agree the funding', 'Margaret Ellery asked for
    agreement to fund a room at Alderbank Lodge', 'I am writing to ask for a decision on
    waiving his care charges': a decision asked of whoever may make it is still to be made;
    the sentence records the asking. Asked for by its noun ("agreement to", "a decision
    on"), any decision may be what is asked for; asked of someone by name, only the verbs of
    deciding on what is put to them ("ask the manager to fund", not "ask her to close the
    case", a task handed on). A request turned down is decided by its own verb ("Request
    for ASC to fund a deep clean – declined"), which this leaves."""
    asking_verbs = word_list("decision_asking_verb")
    if token.dep_ == "xcomp":
        asking = token.head
        return (
            token.lemma_.lower() in word_list("asked_decision_verb")
            and asking.lemma_.lower() in asking_verbs
            and any(c.dep_ == "dobj" for c in asking.children)
        )
    approval = _approval_named_for(token)
    if approval is None:
        return False
    preposition = approval.head
    return (
        approval.dep_ == "pobj"
        and preposition.lower_ == "for"
        and preposition.head.lemma_.lower() in asking_verbs
    )


def _approval_named_for(token: Token) -> Token | None:
    """The noun of approval a decision is named by: "agreement to fund a room", "a decision
    on waiving the charges", "approval for closing the case"."""
    approvals = word_list("approval_noun")
    if token.dep_ in {"acl", "relcl"} and token.head.lower_ in approvals:
        return token.head
    preposition = token.head
    if (
        token.dep_ == "pcomp"
        and preposition.lower_ in {"on", "about", "for"}
        and preposition.head.lower_ in approvals
    ):
        return preposition.head
    return None
