"""Reading a unit's decisions (:func:`decisions_in`): each decision word that counts, with
the phrase it makes the decision in, as a :class:`Decision`.

The tests each word must pass are the modules before it: ``exceptions``, ``doers``,
``deciding``, ``settled``, ``others`` (a decision that is someone else's) and ``undecided``
(a word that decides nothing here); this module weighs them in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from recordlint.doc_access import doc_text
from recordlint.rules.rationale.bare_notes import held_on_hold
from recordlint.rules.rationale.deciding import (
    agreeing_a_time,
    agreeing_on_a_step,
    agreeing_to_a_contact,
    agreeing_with_a_view,
    aside_by_someone_else,
    change_to_no_service,
    funded_from,
    level_reported,
    task_given,
    wanted_or_able,
)
from recordlint.rules.rationale.doers import someone_elses
from recordlint.rules.rationale.exceptions import (
    adjective_as_label,
    discharge_from_hospital,
    head_of,
    hypothetical,
    is_question,
    noun_as_topic,
    outcome_not_promised,
    purpose_or_request,
    starts_with_wh,
    still_to_decide,
    told_in_the_passive,
)
from recordlint.rules.rationale.headings import (
    heading,
    heading_over_a_section,
    section_heading,
    title_line,
)
from recordlint.rules.rationale.line_words import (
    a_contact_finished,
    a_place_shut,
    closing_instruction,
    coming_about,
    finding_reported,
    movement_observed,
    not_a_verb_of_deciding,
    part_of_a_name,
)
from recordlint.rules.rationale.lines import (
    another_body_reports,
    asked_under_a_label,
    form_field,
    matter_to_decide,
)
from recordlint.rules.rationale.notes import (
    note_style_decisions,
    refusals_told,
    service_changes,
    step_ruled_out,
    support_agreed,
)
from recordlint.rules.rationale.others import (
    approval_asked_for,
    approval_credited,
    chooses_without_a_subject,
    funded_elsewhere,
    helped_to_decide,
    in_reported_words,
    medicine_changed,
    mood_of_a_person,
    nothing_changed,
    person_opens_the_clause,
)
from recordlint.rules.rationale.settled import (
    arranging_a_step,
    closed_on_a_system,
    declined_by_the_person,
    history,
    introduces_a_list,
    names_a_topic,
    names_what,
    no_fixed_abode,
    obligation,
    planned_end,
)
from recordlint.rules.rationale.undecided import (
    aside_in_brackets,
    cause_ruled_out,
    decision_still_wanted,
    how_it_works,
    infinitive_taken_for_a_noun,
    nothing_decided,
    open_question,
    opening_verb_misread,
    points_at_a_decision,
    reasons_announced,
    step_in_a_sequence,
    what_a_thing_does,
    what_an_item_is_for,
)
from recordlint.rules.rationale.units import Unit, find_terms
from recordlint.rules.rationale.verdicts import (
    eligibility_found,
    negated_verdicts,
    not_for_us,
    priority_set,
    service_withheld,
)
from recordlint.segments import stamp_end
from recordlint.subjects import is_attributed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _after_the_stamp(doc: Doc, unit: Unit) -> Span:
    """The unit's words after a log entry's stamp ("11:15 Bed not offered.", "05/03/25 14:12
    – Refer to victim care."): a line read from its first word after the time, as the note
    shapes read a line's opening."""
    first = doc[unit.start]
    end = stamp_end(doc_text(doc), first.idx)
    if end == first.idx:
        return doc[unit.start : unit.end]
    start = next((t.i for t in doc[unit.start : unit.end] if t.idx >= end), None)
    if start is None:
        return doc[unit.start : unit.end]
    return doc[start : unit.end]


class Decision(NamedTuple):
    """A decision in a unit: the word that makes it, and the phrase it makes it in."""

    head: Token
    phrase: Span


def decisions_in(doc: Doc, unit: Unit, in_quote: Any) -> list[Decision]:
    """The decisions in ``unit`` that the writer or the service makes: for each, the word
    the sentence hangs it from and the matched phrase."""
    span = _after_the_stamp(doc, unit)
    # Most sentences hold no decision word at all; the shape checks below matter only when
    # one does, so the words are looked for first.
    priorities = set(priority_set(span))
    held = held_on_hold(span)
    holds = {(held.i, held.i + 1)} if held is not None else set()  # "hold" is a noun there
    agreed = set(support_agreed(span))  # "Agreed 2x daily calls": "Agreed" read as a name
    note_style = {
        *agreed,
        *note_style_decisions(span),
        *service_changes(span),
        *refusals_told(span),
        *step_ruled_out(span),
        *negated_verdicts(span),
        *not_for_us(span),
        *service_withheld(span),
        *eligibility_found(span),
        *priorities,
    }
    candidates = sorted({*find_terms(span, "decision"), *note_style})
    if not candidates:
        return []
    if (
        is_question(span)
        or introduces_a_list(span)
        or starts_with_wh(span)
        or names_a_topic(span)
        or form_field(span)
        or matter_to_decide(span)
        or heading(span)
        or section_heading(span)
        or title_line(span)
        or heading_over_a_section(span)
        or another_body_reports(span)
        or asked_under_a_label(span)
    ):
        return []
    found: list[Decision] = []
    for start, end in candidates:
        head = head_of(doc, start, end)
        if in_quote(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        if any(h.i == head.i for h, _ in found):
            continue
        if (
            part_of_a_name(head, span)
            or not_a_verb_of_deciding(head)
            or finding_reported(head)
            or movement_observed(head, span)
            or a_place_shut(head)
            or coming_about(head)
            or a_contact_finished(head)
            or hypothetical(head)
            or still_to_decide(head)
            or outcome_not_promised(head)
            or (
                adjective_as_label(head)
                and (start, end) not in agreed
                and not opening_verb_misread(head, span)
                and not closing_instruction(head)
            )
            or (
                noun_as_topic(head)
                and (start, end) not in priorities  # the level set is the decision
                and (start, end) not in holds
                and (start, end) not in agreed
                and not infinitive_taken_for_a_noun(head, note_style)
                and not opening_verb_misread(head, span)
            )
            or ((start, end) not in note_style and purpose_or_request(head))
            or (
                (is_attributed(head) and not told_in_the_passive(head))
                if (start, end) in note_style
                else someone_elses(head, range(start, end))
            )
            or discharge_from_hospital(head, span)
            or agreeing_with_a_view(head)
            or arranging_a_step(head)
            or history(head)
            or names_what(head)
            or obligation(head)
            or declined_by_the_person(head, span)
            or closed_on_a_system(head)
            or no_fixed_abode(head)
            or planned_end(head)
            or agreeing_on_a_step(head)
            or agreeing_a_time(head)
            or agreeing_to_a_contact(head)
            or task_given(head, span)
            or wanted_or_able(head)
            or level_reported(head)
            or change_to_no_service(head)
            or funded_from(head)
            or aside_by_someone_else(head)
            or nothing_changed(head)
            or approval_credited(head)
            or open_question(head)
            or reasons_announced(head)
            or how_it_works(head)
            or step_in_a_sequence(head)
            or what_a_thing_does(head)
            or what_an_item_is_for(head)
            or points_at_a_decision(head)
            or person_opens_the_clause(head)
            or chooses_without_a_subject(head)
            or medicine_changed(head)
            or funded_elsewhere(head)
            or nothing_decided(head)
            or decision_still_wanted(head)
            or aside_in_brackets(head, span)
            or helped_to_decide(head)
            or mood_of_a_person(head)
            or in_reported_words(head, span)
            or cause_ruled_out(head)
            or approval_asked_for(head)
        ):
            continue
        found.append(Decision(head, doc[start:end]))
    return found
