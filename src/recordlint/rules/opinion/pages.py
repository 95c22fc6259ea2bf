"""The opinion rules' document phase: a page of information checked as a letter.

A page written to whoever reads it, with no salutation or sign-off and "you" throughout,
says how things work for anyone: what an assessor weighs ("how much you would be at risk if
you did not get help"), what a plan is checked for ("if it meets the needs"), what the
council's staff will tell you. It records no writer's judgement of a person, so the rules
that keep a record's facts apart from its writer's opinions have nothing to report there.
A letter to one person about their own case has its salutation or sign-off and is read as
before, and so is a page checked as any other kind.
"""

from __future__ import annotations

from recordlint.findings import Finding, RecordKind
from recordlint.kinds import is_information_page
from recordlint.rules.opinion.assessment import drop_where_assessed
from recordlint.rules.registry import DocumentContext, finalizer

# The rules of fact and opinion (RL604, on words that cast doubt, is a judgemental rule
# and reads words, not statements, so it is not among them).
_OPINION_RULES = ("RL601", "RL602", "RL603", "RL605", "RL606")


def _about_no_one_in_particular(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop every finding on a page of information checked as a letter."""
    if findings and ctx.kind is RecordKind.LETTER and is_information_page(ctx.text):
        return []
    return findings


for _code in _OPINION_RULES:
    finalizer(_code)(_about_no_one_in_particular)


@finalizer("RL601")
def _capacity_findings(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """RL601 also drops its findings of capacity with no assessment named where the record
    names one elsewhere."""
    return drop_where_assessed(ctx, _about_no_one_in_particular(ctx, findings))
