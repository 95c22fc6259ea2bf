"""Reading a unit's decisions (:func:`decisions_in`): each decision word that counts, with
the phrase it makes the decision in, as a :class:`Decision`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from recordlint.lexicon import word_list
from recordlint.names import only_an_ordinary_word
from recordlint.rules.rationale.deciding import (
    agreeing_on_a_step,
    agreeing_with_a_view,
    aside_by_someone_else,
    decides,
    funded_from,
    level_reported,
    wanted_or_able,
)
from recordlint.rules.rationale.exceptions import (
    adjective_as_label,
    discharge_from_hospital,
    head_of,
    hypothetical,
    is_question,
    noun_as_topic,
    purpose_or_request,
    someone_elses,
    starts_with_wh,
    still_to_decide,
)
from recordlint.rules.rationale.lines import (
    another_body_reports,
    closing_instruction,
    finding_reported,
    form_field,
    heading,
    heading_over_a_section,
    movement_observed,
    not_a_verb_of_deciding,
    part_of_a_name,
    section_heading,
    title_line,
)
from recordlint.rules.rationale.notes import note_style_decisions, service_changes
from recordlint.rules.rationale.settled import (
    arranging_a_step,
    closed_on_a_system,
    declined_by_the_person,
    history,
    introduces_a_list,
    names_a_topic,
    names_what,
    no_fixed_abode,
    obligation,
    planned_end,
)
from recordlint.rules.rationale.syntax import own_body, words
from recordlint.rules.rationale.units import Unit, find_terms, services
from recordlint.rules.rationale.verdicts import (
    eligibility_found,
    negated_verdicts,
    not_for_us,
    priority_set,
)
from recordlint.rules.rationale.words import (
    CHANGING_SERVICES,
    FUTURE,
    LINKING_VERBS,
    MOOD_PARTICIPLES,
    OTHERS,
    WH_WORDS,
)
from recordlint.subjects import Referent, is_attributed, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class Decision(NamedTuple):
    """A decision in a unit: the word that makes it, and the phrase it makes it in."""

    head: Token
    phrase: Span


def decisions_in(doc: Doc, unit: Unit, in_quote: Any) -> list[Decision]:
    """The decisions in ``unit`` that the writer or the service makes: for each, the word
    the sentence hangs it from and the matched phrase."""
    span = doc[unit.start : unit.end]
    # Most sentences hold no decision word at all; the shape checks below matter only when
    # one does, so the words are looked for first.
    priorities = set(priority_set(span))
    note_style = {
        *note_style_decisions(span),
        *service_changes(span),
        *negated_verdicts(span),
        *not_for_us(span),
        *eligibility_found(span),
        *priorities,
    }
    candidates = sorted({*find_terms(span, "decision"), *note_style})
    if not candidates:
        return []
    if (
        is_question(span)
        or introduces_a_list(span)
        or starts_with_wh(span)
        or names_a_topic(span)
        or form_field(span)
        or heading(span)
        or section_heading(span)
        or title_line(span)
        or heading_over_a_section(span)
        or another_body_reports(span)
    ):
        return []
    found: list[Decision] = []
    for start, end in candidates:
        head = head_of(doc, start, end)
        if in_quote(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        if any(h.i == head.i for h, _ in found):
            continue
        if (
            part_of_a_name(head, span)
            or not_a_verb_of_deciding(head)
            or finding_reported(head)
            or movement_observed(head, span)
            or hypothetical(head)
            or still_to_decide(head)
            or (
                adjective_as_label(head)
                and not _opening_verb_misread(head, span)
                and not closing_instruction(head)
            )
            or (
                noun_as_topic(head)
                and (start, end) not in priorities  # the level set is the decision
                and not _infinitive_taken_for_a_noun(head, note_style)
                and not _opening_verb_misread(head, span)
            )
            or ((start, end) not in note_style and purpose_or_request(head))
            or (
                is_attributed(head)
                if (start, end) in note_style
                else someone_elses(head, range(start, end))
            )
            or discharge_from_hospital(head, span)
            or agreeing_with_a_view(head)
            or arranging_a_step(head)
            or history(head)
            or names_what(head)
            or obligation(head)
            or declined_by_the_person(head, span)
            or closed_on_a_system(head)
            or no_fixed_abode(head)
            or planned_end(head)
            or agreeing_on_a_step(head)
            or wanted_or_able(head)
            or level_reported(head)
            or funded_from(head)
            or aside_by_someone_else(head)
            or _nothing_changed(head)
            or _approval_credited(head)
            or _open_question(head)
            or _how_it_works(head)
            or _step_in_a_sequence(head)
            or _what_a_thing_does(head)
            or _points_at_a_decision(head)
            or _person_opens_the_clause(head)
            or _medicine_changed(head)
            or _nothing_decided(head)
            or _aside_in_brackets(head, span)
            or _helped_to_decide(head)
            or _mood_of_a_person(head)
        ):
            continue
        found.append(Decision(head, doc[start:end]))
    return found


_PERSONS = frozenset({Referent.PERSON, Referent.OTHER_PERSON})


def _mood_of_a_person(word: Token) -> bool:
    """'A once lively woman, she was now withdrawn and fearing the worst', 'He seemed
    withdrawn': a participle that doubles as an adjective of mood, said of a person after
    "be" or a linking verb, with nothing withdrawn from anything and no one doing it. "The
    service was withdrawn" and "He was withdrawn from the course by the college" are still
    decisions."""
    if word.lower_ not in MOOD_PARTICIPLES:
        return False
    if any(c.dep_ == "agent" or c.lower_ == "from" for c in word.children):
        return False
    subject = next((c for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and word.dep_ in {"acomp", "xcomp", "oprd"}:
        if word.head.lemma_.lower() not in LINKING_VERBS:
            return False
        subject = next((c for c in word.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and referent_of(subject) in _PERSONS


# Help with someone's own choice: "Help given to decide:", "supported him to decide where to
# live", "How I helped her decide".
_HELPING = frozenset({"help", "support", "assist", "enable", "empower", "encourage"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl"})


def _helped_to_decide(verb: Token) -> bool:
    """'Help given to decide: I met Mr M twice', 'We supported him to decide where to live':
    a choice the writer helped someone make for themselves, what a capacity assessment
    records as support; the decision, if any, is the person's and is recorded elsewhere."""
    if verb.lemma_.lower() not in {"decide", "choose"}:
        return False
    if _joins_the_helped_verb(verb):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.dep_ in _COMPLEMENTS:
        # "We will help her to think and decide": a bare "decide" shares the helped verb.
        verb = verb.head
    if verb.dep_ not in _COMPLEMENTS:
        return False
    head = verb.head
    if head.lemma_.lower() in _HELPING:
        return True
    # "Support given to help her decide": the help a participle hangs on.
    return head.dep_ in _COMPLEMENTS | {"acl"} and head.head.lemma_.lower() in _HELPING


def _joins_the_helped_verb(verb: Token) -> bool:
    """'someone who helps people sort and decide what to keep': a bare "decide" the parse
    joined to the finite helping verb belongs with the verb that help governs ("sort"), as
    a bare verb cannot share a subject with "helps" or "helped"; "We helped him move and
    decided to close the case" is the writer's decision."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and head.lemma_.lower() in _HELPING
        and head.tag_ in {"VBZ", "VBD", "VBP"}
        and any(c.dep_ in _COMPLEMENTS and c.tag_ == "VB" and c.i < verb.i for c in head.children)
    )


# What a person does when they choose: "SU meets eligibility" is the service's verdict.
_CHOOSING = frozenset({"agree", "decide", "decline", "accept", "refuse", "choose", "consent"})
# How many words a clause may hold before its verb for _person_opens_the_clause.
_CLAUSE_OPENING_WORDS = 4


def _person_opens_the_clause(verb: Token) -> bool:
    """'- OT assessment – Rashid and Shahida agreed', 'SU reluctant but agreed to trial':
    the person or a relative opens the clause of a finite verb, however the parse hung the
    verb, so the decision is theirs. "Referral to OT agreed" (the words before the verb
    run on from a preposition) and "Package agreed" (a capital on an ordinary word) are
    still the service's."""
    if (
        verb.lemma_.lower() not in _CHOOSING
        or verb.tag_ not in {"VBD", "VBZ", "VBP"}
        or any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return False
    doc = verb.doc
    tokens_before: list[Token] = []
    i = verb.i - 1
    while i >= verb.sent.start and not (doc[i].is_punct or doc[i].is_space):
        tokens_before.append(doc[i])
        i -= 1
    if not tokens_before or len(tokens_before) > _CLAUSE_OPENING_WORDS:
        return False
    tokens_before.reverse()
    if any(t.pos_ in {"ADP", "VERB", "AUX", "DET", "PART", "PRON", "NUM"} for t in tokens_before):
        return False
    if _a_thing_before(tokens_before):
        return False
    first = tokens_before[0]
    if first.pos_ == "PROPN" and only_an_ordinary_word(first.text):
        return False
    return referent_of(first) in {Referent.PERSON, Referent.OTHER_PERSON}


def _a_thing_before(tokens: list[Token]) -> bool:
    """'Request declined', 'Stair rail agreed': the words before the verb name what was
    asked for or a service (the shared word lists), or end in a common noun written in
    lower case that names no one, so the line decides about a thing; "Son agreed" and
    "Rashid and Shahida agreed" are people."""
    if any(t.lower_ in word_list("decided_thing") | services() for t in tokens):
        return True
    last = tokens[-1]
    return (
        last.pos_ == "NOUN"
        and last.text.islower()
        and referent_of(last) not in {Referent.PERSON, Referent.OTHER_PERSON}
    )


# Words that may stand between "what" and the decision verb of a free relative: "what we
# talked about and agreed", "what was finally decided".
_IN_A_FREE_RELATIVE = frozenset({"PRON", "VERB", "AUX", "ADP", "CCONJ", "ADV", "PART"})


def _points_at_a_decision(verb: Token) -> bool:
    """'Fitted the markers, as agreed on 10 November', 'as we agreed', 'I am writing to
    confirm what we talked about and agreed': the decision word points at a decision made
    and recorded elsewhere, and names none here. "As we agreed to close the case" names one
    and stays."""
    if verb.pos_ not in {"VERB", "AUX"} or any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} and c.tag_ not in {"WP", "WDT"} for c in verb.children
    ):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return True
    if any(c.dep_ == "dobj" and c.tag_ in {"WP", "WDT"} for c in verb.children):
        return True  # "what we agreed"
    for word in reversed(verb.doc[verb.sent.start : verb.i]):
        if word.tag_ in {"WP", "WDT"}:
            return word.lower_ in {"what", "whatever"}
        if word.pos_ not in _IN_A_FREE_RELATIVE or word.is_punct:
            return False
    return False


def _clause_of(token: Token) -> Token:
    """The verb whose auxiliaries and modifiers a coordinated verb shares: "approve" in
    "we will then review and approve" takes "will" and "then" from "review"."""
    while token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    return token


def _open_question(token: Token) -> bool:
    """'decide whether you are eligible', 'agree on how best to help you': a question
    still open, what an assessment or a meeting is for, not a decision made. Past tense
    answers the question ("we agreed how the care would be given") and stays."""
    if token.pos_ not in {"VERB", "AUX"} or token.tag_ in {"VBD", "VBN"}:
        return False
    if any(c.lower_ in {"have", "has", "had"} for c in _clause_of(token).children):
        return False

    def asks(clause: Token) -> bool:
        return (
            any(t.dep_ in {"mark", "advmod"} and t.lower_ in WH_WORDS for t in clause.subtree)
            and clause.left_edge.lower_ in WH_WORDS
        )

    for child in token.children:
        if child.dep_ in {"ccomp", "xcomp"} and asks(child):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ in {"pcomp", "pobj"} and asks(g) for g in child.children
        ):
            return True
    return False


# Adverbs of how often something happens: with the present tense they make a sentence say
# how things are done ("the budget is agreed annually"), not what was decided.
_HOW_OFTEN = frozenset(
    {"annually", "yearly", "usually", "normally", "generally", "routinely", "typically"}
)
_EVERY = frozenset({"each", "every"})


def _how_it_works(token: Token) -> bool:
    """'It is agreed annually', 'The top-up is agreed when you go into the home': a
    decision in the present tense that happens every time or whenever something happens
    to anyone, a page describing how a process works; no decision about someone is
    recorded. "Funding is agreed." with no such time stays a decision."""
    verb = _clause_of(token)
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if helpers:
        present = len(helpers) == 1 and helpers[0].tag_ in {"VBZ", "VBP"}
    else:
        present = verb.tag_ in {"VBZ", "VBP"}
    if not present:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _HOW_OFTEN:
            return True
        if child.dep_ == "npadvmod" and any(g.lower_ in _EVERY for g in child.children):
            return True  # "is reviewed every year"
        if child.dep_ == "advcl" and child.tag_ in {"VBZ", "VBP"}:
            whenever = any(
                g.dep_ in {"advmod", "mark"} and g.lower_ in {"when", "whenever"}
                for g in child.children
            )
            anyone = any(
                g.dep_ == "nsubj" and g.lower_ in {"you", "they", "someone", "anyone"}
                for g in child.children
            )
            if whenever and anyone:
                return True  # "when you go into the home"
    return False


# Adverbs that place a step after another in a sequence of steps.
_THEN = frozenset({"then", "next", "afterwards", "subsequently"})


def _what_a_thing_does(verb: Token) -> bool:
    """'The sensor and the pendant reduce the risk', 'A ramp increases her independence': a
    verb in the present tense with a thing as its subject, not a service, and an object
    says what the thing does to it, not what anyone decided ("Package remains the same",
    "Funding stays at current rate" are notes of a decision)."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.lemma_.lower() in services() for o in objects):
        return False  # "Package remains the same", "The new plan reduces the calls"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.pos_ == "NOUN" for t in subjects) and all(
        t.pos_ != "PRON" and referent_of(t) is Referent.THING and t.lemma_.lower() not in services()
        for t in subjects
    )


def _step_in_a_sequence(token: Token) -> bool:
    """'We will then review and approve your care and support plan': the next step of a
    process described in advance, not a decision made about someone."""
    verb = _clause_of(token)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxiliaries & FUTURE) and any(
        c.dep_ == "advmod" and c.lower_ in _THEN for c in verb.children
    )


_APPROVING = frozenset({"agree", "approve", "authorise", "authorize", "sanction"})


def _approval_credited(verb: Token) -> bool:
    """'Funding agreed by EDT manager', 'Application approved by the Team Manager',
    'Manager agreed.': an approval credited to the service's manager or panel records who
    authorised a decision made elsewhere in the record, not a decision made here. A refusal
    ("declined by panel", "not approved by TM") still leaves the person without a reason,
    and an approval of a clause that decides ("TM agreed case can close") decides."""
    if verb.lemma_.lower() not in _APPROVING or any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ in {"ccomp", "xcomp"} and decides(c) for c in verb.children):
        return False
    approvers = [c for c in verb.children if c.dep_ == "nsubj"]
    approvers += [
        o
        for c in verb.children
        if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(own_body(a) or _our_manager(a) for a in approvers)


def _our_manager(noun: Token) -> bool:
    """'Manager', 'my manager', 'the Head of Service': a manager of the service; a care
    home's or a ward's manager is another body's."""
    if noun.lemma_.lower() not in {"manager", "head"}:
        return False
    return not any(c.lower_ in {"home", "ward", "care"} for c in noun.children)


def _infinitive_taken_for_a_noun(head: Token, note_style: set[tuple[int, int]]) -> bool:
    """'Psychology input to end': the note's infinitive, which its shape was read on, that
    the tagger took for a noun after the preposition "to"."""
    return (head.i, head.i + 1) in note_style and head.doc[head.i - 1].lower_ == "to"


def _opening_verb_misread(word: Token, span: Span) -> bool:
    """'Recommend SA 12 months.', 'Recommend move to EMI nursing.': a note's sentence that
    opens with a decision verb in its bare form, which the tagger, misled by the capital,
    reads as a name or an adjective before the next word. Read as a noun ("Transfer
    summary", "Increase in hours") it stays a label or a topic; and a line without a full
    stop may be a heading."""
    tokens = [t for t in words(span) if not (t.is_punct or t.tag_ == "LS" or t.like_num)]
    return (
        bool(tokens)
        and tokens[0].i == word.i
        and word.tag_ in {"NNP", "JJ", "VB"}
        and word.dep_ in {"amod", "compound"}
        and word.head.i > word.i
        and word.text[:1].isupper()
        and not word.text.isupper()
        and word.lower_ == word.lemma_.lower()
        and len(tokens) > 1
        and span[-1].text == "."
    )


def _nothing_changed(verb: Token) -> bool:
    """'She cried when she said this and we paused': a verb that changes a service, said
    of people with nothing it changes, is something they did. "We paused the visits" and
    "Visits paused" name the service; "we agreed" and "we decided" decide on their own."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGING_SERVICES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or referent_of(subject) not in {Referent.WRITER, *OTHERS}:
        return False
    return not any(
        c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "prt", "advmod", "npadvmod"}
        for c in verb.children
    )


def _medicine_changed(verb: Token) -> bool:
    """'His blood pressure tablets were reduced after the pharmacist's review', 'lorazepam
    PRN reduced': a medicine or its dose (the lexicon's ``prescribed`` words) changed is a
    prescriber's decision, which the record reports; the service does not make it. The
    carers' "Medication prompts reduced to once a day" is the service's."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # The subject's own noun: "Medication prompts reduced" changes the carers' prompts.
    return any(any(True for _ in find_terms(doc[s.i : s.i + 1], "prescribed")) for s in subjects)


def _nothing_decided(verb: Token) -> bool:
    """'Nothing has been agreed yet', 'No decision has been made': the sentence says that no
    decision was made."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"nsubj", "nsubjpass"}:
        subjects.append(verb)  # "decision" read as the decision word itself
    return any(
        s.lower_ == "nothing"
        or (s.lemma_.lower() == "decision" and any(c.lower_ == "no" for c in s.children))
        for s in subjects
    )


def _aside_in_brackets(word: Token, span: Span) -> bool:
    """'Statements checked against SP (DP agreed for 12 hrs pw)': a decision in brackets
    after words of its own is an aside that recalls a decision made before, not the one the
    sentence records."""
    depth = 0
    words_outside = False
    for token in span.doc[span.start : word.i]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and token.is_alpha:
            words_outside = True
    return depth > 0 and words_outside
