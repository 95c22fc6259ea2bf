"""What a reading gives back: the two dates, the lines they stand on, and the reason
a late note gives; and how two dates read without their years are given them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from recordlint.dates.labels import label_patterns
from recordlint.dates.lines import end_of_line, line_span, start_of_line
from recordlint.dates.patterns import SENTENCE_BREAK
from recordlint.dates.shapes import DateMatch


@dataclass(frozen=True, slots=True)
class RecordDates:
    """When the contact happened and when the note was written, with where the text says so.

    Spans are None for dates that were not read from the text. ``reason`` is what the note
    says about why it was written when it was ("late entry - worker on leave"), if anything.
    ``days_after`` is the whole days from the contact to the writing where the note gives
    them by weekdays but not the dates themselves (a contact on "Fri 17th" with no month,
    "Writing this up Mon"); the two dates are then None, and ``contact_said`` and
    ``recorded_said`` are the note's own words for the two days.
    """

    contact: date | datetime | None = None
    recorded: date | datetime | None = None
    contact_span: tuple[int, int] | None = None
    recorded_span: tuple[int, int] | None = None
    reason: str | None = None
    days_after: int | None = None
    contact_said: str | None = None
    recorded_said: str | None = None


def dates_read(
    text: str,
    contact: date | datetime,
    recorded: date | datetime,
    *,
    contact_at: int,
    recorded_at: int,
    written_end: int,
) -> RecordDates:
    """The dates one reading found, with the lines they stand on and the reason the note
    gives for being late: beside the writing date, or else in a sentence of its own."""
    return RecordDates(
        contact=contact,
        recorded=recorded,
        contact_span=line_span(text, contact_at),
        recorded_span=line_span(text, recorded_at),
        reason=reason_beside(text, written_end) or reason_in_a_sentence(text),
    )


# A sentence that opens by pointing back to the date just before it: "This is three days
# after the visit", "That was", "It is".
_POINTS_BACK = re.compile(r"(?:this|that|it)\s+(?:is|was|has\s+been)\b", re.I)


def reason_beside(text: str, recorded_end: int) -> str | None:
    """What the note says, right after a recording date, about why it is late: the rest of
    its line (or bracket), and a bracketed line under it. Where the date ends its own
    sentence, the next sentence on its line says it when it points back to the date
    ("Written: 19 November 2026. This is three days after the visit because I was called
    to an urgent home closure."); another sentence there tells of something else ("Written:
    19/11/2026. He was fine because staff helped.")."""
    line_end = end_of_line(text, recorded_end)
    said = text[recorded_end:line_end]
    before = text[start_of_line(text, recorded_end) : recorded_end]
    if before.count("(") > before.count(")"):
        said = said.split(")", 1)[0]  # "(recorded 04/11/25 due to backlog). His wife ..."
    pieces = SENTENCE_BREAK.split(said, maxsplit=2)
    said = pieces[0]
    if len(pieces) > 1 and not any(c.isalnum() for c in said):
        said = pieces[1] if _POINTS_BACK.match(pieces[1]) else ""
    if line_end < len(text):
        next_line = text[line_end + 1 : end_of_line(text, line_end + 1)].strip()
        if next_line.startswith("("):
            said += " " + next_line
    return as_reason(said)


def reason_in_a_sentence(text: str) -> str | None:
    """A sentence anywhere about the writing of the note, or about its being late, that
    gives a reason ("Written up late due to annual leave.", "Apologies for the delay in
    recording; the writer was on annual leave.", "This is late because I was covering
    duty all week.")."""
    labels = label_patterns()
    for sentence in SENTENCE_BREAK.split(text):
        said = sentence.strip()
        if len(sentence) <= 200 and (
            labels.about_the_writing.match(said) or labels.about_the_delay.match(said)
        ):
            reason = as_reason(sentence)
            if reason is not None:
                return reason
    return None


@dataclass(frozen=True, slots=True)
class SaidLate:
    """A note's own words that it was written late: where they stand, and why it says."""

    span: tuple[int, int]
    said: str
    reason: str


def said_written_late(text: str) -> SaidLate | None:
    """The first sentence in which the note says, in its own words, that it was written late
    and why ("(Write-up late – AL w/c 05/10 then backlog.)", "Sorry, writing this up late –
    saw Betty on Monday (9th) but had training Tues and Weds"), where its dates do not say
    so: the writer's word stands for the delay. The reason must follow, so "late" for the
    hour of the writing is never read as a delay."""
    pattern = label_patterns().said_written_late
    at = 0
    for sentence in SENTENCE_BREAK.split(text):
        start = text.index(sentence, at) if sentence else at
        at = start + len(sentence)
        if len(sentence) > 200:
            continue
        said = pattern.match(sentence)
        if said is None:
            continue
        reason = as_reason(sentence[said.end() :])
        if reason is None:
            continue
        lead = len(sentence) - len(sentence.lstrip(" \t([*•-–—"))
        end = len(sentence.rstrip(" \t)]"))
        return SaidLate((start + lead, start + end), sentence[lead:end], reason)
    return None


def as_reason(said: str) -> str | None:
    said = " ".join(said.split()).strip(" -–—:;,.()")
    if not said or not label_patterns().late_reason.search(said):
        return None
    if len(said) > 100:
        said = said[:100].rsplit(" ", 1)[0] + "…"
    return said


def day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


# A day given without its year is read in the year before (or after) the other date's only
# when the two fall either side of a new year ("Seen 30/12, typed 3/1").
YEAR_BACK_DAYS = 120


def resolve_pair(
    contact: DateMatch | None, recorded: DateMatch | None, reference_year: int | None
) -> tuple[date | datetime | None, date | datetime | None]:
    fallback = reference_year if reference_year is not None else date.today().year
    if contact is None or recorded is None:
        lone = contact or recorded
        value = lone.resolve(fallback) if lone is not None else None
        return (value, None) if contact is not None else (None, value)
    if not contact.month or not recorded.month:
        return _on_its_weekday(contact, recorded, fallback)
    if contact.year is not None and recorded.year is not None:
        return contact.resolve(contact.year), recorded.resolve(recorded.year)
    if contact.year is not None:
        year = contact.year
        if (recorded.month, recorded.day) < (contact.month, contact.day) and _across_a_new_year(
            contact, recorded
        ):
            year += 1
        return contact.resolve(contact.year), recorded.resolve(year)
    year = recorded.year if recorded.year is not None else fallback
    contact_year = year
    if (contact.month, contact.day) > (recorded.month, recorded.day) and _across_a_new_year(
        contact, recorded
    ):
        contact_year -= 1
    return contact.resolve(contact_year), recorded.resolve(year)


def _across_a_new_year(late_in_a_year: DateMatch, early_in_the_next: DateMatch) -> bool:
    """Whether a day late in one year and a day early in the next are near enough to be a
    contact and its writing either side of a new year ("30/12" and "3/1"). A day just after
    the other in the same year ("review meeting on 24/09" in an email sent on 16/09) is a
    plan or an error, never a contact a whole year back."""
    late = date(2001, late_in_a_year.month, min(late_in_a_year.day, 28))
    early = date(2002, early_in_the_next.month, min(early_in_the_next.day, 28))
    return (early - late).days <= YEAR_BACK_DAYS


def days_between_weekdays(contact: DateMatch, recorded: DateMatch) -> int | None:
    """The whole days from a contact to its writing where both are a weekday and a day of
    the month alone ("Phone call Tues 23rd – written up Mon 29th", "Visit Fri 28th – typed
    Tues 4th"): the days between the two days of the month, into the next month where the
    second is the smaller, and only where the weekdays agree with that count (a month's
    length of 28 to 31 days leaves one count at most that fits). No date is made up for
    either; nothing where a weekday is missing or no count fits."""
    if contact.month or recorded.month or contact.weekday is None or recorded.weekday is None:
        return None
    apart = (recorded.weekday - contact.weekday) % 7
    if recorded.day >= contact.day:
        days = recorded.day - contact.day
        return days if days % 7 == apart else None
    for length in range(28, 32):
        days = recorded.day + length - contact.day
        if length >= contact.day and days % 7 == apart:
            return days
    return None


def _on_its_weekday(
    contact: DateMatch, recorded: DateMatch, fallback_year: int
) -> tuple[date | datetime | None, date | datetime | None]:
    """A pair where one date is a weekday and a day alone ("Visited on Monday 9th", then
    "Typed up 19/02/26"): that day in the other date's month, or the month before a
    recording date (after a contact), if its weekday fits there. Where both months fit (a
    February of 28 days and the month beside it: "Monday 23rd February 2026 - h/v, written
    up Friday 27th"), the day nearer the other date is the one meant, as a reader takes it:
    a day a month further off would have had its month written. The nearer day also puts
    the two dates closest together, so a note read as late would be late either way.
    Nothing is guessed where neither month fits."""
    if not contact.month and not recorded.month:
        return None, None
    bare, known = (contact, recorded) if not contact.month else (recorded, contact)
    anchor = known.resolve(known.year if known.year is not None else fallback_year)
    if anchor is None:
        return (None, anchor) if bare is contact else (anchor, None)
    anchor_day = anchor.date() if isinstance(anchor, datetime) else anchor
    step = -1 if bare is contact else 1
    fits: list[date] = []
    for shift in (0, step):
        year, month = divmod(anchor_day.year * 12 + anchor_day.month - 1 + shift, 12)
        try:
            day = date(year, month + 1, bare.day)
        except ValueError:
            continue
        if day.weekday() == bare.weekday and (day - anchor_day).days * step >= 0:
            fits.append(day)
    found: date | datetime | None = fits[0] if fits else None  # the same month first
    if found is not None and bare.clock is not None:
        found = datetime.combine(found, bare.clock)
    return (found, anchor) if bare is contact else (anchor, found)
