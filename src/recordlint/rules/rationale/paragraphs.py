"""RL701's finalizer across paragraphs (:func:`reasons_across_paragraphs`): a reason just
across a paragraph break, a decision after one that decided eligibility with its reason, a
closure or an ended service after the person's death, a decision restating one made with
its reason earlier, and one explained further on.

It stands apart because it reads the facts every paragraph left (see ``findings``) once
the whole record is read, not one paragraph's parse; ``rule`` registers it.
"""

from __future__ import annotations

from recordlint.findings import Finding, RecordKind
from recordlint.rules.rationale.units import may_tell_a_death
from recordlint.rules.rationale.words import DECISION_SECTION, REASONS_SECTION
from recordlint.rules.registry import DocumentContext
from recordlint.segments import in_principle_item
from recordlint.text import line_start


def _decisions_after_eligibility(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop closures and grants in paragraphs after one that decided eligibility with its
    reason: "Does not meet the eligibility criteria - no care needs." ... "NFA.";
    "Eligible for a deferred payment: yes - capital below the upper limit." ... "Approved." """
    closing: set[int] = set()
    decided = False
    for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True):
        if decided:
            following = facts.get("rationale.after_eligibility", ())
            closing |= {block.start + start for start in following}
        decided = decided or bool(facts.get("rationale.eligibility"))
    return [f for f in findings if f.start not in closing]


def _restated_decisions(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop decisions that restate one made with its reason in an earlier paragraph: an
    outcome line summing up the note, a log entry saying the change is now done.

    The earlier telling need not read as the service's own decision: "I rang the finance
    team and they confirmed that the letter was sent in error and will be withdrawn",
    said with its reason, answers "Confirm in writing that the letter is withdrawn" in the
    actions below, as ``_explained_later`` reads such a sentence when it comes after. A
    refusal is answered only by a refusal, a grant by a grant."""
    restated: set[int] = set()
    reasoned: set[str] = set()
    explained: set[str] = set()  # marked refused or granted, as the waiting topics are
    waiting_at = {
        block.start + start
        for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True)
        for start, found in facts.get("rationale.waiting_topics", ())
        if found
    }
    flagged = {f.start for f in findings}
    # The last finding that could restate: no paragraph after it need be read.
    last = max(waiting_at & flagged, default=None)
    for n, block in enumerate(ctx.blocks):
        facts = ctx.block_facts[n]
        waiting = dict(facts.get("rationale.waiting_topics", ()))
        for start, topics in facts.get("rationale.unreasoned_topics", ()):
            if reasoned & set(topics) or explained & set(waiting.get(start, ())):
                restated.add(block.start + start)
        reasoned |= set(facts.get("rationale.reasoned_topics", ()))
        if last is not None and block.end <= last:
            # Paragraphs the gate turned down are read too: the sentence that tells the
            # decision with its reason may not be read as a decision at all.
            read = ctx.facts_of(n, "RL701")
            for _, found in read.get("rationale.explained_topics", ()):
                explained |= set(found)
            explained |= set(read.get("rationale.wished_topics", ()))
    return [f for f in findings if f.start not in restated]


def _explained_later(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop decisions said first with no reason and then again, further on, with their
    reason: a letter's subject line and opening give the news ("Your grant for a stairlift
    has been approved"), and a later paragraph explains it ("We approved the grant because
    your occupational therapist recommended it"). Paragraphs the gate turned down are read
    too, as the sentence that explains may not be read as a decision ("The panel agreed the
    extra money because ..."). A refusal is answered only by a refusal: "We cannot approve a
    grant for a lift" is not by "We approved the grant for the stairlift because ..."."""
    unreasoned: dict[int, set[str]] = {}
    for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True):
        for start, found in facts.get("rationale.waiting_topics", ()):
            unreasoned[block.start + start] = set(found)
    waiting = [f for f in findings if unreasoned.get(f.start)]
    if not waiting:
        return findings
    explained: list[tuple[int, set[str]]] = []
    first = min(f.start for f in waiting)
    for n, block in enumerate(ctx.blocks):
        if block.end <= first:
            continue
        facts = ctx.facts_of(n, "RL701")
        for start, found in facts.get("rationale.explained_topics", ()):
            explained.append((block.start + start, set(found)))
    answered = {
        f.start
        for f in waiting
        if any(start > f.start and found & unreasoned[f.start] for start, found in explained)
    }
    return [f for f in findings if f.start not in answered]


def _ended_after_a_death(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop closures and ended services in paragraphs after one that tells of the person's
    death: "Notification that Mrs Reilly passed away on 27/09." ... "POC cancelled. Case
    closed." Paragraphs the gate turned down are read too, where their words may tell of a
    death, since the telling is no decision of its own."""
    ending = {
        block.start + start
        for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True)
        for start in facts.get("rationale.ending", ())
    }
    if not ending & {f.start for f in findings}:
        return findings
    last = max(ending)
    after_death: set[int] = set()
    died = False
    for n, block in enumerate(ctx.blocks):
        if block.start > last:
            break
        if died:
            following = ctx.block_facts[n].get("rationale.ending", ())
            after_death |= {block.start + start for start in following}
        elif may_tell_a_death(block.text):
            died = bool(ctx.facts_of(n, "RL701").get("rationale.death"))
    return [f for f in findings if f.start not in after_death]


def _granted_on_the_reasons_set_out(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop what a decision record grants under its "Decision" heading or label where the
    record sets out its reasons in a section of their own, before or after the decision:
    "Considerations" over a numbered list, then "Decision" over "1. DP approved at 6 hrs per
    week"; "Decision: APPROVED for 14 days." with "Rationale: Mother unable to provide care
    alone; ..." below the conditions. The reasons weigh the request the decision answers.

    A refusal in the same section still wants a reason of its own ("4. Request for
    additional overnight respite declined."): the section weighs the request granted, not
    a further one turned down. A decision outside the decision section (a condition, an
    action) is judged where it stands, and so is any decision in a record with no section
    of reasons ("Funding agreed.")."""
    if not findings or REASONS_SECTION.search(ctx.text) is None:
        return findings
    refusals = {
        block.start + start
        for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True)
        for start in facts.get("rationale.refusals", ())
    }
    granted: set[int] = set()
    for f in findings:
        if f.start in refusals:
            continue
        block = next((b for b in ctx.blocks if b.start <= f.start < b.end), None)
        if block is None:
            continue
        begins = max(line_start(ctx.text, f.start), block.start)
        if DECISION_SECTION.match(block.text) or DECISION_SECTION.match(ctx.text, begins):
            granted.add(f.start)
    return [f for f in findings if f.start not in granted]


def reasons_across_paragraphs(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop findings whose reason sits just across a paragraph break.

    A paragraph's last decision is answered by a reason opening the next paragraph; a
    paragraph's first agreement by a request or reason closing the one before, and its
    first closure by a reasoned decision closing the one before. A paragraph with no
    decision (which the gate kept the rule off) is read only where it could answer one.

    A page of information checked as a letter (no salutation or sign-off, "you" throughout)
    describes how things are decided for anyone ("It is agreed annually", "We will then
    review and approve your plan"); it records no decision about someone, so nothing stays;
    nor does a list of a law's principles under a heading that names them.
    """
    if ctx.kind is RecordKind.LETTER and ctx.reading.information_page:
        return []
    # A principle of a law or guidance, listed under a heading or lead-in that names the
    # principles ("5. Any decision made must be the least restrictive option"), states
    # how everyone must decide, not a decision made about someone.
    findings = [f for f in findings if not in_principle_item(ctx.text, f.start)]
    answered: list[tuple[int, int, bool]] = []  # block start, end, last (else first) finding
    labelled_answered: set[int] = set()  # labelled decisions whose reasons follow labelled
    for n in range(1, len(ctx.blocks)):
        before_block, block = ctx.blocks[n - 1], ctx.blocks[n]
        ending = ctx.block_facts[n - 1].get("rationale.last")
        opening = ctx.block_facts[n].get("rationale.first")
        # A paragraph without either edge holds no decision, so it matters only as the
        # answer to a neighbour's unreasoned one.
        if ending and ending["unreasoned"] and opening is None:
            opening = ctx.facts_of(n, "RL701").get("rationale.first")
        if opening and opening["unreasoned"] and ending is None:
            ending = ctx.facts_of(n - 1, "RL701").get("rationale.last")
        labelled = ctx.block_facts[n - 1].get("rationale.labelled_start")
        if labelled is not None:
            # "Decision: I have agreed to fund ... This is £210 above our usual rate." over
            # "Reasons: ...": the paragraph labelled as the decision is answered by the one
            # labelled as its reasons, however many lines the decision takes.
            reasons = (
                opening if opening is not None else ctx.facts_of(n, "RL701").get("rationale.first")
            )
            if reasons and reasons.get("reasons_label"):
                labelled_answered.add(before_block.start + labelled)
        if ending and opening:
            if ending["unreasoned"] and opening["reason"]:
                answered.append((before_block.start, before_block.end, True))
            if opening["unreasoned"] and (
                (opening["agreement"] and (ending["reason"] or ending["wish"]))
                or (
                    opening.get("closure")
                    and (
                        ending.get("reasoned_decision")
                        or ending.get("reason_near_end")
                        or ending.get("no_needs_near_end")
                    )
                )
            ):
                answered.append((block.start, block.end, False))
    findings = [f for f in findings if f.start not in labelled_answered]
    findings = _granted_on_the_reasons_set_out(ctx, findings)
    findings = _decisions_after_eligibility(ctx, findings)
    findings = _ended_after_a_death(ctx, findings)
    findings = _restated_decisions(ctx, findings)
    findings = _explained_later(ctx, findings)
    for start, end, last in answered:
        inside = [f for f in findings if start <= f.start < end]
        if inside:
            drop = (
                max(inside, key=lambda f: f.start) if last else min(inside, key=lambda f: f.start)
            )
            findings = [f for f in findings if f is not drop]
    return findings
