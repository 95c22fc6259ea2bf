"""Readings from the dates the field reader found, counting days from one of them.

A lone heading date that is the writing, with the contact a weekday the note names under it
or a day the body counts back to ("Ten days ago (22/06)"), and a single contact with the
writing counted in days after it ("typed up six days later") or named by its weekday
("(typed Friday)"). Each takes the field reader's dates
(:class:`recordlint.dates.leads.Dated`), not the text's alone, which sets them apart from
``readings`` and ``contacts``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from recordlint.dates.contacts import weekday_before
from recordlint.dates.labels import label_patterns
from recordlint.dates.leads import Dated
from recordlint.dates.lines import end_of_line, in_quotes, line_span, start_of_line
from recordlint.dates.patterns import COUNTS, LONE_WEEKDAY, SENTENCE_BREAK, SEPARATORS, TODAY
from recordlint.dates.result import (
    RecordDates,
    dates_read,
    day_of,
    reason_beside,
    reason_in_a_sentence,
)
from recordlint.dates.shapes import WEEKDAYS, DateMatch, find_dates


def heading_a_weekdays_note(
    text: str, dated: list[Dated], reference_year: int | None
) -> RecordDates | None:
    """A note whose one date heads it, with no label, and whose heading line or the line
    under it says the note records a contact on a weekday ("Thursday 12/11/26" then "Note
    of home visit on Monday", "12/11/26 - record of call on Monday"): the heading date
    is the writing, and the contact the last such weekday before it. Nothing when the note
    has another date, names another weekday on its own or speaks of today or yesterday, or
    the weekday is the heading's own."""
    if len(dated) != 1 or TODAY.search(text):
        return None
    heading = dated[0]
    if heading.labelled or not heading.in_header or heading.kind != "contact":
        return None
    at = heading.match
    line_end = end_of_line(text, at.end)
    if text[start_of_line(text, at.start) : at.start].strip():
        return None  # words before the date may name what it is the date of
    said = label_patterns().note_of_a_weekday.match(text[at.end : line_end])
    if said is None and line_end < len(text):
        said = label_patterns().note_of_a_weekday.match(
            text[line_end + 1 : end_of_line(text, line_end + 1)]
        )
    if said is None or not at.month:
        return None
    name = said.group("wday").lower()
    if {d.lower() for d in LONE_WEEKDAY.findall(text)} != {name}:
        return None
    resolved = weekday_before(at, name, reference_year)
    if resolved is None:
        return None
    contact, recorded = resolved
    return dates_read(
        text, contact, recorded, contact_at=at.start, recorded_at=at.start, written_end=at.end
    )


def _weekdays_apart(text: str, contact: DateMatch, said: re.Match[str]) -> RecordDates | None:
    """A contact dated by its weekday and day but not its year ("Fri 17th - visit Chloe",
    "Thurs 23/4"), and the writing named by a later weekday ("Writing this up Mon"): the
    days between the two weekdays, the first such weekday on or after the contact, as in
    :func:`recorded_days_later`. The dates themselves are not given, so none are made up.
    Nothing when the contact's weekday is not written, the writing is not a weekday, or
    the note has another date."""
    written = text[contact.start : contact.end]
    leading = re.match(r"(mon|tue|wed|thu|fri|sat|sun)", written, re.I)
    weekday = WEEKDAYS.index(leading.group(1).lower()) if leading else contact.weekday
    if weekday is None or not said.group("later_wday"):
        return None
    if any(match.start != contact.start for match in find_dates(text)):
        return None  # another date, perhaps another contact: which one counts is not said
    later = (WEEKDAYS.index(said.group("later_wday")[:3].lower()) - weekday) % 7
    if later == 0 and said.group("following"):
        later = 7
    return RecordDates(
        contact_span=line_span(text, contact.start),
        recorded_span=line_span(text, said.end()),
        reason=reason_beside(text, said.end()) or reason_in_a_sentence(text),
        days_after=later,
        contact_said=written,
        recorded_said=said.group("later_wday_said"),
    )


# A day the body counts back from the note's own day and dates in brackets after it ("Ten
# days ago (22/06) I went with the nurse", "A week ago today (Tuesday 24th) his landlord
# rang"); "today" there is the note's day, not another contact.
_COUNTED_BACK = re.compile(
    rf"(?<![\w'’])(?P<count>\d{{1,2}}|{'|'.join(COUNTS)})\s+(?P<unit>days?|weeks?)\s+ago"
    r"(?P<today>\s+today)?[ \t]*\((?P<said>[^()\n]{1,30})\)",
    re.I,
)
_AFTER_COUNTED_BACK = 160


def counted_back_from_the_heading(
    text: str, dated: list[Dated], reference_year: int | None
) -> RecordDates | None:
    """A note whose one date heads it, alone on its line and with no label, and whose body
    counts back from it to a contact it dates in brackets ("2 July 2026" then "Ten days ago
    (22/06) I went with the street nurse to see Colin"): the heading date is the writing,
    and the bracketed day the contact, where the count and the bracket agree. Nothing when
    the note has another date, counts back more than once, speaks of today or yesterday
    otherwise, or the sentence is in quotes or tells of another date (an admission, a
    referral) or of no contact (neither the writer nor a contact word)."""
    if len(dated) != 1:
        return None
    heading = dated[0]
    if heading.labelled or not heading.in_header or heading.kind != "contact":
        return None
    at = heading.match
    line = text[start_of_line(text, at.start) : end_of_line(text, at.end)]
    if line.strip(SEPARATORS + ",.") != text[at.start : at.end] or not at.month:
        return None
    said = list(_COUNTED_BACK.finditer(text))
    if len(said) != 1 or TODAY.search(_COUNTED_BACK.sub(" ", text)):
        return None
    found = said[0]
    if len(find_dates(text)) != 2 or found.start() < at.end or in_quotes(text, found.start()):
        return None
    count = COUNTS.get(found.group("count").lower()) or int(found.group("count"))
    count *= 7 if found.group("unit").lower().startswith("week") else 1
    in_brackets = find_dates(found.group("said"))
    if len(in_brackets) != 1 or in_brackets[0].first_day is not None:
        return None
    bracket = in_brackets[0]
    fallback = reference_year if reference_year is not None else date.today().year
    written = at.resolve(at.year if at.year is not None else fallback)
    if written is None:
        return None
    contact = day_of(written) - timedelta(days=count)
    if (
        bracket.day != contact.day
        or (bracket.month and bracket.month != contact.month)
        or (bracket.year is not None and bracket.year != contact.year)
        or (bracket.weekday is not None and bracket.weekday != contact.weekday())
    ):
        return None
    rest = SENTENCE_BREAK.split(text[found.end() : found.end() + _AFTER_COUNTED_BACK])[0]
    labels = label_patterns()
    if labels.other_date.search(rest) or not (
        re.match(r"[\s,]*(?:i|we)\s", rest, re.I) or labels.contact_word.search(rest)
    ):
        return None
    return dates_read(
        text,
        contact,
        written,
        contact_at=found.start(),
        recorded_at=at.start,
        written_end=at.end,
    )


def recorded_days_later(
    text: str, dated: list[Dated], reference_year: int | None
) -> RecordDates | None:
    """The dates of a note that says when it was written by counting from its one contact
    ("Home visit, 8 July 2026, 10am. Written the same day.", "Seen 3/2/26 ... typed up six
    days later") or by naming the weekday after it ("Seen: Tuesday 3 March 2026 (typed
    Friday)", "Mon 2 Mar 26 - ward call ... (written Mon pm)"). Nothing when the note gives
    no contact, or more than one."""
    contacts = [i for i in dated if i.kind == "contact" and (i.labelled or i.in_header)]
    days = {(i.match.year, i.match.month, i.match.day) for i in contacts}
    if len(days) != 1:
        return None  # a log's many contacts: nothing to count from
    said = label_patterns().written_later.search(text)
    if said is None:
        return None
    first = contacts[0].match
    if first.year is None:
        return _weekdays_apart(text, first, said)
    contact = first.resolve(first.year)
    if contact is None:
        return None
    day = contact.date() if isinstance(contact, datetime) else contact
    if said.group("same"):
        later = 0
    elif said.group("next"):
        later = 1
    elif said.group("later_wday"):
        # The first such weekday on or after the contact: the contact's own weekday is the
        # same day (a week later would have been dated), unless "following" says after it.
        later = (WEEKDAYS.index(said.group("later_wday").lower()) - day.weekday()) % 7
        if later == 0 and said.group("following"):
            later = 7
    else:
        later = COUNTS.get(said.group("count").lower()) or int(said.group("count"))
        later *= 7 if said.group("unit").lower().startswith("week") else 1
    return dates_read(
        text,
        contact,
        day + timedelta(days=later),
        contact_at=first.start,
        recorded_at=said.end(),
        written_end=said.end(),
    )
