"""What a label is said of, read from the words around it: a capital that stands for a
person's name, a note's bare object, a doing listed among nouns, a kind of work, an object
taken as something, an amount of money, a forecast, and a thing a person has or shows.

These read one noun phrase or one word's place in the parse, and none asks who the whole
sentence is about; :mod:`recordlint.rules.respectful.person` weighs them together, and they
stand apart so that its one long reading stays whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.evaluative import (
    NOTE_BREAKS,
    PREDICTIVE_MODALS,
    fragment_start,
    risk_words,
    sentence_of,
)
from recordlint.lexicon import JudgementalEntry, word_list
from recordlint.matching import PhraseMatch, match_root
from recordlint.rules.respectful.lexicon import CHOICE_NOUNS, COUNTS_AS_PERSON, HOLDING_VERBS
from recordlint.rules.respectful.notes import TIMES
from recordlint.rules.respectful.verbs import MODIFIER_TAGS, PHRASE_OPENERS
from recordlint.segments import DASHES
from recordlint.subjects import Referent, referent_of, subject_of, verb_tags
from recordlint.text import line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Determiners of amount, which leave a noted attribute the person's ("Some resistive
# behaviour"), unlike "the" or "this", which point at something named elsewhere.
SOME = frozenset({"some", "more", "much", "further"})


# One capital that stands for no person's name: the writer, and the article.
_NOT_AN_INITIAL = frozenset({"I", "A"})


def one_initial(subject: Token) -> bool:
    """Whether a subject the tagger read as a common noun is one capital letter standing
    for a person's name ("T lacks insight into his memory problems", "K is non-compliant
    with meds"): a record that names the person in its heading often calls them by the
    first letter after, in paragraphs where the name is never spelt out. The letter has no
    word of its own before it ("Vitamin D is low", "Plan B was agreed" name things), and
    its verb agrees with one person; a plural verb reads as a body or a list's letter.
    "I" is the writer and "A" is left to the article."""
    text = subject.text
    if len(text) != 1 or not text.isupper() or text in _NOT_AN_INITIAL:
        return False
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(c.dep_ in {"det", "compound", "amod", "poss", "nummod"} for c in subject.children):
        return False
    tags = verb_tags(subject.head)
    return "VBP" not in tags and bool(tags & {"VBZ", "VBD"})


# Dependencies of a noun that make it a full noun phrase, not a note's bare object.
_NOUN_PHRASE_MAKERS = frozenset({"det", "poss", "nummod", "predet", "quantmod"})


def doer_before_a_bare_object(word: Token) -> bool:
    """Whether a label the parser made a modifier of the bare singular noun after it is
    said of a person because that noun is what a note's verb was done to: notes drop the
    article, and the parser reads the label and the object as one noun phrase ("she was
    fine but refused shower", "Mr Hale - refused day centre", "Lorna became abusive and
    ended visit"). Where the noun stands as the complement or a coordinate of a clause, or in
    apposition to a name, the label is said of that clause's subject or that name. False
    where the words are not such a note, which leaves the label to the other readings: a
    noun with an article, a possessive or a number ("a refused application", "her
    difficult week"), a plural, or an object of a verb ("has difficult relationship")."""
    if word.dep_ != "amod" or word.pos_ not in {"ADJ", "VERB"}:
        return False
    noun = word.head
    if noun.i <= word.i or noun.tag_ != "NN" or noun.dep_ not in {"attr", "conj", "appos"}:
        return False
    if any(c.dep_ in _NOUN_PHRASE_MAKERS for c in noun.children):
        return False
    holder = noun.head
    if holder is noun:
        return False
    if noun.dep_ == "appos":
        # "Mr Hale - refused day centre"; "Flat 3 - refused collection" is said of no one.
        return holder.pos_ in {"PROPN", "NOUN"} and referent_of(holder) in {
            Referent.PERSON,
            Referent.OTHER_PERSON,
        }
    if holder.pos_ not in {"VERB", "AUX"}:
        return False
    subject = subject_of(holder)
    return (
        subject is not None
        and subject.i < word.i
        and referent_of(subject) in {Referent.PERSON, Referent.OTHER_PERSON}
    )


def a_doing_named(noun: Token, entry: JudgementalEntry) -> bool:
    """Whether a label's noun is the -ing form of a label's verb, naming what someone does
    ("wandering", "hoarding"), not what is done to someone ("feeding", which the lexicon
    marks done-to) nor a noun of its own ("misuse", "refusal", "behaviours"): a doing
    listed among nouns ("medication and wandering after dark") is still the person's, while
    a listed category ("drug or alcohol misuse") or someone else's act ("the Council's
    refusal") may be no one's label."""
    if entry.done_to or noun.tag_ != "NN" or not noun.lower_.endswith("ing"):
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


def first_conjunct(noun: Token) -> Token:
    """The first noun of the list a noun is listed in, or the noun itself: "a drinker and
    a gambler" stands where "a drinker" stands, as the complement of "is"; "meals,
    medication and wandering" where "meals" stands, as the object of a preposition."""
    current = noun
    while current.dep_ == "conj" and current.head.i < current.i:
        current = current.head
    return current


def time_a_doing_hangs_on(verb: Token) -> Token | None:
    """The word for a part of a day or week that the parser hung a label's -ing verb on
    as its modifier, when the verb follows it: in "Mr Ogden is awake most nights
    wandering along the landing" the verb says what he does on those nights, not what kind of
    nights they are, so its doer is the subject of the clause the time stands in. None
    for any other verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    time = verb.head
    if time.i >= verb.i or time.lemma_.lower() not in TIMES or time.head is time:
        return None
    return time


# Determiners that pick out particular ones: "these complex cases" are someone's.
_PICKING_OUT = frozenset({"the", "this", "that", "these", "those"})


def a_kind_of_work(noun: Token) -> bool:
    """Whether a label's noun is a piece of work a service takes on (the word list
    "work_item": "case") in the plural, with nothing that picks out particular ones: "the
    timescale may be extended in high risk or complex cases", "no new complex cases until
    August" name a kind of work, not a person. "She is a complex case" and "these complex
    cases" still speak of someone."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in word_list("work_item"):
        return False
    return not any(
        c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ in _PICKING_OUT)
        for c in noun.children
    )


def what_an_object_is_taken_as(noun: Token) -> bool:
    """Whether a noun is what the object of a verb is seen, treated or described as: "see
    recording as an administrative burden", "treats him as a burden". The label is said of
    that object, which may be a task or a thing rather than a person."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.dep_ != "prep":
        return False
    held = noun.head.head
    if held.dep_ == "dobj":
        return True
    return held.pos_ == "VERB" and any(c.dep_ == "dobj" for c in held.children)


def used_by_a_person(noun: Token) -> bool:
    """Whether the pretext a noun names ("an excuse") is used by a person: the doer of the
    verb its "as" hangs on, directly or through the thing used ("is using fatigue as an
    excuse", "the parents are using the past as an excuse"), is anyone but a body or the
    writer, or a note leaves the doer unsaid ("Using her back as an excuse again"): only
    someone uses a pretext, so a doer read as a thing ("parents", a word for parents in
    general) is still someone. A body's use ("the Council used staff shortages as an
    excuse") labels no person, and the writer's own ("I used it as an excuse to call")
    is theirs; a pretext named without "as" is read as any label noun is."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return True
    verb = noun.head.head
    if verb.dep_ in {"dobj", "pobj"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "using [the past [as an excuse]]": "as" hung on the thing used
    if verb.pos_ not in {"VERB", "AUX"}:
        return True
    doer = subject_of(verb)
    return doer is None or referent_of(doer) not in _NO_PERSON_USING


# Doers whose pretext labels no person the record is about: a body, and the writer.
_NO_PERSON_USING = frozenset({Referent.ORGANISATION, Referent.WRITER})


def about_an_amount(doc: Doc, match: PhraseMatch) -> bool:
    """Whether the match is in a note after a dash that follows an amount of money, as a
    financial assessment lists each cost ("Private physio: £40 pw - not allowed"): the
    verdict is about the cost, not the person."""
    start = fragment_start(doc[match.start])
    sentence = sentence_of(doc[match.start])
    if start == sentence.start or doc[start - 1].text not in DASHES:
        return False
    before = start - 1
    while before > sentence.start and doc[before - 1].text not in NOTE_BREAKS:
        before -= 1
    words = doc[before : start - 1]
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False  # a clause before the dash ("Client claims he needs £30 -") is not a cost
    return any(t.tag_ == "$" for t in words)


def forecast(word: Token) -> bool:
    """Whether a label is what its subject is forecast to be ("the flat will be a mess",
    "the house will be in a state"): a state not yet seen."""
    current = word
    for _ in range(3):
        if current.dep_ not in {"acomp", "attr", "pobj", "prep"} or current.head is current:
            return False
        current = current.head
        if current.lemma_ in {"be", "become"}:
            return any(c.dep_ == "aux" and c.lower_ in PREDICTIVE_MODALS for c in current.children)
    return False


def foretold(verb: Token) -> bool:
    """Whether an assessment's verb is foretold with a modal of prediction ("Jean will not
    cope", "probably won't cope much longer", "would not cope if it wasn't there"): a
    forecast of how someone will manage, which the opinion rules ask to be grounded, not a
    state anyone was seen in."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.text.lower() in PREDICTIVE_MODALS for c in verb.children
    )


def named_as_a_risk(word: Token) -> bool:
    """Whether a label is what a risk is of ("at risk of carer breakdown", "a high risk of
    placement breakdown", "Risk of carer breakdown is high"), or is set out in a field
    whose label names risks ("Risks: pressure damage, carer breakdown.", "Risks: carer
    breakdown imminent."): the thing weighed as what may happen, not a state anyone is
    said to be in. A form's risk field lists what the assessor weighs, as "at risk of"
    does in prose; without the field's label ("Carer breakdown imminent.") it still
    counts."""
    if _in_a_risk_field(word):
        return True
    if word.dep_ not in {"pobj", "pcomp"} or word.head.lower_ != "of":
        return False
    weighed = word.head.head
    return weighed.pos_ == "NOUN" and weighed.lemma_.lower() in risk_words()


# A field label at the start of a line: a few words before a colon ("Risks:", "Key
# risks:", "Risk to carer:").
_FIELD_LABEL = re.compile(r"\W*(?P<label>[A-Za-z][A-Za-z' ]{0,30}?)\s*:")


# A heading on a line of its own that opens the paragraph: a section's number, then a few
# words, with at most a colon after them ("6. Risks", "Risks", "Key risks:").
_HEADING_LINE = re.compile(
    r"\W*(?:\d+[.)]?[ \t]*)?(?P<label>[A-Za-z][A-Za-z' ]{0,30}?)[ \t]*:?[ \t]*$"
)


def _in_a_risk_field(word: Token) -> bool:
    """Whether a word stands on a line that opens with a field label naming risks, or
    under a heading naming risks that opens its paragraph ("6. Risks", then "Leaving the
    house at night; falls; carer breakdown."): the section lists what the assessor weighs,
    as the field does on one line."""
    text = word.doc.text
    begins = line_start(text, word.idx)
    label = _FIELD_LABEL.match(text, begins, word.idx)
    if label is None and begins > 0:
        first_line = text.partition("\n")[0]  # a word on a later line: a newline is there
        label = _HEADING_LINE.fullmatch(first_line.rstrip())
    if label is None:
        return False
    words = label.group("label").lower().split()
    return any(w in risk_words() or w.removesuffix("s") in risk_words() for w in words)


# Prepositions of place: what stands after one is where something is put or seen.
_PLACE_PREPOSITIONS = frozenset({"on", "at", "onto", "near", "beside"})
# Between such a preposition and the noun it governs may stand the words that open a noun
# phrase ("on the feeder", PHRASE_OPENERS) and one noun or adjective before it ("on the
# window feeder", MODIFIER_TAGS).


def a_place_a_thing_is(doc: Doc, match: PhraseMatch) -> bool:
    """Whether a label's noun is where something is put or seen: the object of a
    preposition of place, with only the words that open a noun phrase and one modifier
    between ("birds on feeder", "watching birds at feeder", "put birdseed on the window
    feeder"). The word names a thing that shares its spelling with a label (a bird
    feeder), not a person: people are labelled as what they are ("She is a feeder at
    meal times", "Lewis - a feeder"), not as where something stands. A verb ("insisted on
    refusing") is left to the other tests, and so is a label that modifies the noun after
    it ("Staff at the ... shop", with a slur before "shop"): that still labels."""
    root = match_root(doc, match)
    if root.pos_ in {"VERB", "AUX"} or root.tag_.startswith("VB"):
        return False
    if match.end < len(doc) and doc[match.end].tag_ in {"NN", "NNS", "NNP", "NNPS", "POS"}:
        return False  # "at the Paki shop": the label modifies the place, and is a slur still
    i = match.start - 1
    while i >= 0 and doc[i].tag_ in PHRASE_OPENERS:
        i -= 1
    if i >= 0 and doc[i].tag_ in MODIFIER_TAGS and doc[i].head.i >= match.start:
        i -= 1
        while i >= 0 and doc[i].tag_ in PHRASE_OPENERS:
            i -= 1
    return i >= 0 and doc[i].tag_ == "IN" and doc[i].text.lower() in _PLACE_PREPOSITIONS


def held_by_a_person(noun: Token) -> bool:
    """Whether a described thing is something a person has, makes or shows: "She has
    unrealistic expectations", "makes unreasonable demands", "shows manipulative
    behaviour" label the person through what they hold."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOLDING_VERBS:
        return False
    holder = subject_of(noun.head)
    return holder is None or referent_of(holder) in COUNTS_AS_PERSON


def noted_attribute(noun: Token) -> bool:
    """Whether a described thing is a note's word for something of the person's own, with
    no one else's named: "frequent attender at A&E, manipulative presentation", "Hostile
    manner.", "Behaviour can be challenging when she helps him wash." A note leaves the
    owner, the person, unsaid, as it leaves the subject; "the policy on aggressive
    behaviour" or "managing challenging behaviour" is about no one. An amount ("Some
    resistive behaviour w/ personal care") names no one else either."""
    if noun.lemma_.lower() not in word_list("person_attribute"):
        return False
    if noun.dep_ not in {"ROOT", "appos", "conj", "nsubj"}:
        return False
    return not any(
        c.dep_ in {"poss", "prep"} or (c.dep_ == "det" and c.lower_ not in SOME)
        for c in noun.children
    )


# Pronouns that stand for what the clause before them told ("... and this is a ...").
_POINTING_BACK = frozenset({"this", "that", "it"})


def a_doing_pointed_back_to(subject: Token, label: Token) -> bool:
    """Whether a label noun is what a pronoun standing for the clause just before is said
    to be, and that clause tells what a person does: "Shona is choosing to live this way
    and this is a lifestyle choice", "Mr L won't accept help. This is a lifestyle choice."
    The pronoun opens its clause and names no thing of its own; the label is said of the
    doer of the clause it stands for, as a comment's "which" is ("..., which is attention
    seeking behaviour"). A clause before it about a thing ("The flat was cold. This is a
    mess") leaves the label on the thing."""
    if subject.lower_ not in _POINTING_BACK or subject.dep_ != "nsubj" or label.dep_ != "attr":
        return False
    copula = subject.head
    if copula.lemma_.lower() != "be" or label.head.i != copula.i:
        return False
    doc = subject.doc
    if copula.dep_ == "conj" and copula.head.i < subject.i:
        if subject.i == 0 or doc[subject.i - 1].dep_ != "cc":
            return False
        before = copula.head
    elif copula.dep_ == "ROOT" and subject.i == copula.sent.start and subject.i > 0:
        before = doc[subject.i - 1].sent.root
    else:
        return False
    doer = subject_of(before)
    return doer is not None and referent_of(doer) in COUNTS_AS_PERSON


def owned_bare_by_a_person(noun: Token) -> bool:
    """Whether a noun that judges only as someone's own ("his attitude", "Mr Parfitt's
    attitude has improved", "left because of his attitude") is owned by a person and
    unqualified. A word before it that says what kind ("a positive attitude", "her
    can-do attitude") or an owner that is a thing ("its attitude") names nothing against
    anyone."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"amod", "compound", "det"} for c in noun.children):
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    if owner.pos_ == "PRON":
        return owner.lower_ != "its"
    return referent_of(owner) in COUNTS_AS_PERSON


def a_decision_on_a_thing(noun: Token) -> bool:
    """Whether the noun of a choice ("refusal") is a body's decision on a thing named before
    it: "Referral to Welfare Rights re Pension Credit refusal", "a review of the TFL
    refusal". The word before it names a decided thing (a claim, a benefit, a grant) or
    a body, as "The application was refused" does; "her refusal" and "SU refusal of care"
    are a person's."""
    if noun.lemma_.lower() not in CHOICE_NOUNS:
        return False
    return any(
        c.dep_ == "compound"
        and c.i < noun.i
        and (
            c.lemma_.lower() in word_list("decided_thing")
            or referent_of(c) is Referent.ORGANISATION
        )
        for c in noun.children
    )
