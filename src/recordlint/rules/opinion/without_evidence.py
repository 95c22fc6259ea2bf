"""RL602: professional opinions with no evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import (
    has_evidence,
    next_sentence,
    previous_sentence,
    reports_speech,
    sentence_of,
)
from recordlint.findings import Category, Severity
from recordlint.matching import match_root
from recordlint.rules.opinion.cues import Cue, cues, gate
from recordlint.rules.opinion.evidence import drawn_from_before, states_its_basis
from recordlint.rules.opinion.framing import OPEN_QUESTION
from recordlint.rules.opinion.sentences import skippable
from recordlint.rules.opinion.spans import trimmed
from recordlint.rules.opinion.words import CONDITIONS, OPINION_NEEDS, RECOMMENDATIONS
from recordlint.rules.registry import ParagraphContext, rule
from recordlint.subjects import Referent, referent_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@rule(
    code="RL602",
    name="opinion-without-evidence",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=gate("marked_opinion"),
)
def opinion_without_evidence(ctx: ParagraphContext) -> None:
    """Finds professional opinions given with no evidence in the sentence or the next one.

    ## Why it matters
    Standard 2 asks for professional opinion to be clearly marked and backed by valid
    supporting evidence. Marking a view as opinion ("In my opinion", "I believe") is half
    the job: without what it rests on, the reader cannot test it, and a tribunal or the
    person cannot challenge it.

    ## Example
    Before:
    > In my opinion Mrs Tanner is at risk of deterioration.

    After:
    > In my opinion Mrs Tanner is at risk of deterioration, because she has attended the
    > surgery 14 times in 3 months and told me "the days are very long".

    ## Stays quiet on
    Opinions followed by their evidence in the same or the next sentence (reasons, what was
    seen or heard, numbers, quotes, "I base this on ..."), opinions after a clause of their
    sentence that tells what someone said or showed ("You told us you wanted to stay with
    your sister, and we thought that was the right plan"), as after a sentence that does,
    opinions drawn with "so" from the clause before ("is not free to leave, so in my opinion
    ..."), opinions the writer qualifies in the same sentence with a "but" clause of their
    own that says how they will test it or what it cannot yet rest on ("I think he may miss
    it, but I will keep checking this with you and with the people who know him best"; not
    a plan joined with "and"), recommendations ("I would
    recommend"), headings such as "What I think and why", opinions about the writer's own
    plans ("I think we should meet again"), and questions weighed rather than answered
    ("We consider whether there was fault"), and a thinking verb with a thing as its
    object ("I considered the information provided by Mr X": what was read, not a view),
    and a view inside a relative clause that picks out a thing ("the amount of money we
    think you need": an estimate, where "the man we think is at risk" is still a view),
    and a thinking verb that holds no view: set as the condition of something else ("If
    we consider it followed those processes correctly, we cannot question the decision":
    how a body works) or followed by an indirect question ("helps us think what actions
    are needed"; "I think what she needs is a care home" still gives a view),
    and a page of information checked as a letter (no salutation or sign-off, "you"
    throughout), which says how things work for whoever reads it, and a text of another
    kind than a case note, an assessment or an email that has no salutation or sign-off,
    says "he" or "she" of no one and names no one by title (guidance, a policy, a blank
    form), which speaks of people in general.
    """
    doc = ctx.doc
    assert doc is not None
    for cue in cues(doc, "marked_opinion"):
        if cue.term in RECOMMENDATIONS:
            continue
        sentence = sentence_of(doc[cue.start])
        if skippable(sentence):
            continue
        complement = _opinion_clause(doc, cue)
        if complement is None:
            continue
        verb = match_root(doc, cue.match)
        if verb.dep_ == "relcl" and referent_of(verb.head) not in {
            Referent.PERSON,
            Referent.WRITER,
        }:
            continue  # "the amount of money we think you need": an estimate naming a thing
        if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION for c in complement.children):
            continue  # "We consider whether there was fault": a question weighed, no view yet
        if _asked_not_held(verb, complement):
            continue  # "If we consider it was followed", "helps us think what is needed"
        subject = subject_of(complement)
        if subject is not None and referent_of(subject) is Referent.WRITER:
            continue
        if _held_open(verb):
            continue  # "I think he may miss it, but I will keep checking this with you"
        if has_evidence(sentence) or drawn_from_before(doc, cue, sentence):
            continue
        if cue.start > sentence.start and reports_speech(doc[sentence.start : cue.start]):
            # "You told us you wanted to stay at home, and we thought that was the right
            # plan": what was said, in a clause before the view in the same sentence, is its
            # evidence, as it is in the sentence before.
            continue
        around = [next_sentence(sentence), previous_sentence(sentence)]
        if any(n is not None and (has_evidence(n) or reports_speech(n)) for n in around):
            continue
        if around[0] is not None and states_its_basis(around[0]):
            continue
        start, end = trimmed(doc, cue.start, sentence.end)
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' marks an opinion but no evidence follows; say what it is based on "
            "(what you saw or heard, or what the person or others told you).",
        )


# Conjunctions that join a clause qualifying the view before it: "I think X, but I ...".
QUALIFYING = frozenset({"but", "though", "although", "yet"})


def _held_open(verb: Token) -> bool:
    """Whether the writer qualifies their own view in the same sentence, in a clause joined
    by "but" whose subject is the writer: how they will test it ("I think he may miss it, but
    I will keep checking this with you and with the people who know him best") or what it
    cannot yet rest on ("I think he is perhaps depressed, but I am not qualified to say this
    and I did not ask him"). The view is marked and its limits are told, which is what the
    standard asks; the clause says where the evidence will come from or that it is missing."""
    if not any(c.dep_ == "cc" and c.lower_ in QUALIFYING for c in verb.children):
        return False
    for joined in verb.children:
        if joined.dep_ != "conj" or joined.i < verb.i:
            continue
        subject = subject_of(joined)
        if subject is not None and referent_of(subject) is Referent.WRITER:
            return True
    return False


# Words that open an indirect question as the object of a thinking verb ("think what
# actions are needed", "consider how she will get there").
QUESTION_WORDS = frozenset({"what", "which", "how", "who", "whom", "why"})


def _asked_not_held(verb: Token, complement: Token) -> bool:
    """Whether the marker holds no view: its verb is the condition of something else ("If
    we consider it followed those processes, we cannot question the decision": how a body
    works, not what it concluded), or what follows it is an indirect question ("helps us
    think what actions are needed": a question to work through). "I think what she needs is
    a care home" still gives a view: the question words are only the subject of "is"."""
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return True
    if any(c.dep_ == "csubj" for c in complement.children):
        return False
    first = complement.doc[complement.left_edge.i]
    if first.lower_ not in QUESTION_WORDS or first.i <= verb.i:
        return False
    holder = first.head
    if first.dep_ == "det" and holder.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        holder = holder.head  # "what actions are needed": the word picks out the subject
    return holder.i == complement.i


def _opinion_clause(doc: Doc, cue: Cue) -> Token | None:
    """The clause an opinion marker governs, or None for a bare heading ("What I think")."""
    root = match_root(doc, cue.match)
    if root.pos_ == "ADP" or root.dep_ == "prep":
        head = root.head
        return head if head.i >= cue.end or head.i < cue.start else None
    for token in doc[cue.start : cue.end]:
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp", "attr", "acomp"} and child.i >= cue.end:
                return child
    if any(c.dep_ == "dobj" and c.i >= cue.end for c in root.children):
        return None  # "I considered information provided by Mr X": read, not a view
    if root.i < cue.end and root.head.i >= cue.end:
        return root.head
    # "I think" and "I believe" whose complement the parser hung elsewhere: the next verb.
    following = [
        t for t in doc[cue.end : sentence_of(doc[cue.start]).end] if t.pos_ in {"VERB", "AUX"}
    ]
    return following[0] if following else None
