"""Whether the matched words describe a person (:func:`describes_a_person`).

Reads the dependency parse for who or what the words are said of: a person, family or
friends count; an organisation, a document, a decision, an amount, a kind of work, what
someone finds hard or a forecast about a home do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import NOTE_BREAKS, PREDICTIVE_MODALS, fragment_start, sentence_of
from recordlint.lexicon import JudgementalEntry, word_list
from recordlint.matching import PhraseMatch, match_root
from recordlint.rules.respectful.lexicon import CHOICE_VERBS, COUNTS_AS_PERSON, HOLDING_VERBS
from recordlint.rules.respectful.notes import (
    TIMES,
    a_note_of_its_own,
    commented_clause,
    doer_of_reported_coordinate,
    linked_before_a_comma,
    note_after_a_comma,
    note_doer,
    thing_noted_as_refused,
    when_after_a_label,
)
from recordlint.rules.respectful.suggestions import leads_with_verb
from recordlint.segments import DASHES
from recordlint.subjects import Referent, doer_of, referent_of, speaker_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Determiners of amount, which leave a noted attribute the person's ("Some resistive
# behaviour"), unlike "the" or "this", which point at something named elsewhere.
SOME = frozenset({"some", "more", "much", "further"})


def describes_a_person(doc: Doc, match: PhraseMatch, entry: JudgementalEntry) -> bool:
    """Whether the matched words are said of a person (or may be: note-style fragments)."""
    if _about_an_amount(doc, match):
        return False  # "Private physio: £40 pw - not allowed": a decision about a cost
    root = match_root(doc, match)
    if entry.hard_sense and (_said_of_a_thing(root) or _a_task_made_hard(root)):
        return False  # "the difficult decision", "would make living alone difficult"
    if _doer_before_a_bare_object(root):
        # "she was fine but refused shower", "Lorna became abusive and ended visit": the note
        # dropped the article, and the parser joined the label to the noun after it.
        return True
    if leads_with_verb(doc, match, entry):
        reported = doer_of_reported_coordinate(root)
        if reported is not None:
            return referent_of(reported) in COUNTS_AS_PERSON
        if note_doer(doc, root):
            return True  # "pt refused strip wash", "Dtr demanding respite tonight"
        when = _time_a_doing_hangs_on(root)
        if when is not None:
            # "awake most nights wandering along the landing": what he does then.
            holder = subject_of(when.head)
            return holder is None or referent_of(holder) in COUNTS_AS_PERSON
        referent, token = doer_of(root)
        if referent is Referent.THING and token is not None and _one_initial(token):
            referent = Referent.PERSON  # "T lacks insight into his memory problems"
        if thing_noted_as_refused(root, referent, token):
            return True  # "Bath board – refused", "shower call, refused again"
        if referent is Referent.THING and token is not None and a_note_of_its_own(token, root):
            return True  # "Poor hygiene, smells, refuses to wash": the person refuses
        if referent is Referent.UNKNOWN and token is not None:
            patient = referent_of(token)
            if root.lemma_.lower() not in CHOICE_VERBS:
                # "He was toileted", "she is demented": done-to words label the patient.
                return patient in COUNTS_AS_PERSON
            # "She was refused a badge" (she was refused something) and "The application
            # was refused" (a decision) are not the person's refusal; "Personal care was
            # refused" is.
            if patient in {Referent.PERSON, Referent.OTHER_PERSON, Referent.ORGANISATION}:
                return False
            return token.lemma_.lower() not in word_list("decided_thing")
        return referent in COUNTS_AS_PERSON
    last = doc[match.end - 1]
    if _a_kind_of_work(last):
        return False  # "extended in complex cases", "no new complex cases": no one in them
    if last.pos_ in {"NOUN", "PROPN"}:
        # A label used as a noun ("reports of challenging behaviour") is a label wherever it
        # stands; only "X is a bed blocker" and "sees X as a burden" need X to be a person.
        # "needs around meals, medication and wandering after dark": a doing listed with
        # other nouns is one wherever the list stands, as it is alone.
        first = _first_conjunct(last) if _a_doing_named(last, entry) else last
        if first.dep_ not in {"attr", "appos", "conj"} and not _what_an_object_is_taken_as(first):
            return True
        root = last
    if _hard_for_someone(root) and not (entry.hard_sense and _a_person_found_hard(root)):
        return False  # "The stairs are becoming difficult for Peggy": what she finds hard
    if note_after_a_comma(root):
        # "Son rang, very aggressive on the phone": a note of its own, whose subject is
        # left unsaid, however the parser hung it on the words before the comma.
        speaker = speaker_of(root)
        return speaker is None or speaker.pos_ in {"VERB", "AUX"}
    linking = linked_before_a_comma(root)
    subject = subject_of(linking if linking is not None else root)
    if subject is not None and match.start <= subject.i < match.end:
        # "Jordan is attention seeking": the parser took a word of the label for its subject.
        subject = subject_of(root.head) if root.head is not root else None
        if subject is not None and match.start <= subject.i < match.end:
            # "Non compliant again, 3rd time this week": the parser took "Non" for the
            # subject of the whole label, so the note has none of its own.
            subject = None
    if (
        subject is not None
        and referent_of(subject) is Referent.THING
        and (a_note_of_its_own(subject, root) or when_after_a_label(subject, root))
    ):
        subject = None  # "Non-compliant with fluids, only two sips of tea."
    if subject is None:
        # A note fragment leaves its subject, the person, unsaid; a reported clause
        # ("Mrs X believes the council's alternative ... is unreasonable") has one the
        # parser lost, and it cannot be taken for the person.
        speaker = speaker_of(root)
        return speaker is None or speaker.pos_ in {"VERB", "AUX"}
    if subject.dep_ == "pobj" and subject.head.lower_ == "in" and subject.head.head.lemma_ == "be":
        # "The flat was in a disgusting state": said of the flat.
        subject = subject_of(subject.head.head) or subject
    commented = commented_clause(root)
    if commented is not None:
        # "She rings the office several times a day, which is attention seeking behaviour":
        # the comment labels what the doer of the clause before it did.
        doer = subject_of(commented)
        return doer is not None and referent_of(doer) in COUNTS_AS_PERSON
    referent = referent_of(subject)
    if referent is Referent.THING and _one_initial(subject):
        referent = Referent.PERSON  # "S is fixated on her boyfriend"
    if referent is Referent.THING:
        if root.pos_ == "VERB" and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in root.children
        ):
            return False  # "his illness is interfering with his life": the thing acts
        # "her behaviour", "his lifestyle": an attribute of the person still labels them.
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None:
            return referent_of(owner) in COUNTS_AS_PERSON
        return _held_by_a_person(subject) or _noted_attribute(subject)
    # A judgement of the person's home ("the flat was squalid") is a judgement of them; a
    # label for a professional ("Home manager very unhelpful") is still a label, though a
    # professional's refusal (the verbs above) is a decision and how often staff do their
    # work ("Staff constantly check on her") is no complaint.
    if referent is Referent.PROFESSIONAL:
        return root.pos_ != "ADV"
    if referent is Referent.HOME:
        # "the flat will be a mess" forecasts a state no one has seen: a prediction, which
        # the opinion rules report; a person forecast to be a label is still labelled.
        return not _forecast(root)
    return referent in COUNTS_AS_PERSON


# One capital that stands for no person's name: the writer, and the article.
_NOT_AN_INITIAL = frozenset({"I", "A"})


def _one_initial(subject: Token) -> bool:
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
    verb = subject.head
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return "VBP" not in tags and bool(tags & {"VBZ", "VBD"})


# Dependencies of a noun that make it a full noun phrase, not a note's bare object.
_NOUN_PHRASE_MAKERS = frozenset({"det", "poss", "nummod", "predet", "quantmod"})


def _doer_before_a_bare_object(word: Token) -> bool:
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


def _said_of_a_thing(word: Token) -> bool:
    """Whether a word that also means "hard" stands before a noun for a thing, picked out
    by an article or a pointer ("made the difficult decision", "had a challenging
    conversation"): it says the thing was hard, not what a person is like. Before a word for
    a person ("a difficult man") it is a label, and a bare noun may be a note's object ("Dtr
    difficult visit"), which the readings below weigh."""
    if word.dep_ != "amod" or word.pos_ != "ADJ":
        return False
    noun = word.head
    if noun.i <= word.i or noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" for c in noun.children):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "her difficult behaviour": something of hers
    return referent_of(noun) is Referent.THING


# How far up the parse a task made hard may stand from the word that says it is hard.
_MADE_HARD_DEPTH = 3


def _a_task_made_hard(word: Token) -> bool:
    """Whether a word that also means "hard" says what something makes a task with no doer
    of its own ("needs that would make living on her own difficult", "makes getting out
    challenging"): the task is hard, and no one is labelled. The parser may hang the word
    under the task or under "make"; either way the task is an -ing form under "make"
    ("makes him difficult to care for" names a person and is not this)."""
    current = word
    for _ in range(_MADE_HARD_DEPTH):
        head = current.head
        if head is current:
            return False
        if head.lemma_.lower() == "make" and head.i < word.i:
            return any(
                _an_ing_task(c) and c.i < word.i
                for c in head.children
                if c.dep_ in {"xcomp", "ccomp", "dobj", "nsubj", "csubj"}
            ) or any(_an_ing_task(c) and c.dep_ in {"nsubj", "csubj"} for c in word.children)
        current = head
    return False


def _an_ing_task(word: Token) -> bool:
    """Whether a word is a task named by its -ing form with no doer of its own ("living on
    her own", "cooking for herself", which the tagger may read as a noun)."""
    if word.tag_ not in {"VBG", "NN"} or not word.lower_.endswith("ing"):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "poss"} for c in word.children)


def _a_doing_named(noun: Token, entry: JudgementalEntry) -> bool:
    """Whether a label's noun is the -ing form of a label's verb, naming what someone does
    ("wandering", "hoarding"), not what is done to someone ("feeding", which the lexicon
    marks done-to) nor a noun of its own ("misuse", "refusal", "behaviours"): a doing
    listed among nouns ("medication and wandering after dark") is still the person's, while
    a listed category ("drug or alcohol misuse") or someone else's act ("the Council's
    refusal") may be no one's label."""
    if entry.done_to or noun.tag_ != "NN" or not noun.lower_.endswith("ing"):
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


def _first_conjunct(noun: Token) -> Token:
    """The first noun of the list a noun is listed in, or the noun itself: "a drinker and
    a gambler" stands where "a drinker" stands, as the complement of "is"; "meals,
    medication and wandering" where "meals" stands, as the object of a preposition."""
    current = noun
    while current.dep_ == "conj" and current.head.i < current.i:
        current = current.head
    return current


def _time_a_doing_hangs_on(verb: Token) -> Token | None:
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


def _a_kind_of_work(noun: Token) -> bool:
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


def _what_an_object_is_taken_as(noun: Token) -> bool:
    """Whether a noun is what the object of a verb is seen, treated or described as: "see
    recording as an administrative burden", "treats him as a burden". The label is said of
    that object, which may be a task or a thing rather than a person."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.dep_ != "prep":
        return False
    held = noun.head.head
    if held.dep_ == "dobj":
        return True
    return held.pos_ == "VERB" and any(c.dep_ == "dobj" for c in held.children)


def _about_an_amount(doc: Doc, match: PhraseMatch) -> bool:
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


def _hard_for_someone(root: Token) -> bool:
    """Whether an adjective says what someone finds hard ("difficult for her", "finds the
    stairs difficult") rather than what they are like. "for" with a stretch of time ("has
    been non-compliant with meds for 3 days") or a task says how long or what for, not for
    whom."""
    if root.pos_ != "ADJ":
        return False
    if (
        root.dep_ in {"ccomp", "oprd", "xcomp", "acomp"}
        and root.head.lemma_.lower() == "find"
        and root.head.i < root.i
    ):
        return True  # "She finds the stairs difficult", "which he would find difficult"
    if _complement_of_find(root):
        return True  # "finds organising her life very difficult", however it is parsed
    holders = [root, root.head] if root.dep_ in {"acomp", "oprd"} else [root]
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and _for_someone(c)
        for h in holders
        for c in h.children
    )


# "finds them difficult" may be of things as well as people.
_PLURAL_PRONOUNS = frozenset({"them", "they"})


def _a_person_found_hard(root: Token) -> bool:
    """Whether a word that also means hard is what someone finds one person ("staff find
    him difficult", "carers finding Mrs P very challenging"): the one found so stands
    between "find" and the word, as its subject or as the object of "find", and is a
    person, singular. A task or a thing found hard ("finds the stairs difficult", "finds
    it challenging") and people in general ("finds new people difficult") say what the
    finder finds hard, and stay so."""
    find = root.head
    if find.lemma_.lower() != "find" or find.i > root.i:
        return False
    found = [
        c
        for c in [*root.children, *find.children]
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and find.i < c.i < root.i
    ]
    return any(
        t.tag_ in {"NN", "NNP", "PRP"}
        and t.lower_ not in _PLURAL_PRONOUNS
        and referent_of(t) in {Referent.PERSON, Referent.OTHER_PERSON}
        for t in found
    )


def _for_someone(preposition: Token) -> bool:
    """Whether "for" names someone a state is hard for ("difficult for her", "too much for
    his wife", "challenging for staff"), not a stretch of time ("non-compliant with meds
    for 3 days") or a task ("reliant on carers for washing")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return not objects or any(
        o.pos_ == "PRON" or referent_of(o) is not Referent.THING for o in objects
    )


# How deep an adjective may sit under "find" in a parse that took the task for a clause.
_FIND_COMPLEMENT_DEPTH = 3


def _complement_of_find(root: Token) -> bool:
    """Whether an adjective is what someone finds a task, when the parser hung it under the
    task ("finds organising her life very difficult": "difficult" under "organising") or
    under a misspelt word it read as a verb: up through complements and clauses that have
    no subject of their own, to "find". "She finds that staff are difficult" says it of
    the staff, the subject of its own clause, and is not this."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
        return False  # "might make them more vulnerable": said of someone, under any verb
    current = root
    for _ in range(_FIND_COMPLEMENT_DEPTH):
        if current.dep_ not in {"ccomp", "oprd", "xcomp", "acomp", "advcl"}:
            return False
        head = current.head
        if head.lemma_.lower() == "find":
            # What someone finds hard follows "find"; a label before "found" is said of
            # whoever was found ("Demented and wandering again, found in garden").
            return head.i < root.i
        if head is current or any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            return False
        current = head
    return False


def _forecast(word: Token) -> bool:
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


def _held_by_a_person(noun: Token) -> bool:
    """Whether a described thing is something a person has, makes or shows: "She has
    unrealistic expectations", "makes unreasonable demands", "shows manipulative
    behaviour" label the person through what they hold."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOLDING_VERBS:
        return False
    holder = subject_of(noun.head)
    return holder is None or referent_of(holder) in COUNTS_AS_PERSON


def _noted_attribute(noun: Token) -> bool:
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
