"""One :class:`Verdict` per unit of a record (:func:`judge`): the decision it makes, if any,
and whether a reason is given for it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from recordlint.doc_access import doc_text
from recordlint.rules.rationale.context import (
    aims_listed,
    assent_to_a_wish,
    closes,
    eligibility_reasoned,
    evidence_follows_request,
    explained_topics,
    follows_eligibility,
    holds_off,
    keeps_as_it_is,
    kept_on_a_list_line,
    negated,
    new_line_item,
    nothing_asked_before,
    on_a_list_line,
    opens_with_reason,
    points_back,
    request_granted,
    request_passed_on,
    requests_listed,
    topics,
    wish_in,
    with_polarity,
)
from recordlint.rules.rationale.deaths import deaths_told, ended_by_a_death
from recordlint.rules.rationale.decisions import Decision, decisions_in
from recordlint.rules.rationale.reasons import (
    HEADING_REASON_REACH,
    contingency_after,
    decision_heading,
    items_each_noted,
    labelled_decision,
    list_follows,
    no_needs_found,
    no_needs_shown,
    opens_with_consequence,
    purpose_given,
    reason_around,
    reason_before_so,
    reason_in,
    reason_then_so,
    refers_back,
    refused_by_the_person,
    says_why_the_note_is_late,
    titled_section,
    use_planned,
    wishes_weighed,
)
from recordlint.rules.rationale.units import Unit, units_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


# ---------------------------------------------------------------------------------------
# The rule
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """One sentence's decision, and what it offers the sentences around it."""

    unit: Unit
    decision: str | None  # the decision words as written
    agreement: bool  # "Agreed to ...", "We agreed that ...": may answer a request before it
    reason_here: bool
    wish_here: bool  # someone asks for or wants something
    unreasoned: bool
    decided: bool = False  # the sentence records a decision, with or without its reason
    closure: bool = False  # its unreasoned decision closes the case: "Case closed."
    eligibility: bool = False  # it decides eligibility, with its reason: "Not eligible as ..."
    after_eligibility: bool = False  # its unreasoned decision closes or grants: "DPA approved."
    # What it decides about, as "verb|noun" keys ("remove|call"): a reasoned decision
    # answers a later sentence that restates it.
    topics: frozenset[str] = frozenset()
    no_needs: bool = False  # it finds no needs: "No ongoing care needs." (a closure's evidence)
    refusal: bool = False  # its unreasoned decision refuses: "We cannot approve the grant."
    # Its unreasoned decision closes the case or ends a service: the person's death, told in
    # a paragraph before, is its reason ("POC cancelled.").
    ending: bool = False


def judge(doc: Doc, in_quote: Any) -> list[Verdict]:
    """For each sentence of ``doc``: its decision, if any, and whether it lacks a reason."""
    units = units_of(doc)
    reasons = [reason_in(doc, u) for u in units]
    found = [decisions_in(doc, u, in_quote) for u in units]
    for n in aims_listed(doc, units):
        found[n] = []
    for n in requests_listed(doc, units):
        found[n] = []  # asked for, not decided
    for n in range(1, len(units)):
        if found[n] and nothing_asked_before(doc, units, n):
            found[n] = []  # "Forms to go by Friday. Agreed.": a step agreed, nothing granted
    for n, unit in enumerate(units):
        if found[n] and says_why_the_note_is_late(doc, unit):
            found[n] = []  # "Written late: office closed 11-13 Feb because of storm damage"

    def explains(n: int) -> bool:
        """Unit ``n`` gives the reason for a decision before it: its reason is not its own
        decision's ("- Refer to OT. Reason: the bath lift is no longer safe." answers only
        its own line), or it records the person's wish ("She chose to stay with her
        aunt")."""
        if n >= len(units):
            return False
        if opens_with_reason(doc, units[n]):
            return True
        if new_line_item(doc, units[n - 1], units[n]):
            return False  # a line of a list or a log keeps its reason for itself
        if found[n]:
            # A decision of its own keeps its reason for itself ("Day centre not offered.
            # Care home not pursued as he does not want this."), unless it points back to
            # the decision before ("I recommend this because ...") or rules out the other
            # choice ("Home with four visits a day. Not a care home, because ...").
            return reasons[n] and (
                any(points_back(h) for h, _ in found[n])
                or (
                    bool(found[n - 1])
                    and not any(negated(h, p) for h, p in found[n - 1])
                    and any(negated(h, p) for h, p in found[n])
                )
            )
        # Sentences of prose explain one another, with a marker word or with the reason
        # put before ", so" ("You are now washing and dressing yourself, so you no longer
        # need the morning visits").
        said = [t for t in doc[units[n].start : units[n].end] if not t.is_space]
        wish = wish_in(doc, units[n]) and not request_passed_on(doc, units[n])
        return reasons[n] or wish or reason_then_so(said)

    verdicts: list[Verdict] = []
    kept_in_list: list[int] = []  # lines of a list that keep a service as it is
    died: list[int] | None = None  # where the person's death is told, once read
    for n, unit in enumerate(units):
        decisions = found[n]
        reasoned = reasons[n] or explains(n + 1)
        if n + 2 < len(units) and labelled_decision(doc, unit):
            reasoned = reasoned or explains(n + 2)
        if not reasoned and found[n] and decision_heading(doc, unit):
            # The section under the heading records the decision: its reason is read there,
            # in a line that gives one ("I am closing the enquiry because ..."), and a list
            # under "Agreed" holds the decisions, each judged on its own line.
            below = range(n + 1, min(n + 1 + HEADING_REASON_REACH, len(units)))
            reasoned = list_follows(doc, unit) or any(
                opens_with_reason(doc, units[m]) or reasons[m] for m in below
            )
        if not reasoned and found[n] and titled_section(doc, unit):
            # "Changes agreed" over a list: the section below holds the decisions, and a
            # reason or the person's wish anywhere in it answers the heading; so does a
            # line of its list that makes a decision of its own ("Support agreed" over
            # "- Sitting service not agreed."), which is judged there, on its line.
            reasoned = any(
                reasons[m] or wish_in(doc, units[m]) for m in range(n + 1, len(units))
            ) or any(found[m] for m in _list_under(doc, units, n))
        bare = [
            Decision(h, p)
            for h, p in decisions
            if not purpose_given(h, p)
            and not reason_around(doc, unit, h)
            and not wishes_weighed(doc, unit, h)
            and not contingency_after(doc, unit, h, holds_off(h, p))
            and not items_each_noted(doc, unit, h)
            and not use_planned(doc, unit, h)
        ]
        first = bare[0] if bare else None
        agreement = (
            first is not None
            and not negated(first[0], first[1])
            and (
                first[0].lemma_.lower() == "agree"
                or (refers_back(doc, unit) and not closes(first[0]))
            )
        )  # "Family want it extended. Not extended.": a refusal is not agreeing to it; nor
        # is "Case closed." after "She wants to be left alone" agreeing to her wish
        if first is not None and not reasoned and evidence_follows_request(doc, units, n, found):
            reasoned = True
        if first is not None and not reasoned and assent_to_a_wish(doc, unit, first[0]):
            reasoned = True  # "She asked that staff were not present, and I agreed."
        if first is not None and not reasoned and n > 0:
            previous = verdicts[n - 1]
            if opens_with_consequence(doc, unit):
                # "Therefore we will not provide services": the reason is the sentence
                # before, so it counts only if that sentence is not a bare decision itself.
                reasoned = not previous.unreasoned
            elif agreement:
                # "Jasmine asked for a sign on her door. Agreed.": her request is the reason.
                reasoned = previous.reason_here or previous.wish_here
                if not reasoned and n > 1 and _continues_a_sentence(doc, units[n - 1]):
                    # The request was cut in two ("He asked that all contact is by email as
                    # calls "make me panic | and I say yes to everything". Agreed."): its
                    # first part holds the request.
                    reasoned = verdicts[n - 2].reason_here or verdicts[n - 2].wish_here
            elif previous.wish_here and previous.reason_here and not negated(*first):
                # "Son has asked for the lunch call to be stopped because it is being
                # wasted. Lunch call to be removed from 06/10.": the request just before,
                # with its reason, granted for the same service.
                reasoned = request_granted(doc, units[n - 1], unit, first)
            before = next((m for m in (n - 1, n - 2) if m >= 0 and found[m]), None)
            if not reasoned and closes(first[0]) and before is not None:
                # "Not eligible, as her needs are short term. Case closed.": the closure
                # follows from the decision just before it, and shares its reason.
                reasoned = not verdicts[before].unreasoned
            if (
                not reasoned
                and keeps_as_it_is(first[0])
                and before is not None
                and verdicts[before].decided
                and not new_line_item(doc, units[n - 1], unit)
            ):
                # "Because it is what she wants, we agreed to end the evening visit. The
                # morning and lunch visits stay the same.": what the decision just before,
                # given with its reason, leaves as it is is part of that decision (a line of
                # a list keeps a service for reasons of its own).
                reasoned = not verdicts[before].unreasoned
            if (
                not reasoned
                and keeps_as_it_is(first[0])
                and not found[n - 1]
                and reasons[n - 1]
                and not new_line_item(doc, units[n - 1], unit)
            ):
                # "Our reasons are her stable health and her wish to move. Her aftercare
                # continues and will fund the new flat.": kept as it is on the reasons just
                # given, which belong to no decision of their own.
                reasoned = True
            if not reasoned and closes(first[0]) and not found[n - 1]:
                # "SU has capacity so nothing we can do. NFA.": the closure follows from
                # the reason just given, which belongs to no decision of its own.
                said = [t for t in doc[units[n - 1].start : units[n - 1].end] if not t.is_space]
                reasoned = (
                    reasons[n - 1]
                    or reason_before_so(said, units[n - 1].end)
                    or no_needs_found(said)
                )
            if (
                not reasoned
                and negated(*first)
                and not found[n - 1]
                and not new_line_item(doc, units[n - 1], unit)
            ):
                # "Pendant alarm – Colin not interested. Not pursued.": a step not taken
                # just after the person turned it down, on the same line, has that reason.
                said = [t for t in doc[units[n - 1].start : units[n - 1].end] if not t.is_space]
                reasoned = refused_by_the_person(said)
            if not reasoned and follows_eligibility(first[0]):
                # "Not eligible - her needs are short term. Checklist not needed. Case
                # closed.": the case closes on the eligibility decision reasoned above.
                reasoned = any(v.eligibility for v in verdicts)
            if not reasoned:
                # "No indication of care and support needs. Passed to EH. NFA for ASC.": the
                # note found no needs a few sentences before it closes the case.
                reasoned = no_needs_before(verdicts, n, first)
        if first is not None and not reasoned and ended_by_a_death(first[0]):
            # "Mr Lowe passed away at home. POC cancelled. ... Case closed.": the person's
            # death, told before the decision, is why the case closes and their services end.
            if died is None:
                died = deaths_told(doc, units)
            reasoned = any(i < first[0].i for i in died)
        unit_topics = topics(doc, unit, decisions if first is None or reasoned else [first])
        if first is not None and not reasoned and n > 0:
            # "Lunch call to be removed, as per family request. ... Lunch call removed from
            # 02/02.": the decision restated, reasoned where it was first made. A refusal
            # restates only a refusal: "Emergency respite at Willowmead: APPROVED ..." does
            # not answer "Request for staff to visit her at Willowmead: NOT APPROVED".
            refused = negated(*first)
            reasoned = any(
                unit_topics & v.topics
                for v in verdicts
                if not v.unreasoned and v.refusal == refused
            )
        if first is not None and not reasoned and n > 0:
            # "I said I would cancel the care visits from today, and she agreed, because the
            # carers were due at noon. ... I have cancelled the care visits": the change told
            # earlier in the paragraph with its reason, though not read as a decision there
            # (as ``_restated_decisions`` reads one told in an earlier paragraph).
            reasoned = _told_before_with_its_reason(doc, units, reasons, n, unit_topics, first)
        verdicts.append(
            Verdict(
                unit=unit,
                decision=first[1].text if first is not None else None,
                agreement=agreement,
                reason_here=reasons[n],
                wish_here=wish_in(doc, unit),
                unreasoned=first is not None and not reasoned,
                decided=bool(decisions),
                closure=first is not None and closes(first[0]),
                eligibility=eligibility_reasoned(doc, unit, bool(decisions), first, reasoned),
                after_eligibility=first is not None and follows_eligibility(first[0]),
                topics=unit_topics,
                no_needs=no_needs_shown([t for t in doc[unit.start : unit.end] if not t.is_space]),
                refusal=first is not None and negated(*first),
                ending=first is not None and not reasoned and ended_by_a_death(first[0]),
            )
        )
        if first is not None and not reasoned and kept_on_a_list_line(doc, unit, first):
            kept_in_list.append(n)
    return _kept_beside_reasoned_lines(doc, units, verdicts, kept_in_list, reasons)


def _told_before_with_its_reason(
    doc: Doc,
    units: list[Unit],
    reasons: list[bool],
    n: int,
    decided: frozenset[str],
    decision: Decision,
) -> bool:
    """A sentence before unit ``n`` gives its own reason and tells of the same change, the
    same way round: a refusal is answered only by a refusal, a grant by a grant. A sentence
    that tells of it both ways ("I said we would not cancel the visits", read through its
    "said" as well as its "cancel") answers neither."""
    refused = negated(*decision)
    wanted = {with_polarity(t, refused) for t in decided}
    other_way = {with_polarity(t, not refused) for t in decided}
    for m in range(n):
        if not reasons[m]:
            continue
        told = explained_topics(doc, units[m])
        if wanted & told and not other_way & told:
            return True
    return False


def _kept_beside_reasoned_lines(
    doc: Doc, units: list[Unit], verdicts: list[Verdict], kept: list[int], reasons: list[bool]
) -> list[Verdict]:
    """'What we agreed' over "- Night care from Monday, as you asked." and "- Your afternoon
    care will continue.": in a list setting out what was agreed, a line keeping a service
    as it is says what the reasoned changes beside it leave alone, as a full sentence after
    a reasoned decision does (see ``keeps_as_it_is``). It needs another line of the same
    list to give a reason or the person's wish; a list of bare decisions still wants one."""
    for n in kept:
        given = any(
            m != n
            and on_a_list_line(doc, units[m])
            and not _lines_apart(doc, units[m], units[n])
            and (reasons[m] or wish_in(doc, units[m]))
            for m in range(len(units))
        )
        if given:
            verdicts[n] = replace(verdicts[n], unreasoned=False)
    return verdicts


def _list_under(doc: Doc, units: list[Unit], n: int) -> range:
    """The units of the list that opens on the line after unit ``n``'s, up to the first
    unit that is not on a list line."""
    end = n + 1
    while (
        end < len(units)
        and on_a_list_line(doc, units[end])
        and not _lines_apart(doc, units[end - 1], units[end])
    ):
        end += 1
    return range(n + 1, end)


def _lines_apart(doc: Doc, one: Unit, other: Unit) -> bool:
    """A blank line lies between the two units: they are not in the same list."""
    first, second = (one, other) if one.start < other.start else (other, one)
    gap = doc_text(doc)[doc[first.end - 1].idx : doc[second.start].idx]
    return "\n\n" in gap.replace(" ", "").replace("\t", "")


def _continues_a_sentence(doc: Doc, unit: Unit) -> bool:
    """The unit is the second part of a sentence cut in two: it opens in lower case, with
    no decision of its own to hold apart."""
    first = next((t for t in doc[unit.start : unit.end] if not t.is_space), None)
    return first is not None and first.is_alpha and first.text[:1].islower()


# How many sentences back a finding is read as the evidence for closing.
FINDING_REACH = 5


def no_needs_before(verdicts: list[Verdict], n: int, first: Decision) -> bool:
    """Sentence ``n`` closes the case after an earlier sentence of the paragraph found no
    needs for the service to meet ("No indication of care and support needs. Passed to EH
    for pest/waste. NFA for ASC."): the finding is the evidence for closing. It must be the
    last thing the note settled: an unreasoned decision between them breaks the chain ("No
    care needs. Calls reduced. Case closed." wants the reduction's reason). Finding the needs
    met is no evidence for closing, nor for keeping the service as it is: the records ask for
    the reason even then ("Needs being met. Placement to continue.")."""
    if not closes(first[0]):
        return False
    return no_needs_at_end(verdicts[max(0, n - FINDING_REACH) : n])


def no_needs_at_end(verdicts: list[Verdict]) -> bool:
    """One of ``verdicts`` finds no needs, and no unreasoned decision follows it."""
    for verdict in reversed(verdicts):
        if verdict.unreasoned:
            return False
        if verdict.no_needs:
            return True
    return False
