"""What a date in a note is labelled: the words before it on its line, and a field's label.

A date's label is the clause before it (its field's, where a header line holds several), a
label on the line above it or one shortened with a full stop ("Rec. 29-04-26"). This module
finds that label and says what a whole label makes a date (:func:`field_kind`), and whether
a date opens a log entry or starts a period; what each date is, read from these, is
``classify``'s. It stands apart as the part of the field reader that the readings of whole
headers use too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recordlint.dates.labels import label_patterns
from recordlint.dates.lines import start_of_line
from recordlint.dates.patterns import (
    ASIDE,
    CLAUSE_BREAK,
    FIELD_BREAK,
    MAX_LABEL_CHARS,
    RANGE_AFTER,
    SEPARATORS,
)
from recordlint.dates.shapes import DateMatch, find_dates


@dataclass(frozen=True, slots=True)
class Dated:
    """A date in the text and what its label makes it."""

    match: DateMatch
    # "contact", "recorded", "receipt" and "completion" (see fields._stand_ins), "about"
    # (the day a note is about, see fields._heading_the_writing) or "named" (a field's date
    # named after an event the labels do not know, see fields._named_dates)
    kind: str
    labelled: bool  # False: a heading or log-entry date taken as the contact
    in_header: bool


def opens_entry(text: str, match: DateMatch) -> bool:
    """Whether the date opens its line and either the words after it say what the contact
    was ("05/03/26 - HV to Mr Ash") or it carries the time of a call in a care provider's
    or duty log ("Mon 09/02 08:00 - In bed, pad changed")."""
    if text[start_of_line(text, match.start) : match.start].strip(SEPARATORS):
        return False
    if match.clock is not None:
        return True
    after = CLAUSE_BREAK.split(text[match.end : match.end + 80])[0]
    return label_patterns().contact_after.match(after) is not None


@dataclass(frozen=True, slots=True)
class _Lead:
    """The words before a date on its line."""

    clause: str  # the clause just before the date, where a label would be
    text: str  # everything since the previous date on the line
    label_leads: bool  # the clause opens its line, or the line opens with a dated entry


def lead_before(text: str, start: int, floor: int) -> _Lead | None:
    line_start = start_of_line(text, start)
    lead = text[max(line_start, floor) : start]
    if len(lead) > 200:
        return None
    by_fields = label_patterns().recorded_by_fields.match(text, line_start, start)
    if by_fields is not None and floor <= line_start:
        # "Recorded by: Helen Marsh, Senior Social Worker, 2 April 2026": the label and its
        # writer open the line, their role and team between them and the date.
        return _Lead(by_fields.group("label").strip(), lead, label_leads=True)
    clause = last_field(CLAUSE_BREAK.split(ASIDE.sub("", lead))[-1])
    if not clause and lead.rstrip().endswith("("):
        # The date in brackets after its label ("writing up Monday's visit (30/11)"): the
        # label is the clause before the bracket, read only where a header may hold it.
        clause = last_field(CLAUSE_BREAK.split(lead.rstrip()[:-1])[-1])
        return _Lead(clause, lead, label_leads=False)
    if not clause and lead.rstrip().endswith(","):
        # The date set after its label by a comma ("Phone call with Mrs Ash, 26/11/2026"),
        # perhaps with a bracketed aside before the comma ("Phone call from Jane Feltham
        # (Dorothy's daughter), 10/02/2026"): read, as in brackets, only where a header may
        # hold it.
        clause = last_field(CLAUSE_BREAK.split(ASIDE.sub("", lead.rstrip()[:-1]))[-1])
        return _Lead(clause, lead, label_leads=False)
    if not clause and floor < line_start and line_start > 0:
        # A label on a line of its own, the date under it ("Recorded:" then "06/03/26").
        previous_start = start_of_line(text, line_start - 1)
        previous = text[max(previous_start, floor) : line_start].strip()
        if previous.endswith(":") and len(previous) <= MAX_LABEL_CHARS:
            clause = CLAUSE_BREAK.split(previous)[-1].strip(SEPARATORS)
            return _Lead(clause, lead, label_leads=clause == previous.strip(SEPARATORS))
    on_line = text[line_start:start].rstrip(SEPARATORS)
    shortened = _SHORTENED_LABEL.search(lead)
    if not clause and shortened is not None:
        # A label shortened with a full stop ("Rec. 29-04-26", "rec. 23.10.26"): the stop
        # ends no sentence where the word before it is a label of its own.
        unstopped = lead[: shortened.start()] + shortened.group("word")
        label = last_field(CLAUSE_BREAK.split(ASIDE.sub("", unstopped))[-1])
        if field_kind(label) is not None:
            clause, on_line = label, on_line[: on_line.rfind(".")]
    # A bracket before the label still leaves it opening its line ("(note typed 19/2/26)"),
    # and so does an apology ("Sorry, writing this up on Monday 27/4").
    before_clause = on_line[: len(on_line) - len(clause)].strip(SEPARATORS + "([,")
    leads = (
        not before_clause
        or label_patterns().apology.fullmatch(before_clause) is not None
        or _opens_with_date(on_line)
        or _opens_with_label(on_line)
    )
    return _Lead(clause, lead, label_leads=leads)


# A short word and a full stop just before a date: perhaps a label shortened ("Rec.").
_SHORTENED_LABEL = re.compile(r"(?<![\w.])(?P<word>[A-Za-z]{2,5})\.[ \t:]*$")


def last_field(clause: str) -> str:
    """The last field of a clause with words in it: "by video call   Written up" gives
    "Written up"; "OT Visit - " keeps "OT Visit"."""
    for field in reversed(FIELD_BREAK.split(clause)):
        # A slash between fields is a separator too ("Contact 2.3.26 / Recorded 6.3.26").
        if field.strip(SEPARATORS + "/"):
            return field.strip(SEPARATORS + "/")
    return ""


def _opens_with_date(line: str) -> bool:
    stripped = line.lstrip(SEPARATORS)
    found = find_dates(stripped[:40])
    return bool(found) and found[0].start == 0


def _opens_with_label(line: str) -> bool:
    """Whether the line opens with a labelled date ("Visit 09/02/26. Written 10/02/26")."""
    found = find_dates(line[: MAX_LABEL_CHARS + 40])
    if not found:
        return False
    opening = line[: found[0].start].strip(SEPARATORS)
    labels = label_patterns()
    return any(
        (labelled := pattern.fullmatch(opening)) is not None and labelled.group("before") is None
        for pattern in (labels.contact, labels.recorded, labels.recorded_field)
    )


def starts_a_period(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` is followed by "- <date>" or "to <date>"."""
    connector = RANGE_AFTER.match(text, end)
    if connector is None:
        return False
    following = find_dates(text[connector.end() : connector.end() + 40])
    return bool(following) and following[0].start == 0


def field_kind(label: str) -> str | None:
    """What a field's whole label says its date is: the contact, the writing, or neither."""
    label = label.strip(SEPARATORS + "/.,;()[]")
    if not label or len(label) > MAX_LABEL_CHARS:
        return None
    labels = label_patterns()
    kinds = {
        kind
        for kind, pattern in (
            ("recorded", labels.recorded),
            ("recorded", labels.recorded_field),
            ("contact", labels.contact),
        )
        if (read := pattern.fullmatch(label)) is not None and read.group("before") is None
    }
    return kinds.pop() if len(kinds) == 1 else None
