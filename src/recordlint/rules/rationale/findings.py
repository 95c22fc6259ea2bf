"""RL701's findings on one paragraph: a decision the judge read with no reason, one
finding for a decision and a closure that says it again, the sentences the sentence model is
confident record a decision with no reason, and the facts the paragraph leaves for the
finalizer across paragraphs (:func:`edge`).

It stands apart from ``rule`` so that the registered rule's module holds its documentation
and registration, and this one what the rule does with the judge's verdicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.doc_access import char_span
from recordlint.rules.rationale.context import (
    explained_topics,
    trimmed,
    wished_topics,
    with_polarity,
)
from recordlint.rules.rationale.deaths import deaths_told
from recordlint.rules.rationale.judge import FINDING_REACH, Verdict, judge, no_needs_at_end
from recordlint.rules.rationale.reasons import labelled_decision, reasons_labelled
from recordlint.rules.rationale.said_again import last_decided, same_change_on_the_line
from recordlint.rules.rationale.units import find_terms, may_tell_a_death
from recordlint.rules.rationale.words import TURNING_DOWN
from recordlint.rules.registry import ParagraphContext
from recordlint.sentence_model import confident_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL_ADVICE = (
    "This sentence reads as a decision recorded without its reason; give the reason in this "
    "sentence or the next."
)


def flag_decisions_without_reason(ctx: ParagraphContext) -> None:
    """Flags the decisions in the paragraph recorded with no reason, and records what
    the paragraphs either side need to know."""
    assert ctx.doc is not None
    doc = ctx.doc
    verdicts = judge(doc, ctx.in_quote)
    after_eligibility: list[int] = []
    unreasoned_topics: list[tuple[int, list[str]]] = []
    waiting_topics: list[tuple[int, list[str]]] = []  # the same, marked refused or granted
    # start, end, verdict, said again, and the last verdict the finding covers
    flagged: list[tuple[int, int, Verdict, bool, Verdict]] = []
    for n, verdict in enumerate(verdicts):
        if not verdict.unreasoned:
            continue
        first = doc[verdict.unit.start]
        last = doc[verdict.unit.end - 1]
        start, end = trimmed(ctx.text, first.idx, last.idx + len(last.text))
        if verdict.after_eligibility:
            after_eligibility.append(start)
        unreasoned_topics.append((start, sorted(verdict.topics)))
        waiting_topics.append(
            (start, sorted(with_polarity(t, verdict.refusal) for t in verdict.topics))
        )
        said_again = n > 0 and (
            verdict.closure or same_change_on_the_line(ctx.text, verdicts[n - 1], verdict, doc)
        )
        if said_again and flagged and flagged[-1][4] is last_decided(ctx.text, doc, verdicts, n):
            # "NFA. Case closed.", "No role for EDT tonight. NFA.": a closure following
            # from the decision just before wants the same reason, so it is one finding;
            # so does a third ("Day centre not suitable. Case closed. NFA."), and one with
            # the next steps between them ("Does not meet threshold for s42. Home to
            # complete internal investigation. NFA.").
            flagged[-1] = (flagged[-1][0], end, flagged[-1][2], True, verdict)
            continue
        flagged.append((start, end, verdict, False, verdict))
    for start, end, verdict, said_again, _ in flagged:
        where = "These sentences" if said_again else "This sentence"
        ctx.flag(
            start,
            end,
            f'{where} may record a decision ("{verdict.decision}") without saying why; '
            "give the reason in this sentence or the next.",
        )
    read = [
        (doc[v.unit.start].idx, doc[v.unit.end - 1].idx + len(doc[v.unit.end - 1].text))
        for v in verdicts
        if v.decision is not None or v.decided
    ]
    for scored in confident_sentences(doc, ctx.kind.value, ctx.config, "rationale"):
        # A sentence the sentence model is confident records a decision with no reason,
        # where this rule found none (see recordlint.sentence_model).
        start, end = trimmed(ctx.text, scored.main_start, scored.main_end)
        if start >= end or ctx.in_quote(start, end):
            continue
        if any(start < e and s < end for s, e in read):
            continue  # the rule read a decision here, and gave or found its reason
        sentence = char_span(doc, start, end, "expand")
        if sentence is None or any(True for _ in find_terms(sentence, "time_limited")):
            continue  # a service time limited by design runs its course (see planned_end)
        ctx.flag(start, end, MODEL_ADVICE)
    if verdicts:
        # What the paragraphs either side need to know (see the finalizer below).
        first_edge = edge(verdicts[0])
        # "Reasons: ..." opening the paragraph answers a labelled decision in the one before.
        first_edge["reasons_label"] = reasons_labelled(doc, verdicts[0].unit)
        ctx.facts["rationale.first"] = first_edge
        opening = verdicts[0].unit
        if verdicts[0].unreasoned and labelled_decision(doc, opening) and flagged:
            # "Decision: I have agreed to fund ...", the paragraph's first line, whose reasons
            # may follow in the next paragraph under their own label (see the finalizer).
            ctx.facts["rationale.labelled_start"] = flagged[0][0]
        last_edge = edge(verdicts[-1])
        # A long sentence may be cut in two; the decision is in either half.
        last_edge["reasoned_decision"] = any(v.decided and not v.unreasoned for v in verdicts[-2:])
        # A letter gives its reasons, then closes in a paragraph of its own.
        last_edge["reason_near_end"] = any(v.reason_here for v in verdicts[-2:])
        # A note finds no needs, then closes the case in a paragraph of its own.
        last_edge["no_needs_near_end"] = no_needs_at_end(verdicts[-FINDING_REACH:])
        ctx.facts["rationale.last"] = last_edge
        ctx.facts["rationale.eligibility"] = any(v.eligibility for v in verdicts)
        ctx.facts["rationale.after_eligibility"] = after_eligibility
        # The findings that close the case or end a service, by start.
        ctx.facts["rationale.ending"] = [
            start for start, _, verdict, _, last in flagged if verdict.ending and last.ending
        ]
        # The person's death told here: the reason for closing and ending services in the
        # paragraphs after (see the finalizer).
        ctx.facts["rationale.death"] = may_tell_a_death(ctx.text) and bool(
            deaths_told(doc, [v.unit for v in verdicts])
        )
        # The findings whose decision refuses: a decision record's reasons section answers
        # what it grants, not what it turns down (see the finalizer).
        ctx.facts["rationale.refusals"] = [
            start for start, _, verdict, _, _ in flagged if turns_down(doc, verdict)
        ]
        ctx.facts["rationale.unreasoned_topics"] = unreasoned_topics
        ctx.facts["rationale.waiting_topics"] = waiting_topics
        ctx.facts["rationale.reasoned_topics"] = sorted(
            {t for v in verdicts if v.decided and not v.unreasoned for t in v.topics}
        )
        ctx.facts["rationale.explained_topics"] = [
            (doc[v.unit.start].idx, sorted(explained_topics(doc, v.unit)))
            for v in verdicts
            if v.reason_here
        ]
        # What the person or their family asked for, as the topics it would decide: a
        # decision further on that does it has their wish for its reason.
        ctx.facts["rationale.wished_topics"] = sorted(
            {t for v in verdicts if v.wish_here for t in wished_topics(doc, v.unit)}
        )


def turns_down(doc: Doc, verdict: Verdict) -> bool:
    """The decision refuses: "not" ("NOT APPROVED"), or a verb that turns down what was
    asked ("Request for additional overnight respite declined")."""
    return verdict.refusal or any(
        t.lemma_.lower() in TURNING_DOWN for t in doc[verdict.unit.start : verdict.unit.end]
    )


def edge(verdict: Verdict) -> dict[str, bool]:
    return {
        "unreasoned": verdict.unreasoned,
        "agreement": verdict.agreement,
        "reason": verdict.reason_here,
        "wish": verdict.wish_here,
        "reasoned_decision": verdict.decided and not verdict.unreasoned,
        "closure": verdict.closure,
    }
