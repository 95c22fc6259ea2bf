"""What is not stated as fact: a possibility, a plain denial, a condition, an open question or a
plan."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.evaluative import POSSIBILITY_MODALS
from recordlint.matching import match_root
from recordlint.rules.opinion.cues import Cue, cues
from recordlint.rules.opinion.words import APPEARANCE_HEDGES, HEARSAY_HEDGES
from recordlint.segments import in_condition_item
from recordlint.subjects import FINITE_TAGS
from recordlint.usage import instruction_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Frames and modals that offer a judgement as a possibility to explore, not a fact.
POSSIBILITY_FRAMES = frozenset({"it is possible that", "it is likely that", "it is unlikely that"})


def hedged(clause: Span, word: Token) -> bool:
    """Whether an impression or a hearsay word in ``clause`` (opinion hedges
    ``APPEARANCE_HEDGES`` and ``HEARSAY_HEDGES``: "appears to", "presented as", "reportedly")
    hedges ``word``, which RL603 then reports instead. A hedge's verb covers what hangs on it,
    not a clause joined to it with a finite verb of its own: in "Mrs T appears to have
    mobility problems and is unlikely to manage", "and is unlikely to manage" is stated
    plainly, of the same subject, as "Mrs T appears frail and unable to manage" is not; its
    finding then covers the sentence, one finding for the clause, as RL601 comes first."""
    return any(not _beside_hedge(clause.doc[c.start], word) for c in _hedges(clause))


def _hedges(clause: Span) -> list[Cue]:
    return [c for c in cues(clause, "hedge") if c.term in APPEARANCE_HEDGES | HEARSAY_HEDGES]


def _beside_hedge(hedge: Token, word: Token) -> bool:
    """Whether ``word`` lies in a finite clause coordinated after the hedge's verb, and so
    outside what the hedge covers: a conjunct with a tense of its own is a clause of its
    own."""
    for holder in (word, *word.ancestors):
        if holder.i == hedge.i:
            return False
        if (
            holder.dep_ == "conj"
            and holder.head.i == hedge.i
            and holder.i > hedge.i
            and holder.tag_ in FINITE_TAGS
        ):
            return True
    return False


def after_possibility_frame(sentence: Span, start: int) -> bool:
    return any(c.term in POSSIBILITY_FRAMES and c.start < start for c in cues(sentence, "hedge"))


def offered_as_possible(doc: Doc, cue: Cue, sentence: Span) -> bool:
    """Whether a label is offered as a possibility: after a frame such as "it is possible
    that" earlier in its sentence, or with "may", "might" or "could" on its verb ("she may be
    overprotective")."""
    if after_possibility_frame(sentence, cue.start):
        return True
    root = match_root(doc, cue.match)
    holders = [root, root.head] if root.dep_ in {"acomp", "attr", "xcomp", "conj"} else [root]
    if root.dep_ == "prep":
        holders.append(root.head)  # "she may be at risk": the modal is on "be"
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        holders.append(root.head.head)
    return any(
        c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for h in holders for c in h.children
    ) or possible_as_a_conjunct(root)


# Verb tags of a clause with its own tense, which no modal before it can reach.
_FINITE = frozenset({"VBZ", "VBP", "VBD"})


def possible_as_a_conjunct(word: Token) -> bool:
    """Whether a judgement joined by "and" or "or" to words before it shares their modal
    of possibility ("other people's behaviours may be abusive or neglectful", "might
    physically and financially abuse her"): the modal governs every conjunct that has no
    subject, auxiliary or tense of its own. "She may be tired and is very confused" states
    its second judgement as fact."""
    current = word
    while current.dep_ == "conj" and current.head.i != current.i:
        if current.tag_ in _FINITE or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in current.children
        ):
            return False
        current = current.head
        holders = [current, current.head] if current.dep_ in {"acomp", "attr"} else [current]
        if any(
            c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for h in holders for c in h.children
        ):
            return True
    return False


def denied_outright(root: Token) -> bool:
    """Whether a label is plainly denied ("she is not difficult to visit") with nothing put
    in its place: "not manipulative, just lonely" still states a judgement as fact, and
    "lacks insight" is the label itself, not its denial."""
    if root.dep_ not in {"acomp", "attr"}:
        return False
    if not any(c.dep_ == "neg" for c in root.head.children):
        return False
    rest = root.doc[root.i + 1 : root.sent.end]
    return not any(t.pos_ == "ADJ" for t in rest)


# Words that open a condition or an open question: what follows them is not asserted.
OPEN_QUESTION = frozenset({"if", "unless", "whether"})


def under_condition_or_question(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at [start, end) sit in a clause opened by "if", "unless" or
    "whether" ("to identify if they were at risk", "if she lacks capacity"), or in a list
    item that finishes a lead-in ending "when:" or "if:" ("Complete a plan when: - The
    person lacks capacity"): a condition or a question, not something the writer states."""
    if start < end and in_condition_item(doc_text(doc), doc[start].idx):
        return True
    if start < end and leads_into_conditions(doc[start].sent):
        return True
    if start < end and item_of_a_test(doc[start].sent):
        return True
    if start < end and _what_to_write(doc[start]):
        return True
    for token in doc[start:end]:
        for clause in [token, *token.ancestors]:
            if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION for c in clause.children):
                return True
            if _where_condition(clause) or _when_anyone(clause):
                return True
            if _open_wh_clause(clause):
                return True
    return False


# The tags of words that ask "what", "which", "who", "where", "when" or "how".
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _open_wh_clause(clause: Token) -> bool:
    """Whether a clause is an open question or a thing left unnamed, as the complement of
    another word, opened by a word that asks "what", "who", "how" and the like ("When I
    asked what help she would need at home, she said ...", "asked him how he would
    manage", "talked about what would keep her safe"): the clause names what is asked or
    not known, and states nothing of anyone. "How" before a word of degree says how much
    ("told me how frightened she was") and leaves the clause a statement."""
    if clause.dep_ not in {"ccomp", "pcomp"}:
        return False
    opener = clause.doc[clause.left_edge.i]
    if opener.tag_ not in _WH_TAGS or opener.i >= clause.i:
        return False
    if opener.lower_ == "how" and opener.head.pos_ in {"ADJ", "ADV"}:
        return False  # "how frightened she was": a degree, said
    # The word must ask about the clause itself, through its object or what qualifies it:
    # not a clause of time inside it ("said when she is alone she is frightened"), nor a
    # subject ("said what she needs is a break", which says what she needs).
    holder = opener.head
    for _ in range(_WH_DEPTH):
        if holder.i == clause.i:
            return True
        if holder.dep_ not in _WH_PATH:
            return False
        holder = holder.head
    return False


_WH_DEPTH = 4
_WH_PATH = frozenset({"dobj", "pobj", "prep", "attr", "acomp", "advmod", "npadvmod", "dative"})


# Words for no one in particular, as a rule or procedure speaks of whoever a case is about.
_ANYONE = frozenset({"a", "an", "any", "anyone", "anybody", "someone", "somebody", "whoever"})


def _when_anyone(clause: Token) -> bool:
    """Whether a clause is a case a rule covers: opened by "whenever", or by "when" with no
    one in particular as its subject ("When a person with care and support needs lacks
    capacity the duty ... still applies"). "When she was seen she lacked capacity" tells
    of one person at one time, and stays a statement."""
    mark = next((c for c in clause.children if c.dep_ == "advmod" or c.dep_ == "mark"), None)
    if mark is None or mark.i != clause.left_edge.i:
        return False
    if mark.lower_ == "whenever":
        return True
    if mark.lower_ != "when":
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    first = subject.doc[subject.left_edge.i]
    return first.lower_ in _ANYONE


def _what_to_write(token: Token) -> bool:
    """Whether the word is inside what an instruction tells its reader to write: a
    sentence that opens with the bare verb of an instruction and no subject ("Include ...
    the reasons why the adult is unable to protect themselves, meaning they are an adult at
    risk"), as guidance and form prompts do. The words describe what a record should say;
    they say nothing of anyone."""
    sentence = token.sent
    first = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
    if first is None or first.tag_ != "VB" or first.lower_ not in instruction_verbs():
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.children):
        return False
    for clause in [token, *token.ancestors]:
        if clause.i == first.i:
            return True
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children):
            # "Include her, as she is ...": the writer's own reason for the instruction.
            return False
    return False


# The words that join one criterion of a test to the next at the end of its line.
_JOINING_CRITERIA = frozenset({"and", "or"})


def item_of_a_test(sentence: Span) -> bool:
    """Whether the sentence is one criterion of a test set out line by line, as a statute,
    a form or guidance quotes it: it has no subject of its own and ends with the "and" or
    "or" that joins it to the next ("The duties apply to an adult who: / Has needs for care
    and support and / Is experiencing, or at risk of, abuse or neglect; and / ..."). It
    says who a duty covers, not anything of a person; "Mr X is at risk of neglect." states
    a verdict."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 3 or words[-1].lower_ not in _JOINING_CRITERIA:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in sentence.root.children)


def leads_into_conditions(sentence: Span) -> bool:
    """Whether the sentence is a lead-in that ends "whenever:", "when:" or "if:" before
    the list of cases it applies to ("A light touch review is normally appropriate
    whenever:"): what it says holds in those cases, and is not said of anyone."""
    words = [t for t in sentence if not t.is_space]
    return (
        len(words) >= 2
        and words[-1].text == ":"
        and words[-2].lower_ in {"when", "whenever", "if", "where"}
    )


def _where_condition(clause: Token) -> bool:
    """Whether a clause is a condition opened by "where" ("Where the person does not have
    capacity, advocates may still consult ..."): an adverbial clause that "where" opens,
    as rules and policies set out the cases they cover. "The home where she lives" is a
    relative clause and stays a statement."""
    if clause.dep_ != "advcl":
        return False
    opener = clause.doc[clause.left_edge.i]
    return opener.lower_ == "where" and opener.head.i == clause.i


def in_plan(token: Token) -> bool:
    """Whether ``token`` sits in a plan or purpose ("to make sure she is adequately fed")."""
    for ancestor in [token, *token.ancestors]:
        if any(c.lower_ in {"will", "should", "must", "would", "to"} and c.dep_ == "aux"
               for c in ancestor.children):  # fmt: skip
            return True
    return False


# A sentence the writer sets out as the reason for a decision: "Why: the risk to her at night
# is high", "The reason is that ... and he is at risk of becoming unwell", "This is because
# ...". A risk weighed there is the rationale the standards ask for, resting on what the
# record has just set out; the decision is what would lack a reason without it.
_REASON_OPENING = re.compile(
    r"\W*(?:(?:why|reasons?|rationale)\s*:"
    r"|(?:the|my|our)\s+(?:main\s+)?reasons?(?:\s+for\s+(?:this|that|the\s+\w+))?"
    r"\s+(?:is|are|was|were)\b"
    r"|this\s+is\s+because\b)",
    re.IGNORECASE,
)


def opened_as_reason(sentence: Span, start: int) -> bool:
    """Whether the sentence is one the writer opens as the reason for a decision, before
    token ``start``."""
    doc = sentence.doc
    return _REASON_OPENING.match(doc_text(doc), sentence.start_char, doc[start].idx) is not None
