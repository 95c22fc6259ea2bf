"""Predictions stated as fact: "will not manage at home", "the placement will break down",
"is frail and will burn out", "likely to fall".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative.clauses import (
    fragment_start,
    opens_fragment,
    possible,
    subordinate,
    within_wish,
)
from recordlint.evaluative.judgement import EvaluativePredicate, Judgement
from recordlint.evaluative.sentences import sentence_of
from recordlint.evaluative.vocabulary import (
    ABOUT_PEOPLE,
    ASPECTUAL,
    COPULAS,
    FORECAST_SUBJECTS,
    NEVER,
    PERMANENCE,
    PERMANENT_OBJECTS,
    POSSIBILITY_MODALS,
    PREDICTIVE_MODALS,
    STATIVE_HEADS,
    SUBORDINATING,
)
from recordlint.evaluative.words import (
    a_service_not_a_someone,
    negated_prediction_verbs,
    prediction_particles,
    prediction_verbs,
    subject_referent,
)
from recordlint.lexicon import word_list
from recordlint.subjects import Referent, subject_of
from recordlint.token_view import tokens_with_lemma, tokens_with_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def predictions(doc: Doc) -> list[EvaluativePredicate]:
    denied_only = negated_prediction_verbs() - prediction_verbs()
    verbs = prediction_verbs() | denied_only
    found = []
    for token in tokens_with_lemma(doc, verbs):  # whatever it reads, the lemma is a verb's
        lemma = token.lemma_.lower()
        verb = token
        if lemma in {"able", "safe"} and token.dep_ == "acomp":
            verb = token.head  # "will not be able to", "will not be safe": the modal is on "be"
        elif lemma not in verbs or token.pos_ not in {"VERB", "AUX"}:
            continue
        if lemma not in verbs:
            continue
        particle = prediction_particles().get(lemma)
        if particle is not None and not any(c.lower_ == particle for c in token.children):
            continue  # "She will give you the figures": "give out" is the forecast, not "give"
        if _going_to(verb) is None and (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECTUAL
        ):
            verb = verb.head  # "will just keep falling": the modal sits on "keep"
        modal = next(
            (c for c in verb.children if c.dep_ == "aux" and c.lower_ in PREDICTIVE_MODALS), None
        )
        going = _going_to(verb)
        if modal is None and going is not None:
            verb, modal = going  # "She is not going to manage": "be going to" forecasts too
        if modal is None or (subordinate(verb) and not _given_as_reason(verb)):
            continue
        if lemma in NEEDS and _given_as_reason(verb):
            continue  # "please ring her as she will need a copy": what the step answers
        if lemma in denied_only and not any(c.dep_ == "neg" for c in verb.children):
            continue  # "will ask for a review": a plan; "won't ask for help" is the forecast
        if lemma in {"need", "require"} and not any(c.dep_ == "dobj" for c in verb.children):
            continue  # "will need to pay": a step in a plan, not a forecast about the person
        if lemma in {"need", "require"} and _need_from_stated_fact(verb):
            continue  # "He is non-verbal so will need a provider who signs": what follows
        if lemma in {"need", "require"} and _needs_a_contact(verb):
            continue  # "will need a financial assessment": the next step, not a forecast
        subject = subject_of(verb)
        if subject is not None and subject.lower_ == "you":
            continue  # a letter telling the person what happens next
        if within_wish(verb):
            continue  # "wants to start college and will need support": the person's plan
        if lemma in NEEDS and subject is None and verb.dep_ != "conj":
            continue  # "Not for D2A - will need P3.", "Will need your sign off.": a plan's step
        referent = subject_referent(subject)
        if referent not in ABOUT_PEOPLE or (subject is None and not opens_fragment(verb)):
            continue
        start = min(modal.i, verb.i, token.i)
        found.append(
            EvaluativePredicate(Judgement.PREDICTION, start, token.i + 1, verb, subject, referent)
        )
    found += _inferred_forecasts(doc, {p.predicate.i for p in found})
    found += _never_again(doc, {p.predicate.i for p in found})
    found += _likelihoods(doc)
    found += _failing_arrangements(doc)
    found += _foreseen_breakdowns(doc)
    return found


def _going_to(verb: Token) -> tuple[Token, Token] | None:
    """The "going" and the form of "be" that make a forecast of ``verb`` in "be going to"
    ("She is not going to manage", "he's going to give up"), which says what will happen as
    surely as "will" does: the verb is the infinitive after "going", which carries the
    clause's subject, its negation and its form of "be". "Is going to the day centre" has no
    infinitive and is what someone is doing; a plan ("is going to ring them") is read, as
    after "will", only if its verb is one of the forecasts'."""
    going = verb.head
    if verb.dep_ != "xcomp" or going.lower_ != "going" or going.tag_ != "VBG":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    be = next((c for c in going.children if c.dep_ == "aux" and c.lower_ in _PRESENT_BE), None)
    return None if be is None else (going, be)


def _likely_to(verb: Token) -> tuple[Token, Token] | None:
    """The "likely" and the present form of "be" that make a forecast of ``verb`` in "be
    likely to" ("the placement is likely to break down"), said as surely as "will": the verb
    is the infinitive after "likely", hung on a "be" with no modal of its own ("would be
    likely to" weighs what might happen)."""
    likely = verb.head
    if verb.dep_ != "xcomp" or likely.lower_ not in {"likely", "unlikely"}:
        return None
    if likely.dep_ != "acomp" or likely.head.lower_ not in _PRESENT_BE:
        return None
    if any(c.dep_ == "aux" for c in likely.head.children):
        return None
    return likely, likely.head


# The present forms of "be" before "going to": "was going to manage" tells what was
# expected then, not a forecast now.
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "s"})


def _needs_a_contact(verb: Token) -> bool:
    """Whether what someone will need is a contact a service holds with them, the shared
    list ``contact_kind`` ("Mrs Z will need a financial assessment", "will need a full review
    of his care", "will require an appointment"): the next step of the process, which any
    change of circumstances sets off, not a forecast of how the person will fare. Care or
    support needed ("will need a care home", "will need more support") forecasts."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]  # "a review and a care home"
    return bool(objects) and all(
        o.lemma_.lower() in word_list("contact_kind") or o.lower_ in word_list("contact_kind")
        for o in objects
    )


def _need_from_stated_fact(verb: Token) -> bool:
    """Whether a forecast need follows from a fact stated about the same person just before
    it in the sentence: joined to a present "is" or "has" clause, sharing its subject ("He is
    a smoker and will need supervised access to the shelter"), or drawn with "so" ("He's
    non-verbal so will need a provider who uses Makaton"). The sentence gives what the need
    rests on, as arrangements for a provider do. A need joined to a forecast of its own ("will
    not manage at home much longer and will need residential care") or to another judgement
    ("lacks capacity and will need a DoLS") is not: that clause is the verdict; nor is a need
    said to last for good ("has significant deficits and will always need someone to think
    for her", "is poor with money and will need help forever"), a forecast of the person's
    whole future that no fact in the sentence settles."""
    if _for_good(verb):
        return False
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    head = verb.head
    if head.i >= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.lower_ in {"so", "therefore"} and c.i < verb.i for c in verb.children):
        return True
    return head.lemma_ in {"be", "have"} and head.tag_ in {"VBZ", "VBP"}


# Verbs of needing: a need given as a reason is what a step answers.
NEEDS = frozenset({"need", "require"})


# Marks of a clause that gives a reason: "as she will not manage", "because he is unlikely to".
REASON_MARKS = frozenset({"because", "as", "since"})


def _first_conjunct(verb: Token) -> Token:
    """The first of the coordinated clauses ``verb`` belongs to, which holds their mark."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb


def _given_as_reason(verb: Token) -> bool:
    """Whether a clause (or the first of the clauses it is coordinated with) gives the reason
    for something else ("Karen will need to be first contact as Pauline will not manage to
    answer the call unit"): a forecast there is still stated as fact, so a reason clause does
    not make it subordinate as "if" or "how" does. A need given as a reason is what the step
    answers ("please ring her as she will need a copy", "a stair lift would not suit him,
    because ... he is likely to need a wheelchair"), an arrangement: callers leave it."""
    verb = _first_conjunct(verb)
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in verb.children
    )


def _for_good(verb: Token) -> bool:
    """Whether a verb is said to hold for good: "always", "forever", "for life", "for the
    rest of her life"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in PERMANENCE:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [t for t in child.subtree if t.dep_ == "pobj"]
            if any(t.lower_ in PERMANENT_OBJECTS for t in objects):
                return True
    return False


# What stands for the person's care when it is said to fail: a word for a service ("the
# placement", "the package") or the person's circumstances ("the situation").
CIRCUMSTANCES = frozenset({"situation", "arrangement", "arrangements"})


# Outcome verbs that say such an arrangement fails: "break down", "deteriorate".
FAILING = frozenset({"break", "deteriorate"})


def _failing_arrangements(doc: Doc) -> list[EvaluativePredicate]:
    """Forecasts about the person whose subject is the arrangement that supports them or their
    circumstances: "The placement will break down", "The situation will break down very soon
    without more support": a verdict on how the person and those caring for them will
    manage, stated as fact. What a service will do ("The package will end on Friday", "The
    placement will start on Monday") is a plan and is left alone, as is a breakdown asked
    about or offered as possible ("if the placement breaks down", "it may break down") and
    one under way ("informal support is breaking down"), often what someone reported."""
    found = []
    for verb in tokens_with_lemma(doc, FAILING):
        if verb.pos_ != "VERB" or subordinate(verb) or possible(verb):
            continue
        if verb.lemma_.lower() == "break" and not any(
            c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
        ):
            continue
        subject = subject_of(verb)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = subject.lemma_.lower()
        if lemma not in CIRCUMSTANCES and not a_service_not_a_someone(lemma):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
        going = _going_to(verb) or _likely_to(verb)
        if going is not None:
            # "The placement is going to break down", "is likely to break down"
            auxiliaries = [going[1]]
        elif not any(c.lower_ in PREDICTIVE_MODALS for c in auxiliaries):
            continue  # "informal support is breaking down": what is happening, often reported
        start = min([subject.left_edge.i, *(c.i for c in auxiliaries)])
        end = max([verb.i + 1, *(c.i + 1 for c in verb.children if c.dep_ == "prt")])
        found.append(
            EvaluativePredicate(Judgement.PREDICTION, start, end, verb, subject, Referent.PERSON)
        )
    return found


# Adjectives that say a breakdown is coming as surely as "will": "carer breakdown
# imminent", "placement breakdown is inevitable", "breakdown is likely within weeks".
FORESEEN = frozenset({"imminent", "inevitable", "unavoidable", "likely"})


def _foreseen_breakdowns(doc: Doc) -> list[EvaluativePredicate]:
    """The same forecast in the noun: the breakdown of a carer, a family, a placement or an
    arrangement said to be coming, with "is" or in a note without it ("Carer breakdown
    imminent.", "carer breakdown is imminent", "carer breakdown is likely within weeks"): a
    verdict on how the person and those caring for them will manage, stated as fact. The
    words are read in order, not from the parse, because the parser reads the note-style
    fragment as a noun phrase ("imminent" as the head). A breakdown asked about or offered
    as possible ("if breakdown is imminent", "may be imminent"), one that was foreseen then
    ("was imminent"), a skin or a tenancy breakdown and a risk of one ("risk of carer
    breakdown is high", a verdict on risk, read as such) are left alone."""
    found = []
    for noun in tokens_with_lower(doc, {"breakdown"}):
        sentence = sentence_of(noun)
        whose = doc[noun.i - 1] if noun.i > sentence.start else None
        if whose is None or not _breaks_down(whose.lemma_.lower()):
            continue  # "skin breakdown", "a breakdown of costs"
        following = doc[noun.i + 1 : min(sentence.end, noun.i + 3)]
        if following and following[0].lower_ in _PRESENT_BE:
            following = following[1:]
        if not following or following[0].lower_ not in FORESEEN:
            continue
        before = doc[sentence.start : noun.i]
        if any(t.lower_ in SUBORDINATING or t.lower_ in POSSIBILITY_MODALS for t in before):
            continue  # "ask whether carer breakdown is imminent"
        if whose.i - 2 >= sentence.start and doc[whose.i - 1].lower_ == "of":
            continue  # "risk of carer breakdown is likely": a verdict on risk, read as such
        start = whose.i
        while start > sentence.start and doc[start - 1].dep_ in {"compound", "amod"}:
            start -= 1
        found.append(
            EvaluativePredicate(
                Judgement.PREDICTION, start, following[0].i + 1, noun, None, Referent.PERSON
            )
        )
    return found


def _breaks_down(word: str) -> bool:
    """Whether a noun before "breakdown" names who or what supports the person: a carer or
    a family ("other_person"), a placement or a package ("service"), or their situation."""
    return (
        word in CIRCUMSTANCES or word in word_list("service") or word in word_list("other_person")
    )


def _inferred_forecasts(doc: Doc, taken: set[int]) -> list[EvaluativePredicate]:
    """Forecasts drawn from a state or a judgement of the same person and stated as certain,
    whatever their verb: a "will" clause coordinated after a clause that says what someone is
    or has ("is frail and will burn out", "is very motivated and will be a good tenant", "has
    no motivation and the flat will be a mess"). A plan or an arrangement stands alone ("She
    will start at the day centre on Monday", "The carers will visit at 8"): nothing it is
    drawn from is stated beside it. After a label of conduct, "won't" reports a refusal ("is
    hostile and will not engage"), whose wording the respectful-language rule reports. Verbs
    the prediction list already reads (``taken``) are left to that reading."""
    found = []
    carriers = [(m, m.head) for m in tokens_with_lower(doc, {"will", "wo", "'ll"})]
    for going in tokens_with_lower(doc, {"going"}):
        verb = next((c for c in going.children if c.dep_ == "xcomp"), None)
        pair = None if verb is None else _going_to(verb)
        if pair is not None:
            carriers.append((pair[1], going))  # "is not on board and is going to cause ..."
    for modal, verb in carriers:
        if modal.dep_ != "aux" or verb.i in taken or verb.dep_ != "conj":
            continue
        if not _stative(verb.head) or subordinate(verb) or within_wish(verb):
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "will be discharged": what others will do, not a forecast of her
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "is hostile and will not engage": a refusal, not a forecast
        if verb.lemma_.lower() in {"need", "require"} and _need_from_stated_fact(verb):
            continue  # "is a smoker and will need supervised access": what the fact asks for
        subject = subject_of(verb)
        if subject is None or subject.lower_ == "you":
            continue
        referent = subject_referent(subject)
        own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        if referent not in FORECAST_SUBJECTS or (own and referent is not Referent.HOME):
            # With a subject of its own, only the home is forecast from the person's state
            # ("has no motivation and the flat will be a mess"); "he is on the register and
            # they will look at the discount" tells what a service will do.
            continue
        found.append(
            EvaluativePredicate(Judgement.PREDICTION, modal.i, verb.i + 1, verb, subject, referent)
        )
    return found


def _never_again(doc: Doc, taken: set[int]) -> list[EvaluativePredicate]:
    """Forecasts that rule something out for good, whatever their verb: "will never" (or
    "'ll never") said of the person or someone around them ("Pt will never drive a bus
    again", "he will never let go of the papers"). No plan or arrangement is made with
    "never": it settles the rest of someone's life, which no one can know. Left alone:
    "would never", what someone would or used to do; a passive ("will never be left
    alone"), what others will do; a clause under "if", "how" or a wish; words the writer,
    the reader or a service is the subject of ("I will never ...", "you will never be
    charged"); and verbs the prediction list already reads (``taken``)."""
    found = []
    for never in tokens_with_lower(doc, NEVER):
        verb = never.head
        if (
            never.dep_ not in {"neg", "advmod"}
            or verb.i in taken
            or verb.pos_ not in {"VERB", "AUX"}
        ):
            continue
        modal = next(
            (
                c
                for c in verb.children
                if c.dep_ == "aux" and c.lower_ in PREDICTIVE_MODALS - {"would"}
            ),
            None,
        )
        if modal is None or subordinate(verb) or within_wish(verb) or possible(verb):
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "will never be left alone": what others will do
        subject = subject_of(verb)
        if subject is not None and subject.lower_ == "you":
            continue  # a letter telling the person what will not happen
        referent = subject_referent(subject)
        if referent not in ABOUT_PEOPLE or (subject is None and not opens_fragment(verb)):
            continue
        found.append(
            EvaluativePredicate(Judgement.PREDICTION, modal.i, verb.i + 1, verb, subject, referent)
        )
    return found


def _stative(head: Token) -> bool:
    """Whether a clause says what someone is or has, not what they did or will do: a copula
    or a verb of having or lacking, a predicate adjective or noun (a note: "Pt forgetful"), or
    a state of coping ("is not coping")."""
    if head.pos_ in {"ADJ", "NOUN", "PROPN"}:
        return True
    if head.lemma_.lower() not in STATIVE_HEADS:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in PREDICTIVE_MODALS for c in head.children)


def _ability_after(action: Token) -> Token | None:
    """The verb of "be able to" after "likely" ("is unlikely to be able to continue"): a
    forecast of what someone will manage to do, not of a state they will be in; None for any
    other "be"."""
    if action.lemma_.lower() != "be":
        return None
    able = next((c for c in action.children if c.dep_ == "acomp" and c.lower_ == "able"), None)
    if able is None:
        return None
    return next((c for c in able.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


def _likely_in_a_note(word: Token) -> tuple[Token | None] | None:
    """Who a "likely" or "unlikely" with an infinitive after it is said of in a note written
    without "is": the name or noun the note opens with ("Mrs Coyle unlikely to return
    home.", read as the noun's modifier) or no one, the note opening with the word itself
    ("Likely to disengage once released", "Unlikely to meet the criteria"), as a note leaves
    the person unsaid. None when the word is no such note's."""
    if not any(c.dep_ == "xcomp" for c in word.children):
        return None
    head = word.head
    if word.dep_ == "amod" and head.dep_ == "ROOT" and head.i < word.i:
        if head.pos_ in {"NOUN", "PROPN"} and not any(
            c.pos_ in {"VERB", "AUX"} for c in head.children
        ):
            return (head,)  # "Mrs Coyle unlikely to return home."
        return None
    if word.dep_ == "ROOT":
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return (subject,)  # "Son likely to move in with her", read as the note's head
    if word.i == fragment_start(word):
        return (None,)  # "Likely to disengage once released"
    return None


def _likelihoods(doc: Doc) -> list[EvaluativePredicate]:
    """Forecasts of what someone will do or become, stated as a likelihood of the person ("He
    is unlikely to stick to any plan", "is likely to decline", what they will be able to do,
    "is unlikely to be able to support her husband"): a verdict on their future. An
    outcome of a stay or a state ("likely to be in hospital for a week", "likely to have
    eligible needs") is honest uncertainty about a fact not yet known. A note written without
    "is" forecasts the same way ("Mrs Coyle unlikely to return home.", "Likely to disengage
    once released")."""
    found = []
    for word in tokens_with_lower(doc, {"likely", "unlikely"}):
        note_subject = _likely_in_a_note(word)
        if note_subject is None and (word.dep_ != "acomp" or word.head.lemma_ != "be"):
            continue
        action = next((c for c in word.children if c.dep_ == "xcomp"), None)
        ability = None if action is None else _ability_after(action)
        if ability is not None:
            action = ability  # "is unlikely to be able to support her husband": what they can do
        if action is None or action.pos_ != "VERB":
            continue
        if action.lemma_.lower() in NEEDS and _given_as_reason(word.head):
            continue  # "because he is likely to need a wheelchair": what the step answers
        if subordinate(word.head) and not _given_as_reason(word.head):
            continue
        if action.lemma_.lower() in COPULAS | {"have", "get"}:
            continue  # "likely to be in hospital", "likely to become more serious": a state
        if any(c.dep_ == "auxpass" for c in action.children):
            continue  # "likely to be discharged on Friday": what others will do
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in action.children):
            continue  # "likely to have died": a guess at what happened
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in word.head.children):
            continue  # "would have been likely to", "may be likely to": not stated as fact
        if possible(word):
            continue
        subject = subject_of(word.head) if note_subject is None else note_subject[0]
        if note_subject is None and (subject is None or subject.lower_ == "you"):
            continue
        referent = subject_referent(subject)
        if subject is not None and referent not in {Referent.PERSON, Referent.OTHER_PERSON}:
            continue
        found.append(
            EvaluativePredicate(
                Judgement.PREDICTION, word.i, action.i + 1, action, subject, referent
            )
        )
    return found
