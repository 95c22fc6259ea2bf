"""The contact and recorded dates of a record: the field reader first, then the
readings of whole headers and sentences in order, the first that finds both dates winning.
"""

from __future__ import annotations

from collections.abc import Callable

from recordlint.dates.contacts import (
    contact_dated_in_the_body,
    contact_on_a_weekday,
    contacts_over_days,
)
from recordlint.dates.counted import (
    counted_back_from_the_heading,
    heading_a_weekdays_note,
    recorded_days_later,
)
from recordlint.dates.fields import entry_pairs, read_dates
from recordlint.dates.lines import line_span
from recordlint.dates.readings import (
    contact_in_the_subject,
    date_field_beside_contact,
    email_sent,
    note_field,
    two_fields,
    typed_from_notes,
)
from recordlint.dates.result import (
    RecordDates,
    days_between_weekdays,
    reason_beside,
    reason_in_a_sentence,
    resolve_pair,
)
from recordlint.dates.shapes import DateMatch


def find_record_entries(text: str, *, reference_year: int | None = None) -> list[RecordDates]:
    """Each entry of ``text`` that gives both a contact date and a recording date.

    A one-entry note gives one; a log of dated entries gives one per entry that says when it
    was written. Contact dates come from labels ("Contact:", "Visit", "Call received",
    "Date of supervision"), from a date that opens a log entry and says what the contact was
    ("05/03/26 HV to Mr Ash"), or from the first date of the header (its first lines) when
    the header also labels when the note was written ("Supervision – 20/01/2026" then
    "Recorded 30/01/2026"), unless the words before it make it another date (a date of
    birth, a referral, a next visit). Recording dates need a label, or a signature on the
    note's last line ("Written 19/02/26 JB", "J. Bloggs (SW) 16/02/26").
    """
    entries: list[RecordDates] = []
    in_a_sentence: list[str | None] = []  # read once, and only if an entry needs it
    for contact_at, recorded_at in entry_pairs(text):
        contact, recorded = resolve_pair(contact_at.match, recorded_at.match, reference_year)
        days_after = None
        if contact is None and recorded is None:
            # Both a weekday and a day alone: the days between, with no dates made up.
            days_after = days_between_weekdays(contact_at.match, recorded_at.match)
        if (contact is None or recorded is None) and days_after is None:
            continue
        reason = reason_beside(text, recorded_at.match.end)
        if reason is None:
            if not in_a_sentence:
                in_a_sentence.append(reason_in_a_sentence(text))
            reason = in_a_sentence[0]
        entries.append(
            RecordDates(
                contact=contact,
                recorded=recorded,
                contact_span=line_span(text, contact_at.match.start),
                recorded_span=line_span(text, recorded_at.match.start),
                reason=reason,
                days_after=days_after,
                contact_said=_said(text, contact_at.match) if days_after is not None else None,
                recorded_said=_said(text, recorded_at.match) if days_after is not None else None,
            )
        )
    return entries


def _said(text: str, match: DateMatch) -> str:
    return text[match.start : match.end]


def _first_reading(*readings: Callable[[], RecordDates | None]) -> RecordDates | None:
    """The first of several readings of a note's dates that finds them, tried in order and
    each only when the ones before it found nothing."""
    for reading in readings:
        found = reading()
        if found is not None:
            return found
    return None


def find_record_dates(text: str, *, reference_year: int | None = None) -> RecordDates:
    """The contact and recorded dates that header lines in ``text`` give, and their lines.

    The first entry with both dates counts (see :func:`find_record_entries`); without one,
    the first labelled date of each kind. A date written without a year takes the other
    date's year (moved on a year if that would put the note before the contact, "Seen
    30/12, typed 3/1"), or ``reference_year`` (this year by default) when neither has one.
    The spans are the whole header lines, where a finding is shown.
    """
    entries = find_record_entries(text, reference_year=reference_year)
    if entries:
        return entries[0]
    found: dict[str, DateMatch] = {}
    dated = read_dates(text)
    for item in dated:
        if item.labelled and item.kind not in found:
            found[item.kind] = item.match
    if "recorded" not in found and (sent := email_sent(text)) is not None:
        found["recorded"] = sent
    if "recorded" not in found or "contact" not in found:
        typed_up = typed_from_notes(text, found, reference_year)
        if typed_up is not None:
            return typed_up
    if "recorded" not in found and "contact" in found:
        noted = note_field(text, found["contact"]) or date_field_beside_contact(
            text, found["contact"]
        )
        if noted is not None:
            found["recorded"] = noted
    if "recorded" not in found:
        read = _first_reading(
            lambda: two_fields(text, reference_year),
            lambda: recorded_days_later(text, dated, reference_year),
            lambda: heading_a_weekdays_note(text, dated, reference_year),
            lambda: counted_back_from_the_heading(text, dated, reference_year),
        )
        if read is not None:
            return read
    elif not any(
        item.kind == "contact" and item.match.start != found["recorded"].start for item in dated
    ):
        # (An email's sent date may also read as a heading date: it is not the contact.)
        recorded_at = found["recorded"]
        read = _first_reading(
            lambda: contact_on_a_weekday(text, recorded_at, reference_year),
            lambda: contact_dated_in_the_body(text, recorded_at, reference_year),
            lambda: contacts_over_days(text, recorded_at, reference_year),
            lambda: contact_in_the_subject(text, recorded_at, reference_year),
        )
        if read is not None:
            return read
    contact, recorded = resolve_pair(found.get("contact"), found.get("recorded"), reference_year)
    return RecordDates(
        contact=contact,
        recorded=recorded,
        contact_span=line_span(text, found["contact"].start) if contact is not None else None,
        recorded_span=line_span(text, found["recorded"].start) if recorded is not None else None,
    )
