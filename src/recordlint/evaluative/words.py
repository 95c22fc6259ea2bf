"""The words the finders start from, read from the reviewed lexicons (person evaluations,
prediction verbs and particles), the paragraph gate that lists every cue word, and who a
subject names.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from recordlint.evaluative.judgement import Judgement
from recordlint.evaluative.sentences import has_evidence, markers, next_sentence, sentence_of
from recordlint.evaluative.vocabulary import INTENSIFIERS, NOTE_DEGREES
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import LemmaPhrases, PhraseMatch
from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@functools.cache
def person_words() -> dict[str, tuple[Judgement, bool]]:
    """Person-evaluation words by lower-case form: their kind and whether only negated."""
    return {
        e.term.lower(): (Judgement(e.kind), e.negated_only)
        for e in load_lexicon("person-evaluations").entries
    }


@functools.cache
def clause_only_words() -> frozenset[str]:
    """Person-evaluation words that count only with a clause as their object ("will not
    accept that she is being abused"), by lower-case form."""
    return frozenset(
        e.term.lower() for e in load_lexicon("person-evaluations").entries if e.of_a_clause_only
    )


@functools.cache
def graded_only_words() -> frozenset[str]:
    """Person-evaluation words that count only with a word of degree on them ("very
    anxious", "v low in mood", "Agitated +++"), by lower-case form."""
    return frozenset(
        e.term.lower() for e in load_lexicon("person-evaluations").entries if e.graded_only
    )


@functools.cache
def habitual_verbs() -> frozenset[str]:
    """The verbs after which an infinitive tells a habit, not a purpose ("tends to
    exaggerate"): the opinion markers marked ``habitual``, each a verb and "to"."""
    entries = load_lexicon("opinion-markers").entries
    return frozenset(entry.term.split()[0] for entry in entries if entry.habitual)


@functools.cache
def progressive_motive_terms() -> frozenset[str]:
    """The motive markers read only in the present progressive ("is trying to stir up
    trouble"), by lower-case term: the opinion markers marked ``progressive_only``."""
    entries = load_lexicon("opinion-markers").entries
    return frozenset(entry.term.lower() for entry in entries if entry.progressive_only)


@functools.cache
def perfect_clause_words() -> frozenset[str]:
    """Person-evaluation words that count also said plainly in the perfect with a clause as
    their object ("has accepted that he cannot return home"), by lower-case form."""
    return frozenset(
        e.term.lower() for e in load_lexicon("person-evaluations").entries if e.perfect_of_a_clause
    )


@functools.cache
def modal_only_words() -> frozenset[str]:
    """Person-evaluation words that count only under a modal ("will not accept that", "can't
    accept"), by lower-case form."""
    return frozenset(
        e.term.lower() for e in load_lexicon("person-evaluations").entries if e.modal_only
    )


def feeling_stated_as_fact(token: Token) -> bool:
    """Whether ``token`` is a feeling this layer reads as the writer's reading of someone
    when stated as fact ("she is frightened of her son", "is relieved"), with no evidence
    in its sentence or the next. The opinion rules flag it; a rule looking for the person's
    own voice must not count the same words as theirs."""
    words = person_words()
    entry = words.get(token.lemma_.lower()) or words.get(token.lower_)
    if entry is None or entry[0] is not Judgement.FEELING:
        return False
    if token.lower_ in graded_only_words() and not graded(token):
        return False
    sentence = sentence_of(token)
    following = next_sentence(sentence)
    return not has_evidence(sentence) and not (following is not None and has_evidence(following))


@functools.cache
def person_phrases() -> tuple[tuple[str, ...], LemmaPhrases]:
    terms = tuple(person_words())
    return terms, LemmaPhrases(terms)


@functools.cache
def prediction_verbs() -> frozenset[str]:
    """Outcome verbs that a modal turns into a forecast, by their head word ("manage",
    "end up" -> "end", "be able" -> "able")."""
    heads = set()
    for term in markers("prediction")[0]:
        words = term.lower().split()
        heads.add(words[-1] if words[0] == "be" else words[0])
    return frozenset(heads)


@functools.cache
def negated_prediction_verbs() -> frozenset[str]:
    """Verbs a modal turns into a forecast only when denied ("won't complain", "will not ask
    for help"): what someone will not do unprompted; "will ask for a review" is a plan."""
    return frozenset(term.lower() for term in markers("negated_prediction")[0])


@functools.cache
def prediction_particles() -> dict[str, str]:
    """The particle a phrasal outcome verb forecasts with ("give" -> "out", "end" -> "up"),
    for verbs the list has only as phrasal verbs: "will give you a copy" and "will end the
    call" forecast nothing."""
    alone = set()
    phrasal = {}
    for term in markers("prediction")[0]:
        words = term.lower().split()
        if words[0] == "be":
            continue
        if len(words) == 1:
            alone.add(words[0])
        elif len(words) == 2:
            phrasal[words[0]] = words[1]
    return {head: particle for head, particle in phrasal.items() if head not in alone}


def phrase_root(doc: Doc, match: PhraseMatch) -> Token:
    """The word of a match whose head lies outside it (compared by index: spaCy makes a new
    token object on every access, so identity says nothing)."""
    span = doc[match.start : match.end]
    for token in span:
        if not match.start <= token.head.i < match.end or token.head.i == token.i:
            return token
    return span[0]


def subject_referent(subject: Token | None) -> Referent:
    """What a subject names; a capitalised bare noun ("Florence is ...") or a noun after a
    name ("Mrs Jessop senior") is a person the tagger read as a common noun."""
    if subject is None:
        return Referent.UNKNOWN
    if subject.pos_ in {"NOUN", "PROPN"} and a_service_not_a_someone(subject.lower_):
        # "Reablement will end on 21/11/2025": a service, though the tagger may take it,
        # capitalised at the start of a sentence, for a name
        return Referent.THING
    found = referent_of(subject)
    if found is Referent.THING:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and referent_of(owner) in {Referent.PERSON, Referent.OTHER_PERSON}:
            return referent_of(owner)  # "Dad's back will give out": said of Dad
    if found is not Referent.THING or subject.pos_ != "NOUN":
        return found
    if any(c.dep_ in {"det", "poss"} for c in subject.children):
        return found
    if subject.text.istitle() or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text.istitle() for c in subject.children
    ):
        # "Florence is ...", "Mrs Jessop senior is ..."; an acronym before a noun names a
        # thing ("CHC checklist"), not a person.
        return Referent.PERSON
    return found


def graded(token: Token) -> bool:
    """Whether a state word carries a word of degree: an intensifier or a note's "v" on it
    ("very anxious", "v low in mood", "a bit lonely"), or plus signs straight after it
    ("Agitated +++", "anxious ++")."""
    if any(
        c.dep_ in {"advmod", "npadvmod"} and c.lower_ in INTENSIFIERS | NOTE_DEGREES
        for c in token.children
    ):
        return True
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.lower_ in INTENSIFIERS | NOTE_DEGREES:
        return True
    after = token.doc[token.i + 1 : token.i + 3].text.replace(" ", "")
    return after.startswith("++")


@functools.cache
def risk_words() -> frozenset[str]:
    """The nouns a risk is weighed with ("risk", "danger"), from the opinion markers."""
    return frozenset(term.lower() for term in markers("risk")[0])


def gate_terms() -> list[str]:
    """Every word this package can start from, for a rule's cheap paragraph gate."""
    return [
        *markers("certainty")[0],
        *markers("candour")[0],
        *markers("prediction")[0],
        *markers("negated_prediction")[0],
        *markers("risk")[0],
        *markers("motive")[0],
        *markers("misstating")[0],
        *sorted(word_list("change_word")),
        *sorted(word_list("manner_fault")),  # "is not eating properly", "drinks too much"
        *sorted(word_list("pattern_noun")),  # "has a history of refusing help"
        "likely",
        "unlikely",
        "breakdown",  # "Carer breakdown imminent": a forecast in the noun
        "too",  # "is too unwell to understand the risks"
        *person_words(),
        *INTENSIFIERS,
    ]


def a_service_not_a_someone(word: str) -> bool:
    """'reablement', 'respite': what a service provides, and not also someone ("carer")."""
    return (
        word in word_list("service")
        and word not in word_list("other_person")
        and word not in word_list("professional")
    )
