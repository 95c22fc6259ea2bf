"""What a predicate is said of: the subject of a verb, adjective or predicate noun
(:func:`subject_of`), who does what a verb describes (:func:`doer_of`) and whether a predicate
is said of the person (:func:`about_person`).

It climbs the dependency parse from the predicate to its subject, and classifies what it
finds with :mod:`recordlint.subjects.referents`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.subjects.referents import referent_of
from recordlint.subjects.words import (
    CLIMB_DEPS,
    FINITE_TAGS,
    RELATIVE_PRONOUNS,
    REPORT_FORMS,
    WEEKDAYS,
    Referent,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def subject_of(token: Token) -> Token | None:
    """The subject that ``token`` (a verb, adjective or predicate noun) is said of.

    Follows the parse through coordination ("came to the door but refused"), control verbs
    ("continues to refuse"), copulas ("is frail", "is in denial"), relative clauses ("the man
    who refused") and attributive use ("a manipulative man" -> man). Passive subjects are
    returned too; use :func:`doer_of` when the difference matters. ``None`` when the clause
    has no subject, as in note-style fragments ("Refused personal care.").
    """
    found = _raw_subject(token)
    if found is not None and _colon_between(found, token):
        return None  # "BPSD: resistive during personal care": a heading, not a subject
    if found is not None:
        found = _past_misread_report(found)
    return found


def _past_misread_report(subject: Token) -> Token:
    """The real subject when the parser took a reporting verb for the subject noun
    ("Provider states pt is often abusive": "states" as a plural noun, "pt" hung on it as an
    appositive): the noun after the reporting word is who the clause is about."""
    if subject.lower_ not in REPORT_FORMS or subject.pos_ not in {"NOUN", "PROPN"}:
        return subject
    if not any(c.dep_ in {"compound", "nmod", "amod", "det"} for c in subject.children):
        return subject  # "Reports were late": a real noun with nothing naming a reporter
    follower = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    return follower if follower is not None else subject


def _raw_subject(token: Token) -> Token | None:
    seen: set[int] = set()
    current = token
    came_through_as = False
    while current.i not in seen:
        seen.add(current.i)
        for child in _subjects_nearest_first(current):
            if child.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}:
                named = _noun_named_as(child, current)
                if named is not None:
                    return named  # "your role as a carer": said of the role
                if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return current.head
                if came_through_as:
                    # "describes the family as demanding": said of the object.
                    obj = next((c for c in current.children if c.dep_ == "dobj"), None)
                    if obj is not None:
                        return obj
                return child
        dep = current.dep_
        head = current.head
        if dep == "oprd":
            # "She finds the stairs difficult": said of the object, not of her.
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if dep == "amod" and head.i > current.i and _next_note_between(current, head):
            # "Pt bed-bound, dtr present": a note's words the parser hung across a comma on
            # the next note's noun describe what came before, not that noun ("a kind, frail
            # man" lists adjectives and keeps its noun).
            return None
        if dep in {"amod", "compound"} and head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            # "a manipulative man": the adjective describes its noun.
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head
            return head
        if dep == "conj" and _finite(current) and _infinitive(head):
            # "He has no motivation to change and is not engaging": a verb with a tense of
            # its own is not part of the "to" clause the parser joined it to; it goes on
            # from the clause that one hangs from.
            clause = head.head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in {"VERB", "AUX"} and clause.i not in seen:
                current = clause
                continue
        if dep in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return head
        if head.i == current.i or dep == "ccomp":
            return None  # a clause of its own without a subject: do not borrow one
        if dep in CLIMB_DEPS or dep in {"amod", "compound"}:
            if current.lower_ == "as" and dep == "prep":
                came_through_as = True
            current = head
            continue
        return None
    return None


def _finite(verb: Token) -> bool:
    """Whether a verb carries a tense of its own ("is engaging", "refused", "will go")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children
    )


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a bare "to" infinitive ("no motivation to change")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _subjects_nearest_first(verb: Token) -> list[Token]:
    """The children of ``verb``, those before it nearest first. A misread reporting verb
    can leave two subjects on one verb ("Staff report Jordan has had ..."): the one next
    to the verb is the one it is said of."""
    before = sorted((c for c in verb.children if c.i < verb.i), key=lambda c: -c.i)
    return before + [c for c in verb.children if c.i > verb.i]


def _noun_named_as(child: Token, verb: Token) -> Token | None:
    """The noun a subject of ``verb`` is only the role of: the parser can take "as a carer"
    for a subject ("make your role as a carer difficult"), when the words are said of the
    noun just before "as", the verb's other subject or the object of the verb it hangs
    from, with nothing but adverbs between the role and the words. None when the subject
    is a subject ("as the carer was late": a clause of its own)."""
    start = child.left_edge.i
    if start < 2 or child.pos_ != "NOUN" or verb.i <= child.i:
        return None
    if any(t.pos_ != "ADV" for t in child.doc[child.right_edge.i + 1 : verb.i]):
        return None  # "as he is muddled", "as the carer was late": a clause of its own
    marker = child.doc[start - 1]
    if marker.lower_ != "as" or marker.head != verb:
        return None
    named = child.doc[start - 2]
    if named.pos_ not in {"NOUN", "PROPN"}:
        return None
    if named.head == verb and named.dep_ in {"nsubj", "nsubjpass"}:
        return named
    if named.dep_ == "dobj" and named.head == verb.head and verb.head != verb:
        return named
    return None


def _next_note_between(adjective: Token, noun: Token) -> bool:
    """Whether a comma and then a noun of its own stand between an adjective and the noun
    the parser hung it on: the start of the next note, not a list of adjectives."""
    between = adjective.doc[adjective.i + 1 : noun.i]
    comma = next((t.i for t in between if t.text == ","), None)
    return comma is not None and any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} and t.i > comma for t in between
    )


def _colon_between(first: Token, second: Token) -> bool:
    low, high = sorted((first.i, second.i))
    return any(t.text in {":", ";"} for t in first.doc[low + 1 : high])


def doer_of(verb: Token) -> tuple[Referent, Token | None]:
    """Who does what ``verb`` describes: the active subject or the passive agent.

    For a passive without an agent ("Personal care was refused") the doer is unknown and
    the token returned is the passive subject, so callers can look at what was done to what.
    """
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None or any(c.dep_ == "auxpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        agent_noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if agent_noun is not None:
            return referent_of(agent_noun), agent_noun
        return Referent.UNKNOWN, passive_subject
    if _opens_entry(verb) and verb.tag_ in {"VBD", "VBN", "VBZ", "VBG"}:
        # A note-style fragment that opens with a verb ("Refused personal care", "Mon 09/02
        # 12:30 - Refused lunch") has the person as its understood subject, whatever the
        # parser attached the verb to.
        return Referent.UNKNOWN, None
    subject = subject_of(verb)
    if subject is None:
        return Referent.UNKNOWN, None
    return referent_of(subject), subject


def _opens_entry(verb: Token) -> bool:
    """Whether ``verb`` is the first word of its sentence, or follows only a log entry's
    stamp: days, dates, times and the dash after them ("Mon 09/02 12:30 - Refused lunch")."""
    return all(_stamp_word(t) for t in verb.doc[verb.sent.start : verb.i])


def _stamp_word(token: Token) -> bool:
    text = token.lower_.rstrip(".,")
    return (
        token.is_punct
        or token.like_num
        or any(c.isdigit() for c in text)
        or text in WEEKDAYS
        or text in {"am", "pm", "hrs"}
    )


def about_person(token: Token, *, include_home: bool = False) -> Referent:
    """The referent a predicate is said of, with possessives resolved to their owner.

    "Her behaviour is challenging" is about her, so an attribute noun with a personal
    possessive counts as the person. Returns :attr:`Referent.UNKNOWN` when there is no
    subject. ``include_home`` keeps :attr:`Referent.HOME` (otherwise it reads as THING).
    """
    subject = subject_of(token)
    if subject is None:
        return Referent.UNKNOWN
    found = referent_of(subject)
    if found is Referent.THING:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and referent_of(owner) is Referent.PERSON:
            found = Referent.PERSON
    if found is Referent.HOME and not include_home:
        return Referent.THING
    return found
