"""Capacity for a named decision stated as fact with no assessment behind it: "Dennis lacks
capacity to decide on his care and accommodation.", "He lacks capacity to make decisions
about his care.", "Jamie lacks capacity re finances." Naming the decision is only half of
what the Mental Capacity Act asks: that someone lacks capacity is the finding of an
assessment, so a record that says so without one (no assessment named in the sentence or
anywhere in the record, or only one still to be done) states the writer's impression as a
settled finding.

Left alone: the finding of an assessment reported as such ("MCA completed 15/04 - lacks
capacity to decide where to live", "On the balance of probabilities he lacks capacity to
...", "was assessed as lacking capacity", a "Capacity:" label or heading over it, which is
a form's section for the assessment's outcome, or an assessment named elsewhere in the
record: "I can provide the MCA assessment on request"), capacity that someone has, capacity
offered as possible or marked as a view ("may lack capacity to consent", "I think she lacks
capacity around this"), capacity given as the reason for a step ("a best interests
decision as he does not have capacity to decide where he lives"), someone else's words
("She said he lacks capacity to ..."), conditions and questions ("if she lacks capacity
to ..."), and capacity with no decision named, which RL605 reports. RL601 reports these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.evaluative import fragment_start, sentence_of
from recordlint.findings import Finding
from recordlint.rules.opinion.cues import Cue, cues
from recordlint.rules.opinion.framing import under_condition_or_question
from recordlint.rules.opinion.sentences import is_heading
from recordlint.rules.opinion.spans import trimmed
from recordlint.rules.opinion.speakers import reported
from recordlint.rules.opinion.words import DECISION_LINKS, DECISION_WORDS, UNIVERSAL
from recordlint.rules.registry import DocumentContext, FactKey
from recordlint.subjects import Referent, referent_of, subject_of
from recordlint.text import line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Whether a paragraph names a capacity assessment already made: the document phase drops
# every finding of this module in a record where one does.
ASSESSED_HERE: FactKey[bool] = FactKey("opinion.capacity_assessed")
# How this module's findings open, so the document phase can tell them from RL601's others.
MESSAGE_OPENING = "No capacity assessment is named for "
# Modal verbs that offer the lack as possible ("may lack capacity to consent").
MODALS = frozenset({"may", "might", "could", "would", "can"})
# Conjunctions that make the clause the reason for a step taken or proposed.
BECAUSE = frozenset({"as", "because", "since"})
# Whom a lack of capacity can be said of: the person or someone in their life.
HOLDERS = frozenset({Referent.PERSON, Referent.OTHER_PERSON})


def assessment_named(doc: Doc) -> bool:
    """Whether the paragraph names a capacity assessment that has been made ("MCA completed
    22/12", "I can provide the MCA assessment"), not one still to come ("Capacity assessment
    re finances to be done by SW", "awaiting MCA")."""
    for cue in cues(doc, "capacity_assessment"):
        if not cues(sentence_of(doc[cue.start]), "pending"):
            return True
    return False


def unassessed_capacity(doc: Doc) -> list[tuple[int, int, str]]:
    """The character spans of clauses that say someone lacks capacity for a named decision
    as the writer's own settled finding, with no assessment named in the sentence."""
    found = []
    for cue in cues(doc, "capacity"):
        sentence = sentence_of(doc[cue.start])
        if is_heading(sentence) or not _names_decision(doc, cue, sentence):
            continue
        verb = _lacking_verb(doc, cue)
        if verb is None or reported(verb) or under_condition_or_question(doc, cue.start, cue.end):
            continue  # "She said he lacks capacity to ...", "if he lacks capacity to ..."
        subject = subject_of(verb)
        if subject is None:
            if cue.start != fragment_start(doc[cue.start]) and cue.start != sentence.start:
                continue
        elif referent_of(subject) not in HOLDERS or subject.lower_ in {"who", "that"}:
            continue  # "a person who lacks capacity to ...": whoever the law covers
        if not unassessed_lack(doc, cue, sentence):
            continue
        first = subject.left_edge.i if subject is not None and subject.i < cue.start else cue.start
        last = max(t.i for t in verb.subtree if t.i >= cue.start)
        found.append((*trimmed(doc, first, last + 1), doc[cue.start : cue.end].text))
    return found


def _names_decision(doc: Doc, cue: Cue, sentence: Span) -> bool:
    """Whether the words after the cue name the decision ("to decide where to live", "re
    finances"), not every decision ("in all areas")."""
    following = [t for t in doc[cue.end : sentence.end] if not t.is_punct]
    if not following or following[0].lower_ not in DECISION_LINKS | DECISION_WORDS:
        return False
    return not (len(following) > 1 and following[1].lower_ in UNIVERSAL)


def unassessed_lack(doc: Doc, cue: Cue, sentence: Span) -> bool:
    """Whether a capacity cue that names its decision says someone lacks capacity as the
    writer's own settled finding, with no sign of the assessment in its sentence or under a
    capacity label or heading."""
    verb = _lacking_verb(doc, cue)
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False  # "may lack capacity to consent": offered as possible
    if _as_a_reason(verb):
        return False  # "... a best interests decision as he does not have capacity to ..."
    if cues(sentence, "marked_opinion") or cues(sentence, "hedge"):
        return False
    if cues(sentence, "capacity_finding") or cues(sentence, "capacity_assessment"):
        return False  # "MCA completed 15/04 - Rhys lacks capacity to decide where to live"
    return not _under_capacity_label(doc, cue, sentence)


def _lacking_verb(doc: Doc, cue: Cue) -> Token | None:
    """The verb of a cue that says capacity is lacking: "lacks capacity", "is lacking
    capacity", "does not have capacity", "has no capacity"; None for capacity someone has."""
    words = doc[cue.start : cue.end]
    for word in words:
        lemma = word.lemma_.lower()
        if lemma == "lack":
            return word
        if lemma == "have" and (
            any(c.dep_ == "neg" for c in word.children)
            or any(t.lower_ == "no" for t in doc[word.i + 1 : cue.end])
        ):
            return word
    return None


def _as_a_reason(verb: Token) -> bool:
    """Whether the verb heads a clause opened by "as", "because" or "since"."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in BECAUSE for c in verb.children
    )


def _under_capacity_label(doc: Doc, cue: Cue, sentence: Span) -> bool:
    """Whether the statement sits under a label or heading of capacity: "Capacity: Lacks
    capacity re care and residence.", or "Mental capacity" on the line before."""
    text = doc_text(doc)
    label = text[line_start(text, doc[cue.start].idx) : doc[cue.start].idx]
    if ":" in label and _about_capacity(label[: label.index(":")]):
        return True
    if sentence.start == 0:
        return False
    before = sentence_of(doc[sentence.start - 1])
    while before.start > 0 and all(t.is_space for t in before):
        before = sentence_of(doc[before.start - 1])
    return is_heading(before) and _about_capacity(before.text)


def _about_capacity(label: str) -> bool:
    """Whether a label or heading names capacity or its assessment."""
    words = label.lower().split()
    return "capacity" in words or "mca" in words


def drop_where_assessed(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop this module's findings in a record that names a capacity assessment already
    made, in any paragraph (read on demand where RL601's gate passed a paragraph by)."""
    if not any(f.message.startswith(MESSAGE_OPENING) for f in findings):
        return findings
    assessed = any(
        ctx.facts_of(index, "RL601").get(ASSESSED_HERE, False) for index in range(len(ctx.blocks))
    )
    if not assessed:
        return findings
    return [f for f in findings if not f.message.startswith(MESSAGE_OPENING)]
