"""The shapes a UK date is written in (day first), found in text and parsed.

Each shape is one regular expression, compiled once through the regex cache; a match
becomes a :class:`DateMatch` only if the day exists. A range of days that shares its month
("9-10/11/26") is one match that knows its first day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from recordlint.regex_cache import compiled

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?,?"
)
# A weekday in full or as notes shorten it ("Mon", "Tues.", "Weds", "Thurs"), its first
# three letters as ``wday``: the one such fragment of the dates package.
WEEKDAY_FULL_OR_SHORT = (
    r"(?P<wday>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?"
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
# A short weekday this shape accepts ("Weds", "Thurs") must be one _WEEKDAY accepts in
# front of a whole date too, or this shorter reading starts first, wins, and hides the
# month written after the day ("Weds 11th March" read as "Weds 11th").
_WEEKDAY_DAY = rf"{WEEKDAY_FULL_OR_SHORT},?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

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
    if not month and not groups.get("wday"):
        return None  # "15.00" is a time ("9.30 to 15.00"): month 0 is a weekday's day alone

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
    weekday = WEEKDAYS.index(groups["wday"][:3].lower()) if groups.get("wday") else None
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


# A day or a month written in words inside a date ("Fri", "Mar", "November"): a date found
# with none is all figures ("20/11/2026").
_DATE_WORD = re.compile(rf"(?i)\b(?:{_MONTH_NAME}|{_WEEKDAY})(?![a-z])")
_OPENING_WEEKDAY = re.compile(rf"(?i){_WEEKDAY}\s+")
_THE = re.compile(r"(?i)the\s+")


def whole_dates_in_words(text: str) -> list[DateMatch]:
    """The single dates in ``text``, day first, that are whole and name a day or a month in
    words: a day of the month, its month and a year ("18 Mar 26", "13 Nov 2026",
    "25-Nov-2026", "Tue 10 March 2026", "Fri 20/11/2026 09:42"), or a weekday before a day
    and its month in words ("Wed 11th March"). How a case system or a team stamps a
    record's dates. Not whole: "11th March" or "Fri 20/11" (neither a year nor a weekday
    with a month in words); nor a range of days ("6 and 8 January 2026") or a month
    written first ("March 10, 2026"), which read more often as a sentence's date."""
    whole: list[DateMatch] = []
    for match in find_dates(text):
        said = text[match.start : match.end]
        weekday = _OPENING_WEEKDAY.match(said)
        day_from = weekday.end() if weekday else 0
        the = _THE.match(said, day_from)  # "the 1 April 2015"
        day_from = the.end() if the else day_from
        if (
            not match.month
            or match.first_day is not None
            or not said[day_from : day_from + 1].isdigit()
            or not _DATE_WORD.search(said)
        ):
            continue
        if match.year is not None or (weekday and _DATE_WORD.search(said, weekday.end())):
            whole.append(match)
    return whole


_MONTH_WORD = re.compile(rf"(?i)\b{_MONTH_NAME}(?![a-z])")


def a_date_alone(text: str) -> bool:
    """Whether ``text``, blanks aside, is one date with its month in words and nothing else,
    no clock time either: a web page's or a post's date stamp on its own line ("13 Apr",
    "Apr 13, 2019", "Wednesday, 24 August 2016")."""
    stripped = text.strip()
    found = find_dates(stripped)
    if len(found) != 1:
        return False
    date_said = found[0]
    return (
        date_said.start == 0
        and date_said.end == len(stripped)
        and date_said.clock is None
        and date_said.first_day is None
        and _MONTH_WORD.search(stripped) is not None
    )
