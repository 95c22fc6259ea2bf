"""Readings of whole headers and sentences, for what the field reader leaves open.

Each is tried only where the labelled fields did not give both dates (see
:func:`recordlint.dates.record.find_record_dates`): two dates as fields of one header line,
a record typed up from dated handwritten notes, an email's sent date, the writer's own
contact dated or put on a weekday in the body, a period of contacts, the writing counted
in days from the contact, and a day counted back from a heading date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from recordlint.dates.fields import Dated, field_kind
from recordlint.dates.labels import label_patterns
from recordlint.dates.lines import (
    end_of_header,
    end_of_line,
    in_quotes,
    sentence_before,
    start_of_line,
)
from recordlint.dates.patterns import (
    COUNTS,
    LONE_WEEKDAY,
    RANGE_AFTER,
    SENTENCE_BREAK,
    SEPARATORS,
    SUBORDINATE,
    TITLE,
    TODAY,
)
from recordlint.dates.result import RecordDates, dates_read, day_of, resolve_pair
from recordlint.dates.shapes import WEEKDAYS, DateMatch, find_dates

# A header field labelled "Note" alone, set apart from what comes before it ("Contact: Mon
# 30th Nov 2026 | Note: Fri 4th Dec 2026", "Contacted 6 Feb - phone. Note 16 Feb.").
_NOTE_FIELD = re.compile(
    r"(?:^|[.;|/,]|[ \t]{2,}|\t|[\-–—(\[][ \t])[ \t]*notes?[ \t]*[:\-–—]?[ \t]*$", re.I
)


def note_field(text: str, contact_at: DateMatch) -> DateMatch | None:
    """The writing as a short two-field header gives it beside a labelled contact: a date in
    the header whose field's label is "Note" alone ("Note: 12 November '26 | re: family
    meeting held 4th Nov"). Never "Case note 12/11/26", a heading; only the first such
    date, and only one that is not the contact's."""
    end = end_of_header(text)
    for match in find_dates(text[:end]):
        if match.start == contact_at.start or match.first_day is not None:
            continue
        if _NOTE_FIELD.search(text[start_of_line(text, match.start) : match.start]):
            return match
    return None


def typed_from_notes(
    text: str, found: dict[str, DateMatch], reference_year: int | None
) -> RecordDates | None:
    """A note typed up from handwritten or paper notes, as its header says: "Original
    handwritten notes dated 27/11/25. Typed by admin 05/12/25.", "Typed by admin (J. Okafor)
    on 16/03/2026 from handwritten notes by R. Bell dated 6/3/26", "Visit sheet date:
    10/3/26". The date the notes carry is the contact (or else the contact the header
    labels), the typing (or else the writing it labels) the writing. Nothing when the
    header names no such notes, or the contact would come after the writing."""
    end = end_of_header(text)
    labels = label_patterns()
    if not labels.source_notes.search(text[:end]):
        return None
    source: DateMatch | None = None
    typed: DateMatch | None = None
    previous = 0
    for match in find_dates(text[:end]):
        lead = text[max(start_of_line(text, match.start), previous) : match.start]
        previous = match.end
        if match.first_day is not None:
            continue
        # Who wrote or typed what ("by admin", "from handwritten notes") is no other date;
        # "Original referral dated" is.
        words = re.sub(r"\b(?:by|from|dated)\b", " ", lead, flags=re.I)
        others = labels.other_date.search(words)
        if source is None and labels.from_notes.search(lead) and not others:
            source = match
        elif typed is None and labels.typed_from.search(lead) and not others:
            typed = match
    if source is None and typed is None:
        return None
    contact_at = source or found.get("contact")
    recorded_at = typed or found.get("recorded")
    if contact_at is None or recorded_at is None or contact_at.start == recorded_at.start:
        return None
    contact, recorded = resolve_pair(contact_at, recorded_at, reference_year)
    if contact is None or recorded is None or day_of(contact) > day_of(recorded):
        return None
    if (day_of(recorded) - day_of(contact)).days > _YEAR_BACK_DAYS:
        return None  # notes from long before are some other document's
    return dates_read(
        text,
        contact,
        recorded,
        contact_at=contact_at.start,
        recorded_at=recorded_at.start,
        written_end=recorded_at.end,
    )


# What sets a header line's fields apart, between two dates: a slash, bar, comma or
# semicolon with space around it, a tab or a wide gap. A date written without separators
# ("CONTACT: 26012026  ENTERED: 05022026") is read only as a labelled field's.
_BETWEEN_FIELDS = re.compile(r"[ \t]*(?:[/|;,][ \t]*|\t[ \t]*| {2,})")
_RUN_OF_DIGITS = re.compile(r"(?<![\w/.\-])([0-3]\d)([01]\d)((?:19|20)\d\d)(?![\w/.\-])")


@dataclass(frozen=True, slots=True)
class _Field:
    """A dated field of a header line: its date and what its label makes it."""

    match: DateMatch
    kind: str | None  # "contact" or "recorded" where a label says so
    label: str  # the label's words, before or after the date


def _line_dates(line: str) -> list[DateMatch]:
    """A header line's dates, with a run of eight digits read as a day, month and year
    where it makes one ("26012026")."""
    found = find_dates(line)
    for digits in _RUN_OF_DIGITS.finditer(line):
        day, month, year = (int(part) for part in digits.groups())
        if any(m.start < digits.end() and digits.start() < m.end for m in found):
            continue
        try:
            date(year, month, day)
        except ValueError:
            continue
        found.append(DateMatch(digits.start(), digits.end(), year, month, day, None))
    return sorted(found, key=lambda m: m.start)


def _header_fields(text: str) -> list[_Field] | None:
    """The header line that holds the note's two dates as two labelled fields, each with its
    label before its date or after it: "24-03-26 contact / 02-04-26 recorded", "27.04.2026
    night / 04.05.2026 entry", "Visit 13.10.26 @ 14.30, rec. 23.10.26", "CONTACT: 26012026
    ENTERED: 05022026". Between two dates, the words before the first break between fields
    are the first date's label, the words after it the second's. The line's fields, where
    one is labelled the writing and the other the contact, or is an earlier day whose label
    names neither; otherwise nothing."""
    end = end_of_header(text)
    offset = 0
    for line in text[:end].splitlines(keepends=True):
        found = _line_dates(line)
        if len(found) == 2 and found[0].first_day is None and found[1].first_day is None:
            first, second = found
            between = line[first.end : second.start]
            split = _BETWEEN_FIELDS.search(between)
            if split is not None:
                fields = [
                    _Field(first, *_read_label(line[: first.start], between[: split.start()])),
                    _Field(second, *_read_label(between[split.end() :], line[second.end :])),
                ]
                kinds = [field.kind for field in fields]
                if sorted(kinds, key=str) == ["contact", "recorded"] or kinds == [None, "recorded"]:
                    return [
                        _Field(replace(f.match, start=f.match.start + offset,
                                       end=f.match.end + offset), f.kind, f.label)
                        for f in fields
                    ]  # fmt: skip
        offset += len(line)
    return None


def _read_label(before: str, after: str) -> tuple[str | None, str]:
    """A field's kind and label: the words before its date, or else those after it."""
    before = before.strip(SEPARATORS + "/.,;([")
    after = _BETWEEN_FIELDS.split(after.strip(" \t\r\n"), maxsplit=1)[0]
    after = re.sub(r"\([^()]*\)", " ", after).strip(SEPARATORS + "/.,;")
    if before:
        return field_kind(before), before
    return field_kind(after), after


def two_fields(text: str, reference_year: int | None) -> RecordDates | None:
    """The note's dates as a header line's two labelled fields give them (see
    _header_fields), where the contact's day is before the writing's; a field whose label
    names neither is the contact only where nothing about it makes it another date."""
    fields = _header_fields(text)
    if fields is None:
        return None
    contact_at, recorded_at = (
        (fields[0], fields[1]) if fields[1].kind == "recorded" else (fields[1], fields[0])
    )
    unlabelled = contact_at.kind is None
    if unlabelled and (
        label_patterns().other_date.search(contact_at.label) or TITLE.search(contact_at.label)
    ):
        return None  # "DOB 02/03/1950 | Entered 04/05/26", "Mr Ash 02/03/1950 ..."
    contact, recorded = resolve_pair(contact_at.match, recorded_at.match, reference_year)
    if contact is None or recorded is None or day_of(contact) > day_of(recorded):
        return None
    if unlabelled and (day_of(recorded) - day_of(contact)).days > _YEAR_BACK_DAYS:
        return None  # an unnamed day long before the writing is some other date
    return dates_read(
        text,
        contact,
        recorded,
        contact_at=contact_at.match.start,
        recorded_at=recorded_at.match.start,
        written_end=recorded_at.match.end,
    )


# An email's header: its address fields, and the field for when it was sent.
_EMAIL_FIELD = re.compile(r"^[ \t>]*(?:from|to|cc|subject)[ \t]*:", re.I | re.M)
_EMAIL_SENT = re.compile(r"^[ \t>]*(?:sent|date)[ \t]*:[ \t]*", re.I | re.M)
_EMAIL_HEADER_LINES = 8


def email_sent(text: str) -> DateMatch | None:
    """When an email was sent, as its header says ("Sent: Tuesday 15 September 2026 16:02",
    "Date: Mon, 11 May 2026 16:02:11 +0100"): the writing of what it records. Only in a
    header of email fields (From, To, Cc, Subject; two at least) among the first lines, and
    only the first such header (a forwarded message's own comes later)."""
    head = "\n".join(text.lstrip().splitlines()[:_EMAIL_HEADER_LINES])
    if len(_EMAIL_FIELD.findall(head)) < 2:
        return None
    sent = _EMAIL_SENT.search(head)
    if sent is None:
        return None
    offset = text.index(head) + sent.end()
    found = find_dates(text[offset : end_of_line(text, offset)])
    if not found or found[0].first_day is not None:
        return None
    match = found[0]
    return replace(match, start=match.start + offset, end=match.end + offset)


def contact_on_a_weekday(
    text: str, recorded_at: DateMatch, reference_year: int | None
) -> RecordDates | None:
    """A note with a recording date and no contact date whose body says the writer's contact
    was on a weekday ("I visited Mrs Ash on Monday", "my visit last Tuesday", "Last Tuesday
    (21st) I met with her"): the last such weekday before the
    writing. Nothing when the note names another weekday on its own, the weekday is the
    recording's own (the same day or a week before), or the note also speaks of today or
    yesterday (the contact may be another)."""
    if TODAY.search(text):
        return None
    said = [
        found
        for pattern in (label_patterns().contact_on_weekday, label_patterns().weekday_then_contact)
        for found in pattern.finditer(text)
        if not in_quotes(text, found.start())
        and not SUBORDINATE.search(sentence_before(text, found.start()))
        and not _named_own_contact_before_another(text, found)
    ]
    days = {found.group("wday").lower() for found in said}
    # Any other weekday the note names on its own may be another contact ("and again on
    # Wednesday"), so the note must name just the one.
    if len(days) != 1 or {d.lower() for d in LONE_WEEKDAY.findall(text)} != days:
        return None
    # "Last Tuesday" written on a Tuesday is a week before; "on Tuesday" may be either.
    last = all(re.search(r"\blast\s+\w+day\b", found.group(0), re.I) for found in said)
    resolved = _weekday_before(recorded_at, said[0].group("wday"), reference_year, last)
    if resolved is None:
        return None
    contact, recorded = resolved
    return dates_read(
        text,
        contact,
        recorded,
        contact_at=said[0].start(),
        recorded_at=recorded_at.start,
        written_end=recorded_at.end,
    )


# Words before a contact named as the writer's own ("my visit") that make the note's own
# contact a later one: "Following my visit on Monday, her son rang".
_AFTERWARDS = re.compile(r"\b(?:following|further\s+to|after|since)\b", re.I)


def _named_own_contact_before_another(text: str, found: re.Match[str]) -> bool:
    said = found.group(0).lstrip()
    if not re.match(r"(?:my|our)\b", said, re.I):
        return False
    return _AFTERWARDS.search(sentence_before(text, found.start())) is not None


# A body's day given without its year is read in the year before the writing only when the
# two fall either side of a new year ("on 30 December", written 4 January).
_YEAR_BACK_DAYS = 120


def contact_dated_in_the_body(
    text: str, recorded_at: DateMatch, reference_year: int | None
) -> RecordDates | None:
    """A note with a recording date and no contact date whose body dates the writer's own
    contact ("Spoke to Ms Tally on 11/03 by phone", "I visited Mrs Opie on the afternoon of 4
    December 2025", "I saw Colin on Friday 6th"): that date. Nothing when the body dates
    more than one such contact, the contact is in quotes or part of what another did or
    said, the note speaks of today or yesterday, or the date falls after the writing (a
    plan, not the contact)."""
    if TODAY.search(text):
        return None
    said: list[tuple[int, DateMatch]] = []
    labels = label_patterns()
    for found in (
        *labels.contact_on_a_date.finditer(text),
        *labels.date_then_contact.finditer(text),
    ):
        before = sentence_before(text, found.start())
        # A sentence may open with the writer's contact as its time ("When I rang the home
        # on Thursday 10th they said ..."); any other subordinate word makes it another's.
        opening = re.sub(r"^\W*when\s*$", "", before, flags=re.I)
        if (
            in_quotes(text, found.start())
            or SUBORDINATE.search(opening)
            or _named_own_contact_before_another(text, found)
            # "I met Mrs Ash born on ...", "the referral received on ...": another date. A
            # deadline's "by" goes straight before its date, so "by phone on" is the contact.
            or label_patterns().other_date.search(
                re.sub(r"\bby\b", " ", found.group(0), flags=re.I)
            )
        ):
            continue
        dates_there = find_dates(text[found.end() : found.end() + 40])
        if dates_there and dates_there[0].start == 0 and dates_there[0].first_day is None:
            said.append((found.start(), dates_there[0]))
    days = {(match.year, match.month, match.day) for _, match in said}
    if len(days) != 1:
        return None
    start, match = min(said, key=lambda item: item[0])
    contact, recorded = resolve_pair(match, recorded_at, reference_year)
    if contact is None or recorded is None or day_of(contact) > day_of(recorded):
        return None
    if match.year is None and (day_of(recorded) - day_of(contact)).days > _YEAR_BACK_DAYS:
        return None  # a day without its year, put a year back: a plan after the writing
    return dates_read(
        text,
        contact,
        recorded,
        contact_at=start,
        recorded_at=recorded_at.start,
        written_end=recorded_at.end,
    )


_WEEK_DAYS = 7


def contacts_over_days(
    text: str, recorded_at: DateMatch, reference_year: int | None
) -> RecordDates | None:
    """A note with a recording date and no contact date whose header opens with the days its
    contacts were on: a week named by its first day ("Week commencing 11/05/26 - outreach
    notes (written up Fri 22/05/26)") or a contact word's period ("Contact period:
    12/10/2026 - 14/10/2026"). The last of those days stands for the contacts: a note
    written more than 48 hours after even that day is late, whichever day a contact was.
    Nothing when the period is not the first date of the header, its label does not open
    its line, or its last day is not before the writing (which contact came after the
    writing is not said)."""
    end = end_of_header(text)
    found = [match for match in find_dates(text[:end]) if match.start != recorded_at.start]
    if not found or found[0].first_day is not None or not found[0].month:
        return None
    first = found[0]
    lead = text[start_of_line(text, first.start) : first.start].strip(SEPARATORS)
    said = label_patterns().contacts_over.fullmatch(lead)
    if said is None:
        return None
    if said.group("week"):
        last = first
        days_on = _WEEK_DAYS - 1
    else:
        connector = RANGE_AFTER.match(text, first.end)
        if connector is None or len(found) < 2 or found[1].start != connector.end():
            return None
        last, days_on = found[1], 0
    if not last.month:
        return None
    contact, recorded = resolve_pair(last, recorded_at, reference_year)
    if contact is None or recorded is None:
        return None
    contact = day_of(contact) + timedelta(days=days_on)
    if contact >= day_of(recorded):
        return None
    return dates_read(
        text,
        contact,
        recorded,
        contact_at=first.start,
        recorded_at=recorded_at.start,
        written_end=recorded_at.end,
    )


def _weekday_before(
    written: DateMatch, weekday: str, reference_year: int | None, last: bool = False
) -> tuple[date, date | datetime] | None:
    """The last such weekday before the writing date, and the writing date resolved; nothing
    when the writing cannot be resolved or falls on that weekday itself (the same day, or a
    week before: which one cannot be told), unless the note said "last" (a week before)."""
    fallback = reference_year if reference_year is not None else date.today().year
    recorded = written.resolve(written.year if written.year is not None else fallback)
    if recorded is None:
        return None
    day = recorded.date() if isinstance(recorded, datetime) else recorded
    back = (day.weekday() - WEEKDAYS.index(weekday[:3].lower())) % 7
    if back == 0 and last:
        back = 7
    if back == 0:
        return None
    return day - timedelta(days=back), recorded


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
    resolved = _weekday_before(at, name, reference_year)
    if resolved is None:
        return None
    contact, recorded = resolved
    return dates_read(
        text, contact, recorded, contact_at=at.start, recorded_at=at.start, written_end=at.end
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
    days later"). Nothing when the note gives no contact, or more than one."""
    contacts = [i for i in dated if i.kind == "contact" and (i.labelled or i.in_header)]
    days = {(i.match.year, i.match.month, i.match.day) for i in contacts}
    if len(days) != 1 or contacts[0].match.year is None:
        return None  # a log's many contacts, or a day without its year: nothing to count from
    said = label_patterns().written_later.search(text)
    if said is None:
        return None
    if said.group("same"):
        later = 0
    elif said.group("next"):
        later = 1
    else:
        later = COUNTS.get(said.group("count").lower()) or int(said.group("count"))
        later *= 7 if said.group("unit").lower().startswith("week") else 1
    first = contacts[0].match
    if first.year is None:
        return None
    contact = first.resolve(first.year)
    if contact is None:
        return None
    day = contact.date() if isinstance(contact, datetime) else contact
    return dates_read(
        text,
        contact,
        day + timedelta(days=later),
        contact_at=first.start,
        recorded_at=said.end(),
        written_end=said.end(),
    )
