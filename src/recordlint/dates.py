"""UK dates as practitioners write them, and the contact and recorded dates of a record.

Dates are day first (02/03/2026 is 2 March 2026). Accepted shapes: 02/03/2026, 2/3/26,
11.02.2026, 2-3-2026, 2026-03-02, 2 March 2026, 2nd Mar 2026, March 2nd 2026, with an optional
weekday in front ("Tuesday 14 January 2026", "Tues 3/2") and an optional time after
("14:30", "2.30pm", "at 10:15"). A date that does not exist (31/02/2026) is not a date.
A date without a year (3/2, 6 Jan) is read only where the caller supplies the year; a
weekday and a day alone ("Monday 9th") only where the note's other date fixes the month.

:func:`find_record_dates` reads the header lines that say when the contact happened and when
the note was written ("Date of contact: 02/03/2026", "Seen 5/1/26 ... typed up 9/1/26",
"Recorded: 6 February 2026"), the timed calls of a provider's log, and the signature at the
foot of a note ("JB 19/02/26"). A date in the body of a note ("discharged on 26/01") is
never taken for either.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from recordlint.regex_cache import compiled

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?,?"
)
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# A two-digit year is never the hour of a time that follows ("3 November 14:10").
_YEAR = r"(?P<year>\d{4}|\d{2}(?![:.]\d))"
_TIME = (
    r"(?P<time>(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?\s?(?P<ampm>[ap]m|[ap]\.m\.)"
    r"|(?P<hour24>[0-2]?\d)[:.](?P<minute24>[0-5]\d)(?::[0-5]\d)?(?:\s?(?:hrs|hours))?"
    r"|(?P<hhmm>[0-2]\d[0-5]\d)\s?(?:hrs|hours))"
)

# Each shape is tried in turn; the named groups are read by _build.
_NUMERIC = rf"(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<month>[01]?\d)(?:(?P=sep){_YEAR})?"
_ISO = r"(?P<iyear>\d{4})-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)"
# A year may be cut short with an apostrophe: "3rd Nov '25".
_DAY_MONTH = rf"{_DAY}(?:\s+of)?\s+(?P<mname>{_MONTH_NAME})(?:,?\s+['’]?{_YEAR})?"
# The month's name between hyphens, as case systems stamp dates: "27-Nov-2026", "4-Dec-26".
_DAY_MONTH_DASHED = rf"{_DAY}-(?P<mname>{_MONTH_NAME})(?:-{_YEAR})?"
_MONTH_DAY = rf"(?P<mname>{_MONTH_NAME})\s+{_DAY},?(?:\s+['’]?{_YEAR})?"
# A weekday and an ordinal day with no month ("visited on Monday 9th"): the month is read
# from the note's other date, and only where the weekday then fits (see _on_its_weekday).
_WEEKDAY_DAY = (
    r"(?P<wday>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?,?"
    r"\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Parsing these long patterns was most of this module's import, on every start: their
# compiled code comes from the data cache (see recordlint.regex_cache).
_SHAPES = compiled(
    [
        rf"(?i)(?<![\w/.\-])(?:{_WEEKDAY}\s+)?(?:the\s+)?(?:{shape})(?![\w/]|[.\-]\d)"
        # The time is on the date's own line: a time opening the next line is a log entry's.
        rf"(?:(?:[ \t]*,[ \t]*|[ \t]+at[ \t]+|[ \t]+@[ \t]*|[ \t]+)"
        rf"(?!\d+[/.\-]\d+[/.\-]){_TIME}(?!\w))?"
        for shape in (_ISO, _NUMERIC, _DAY_MONTH, _DAY_MONTH_DASHED, _MONTH_DAY, _WEEKDAY_DAY)
    ]
)
# Days that share a month and a year, written once for both ("Seen 9-10/11/26", "Visits 9 &
# 10/11/26", "9th and 10th November 2026"): the range reads as its last day, with its first
# kept (see DateMatch.first_day).
_SHARED_MONTH = r"(?P<first>[0-3]?\d)(?:st|nd|rd|th)?[ \t]*(?:-|–|&|\+|and|to)[ \t]*"
_RANGES = compiled(
    [
        rf"(?i)(?<![\w/.\-])(?:{_WEEKDAY}\s+)?{_SHARED_MONTH}(?:{shape})(?![\w/]|[.\-]\d)"
        for shape in (_NUMERIC, _DAY_MONTH)
    ]
)
_TIME_ONLY = re.compile(rf"^\s*{_TIME}\s*$", re.I)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: its offsets, and its parts (year None where it was not written;
    month 0 and the weekday, Monday 0, for a weekday and a day alone: "Monday 9th"; a range
    of days sharing their month, "9-10/11/26", is its last day, with its first day kept)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    clock: time | None
    weekday: int | None = None
    first_day: int | None = None  # a range of days in one month: its first ("9-10/11/26")

    def resolve(self, year: int) -> date | datetime | None:
        """The date, with ``year`` where none was written; None if there is no such day or
        no month was written."""
        if not self.month:
            return None
        try:
            day = date(self.year if self.year is not None else year, self.month, self.day)
        except ValueError:
            return None
        return datetime.combine(day, self.clock) if self.clock is not None else day


# Dates of birth reach back a century and more; plans and reviews look a few years ahead.
_PLAUSIBLE_YEARS = (1880, 2150)


def _full_year(text: str) -> int:
    value = int(text)
    if len(text) == 4:
        return value
    # Two-digit years: records are about recent contacts, so 26 is 2026; a pivot keeps a
    # stray 98 (a date of birth, say) in the previous century.
    pivot = (date.today().year % 100) + 10
    return 2000 + value if value <= pivot else 1900 + value


def _clock(match: re.Match[str]) -> time | None:
    if match.group("time") is None:
        return None
    if match.group("ampm"):
        hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
        if not 1 <= hour <= 12:
            return None
        pm = match.group("ampm").lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    elif match.group("hhmm"):
        hour, minute = divmod(int(match.group("hhmm")), 100)  # "1410hrs"
    else:
        hour, minute = int(match.group("hour24")), int(match.group("minute24"))
    if hour > 23:
        return None
    return time(hour, minute)


def _build(match: re.Match[str]) -> DateMatch | None:
    groups = match.groupdict()
    year: int | None
    if groups.get("iyear"):
        year, month, day = int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"])
    else:
        day = int(groups["day"])
        if groups.get("wday"):
            month = 0  # a weekday and a day: the month comes from the note's other date
        elif groups.get("mname"):
            month = MONTHS[groups["mname"].lower().rstrip(".")]
        else:
            month = int(groups["month"])
        year = _full_year(groups["year"]) if groups.get("year") else None
    if not (0 <= month <= 12 and 1 <= day <= 31):
        return None
    # A four-digit "year" no record could carry is a reference number shaped like a date
    # ("ACN ref 26/11/0144"), not a date.
    if year is not None and not _PLAUSIBLE_YEARS[0] <= year <= _PLAUSIBLE_YEARS[1]:
        return None
    first_day = int(groups["first"]) if groups.get("first") else None
    if first_day is not None and not 1 <= first_day < day:
        return None  # "9-10/11" runs forward; "12 & 10/11" is not a range of days
    clock = _clock(match) if "time" in groups else None
    if groups.get("time") is not None and clock is None:
        return None  # "at 25:00" is not a time, so the whole reading is doubtful
    weekday = _WEEKDAYS.index(groups["wday"][:3].lower()) if groups.get("wday") else None
    found = DateMatch(match.start(), match.end(), year, month, day, clock, weekday, first_day)
    if not month:
        return found
    # A day that never exists in any year (31 April, 30 February) is not a date.
    if found.resolve(year if year is not None else 2024) is None:
        return None
    return found


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text``, leftmost first, longest reading where shapes overlap."""
    candidates: list[DateMatch] = []
    for shape in (*_SHAPES, *_RANGES):
        for match in shape.finditer(text):
            built = _build(match)
            if built is not None:
                candidates.append(built)
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[DateMatch] = []
    for candidate in candidates:
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(candidate)
    return chosen


def parse_uk_date(text: str, *, year: int | None = None) -> date | datetime | None:
    """The date (a ``datetime`` when a time is given) that ``text`` holds and nothing else.

    ``text`` may carry a weekday and a time. A date without a year is read only when ``year``
    is given. Returns None for anything that is not exactly one real date.
    """
    stripped = text.strip().rstrip(".,;")
    for shape in _SHAPES:
        match = shape.fullmatch(stripped)
        if match is None:
            continue
        built = _build(match)
        if built is None or (built.year is None and year is None):
            continue
        resolved = built.resolve(built.year if built.year is not None else year or 0)
        if resolved is not None:
            return resolved
    return None


def parse_time(text: str) -> time | None:
    """A time of day as written ("14:30", "2.30pm", "2pm"), or None."""
    match = _TIME_ONLY.match(text)
    return _clock(match) if match else None


# The words before a date that say what it is come from the record-dates lexicon; the grammar
# around them is here. A label may open with "Date of", "Date/time" or "Time" ("Date of
# visit", "Date entered"), end with "date" or "time" ("Visit date"), name who wrote the note
# ("Recorded by the duty worker"), where it was written ("Entered on Mosaic"), or who was
# called ("Call to Mrs Ives"), and be followed by "on", "at", a colon or a dash.
_LEAD_IN = r"(?:date\s*(?:(?:and|/|&)\s*time\s*)?(?:of\s+)?|time\s+)?"
_LEAD_OUT = r"(?:\s+(?:date\s*(?:(?:and|/|&)\s*time)?|time))?"
# "This note was typed on 07/11/25": the note's own words may lead its recording label.
_NOTE_WORD = r"(?:(?:this\s+)?(?:(?:case\s+)?notes?|record|entry)\s+(?:(?:was|were|is)\s+)?)?"
_WHERE_WRITTEN = r"(?:\s+(?:on|onto|in|into)(?:\s+the)?\s+(?!on\b|at\b)[\w\-]+)?"
_WHO_WROTE = r"(?:\s+by:?\s+[\w.]+(?:\s+[\w.]+){0,2}?)?"
# A note or entry that names its writer ("Note by SW 19/02:", "Entry by J. Bloggs 4/3").
_NOTE_BY = r"(?:case\s+)?(?:notes?|entry|comment)\s+by:?\s+[\w.]+(?:\s+[\w.]+){0,2}?"
_WHO_WITH = r"(?:\s+(?:to|with|from)\s+[\w.'’]+(?:\s+[\w.'’]+){0,3}?)?"
# Who made the contact or raised what was received, after its label ("Visit by SW:",
# "Seen by OT", "Concern raised by carer:"): one to three words naming a doer. "By" with a
# date straight after it is a deadline ("Review by 10/04/26"), and a plan says what is to
# be done ("to be seen by OT by 03/04/26"): no word of the doer is "by", a verb's helper
# or a preposition, so neither reads as a contact.
_DOER_WORD = r"(?!(?:by|to|be|been|on|at|before|after|for|will|is|was|due|next)\b)[\w.'’]+"
_WHO_BY = rf"(?:\s+by:?\s+(?P<doer>{_DOER_WORD}(?:\s+{_DOER_WORD}){{0,2}}?))?"
# A contact label said as a clause: "Visit took place on 09/11/26", "Call happened 3/2".
_HAPPENED = (
    r"(?:\s+(?:took\s+place|happened|occurred)"
    r"(?:\s+by\s+(?:tele)?phone|\s+by\s+video(?:\s+call)?|\s+in\s+person)?)?"
)
# A contact said to be done: "home visit completed 22/01/2026".
_DONE = r"completed|undertaken|carried\s+out|conducted"
# "was" lets a label read as a clause: "(contact was 18/11/25)", "Visit was on 3/2"; "of"
# names the contact a note is for ("recorded 7/11 for visit of 3/11"); the time may come
# between the label and its date ("Recorded at 09:15 on 07/11/25", "Visit: 14:10 on 3/11").
_LABEL_TIME = (
    r"(?:\s*[:\-–—]?\s*(?:at\s+|@\s*)?(?:[0-2]?\d:[0-5]\d(?:\s?(?:[ap]m|hrs))?"
    r"|[01]?\d\s?[ap]m|[0-2]\d[0-5]\d\s?hrs)(?=\s+on\b))?"
)
_TAIL = rf"(?:\s+(?:was|were))?{_LABEL_TIME}(?:\s+(?:on|at|in|of))?\s*[:\-–—=]?\s*$"
# After a recording label "of" names what was written up, not when ("write-up of 06/11/26
# visit", "notes of 06/11"): that date is the contact (see about_a_day).
_TAIL_WRITTEN = rf"(?:\s+(?:was|were))?{_LABEL_TIME}(?:\s+(?:on|at|in))?\s*[:\-–—=]?\s*$"
# A recording label may say the writing was late: "Entered late on 07/11/25", "Note entered
# late: 07/11/25", "Recorded (late): 07/11/25" (a bracketed aside, see _ASIDE).
_LATE = r"(?:\s+(?:late|retrospectively))?"
# A full stop after a lone capital is an initial ("Written up by J. Bloggs"), not a break.
_CLAUSE_BREAK = re.compile(r"[,;()\[\]|]|(?<!\b[A-Z])\.")
# A header line's fields are set apart by a run of spaces or a tab, or a spaced dash
# ("Held: 15/01/26 by video   Written up: 21/01/26", "Call from DN  -  Call received: ..."),
# or a bar ("Event: 07/10/26 | Record created 19/10/26 | Last modified 19/10/26"); a label is
# read from its own field only.
_FIELD_BREAK = re.compile(r"[ \t]*\t[ \t]*| {3,}|[ \t]+[\-–—][ \t]+|[ \t]*\|[ \t]*")
# A short bracketed aside between a label and its date: "Recorded (late): 07/11/25",
# "Contact (phone): 03/11/25". A bracket with figures is a date's or a time's, not an aside.
_ASIDE = re.compile(r"[ \t]*\([^()\d\n]{1,25}\)(?=[ \t]*[:\-–—]?[ \t]*$)")
_RANGE_AFTER = re.compile(r"[ \t]*(?:-|–|—|to|until|till)[ \t]*", re.I)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")
_SEPARATORS = " \t-–—:|*•"
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
}  # fmt: skip
_DAYS_LATER = (
    r"(?:(?P<same>(?:the\s+)?same\s+day)|(?P<next>(?:the\s+)?(?:next|following)\s+day)"
    rf"|(?P<count>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?P<unit>days?|weeks?)\s+"
    r"(?:later|after(?:wards)?(?:\s+the\s+(?:contact|visit|call|meeting|session))?))"
)
# A signature: initials or a name with initials ("JB", "J. Bloggs", "Jo Bloggs SW").
_SIGNATURE = re.compile(r"(?:(?:[A-Z][a-z'’\-]+|[A-Z]{1,2}|(?:[A-Z]\.){1,3})\s*,?\s*){1,4}")
# What a signature line says around the name: "Signed: J Bloggs (SW)   Date: 19/02/26".
_SIGNED = re.compile(r"^\s*signed(?:\s+by)?\s*:?|\bdate(?:d)?\s*:?\s*$", re.I)
_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr)\b", re.I)
# Who filled a field in, after its date: "by R Moss", "by Rachel Moss FCS".
_BY_WHOM = re.compile(rf"by:?\s+{_SIGNATURE.pattern}")
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]{1,2}|(?:[A-Z]\.){1,3})(?![\w])")
_MAX_LABEL_CHARS = 60
_LINE_WINDOW = 400
# A note's header: its first lines, up to the first blank line or this many lines with text.
_HEADER_LINES = 4
# A short first line without figures, then a blank line, is a title; the header goes on.
_TITLE_CHARS = 60


# The writer's own contact on a weekday, in the body ("I visited Mrs Ash at home on Monday",
# "Seen on Tuesday"): nothing between the contact word and
# the day that starts another clause or names another doer ("I phoned her daughter who
# said she saw the GP on Monday").
_WEEKDAY_NAME = r"(?P<wday>mon|tues|wednes|thurs|fri|satur|sun)day"
_ANY_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NOT_THE_WRITERS = (
    r"(?:[^.,;:!?\n\"“”()](?!\b(?:who|which|that|said|says|told|but|because|when|"
    r"after|before|until|she|he|they|i|we|will|would|next|this|every)\b)){0,50}?"
)
_LONE_WEEKDAY = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day(?![\w])(?![ \t]*,?[ \t]*(?:the\s+)?\d)", re.I
)
# Words before the contact in its sentence that make it part of what somebody else did or
# said ("She told me the carers did not come after I visited on Monday").
_SUBORDINATE = re.compile(
    r"\b(?:after|since|when|before|because|that|said|says|told|who|which|she|he|they|as"
    r"|until|if|whether)\b",
    re.I,
)
# Words that make what comes before a receipt label a sentence, not what was received.
_A_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|been|has|have|had|said|says|told|that|who|which|if|when)\b", re.I
)
# The writer saying, in a sentence of their own, that they write the note on a day: "I am
# writing this on 2 December 2026", "I'm typing this note up on 11/12/25".
_WRITING_NOW = re.compile(
    r"(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+(?:writing|typing|recording|entering)"
    r"(?:\s+(?:this|these)(?:\s+(?:notes?|entry|record))?)?(?:\s+up)?\s+on",
    re.I,
)
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|yesterday)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Labels:
    contact: re.Pattern[str]
    recorded: re.Pattern[str]
    recorded_field: re.Pattern[str]
    record_completed: re.Pattern[str]
    receipt: re.Pattern[str]
    other_date: re.Pattern[str]
    late_reason: re.Pattern[str]
    contact_after: re.Pattern[str]
    recorded_after: re.Pattern[str]
    about_the_writing: re.Pattern[str]
    written_later: re.Pattern[str]
    contact_on_weekday: re.Pattern[str]
    contact_on_a_date: re.Pattern[str]
    date_then_contact: re.Pattern[str]
    weekday_then_contact: re.Pattern[str]
    note_of_a_weekday: re.Pattern[str]
    contact_told: re.Pattern[str]
    about_a_day: re.Pattern[str]
    written_afterwards: re.Pattern[str]
    contact_word: re.Pattern[str]
    meeting_named: re.Pattern[str]
    other_event: re.Pattern[str]
    contacts_over: re.Pattern[str]
    source_notes: re.Pattern[str]
    from_notes: re.Pattern[str]
    typed_from: re.Pattern[str]


def _alternation(terms: list[str]) -> str:
    # Longest first, so "written up" wins over "written"; dots in a term are optional, and
    # its words may be hyphenated ("Written-up:", "Typed-up"), and an apostrophe may be
    # either ("rec'd", "rec’d").
    ordered = sorted(terms, key=len, reverse=True)
    return "|".join(
        r"(?:\s+|-)".join(
            re.escape(word).replace(r"\.", r"\.?").replace("'", "['’]") for word in term.split()
        )
        for term in ordered
    )


@functools.cache
def _labels() -> _Labels:
    from recordlint.lexicon import load_lexicon  # the lexicon loader imports nothing of ours

    terms: dict[str, list[str]] = {}
    for entry in load_lexicon("record-dates").entries:
        terms.setdefault(entry.kind, []).append(entry.term)
    # A meeting is a contact, and an event of the case another date ("Discharge 09/11/26").
    terms["contact"] += terms["meeting"]
    terms["other_date"] += terms["other_event"]
    # A week or a period is another date, except where a header names the contacts in it.
    terms["other_date"] += terms["week_of"] + terms["period"]
    contact, recorded = _alternation(terms["contact"]), _alternation(terms["recorded"])
    anywhere = r"(?<![\w.])(?:{})(?![\w])"
    fields = _alternation(terms["recorded_field"])
    subject = _alternation(terms["subject"])
    return _Labels(
        # The label is the clause's last words; what may come before it is checked by the
        # caller (nothing outside the header, heading words inside it).
        contact=re.compile(
            rf"(?:^|(?P<before>.*?)\s)(?:{_LEAD_IN}(?:{contact}){_LEAD_OUT}{_WHO_WITH}{_WHO_BY}"
            rf"{_HAPPENED}){_TAIL}",
            re.I,
        ),
        recorded=re.compile(
            rf"(?:^|(?P<before>.*?)\s)"
            rf"(?:{_LEAD_IN}{_NOTE_WORD}(?:{recorded}){_LATE}{_LEAD_OUT}{_WHERE_WRITTEN}"
            rf"{_WHO_WROTE}"
            rf"|{_NOTE_BY}){_TAIL_WRITTEN}",
            re.I,
        ),
        # A field's whole label ("Created: 07/11/25", "Date completed - 07/11/25", "Record
        # created 19/10/2026"): its
        # "before" group never matches, as nothing may come before the label.
        recorded_field=re.compile(
            rf"(?P<before>(?!)x)?{_LEAD_IN}{_NOTE_WORD}(?:{fields}){_LEAD_OUT}{_TAIL}",
            re.I,
        ),
        # A screening, triage or enquiry record's own field for its completion ("Screening
        # completed: 16/11/26"), the record perhaps named by what it records first
        # ("Incident form completed", "Adult safeguarding enquiry completed"): the writing,
        # but only as a field of the header. A record named by whose it is ("OT report",
        # "Mrs Ash's form") is another's.
        record_completed=re.compile(
            rf"(?P<before>(?!)x)?{_LEAD_IN}(?:(?!(?-i:[A-Z]{{2,}}s?)\b)[^\W\d][\w\-]*\s+){{0,2}}"
            rf"(?:{_alternation(terms['record_name'])})\s+"
            rf"(?:{fields}){_LEAD_OUT}{_TAIL}",
            re.I,
        ),
        # The receipt of what the note is about ("Referral rec'd 01/11", "Date concern
        # received:"): the note's contact only where it names no contact of its own.
        receipt=re.compile(
            rf"(?:^|(?P<before>.*?)\s)(?:{_LEAD_IN}(?:{_alternation(terms['receipt'])})"
            rf"{_LEAD_OUT}{_WHO_WITH}{_WHO_BY}){_TAIL}",
            re.I,
        ),
        # Receipt is never the writing, and no date received is the contact when the note
        # names one of its own: receipt words make a date another date elsewhere.
        other_date=re.compile(
            anywhere.format(_alternation(terms["other_date"] + terms["receipt"])), re.I
        ),
        late_reason=re.compile(anywhere.format(_alternation(terms["late_reason"])), re.I),
        # A log entry that opens with its date and then says what the contact was
        # ("05/03/26 - HV to Mr Ash", "22/06/26 tel call from Mrs Pope").
        contact_after=re.compile(rf"^[\s\-–—:]*(?:{contact})(?![\w])", re.I),
        # A date the words after it make the writing of the note ("Fri 4 Dec - writing up
        # Monday's visit"): a recording label straight after the date and a dash or colon.
        recorded_after=re.compile(rf"[ \t]*[\-–—:][ \t]*(?:{recorded})(?![\w/]|['’]\w)", re.I),
        # A sentence about the writing of the note ("Written up late due to leave", "This
        # note was entered late because ...").
        about_the_writing=re.compile(
            rf"^(?:this\s+)?{_NOTE_WORD}(?:(?:was|were|is)\s+)?(?:{recorded})(?![\w]|['’]\w)",
            re.I,
        ),
        # The same, saying when by counting from the contact: "Written the same day",
        # "(typed up 6 days later)", "This note was entered a week after the visit", or
        # after the contact's own date and a dash or colon ("12/03/26 - typed up 4 days
        # later").
        written_later=re.compile(
            rf"(?:^|(?<=[\n.;,(\[|])|(?<=\d)(?=[ \t]*[\-–—:]))[ \t]*(?:[\-–—*•:]+[ \t]*)?"
            rf"(?:this\s+)?{_NOTE_WORD}"
            rf"(?:(?:was|were|is)\s+)?(?:{recorded})\s+(?:on\s+)?{_DAYS_LATER}(?![\w])",
            re.I,
        ),
        # The writer's own contact on a weekday, in the body: "I visited Mrs Ash at home on
        # Monday", "Seen on Tuesday".
        contact_on_weekday=re.compile(
            rf"(?:(?:(?<![\w'’])(?:i|we)\s+|^|(?<=[.!?]\s))(?:{contact})(?![\w])"
            rf"|(?<![\w'’])(?:my|our)\s+(?:{contact})(?![\w]))"
            rf"{_NOT_THE_WRITERS}\s+(?:on|last)\s+{_WEEKDAY_NAME}(?![\w])"
            rf"(?![ \t]*(?:the\s+)?\d)",
            re.I | re.M,
        ),
        # The same, the weekday first: "Last Tuesday (21st) I met with Ms Delgado".
        weekday_then_contact=re.compile(
            rf"(?:^|(?<=[.!?]\s))(?:on\s+|last\s+)?{_WEEKDAY_NAME}(?![\w])"
            r"(?:[ \t]*\([^()\n]{1,12}\))?,?\s+(?:i|we)\s+"
            rf"(?:{contact})(?![\w])",
            re.I | re.M,
        ),
        # The writer's own contact on a day the body dates, the date straight after "on":
        # "I visited Mrs Ash on 4 December 2025", "Spoke to Ms Tally on 11/03 by phone",
        # "Saw her at home on Monday 12th", "on the afternoon of 4 December", "on the Monday
        # (21.9.26)", or named as the writer's own ("Recording my visit on 5 May").
        contact_on_a_date=re.compile(
            rf"(?:(?:(?<![\w'’])(?:i|we)\s+|^|(?<=[.!?]\s))(?:{contact})(?![\w]){_NOT_THE_WRITERS}"
            rf"|(?<![\w'’])(?:my|our)\s+(?:{contact})(?![\w]))"
            rf"\s+on\s+(?:the\s+(?:(?:morning|afternoon|evening)\s+of\s+)?)?"
            rf"(?:{_ANY_WEEKDAY}[ \t]*\([ \t]*)?(?=\d|{_ANY_WEEKDAY}[ \t]+(?:the\s+)?\d)",
            re.I | re.M,
        ),
        # The same, the date first and the writer's contact after it: "On 6 October I
        # attended the MDT", "On 23.07.2026, I visited Mr Francis"; the match ends where the
        # date starts.
        date_then_contact=re.compile(
            r"(?:^|(?<=[.!?]\s))on\s+(?:the\s+)?"
            rf"(?=[^!?;\n]{{1,30}}?,?\s+(?:i|we)\s+(?:{contact})(?![\w]))",
            re.I | re.M,
        ),
        # What a note headed by its own date says it records, on that line or the next:
        # "Thursday 12/11/26 - note of home visit on Monday", "Note re: call taken last
        # Tuesday", "Note of Friday's discharge" ("writing up Monday's visit" may be a week
        # back, so it is left alone).
        note_of_a_weekday=re.compile(
            r"^[\s\-–—:]*(?:notes?|record)\s+(?:of|re:?|about|regarding)\s+"
            r"(?:(?:the|my|our|a)\s+)?"
            rf"(?P<said>(?:{contact})\s+(?:on|last)\s+)?{_WEEKDAY_NAME}"
            r"(?(said)(?![\w])(?![ \t]*,?[ \t]*(?:the\s+)?\d)|['’]s\s+[^\W\d])",
            re.I,
        ),
        # A contact the note tells of, with what it was about or whom it reached ("His
        # daughter rang about the visits", "Spoke to him re his bills"), dated or not.
        contact_told=re.compile(
            rf"(?<![\w.])(?:{contact})\s+(?:about|re|regarding|with|him|her|them|me|us)"
            r"(?![\w])",
            re.I,
        ),
        # What a dated note is about, just before the day it is about: "SP note 17/11/26 re
        # 13/11/26", "Note 17/11 regarding call 13/11", "12/11/26 - note of visit on 9/11",
        # "Typed 12/11/26 from notes of visit 09/11/26" (the words between the two dates).
        # The note may be named by any word for a note, with up to two words before it
        # ("retrospective entry for 02/04/26", "late summary of the call on"), and what it
        # is about said by any word for "about" ("record relating to", "entry re").
        about_a_day=re.compile(
            rf"(?<![\w.])(?:(?:{subject})\s*:?"
            r"|(?:from\s+(?:(?:the|my|our|his|her|their)\s+)?)?"
            r"(?P<named>(?:[^\W\d][\w\-’']*\s+){0,2}?)"
            r"(?:notes?|record(?:ing)?|entry|summary|write[\s\-]?up)\s+"
            r"(?:of|for|about|concerning|covering|relating\s+to|(?:taken|made)\s+(?:at|during|on)"
            r"|(?P<from>from)"
            rf"|(?:{subject})\s*:?))"
            rf"(?:(?:\s+(?:the|my|our|a))?\s+(?:{contact})(?:\s+(?:was|on|of|{_DONE}))*)?"
            r"\s*[:\-–—]?\s*$",
            re.I,
        ),
        # The header says its note was written after the contact: "(call was 20/11, not
        # written up at the time)", "wasn't typed up on the day", "entered late", "Late entry".
        written_afterwards=re.compile(
            rf"(?<![\w])(?:(?:not|wasn['’]t|weren['’]t)\s+(?:{recorded})\s+"
            rf"(?:{_alternation(terms['at_the_time'])})"
            rf"|(?:{recorded})\s+(?:late|retrospectively)"
            rf"|(?:late|retrospective)\s+(?:case\s+)?(?:notes?|record|entry))(?![\w])",
            re.I,
        ),
        contact_word=re.compile(anywhere.format(contact), re.I),
        # A meeting named by what it was about: "Discharge planning meeting (held)".
        meeting_named=re.compile(
            rf"(?<![\w.])(?:{_alternation(terms['meeting'])})(?:\s+held)?{_TAIL}", re.I
        ),
        other_event=re.compile(anywhere.format(_alternation(terms["other_event"])), re.I),
        # A header label for the contacts over several days: a week named by its first day
        # ("Week commencing", "w/c") or a contact word's period ("Contact period:").
        contacts_over=re.compile(
            rf"(?:(?P<week>{_alternation(terms['week_of'])})"
            rf"|(?:{contact})\s+(?:{_alternation(terms['period'])}))\s*[:\-–—]?\s*",
            re.I,
        ),
        # Handwritten or paper notes a record was typed from, and the date they carry, as
        # the words before it end: "Original handwritten notes dated", "Visit sheet date:",
        # "from handwritten notes by R. Bell dated"; and the typing as the words before its
        # date end ("Typed by admin (J. Okafor) on", "Typed on:").
        source_notes=re.compile(anywhere.format(_alternation(terms["source_notes"])), re.I),
        from_notes=re.compile(
            rf"(?<![\w])(?:{_alternation(terms['source_notes'])})(?![\w])[^\n\d]{{0,40}}?"
            r"(?<![\w])(?:date|dated)\s*[:\-–—]?\s*(?:on\s+)?$",
            re.I,
        ),
        typed_from=re.compile(
            rf"(?<![\w])(?:{recorded})(?![\w])(?:[^\n\d.]|(?<=\b[A-Z])\.){{0,60}}?"
            r"\s*[:\-–—]?\s*(?:on\s+)?$",
            re.I,
        ),
    )


@dataclass(frozen=True, slots=True)
class RecordDates:
    """When the contact happened and when the note was written, with where the text says so.

    Spans are None for dates that were not read from the text. ``reason`` is what the note
    says about why it was written when it was ("late entry - worker on leave"), if anything.
    """

    contact: date | datetime | None = None
    recorded: date | datetime | None = None
    contact_span: tuple[int, int] | None = None
    recorded_span: tuple[int, int] | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class _Dated:
    """A date in the text and what its label makes it."""

    match: DateMatch
    # "contact", "recorded", "receipt" and "completion" (see _stand_ins), or "about" (the day
    # a note is about, see _heading_the_writing)
    kind: str
    labelled: bool  # False: a heading or log-entry date taken as the contact
    in_header: bool


def _header_end(text: str) -> int:
    offset, lines_with_text, title_only = 0, 0, False
    for line in text.splitlines(keepends=True):
        if line.strip():
            lines_with_text += 1
            title = line.strip()
            title_only = (
                lines_with_text == 1
                and len(title) <= _TITLE_CHARS
                and not any(c.isdigit() for c in title)
            )
        elif lines_with_text and not title_only:
            return offset
        offset += len(line)
        if lines_with_text == _HEADER_LINES:
            return offset
    return offset


def _line_start(text: str, offset: int) -> int:
    # Looking back no further than a header line could be keeps a long line with many
    # dates linear; a label is never that far from its date.
    floor = max(0, offset - _LINE_WINDOW)
    newline = text.rfind("\n", floor, offset)
    return newline + 1 if newline >= 0 else floor


def _line_end(text: str, offset: int) -> int:
    ceiling = min(len(text), offset + _LINE_WINDOW)
    newline = text.find("\n", offset, ceiling)
    return newline if newline >= 0 else ceiling


def _opens_entry(text: str, match: DateMatch) -> bool:
    """Whether the date opens its line and either the words after it say what the contact
    was ("05/03/26 - HV to Mr Ash") or it carries the time of a call in a care provider's
    or duty log ("Mon 09/02 08:00 - In bed, pad changed")."""
    if text[_line_start(text, match.start) : match.start].strip(_SEPARATORS):
        return False
    if match.clock is not None:
        return True
    after = _CLAUSE_BREAK.split(text[match.end : match.end + 80])[0]
    return _labels().contact_after.match(after) is not None


@dataclass(frozen=True, slots=True)
class _Lead:
    """The words before a date on its line."""

    clause: str  # the clause just before the date, where a label would be
    text: str  # everything since the previous date on the line
    label_leads: bool  # the clause opens its line, or the line opens with a dated entry


def _lead_before(text: str, start: int, floor: int) -> _Lead | None:
    line_start = _line_start(text, start)
    lead = text[max(line_start, floor) : start]
    if len(lead) > 200:
        return None
    clause = _last_field(_CLAUSE_BREAK.split(_ASIDE.sub("", lead))[-1])
    if not clause and lead.rstrip().endswith("("):
        # The date in brackets after its label ("writing up Monday's visit (30/11)"): the
        # label is the clause before the bracket, read only where a header may hold it.
        clause = _last_field(_CLAUSE_BREAK.split(lead.rstrip()[:-1])[-1])
        return _Lead(clause, lead, label_leads=False)
    if not clause and lead.rstrip().endswith(","):
        # The date set after its label by a comma ("Phone call with Mrs Ash, 26/11/2026"):
        # read, as in brackets, only where a header may hold it.
        clause = _last_field(_CLAUSE_BREAK.split(lead.rstrip()[:-1])[-1])
        return _Lead(clause, lead, label_leads=False)
    if not clause and floor < line_start and line_start > 0:
        # A label on a line of its own, the date under it ("Recorded:" then "06/03/26").
        previous_start = _line_start(text, line_start - 1)
        previous = text[max(previous_start, floor) : line_start].strip()
        if previous.endswith(":") and len(previous) <= _MAX_LABEL_CHARS:
            clause = _CLAUSE_BREAK.split(previous)[-1].strip(_SEPARATORS)
            return _Lead(clause, lead, label_leads=clause == previous.strip(_SEPARATORS))
    on_line = text[line_start:start].rstrip(_SEPARATORS)
    shortened = _SHORTENED_LABEL.search(lead)
    if not clause and shortened is not None:
        # A label shortened with a full stop ("Rec. 29-04-26", "rec. 23.10.26"): the stop
        # ends no sentence where the word before it is a label of its own.
        unstopped = lead[: shortened.start()] + shortened.group("word")
        label = _last_field(_CLAUSE_BREAK.split(_ASIDE.sub("", unstopped))[-1])
        if _field_kind(label) is not None:
            clause, on_line = label, on_line[: on_line.rfind(".")]
    # A bracket before the label still leaves it opening its line ("(note typed 19/2/26)").
    before_clause = on_line[: len(on_line) - len(clause)].strip(_SEPARATORS + "([")
    leads = not before_clause or _opens_with_date(on_line) or _opens_with_label(on_line)
    return _Lead(clause, lead, label_leads=leads)


# A short word and a full stop just before a date: perhaps a label shortened ("Rec.").
_SHORTENED_LABEL = re.compile(r"(?<![\w.])(?P<word>[A-Za-z]{2,5})\.[ \t:]*$")


def _last_field(clause: str) -> str:
    """The last field of a clause with words in it: "by video call   Written up" gives
    "Written up"; "OT Visit - " keeps "OT Visit"."""
    for field in reversed(_FIELD_BREAK.split(clause)):
        # A slash between fields is a separator too ("Contact 2.3.26 / Recorded 6.3.26").
        if field.strip(_SEPARATORS + "/"):
            return field.strip(_SEPARATORS + "/")
    return ""


def _opens_with_date(line: str) -> bool:
    stripped = line.lstrip(_SEPARATORS)
    found = find_dates(stripped[:40])
    return bool(found) and found[0].start == 0


def _opens_with_label(line: str) -> bool:
    """Whether the line opens with a labelled date ("Visit 09/02/26. Written 10/02/26")."""
    found = find_dates(line[: _MAX_LABEL_CHARS + 40])
    if not found:
        return False
    opening = line[: found[0].start].strip(_SEPARATORS)
    labels = _labels()
    return any(
        (labelled := pattern.fullmatch(opening)) is not None and labelled.group("before") is None
        for pattern in (labels.contact, labels.recorded, labels.recorded_field)
    )


def _starts_a_period(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` is followed by "- <date>" or "to <date>"."""
    connector = _RANGE_AFTER.match(text, end)
    if connector is None:
        return False
    following = find_dates(text[connector.end() : connector.end() + 40])
    return bool(following) and following[0].start == 0


def _classify(text: str, match: DateMatch, floor: int, in_header: bool) -> _Dated | None:
    item = _classify_date(text, match, floor, in_header)
    if match.first_day is not None and (item is None or item.kind != "contact"):
        # A range of days is only ever the contacts it names ("Seen 9-10/11/26"): never
        # the writing, a signature or the day a note is about.
        return None
    return item


def _classify_date(text: str, match: DateMatch, floor: int, in_header: bool) -> _Dated | None:
    found = _lead_before(text, match.start, floor)
    if found is None:
        # Too far into its line for a header's label: a long paragraph, read only where
        # its closing sentence or bracket labels the writing ("... Case closed. (Late
        # entry 24/11.)").
        return _Dated(match, "recorded", True, in_header) if _closing_label(text, match) else None
    clause, lead = found.clause, found.text
    labels = _labels()
    if _starts_a_period(text, match.end):
        return None  # "02/03/26 - 09/03/26": a period, not the day of a contact
    if _WRITING_NOW.fullmatch(clause):
        return _Dated(match, "recorded", True, in_header)
    if clause and len(clause) <= _MAX_LABEL_CHARS:
        # The longest label wins: "Call logged" is a contact, "logged" alone the writing,
        # "Call received" a contact, "Referral received" a receipt.
        readings = [
            (kind, labelled)
            for kind, pattern in (
                ("recorded", labels.recorded),
                ("recorded", labels.recorded_field),
                ("completion", labels.record_completed),
                ("contact", labels.contact),
                ("receipt", labels.receipt),
            )
            if (labelled := pattern.fullmatch(clause)) is not None
            # A field's label holds only where the date ends its field: "Completed
            # 07/11/25 the carer's assessment" is a sentence. A record's completion and a
            # receipt are read from the header only.
            and (
                pattern not in (labels.recorded_field, labels.record_completed)
                or _ends_its_field(text, match.end)
            )
            and (in_header or pattern not in (labels.record_completed, labels.receipt))
        ]
        readings.sort(key=lambda reading: len(reading[1].group("before") or ""))
        for kind, labelled in readings:
            before = labelled.group("before")
            doer = labelled.groupdict().get("doer")
            if doer and labels.other_date.search(doer):
                continue  # "Visit by OT booked 03/04/26": a plan, not who made the contact
            # Outside the header the label must be the whole clause and open its line (or a
            # dated log entry's line): "She was seen by her GP on 2/3" and "...that day.
            # Recorded 4/3 that he wishes to move" are prose. Inside it, heading words may
            # come first ("OT Visit - 19/12"), but not words that make it another date
            # ("Next visit 30/03"); a receipt names what was received ("Amb crew referral
            # rec'd").
            if in_header:
                if (kind == "receipt" or doer) and before is not None and _A_CLAUSE.search(before):
                    # "Mrs Ash said the referral was received 01/11", "Mrs Khan was seen
                    # by her GP on 02/03": a sentence, not a field
                    continue
                if before is None or kind == "receipt" or not labels.other_date.search(before):
                    return _Dated(match, kind, True, in_header)
                if kind == "contact" and _names_a_meeting(clause, before):
                    return _Dated(match, "meeting", True, in_header)
            elif before is None and (
                found.label_leads
                or (
                    kind == "recorded"
                    and (_closes_the_note(text, match, lead) or _closing_label(text, match))
                )
            ):
                return _Dated(match, kind, True, in_header)
    about = labels.about_a_day.search(lead) if labels.about_a_day.match(clause) else None
    if about is not None and about.group("from") and not _contact_named_after(text, match):
        # "notes from 06/11/26 visit" names the contact after its date; "notes from
        # 06/11/26" alone may start a period.
        about = None
    # "from notes of visit 09/11" names the notes the writing came from, not another date.
    if labels.other_date.search(lead[: about.start() if about else len(lead)].replace(".", "")):
        return None
    if in_header and floor > _line_start(text, match.start) and about is not None:
        # "SP note 17/11/26 re 13/11/26": the day the note is about, read with the heading
        # date before it (see _heading_the_writing) and nothing on its own.
        return _Dated(match, "about", True, in_header)
    if (
        in_header
        and not lead.strip(_SEPARATORS)
        and (written := labels.recorded_after.match(text, match.end)) is not None
        and not _dates_next(text, written.start())
    ):
        # A header that opens with the day of the writing and says so after it ("Fri 4 Dec
        # - writing up Monday's visit (30/11)"); where the recording label has a date of
        # its own ("12/03/2026 - typed 16/03"), the label is that date's, and the heading
        # date the contact.
        return _Dated(match, "recorded", True, in_header)
    if _opens_entry(text, match):
        return _Dated(match, "contact", False, in_header)
    if _signs_off(text, match):
        return _Dated(match, "recorded", True, in_header)
    if in_header:
        # A heading date with no label ("Emergency Duty Team - Saturday 08/11/2025",
        # "03/03/26, typed up 10/03/26", "Date: 26/02/2026  Recorded: 04/03/2026") is the
        # contact only if the header also says when the note was written; see _entries.
        return _Dated(match, "contact", False, True)
    return None


def _contact_named_after(text: str, match: DateMatch) -> bool:
    """Whether the words straight after a date say what contact it was the day of
    ("06/11/26 visit", "06/11/26 home visit with OT")."""
    after = _CLAUSE_BREAK.split(text[match.end : _line_end(text, match.end)])[0]
    return _labels().contact_after.match(after) is not None


def _dates_next(text: str, start: int) -> bool:
    """Whether the recording label after ``start`` is followed by its own date on its line
    ("- typed 16/03", "- written up on: 16/03/26", "- entered on Mosaic 16/03") or counts
    its own day from the contact ("- typed up 4 days later")."""
    rest = text[start : _line_end(text, start)]
    labels = _labels()
    if labels.written_later.match(rest.lstrip(" \t")):
        return True
    found = find_dates(rest[: _MAX_LABEL_CHARS + 40])
    if not found:
        return False
    label = rest[: found[0].start].strip(_SEPARATORS)
    written = labels.recorded.fullmatch(label)
    return written is not None and written.group("before") is None


def _closes_the_note(text: str, match: DateMatch, lead: str) -> bool:
    """Whether a recording label and its date are the note's closing sentence, after the
    body's last full stop ("She was well. Written up 12/11/26."): nothing follows but a full
    stop, a bracketed aside or the writer's initials."""
    sentence = _CLAUSE_BREAK.split(lead)[-1]
    if not lead[: len(lead) - len(sentence)].rstrip().endswith((".", "!", "?")):
        return False
    rest = re.sub(r"\([^()\d]*\)", "", text[match.end :]).strip(_SEPARATORS + ".\n")
    return not rest or (
        _SIGNATURE.fullmatch(rest) is not None and _INITIALS.search(rest) is not None
    )


# A sentence or a bracket of its own after the body's last full stop, holding only a
# label before its date: "... this time. Typed ", "... next wk. (entered ".
_CLOSING_UNIT = re.compile(
    r"[.!?][ \t]+(?P<bracket>[(\[][ \t]*)?(?P<label>[^.!?()\[\]\n\d]{1,60})$"
)


def _closing_label(text: str, match: DateMatch) -> bool:
    """Whether a recording label and its date close the note in a sentence or a bracket of
    their own after the body's last full stop, however long the paragraph before them:
    "... Case to be closed. Typed 10.11.", "... Nothing further. (Notes written 13/11,
    caseload pressures.)", "... Will reattempt next wk. (entered 27/11)". Writers add when
    they wrote a note at its foot as they add it at its head; only a recording label
    counts, and only where nothing follows but a reason the note gives for the delay, a
    full stop or the writer's initials."""
    unit = _CLOSING_UNIT.search(text, max(0, match.start - _MAX_LABEL_CHARS - 4), match.start)
    if unit is None:
        return False
    label = unit.group("label").strip(_SEPARATORS)
    written = _labels().recorded.fullmatch(label)
    if written is None or written.group("before") is not None:
        return False
    rest = text[match.end :]
    if unit.group("bracket"):
        close = rest.find(")" if "(" in unit.group("bracket") else "]")
        if close < 0 or any(c.isdigit() or c in "([" for c in rest[:close]):
            return False
        rest = rest[close + 1 :]  # the bracket's aside after the date: its own words
    else:
        said, _, later = rest.partition("\n")
        said = said.strip(_SEPARATORS + ".,;")
        if said and not any(c.isdigit() for c in said) and _as_reason(said) is not None:
            rest = later  # "Written up 17/03 due to annual leave."
        elif said and not _signed(said):
            return False  # "Typed 10.11 and sent to the GP.": a sentence going on
    rest = rest.strip(_SEPARATORS + ".\n")
    return not rest or _signed(rest)


def _signed(said: str) -> bool:
    """Whether the words are the writer's initials, or a name with initials ("JB", "J.
    Bloggs")."""
    return _SIGNATURE.fullmatch(said) is not None and _INITIALS.search(said) is not None


def _names_a_meeting(clause: str, before: str) -> bool:
    """Whether a header's contact label is a meeting named by the event it was about
    ("Discharge planning meeting", "Referral meeting held"): other-date words before it, all
    of them events of the case, none a plan or a period ("Next meeting", "Review due")."""
    labels = _labels()
    return (
        labels.meeting_named.search(clause) is not None
        and labels.other_event.search(before) is not None
        and labels.other_date.search(labels.other_event.sub(" ", before)) is None
    )


def _ends_its_field(text: str, end: int) -> bool:
    """Whether nothing but punctuation, a bracketed aside ("(late)") or who filled the field
    in ("Report completed: 16/03/26 by R Moss") follows a date before its field ends."""
    rest = re.sub(r"\([^()]*\)", "", text[end : _line_end(text, end)])
    field = _FIELD_BREAK.split(rest)[0].strip(_SEPARATORS + ".,;")
    return not field or _BY_WHOM.fullmatch(field) is not None


def _signs_off(text: str, match: DateMatch) -> bool:
    """Whether the date is in the note's closing signature: the last line, with only the
    writer's initials or name before or after it ("JB 19/02/26", "J. Bloggs, 19/02/26",
    "19/02/26 JB"). Writers sign and date a note when they write it."""
    line_end = _line_end(text, match.end)
    if text[line_end:].strip():
        return False
    line_start = _line_start(text, match.start)
    before = _SIGNED.sub("", text[line_start : match.start]).strip(_SEPARATORS + ",")
    after = text[match.end : line_end].strip(_SEPARATORS + ",.")
    if before and after:
        return False
    signer = before or after
    if not signer and line_start > 0:
        # The name on the line above, the date under it ("J Bloggs SW" then "19/02/26").
        signer = text[_line_start(text, line_start - 1) : line_start].strip(_SEPARATORS + ",")
    signer = signer.replace("(", " ").replace(")", " ").strip()
    if _SIGNATURE.fullmatch(signer) is None or _INITIALS.search(signer) is None:
        return False
    # "Visit Mrs B" or "Review JB" under a date is a plan, and a title names the person
    # the note is about, never its writer.
    labels = _labels()
    return not (
        _TITLE.search(signer)
        or labels.contact_after.match(signer)
        or labels.other_date.search(signer)
    )


def _line_span(text: str, offset: int) -> tuple[int, int]:
    start, end = _line_start(text, offset), _line_end(text, offset)
    line = text[start:end].rstrip("\r")
    lead = len(line) - len(line.lstrip())
    return start + lead, start + len(line.rstrip())


def _dated(text: str) -> list[_Dated]:
    header_end = _header_end(text)
    dated: list[_Dated] = []
    previous_end = 0
    header_dates = 0
    in_a_period = heading_period = False
    for match in find_dates(text):
        in_header = match.start < header_end
        item = _classify(text, match, previous_end, in_header)
        lead = text[max(_line_start(text, match.start), previous_end) : match.start]
        previous_end = match.end
        # A period's first and last days are heading dates that are not a contact; a date
        # of birth or a referral above the heading date leaves it the first.
        ends_a_period, in_a_period = in_a_period, _starts_a_period(text, match.end)
        if in_header and (item is not None or ends_a_period or in_a_period):
            header_dates += 1
        if in_a_period:
            # A run of days heading a log ("Weekend log - Sat 31/01 - Sun 01/02"), not a
            # period named as one ("Period:", "w/c", "between") or a labelled date that
            # spans days ("Visit 01/03 - 07/03": which day was the visit is not said).
            heading_period = in_header and header_dates == 1 and not _labelled_lead(lead)
        if ends_a_period and heading_period and item is not None and not item.labelled:
            # Its last day stands for the contacts in it: a note typed more than 48 hours
            # after even that day is late whichever day an entry was made.
            dated.append(item)
            continue
        if item is None or ends_a_period:
            continue
        if item.kind == "about" and header_dates == 1:
            item = _Dated(match, "contact", False, True)  # no date before it heads the note
        # Only the header's first date may be an unlabelled heading date; a later one needs
        # to open its line and say what the contact was.
        later_heading_date = not item.labelled and item.in_header and header_dates > 1
        if later_heading_date and not _opens_entry(text, match):
            continue
        dated.append(item)
    dated = _heading_the_writing(text, dated)
    dated = _stand_ins(text, [item for item in dated if item.kind != "about"])
    # A meeting named by what it was about is the contact only where the note says when it
    # was written too; otherwise its date may be the event's own.
    written = any(item.kind == "recorded" for item in dated)
    return [
        _Dated(item.match, "contact", True, item.in_header) if item.kind == "meeting" else item
        for item in dated
        if item.kind != "meeting" or written
    ]


def _heading_the_writing(text: str, dated: list[_Dated]) -> list[_Dated]:
    """A header whose first date heads the note and names no contact, followed on its line
    by an earlier contact the note is about ("SP note 17/11/26 re 13/11/26") or that it
    says was not written up at the time ("25/11/26 WC Mrs Ash (call was 20/11, not written
    up at the time)"): the heading date is the day of the writing, and the earlier day the
    contact (as it is after a recording label: "Written 17/11/26 re 13/11/26"). Nothing
    changes where the note labels its writing elsewhere, or the dates' order does not say
    so."""
    if len(dated) < 2 or any(item.kind == "recorded" for item in dated[1:]):
        return dated
    heading, about = dated[0], dated[1]
    if (
        not heading.in_header
        or (heading.kind, heading.labelled) not in (("contact", False), ("recorded", True))
        or about.kind not in ("contact", "about")
        or not about.in_header
        or not _same_line(text, heading.match.start, about.match.start)
        or not _earlier_day(about.match, heading.match)
    ):
        return dated
    labels = _labels()
    line_start = _line_start(text, heading.match.start)
    lead = text[line_start : about.match.start]
    said = labels.about_a_day.search(lead)
    if said is not None and said.start() > heading.match.end - line_start:
        after = text[about.match.end : _line_end(text, about.match.end)]
        if labels.other_date.search(after.split("(")[0]):
            return dated  # "Note 17/11 re 13/11 referral": the day is another's
        # The words before the note's own word are the heading's: "10/11 - visit note for
        # 06/11" heads a visit.
        heading_words = lead[: said.start()] + " " + (said.group("named") or "")
    elif (heading.kind, about.kind) == ("contact", "contact") and labels.written_afterwards.search(
        text[line_start : _line_end(text, heading.match.end)]
    ):
        heading_words = lead[: len(lead) - len(_CLAUSE_BREAK.split(lead)[-1])]
    else:
        return dated
    if labels.contact_word.search(heading_words):
        return dated  # "17/11 Call from dtr re 13/11": the heading date is the call's
    writing = _Dated(heading.match, "recorded", True, True)
    return [writing, _Dated(about.match, "contact", True, True), *dated[2:]]


def _earlier_day(first: DateMatch, second: DateMatch) -> bool:
    """Whether ``first`` is an earlier day than ``second``, a missing year taken to be the
    other's: both in the same year, so a day that would need another year is not earlier."""
    if not first.month or not second.month:
        return False
    first_year = first.year if first.year is not None else second.year
    second_year = second.year if second.year is not None else first.year
    return (first_year or 0, first.month, first.day) < (second_year or 0, second.month, second.day)


def _stand_ins(text: str, dated: list[_Dated]) -> list[_Dated]:
    """A note that names no contact of its own (no visit, call or heading date, no contact
    it tells of, "his daughter rang about the visits") is about the referral, concern or
    call it received: the header's receipt is its contact. A screening, triage or enquiry
    record that says nowhere else when it was written was written when its header says it
    was completed ("Enquiry completed: 30/10   Report written: 31/10" is an event and its
    report). Otherwise either is another date."""
    kinds = {item.kind for item in dated}
    if not kinds & {"receipt", "completion"}:
        return dated
    labels = _labels()
    own_contact = (
        "contact" in kinds
        or labels.contact_on_weekday.search(text) is not None
        or labels.contact_told.search(text) is not None
    )
    stands_for = {
        "receipt": None if own_contact else "contact",
        "completion": None if "recorded" in kinds else "recorded",
    }
    kept: list[_Dated] = []
    for item in dated:
        kind = stands_for.get(item.kind, item.kind)
        if kind is not None:
            kept.append(
                item if kind == item.kind else _Dated(item.match, kind, True, item.in_header)
            )
    return kept


def _labelled_lead(lead: str) -> bool:
    """Whether the words before a date name what it is: another date's word anywhere, or a
    contact or recording label as the last words of its field."""
    labels = _labels()
    if labels.other_date.search(lead):
        return True
    clause = _last_field(_CLAUSE_BREAK.split(lead)[-1])
    return any(
        (labelled := pattern.fullmatch(clause)) is not None and labelled.group("before") is None
        for pattern in (labels.contact, labels.recorded, labels.recorded_field)
    )


def _entries(text: str) -> list[tuple[_Dated, _Dated]]:
    """(contact, recorded) pairs: each recording date with the contact that comes before it
    (or, in the header, just after it: "Entered: 05/03/26  Contact: 02/03/26")."""
    pairs: list[tuple[_Dated, _Dated]] = []
    contact: _Dated | None = None
    recorded_first: _Dated | None = None
    for item in _dated(text):
        if item.kind == "contact":
            if recorded_first is not None and item.in_header and item.labelled:
                pairs.append((item, recorded_first))
                recorded_first = None
            elif (
                contact is None
                or not contact.labelled
                or (
                    item.labelled
                    and not _same_line(text, contact.match.start, item.match.start)
                    and not _before(item.match, contact.match)
                )
            ):
                # A later contact starts a new entry; a heading or log date never replaces
                # a labelled contact that is still waiting for its recording date, nor does
                # an earlier event the note names after it ("Visit 05/11 following call
                # 01/11", "Visit 05/11/25" then "Incident 01/11/25").
                contact = item
        elif contact is not None:
            pairs.append((contact, item))
            contact = None
        elif not pairs and item.in_header and recorded_first is None:
            recorded_first = item
    return pairs


def _before(first: DateMatch, second: DateMatch) -> bool:
    """Whether ``first`` is plainly an earlier day than ``second`` (both with their years)."""
    if first.year is None or second.year is None or not first.month or not second.month:
        return False
    return (first.year, first.month, first.day) < (second.year, second.month, second.day)


def _same_line(text: str, first: int, second: int) -> bool:
    return "\n" not in text[first:second]


def _dates_read(
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
        contact_span=_line_span(text, contact_at),
        recorded_span=_line_span(text, recorded_at),
        reason=_reason_beside(text, written_end) or _reason_in_a_sentence(text),
    )


def _reason_beside(text: str, recorded_end: int) -> str | None:
    """What the note says, right after a recording date, about why it is late: the rest of
    its line (or bracket), and a bracketed line under it."""
    line_end = _line_end(text, recorded_end)
    said = text[recorded_end:line_end]
    before = text[_line_start(text, recorded_end) : recorded_end]
    if before.count("(") > before.count(")"):
        said = said.split(")", 1)[0]  # "(recorded 04/11/25 due to backlog). His wife ..."
    said = _SENTENCE_BREAK.split(said, maxsplit=1)[0]
    if line_end < len(text):
        next_line = text[line_end + 1 : _line_end(text, line_end + 1)].strip()
        if next_line.startswith("("):
            said += " " + next_line
    return _as_reason(said)


def _reason_in_a_sentence(text: str) -> str | None:
    """A sentence anywhere about the writing of the note that gives a reason ("Written up
    late due to annual leave.")."""
    labels = _labels()
    for sentence in _SENTENCE_BREAK.split(text):
        if len(sentence) <= 200 and labels.about_the_writing.match(sentence.strip()):
            reason = _as_reason(sentence)
            if reason is not None:
                return reason
    return None


def _as_reason(said: str) -> str | None:
    said = " ".join(said.split()).strip(" -–—:;,.()")
    if not said or not _labels().late_reason.search(said):
        return None
    if len(said) > 100:
        said = said[:100].rsplit(" ", 1)[0] + "…"
    return said


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
    for contact_at, recorded_at in _entries(text):
        contact, recorded = _resolve_pair(contact_at.match, recorded_at.match, reference_year)
        if contact is None or recorded is None:
            continue
        reason = _reason_beside(text, recorded_at.match.end)
        if reason is None:
            if not in_a_sentence:
                in_a_sentence.append(_reason_in_a_sentence(text))
            reason = in_a_sentence[0]
        entries.append(
            RecordDates(
                contact=contact,
                recorded=recorded,
                contact_span=_line_span(text, contact_at.match.start),
                recorded_span=_line_span(text, recorded_at.match.start),
                reason=reason,
            )
        )
    return entries


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
    dated = _dated(text)
    for item in dated:
        if item.labelled and item.kind not in found:
            found[item.kind] = item.match
    if "recorded" not in found and (sent := _email_sent(text)) is not None:
        found["recorded"] = sent
    if "recorded" not in found or "contact" not in found:
        typed_up = _typed_from_notes(text, found, reference_year)
        if typed_up is not None:
            return typed_up
    if "recorded" not in found and "contact" in found:
        noted = _note_field(text, found["contact"])
        if noted is not None:
            found["recorded"] = noted
    if "recorded" not in found:
        read = _first_reading(
            lambda: _two_fields(text, reference_year),
            lambda: _recorded_days_later(text, dated, reference_year),
            lambda: _heading_a_weekdays_note(text, dated, reference_year),
            lambda: _counted_back_from_the_heading(text, dated, reference_year),
        )
        if read is not None:
            return read
    elif not any(
        item.kind == "contact" and item.match.start != found["recorded"].start for item in dated
    ):
        # (An email's sent date may also read as a heading date: it is not the contact.)
        recorded_at = found["recorded"]
        read = _first_reading(
            lambda: _contact_on_a_weekday(text, recorded_at, reference_year),
            lambda: _contact_on_a_date(text, recorded_at, reference_year),
            lambda: _contacts_over_days(text, recorded_at, reference_year),
        )
        if read is not None:
            return read
    contact, recorded = _resolve_pair(found.get("contact"), found.get("recorded"), reference_year)
    return RecordDates(
        contact=contact,
        recorded=recorded,
        contact_span=_line_span(text, found["contact"].start) if contact is not None else None,
        recorded_span=_line_span(text, found["recorded"].start) if recorded is not None else None,
    )


# A header field labelled "Note" alone, set apart from what comes before it ("Contact: Mon
# 30th Nov 2026 | Note: Fri 4th Dec 2026", "Contacted 6 Feb - phone. Note 16 Feb.").
_NOTE_FIELD = re.compile(
    r"(?:^|[.;|/,]|[ \t]{2,}|\t|[\-–—(\[][ \t])[ \t]*notes?[ \t]*[:\-–—]?[ \t]*$", re.I
)


def _note_field(text: str, contact_at: DateMatch) -> DateMatch | None:
    """The writing as a short two-field header gives it beside a labelled contact: a date in
    the header whose field's label is "Note" alone ("Note: 12 November '26 | re: family
    meeting held 4th Nov"). Never "Case note 12/11/26", a heading; only the first such
    date, and only one that is not the contact's."""
    end = _header_end(text)
    for match in find_dates(text[:end]):
        if match.start == contact_at.start or match.first_day is not None:
            continue
        if _NOTE_FIELD.search(text[_line_start(text, match.start) : match.start]):
            return match
    return None


def _typed_from_notes(
    text: str, found: dict[str, DateMatch], reference_year: int | None
) -> RecordDates | None:
    """A note typed up from handwritten or paper notes, as its header says: "Original
    handwritten notes dated 27/11/25. Typed by admin 05/12/25.", "Typed by admin (J. Okafor)
    on 16/03/2026 from handwritten notes by R. Bell dated 6/3/26", "Visit sheet date:
    10/3/26". The date the notes carry is the contact (or else the contact the header
    labels), the typing (or else the writing it labels) the writing. Nothing when the
    header names no such notes, or the contact would come after the writing."""
    end = _header_end(text)
    labels = _labels()
    if not labels.source_notes.search(text[:end]):
        return None
    source: DateMatch | None = None
    typed: DateMatch | None = None
    previous = 0
    for match in find_dates(text[:end]):
        lead = text[max(_line_start(text, match.start), previous) : match.start]
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
    contact, recorded = _resolve_pair(contact_at, recorded_at, reference_year)
    if contact is None or recorded is None or _day_of(contact) > _day_of(recorded):
        return None
    if (_day_of(recorded) - _day_of(contact)).days > _YEAR_BACK_DAYS:
        return None  # notes from long before are some other document's
    return _dates_read(
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


def _field_kind(label: str) -> str | None:
    """What a field's whole label says its date is: the contact, the writing, or neither."""
    label = label.strip(_SEPARATORS + "/.,;()[]")
    if not label or len(label) > _MAX_LABEL_CHARS:
        return None
    labels = _labels()
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
    end = _header_end(text)
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
    before = before.strip(_SEPARATORS + "/.,;([")
    after = _BETWEEN_FIELDS.split(after.strip(" \t\r\n"), maxsplit=1)[0]
    after = re.sub(r"\([^()]*\)", " ", after).strip(_SEPARATORS + "/.,;")
    if before:
        return _field_kind(before), before
    return _field_kind(after), after


def _two_fields(text: str, reference_year: int | None) -> RecordDates | None:
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
        _labels().other_date.search(contact_at.label) or _TITLE.search(contact_at.label)
    ):
        return None  # "DOB 02/03/1950 | Entered 04/05/26", "Mr Ash 02/03/1950 ..."
    contact, recorded = _resolve_pair(contact_at.match, recorded_at.match, reference_year)
    if contact is None or recorded is None or _day_of(contact) > _day_of(recorded):
        return None
    if unlabelled and (_day_of(recorded) - _day_of(contact)).days > _YEAR_BACK_DAYS:
        return None  # an unnamed day long before the writing is some other date
    return _dates_read(
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


def _email_sent(text: str) -> DateMatch | None:
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
    found = find_dates(text[offset : _line_end(text, offset)])
    if not found or found[0].first_day is not None:
        return None
    match = found[0]
    return replace(match, start=match.start + offset, end=match.end + offset)


def _contact_on_a_weekday(
    text: str, recorded_at: DateMatch, reference_year: int | None
) -> RecordDates | None:
    """A note with a recording date and no contact date whose body says the writer's contact
    was on a weekday ("I visited Mrs Ash on Monday", "my visit last Tuesday", "Last Tuesday
    (21st) I met with her"): the last such weekday before the
    writing. Nothing when the note names another weekday on its own, the weekday is the
    recording's own (the same day or a week before), or the note also speaks of today or
    yesterday (the contact may be another)."""
    if _TODAY.search(text):
        return None
    said = [
        found
        for pattern in (_labels().contact_on_weekday, _labels().weekday_then_contact)
        for found in pattern.finditer(text)
        if not _in_quotes(text, found.start())
        and not _SUBORDINATE.search(_sentence_before(text, found.start()))
        and not _named_own_contact_before_another(text, found)
    ]
    days = {found.group("wday").lower() for found in said}
    # Any other weekday the note names on its own may be another contact ("and again on
    # Wednesday"), so the note must name just the one.
    if len(days) != 1 or {d.lower() for d in _LONE_WEEKDAY.findall(text)} != days:
        return None
    # "Last Tuesday" written on a Tuesday is a week before; "on Tuesday" may be either.
    last = all(re.search(r"\blast\s+\w+day\b", found.group(0), re.I) for found in said)
    resolved = _weekday_before(recorded_at, said[0].group("wday"), reference_year, last)
    if resolved is None:
        return None
    contact, recorded = resolved
    return _dates_read(
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
    return _AFTERWARDS.search(_sentence_before(text, found.start())) is not None


# A body's day given without its year is read in the year before the writing only when the
# two fall either side of a new year ("on 30 December", written 4 January).
_YEAR_BACK_DAYS = 120


def _contact_on_a_date(
    text: str, recorded_at: DateMatch, reference_year: int | None
) -> RecordDates | None:
    """A note with a recording date and no contact date whose body dates the writer's own
    contact ("Spoke to Ms Tally on 11/03 by phone", "I visited Mrs Opie on the afternoon of 4
    December 2025", "I saw Colin on Friday 6th"): that date. Nothing when the body dates
    more than one such contact, the contact is in quotes or part of what another did or
    said, the note speaks of today or yesterday, or the date falls after the writing (a
    plan, not the contact)."""
    if _TODAY.search(text):
        return None
    said: list[tuple[int, DateMatch]] = []
    labels = _labels()
    for found in (
        *labels.contact_on_a_date.finditer(text),
        *labels.date_then_contact.finditer(text),
    ):
        before = _sentence_before(text, found.start())
        # A sentence may open with the writer's contact as its time ("When I rang the home
        # on Thursday 10th they said ..."); any other subordinate word makes it another's.
        opening = re.sub(r"^\W*when\s*$", "", before, flags=re.I)
        if (
            _in_quotes(text, found.start())
            or _SUBORDINATE.search(opening)
            or _named_own_contact_before_another(text, found)
            # "I met Mrs Ash born on ...", "the referral received on ...": another date. A
            # deadline's "by" goes straight before its date, so "by phone on" is the contact.
            or _labels().other_date.search(re.sub(r"\bby\b", " ", found.group(0), flags=re.I))
        ):
            continue
        dates_there = find_dates(text[found.end() : found.end() + 40])
        if dates_there and dates_there[0].start == 0 and dates_there[0].first_day is None:
            said.append((found.start(), dates_there[0]))
    days = {(match.year, match.month, match.day) for _, match in said}
    if len(days) != 1:
        return None
    start, match = min(said, key=lambda item: item[0])
    contact, recorded = _resolve_pair(match, recorded_at, reference_year)
    if contact is None or recorded is None or _day_of(contact) > _day_of(recorded):
        return None
    if match.year is None and (_day_of(recorded) - _day_of(contact)).days > _YEAR_BACK_DAYS:
        return None  # a day without its year, put a year back: a plan after the writing
    return _dates_read(
        text,
        contact,
        recorded,
        contact_at=start,
        recorded_at=recorded_at.start,
        written_end=recorded_at.end,
    )


_WEEK_DAYS = 7


def _contacts_over_days(
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
    end = _header_end(text)
    found = [match for match in find_dates(text[:end]) if match.start != recorded_at.start]
    if not found or found[0].first_day is not None or not found[0].month:
        return None
    first = found[0]
    lead = text[_line_start(text, first.start) : first.start].strip(_SEPARATORS)
    said = _labels().contacts_over.fullmatch(lead)
    if said is None:
        return None
    if said.group("week"):
        last = first
        days_on = _WEEK_DAYS - 1
    else:
        connector = _RANGE_AFTER.match(text, first.end)
        if connector is None or len(found) < 2 or found[1].start != connector.end():
            return None
        last, days_on = found[1], 0
    if not last.month:
        return None
    contact, recorded = _resolve_pair(last, recorded_at, reference_year)
    if contact is None or recorded is None:
        return None
    contact = _day_of(contact) + timedelta(days=days_on)
    if contact >= _day_of(recorded):
        return None
    return _dates_read(
        text,
        contact,
        recorded,
        contact_at=first.start,
        recorded_at=recorded_at.start,
        written_end=recorded_at.end,
    )


def _day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


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
    back = (day.weekday() - _WEEKDAYS.index(weekday[:3].lower())) % 7
    if back == 0 and last:
        back = 7
    if back == 0:
        return None
    return day - timedelta(days=back), recorded


def _heading_a_weekdays_note(
    text: str, dated: list[_Dated], reference_year: int | None
) -> RecordDates | None:
    """A note whose one date heads it, with no label, and whose heading line or the line
    under it says the note records a contact on a weekday ("Thursday 12/11/26" then "Note
    of home visit on Monday", "12/11/26 - record of call on Monday"): the heading date
    is the writing, and the contact the last such weekday before it. Nothing when the note
    has another date, names another weekday on its own or speaks of today or yesterday, or
    the weekday is the heading's own."""
    if len(dated) != 1 or _TODAY.search(text):
        return None
    heading = dated[0]
    if heading.labelled or not heading.in_header or heading.kind != "contact":
        return None
    at = heading.match
    line_end = _line_end(text, at.end)
    if text[_line_start(text, at.start) : at.start].strip():
        return None  # words before the date may name what it is the date of
    said = _labels().note_of_a_weekday.match(text[at.end : line_end])
    if said is None and line_end < len(text):
        said = _labels().note_of_a_weekday.match(text[line_end + 1 : _line_end(text, line_end + 1)])
    if said is None or not at.month:
        return None
    name = said.group("wday").lower()
    if {d.lower() for d in _LONE_WEEKDAY.findall(text)} != {name}:
        return None
    resolved = _weekday_before(at, name, reference_year)
    if resolved is None:
        return None
    contact, recorded = resolved
    return _dates_read(
        text, contact, recorded, contact_at=at.start, recorded_at=at.start, written_end=at.end
    )


# A day the body counts back from the note's own day and dates in brackets after it ("Ten
# days ago (22/06) I went with the nurse", "A week ago today (Tuesday 24th) his landlord
# rang"); "today" there is the note's day, not another contact.
_COUNTED_BACK = re.compile(
    rf"(?<![\w'’])(?P<count>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?P<unit>days?|weeks?)\s+ago"
    r"(?P<today>\s+today)?[ \t]*\((?P<said>[^()\n]{1,30})\)",
    re.I,
)
_AFTER_COUNTED_BACK = 160


def _counted_back_from_the_heading(
    text: str, dated: list[_Dated], reference_year: int | None
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
    line = text[_line_start(text, at.start) : _line_end(text, at.end)]
    if line.strip(_SEPARATORS + ",.") != text[at.start : at.end] or not at.month:
        return None
    said = list(_COUNTED_BACK.finditer(text))
    if len(said) != 1 or _TODAY.search(_COUNTED_BACK.sub(" ", text)):
        return None
    found = said[0]
    if len(find_dates(text)) != 2 or found.start() < at.end or _in_quotes(text, found.start()):
        return None
    count = _COUNTS.get(found.group("count").lower()) or int(found.group("count"))
    count *= 7 if found.group("unit").lower().startswith("week") else 1
    in_brackets = find_dates(found.group("said"))
    if len(in_brackets) != 1 or in_brackets[0].first_day is not None:
        return None
    bracket = in_brackets[0]
    fallback = reference_year if reference_year is not None else date.today().year
    written = at.resolve(at.year if at.year is not None else fallback)
    if written is None:
        return None
    contact = _day_of(written) - timedelta(days=count)
    if (
        bracket.day != contact.day
        or (bracket.month and bracket.month != contact.month)
        or (bracket.year is not None and bracket.year != contact.year)
        or (bracket.weekday is not None and bracket.weekday != contact.weekday())
    ):
        return None
    rest = _SENTENCE_BREAK.split(text[found.end() : found.end() + _AFTER_COUNTED_BACK])[0]
    labels = _labels()
    if labels.other_date.search(rest) or not (
        re.match(r"[\s,]*(?:i|we)\s", rest, re.I) or labels.contact_word.search(rest)
    ):
        return None
    return _dates_read(
        text,
        contact,
        written,
        contact_at=found.start(),
        recorded_at=at.start,
        written_end=at.end,
    )


def _sentence_before(text: str, offset: int) -> str:
    floor = max(0, offset - _LINE_WINDOW)
    starts = [text.rfind(mark, floor, offset) for mark in (". ", "! ", "? ", "\n")]
    return text[max(max(starts) + 1, floor) : offset]


def _in_quotes(text: str, offset: int) -> bool:
    """Whether ``offset`` falls inside a quotation in its paragraph."""
    paragraph = text[text.rfind("\n\n", 0, offset) + 1 : offset]
    straight = paragraph.count('"')
    return straight % 2 == 1 or paragraph.count("“") > paragraph.count("”")


def _recorded_days_later(
    text: str, dated: list[_Dated], reference_year: int | None
) -> RecordDates | None:
    """The dates of a note that says when it was written by counting from its one contact
    ("Home visit, 8 July 2026, 10am. Written the same day.", "Seen 3/2/26 ... typed up six
    days later"). Nothing when the note gives no contact, or more than one."""
    contacts = [i for i in dated if i.kind == "contact" and (i.labelled or i.in_header)]
    days = {(i.match.year, i.match.month, i.match.day) for i in contacts}
    if len(days) != 1 or contacts[0].match.year is None:
        return None  # a log's many contacts, or a day without its year: nothing to count from
    said = _labels().written_later.search(text)
    if said is None:
        return None
    if said.group("same"):
        later = 0
    elif said.group("next"):
        later = 1
    else:
        later = _COUNTS.get(said.group("count").lower()) or int(said.group("count"))
        later *= 7 if said.group("unit").lower().startswith("week") else 1
    first = contacts[0].match
    if first.year is None:
        return None
    contact = first.resolve(first.year)
    if contact is None:
        return None
    day = contact.date() if isinstance(contact, datetime) else contact
    return _dates_read(
        text,
        contact,
        day + timedelta(days=later),
        contact_at=first.start,
        recorded_at=said.end(),
        written_end=said.end(),
    )


def _resolve_pair(
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
        if (recorded.month, recorded.day) < (contact.month, contact.day):
            year += 1
        return contact.resolve(contact.year), recorded.resolve(year)
    year = recorded.year if recorded.year is not None else fallback
    contact_year = year
    if (contact.month, contact.day) > (recorded.month, recorded.day):
        contact_year -= 1
    return contact.resolve(contact_year), recorded.resolve(year)


def _on_its_weekday(
    contact: DateMatch, recorded: DateMatch, fallback_year: int
) -> tuple[date | datetime | None, date | datetime | None]:
    """A pair where one date is a weekday and a day alone ("Visited on Monday 9th", then
    "Typed up 19/02/26"): that day in the other date's month, or the month before a
    recording date (after a contact), if its weekday fits there and only there. Nothing is
    guessed: when both months fit, or neither, it stays unknown."""
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
    found: date | datetime | None = fits[0] if len(fits) == 1 else None
    if found is not None and bare.clock is not None:
        found = datetime.combine(found, bare.clock)
    return (found, anchor) if bare is contact else (anchor, found)


def coerce_date(value: object, clock: object = None) -> date | datetime | None:
    """A metadata value as a date or datetime: ISO or UK strings, dates, datetimes.

    ``clock`` is an optional separate time ("14:30", a ``time``); it is ignored when the
    value already carries one. Anything unreadable gives None.
    """
    when: date | datetime | None
    if isinstance(value, date):  # a datetime is a date too
        when = value
    elif isinstance(value, str) and value.strip():
        when = _parse_iso(value.strip()) or parse_uk_date(value)
    else:
        return None
    if when is None or isinstance(when, datetime):
        return when
    at = clock if isinstance(clock, time) else parse_time(clock) if isinstance(clock, str) else None
    return datetime.combine(when, at) if at is not None else when


def _parse_iso(value: str) -> date | datetime | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+\-]\d{2}:?\d{2})?)?", value):
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    # Compare wall-clock times: contact and recording happen in the same place.
    return parsed.replace(tzinfo=None)
