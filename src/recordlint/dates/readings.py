"""Readings of whole headers, for what the field reader leaves open.

Each is tried only where the labelled fields did not give both dates (see
:func:`recordlint.dates.record.find_record_dates`): two dates as fields of one header line,
a record typed up from dated handwritten notes, and an email's sent date. The readings of a
note's body (``contacts``) and of counts of days (``counted``) come after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from recordlint.dates.labels import label_patterns
from recordlint.dates.leads import field_kind
from recordlint.dates.lines import end_of_header, end_of_line, field_lines, start_of_line
from recordlint.dates.patterns import SEPARATORS, TITLE
from recordlint.dates.result import (
    YEAR_BACK_DAYS,
    RecordDates,
    dates_read,
    day_of,
    resolve_pair,
)
from recordlint.dates.shapes import DateMatch, find_dates
from recordlint.text import head_of, skip_spaces

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


# A form's field labelled "Date" alone ("Date: 2 April 2025"), opening its line.
_DATE_FIELD = re.compile(r"[ \t]*date[ \t]*:[ \t]*$", re.I)


def date_field_beside_contact(text: str, contact_at: DateMatch) -> DateMatch | None:
    """The writing as a form's block of fields gives it beside a labelled contact field: a
    field labelled "Date" alone in the same block, on a later day than the contact ("Date
    of panel: 24 March 2025" then "Date: 2 April 2025"), is the date of the record. The
    contact must be a field of the block too, opening its line with its label; a bare
    "Date:" with no contact field beside it says nothing of which date it is."""
    first, last = field_lines(text, contact_at.start)
    label = text[start_of_line(text, contact_at.start) : contact_at.start].strip(SEPARATORS)
    labelled = label_patterns().contact.fullmatch(label)
    if first == last or labelled is None or labelled.group("before") is not None:
        return None
    for match in find_dates(text[first:last]):
        at = first + match.start
        if at == contact_at.start or match.first_day is not None:
            continue
        if not _DATE_FIELD.fullmatch(text[start_of_line(text, at) : at]):
            continue
        contact, recorded = resolve_pair(contact_at, match, None)
        if contact is not None and recorded is not None and day_of(recorded) > day_of(contact):
            return replace(match, start=at, end=first + match.end)
        return None
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
    if (day_of(recorded) - day_of(contact)).days > YEAR_BACK_DAYS:
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
    if unlabelled and (day_of(recorded) - day_of(contact)).days > YEAR_BACK_DAYS:
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


def _email_field_value(text: str, field: re.Pattern[str]) -> int | None:
    """Where, in ``text``, the value of an email header's ``field`` begins: only where the
    first lines hold an email's header (two of its address fields, From, To, Cc, Subject,
    at least), and only its first such field."""
    head = head_of(text, _EMAIL_HEADER_LINES, skip_spaces(text, 0))
    if len(_EMAIL_FIELD.findall(head.text)) < 2:
        return None
    found = field.search(head.text)
    # Put back on the text through the lines' own starts: the head is joined by line
    # feeds, so a header of CRLF lines is not a substring of the text.
    return None if found is None else head.offset_in_text(found.end())


def email_sent(text: str) -> DateMatch | None:
    """When an email was sent, as its header says ("Sent: Tuesday 15 September 2026 16:02",
    "Date: Mon, 11 May 2026 16:02:11 +0100"): the writing of what it records. Only in a
    header of email fields (From, To, Cc, Subject; two at least) among the first lines, and
    only the first such header (a forwarded message's own comes later)."""
    offset = _email_field_value(text, _EMAIL_SENT)
    if offset is None:
        return None
    found = find_dates(text[offset : end_of_line(text, offset)])
    if not found or found[0].first_day is not None:
        return None
    match = found[0]
    return replace(match, start=match.start + offset, end=match.end + offset)


_EMAIL_SUBJECT = re.compile(r"^[ \t>]*subject[ \t]*:", re.I | re.M)
# What may stand between a subject's contact word and "on" its day: a few words naming
# where or with whom ("incident at Oakfield on 19/09"), no clause break.
_SUBJECT_TO_DAY = re.compile(r"(?P<between>(?:[ \t]+[^\W\d][\w'’\-]*){0,4}?)[ \t]+on[ \t]+$", re.I)


def contact_in_the_subject(
    text: str, sent: DateMatch, reference_year: int | None
) -> RecordDates | None:
    """An email whose subject names the event it reports and its day ("Subject: Maureen -
    incident at Oakfield on 19/09", "Re: home visit on 3 March"): that day is the contact,
    the sending the writing. Only in the email's own header, only "on" the day after the
    contact word with a few words between, never where words between make it another date
    ("visit planned on 30/09"), and never a day after the sending (a plan)."""
    offset = _email_field_value(text, _EMAIL_SUBJECT)
    if offset is None:
        return None
    line = text[offset : end_of_line(text, offset)]
    labels = label_patterns()
    for match in find_dates(line):
        if match.first_day is not None:
            continue
        lead = line[: match.start]
        words = list(labels.contact_word.finditer(lead))
        if not words:
            continue
        between = _SUBJECT_TO_DAY.fullmatch(lead, words[-1].end())
        if between is None or labels.other_date.search(between.group("between")):
            continue
        contact, recorded = resolve_pair(match, sent, reference_year)
        if contact is None or recorded is None or day_of(contact) > day_of(recorded):
            return None
        if (day_of(recorded) - day_of(contact)).days > YEAR_BACK_DAYS:
            return None
        return dates_read(
            text,
            contact,
            recorded,
            contact_at=offset + match.start,
            recorded_at=sent.start,
            written_end=sent.end,
        )
    return None
