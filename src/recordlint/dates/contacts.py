"""Readings of a note with a recording date and no contact date: where its contact was.

The writer's own contact as the body tells it, put on a weekday ("I visited Mrs Ash on
Monday", or a header line's "Review visit: Monday morning") or dated ("Spoke to Ms Tally
on 11/03 by phone"), or the period of contacts the header opens with ("Week commencing
11/05/26"). Each is tried only where the field reader
found the writing and no contact (see :func:`recordlint.dates.record.find_record_dates`);
they stand apart from the header readings in ``readings`` as the ones that start from the
recording date and look for the contact.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from recordlint.dates.labels import label_patterns
from recordlint.dates.leads import last_field
from recordlint.dates.lines import (
    end_of_header,
    end_of_line,
    in_quotes,
    sentence_before,
    start_of_line,
)
from recordlint.dates.patterns import (
    CLAUSE_BREAK,
    LONE_WEEKDAY,
    RANGE_AFTER,
    SENTENCE_BREAK,
    SEPARATORS,
    SUBORDINATE,
    TODAY,
    WEEKDAY_OPENS_LINE,
)
from recordlint.dates.result import (
    YEAR_BACK_DAYS,
    RecordDates,
    dates_read,
    day_of,
    resolve_pair,
)
from recordlint.dates.shapes import WEEKDAYS, DateMatch, find_dates


def contact_on_a_weekday(
    text: str, recorded_at: DateMatch, reference_year: int | None
) -> RecordDates | None:
    """A note with a recording date and no contact date whose body says the writer's contact
    was on a weekday ("I visited Mrs Ash on Monday", "my visit last Tuesday", "Last Tuesday
    (21st) I met with her", "the joint visit with the OT last Monday (18th)"), or whose
    header names it with the weekday and part of the day after a dash or colon ("Review
    visit: Monday morning", "Outreach shift - Saturday night"): the last such weekday
    before the writing, or the one its bracketed day names. Nothing when the
    note names another weekday on its own (the writing date's own weekday beside it aside),
    the weekday is the recording's own (the same day or a week before), or the note also
    speaks of today or yesterday (the contact may be another)."""
    if TODAY.search(text):
        return None
    said = [
        found
        for pattern in (
            label_patterns().contact_on_weekday,
            label_patterns().weekday_then_contact,
            label_patterns().contact_named_last_weekday,
        )
        for found in pattern.finditer(text)
        if not in_quotes(text, found.start())
        and not SUBORDINATE.search(sentence_before(text, found.start()))
        and not _named_own_contact_before_another(text, found)
    ]
    # A header line that names what happened and its weekday and part of the day ("Review
    # visit: Monday morning", "Outreach shift - Saturday night"): in the header only, where
    # a line says what the note is of; in the body such a line may be anything.
    header_end = end_of_header(text)
    said += [
        found
        for found in label_patterns().heading_weekday.finditer(text, 0, header_end)
        if found.end() <= header_end
    ]
    # A paragraph may open with the day and part of the day of its contact ("Mon am - T/C
    # from Sgt Ealing"), the weekday perhaps shortened.
    said += [
        found
        for found in label_patterns().weekday_opens_entry.finditer(text)
        if not _planned_after(text, found.end())
    ]
    days = {found.group("wday")[:3].lower() for found in said}
    # Any other weekday the note names on its own may be another contact ("and again on
    # Wednesday"), so the note must name just the one.
    if len(days) != 1 or _other_weekdays(text, recorded_at, reference_year) != days:
        return None
    # "Last Tuesday" written on a Tuesday is a week before; "on Tuesday" may be either.
    last = all(re.search(r"\blast\s+\w+day\b", found.group(0), re.I) for found in said)
    resolved = weekday_before(recorded_at, said[0].group("wday"), reference_year, last)
    if resolved is None:
        return None
    contact, recorded = resolved
    # "last Monday (18th)": the day in brackets says which one, where one fits.
    at = said[0].end("wday")
    while at < len(text) and text[at].isalpha():
        at += 1  # the rest of the weekday's name, in full or short
    contact = _bracketed_day(text, at, day_of(recorded), contact.weekday()) or contact
    return dates_read(
        text,
        contact,
        recorded,
        contact_at=said[0].start(),
        recorded_at=recorded_at.start,
        written_end=recorded_at.end,
    )


_REST_OF_CLAUSE = 80


def _planned_after(text: str, end: int) -> bool:
    """Whether the rest of a contact's sentence makes it a plan or another date ("Mon am -
    HV booked", "visit to be arranged"); who it was from or by is neither."""
    rest = SENTENCE_BREAK.split(text[end : end + _REST_OF_CLAUSE], maxsplit=1)[0]
    rest = re.sub(r"\b(?:from|by)\b", " ", rest, flags=re.I)
    return label_patterns().other_date.search(rest) is not None


# A weekday in brackets straight after the writing date, or after it and a comma: the
# writing's own day ("Entered 20/11/2026 (Friday)"), not another contact.
_OWN_WEEKDAY_AFTER = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]*)(?P<wday>\w+day)[ \t]*\)?", re.I)


def _other_weekdays(text: str, recorded_at: DateMatch, reference_year: int | None) -> set[str]:
    """The weekdays the note names on their own, in full or short ("Tues"), by their
    first three letters, less the writing date's own weekday written just after it (which
    names no other day)."""
    days = [*LONE_WEEKDAY.finditer(text), *_SHORT_WEEKDAY.finditer(text)]
    own = _OWN_WEEKDAY_AFTER.match(text, recorded_at.end)
    if own is not None:
        year = recorded_at.year if recorded_at.year is not None else reference_year
        written = recorded_at.resolve(year if year is not None else date.today().year)
        if written is not None and WEEKDAYS[written.weekday()] == own.group("wday")[:3].lower():
            days = [found for found in days if found.start() != own.start("wday")]
    return {found.group(1)[:3].lower() for found in days}


# A weekday shortened as notes write it ("Mon am", "Tues + Thurs"), with its capital and on
# its own (not the start of a date: "Tues 3/2").
_SHORT_WEEKDAY = re.compile(
    r"\b(Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"
    r"(?![ \t]*,?[ \t]*(?:the\s+)?\d)"
)


# A weekday's own day of the month in brackets after it: "last Monday (18th)", "(12 June)".
_DAY_IN_BRACKETS = re.compile(
    r"[ \t]*\([ \t]*(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:[ \t]+(?P<month>[^\W\d]{3,9}))?[ \t]*\)"
)
_WEEKS_BACK = 5


def _bracketed_day(text: str, end: int, written: date, weekday: int) -> date | None:
    """The day a weekday's bracket gives, the last before the writing that falls on that
    weekday (and in the month named, if one is); None when there is no such bracket or no
    such day within five weeks."""
    said = _DAY_IN_BRACKETS.match(text, end)
    if said is None:
        return None
    month = (said.group("month") or "")[:3].lower()
    for back in range(1, _WEEKS_BACK * 7):
        day = written - timedelta(days=back)
        if (
            day.day == int(said.group("day"))
            and day.weekday() == weekday
            and (not month or day.strftime("%b").lower() == month)
        ):
            return day
    return None


# Words before a contact named as the writer's own ("my visit") that make the note's own
# contact a later one: "Following my visit on Monday, her son rang".
_AFTERWARDS = re.compile(r"\b(?:following|further\s+to|after|since)\b", re.I)


def _named_own_contact_before_another(text: str, found: re.Match[str]) -> bool:
    said = found.group(0).lstrip()
    if not re.match(r"(?:my|our)\b", said, re.I):
        return False
    return _AFTERWARDS.search(sentence_before(text, found.start())) is not None


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
    if match.year is None and (day_of(recorded) - day_of(contact)).days > YEAR_BACK_DAYS:
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
    notes (written up Fri 22/05/26)", or as a header line's last field: "Duty log - Walter
    Greaves - w/c 14/04/25") or a contact word's period ("Contact period: 12/10/2026 -
    14/10/2026"). The last of those days stands for the contacts: a note written more than
    48 hours after even that day is late, whichever day a contact was. A week whose log
    opens its entries' lines with their weekdays ("Mon 14:05 T/C from dtr", "Tue 4th")
    has its contacts on those days, and the last of them on or before the writing stands
    for them. The writing may be a weekday and a day alone ("Written up Thurs 17th"), read
    in the week's month or the next. Nothing when the period is not the first date of the
    header, its label does not open its line or its last field, its last day (or last
    entry) is not before the writing (which contact came after the writing is not said),
    or the entries' weekdays do not run in the week's order and fit the days they give."""
    end = end_of_header(text)
    found = [match for match in find_dates(text[:end]) if match.start != recorded_at.start]
    if not found or found[0].first_day is not None or not found[0].month:
        return None
    first = found[0]
    lead = text[start_of_line(text, first.start) : first.start].strip(SEPARATORS)
    labels = label_patterns()
    said = labels.contacts_over.fullmatch(lead) or labels.contacts_over.fullmatch(
        last_field(CLAUSE_BREAK.split(lead)[-1])
    )
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
    written = day_of(recorded)
    body_from = end_of_line(text, first.start)
    entries = (
        _entries_in_the_week(text, body_from, day_of(contact), recorded_at) if days_on else None
    )
    contact_at = first.start
    if entries is not None:
        if not entries or entries[-1][0] > written:
            return None  # doubtful entries, or one after the writing: which is not said
        contact, contact_at = max(
            [entries[-1], *_named_later_in_the_week(text, body_from, day_of(contact), written)]
        )
    else:
        contact = day_of(contact) + timedelta(days=days_on)
        if contact >= written:
            return None
    return dates_read(
        text,
        contact,
        recorded,
        contact_at=contact_at,
        recorded_at=recorded_at.start,
        written_end=recorded_at.end,
    )


def _entries_in_the_week(
    text: str, body_from: int, week_start: date, recorded_at: DateMatch
) -> list[tuple[date, int]] | None:
    """The days of a week's log entries whose lines open with their weekdays ("Mon 14:05
    T/C", "Tue 4th", "Mon 11th:"), in the week that starts on ``week_start``, in text
    order, each with where it is written; None where no line from ``body_from`` on opens so
    (the writing's line aside). Empty, as a doubt, where a weekday's day of the month is
    not its day in that week or the entries do not run in the week's order (the log left
    the week)."""
    days: list[tuple[date, int]] = []
    for found in WEEKDAY_OPENS_LINE.finditer(text, body_from):
        if start_of_line(text, found.start()) == start_of_line(text, recorded_at.start):
            continue
        weekday = WEEKDAYS.index(found.group("wday").lower())
        day = week_start + timedelta(days=(weekday - week_start.weekday()) % _WEEK_DAYS)
        given = find_dates(text[found.start("wday") : end_of_line(text, found.start())])
        if (
            given
            and given[0].start == 0
            and (given[0].day != day.day or given[0].month not in (0, day.month))
        ):
            return []
        if days and day < days[-1][0]:
            return []
        days.append((day, found.start("wday")))
    return days or None


def _named_later_in_the_week(
    text: str, body_from: int, week_start: date, written: date
) -> list[tuple[date, int]]:
    """The days of the week from ``week_start`` that the body names by a weekday alone
    anywhere ("Gave card details Sat", "visited Wednesday"), falling after the week's
    first day and no later than the writing, with where each is written: a contact on any
    of them may be the last, so the last entry stands for the contacts only where none is
    later. A weekday that falls after the writing is another week's (or a plan)."""
    named: list[tuple[date, int]] = []
    for found in [
        *LONE_WEEKDAY.finditer(text, body_from),
        *_SHORT_WEEKDAY.finditer(text, body_from),
    ]:
        weekday = WEEKDAYS.index(found.group(1)[:3].lower())
        day = week_start + timedelta(days=(weekday - week_start.weekday()) % _WEEK_DAYS)
        if day <= written:
            named.append((day, found.start(1)))
    return named


def weekday_before(
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
