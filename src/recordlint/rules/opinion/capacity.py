"""RL605: capacity stated without the decision."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.evaluative import fragment_start, sentence_of
from recordlint.findings import Category, Severity
from recordlint.matching import match_root
from recordlint.rules.opinion.cues import Cue, cues, gate
from recordlint.rules.opinion.framing import under_condition_or_question
from recordlint.rules.opinion.sentences import is_heading
from recordlint.rules.opinion.spans import trimmed
from recordlint.rules.opinion.words import DECISION_LINKS, DECISION_WORDS, OPINION_NEEDS, UNIVERSAL
from recordlint.rules.registry import ParagraphContext, rule
from recordlint.subjects import Referent, referent_of, speaker_of, subject_of
from recordlint.text import line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@rule(
    code="RL605",
    name="capacity-without-decision",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=gate("capacity"),
)
def capacity_without_decision(ctx: ParagraphContext) -> None:
    """Finds statements that someone has or lacks capacity without naming the decision.

    ## Why it matters
    Under the Mental Capacity Act capacity is decision-specific and time-specific: a person
    may lack capacity to decide where to live and still have capacity to decide what to eat.
    Standard 2 asks for accurate records with evidence; Safeguarding Adults Reviews keep
    finding blanket statements such as "lacks capacity" used to stop asking the person.

    ## Example
    Before:
    > Mrs Osei lacks capacity.

    After:
    > Mrs Osei lacks capacity to decide whether to move into a care home (assessed on 3 March).

    ## Stays quiet on
    Capacity statements that name the decision ("to manage her finances", "about where to
    live", "regarding the move", "for this decision"), capacity given under "Reason:" for the
    decision the line has just recorded ("No police report. Reason: he has capacity, has
    stated his wish ..."), capacity of organisations ("the team
    has capacity to take this on"), conditions and open questions ("if she lacks capacity
    a best interests meeting will be held", "where the person does not have capacity,
    advocates may ...", "when a person with care and support needs lacks capacity the
    duty ... still applies", where "when" speaks of no one in particular, or a procedure's
    list of cases after a lead-in ending "when:"), what an instruction tells its reader to
    write ("Include ... the reasons why ...") and headings; and the rules a law or a form
    lays down for no one in particular ("A person must be assumed to have capacity unless
    it is established that they lack capacity", "on behalf of a person who lacks
    capacity"), as is the Act's presumption applied to someone ("Under the Mental Capacity
    Act 2005 he must be assumed to have capacity unless ...", "is presumed to have
    capacity"). "She must be assumed to lack capacity" is still read. A page of
    information checked as a letter (no salutation or sign-off, "you" throughout) says how
    things work for whoever reads it, and is left alone.
    """
    doc = ctx.doc
    assert doc is not None
    for cue in cues(doc, "capacity"):
        sentence = sentence_of(doc[cue.start])
        if is_heading(sentence):
            continue
        referent, subject = _capacity_holder(doc, cue)
        if referent not in {Referent.PERSON, Referent.OTHER_PERSON, Referent.UNKNOWN}:
            continue  # "Your father lacks capacity": a letter to a relative names the person
        if _hypothetical(doc, cue):
            continue  # "If she lacks capacity a best interests meeting will be held"
        if (
            _rule_for_anyone(sentence)
            or _rule_for_anyone(_whole_sentence(doc, sentence))
            or _said_of_anyone(subject)
        ):
            continue  # "A person must be assumed to have capacity unless ...": the Act's rule
        if _presumed(doc, cue):
            continue  # "he must be assumed to have capacity": the Act's presumption, applied
        if speaker_of(doc[cue.start]) is not None:
            continue  # "She said he lacks capacity": her view, recorded as hers
        if _names_decision(doc, cue, sentence) or _reason_for_decision_before(doc, sentence):
            continue
        start, end = trimmed(doc, subject.left_edge.i if subject else cue.start, cue.end)
        if subject is not None and subject.i > cue.start:
            start, end = trimmed(doc, cue.start, cue.end)
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' does not say which decision; capacity is decision-specific, so name "
            "it (for example 'lacks capacity to decide where to live') and when it was assessed.",
        )


# Words for no one in particular, as a law or a procedure speaks of whoever it concerns.
_ANYONE = frozenset({"a", "an", "any", "every", "anyone", "anybody", "someone", "somebody"})
_DUTIES = frozenset({"must", "shall", "should"})


def _no_one_in_particular(noun: Token) -> bool:
    """Whether a noun phrase stands for whoever meets it ("a person", "any adult")."""
    return noun.doc[noun.left_edge.i].lower_ in _ANYONE


def _rule_for_anyone(sentence: Span) -> bool:
    """Whether the sentence lays down a rule: its main verb is a duty ("must", "shall",
    "should") whose subject is no one in particular ("A person must be assumed to have
    capacity unless it is established that they lack capacity", the Act's first
    principle). "She must be assumed to lack capacity" is said of someone."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not _no_one_in_particular(subject):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _DUTIES for c in root.children)


# The verbs the Act uses for its first principle: a person is "assumed" or "presumed" to
# have capacity.
_PRESUMING = frozenset({"assume", "presume"})


def _presumed(doc: Doc, cue: Cue) -> bool:
    """Whether capacity is had by presumption ("Under the Mental Capacity Act 2005 he must be
    assumed to have capacity unless it is established that he lacks capacity", "is presumed
    to have capacity"): the Act's first principle applied to someone, which puts the burden
    of proof on whoever doubts it, not a finding about them. A lack presumed ("She must be
    assumed to lack capacity") is still read."""
    for token in doc[cue.start : cue.end]:
        verb = token if token.lemma_ == "have" else token.head
        if verb.lemma_ != "have" or verb.dep_ != "xcomp":
            continue
        if verb.head.lemma_.lower() in _PRESUMING:
            return True
    return False


_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";"})


def _whole_sentence(doc: Doc, sentence: Span) -> Span:
    """The sentence ``sentence`` belongs to where a hard line break split it: a piece
    opening in lower case on a new line, after words that ran on with no full stop ("...
    unless it is established that they" over "lack capacity.", as forms copied from a
    document wrap their lines), goes back to the sentence it continues, through any
    pieces the parser cut that one into."""
    text = doc_text(doc)
    for step in range(MAX_PIECES):
        first = sentence[0]
        before = first.i - 1
        while before >= 0 and doc[before].is_space:
            before -= 1
        if before < 0 or not first.is_lower or doc[before].text in _SENTENCE_ENDS:
            return sentence
        if step == 0 and "\n" not in text[doc[before].idx : first.idx]:
            return sentence
        sentence = sentence_of(doc[before])
    return sentence


MAX_PIECES = 3


def _said_of_anyone(subject: Token | None) -> bool:
    """Whether capacity is said in a relative clause on no one in particular ("on behalf of
    a person who lacks capacity"): a description of whom a rule covers."""
    if subject is None or subject.lower_ not in {"who", "that"}:
        return False
    clause = subject.head
    return clause.dep_ == "relcl" and _no_one_in_particular(clause.head)


def _blanket(words: list[Token]) -> bool:
    """Whether the words after a decision link cover every decision ("in all areas", "for
    any decisions", "about everything")."""
    return bool(words) and words[0].lower_ in UNIVERSAL


def _capacity_holder(doc: Doc, cue: Cue) -> tuple[Referent, Token | None]:
    verb = next((t for t in doc[cue.start : cue.end] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.i == sentence_of(verb).start:
        return Referent.UNKNOWN, None  # "Lacks capacity.": a note about the person
    token = verb if verb is not None else match_root(doc, cue.match)
    first = doc[cue.start]
    if cue.start == fragment_start(first) and first.lemma_.lower() in {"lack", "have"}:
        # "Resident not spoken to - lacks capacity."; "- no capacity after 6pm" is an
        # agency's diary, not a verdict on anyone.
        return Referent.UNKNOWN, None
    subject = subject_of(token)
    if subject is None:
        fragment = cue.start - sentence_of(doc[cue.start]).start <= 1
        return (Referent.UNKNOWN if fragment else Referent.THING), None
    return referent_of(subject), subject


def _hypothetical(doc: Doc, cue: Cue) -> bool:
    """Whether a capacity statement is a condition or an open question ("if she lacks
    capacity", "whether he has capacity"), not a finding."""
    return under_condition_or_question(doc, cue.start, cue.end)


# A label that gives the reason for what the line says before it: "Reason:", "Reasons:".
_REASON_LABEL_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:reasons?|rationale)\s*:\s*$", re.IGNORECASE)


def _reason_for_decision_before(doc: Doc, sentence: Span) -> bool:
    """'No police report at this stage. Reason: Mr Oduya has capacity, has stated his wish
    ...': capacity given as the reason for the decision just recorded is capacity for that
    decision, which the sentence before names."""
    text = doc_text(doc)
    start = doc[sentence.start].idx
    label = _REASON_LABEL_BEFORE.search(text, line_start(text, start), start)
    return label is not None and bool(text[: label.start()].strip())


def _names_decision(doc: Doc, cue: Cue, sentence: Span) -> bool:
    following = [t for t in doc[cue.end : sentence.end] if not t.is_punct]
    if following[:1] and following[0].lower_ in DECISION_LINKS and _blanket(following[1:]):
        return False  # "lacks capacity in all areas": every decision is no decision named
    if any(t.lower_ in DECISION_WORDS for t in sentence):
        return True
    if following and following[0].lower_ in DECISION_LINKS:
        return True
    capacity = next((t for t in doc[cue.start : cue.end] if t.lower_ == "capacity"), None)
    return capacity is not None and any(
        c.dep_ in {"prep", "acl", "relcl"} for c in capacity.children
    )
