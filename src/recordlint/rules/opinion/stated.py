"""RL601's findings on evaluative predicates (:mod:`recordlint.evaluative`): a judgement of
certainty, character, feeling, risk, motive and the rest said of someone as fact, with the
advice for each kind of judgement (:data:`PREDICATE_ADVICE`).

It stands apart from the rule's module because it reads the predicates the evaluative
package finds rather than the opinion cues, and says so in messages of its own; the rule
calls :func:`flag_stated_predicates` after its cue findings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import (
    Judgement,
    evaluative_predicates,
    sentence_of,
)
from recordlint.findings import RecordKind
from recordlint.rules.opinion.evidence import stated_as_fact
from recordlint.rules.opinion.exempt import in_a_process_label, wording_in_an_episode
from recordlint.rules.opinion.framing import (
    opened_as_reason,
    possible_as_a_conjunct,
    under_condition_or_question,
)
from recordlint.rules.opinion.predicates import (
    a_group,
)
from recordlint.rules.opinion.spans import (
    claim,
    clear_of_quotes,
    own_conjunct,
    trimmed,
)
from recordlint.rules.opinion.words import PEOPLE
from recordlint.rules.registry import ParagraphContext

if TYPE_CHECKING:
    from spacy.tokens import Doc


PREDICATE_ADVICE = {
    Judgement.CERTAINTY: "'{words}' presents an impression as certain fact; write what you saw "
    "or heard that led to it, or mark it as your professional opinion and give the evidence.",
    Judgement.CANDOUR: "'{words}' offers your own view as plain fact; mark it as your "
    "professional opinion and say what it rests on.",
    Judgement.PREDICTION: "'{words}' states a prediction as fact; mark it as your professional "
    "opinion and say what it rests on.",
    Judgement.CHARACTER: "'{words}' judges someone's character as fact; describe what they said "
    "or did.",
    Judgement.FEELING: "'{words}' states what someone feels as fact; record what they said or "
    "did that showed it, or who told you.",
    Judgement.MENTAL_STATE: "'{words}' states what someone thinks or wants as fact; record what "
    "they said or did that showed it, or who told you.",
    Judgement.RISK: "'{words}' states a verdict on risk as fact; say what the risk is and what "
    "you saw or heard that shows it, or mark it as your professional opinion with its grounds.",
    Judgement.MOTIVE: "'{words}' states why someone acts as fact; record what they did and "
    "said, and mark any reading of their motive as your professional opinion with its grounds.",
    Judgement.MISSTATING: "'{words}' rules on what someone tells of themselves as if it "
    "were fact; record what they said, and separately what you saw or were told that differs.",
    Judgement.CHANGE: "'{words}' judges how much someone has changed as fact; say what was "
    "different and when, or mark it as your professional opinion with its grounds.",
    Judgement.CONDUCT: "'{words}' judges how well or how much someone does something as fact; "
    "record what you saw, how much or how often, or who told you.",
    Judgement.PLAUSIBILITY: "'{words}' rules on what someone said or wants as if it were fact; "
    "record what differs from it or stands in its way, and how you know.",
}


def flag_stated_predicates(ctx: ParagraphContext, doc: Doc) -> None:
    """Flags the evaluative predicates stated as fact in the paragraph."""
    for predicate in evaluative_predicates(doc):
        if not stated_as_fact(doc, predicate):
            continue
        subject = predicate.subject
        if ctx.kind is RecordKind.PROFESSIONAL and subject is not None and a_group(subject):
            continue  # "People were at risk of receiving care that did not meet their needs"
        if (
            predicate.kind is Judgement.CHARACTER
            and predicate.referent in PEOPLE
            and wording_in_an_episode(
                doc, predicate.predicate, predicate.cue_start, predicate.cue_end
            )
        ):
            continue  # "Lorraine was very hostile from the outset": left to RL501
        if under_condition_or_question(doc, predicate.cue_start, predicate.cue_end):
            continue
        if possible_as_a_conjunct(predicate.predicate):
            continue  # "might physically and financially abuse her": offered as possible
        if in_a_process_label(doc, predicate.cue_start, predicate.cue_end):
            continue  # "refer to adults at risk of abuse": the procedure's label, not a verdict
        if predicate.kind is Judgement.RISK and opened_as_reason(
            sentence_of(predicate.predicate), predicate.cue_start
        ):
            continue  # "The reason is that ... and she is at risk of becoming unwell"
        start, end = trimmed(doc, *predicate.clause())
        cue_end = trimmed(doc, predicate.cue_start, predicate.cue_end)[1]
        start, end = clear_of_quotes(ctx, doc, start, end, cue_end)
        if not claim(ctx, start, end):
            # "Son was evasive and is obviously trying to avoid paying": a second judgement
            # sharing the subject of one already flagged gets its own words.
            own = clear_of_quotes(ctx, doc, *trimmed(doc, *predicate.clause(own=True)), cue_end)
            if own == (start, end):
                own = own_conjunct(doc, predicate.predicate, start, end) or own
            if own == (start, end) or not claim(ctx, *own):
                continue
            start, end = own
        words = doc[predicate.cue_start : predicate.cue_end].text
        ctx.flag(start, end, PREDICATE_ADVICE[predicate.kind].format(words=words))
