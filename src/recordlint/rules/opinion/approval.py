"""RL606: vague verdicts that do not say what was checked or seen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import DEMONSTRATIVES, has_evidence, sentence_of
from recordlint.findings import Category, RecordKind, Severity
from recordlint.lexicon import word_list
from recordlint.rules.opinion.cues import cues, gate
from recordlint.rules.opinion.evidence import doing_beside
from recordlint.rules.opinion.framing import in_plan
from recordlint.rules.opinion.sentences import skippable
from recordlint.rules.opinion.spans import claim, trimmed
from recordlint.rules.opinion.speakers import has_agent, reported_earlier
from recordlint.rules.opinion.verdicts import (
    outcome_verdicts,
    qualified_nothing,
    vague_verdict,
    verdict_fragments,
)
from recordlint.rules.opinion.words import OBSERVABLE, OPINION_NEEDS, STANDING_ALONE_WORDS
from recordlint.rules.registry import ParagraphContext, rule
from recordlint.subjects import Referent, referent_of, speaker_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@rule(
    code="RL606",
    name="vague-approval",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=gate("vague_evaluation", "verdict_adjective", outcomes=True),
)
def vague_approval(ctx: ParagraphContext) -> None:
    """Finds vague verdicts ("No concerns.", "All well.", "Home was appropriate.", "Good
    progress.") that do not say what was checked or seen.

    ## Why it matters
    Standard 2 asks for accurate, objective records with evidence. "No concerns" is a
    conclusion without its workings: the next reader cannot tell whether the medication, the
    food in the fridge or the person's mood was looked at, and reviews of serious cases keep
    finding reassuring phrases that hid what nobody checked. "Needs met." and "Outcomes
    achieved." are the same kind of verdict: they do not say which needs or what changed.

    ## Example
    Before:
    > No concerns.

    After:
    > No concerns about her medication: the blister pack was up to date and she told me she
    > takes it with breakfast.

    ## Stays quiet on
    Verdicts that come with detail (after a colon, with "because", numbers or what was seen),
    other people's reported views ("Carers report no concerns", "She said she was fine"), a note
    that no one raised any or a check or an observation found none ("No concerns raised.",
    "No concerns were raised.", "No concerns currently raised.", "No concerns noted.",
    "Outcome: no concerns found."), the person's own view ("She has no concerns about the
    move") or their own words in a plan written in the first person ("I am fine on the bus"),
    attributive uses ("appropriate equipment will be ordered"), a state placed where it was
    seen ("Settled in bed", "settled on the ward", "I am fine on the bus"; not "fine in
    herself"), "settled" as the bare past of what someone did in a log's run of events
    ("talked about the railway, he settled", "02:58 SU
    settled back to bed"; not "settled well", "more settled" or "has settled"), "settled"
    followed in the same sentence by what the person was doing, as their own verb ("had settled
    and was eating lunch"), a bare "settled" tied to one moment, in a line opened by a log
    entry's clock time or with a clause of when ("02:20 Settled.", "settled once her son
    arrived", "sat with him till settled"; not "has settled well" or "more settled"), a verdict
    after a clause that names a check and what it was of ("MW
    checked BP, all fine", "Care plan and MAR chart checked, all in order"; not "Checked, all
    fine"), needs that cannot be met ("unable to meet his needs") or are a purpose ("to meet his
    needs"), needs said to be met by someone or something named ("these needs are met by
    her family": who meets them, not a verdict that they are), headings and questions,
    items of a list of activities or outcomes ("- get dressed appropriately", "• Being
    appropriately clothed"), and verdict words in a clause ("Good to
    see you") or with their detail ("Good progress: she now walks to the shop"), and a short
    verdict that sums up the facts just given in the same field of a form ("3. Medication –
    Blister pack in place, self-administering. No issues.", "Kitchen: heats ready meal for tea.
    Goal met."), "fine" said of an option or a choice ("You said you want to think about it.
    That is fine.", "Email or text is fine"; not of a person, the home or a service: "he's
    fine", "The flat is fine"), a bare "No concerns." or "All fine." that closes a case note's
    run of what was done or seen ("Sat in chair 2 hours. Pad changed x3. No concerns."; not
    after a plan, "POC to continue. No concerns.", a view or alone), a verdict fragment that
    rates a bodily sign staff chart by watching or measuring it ("Poor oral intake.", "Poor eye
    contact."; "Poor insight." rates the person), and a page of information checked as a letter
    (no salutation or sign-off, "you" throughout), which lists what is checked for whoever reads
    it ("if it meets the needs").
    """
    doc = ctx.doc
    assert doc is not None
    for cue in [*cues(doc, "vague_evaluation"), *qualified_nothing(doc)]:
        if cue.term in OBSERVABLE:
            continue
        sentence = sentence_of(doc[cue.start])
        if skippable(sentence) or cues(sentence, "marked_opinion"):
            continue
        if not vague_verdict(doc, cue, sentence):
            continue
        if an_option_allowed(doc, cue.start, cue.end):
            continue  # "You said you want to think about it. That is fine.": a permission
        if checked_in_field(doc, cue.start, cue.end, sentence):
            continue  # "3. Medication – Blister pack in place, self-administering. No issues."
        if ctx.kind is RecordKind.CASE_NOTE and closes_a_log(doc, cue.start, cue.end, sentence):
            continue  # "... Pad changed x3. No concerns.": nothing else to report
        if doing_beside(doc, cue.start, cue.end):
            continue  # "Edna had settled and was eating lunch": what settled looked like
        start, end = trimmed(doc, cue.start, cue.end)
        if not claim(ctx, start, end):
            continue  # already flagged as an opinion or an impression
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' does not say what was checked or seen; say what you looked at and "
            "what you found (for example 'no concerns about her medication: the blister pack "
            "was up to date').",
        )
    for start, end in verdict_fragments(doc):
        span = trimmed(doc, start, end)
        if not claim(ctx, *span):
            continue
        words = doc[start:end].text
        ctx.flag(
            *span,
            f"'{words}' is a verdict without what it rests on; say what you saw or what "
            "the person told you that led to it.",
        )
    for start, end in outcome_verdicts(doc):
        sentence = sentence_of(doc[start])
        if skippable(sentence) or cues(sentence, "marked_opinion"):
            continue
        if len([t for t in sentence if t.is_alpha]) > STANDING_ALONE_WORDS:
            continue
        if has_evidence(sentence, after=start) or reported_earlier(doc, start, sentence):
            continue
        if any(speaker_of(t) is not None for t in doc[start:end]):
            continue
        if in_plan(doc[end - 1]):
            continue  # "to confirm that your needs have been met": what a review is for
        if has_agent(doc[end - 1]):
            continue  # "these needs are met by her family": who meets them, not a verdict
        if goal_beside_result(doc, start, end, sentence):
            continue  # "Kitchen: heats ready meal for tea. Goal met."
        span = trimmed(doc, start, end)
        if not claim(ctx, *span):
            continue
        words = doc[start:end].text
        ctx.flag(
            *span,
            f"'{words}' does not say which needs or outcomes, or how you know; say what the "
            "person can now do or what they told you (for example 'she washes and dresses "
            "herself with the carers' help and says mornings are easier').",
        )


def _same_line(doc: Doc, first: int, last: int) -> bool:
    """Whether no line break comes between tokens ``first`` and ``last``."""
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[first:last])


def goal_beside_result(doc: Doc, start: int, end: int, sentence: Span) -> bool:
    """Whether a verdict that an agreed goal is met ("Goal met.", "Outcome: all goals met.")
    stands on the same line as the result it sums up: a sentence just before or just after
    it that says what the person now does, with no vague verdict of its own ("Kitchen:
    independent with breakfast and lunch. Heats ready meal for tea. Goal met."). A goal is
    named in the plan, so the line reads as a progress check against it with its workings;
    "Needs met." or a goal met after "He is settled and managing well." is still a verdict.
    """
    if not any(t.lower_ in word_list("agreed_goal") for t in doc[start:end]):
        return False
    neighbours = []
    if sentence.start > 0 and _same_line(doc, sentence.start - 1, sentence.start):
        neighbours.append(sentence_of(doc[sentence.start - 1]))
    if sentence.end < len(doc) and _same_line(doc, sentence.end - 1, sentence.end):
        neighbours.append(sentence_of(doc[sentence.end]))
    return any(_states_result(n) for n in neighbours)


def _states_result(sentence: Span) -> bool:
    """Whether a sentence states a result in its own words: a verb or a number, and no vague
    verdict of its own."""
    if len([t for t in sentence if t.is_alpha]) < 3:
        return False
    if cues(sentence, "vague_evaluation") or cues(sentence, "marked_opinion"):
        return False
    for token in sentence:
        heading = token.i + 1 < sentence.end and token.nbor(1).text == ":"
        if token.lower_ in word_list("care_outcome") and not heading:
            return False  # another verdict on needs or outcomes, not an "Outcome:" field
    return has_evidence(sentence) or any(t.pos_ == "VERB" for t in sentence)


# Pronouns that point back to what was just said or chosen: "That is fine".


def an_option_allowed(doc: Doc, start: int, end: int) -> bool:
    """Whether "fine" says an option or a choice is acceptable, not how someone or something
    is: its subject is "that" or "this" pointing back to what was just said ("You said you
    want to think about it. That is fine."), or a thing that is not the home, a service or
    everything ("Email or text is fine", "Gym is fine, it is in his SP"). A person ("he's
    fine"), the home ("The flat is fine"), a service ("The package is fine") and "everything"
    or "all" are still verdicts."""
    words = doc[start:end]
    fine = next((t for t in words if t.lower_ == "fine"), None)
    if fine is None:
        return False
    verb = fine.head if fine.dep_ in {"acomp", "advmod", "oprd"} else fine
    if verb.lemma_ != "be":
        return False
    subject = subject_of(verb)
    if subject is None:
        return False
    if subject.lower_ in DEMONSTRATIVES:
        return True
    if subject.pos_ not in {"NOUN", "PROPN"} or referent_of(subject) is not Referent.THING:
        return False
    return subject.lemma_.lower() not in word_list("service") | word_list("care_outcome")


def closes_a_log(doc: Doc, start: int, end: int, sentence: Span) -> bool:
    """Whether a bare verdict ("No concerns.", "No other concerns.", "all fine.") closes a
    case note's run of what was done or seen at a visit or on a shift: it is the last
    sentence of its paragraph, with nothing of its own beside the verdict, after at least
    two sentences, the one just before it telling what was done or seen (a verb in the past
    or a number: "Pad changed x3.", "Put milk in fridge.", "Balance £870.") with no verdict,
    plan or opinion of its own. Such a line says there is nothing more to report after the
    workings just given. After a plan or a decision ("POC to continue. No concerns.", "SG
    closed at this stage, niece to be updated. No further concerns.") or standing alone,
    it is still a verdict."""
    if any(t.is_alpha for t in doc[sentence.end :]):
        return False
    outside = [t for t in sentence if (t.i < start or t.i >= end) and not t.is_punct]
    if len(outside) > 1 or any(t.pos_ in {"ADP", "PROPN", "PRON", "VERB"} for t in outside):
        return False  # a topic of its own, or someone's view ("Son has no concerns")
    if sentence.start == 0:
        return False
    before = sentence_of(doc[sentence.start - 1])
    if before.start == 0 or skippable(before):
        return False  # a verdict after one sentence or a heading sums up nothing logged
    if cues(before, "vague_evaluation") or cues(before, "marked_opinion"):
        return False
    if any(in_plan(t) for t in before):
        return False
    return has_evidence(before) or any(
        t.pos_ == "VERB" and t.tag_ in {"VBD", "VBN"} for t in before
    )


FIELD_MARKS = frozenset({":", "–", "—", "-"})


def checked_in_field(doc: Doc, start: int, end: int, sentence: Span) -> bool:
    """Whether a short verdict sums up the facts given before it in the same field of a form
    or checklist ("3. Medication – Blister pack in place, self-administering. No issues.",
    "Finances: balance £3,410.22 on 27/01. Timesheets and payslips all in order."): the line
    opens with a label, the words between the label and the verdict state what was seen or
    done with no verdict or plan of their own, and the verdict adds nothing but what it
    covers. "Risks: No concerns.", a verdict with its own topic ("No concerns re home
    environment") and a verdict after a plan ("POC to continue. No concerns.") still count.
    """
    outside = [t for t in sentence if (t.i < start or t.i >= end) and not t.is_punct]
    if len(outside) > 3 or any(t.pos_ in {"ADP", "PROPN", "PRON"} for t in outside):
        return False  # a topic of its own, or a person's state ("Mrs G more settled")
    line_start = sentence.start
    while line_start > 0 and _same_line(doc, line_start - 1, line_start):
        line_start -= 1
    label = next(
        (
            t.i
            for t in doc[line_start : min(sentence.start, line_start + 8)]
            if t.text in FIELD_MARKS and t.i > line_start
        ),
        None,
    )
    if label is None or sentence.start - label < 4:
        return False
    facts = doc[label + 1 : sentence.start]
    if cues(facts, "vague_evaluation") or cues(facts, "marked_opinion"):
        return False
    if any(in_plan(t) or t.text in {'"', "“", "”"} for t in facts):
        return False  # a plan, or someone's own word for it
    return len([t for t in facts if t.is_alpha]) >= 3
