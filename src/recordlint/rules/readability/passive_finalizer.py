"""RL303's document phase: passives whose actor the whole text gives after all.

Across paragraphs a reader may already know who acts: the writer of a page that calls
itself "we", an actor given earlier for the same verb, in the sentence after, or in the
two sentences before; a list item under a lead-in such as "You'll be entitled to
support if:" is a condition the reader may be in; and a list item under a heading that
names a law's principles states a rule for everyone. This finalizer drops those findings.
"""

from __future__ import annotations

import re

from recordlint.findings import Finding, RecordKind
from recordlint.kinds import writes_as_we
from recordlint.rules.readability.facts import ACTOR_GIVEN, ACTOR_SENTENCES, PASSIVE_REASONS
from recordlint.rules.readability.reasons import PassiveReason
from recordlint.rules.registry import DocumentContext, finalizer
from recordlint.segments import in_condition_item, in_principle_item


@finalizer("RL303")
def _the_writer_acts_on_its_reader(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """On a page of information written to whoever reads it, in the name of a council or
    a service that calls itself "we" ("We will make sure ...", "How we work out what you
    pay"), the one who acts on the reader is the writer: "you will be asked to pay" tells
    the reader all a page for everyone can. Such passives are left alone there; a letter
    to one person, or a page that never says who writes it ("You, and your family, will
    be included in the decision"), still has them."""
    if not findings:
        return findings
    # A list of the principles a law or guidance sets out ("1. A person must be assumed to
    # have capacity ...") under a heading or lead-in that names them: each binds everyone,
    # and no one actor is missing from it.
    findings = [f for f in findings if not in_principle_item(ctx.text, f.start)]
    findings = _without_acts_whose_actor_was_given(ctx, findings)
    findings = [f for f in findings if not _ACTOR_GIVEN_NEXT.match(ctx.text, f.end)]
    the_readers_own = {
        (block.start + start, block.start + end)
        for block, reported in ctx.recorded(PASSIVE_REASONS)
        for start, end, reason in reported
        if reason is PassiveReason.READER_NOT_TOLD
    }
    # A list item under "You'll be entitled to support if:" ("you are assessed as having
    # needs that meet the eligibility criteria") is a condition the reader may be in, as
    # "if you are assessed as ..." is; the lead-in may stand in the paragraph before.
    findings = [
        f
        for f in findings
        if (f.start, f.end) not in the_readers_own or not in_condition_item(ctx.text, f.start)
    ]
    if ctx.kind is not RecordKind.LETTER or not findings:
        return findings
    if ctx.reading.information_page and writes_as_we(ctx.text):
        return [f for f in findings if (f.start, f.end) not in the_readers_own]
    return [
        f
        for f in findings
        if (f.start, f.end) not in the_readers_own or not _actor_named_just_before(ctx, f.start)
    ]


def _without_acts_whose_actor_was_given(
    ctx: DocumentContext, findings: list[Finding]
) -> list[Finding]:
    """In a report, what was done to a person whose actor the text has already given for
    the same verb ("Mrs B complained she was told by a Social Worker ... The Council found
    no evidence Mrs B was told ..."): the reader knows who told her."""
    given = [
        (block.start + at, participle)
        for block, found in ctx.recorded(ACTOR_GIVEN)
        for at, participle in found
    ]
    if not given:
        return findings
    done_to_a_person = {
        (block.start + start, block.start + end)
        for block, reported in ctx.recorded(PASSIVE_REASONS)
        for start, end, reason in reported
        if reason is PassiveReason.PERSON_ACTED_ON
    }
    return [
        f
        for f in findings
        if (f.start, f.end) not in done_to_a_person
        or not any(
            at < f.start and f.text.lower().split()[-1] == participle for at, participle in given
        )
    ]


# The rest of the passive's sentence, and a next sentence that says who does it: "you
# will be referred ... to the hospital social work team. This is done by the ward sending
# a section 2 Notification." A page number may stand between them.
_ACTOR_GIVEN_NEXT = re.compile(
    r"[^.!?\n]{0,300}[.!?][\s\d]{1,12}(?:This|That|It)\s+(?:is|was|will\s+be)\s+"
    r"(?:usually\s+|normally\s+|always\s+|then\s+)?(?:done|made|arranged|carried\s+out"
    r"|sent|completed|organised|decided)\s+by\s"
)


# How many sentences before a passive are read for its actor.
ACTOR_LOOKBACK_SENTENCES = 2


def _actor_named_just_before(ctx: DocumentContext, at: int) -> bool:
    """Whether one of the two sentences before the one at ``at`` names who acts ("The
    social worker will gather information. ... You will be informed of the outcome"), in
    its paragraph or the one before, not across a heading: the reader has just been told
    who will act on them."""
    index = next(
        n
        for n, block in enumerate(ctx.blocks)
        if block.start <= at < block.end or n == len(ctx.blocks) - 1
    )
    limit = at - ctx.blocks[index].start
    read = 0
    while index >= 0:
        sentences = ctx.facts_of(index, "RL303").get(ACTOR_SENTENCES, ())
        for _start, end, names in reversed(sentences):
            if end > limit:
                continue
            if names:
                return True
            read += 1
            if read >= ACTOR_LOOKBACK_SENTENCES:
                return False
        index -= 1
        if index < 0 or _is_heading(ctx.blocks[index].text):
            return False
        limit = len(ctx.blocks[index].text)
    return False


def _is_heading(text: str) -> bool:
    """A paragraph of one short line that is not a sentence: a heading ("2. What is a
    personal budget?", "Understanding the situation")."""
    line = text.strip()
    return "\n" not in line and len(line.split()) <= MAX_HEADING_WORDS and not line.endswith(".")


MAX_HEADING_WORDS = 12
