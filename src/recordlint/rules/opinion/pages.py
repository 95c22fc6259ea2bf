"""The opinion rules' document phase: a page of information checked as a letter, and a text
that tells of no one person.

A page written to whoever reads it, with no salutation or sign-off and "you" throughout,
says how things work for anyone: what an assessor weighs ("how much you would be at risk if
you did not get help"), what a plan is checked for ("if it meets the needs"), what the
council's staff will tell you. It records no writer's judgement of a person, so the rules
that keep a record's facts apart from its writer's opinions have nothing to report there.
A letter to one person about their own case has its salutation or sign-off and is read as
before, and so is a page checked as any other kind.

A text that is not a case note, an assessment or an email, has no salutation or sign-off,
speaks of no one as "he" or "she" and names no one by title
(:func:`recordlint.kinds.tells_of_no_one`) says what it says of people in general: a
statute's test quoted on a blank form ("The person has needs for care and support ... i.e.
is vulnerable"), a board's duty to "adults who are at risk of abuse or neglect", what an
assessor considers ("what they can, can't, or struggle to do"), a report's finding about
those who answered it. RL601 and RL602 look for a judgement or an opinion about someone in
particular, and RL603, RL605 and RL606 for a hedge, a capacity or a verdict about someone,
so they all leave such a text alone (a board's own "it is felt", an inspection summary's
finding). A record about someone says "he" or "she" of them or names them, and its own kind
keeps it read in any case.
"""

from __future__ import annotations

from recordlint.findings import Finding, RecordKind
from recordlint.rules.opinion.assessment import drop_where_assessed
from recordlint.rules.registry import DocumentContext, finalizer

# The rules of fact and opinion (RL604, on words that cast doubt, is a judgemental rule
# and reads words, not statements, so it is not among them).
_OPINION_RULES = ("RL601", "RL602", "RL603", "RL605", "RL606")
# The kinds of record that are always about someone, however they speak of them ("Sam told
# me they want to stay"): a text of these kinds is never taken as telling of no one.
_ABOUT_SOMEONE = frozenset({RecordKind.CASE_NOTE, RecordKind.ASSESSMENT, RecordKind.EMAIL})


def _about_no_one_in_particular(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop every finding on a page of information checked as a letter."""
    if findings and ctx.kind is RecordKind.LETTER and ctx.reading.information_page:
        return []
    return findings


def _of_people_in_general(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop every finding on a text that tells of no one person, as well as on a page of
    information checked as a letter."""
    findings = _about_no_one_in_particular(ctx, findings)
    if findings and ctx.kind not in _ABOUT_SOMEONE and ctx.reading.tells_of_no_one:
        return []
    return findings


for _code in _OPINION_RULES:
    finalizer(_code)(_of_people_in_general)


@finalizer("RL601")
def _capacity_findings(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """RL601 also drops its findings of capacity with no assessment named where the record
    names one elsewhere, and every finding on a text that tells of no one person."""
    return drop_where_assessed(ctx, _of_people_in_general(ctx, findings))
