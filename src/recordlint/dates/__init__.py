"""UK dates as practitioners write them, and the contact and recorded dates of a record.

Dates are day first (02/03/2026 is 2 March 2026). Accepted shapes: 02/03/2026, 2/3/26,
11.02.2026, 2-3-2026, 2026-03-02, 2 March 2026, 2nd Mar 2026, March 2nd 2026, with an optional
weekday in front ("Tuesday 14 January 2026", "Tues 3/2", "Weds 11th March") and an
optional time after ("14:30", "2.30pm", "at 10:15"). A date that does not exist
(31/02/2026) is not a date.
A date without a year (3/2, 6 Jan) is read only where the caller supplies the year; a
weekday and a day alone ("Monday 9th") only where the note's other date fixes the month.

:func:`find_record_dates` reads the header lines that say when the contact happened and when
the note was written ("Date of contact: 02/03/2026", "Seen 5/1/26 ... typed up 9/1/26",
"Recorded: 6 February 2026"), the timed calls of a provider's log, and the signature at the
foot of a note ("JB 19/02/26"). A date in the body of a note ("discharged on 26/01") is
never taken for either.

The package reads in layers, each module using only those before it:

- ``shapes``: the shapes a date is written in, and finding and parsing them.
- ``patterns``: the pieces of text around a date that the labels are built from (what may
  lead or follow a label, where a clause or a field breaks, a signature, a weekday).
- ``labels``: the label patterns, built once from the ``record-dates`` lexicon.
- ``lines``: where a note's header, a line and a sentence begin and end.
- ``result``: :class:`RecordDates`, the reason a late note gives, and how two dates found
  without their years are given them.
- ``leads``: the label before a date (its clause, its field, a label on the line above or
  one shortened), what a whole label makes a date, and whether a date opens a log entry or
  starts a period.
- ``around``: what stands around a date besides its label (the words after it, a closing
  sentence or bracket, the end of its field, the signature at the foot, a meeting named by
  its event).
- ``classify``: what one date is, by its label and what stands around it (a contact, the
  writing, a receipt, a record's completion, the day a note is about, another date).
- ``fields``: the labelled-field reader: a note's dates read together, and the (contact,
  writing) pairs of its entries.
- ``readings``: the readings of whole headers that the field reader leaves undecided (two
  fields on a line, an email's sent date, a record typed from handwritten notes).
- ``contacts``: where a note with a recording date and no contact date says its contact was
  (on a weekday or a date in the body, or a period the header opens with).
- ``counted``: days counted from the field reader's dates (a heading date with a weekday
  under it, a day counted back from it, the writing counted in days after the contact).
- ``record``: :func:`find_record_dates` and :func:`find_record_entries`, which try the field
  reader first and the readings after it, in order.
"""

from recordlint.dates.record import find_record_dates, find_record_entries
from recordlint.dates.result import RecordDates, SaidLate, said_written_late
from recordlint.dates.shapes import (
    MONTHS,
    DateMatch,
    a_date_alone,
    coerce_date,
    find_dates,
    parse_time,
    parse_uk_date,
    whole_dates_in_words,
)

__all__ = [
    "MONTHS",
    "DateMatch",
    "RecordDates",
    "SaidLate",
    "a_date_alone",
    "coerce_date",
    "find_dates",
    "find_record_dates",
    "find_record_entries",
    "parse_time",
    "parse_uk_date",
    "said_written_late",
    "whole_dates_in_words",
]
