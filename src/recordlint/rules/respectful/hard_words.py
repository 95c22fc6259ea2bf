"""Words that also mean "hard" ("difficult", "challenging"): whether they say what a thing
or a task is, or what someone finds hard, rather than what a person is like.

A hard thing ("the difficult decision"), a task made hard ("would make living alone
difficult") and what someone finds hard ("finds the stairs difficult", "difficult for her")
label no one, while a person found so ("staff find him difficult") is still labelled. The
tests read only the parse around the word, and stand apart from the reading of who the
words describe (:mod:`recordlint.rules.respectful.person`), which asks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def said_of_a_thing(word: Token) -> bool:
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
    return referent_of(_named_after(word, noun)) is Referent.THING


def _named_after(word: Token, noun: Token) -> Token:
    """The noun a word that also means "hard" describes: the head the parser gave it, or
    the plural noun straight after it that the parser took for a modifier of a later noun
    when a possessive's mark was lost ("the difficult decisions adults' social workers are
    having to make": "decisions" read as a modifier of "adults"). A plural noun does not
    modify another as a singular one does ("a care home"), so the phrase ends there."""
    after = word.doc[word.i + 1]
    if (
        after.i != noun.i
        and after.dep_ == "compound"
        and after.head.i == noun.i
        and after.tag_ == "NNS"
    ):
        return after
    return noun


# How far up the parse a task made hard may stand from the word that says it is hard.
_MADE_HARD_DEPTH = 3


def a_task_made_hard(word: Token) -> bool:
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


def hard_for_someone(root: Token) -> bool:
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
    if _found_so_with_its_object_before(root):
        return True  # "Things you find difficult", however the parser hung the words
    holders = [root, root.head] if root.dep_ in {"acomp", "oprd"} else [root]
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and _for_someone(c)
        for h in holders
        for c in h.children
    )


def _found_so_with_its_object_before(root: Token) -> bool:
    """Whether an adjective follows a form of "find" with nothing but adverbs between
    ("the things you find difficult", "• Things you find very difficult"): what is found
    so stands before, as what a relative clause is about, and the finder says what they
    find hard. A list's bullet or a heading can lead the parser to hang the adjective
    anywhere, so the words' order is read. What is found so is a person only when the
    clause is about one ("a man staff find difficult"), and "was found aggressive" says
    it of whoever was found; both are still read."""
    doc = root.doc
    i = root.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i < 0 or doc[i].lemma_.lower() != "find" or doc[i].pos_ != "VERB":
        return False
    find = doc[i]
    if any(c.dep_ == "auxpass" for c in find.children) or (i > 0 and doc[i - 1].lemma_ == "be"):
        return False  # "she was found aggressive": said of her
    # "a man staff find difficult": said of him
    return not (
        find.dep_ == "relcl" and referent_of(find.head) in {Referent.PERSON, Referent.OTHER_PERSON}
    )


# "finds them difficult" may be of things as well as people.
_PLURAL_PRONOUNS = frozenset({"them", "they"})


def a_person_found_so(root: Token) -> bool:
    """Whether a label is what someone finds one person ("staff find him difficult",
    "carers finding Mrs P very challenging", "staff are finding him very demanding"): the
    one found so stands between "find" and the word, as its subject or as the object of
    "find", and is a person, singular. Any label reads so, not only the words that also
    mean hard: whoever finds the person so, the record says what the person is like. A
    task or a thing found hard ("finds the stairs difficult", "finds it challenging") and
    people in general ("finds new people difficult") say what the finder finds hard, and
    stay so."""
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
