"""Decision words that decide nothing here: a pointer to a decision recorded elsewhere ("as
agreed"), a question still open, how a process works, a step in a sequence described in
advance, what a thing does, "nothing has been agreed", an aside in brackets, what an
agenda item or a review is for ("To note the decision to agree ..."), and a tag the parser
misread (a note's infinitive taken for a noun, an opening verb taken for a name).

Each test takes the decision word :func:`recordlint.rules.rationale.decisions.decisions_in`
found; they stand apart from ``others``, whose tests say whose a decision is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.rules.rationale.syntax import announces_reasons, words
from recordlint.rules.rationale.units import find_terms, services, verdict_subjects
from recordlint.rules.rationale.words import FUTURE, STILL_WANTED, WH_WORDS
from recordlint.segments import LIST_MARKER
from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Words that may stand between "what" and the decision verb of a free relative: "what we
# talked about and agreed", "what was finally decided".
_IN_A_FREE_RELATIVE = frozenset({"PRON", "VERB", "AUX", "ADP", "CCONJ", "ADV", "PART"})


def points_at_a_decision(verb: Token) -> bool:
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


def reasons_announced(word: Token) -> bool:
    """'I want to explain clearly why we have reached this decision': a decision word in
    the "why" clause of a verb that announces the reasons to follow (see
    ``announces_reasons``) names the decision those reasons explain, made in the sentence
    before; it decides nothing here. "I explained why we closed the case" tells of the
    explaining done, and its closure stays."""
    for token in (word, *word.ancestors):
        if token.dep_ in {"ccomp", "xcomp", "advcl"} and token.left_edge.lower_ == "why":
            return announces_reasons(token.head)
    return False


def _clause_of(token: Token) -> Token:
    """The verb whose auxiliaries and modifiers a coordinated verb shares: "approve" in
    "we will then review and approve" takes "will" and "then" from "review"."""
    while token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    return token


def open_question(token: Token) -> bool:
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


def how_it_works(token: Token) -> bool:
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


def what_a_thing_does(verb: Token) -> bool:
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


def step_in_a_sequence(token: Token) -> bool:
    """'We will then review and approve your care and support plan': the next step of a
    process described in advance, not a decision made about someone."""
    verb = _clause_of(token)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxiliaries & FUTURE) and any(
        c.dep_ == "advmod" and c.lower_ in _THEN for c in verb.children
    )


def infinitive_taken_for_a_noun(head: Token, note_style: set[tuple[int, int]]) -> bool:
    """'Psychology input to end': the note's infinitive, which its shape was read on, that
    the tagger took for a noun after the preposition "to"."""
    return (head.i, head.i + 1) in note_style and head.doc[head.i - 1].lower_ == "to"


def opening_verb_misread(word: Token, span: Span) -> bool:
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


def nothing_decided(verb: Token) -> bool:
    """'Nothing has been agreed yet', 'No decision has been made': the sentence says that no
    decision was made; so does one that denies a thing is a decision ("This letter is not a
    decision that you must stay there"), the noun after a denied "be"."""
    if (
        verb.lemma_.lower() == "decision"
        and verb.dep_ == "attr"
        and verb.head.lemma_.lower() == "be"
        and any(c.dep_ == "neg" for c in verb.head.children)
    ):
        return True
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"nsubj", "nsubjpass"}:
        subjects.append(verb)  # "decision" read as the decision word itself
    return any(
        s.lower_ == "nothing"
        or (s.lemma_.lower() == "decision" and any(c.lower_ == "no" for c in s.children))
        for s in subjects
    )


def decision_still_wanted(word: Token) -> bool:
    """'BI decision required.', 'No BI decision required.', 'CHC decision awaited': the noun
    of deciding, described by a participle of needing or waiting, says a decision is still to
    be made (or that none is needed), as a capacity assessment's outcome does, not a decision
    made: the participle hangs on the noun, as a note writes it, or the noun is its subject
    ("A best interests decision is required")."""
    if word.lemma_.lower() != "decision" or word.pos_ not in {"NOUN", "PROPN"}:
        return False
    if word.dep_ in {"nsubj", "nsubjpass"} and word.head.lemma_.lower() in STILL_WANTED:
        return True
    if _chased(word):
        return True
    return any(
        c.dep_ in {"acl", "amod"} and c.tag_ in {"VBN", "VBD"} and c.lemma_.lower() in STILL_WANTED
        for c in word.children
    )


def _chased(decision: Token) -> bool:
    """'Chase PIP decision with DWP.', 'Next: chase CHC decision Friday', 'Awaiting the
    panel's decision': a decision someone is chased for or waited on is still to come, a
    step in the plan, not a decision made. The verb may govern the noun or, opening a note's
    line, be misread as a noun or a name before it ("Chase" as a compound of "decision")."""
    chasing = word_list("chasing_verb")
    if decision.dep_ in {"dobj", "pobj"}:
        governor = decision.head if decision.dep_ == "dobj" else decision.head.head
        if governor.lemma_.lower() in chasing:
            return True
    before = decision.doc[decision.left_edge.i : decision.i]
    return any(
        t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} and t.lemma_.lower() in chasing for t in before
    )


def aside_in_brackets(word: Token, span: Span) -> bool:
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


def what_an_item_is_for(word: Token) -> bool:
    """'To note the delegated decision to agree the Better Care Fund agreement', '2. To
    review whether the plan agreed in March is meeting her needs', 'To discuss closing the
    case': a line that opens on an infinitive with no subject, an agenda item's or a
    review's purpose, names the decision as the matter it takes up when the decision word
    sits inside what that verb takes and the verb is no decision of its own. "To continue.",
    "To close once OT done" and "To stop the lunch call" decide themselves."""
    root = word
    while root.head.i != root.i:
        root = root.head
    if root.i == word.i or root.tag_ != "VB":
        return False
    to = next((c for c in root.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i != _line_opening(root):
        return False
    doc = word.doc
    own = doc[root.i : root.i + 1]
    return not any(True for _ in find_terms(own, "decision")) and not any(
        True for _ in find_terms(own, "change")
    )


def _line_opening(token: Token) -> int:
    """Where the words of ``token``'s line begin: after its list marker or bullet."""
    doc = token.doc
    start = token.sent.start
    for index in range(token.i, token.sent.start - 1, -1):
        if "\n" in doc[index].text or (index > 0 and "\n" in doc[index - 1].whitespace_):
            start = index
            break
    for index in range(start, token.i + 1):
        candidate = doc[index]
        if candidate.is_space or LIST_MARKER.fullmatch(candidate.text + " "):
            continue
        if candidate.is_punct and candidate.text not in {"(", '"'}:
            continue
        return index
    return token.i


def cause_ruled_out(verb: Token) -> bool:
    """'Infection ruled out', 'Fracture was ruled out on x-ray', 'bloods to rule out
    infection': "rule out" decides only when what it rules out is a choice of the service's,
    an option or a service ("Option 3 was ruled out.", "Through-floor lift ruled out.").
    A cause ruled out is a clinical finding, and "to rule out" before it a purpose."""
    if verb.lemma_.lower() != "rule" or not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    ):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "a screen to rule out infection": what a step is for
    ruled_out = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    choices = word_list("weighed_choice")
    return not any(
        w.lemma_.lower() in verdict_subjects() or w.lemma_.lower() in choices
        for thing in ruled_out
        for w in thing.subtree
    )
