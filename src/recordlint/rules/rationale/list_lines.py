"""Lines of a list and what a list says of them: aims listed under a heading of aims,
requests listed under a line that asks for them, a unit that opens a line of its own, a
list line that keeps a service as it is, and a line's text trimmed of its bullet.

These read where a unit stands among the record's lines, not what the decision in it
carries; the verdicts (:mod:`recordlint.rules.rationale.judge`) ask them unit by unit, and
the findings trim a line with :func:`trimmed`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.rules.rationale.decision_heads import keeps_as_it_is
from recordlint.rules.rationale.decisions import Decision
from recordlint.rules.rationale.syntax import line_heading, words
from recordlint.rules.rationale.units import Unit, find_terms
from recordlint.rules.rationale.words import AIM_WORDS
from recordlint.segments import BULLET_GLYPHS, LIST_MARKER
from recordlint.text import line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def aims_listed(doc: Doc, units: list[Unit]) -> Iterator[int]:
    """The lines under a heading of aims ("Outcomes:", "My goals") that each name an aim
    ("To increase independence with ADLs.", "Reduce social isolation."): what the plan
    works towards, not a decision about the person's support."""
    under_aims = False
    for n, unit in enumerate(units):
        span = doc[unit.start : unit.end]
        if line_heading(span):
            under_aims = _names_aims(span)
        elif n == 0 or not new_line_item(doc, units[n - 1], unit):
            under_aims = False  # prose after the list
        elif under_aims and _an_aim(span):
            yield n


def requests_listed(doc: Doc, units: list[Unit]) -> Iterator[int]:
    """The lines of a list under a line that asks or wishes for them and closes on a colon
    ("Samira would like:" / "2. Advocacy support to continue."; "I am asking you to:" /
    "1. Make and record a best interests decision."): each line is something asked of the
    service, a decision wanted, not one made. The asking is now, in the text's own voice; a
    request told in the past ("I asked the provider to:") may list what was then done."""
    under_request = False
    for n, unit in enumerate(units):
        span = doc[unit.start : unit.end]
        if n > 0 and under_request and on_a_list_line(doc, unit):
            yield n
            continue
        under_request = _asks_for_a_list(span)


def _asks_for_a_list(span: Span) -> bool:
    """A line that closes on a colon and asks or wishes now: "Samira would like:"."""
    said = [t for t in span if not t.is_space]
    if not said or said[-1].text != ":" or not line_heading(span):
        return False
    return any(
        span.doc[start].tag_ not in {"VBD", "VBN"} for start, _ in find_terms(span, "asking")
    )


def _names_aims(span: Span) -> bool:
    """A heading of what a plan aims at: "Outcomes", "My goals", "What I want to achieve"."""
    return any(t.lower_ == "outcomes" or t.lemma_.lower() in AIM_WORDS for t in span if t.is_alpha)


def _an_aim(span: Span) -> bool:
    """A line naming an aim as an infinitive or a bare verb: "To be safe.", "Reduce risk."."""
    alpha_tokens = [t for t in span if t.is_alpha]
    if not alpha_tokens:
        return False
    marker = words(span[: alpha_tokens[0].i - span.start])
    if any(not (t.is_punct or t.like_num) for t in marker):
        return False  # the line opens with something other than its list marker
    if len(alpha_tokens) > 1 and alpha_tokens[0].lower_ == "to" and alpha_tokens[1].tag_ == "VB":
        return True
    return alpha_tokens[0].tag_ == "VB"


def new_line_item(doc: Doc, before: Unit, unit: Unit) -> bool:
    """``unit`` opens a line of its own after a finished line or as a list item, rather
    than continuing a hard-wrapped sentence."""
    start = doc[unit.start].idx
    text = doc_text(doc)
    opening = line_start(text, start)
    if opening == 0 or text[opening:start].strip(BULLET_GLYPHS + " \t()0123456789."):
        return False
    last = doc[before.end - 1]
    return LIST_MARKER.match(text, opening) is not None or last.text in {".", "!", "?"}


def on_a_list_line(doc: Doc, unit: Unit) -> bool:
    """The line ``unit`` starts on opens with a list marker: the unit is a list item, or a
    sentence after the first on one ("- Starts on Monday. Mornings stay the same.")."""
    text = doc_text(doc)
    return LIST_MARKER.match(text, line_start(text, doc[unit.start].idx)) is not None


def kept_on_a_list_line(doc: Doc, unit: Unit, decision: Decision) -> bool:
    """'- Your afternoon care will continue.', '- No change to her medicines for now.': a
    line of a list that keeps a service as it is, in a full sentence or a note's "no
    change to"."""
    head, phrase = decision
    if not on_a_list_line(doc, unit):
        return False
    said = [t.lower_ for t in phrase if t.is_alpha]
    return keeps_as_it_is(head) or said[:2] == ["no", "change"]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    start += lead
    bullet = LIST_MARKER.match(text[start:end])
    if bullet:
        start += bullet.end()
    return start, start + len(text[start:end].rstrip())
