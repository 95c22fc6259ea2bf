"""Words that judge a person as fact: character, feelings and minds ("is controlling", "is
frightened of him"), rulings on what someone said ("this is unrealistic"), motives,
changes ("has deteriorated significantly") and summing-up descriptions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative.clauses import (
    in_relative_clause,
    negated,
    opens_fragment,
    possible,
    predicate_head,
    subordinate,
)
from recordlint.evaluative.judgement import EvaluativePredicate, Judgement
from recordlint.evaluative.sentences import marker_matches, markers, sentence_of
from recordlint.evaluative.vocabulary import ABOUT_PEOPLE, INTENSIFIERS, POINTING_BACK, SERVICES
from recordlint.evaluative.words import (
    clause_only_words,
    modal_only_words,
    person_phrases,
    person_words,
    phrase_root,
    subject_referent,
)
from recordlint.lexicon import word_list
from recordlint.matching import longest_first
from recordlint.segments import DASHES
from recordlint.subjects import Referent, referent_of, subject_of
from recordlint.token_view import tokens_with_lemma
from recordlint.verbless import verbless_state

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def person_predicates(doc: Doc) -> list[EvaluativePredicate]:
    words = person_words()
    terms, phrases = person_phrases()
    found = []
    for match in longest_first(phrases.matches(doc)):
        kind, negated_only = words[terms[match.entry].lower()]
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
        if negated_only and not negated(token, inside) and not _restricted(token):
            continue
        if terms[match.entry].lower() in clause_only_words() and not _of_a_clause(token):
            continue  # "won't accept carers": a refusal, where "won't accept that" reads a mind
        if terms[match.entry].lower() in modal_only_words() and not _under_a_modal(token):
            continue  # "does not accept that this is a restriction": a position in a dispute
        if _looks_after(token):
            continue  # "is unable to care for herself": looking after, an act, not a mind
        if kind is Judgement.CHARACTER and not negated_only and _done_to_a_thing(token):
            continue  # "has experienced abuse", "is abusing drugs": not a verdict on someone
        if not negated_only and negated(token, inside):
            continue  # "she is not difficult": no judgement stated as fact
        predicate = predicate_head(token)
        if predicate is None:
            continue
        subject = subject_of(predicate)
        referent = subject_referent(subject)
        if referent is Referent.THING and subject is not None and subject.dep_ == "dobj":
            holder = subject_of(subject.head)  # "has no motivation": said of the haver
            if holder is not None:
                subject, referent = holder, referent_of(holder)
        if subject is None and not opens_fragment(predicate):
            continue
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
    inability, not the simple present."""
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


def rulings(doc: Doc) -> list[EvaluativePredicate]:
    """Rulings on whether what someone said or wants is true or realistic, stated as fact:
    a plausibility word as the whole predicate of a subject that points back at a statement
    ("she wants to go home, which is unlikely", "This is not realistic.") or standing alone
    after a dash ("Family want her home - unrealistic."). A likelihood with its own
    complement ("it is unlikely that she will return", "unlikely to change") is honest
    uncertainty about an outcome, not a ruling."""
    words = person_words()
    terms, phrases = person_phrases()
    found = []
    for match in longest_first(phrases.matches(doc)):
        kind, negated_only = words[terms[match.entry].lower()]
        if kind is not Judgement.PLAUSIBILITY or match.end - match.start != 1:
            continue
        word = doc[match.start]
        if word.pos_ != "ADJ" or negated_only != negated(word):
            continue
        if any(c.dep_ in {"xcomp", "ccomp", "prep"} for c in word.children):
            continue  # "unlikely to change", "unlikely that ...", "realistic for him"
        subject = None
        if word.dep_ == "acomp" and word.head.lemma_ == "be":
            if any(c.dep_ in {"ccomp", "xcomp"} for c in word.head.children):
                continue
            # The copula's own subject: through a relative clause subject_of would give the
            # noun "which" hangs from, not the statement it points back at.
            subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in POINTING_BACK:
                continue
        elif not _after_a_dash(word):
            continue
        start = subject.i if subject is not None else word.i
        found.append(
            EvaluativePredicate(
                Judgement.PLAUSIBILITY, start, word.i + 1, word, subject, Referent.UNKNOWN
            )
        )
    return found


def _after_a_dash(word: Token) -> bool:
    """Whether ``word`` stands alone after a dash at the end of its sentence, as a verdict
    on what comes before it ("Family want her home - unrealistic.")."""
    sentence = sentence_of(word)
    before = [t for t in word.doc[sentence.start : word.i] if not t.is_space]
    after = [t for t in word.doc[word.i + 1 : sentence.end] if not t.is_punct]
    return bool(before) and before[-1].text in DASHES and not after


def summing_up(doc: Doc, taken: set[int]) -> list[EvaluativePredicate]:
    """Character judgements that sum a person up as a kind of person ("Mr Baptiste is a very
    challenging man", "a very demanding lady"): the predicate noun is a word for a person
    and all it adds is an adjective of degree. Relations are left out ("a very dear friend of
    the family" says who she is); predicates already found from the lexicon (``taken``) are
    left to that finding."""
    people = word_list("person")
    found = []
    for noun in tokens_with_lemma(doc, people):
        if noun.i in taken or noun.dep_ != "attr":
            continue
        for adjective in noun.children:
            if adjective.dep_ != "amod" or adjective.pos_ != "ADJ" or adjective.i in taken:
                continue
            if not any(c.dep_ == "advmod" and c.lower_ in INTENSIFIERS for c in adjective.children):
                continue
            subject = subject_of(noun)
            referent = subject_referent(subject)
            if subject is None or referent not in ABOUT_PEOPLE:
                continue
            start = min(c.i for c in adjective.subtree)
            found.append(
                EvaluativePredicate(Judgement.CHARACTER, start, noun.i + 1, noun, subject, referent)
            )
            break
    return found


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


# Verbs of how someone looked: "appeared frightened", "looked scared", "seemed relieved".
APPEARING = frozenset({"appear", "look", "seem"})


def _looked_at_the_time(predicate: Token) -> bool:
    """Whether a feeling is told as how someone looked, in the simple past of the contact
    ("Mrs Vane appeared frightened", "He looked scared when the door went"): the writer's
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


def motives(doc: Doc) -> list[EvaluativePredicate]:
    """Motives read into what someone does, stated as fact: a phrase of purpose or intent
    (opinion markers of kind ``motive``: "for attention", "on purpose", "deliberately", "to
    get his way") on a verb whose doer is the person or someone around them ("Mrs T is doing
    this for attention", "is deliberately being difficult", "refuses her frame out of
    stubbornness"). Why someone acts is the writer's reading of their mind. Left out: a
    motive denied ("did not do it on purpose"), offered as a possibility ("may be doing it
    for attention"), asked about or set as a condition ("whether it was deliberate", "if he
    does it on purpose"), and one in the passive ("was harmed on purpose"), whose doer the
    clause does not name."""
    found = []
    for match, _term in marker_matches(doc, "motive"):
        verb = phrase_root(doc, match).head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or match.start <= verb.i < match.end:
            continue
        holders = [verb, verb.head] if verb.dep_ in {"xcomp", "acomp"} else [verb]
        if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for h in holders for c in h.children):
            continue  # "not on purpose", "was harmed on purpose"
        if any(c.dep_ == "neg" for a in verb.ancestors for c in a.children):
            continue  # "I do not think she is doing this on purpose": denied
        if any(subordinate(h) for h in holders) or possible(verb):
            continue
        if _content_of_a_noun(verb):
            continue  # "the Council's decision that she had deliberately deprived herself"
        said_of = _of_a_person(verb)
        if said_of is None:
            continue
        found.append(EvaluativePredicate(Judgement.MOTIVE, match.start, match.end, verb, *said_of))
    return found


def _of_a_person(verb: Token) -> tuple[Token | None, Referent] | None:
    """The subject and referent of a judgement said of a person or relative, or of a note's
    fragment that leaves the person unsaid ("Doing this for attention."); None otherwise."""
    subject = subject_of(verb)
    referent = subject_referent(subject)
    if referent in {Referent.PERSON, Referent.OTHER_PERSON} or (
        subject is None and opens_fragment(verb)
    ):
        return subject, referent
    return None


def _content_of_a_noun(verb: Token) -> bool:
    """Whether a clause is what a noun holds ("the decision that she had deliberately
    deprived herself of assets", "the allegation that he did it on purpose"): a decision,
    a view or a claim someone else made, not the writer's own reading."""
    return (
        verb.dep_ in {"acl", "ccomp"}
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


# Degree words that make a change a verdict on how much someone has changed: "has deteriorated
# significantly", "has improved a lot", "has got much worse".
CHANGE_DEGREES = frozenset(
    {"significantly", "greatly", "considerably", "dramatically", "markedly", "massively",
     "hugely", "rapidly", "much", "lot", "enormously", "vastly", "drastically", "substantially"}
)  # fmt: skip


# Verbs a comparative hangs on to tell a change: "has got worse", "became better".
BECOMING = frozenset({"get", "become", "go", "grow"})


def changes(doc: Doc) -> list[EvaluativePredicate]:
    """A change in a person judged by its size, stated as fact: a change word (the domain
    word list ``change_word``: "deteriorate", "improve", a comparative "worse" after "get")
    with a degree word on it ("Mrs S has deteriorated significantly since last review", "Mr
    N has improved a lot since moving", "Ethan's behaviour has got much worse"), said of the
    person or of something of theirs. How much someone has changed is the writer's
    comparison; what was different, and when, is the record. A change said without a degree
    ("his transfers have deteriorated") or of a thing ("the situation has improved a lot")
    is left alone, as is one forecast, offered as possible, denied or asked about."""
    found = []
    words = word_list("change_word")
    for word in doc:
        if word.lemma_.lower() not in words and word.lower_ not in words:
            continue  # the lower-case form too: "worse" has the lemma "bad"
        verb = word
        if word.pos_ == "ADJ":
            if word.dep_ not in {"acomp", "oprd"} or word.head.lemma_.lower() not in BECOMING:
                continue  # "a better flat", "worse than before" without a verb of becoming
            verb = word.head
        elif word.pos_ != "VERB":
            continue
        degrees = [*word.children, *verb.children]
        if not any(
            c.lower_ in CHANGE_DEGREES and c.dep_ in {"advmod", "npadvmod"} for c in degrees
        ):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            continue  # "has not improved much", "will deteriorate rapidly": another rule's
        if subordinate(verb) or verb.dep_ == "xcomp":
            continue
        said_of = _of_a_person(verb)
        if said_of is None:
            continue
        found.append(EvaluativePredicate(Judgement.CHANGE, word.i, word.i + 1, verb, *said_of))
    return found
