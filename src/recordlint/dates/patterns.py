"""The pieces of text around a date that the labels are built from.

What may lead or follow a label ("Date of", "time", "by J Bloggs", "on Mosaic", "was",
"on"), where a clause, a field or a sentence breaks, what a signature and a weekday look
like, and how far back a label may stand from its date. The words themselves (visit,
typed up, referral) are in the ``record-dates`` lexicon; see :mod:`.labels`.
"""

from __future__ import annotations

import re

from recordlint.dates.shapes import WEEKDAY_FULL_OR_SHORT
from recordlint.names import COURTESY_TITLE

# The words before a date that say what it is come from the record-dates lexicon; the grammar
# around them is here. A label may open with "Date of", "Date/time" or "Time" ("Date of
# visit", "Date entered"), end with "date" or "time" ("Visit date"), name who wrote the note
# ("Recorded by the duty worker"), where it was written ("Entered on Mosaic"), or who was
# called ("Call to Mrs Ives"), and be followed by "on", "at", a colon or a dash.
LEAD_IN = r"(?:date\s*(?:(?:and|/|&)\s*time\s*)?(?:of\s+)?|time\s+)?"
LEAD_OUT = r"(?:\s+(?:date\s*(?:(?:and|/|&)\s*time)?|time))?"
# A field's label that names what its date is the day of in words before "date" ("Adm
# date", "Decision date", "POC start date"), read where no label of the lexicon's is the
# whole field: a bare "Date" is not one.
NAMED_DATE = re.compile(r"[\w/.'’]+(?:[ \t]+[\w/.'’]+){0,2}[ \t]+date", re.I)
# "This note was typed on 07/11/25": the note's own words may lead its recording label.
NOTE_WORD = r"(?:(?:this\s+)?(?:(?:case\s+)?notes?|record|entry)\s+(?:(?:was|were|is)\s+)?)?"
WHERE_WRITTEN = r"(?:\s+(?:on|onto|in|into)(?:\s+the)?\s+(?!on\b|at\b)[\w\-]+)?"
WHO_WROTE = r"(?:\s+by:?\s+[\w.]+(?:\s+[\w.]+){0,2}?)?"
# A note or entry that names its writer ("Note by SW 19/02:", "Entry by J. Bloggs 4/3").
NOTE_BY = r"(?:case\s+)?(?:notes?|entry|comment)\s+by:?\s+[\w.]+(?:\s+[\w.]+){0,2}?"
WHO_WITH = r"(?:\s+(?:to|with|from)\s+[\w.'’\-]+(?:\s+[\w.'’\-]+){0,3}?)?"
# Who made the contact or raised what was received, after its label ("Visit by SW:",
# "Seen by OT", "Concern raised by carer:"): one to three words naming a doer. "By" with a
# date straight after it is a deadline ("Review by 10/04/26"), and a plan says what is to
# be done ("to be seen by OT by 03/04/26"): no word of the doer is "by", a verb's helper
# or a preposition, so neither reads as a contact.
_DOER_WORD = r"(?!(?:by|to|be|been|on|at|before|after|for|will|is|was|due|next)\b)[\w.'’]+"
WHO_BY = rf"(?:\s+by:?\s+(?P<doer>{_DOER_WORD}(?:\s+{_DOER_WORD}){{0,2}}?))?"
# A contact label said as a clause: "Visit took place on 09/11/26", "Call happened 3/2".
HAPPENED = (
    r"(?:\s+(?:took\s+place|happened|occurred)"
    r"(?:\s+by\s+(?:tele)?phone|\s+by\s+video(?:\s+call)?|\s+in\s+person)?)?"
)
# A contact said to be done: "home visit completed 22/01/2026".
DONE = r"completed|undertaken|carried\s+out|conducted"
# "was" lets a label read as a clause: "(contact was 18/11/25)", "Visit was on 3/2"; "of"
# names the contact a note is for ("recorded 7/11 for visit of 3/11"); the time may come
# between the label and its date ("Recorded at 09:15 on 07/11/25", "Visit: 14:10 on 3/11"),
# or straight before the date as a log stamps its calls ("Tel call in 09:40 Mon 12.1.26").
_LABEL_TIME = (
    r"(?:\s*[:\-–—]?\s*(?:at\s+|@\s*)?(?:[0-2]?\d:[0-5]\d(?:\s?(?:[ap]m|hrs))?"
    r"|[01]?\d\s?[ap]m|[0-2]\d[0-5]\d\s?hrs)(?=\s+on\b|\s*$))?"
)
TAIL = rf"(?:\s+(?:was|were))?{_LABEL_TIME}(?:\s+(?:on|at|in|of))?\s*[:\-–—=]?\s*$"
# After a recording label "of" names what was written up, not when ("write-up of 06/11/26
# visit", "notes of 06/11"): that date is the contact (see about_a_day).
TAIL_WRITTEN = rf"(?:\s+(?:was|were))?{_LABEL_TIME}(?:\s+(?:on|at|in))?\s*[:\-–—=]?\s*$"
# A recording label may say the writing was late: "Entered late on 07/11/25", "Note entered
# late: 07/11/25", "Recorded (late): 07/11/25" (a bracketed aside, see ASIDE), or that its
# date is the day it says so: "recorded today 13.04.26" (the date after it is still the
# writing's).
LATE = r"(?:\s+(?:late|retrospectively|today))?"
# A full stop after a lone capital is an initial ("Written up by J. Bloggs"), not a break.
CLAUSE_BREAK = re.compile(r"[,;()\[\]|]|(?<!\b[A-Z])\.")
# A header line's fields are set apart by a run of spaces or a tab, or a spaced dash
# ("Held: 15/01/26 by video   Written up: 21/01/26", "Call from DN  -  Call received: ..."),
# or a bar ("Event: 07/10/26 | Record created 19/10/26 | Last modified 19/10/26"); a label is
# read from its own field only.
FIELD_BREAK = re.compile(r"[ \t]*\t[ \t]*| {3,}|[ \t]+[\-–—][ \t]+|[ \t]*\|[ \t]*")
# A short bracketed aside between a label and its date: "Recorded (late): 07/11/25",
# "Contact (phone): 03/11/25". A bracket with figures is a date's or a time's, not an aside.
ASIDE = re.compile(r"[ \t]*\([^()\d\n]{1,25}\)(?=[ \t]*[:\-–—]?[ \t]*$)")
# A line that opens with a weekday, in full or short, and then a time, a day of the month,
# a part of the day, a dash or colon or nothing: a log's entry for that day ("Mon 14:05 T/C
# from dtr", "Tue 4th", "Mon 11th: Sam at the bridge", "Fri am - visit"). A weekday that
# starts a sentence's words ("Sat with him") is not one.
WEEKDAY_OPENS_LINE = re.compile(
    rf"^[ \t]*{WEEKDAY_FULL_OR_SHORT}"
    r"(?=[ \t]*(?:[:\-–—,]|\d|(?:morning|afternoon|evening|night|am|pm)(?![\w])|$))",
    re.I | re.M,
)
RANGE_AFTER = re.compile(r"[ \t]*(?:-|–|—|to|until|till)[ \t]*", re.I)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")
SEPARATORS = " \t-–—:|*•"
COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
}  # fmt: skip
# The writing's day after the contact, counted ("the next day", "six days later") or named
# by its weekday alone ("Seen: Tuesday 3 March 2026 (typed Friday)", "(written Mon pm)"):
# the first such weekday on or after the contact, or after it where "following" says so.
# A weekday with a date after it is a date, and one with "'s" names the contact ("writing
# up Monday's visit"), never the writing.
DAYS_LATER = (
    r"(?:(?P<same>(?:the\s+)?same\s+day)|(?P<next>(?:the\s+)?(?:next|following)\s+day)"
    rf"|(?P<count>\d{{1,2}}|{'|'.join(COUNTS)})\s+(?P<unit>days?|weeks?)\s+"
    r"(?:later|after(?:wards)?(?:\s+the\s+(?:contact|visit|call|meeting|session))?)"
    r"|(?P<following>(?:the\s+)?following\s+)?"
    r"(?P<later_wday_said>(?P<later_wday>mon|tue|wed|thu|fri|sat|sun)"
    r"(?:(?<=mon)day|(?<=tue)s(?:day)?|(?<=wed)(?:s|nesday)|(?<=thu)r(?:s(?:day)?)?"
    r"|(?<=fri)day|(?<=sat)urday|(?<=sun)day)?)\.?"
    r"(?![.,]?[ \t]*,?[ \t]*(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?[ \t]+\d))(?!['’]))"
)
# A signature: initials or a name with initials ("JB", "J. Bloggs", "Jo Bloggs SW").
SIGNATURE = re.compile(r"(?:(?:[A-Z][a-z'’\-]+|[A-Z]{1,2}|(?:[A-Z]\.){1,3})\s*,?\s*){1,4}")
# What a signature line says around the name: "Signed: J Bloggs (SW)   Date: 19/02/26".
SIGNED = re.compile(r"^\s*signed(?:\s+by)?\s*:?|\bdate(?:d)?\s*:?\s*$", re.I)
TITLE = re.compile(rf"\b(?:{COURTESY_TITLE}|dr)\b", re.I)
# Who filled a field in, after its date: "by R Moss", "by Rachel Moss FCS".
BY_WHOM = re.compile(rf"by:?\s+{SIGNATURE.pattern}")
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]{1,2}|(?:[A-Z]\.){1,3})(?![\w])")
MAX_LABEL_CHARS = 60
LINE_WINDOW = 400
# A note's header: its first lines, up to the first blank line or this many lines with text.
HEADER_LINES = 4
# A short first line without figures, then a blank line, is a title; the header goes on.
# A title may take two lines: the body's name over the form's or the note's.
TITLE_CHARS = 60
TITLE_LINES = 2


# The writer's own contact on a weekday, in the body ("I visited Mrs Ash at home on Monday",
# "Seen on Tuesday"): nothing between the contact word and
# the day that starts another clause or names another doer ("I phoned her daughter who
# said she saw the GP on Monday").
WEEKDAY_NAME = r"(?P<wday>mon|tues|wednes|thurs|fri|satur|sun)day"
ANY_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
NOT_THE_WRITERS = (
    r"(?:[^.,;:!?\n\"“”()](?!\b(?:who|which|that|said|says|told|but|because|when|"
    r"after|before|until|she|he|they|i|we|will|would|next|this|every)\b)){0,50}?"
)
LONE_WEEKDAY = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day(?![\w])(?![ \t]*,?[ \t]*(?:the\s+)?\d)", re.I
)
# Words before the contact in its sentence that make it part of what somebody else did or
# said ("She told me the carers did not come after I visited on Monday").
SUBORDINATE = re.compile(
    r"\b(?:after|since|when|before|because|that|said|says|told|who|which|she|he|they|as"
    r"|until|if|whether)\b",
    re.I,
)
# Words that make what comes before a receipt label a sentence, not what was received.
A_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|been|has|have|had|said|says|told|that|who|which|if|when)\b", re.I
)
# The writer saying, in a sentence or a clause of their own, that they write the note on a
# day: "I am writing this on 2 December 2026", "I'm typing this note up on 11/12/25", "(the
# visit was on 6 July,) but I am only recording this on 14 July".
WRITING_NOW = re.compile(
    r"(?:(?:but|and|so)\s+)?(?:i\s+am|i['’]m|we\s+are|we['’]re)"
    r"(?:\s+(?:only|just|now|finally))?\s+(?:writing|typing|recording|entering)"
    r"(?:\s+(?:this|these)(?:\s+(?:notes?|entry|record))?)?(?:\s+up)?\s+on",
    re.I,
)
TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|yesterday)\b", re.I)
