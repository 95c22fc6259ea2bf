"""Note-style fragments: notes run together with commas, which leave their subject unsaid.

In "Poor hygiene, smells, refuses to wash" the person is the subject of every note, so a
label in such a list is read as said of them; these helpers find such notes, their doer,
and the labels the parser attached to the wrong noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import fragment_start
from recordlint.lexicon import word_list
from recordlint.rules.respectful.lexicon import CHOICE_VERBS, COUNTS_AS_PERSON
from recordlint.segments import DASHES
from recordlint.subjects import FINITE_TAGS, Referent, referent_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Verbs an adjective after them completes: "appeared unkempt", "looked dishevelled".
LINKING_VERBS = frozenset({"be", "appear", "seem", "look", "become", "present"})


def linked_before_a_comma(word: Token) -> Token | None:
    """The linking verb an adjective completes when the parser made the adjective a
    modifier of a noun after a comma: in "Irene appeared unkempt, same clothes as DN
    describes" the words say how Irene appeared, though "unkempt" was hung on "clothes". An
    adjective straight after "appear", "seem", "look" or "be" and before a comma is that
    verb's complement, whatever noun follows the comma; None otherwise."""
    if word.pos_ != "ADJ" or word.dep_ != "amod" or word.head.i <= word.i or word.i == 0:
        return None
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is None or after.text != ",":
        return None
    verb = doc[word.i - 1]
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in LINKING_VERBS:
        return None
    return verb


def commented_clause(word: Token) -> Token | None:
    """The verb of the clause a comment "..., which is <label>" points back to: "which" after
    a comma stands for the whole clause before it, however the parser hung the comment
    (often on the clause's last noun, "several times a day"). None when the label is not
    in such a comment, and for a "which" that picks out a noun ("the chair which is too
    small")."""
    verb = word.head if word.dep_ in {"attr", "acomp"} else word
    if verb.dep_ != "relcl":
        return None
    which = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
    if which is None or which.i == 0 or word.doc[which.i - 1].text not in {",", *DASHES}:
        return None
    current = verb.head
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current if current.pos_ in {"VERB", "AUX"} and current.i < which.i else None


def note_after_a_comma(word: Token) -> bool:
    """Whether a label the parser made a modifier of a noun stands after that noun with a
    comma between them: "Son rang, very aggressive on the phone" ("rang" read as a noun),
    "Presses pendant for company, attention seeking". A modifier of a noun stands next to
    it ("an aggressive man", "a man seeking attention"); one set off after a comma is a
    note of its own about whoever the note is about."""
    if word.dep_ not in {"amod", "acl"} or word.head.i >= word.i:
        return False
    if word.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    start = min(t.i for t in word.subtree)
    between = word.doc[word.head.i + 1 : start]
    return len(between) > 0 and between[-1].text == ","


def thing_noted_as_refused(verb: Token, referent: Referent, subject: Token | None) -> bool:
    """Whether a note writes "<thing> refused" for "<thing> was refused": a list of what was
    offered ("Bath board – refused") drops the passive's "was", and the parser makes the
    thing the refuser. A thing cannot refuse, so the person did; a decided thing ("claim
    refused") is still an organisation's decision, and a thing that "fails" does so on its
    own ("the boiler failed"). An item set off by a dash is what was offered whatever its
    word may also name ("Bath board – refused", "Day centre – refused"): a body deciding
    is written "the council refused", not listed."""
    if subject is None or subject.dep_ != "nsubj":
        return False
    listed = any(t.text in DASHES for t in verb.doc[subject.i + 1 : verb.i])
    if referent is not Referent.THING and not (listed and referent is Referent.ORGANISATION):
        return False
    if verb.lemma_.lower() not in CHOICE_VERBS - {"fail"}:
        return False
    if any(c.dep_ in {"dobj", "dative", "xcomp", "ccomp"} for c in verb.children):
        return False  # "the car refused to start": the thing's own failing
    return subject.lemma_.lower() not in word_list("decided_thing")


# Words for a part of a day or a week that say when a note's label held ("Lazy this
# morning", "Grumpy today"), which the parser can take for the noun the label describes.
TIMES = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "today", "tonight",
     "yesterday", "am", "pm"}
)  # fmt: skip


# Words that make a part of a day a time ("this morning", "last night"), not a noun the
# label describes ("a challenging day", "Challenging day for staff").
POINTING_TO_A_TIME = frozenset({"this", "that", "last", "every", "each", "all"})


def when_after_a_label(noun: Token, word: Token) -> bool:
    """Whether the noun the parser hung a label on is when the label held, after it in a
    note ("Lazy this morning", "Grumpy today"): the note leaves the person unsaid. A
    part of a day without a word that makes it a time ("Challenging day for staff") is
    what the label describes."""
    if noun.i <= word.i or noun.lower_ not in TIMES or word.i != fragment_start(word):
        return False
    if noun.lower_ in {"today", "tonight", "yesterday"}:
        return True
    return any(c.lower_ in POINTING_TO_A_TIME for c in noun.children if c.i < noun.i)


# Tags of a verb that carries a tense ("was", "refuses"); a note's bare participle ("only
# one taken this week") does not.


def a_note_of_its_own(subject: Token, word: Token) -> bool:
    """Whether the subject the parser found for a label is a note of its own, set off from
    the label by a comma, as notes run short observations together: a noun phrase that
    opens the note and ends at a comma before the label ("Poor motivation, lacks insight",
    "Poor hygiene, smells, refuses to wash") or one after the comma that follows a label
    opening the note, with no verb of its own ("Non-compliant with fluids, only two sips of
    tea"). Such a list leaves its subject, the person, unsaid. A subject with a comma
    inside it ("The application, which was late, was refused"), one that does not open the
    note, a decided thing ("Blue badge application, refused") and the subject of a clause
    with a tensed verb after the comma ("Difficult to say, the letter was unclear") are
    subjects; a note's bare participle ("only one taken this week") has none."""
    doc = subject.doc
    if subject.i < word.i:
        words = [t.i for t in subject.subtree if not t.is_punct]
        if not words:
            return False
        left, right = min(words), max(words)
        if subject.dep_ not in {"nsubj", "csubj"} or left != fragment_start(subject):
            return False
        if right >= word.i:
            return False
        if any(t.is_punct and t.text != "-" for t in doc[left : right + 1]):
            return False
        if subject.lemma_.lower() in word_list("decided_thing"):
            return False  # "Blue badge application, refused": the body's decision
        return doc[right + 1].text == ","
    start = min(t.i for t in word.subtree)
    if start != fragment_start(word):
        return False
    verb = subject.head
    if subject.dep_ in {"nsubj", "nsubjpass"} and (
        verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    ):
        return False  # "Difficult to say, the letter was unclear": a clause with its verb
    return any(t.text == "," for t in doc[word.right_edge.i : subject.i])


def doer_of_reported_coordinate(verb: Token) -> Token | None:
    """The doer of a verb the parser coordinated with a reporting verb though a reported
    clause with its own subject stands between them: "Mrs X complains the Council changed
    her care, failed to manage the change and failed to ..." lists what the Council did, so
    the Council, not Mrs X, failed. The parser may hang such a verb on the reporting verb
    as a coordinate or as an adverbial clause with no subject of its own. None where no
    such clause stands between."""

    def own_subject(token: Token) -> bool:
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)

    hung = {"conj", "advcl", "ccomp", "xcomp"}
    if verb.dep_ not in hung or own_subject(verb):
        return None
    head = verb.head
    # "..., failed to explain why and failed to reply": the second hangs on the first's verb
    while head.dep_ in hung and not own_subject(head) and head.head is not head:
        head = head.head
    if head.lemma_.lower() not in word_list("reporting_verb"):
        return None
    for clause in head.children:
        if clause.dep_ == "ccomp" and head.i < clause.i < verb.i:
            subject = subject_of(clause)
            if subject is not None:
                return subject
    return None


def note_doer(doc: Doc, verb: Token) -> bool:
    """Whether a verb the parser read as a modifier of the noun after it follows a word for
    a person, as a note writes "<who> <did what>" without the grammar a sentence has: "pt
    refused strip wash" is the patient's refusal, not a kind of wash."""
    if verb.dep_ not in {"amod", "compound"} or verb.i == 0:
        return False
    before = doc[verb.i - 1]
    if before.pos_ not in {"NOUN", "PROPN", "PRON"} or before.tag_ == "PRP$":
        return False
    return referent_of(before) in COUNTS_AS_PERSON


# Tags of a verb in the present ("are", "is", "put"), against which a coordinated verb in
# the past ("became", "was") tells that the two are not one clause's.
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def doer_across_a_reported_clause(word: Token) -> Token | None:
    """The doer of a label whose verb, in the past, the parser coordinated with the present
    verb of a clause reported inside the sentence: in "she was not willing to accept that
    the letters are scams and became quite defensive" and "He rang demanding we put carers
    in and was quite aggressive", the one who became defensive or was aggressive is the
    sentence's own subject, not the letters or "we"; a reported clause does not change its
    tense halfway. None where the verbs share a tense ("said he is tired and is angry") or
    the label's verb has a subject of its own."""
    verb = word.head if word.dep_ in {"acomp", "attr", "oprd"} else word
    if verb.dep_ != "conj" or verb.tag_ != "VBD":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    reported = verb.head
    if reported.dep_ != "ccomp" or reported.tag_ not in _PRESENT_TAGS:
        return None
    if subject_of(reported) is None:
        return None
    return subject_of(reported.head)
