"""Where RL601 leaves a judgement's words alone, or finds them only as conduct: an attitude
shown towards other people (:func:`conduct_towards_others`), a process label that names the
person by the procedure ("the adult at risk"), a risk weighed as a decision's reason, a
label marked as already known to services ("a known hoarder"), and wording that describes
one episode ("was evasive when asked"), which RL501 reads.

These tests stand apart from the rule because each reads the parse around one cue and
knows nothing of the rule's flow; the rule and its predicate findings both use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import (
    sentence_of,
)
from recordlint.lexicon import process_label_openings, word_list
from recordlint.rules.opinion.cues import Cue
from recordlint.rules.opinion.fragments import (
    judgemental_wording,
)
from recordlint.rules.opinion.words import PEOPLE
from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Prepositions that name whom someone's attitude is shown to: "demanding of staff",
# "uncooperative with services", "rude to the nurses", "hostile towards his wife".
TOWARDS = frozenset({"of", "with", "to", "towards", "toward"})
# Words that may come between the label and that preposition: "demanding and rude to".
BETWEEN = frozenset({"ADJ", "ADV", "CCONJ"})
# Whom an attitude can be shown to: people, or the teams and services that work with them.
TARGETS = PEOPLE | {Referent.ORGANISATION}
# Quantifiers of a time phrase that says how often ("most days", "every morning").
HOW_OFTEN = frozenset({"most", "every", "each", "all"})
# Verbs of a coordinated clause that say what someone wants or is, not what they do.
NOT_DOING = frozenset({"be", "have", "want", "need", "seem", "appear", "like", "feel"})


def conduct_towards_others(doc: Doc, cue: Cue) -> bool:
    """Whether a judgement of attitude (an opinion marker of kind ``attitude_label``:
    "demanding", "rude", "uncooperative") is said of someone as the way they are with
    others, in the present or as what they can be ("He is very demanding of staff", "can be
    quite demanding with carers", "is very demanding and rude to ward staff", "is
    unco-operative with services"): a lasting trait, a judgement stated as fact. The label
    is an adjective after a present or modal "be", followed, across other adjectives only,
    by a preposition whose noun is a person, family, staff or a service. A manner on one
    occasion ("was very demanding on the phone", "became rude") is the wording alone, which
    the respectful-language rule reports; so is a trait denied ("is no longer rude to
    staff") or shown by what the person does in a clause joined to it ("is very demanding
    of the team and rings the office most days")."""
    word = doc[cue.end - 1]
    if word.pos_ != "ADJ" or word.tag_ != "JJ":
        return False
    holder = word
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.dep_ not in {"acomp", "attr"} or holder.head.lemma_ != "be":
        return False
    verb = holder.head
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if verb.tag_ not in {"VBZ", "VBP"} and not (verb.tag_ == "VB" and modal):
        return False  # "was demanding", "has been rude": an occasion, not a trait
    if any(c.dep_ == "neg" for c in (*verb.children, *holder.children)) or any(
        t.lower_ == "longer" and t.i > 0 and doc[t.i - 1].lower_ == "no"
        for t in doc[verb.i : holder.i]
    ):
        return False
    sentence = sentence_of(word)
    index = cue.end
    while index < sentence.end and doc[index].pos_ in BETWEEN:
        index += 1
    if index >= sentence.end or doc[index].lower_ not in TOWARDS:
        return False
    window = doc[index + 1 : min(sentence.end, index + 5)]
    target = next((t for t in window if t.head.i == index), None)
    if target is None:  # "rude to ward staff", parsed with "to ward" as a verb
        target = next((t for t in window if t.pos_ in {"NOUN", "PROPN"}), None)
    if target is None or target.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if referent_of(target) not in TARGETS:
        return False
    if any(
        t.dep_ == "npadvmod" and any(c.lower_ in HOW_OFTEN for c in t.children)
        for t in doc[cue.end : sentence.end]
    ):
        return False  # "and rings the office most days": how often says what showed it
    return not any(
        c.dep_ == "conj"
        and c.i > word.i
        and c.pos_ == "VERB"
        and c.tag_ in {"VBZ", "VBP"}
        and c.lemma_ not in NOT_DOING
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in verb.children
    )  # "and rings the office most days": what they do shows it


def in_a_process_label(doc: Doc, start: int, end: int) -> bool:
    """Whether the judgement's words at tokens ``start:end`` end a process label for a
    person the jargon lexicon lists (:func:`recordlint.lexicon.process_label_openings`),
    written whole ("the adult at risk's views", "supporting the Adult at
    Risk", "adults at risk of abuse or neglect"). Such a label is the procedure's name for
    the person, or for a class of people, not a verdict on anyone; the jargon rule reports
    it where a name would be better. Said of someone ("Mrs T is an adult at risk"), the
    label is the verdict itself."""
    heads = process_label_openings(tuple(t.text.casefold() for t in doc[start:end]))
    for head in heads:
        if start < len(head):
            continue
        before = doc[start - len(head) : start]
        if all(
            t.text.casefold() == word or t.lemma_.casefold() == word
            for t, word in zip(before, head, strict=True)
        ):
            # "Mrs T is an adult at risk": the label said of someone is still the verdict.
            return not any(t.dep_ == "attr" or t.head.lemma_ == "be" for t in before)
    return False


def weighs_risk(words: Span) -> bool:
    """Whether a cue's words name a risk ("at risk"), the one kind of judgement a stated
    reason weighs rather than asserts."""
    return any(t.lemma_.lower() == "risk" for t in words)


def on_record(word: Token) -> bool:
    """Whether a label noun is marked as already known to services ("Mr L is a known
    hoarder and alcoholic", "is a known faller", and the same with the passive, "is known
    to be a heavy drinker"): "known" says the record holds it, which names where it comes
    from, as "known to the falls team" does. A judgement of character after the passive
    ("is known to be difficult") is no label the record holds: it is stated as fact."""
    nouns = [word, word.head] if word.dep_ == "conj" else [word]
    return any(
        n.pos_ == "NOUN"
        and (
            any(c.dep_ == "amod" and c.lower_ == "known" for c in n.children)
            or (n.dep_ == "attr" and _known_to_be(n.head))
        )
        for n in nouns
    )


def _known_to_be(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a passive verb of knowing ("is known to be")."""
    knowing = verb.head
    return (
        verb.dep_ == "xcomp"
        and knowing.lemma_.lower() in word_list("knowing_verb")
        and any(c.dep_ in {"auxpass", "nsubjpass"} for c in knowing.children)
    )


def _over_a_matter_in_hand(word: Token) -> bool:
    """Whether a manner word is told in the progressive "being" about a matter, not a person
    ("She is being difficult about times, only wants mornings", "Michael is being difficult
    about the admin fees", "Irene being difficult about the rota again", "is refusing POC
    and is being very difficult about it"): how someone is
    acting over one thing at the time, a stance in a dispute, not a lasting reading of them.
    Without the matter ("SU being difficult") the judgement of the person stands."""
    being = word.head if word.dep_ in {"acomp", "attr"} else None
    if being is None or being.lower_ != "being" or being.tag_ != "VBG":
        return False
    if being.dep_ == "advcl":
        return False  # "is refusing care because he is being stubborn about ...": a motive
    matters = [
        o
        for holder in (word, being)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "about"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return bool(matters) and all(
        o.lower_ in MATTER_POINTERS
        or (o.pos_ in {"NOUN", "PROPN"} and referent_of(o) not in PEOPLE)
        for o in matters
    )


# Pronouns that point back at a matter just named: "is refusing POC and is being very
# difficult about it".
MATTER_POINTERS = frozenset({"it", "this", "that"})


# Verbs that tell a state or manner as it was seen at the time: "she was defensive", "he
# became difficult", "Dorothy looked unkempt".
EPISODE_VERBS = frozenset({"be", "become", "get", "look"})


def wording_in_an_episode(doc: Doc, word: Token, start: int, end: int) -> bool:
    """Whether a judgement of someone's manner or appearance is told in the past tense of
    what was seen ("She was defensive when asked about the cash", "Son was evasive",
    "Daughter was difficult", "Dorothy looked unkempt") in words the judgemental lexicon
    holds: a record of how they were at the time, whose wording is the problem (the
    respectful-language rule reports it), not a lasting judgement of them stated as fact
    ("She is manipulative"). Certainty frames are not this: "was obviously drunk" still
    presents an impression as fact. The progressive over a matter in hand is the same record
    of the moment: see :func:`_over_a_matter_in_hand`."""
    if not any(m.start < end and start < m.end for m in judgemental_wording().matches(doc)):
        return False
    if _over_a_matter_in_hand(word):
        return True
    holder = word
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.dep_ in {"acomp", "attr", "oprd"}:
        holder = holder.head
    return holder.lemma_.lower() in EPISODE_VERBS and holder.tag_ == "VBD"
