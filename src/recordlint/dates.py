"""UK dates as practitioners write them, and the contact and recorded dates of a record.

Dates are day first (02/03/2026 is 2 March 2026). Accepted shapes: 02/03/2026, 2/3/26,
11.02.2026, 2-3-2026, 2026-03-02, 2 March 2026, 2nd Mar 2026, March 2nd 2026, with an optional
weekday in front ("Tuesday 14 January 2026", "Tues 3/2") and an optional time after
("14:30", "2.30pm", "at 10:15"). A date that does not exist (31/02/2026) is not a date.
A date without a year (3/2, 6 Jan) is read only where the caller supplies the year.

:func:`find_record_dates` reads the header lines that say when the contact happened and when
the note was written ("Date of contact: 02/03/2026", "Seen 5/1/26 ... typed up 9/1/26",
"Recorded: 6 February 2026"). Only dates introduced by such a label count; a date in the
body of a note ("discharged on 26/01") is never taken for either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

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
_YEAR = r"(?P<year>\d{4}|\d{2})"
_TIME = (
    r"(?P<time>(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?\s?(?P<ampm>[ap]m|[ap]\.m\.)"
    r"|(?P<hour24>[0-2]?\d)[:.](?P<minute24>[0-5]\d)(?:\s?(?:hrs|hours))?)"
)

# Each shape is tried in turn; the named groups are read by _build.
_NUMERIC = rf"(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<month>[01]?\d)(?:(?P=sep){_YEAR})?"
_ISO = r"(?P<iyear>\d{4})-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)"
_DAY_MONTH = rf"{_DAY}(?:\s+of)?\s+(?P<mname>{_MONTH_NAME})(?:,?\s+{_YEAR})?"
_MONTH_DAY = rf"(?P<mname>{_MONTH_NAME})\s+{_DAY},?(?:\s+{_YEAR})?"

_SHAPES = [
    re.compile(
        rf"(?<![\w/.\-])(?:{_WEEKDAY}\s+)?(?:the\s+)?(?:{shape})(?![\w/]|[.\-]\d)"
        rf"(?:(?:\s*,\s*|\s+at\s+|\s+@\s*|\s+)(?!\d+[/.\-]\d+[/.\-]){_TIME}(?!\w))?",
        re.I,
    )
    for shape in (_ISO, _NUMERIC, _DAY_MONTH, _MONTH_DAY)
]
_TIME_ONLY = re.compile(rf"^\s*{_TIME}\s*$", re.I)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: its offsets, and its parts (year None where it was not written)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    clock: time | None

    def resolve(self, year: int) -> date | datetime | None:
        """The date, with ``year`` where none was written; None if there is no such day."""
        try:
            day = date(self.year if self.year is not None else year, self.month, self.day)
        except ValueError:
            return None
        return datetime.combine(day, self.clock) if self.clock is not None else day


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
    else:
        hour, minute = int(match.group("hour24")), int(match.group("minute24"))
    if hour > 23:
        return None
    return time(hour, minute)


def _build(match: re.Match[str]) -> DateMatch | None:
    groups = match.groupdict()
    if groups.get("iyear"):
        year, month, day = int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"])
    else:
        day = int(groups["day"])
        if groups.get("mname"):
            month = MONTHS[groups["mname"].lower().rstrip(".")]
        else:
            month = int(groups["month"])
        year = _full_year(groups["year"]) if groups.get("year") else None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    clock = _clock(match)
    if match.group("time") is not None and clock is None:
        return None  # "at 25:00" is not a time, so the whole reading is doubtful
    found = DateMatch(match.start(), match.end(), year, month, day, clock)
    # A day that never exists in any year (31 April, 30 February) is not a date.
    if found.resolve(year if year is not None else 2024) is None:
        return None
    return found


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text``, leftmost first, longest reading where shapes overlap."""
    candidates: list[DateMatch] = []
    for shape in _SHAPES:
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


# Labels that introduce the contact date and the recorded date. They are matched against the
# last clause before a date ("Seen", "at home, typed up", "(note entered"), and may be
# followed by "by <initials or role>", "on", a colon or a dash.
_CONTACT_LABEL = re.compile(
    r"""^(?:
        date\s*(?:and\s+time\s+|/\s*time\s+|&\s*time\s+)?of\s+
            (?:contact|visit|home\s+visit|call|phone\s+call|telephone\s+call|review|
               assessment|meeting|appointment|session)
      | (?:contact|visit|home\s+visit|call|review|assessment|meeting|appointment)\s+
            (?:date|date\s*(?:and|/|&)\s*time)
      | (?:home\s+|joint\s+)?visit(?:ed)? | seen | met | call(?:ed)? | phoned | rang
      | (?:phone|telephone)\s+call | spoke\s+(?:to|with)\s+\w+
    )
    (?:\s+(?:on|at))?\s*[:\-–—]?\s*$""",
    re.I | re.X,
)
_RECORDED_LABEL = re.compile(
    r"""^(?:
        date\s*(?:and\s+time\s+|/\s*time\s+|&\s*time\s+)?
            (?:entered|recorded|typed(?:\s+up)?|written(?:\s+up)?|of\s+(?:entry|recording))
      | time\s+(?:entered|recorded)
      | (?:(?:case\s+)?notes?\s+|record\s+)?
            (?:recorded|entered|typed(?:\s+up)?|written(?:\s+up)?|made|added|input(?:ted)?)
      | (?:recording|entry)\s+date
    )
    (?:\s+by\s+[\w.]+(?:\s+[\w.]+){0,2}?)?(?:\s+(?:on|at))?\s*[:\-–—]?\s*$""",
    re.I | re.X,
)
_CLAUSE_BREAK = re.compile(r"[,.;()\[\]]")
_MAX_LABEL_CHARS = 48


@dataclass(frozen=True, slots=True)
class RecordDates:
    """When the contact happened and when the note was written, with where the text says so.

    Spans are None for dates that were not read from the text.
    """

    contact: date | datetime | None = None
    recorded: date | datetime | None = None
    contact_span: tuple[int, int] | None = None
    recorded_span: tuple[int, int] | None = None


def _label_of(text: str, start: int, floor: int) -> str | None:
    """'contact', 'recorded' or None for the words just before a date at ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[max(line_start, floor) : start]
    if len(lead) > 200:
        return None
    clause = _CLAUSE_BREAK.split(lead)[-1].strip()
    if not clause or len(clause) > _MAX_LABEL_CHARS:
        return None
    if _RECORDED_LABEL.match(clause):
        return "recorded"
    if _CONTACT_LABEL.match(clause):
        return "contact"
    return None


def _line_span(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip("\r")
    lead = len(line) - len(line.lstrip())
    return start + lead, start + len(line.rstrip())


def find_record_dates(text: str, *, reference_year: int | None = None) -> RecordDates:
    """The contact and recorded dates that header lines in ``text`` give, and their lines.

    The first labelled date of each kind counts. A date written without a year takes the
    other date's year (moved on a year if that would put the note before the contact,
    "Seen 30/12, typed 3/1"), or ``reference_year`` (this year by default) when neither
    has one. The spans are the whole header lines, where a finding is shown.
    """
    found: dict[str, tuple[DateMatch, tuple[int, int]]] = {}
    previous_end = 0
    for match in find_dates(text):
        label = _label_of(text, match.start, previous_end)
        previous_end = match.end
        if label is not None and label not in found:
            found[label] = (match, _line_span(text, match.start))
        if len(found) == 2:
            break
    contact_match = found.get("contact", (None, None))[0]
    recorded_match = found.get("recorded", (None, None))[0]
    contact, recorded = _resolve_pair(contact_match, recorded_match, reference_year)
    return RecordDates(
        contact=contact,
        recorded=recorded,
        contact_span=found["contact"][1] if contact is not None else None,
        recorded_span=found["recorded"][1] if recorded is not None else None,
    )


def _resolve_pair(
    contact: DateMatch | None, recorded: DateMatch | None, reference_year: int | None
) -> tuple[date | datetime | None, date | datetime | None]:
    fallback = reference_year if reference_year is not None else date.today().year
    if contact is None or recorded is None:
        lone = contact or recorded
        value = lone.resolve(fallback) if lone is not None else None
        return (value, None) if contact is not None else (None, value)
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
