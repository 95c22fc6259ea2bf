"""Words that judge a person as fact: character, feelings and minds ("is controlling", "is
frightened of him"), read from the person-evaluation lexicon with the tests that tell a
state said of someone from an action, a service or an episode seen. Rulings on what someone
said, motives, changes and summing-up descriptions are found in ``rulings``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative.clauses import (
    denied_ability,
    denied_after_a_noun,
    in_relative_clause,
    negated,
    opens_fragment,
    possible,
    predicate_head,
)
from recordlint.evaluative.judgement import EvaluativePredicate, Judgement
from recordlint.evaluative.sentences import markers, sentence_of
from recordlint.evaluative.vocabulary import ABOUT_PEOPLE, SERVICES
from recordlint.evaluative.words import (
    clause_only_words,
    graded,
    graded_only_words,
    modal_only_words,
    perfect_clause_words,
    person_phrases,
    person_words,
    phrase_root,
    subject_referent,
)
from recordlint.lexicon import word_list
from recordlint.matching import longest_first
from recordlint.subjects import Referent, referent_of, subject_of
from recordlint.verbless import verbless_state

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def person_predicates(doc: Doc) -> list[EvaluativePredicate]:
    words = person_words()
    terms, phrases = person_phrases()
    found = []
    for match in longest_first(phrases.matches(doc)):
        term_lower = terms[match.entry].lower()
        kind, negated_only = words[term_lower]
        if kind is Judgement.PLAUSIBILITY:
            continue  # a ruling on what was said, not on a person: see rulings
        token = phrase_root(doc, match)
        inside = range(match.start, match.end)
        if len(inside) == 1 and _names_a_service(token):
            continue  # "managed without paid care": the service, not a state of mind
        describes = kind is Judgement.CHARACTER or (len(inside) == 1 and not negated_only)
        if (
            describes
            and _inflected_action(token)
            and not _a_verbless_state(token, terms[match.entry])
        ):
            # "had not opened the letter", "struggled to stand": the verb records an action,
            # not a state said of someone ("is struggling", "not open", "Wife exhausted.").
            continue
        changed_mind = term_lower in perfect_clause_words() and _changed_mind(token, inside)
        if (
            negated_only
            and not negated(token, inside)
            and not _restricted(token)
            and not changed_mind
        ):
            continue
        if term_lower in clause_only_words() and not _of_a_clause(token):
            continue  # "won't accept carers": a refusal, where "won't accept that" reads a mind
        graded_only = term_lower in graded_only_words()
        if graded_only and not graded(token):
            continue  # "anxious today": what was seen; "very anxious" weighs how much
        if term_lower in modal_only_words() and not _under_a_modal(token) and not changed_mind:
            continue  # "does not accept that this is a restriction": a position in a dispute
        if _looks_after(token):
            continue  # "is unable to care for herself": looking after, an act, not a mind
        if kind is Judgement.CHARACTER and not negated_only and _done_to_a_thing(token):
            continue  # "has experienced abuse", "is abusing drugs": not a verdict on someone
        if kind is Judgement.CHARACTER and negated_only and _held_by_a_body(token):
            continue  # "not open to CMHT": whose caseload someone is on, not their candour
        if kind is Judgement.CHARACTER and negated_only and _acts_on_an_object(token):
            continue  # "she can't open it", "did not open the door": an act, not candour
        if not negated_only and negated(token, inside):
            continue  # "she is not difficult": no judgement stated as fact
        predicate = predicate_head(token)
        if predicate is None:
            continue
        subject = subject_of(predicate)
        noun = denied_after_a_noun(token) if predicate.dep_ == "amod" else None
        if noun is not None:
            subject = noun  # "... and family not supportive": the noun before the denial
        referent = subject_referent(subject)
        if referent is Referent.THING and subject is not None and subject.dep_ == "dobj":
            holder = subject_of(subject.head)  # "has no motivation": said of the haver
            if holder is not None:
                subject, referent = holder, referent_of(holder)
        if subject is None and not opens_fragment(predicate):
            continue
        if (
            graded_only
            and subject is not None
            and referent_of(subject) is Referent.THING
            and subject.dep_ != "dobj"
        ):
            continue  # "Her blood sugar was very low": a reading of a thing of hers, not a mood
        judges_service = kind is Judgement.CHARACTER and not negated_only and referent in SERVICES
        if referent not in ABOUT_PEOPLE and not judges_service:
            continue
        if kind in {Judgement.FEELING, Judgement.MENTAL_STATE} and in_relative_clause(predicate):
            continue  # "the housemate she was frightened of": describes the housemate
        if kind in {Judgement.FEELING, Judgement.MENTAL_STATE} and _an_episode(predicate):
            continue  # "She got a bit confused about what day it was": what was seen happen
        if kind is Judgement.FEELING and _looked_at_the_time(predicate):
            continue  # "Mrs Vane appeared frightened": how she looked, as it was seen
        if possible(predicate):
            continue  # "may be struggling to accept": offered as a possibility, not a fact
        found.append(
            EvaluativePredicate(kind, match.start, match.end, predicate, subject, referent)
        )
    return found


# Adverbs that restrict a state to one thing: "is only interested in the house".
RESTRICTING = frozenset({"only", "just", "solely", "purely"})


def _restricted(token: Token) -> bool:
    """Whether a word read only when denied is restricted instead, as a predicate adjective
    after "be" ("Nephew is only interested in the house", "is just bothered about the
    money"): held of one thing alone, it is denied of all else, and reads the mind as surely
    as "is not interested in helping". A verb ("only understands Polish", "only accepts
    care from his wife") tells what someone can or will take, and is left alone."""
    adjective = token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.lemma_ == "be"
    participle = token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lemma_ == "be" for c in token.children
    )  # "is just bothered about the bills", parsed as a passive
    if not (adjective or participle):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in RESTRICTING for c in token.children)


def _changed_mind(token: Token, inside: range) -> bool:
    """Whether a verb of coming to terms is said plainly in the perfect with a clause as its
    object ("Keith has accepted that he cannot return home", "Ken had accepted what was
    coming", "has accepted now that his mum is better off at home"): a change of mind told
    as done, which only the one whose mind it is can say. A plain noun ("has accepted a
    carer's assessment", "has accepted the room") records a choice made, and a denied verb
    is read as any denied one is."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" or negated(token, inside):
        return False
    children = list(token.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    return perfect and any(c.dep_ == "ccomp" for c in children)


def _held_by_a_body(token: Token) -> bool:
    """Whether a word of character read only when denied takes "to" and a body as its
    object ("He is not currently open to secondary MH services", "Mr P not open to ASC"):
    the words say which service holds someone's case, not what they are like, where "not
    open about the money" or "not open with her family" judges them."""
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ != "to":
            continue
        body = next((c for c in child.children if c.dep_ == "pobj"), None)
        if body is not None and referent_of(body) is Referent.ORGANISATION:
            return True
    return False


def _acts_on_an_object(token: Token) -> bool:
    """Whether a word of character read only when denied is a verb with a direct object
    ("she can't open it", "did not open the door to the OT"): the verb does something to
    what it takes, where the adjective ("is not open with her family") says what someone is
    like. A gerund ("has a history of not opening post") names a habit of conduct, and
    is still read."""
    if token.pos_ != "VERB" or token.tag_ == "VBG":
        return False
    return any(c.dep_ == "dobj" for c in token.children)


def _of_a_clause(token: Token) -> bool:
    """Whether a verb takes as its object what stands for a clause: a clause ("will not
    accept that she is being abused", "can't accept dad is dying"), a thing with what it is
    taken for ("doesn't see this as a problem") or a risk ("doesn't really see the risk":
    that there is one). What someone is said not to acknowledge is then a fact, and saying so
    reads their mind, where a plain noun ("won't accept carers", "does not see her son")
    is an offer turned down or what happened."""
    if token.pos_ not in {"VERB", "AUX"} or _in_the_past(token):
        return False  # "she did not see it flash": what happened once, not a state of mind
    children = list(token.children)
    if any(c.dep_ == "ccomp" for c in children):
        return True
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects and any(c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return True
    risks = set(markers("risk")[0])
    return any(o.lemma_.lower() in risks or o.lower_ in risks for o in objects)


def _in_the_past(verb: Token) -> bool:
    """Whether a verb is in the simple past ("saw", "did not see")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in verb.children
    )


def _under_a_modal(verb: Token) -> bool:
    """Whether a verb hangs on a modal ("will not accept", "can't accept"): a forecast or an
    inability, not the simple present. An inability said with "unable" or "not able" ("is
    unable to accept that Thomas is an adult") is the same inability as "can't accept"."""
    if verb.dep_ == "xcomp" and denied_ability(verb.head):
        return True
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _looks_after(token: Token) -> bool:
    """Whether "care" is the verb of looking after someone ("cannot care for herself",
    "does not care for his wife at night"), not of minding about something ("does not care
    about her health")."""
    return (
        token.lemma_.lower() == "care"
        and token.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    )


def _done_to_a_thing(token: Token) -> bool:
    """Whether a word of conduct names a thing someone went through, as a noun that is not
    what the clause says someone is ("has experienced abuse", "suspect abuse or neglect"), or
    an infinitive hung on no finite verb ("more vulnerable to harm, to neglect or to abuse"),
    a verb done to a thing ("is abusing drugs", "took advantage of the offer"), or a passive
    gerund that names an event inside another clause ("described him being taken advantage
    of"): an allegation of abuse or exploitation is a verdict on someone only when a person
    suffers it and the clause states it."""
    if token.pos_ == "NOUN":
        return token.dep_ != "attr"  # "suspect abuse or neglect": named, not said of anyone
    if token.pos_ != "VERB":
        return False
    children = list(token.children)
    infinitive = token.tag_ == "VB" and any(c.lower_ == "to" for c in children)
    if infinitive and (token.head.pos_ != "VERB" or token.head.tag_ == "VB"):
        return True  # "vulnerable to harm, to neglect or to abuse": a harm listed, not done
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children) and not any(
        c.dep_ == "aux" for c in children
    ):
        return True  # "what Karen described of him being taken advantage of": an event named
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [
        g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    objects += [
        g
        for c in token.children
        if c.dep_ == "dobj"
        for p in c.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj"
    ]  # "take advantage of the offer": the object is the preposition's
    return bool(objects) and all(referent_of(o) is Referent.THING for o in objects)


def _a_verbless_state(token: Token, term: str) -> bool:
    """Whether a word the lexicon lists in this very form ("exhausted", "confused", not
    "struggle") is the state of a verbless note about someone ("Wife exhausted."), though
    the tagger read it as a past tense."""
    return token.lower_ == term.lower() and verbless_state(token, sentence_of(token))


def _names_a_service(word: Token) -> bool:
    """A word that also names what a service provides, used as a noun ("without paid care",
    "no support at home"): the service, not how someone feels about anything."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in word_list("service")


# Verbs that turn a state into something that happened: "got confused", "became upset".
INCHOATIVE = frozenset({"get", "become", "grow"})


def _an_episode(predicate: Token) -> bool:
    """Whether a feeling or state of mind is told as an episode, with a past "got",
    "became" or "grew" ("She got a bit confused about what day it was", "became upset when
    this was raised"): the writer records a change they saw happen, not a lasting state
    they read into someone. A present or habitual one ("he gets anxious") reads a tendency
    and is not an episode."""
    head = predicate.head if predicate.dep_ in {"acomp", "attr", "oprd", "conj"} else predicate
    while head.dep_ == "conj" and head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    return head.lemma_.lower() in INCHOATIVE and head.tag_ == "VBD"


# Verbs of how someone looked or sounded: "appeared frightened", "looked scared", "seemed
# relieved", "sounded exhausted" (on the telephone, how they came across is what was heard).
APPEARING = frozenset({"appear", "look", "seem", "sound"})


def _looked_at_the_time(predicate: Token) -> bool:
    """Whether a feeling is told as how someone looked or sounded, in the simple past of the
    contact ("Mrs Vane appeared frightened", "He looked scared when the door went", "He
    sounded exhausted and close to tears" on the telephone): the writer's
    observation of their presentation at the time, not a feeling read into them as a lasting
    fact. The present ("she seems frightened of him") reads a state, and a comparison ("looked
    more relaxed than last time") weighs a change; each is still a judgement."""
    if predicate.dep_ not in {"acomp", "oprd"}:
        return False
    head = predicate.head
    if head.lemma_.lower() not in APPEARING or head.tag_ != "VBD":
        return False
    return not any(
        c.lower_ in {"more", "less"} or c.tag_ in {"JJR", "RBR"} for c in predicate.subtree
    )


def _inflected_action(token: Token) -> bool:
    """Whether a character word is a finite, perfect or past passive verb doing something
    ("opens", "had not opened", "were coached"), not a participle that describes ("are
    disengaged", "a controlling wife", "is being exploited")."""
    if token.pos_ != "VERB" or token.lower_ == token.lemma_.lower():
        return False
    if token.tag_ in {"VBD", "VBZ", "VBP"}:
        return True
    if token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in token.children
    ):
        return True  # "The carers were coached on moving and handling": a past event
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in token.children
    )
