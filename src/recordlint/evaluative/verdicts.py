"""Verdicts on risk, ability, need and conduct: "at high risk of falls", "is unable to
manage her finances", "Needs a push.", "is not eating properly"; and the graded risk word a
verdict hangs on.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from recordlint.evaluative.clauses import (
    denied_ability,
    fragment_start,
    in_relative_clause,
    negated,
    opens_fragment,
    possible,
    subordinate,
)
from recordlint.evaluative.judgement import EvaluativePredicate, Judgement
from recordlint.evaluative.sentences import markers, own_right_edge, sentence_of
from recordlint.evaluative.vocabulary import (
    ABOUT_PEOPLE,
    COPULAS,
    FORECAST_SUBJECTS,
    POINTING_BACK,
    RISK_DEGREES,
)
from recordlint.evaluative.words import person_words, subject_referent
from recordlint.lexicon import load_lexicon, word_list
from recordlint.subjects import Referent, referent_of, subject_of
from recordlint.token_view import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def risk_verdicts(doc: Doc) -> list[EvaluativePredicate]:
    """Verdicts on risk stated of the person or their home: a risk or danger noun or a denied
    "safe" as what the clause says of them ("Kaz is high risk", "is at significant risk of
    falls", "Property is a fire risk", "is a danger to himself", "is not safe to leave the home
    alone"), a note that is nothing else ("At risk of falls.", "High risk of self-neglect.",
    "Not safe for stairs."), a bare "Risk" graded ("Risk remains high.") or denied ("There are
    no risks."). A risk as the object of an act ("explained the fire risk", "putting herself
    at risk"), a noun it describes ("an adult at risk", "a risk assessment") or one said of a
    thing ("the tenancy is at risk", "which is not safe practice") is left alone."""
    found = []
    for word in tokens_with_lemma(doc, set(markers("risk")[0])):
        verdict = _risk_predicate(word)
        if verdict is None:
            continue
        predicate, start, bare = verdict
        if possible(predicate) or subordinate(predicate) or in_relative_clause(predicate):
            continue
        subject = None if bare else subject_of(predicate)
        if subject is not None and subject.lower_ in {"you", *POINTING_BACK}:
            continue  # a letter's "you", or "which is not safe practice": said of an act
        referent = Referent.UNKNOWN if subject is None else referent_of(subject)
        if subject is None and not bare and not opens_fragment(predicate):
            continue
        if referent not in FORECAST_SUBJECTS | {Referent.UNKNOWN}:
            continue
        end = max(word.i + 1, min(own_right_edge(predicate) + 1, sentence_of(word).end))
        found.append(EvaluativePredicate(Judgement.RISK, start, end, predicate, subject, referent))
    return found


# Tenses of "be" that state how someone is now: "is unable to", "are not able to".
PRESENT_BE = frozenset({"VBZ", "VBP"})


def inabilities(doc: Doc) -> list[EvaluativePredicate]:
    """Verdicts that someone cannot run their own affairs, take part or make themselves
    understood, stated as how they are ("Mr B is unable to express his wishes", "Iris is
    unable to contribute", "Pauline unable to manage finances.", "Unable to manage personal
    care."): a denied ability before a verb of the shared list ``capability_verb``, or before
    any verb whose object is a view noun of the speech lexicon ("Unable to give views.", "is
    not able to share her wishes"): voicing a view is taking part, whatever the verb. What
    happened at a visit ("She was unable to engage on my visit"), what may come ("will be
    unable to cope"), a condition ("if he is unable to manage") and what a service or a thing
    cannot do ("Placement unable to meet needs", "we are unable to give a date") are left
    alone, as are other verbs, which record what was seen ("unable to access the bathroom")."""
    found = []
    verbs = set(tokens_with_lemma(doc, word_list("capability_verb")))
    verbs |= {t.head for t in doc if t.dep_ == "dobj" and _a_view(t)}
    for verb in sorted(verbs, key=lambda t: t.i):
        if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or not denied_ability(verb.head):
            continue
        ability = verb.head
        holder = ability
        while holder.dep_ == "conj" and holder.head.i != holder.i:
            holder = holder.head  # "is elderly and confused and unable to express a view"
        subject: Token | None
        if holder.dep_ == "acomp" and holder.head.lemma_ == "be":
            copula = holder.head
            if copula.tag_ not in PRESENT_BE or subordinate(copula):
                continue  # "was unable to engage on my visit", "if he is unable to"
            if any(c.dep_ == "aux" for c in copula.children):
                continue  # "will be unable to cope", "may be unable to"
            subject = subject_of(copula)
            if subject is None:
                continue
        elif holder.dep_ == "ROOT" and holder.i - fragment_start(holder) <= 1:
            subject = None  # "Unable to manage personal care.": a note about the person
        elif holder.dep_ == "amod" and holder.head.dep_ == "ROOT" and holder.head.i < holder.i:
            subject = holder.head  # "Pauline unable to manage finances."
        else:
            continue
        if subject is not None and subject.lower_ == "you":
            continue  # a letter telling the person what they can and cannot do
        referent = subject_referent(subject)
        if referent not in ABOUT_PEOPLE or in_relative_clause(ability):
            continue
        found.append(
            EvaluativePredicate(
                Judgement.MENTAL_STATE, ability.i, verb.i + 1, verb, subject, referent
            )
        )
    return found


@functools.cache
def _view_nouns() -> frozenset[str]:
    """The one-word view nouns of the speech lexicon ("views", "wishes", "opinion")."""
    return frozenset(
        e.term.lower()
        for e in load_lexicon("speech").entries
        if e.kind == "view_noun" and " " not in e.term
    )


def _a_view(noun: Token) -> bool:
    """Whether a noun carries its owner's view ("views", "her wishes", "a preference")."""
    views = _view_nouns()
    return noun.pos_ == "NOUN" and (noun.lower_ in views or noun.lemma_.lower() in views)


def excesses(doc: Doc) -> list[EvaluativePredicate]:
    """Verdicts that a state of someone stops them doing something, stated as how they are
    ("Ray is too unwell to understand the risks", "She is too proud to accept help"): "too"
    on an adjective after a present "be" whose subject is a person or relative, with a "to"
    verb hung on the adjective or its "be". The writer's reading of the person's state and
    of what it rules out, like a denied ability. What may come or may be ("may now be too
    unwell to make one", "will be too tired to"), what was so once ("was too tired to get
    up"), a condition or a relative clause, a denial ("is not too frail to"), and things
    ("the pain gets too much to manage") are left alone, as is a feeling the person
    lexicon holds ("too frightened to speak up"), which is read as that feeling."""
    found = []
    for too in doc:
        if too.lower_ != "too" or too.dep_ != "advmod" or too.head.pos_ != "ADJ":
            continue
        adjective = too.head
        if adjective.lemma_.lower() in person_words() or adjective.lower_ in person_words():
            continue  # "too frightened to speak up": the feeling is read as one already
        verb = next(
            (
                c
                for c in [*adjective.children, *adjective.head.children]
                if c.dep_ in {"xcomp", "advcl"}
                and c.pos_ in {"VERB", "AUX"}
                and c.i > adjective.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        holder = adjective
        while holder.dep_ == "conj" and holder.head.i != holder.i:
            holder = holder.head  # "is frail and too tired to"
        if verb is None or holder.dep_ != "acomp" or holder.head.lemma_ != "be":
            continue
        copula = holder.head
        if copula.tag_ not in PRESENT_BE or subordinate(copula) or negated(copula):
            continue
        if any(c.dep_ == "aux" for c in copula.children) or in_relative_clause(copula):
            continue  # "may now be too unwell", "who is too frightened to"
        subject = subject_of(copula)
        if subject is None or subject.lower_ == "you":
            continue
        referent = subject_referent(subject)
        if referent not in ABOUT_PEOPLE:
            continue  # "It is too late to apply", "The pain is too much to manage"
        found.append(
            EvaluativePredicate(Judgement.MENTAL_STATE, too.i, verb.i + 1, verb, subject, referent)
        )
    return found


NEED_VERBS = frozenset({"need", "require"})


def needs_verdicts(doc: Doc) -> list[EvaluativePredicate]:
    """What someone needs, stated as how they are, where the need is itself a verdict on them
    (words of the shared lists ``effort_need`` and ``constant_care``): that they must be
    pushed or held in ("Needs a push.", "needs to push herself more", "needs firm
    boundaries"), a judgement of their effort or conduct, or that they cannot be left ("Needs
    24hr care.", "needs round-the-clock supervision"), a verdict on the risk to them. What someone
    thinks they need ("Lorraine thinks Edna needs a care home"), a forecast ("will need",
    read as a prediction), a past need ("needed two carers") and a denied one are left
    alone, as is anyone else's need ("you need to push the button")."""
    effort, constant = word_list("effort_need"), word_list("constant_care")
    found = []
    for verb in tokens_with_lemma(doc, NEED_VERBS):
        if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in PRESENT_BE:
            continue
        if any(c.dep_ in {"aux", "neg"} for c in verb.children) or subordinate(verb):
            continue
        holder = verb
        while holder.dep_ == "conj" and holder.head.i != holder.i:
            holder = holder.head
        if holder.dep_ in {"ccomp", "advcl", "relcl", "csubj", "pcomp", "acl"}:
            continue  # "thinks Edna needs a care home": what someone else thinks
        kind = None
        objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}]
        end = verb.i + 1
        for obj in objects:
            lemma = obj.lemma_.lower()
            if lemma in effort:
                kind, end = Judgement.CHARACTER, obj.i + 1
            elif obj.dep_ == "dobj" and any(
                c.dep_ in {"amod", "compound", "nummod"}
                and (c.lower_ in constant or c.lemma_.lower() in constant)
                for c in obj.children
            ):
                kind, end = Judgement.RISK, obj.i + 1
        if kind is None:
            continue
        subject = subject_of(verb)
        if subject is None and verb.i - fragment_start(verb) > 1 and verb.dep_ != "conj":
            continue
        if subject is not None and subject.lower_ == "you":
            continue
        referent = subject_referent(subject)
        if referent not in ABOUT_PEOPLE:
            continue
        found.append(EvaluativePredicate(kind, verb.i, end, verb, subject, referent))
    return found


def _graded(word: Token) -> bool:
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in RISK_DEGREES for c in word.children)


def _risk_predicate(word: Token) -> tuple[Token, int, bool] | None:
    """For a risk word, the predicate that states it of someone, where the verdict's words
    start, and whether it is a bare "Risk" or "no risks" standing for the person's; None when
    the word is not a verdict."""
    head = word.head
    if word.lemma_.lower() == "safe":
        if word.pos_ != "ADJ" or not negated(word):
            return None
        if word.dep_ == "acomp" and head.lemma_.lower() in COPULAS:
            return word, word.left_edge.i if word.left_edge.i > head.i else word.i, False
        if word.dep_ == "ROOT" or (word.dep_ == "conj" and head.dep_ in {"acomp", "ROOT"}):
            return word, word.left_edge.i, False  # "Not safe for stairs."
        return None
    if word.pos_ not in {"NOUN", "PROPN"}:
        return None
    first = min(c.i for c in word.subtree if c.i <= word.i)
    if word.dep_ == "pobj" and head.lower_ == "at":
        holder = head.head
        if head.dep_ in {"ROOT", "conj"} or holder.lemma_.lower() in COPULAS:
            return head, head.i, False  # "is at high risk of falls", "and at risk"
        return None  # "an adult at risk", "putting herself at risk"
    if word.dep_ == "attr" and head.lemma_.lower() in COPULAS:
        if any(c.dep_ == "expl" for c in head.children):
            # "There are no risks": denied of whoever the record is about.
            denied = any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)
            if any(c.dep_ == "amod" for c in word.children):
                return None  # "no known risk to others": what is known, not a verdict
            return (word, first, True) if denied else None
        return word, first, False  # "is a fire risk", "is high risk", "is a risk to her"
    if word.dep_ == "compound" and head.dep_ == "attr" and _graded(word):
        return head, first, False  # "is a high risk service user"
    if word.dep_ == "nsubj" and head.lemma_.lower() in COPULAS:
        if any(c.dep_ in {"det", "poss", "compound", "amod"} for c in word.children):
            return None  # "the risk is high", "his biggest risk is": a risk of something named
        graded = next(
            (c for c in head.children if c.dep_ == "acomp" and c.lower_ in RISK_DEGREES), None
        )
        return (graded, word.i, True) if graded is not None else None  # "Risk remains high."
    note = word.dep_ == "ROOT" and _graded(word) and word.i - fragment_start(word) <= 1
    if note and any(c.dep_ == "prep" and c.lower_ in {"of", "to"} for c in word.children):
        return word, first, True  # "High risk of self-neglect.": a note of its own
    return None


# Auxiliaries that make what someone does a plan, a duty or a possibility, not how they are:
# "will need to be employed properly", "should be done properly", "can't cook properly".
_NOT_STATED = frozenset({"will", "wo", "'ll", "would", "should", "must", "may", "might",
                         "could", "can", "ca", "need", "ought", "to"})  # fmt: skip

# Prepositions that put a span of time on what someone has not done ("has not slept properly
# for two weeks", "since Christmas", "in weeks"): how long, which is a fact told or charted.
_SPAN_LEADS = frozenset({"for", "since", "in"})


def conduct_verdicts(doc: Doc) -> list[EvaluativePredicate]:
    """Verdicts on how well or how much someone does what they do, stated as how they are
    ("Stephen isn't supervising him properly", "He's drinking too much", "Family not doing
    enough", "are doing too much for her", "has not been keeping the account properly"): a
    word of the shared list ``manner_fault`` on a person's or a relative's own verb,
    "properly" and "enough" denied, "much" after "too". The standard the writer holds them to
    is the judgement; the reader gets neither what was seen nor how much. What someone will,
    should or can do, a passive ("was not done properly"), a condition or a question ("if he
    is not looking after it properly"), a relative clause, a span of time told ("has not
    slept properly for two weeks", which says how long), an excess with the limit it is
    measured against ("earns too much to qualify"), the writer's own acts and a letter's
    "you" are left alone; so are the verbs of the shared list ``bodily_function`` ("is not
    eating properly"), a sign of health that referrals name as such, and a note with no
    subject ("Not eating properly, house cluttered."), which lists what was found."""
    words = word_list("manner_fault")
    found = []
    for word in tokens_with_lemma(doc, words):
        verb = word.head
        if word.dep_ not in {"advmod", "dobj", "npadvmod"} or verb.pos_ != "VERB":
            continue
        if word.lower_ == "much":
            if not any(c.lower_ == "too" for c in word.children):
                continue  # "doesn't drink much": no standard held up
        elif not negated(verb):
            continue  # "is eating properly", "has done enough": no fault found
        if verb.lemma_.lower() in COPULAS | {"have"}:
            continue
        if verb.lemma_.lower() in word_list("bodily_function"):
            continue  # "is not eating properly": a sign of health a referral names, not conduct
        if _result_named(verb, word):
            continue  # "earns too much to qualify": measured against a limit the reader sees
        if any(c.dep_ == "auxpass" for c in verb.children) or (
            verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        ):
            # "Bottles were not sterilised properly", or in a note with its "were" dropped,
            # "Bottles not sterilised properly": what was found of a thing
            continue
        if any(c.dep_ == "aux" and c.lower_ in _NOT_STATED for c in verb.children):
            continue
        if subordinate(verb) or possible(verb) or in_relative_clause(verb):
            continue
        if _span_of_time(verb):
            continue
        subject = subject_of(verb)
        if subject is None or subject.lower_ == "you":
            continue
        referent = subject_referent(subject)
        if referent not in ABOUT_PEOPLE:
            continue
        start = min(c.i for c in [verb, *verb.children] if c.dep_ in {"aux", "neg"} or c is verb)
        end = max(word.i + 1, min(own_right_edge(verb) + 1, sentence_of(verb).end))
        found.append(EvaluativePredicate(Judgement.CONDUCT, start, end, verb, subject, referent))
    return found


def _result_named(verb: Token, word: Token) -> bool:
    """Whether what someone does to excess comes with what the excess rules out after it, a
    "so" clause or a "to" infinitive ("earns too much at the bank so she can't get it",
    "earns too much to qualify"): the limit it is measured against is named, a rule's, not
    the writer's standard."""
    for child in verb.children:
        if child.i < word.i:
            continue
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "so" for c in child.children
        ):
            return True
        if child.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return True
    return False


def _span_of_time(verb: Token) -> bool:
    """Whether a verb carries a span of time ("for two weeks", "since Christmas", "in
    weeks"): one of the prepositions that can lead one, with an object. The object is not
    tested, so a place after "in" ("not cleaning properly in the kitchen") also counts and
    leaves the verdict unread: the test errs towards staying quiet."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in _SPAN_LEADS:
            continue
        if any(t.dep_ == "pobj" for t in child.children):
            return True
    return False
