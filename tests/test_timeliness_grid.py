"""RL911 over a grid of the header forms practitioners write: contact and recording labels,
date shapes, times and separators, with dates in the body that are not the contact."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.dates import find_record_dates, find_record_entries
from tests.conftest import linter_for

_CONTACT_LABELS = (
    "Contact", "Visit", "Call", "Call received", "Seen", "Home visit", "Telephone call",
    "Meeting", "Date of contact", "Date of visit", "Event date", "Episode date",
    "Incident date", "Date seen", "Spoke to daughter", "Visit date", "Contact date", "DOV",
)  # fmt: skip
_RECORDED_LABELS = (
    "Recorded", "Entered", "Written up", "Typed up", "Input", "Note written", "Date recorded",
    "Date of recording", "Date entered", "Created", "Date created", "Completed", "Added",
    "Logged", "Entered late", "Note entered late", "Recorded (late)", "Entry made",
    "Note created",
)  # fmt: skip
_AFTER_LABEL = (": ", " ", " - ")
_BETWEEN = ("   ", " - ", " | ", "\t", "\n", "; ", " / ", ", ")
_CLOCKS = ("", " 14:10", " 2.10pm", " 1410hrs", " at 09:40")
_SHAPES = (
    lambda d: f"{d:%d/%m/%y}",
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d:%d.%m.%y}",
    lambda d: f"{d:%d-%m-%Y}",
    lambda d: f"{d.day} {d:%b %Y}",
    lambda d: f"{d.day}{_suffix(d.day)} {d:%B %Y}",
    lambda d: f"{d:%Y-%m-%d}",
    lambda d: f"{d:%A} {d:%d/%m/%Y}",
    lambda d: f"{d:%A}, {d.day} {d:%B %Y}",
    lambda d: f"{d:%a} {d.day} {d:%b} {d:%y}",
)
# Dates in the body that are not the contact or the writing; each is far from both.
_OTHER_DATES = (
    "Mrs Pollard (DOB 03/02/1941) lives alone.",
    "Review due 30/06/27.",
    "Next visit 28/06/2027 at 10:00.",
    "She was admitted to hospital on 01/06/27.",
    "Appointment booked for 29/06/27 with the GP.",
    'She said "I was told on 02/06/27 that I could go home".',
    "Her care plan dated 25/06/27 is attached.",
)


def _suffix(day: int) -> str:
    if day in (1, 21, 31):
        return "st"
    if day in (2, 22):
        return "nd"
    if day in (3, 23):
        return "rd"
    return "th"


# Up to the end of 2026: a later note would name a day that has not come yet.
_CONTACT_DAY = st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 11, 30))


@st.composite
def _late_or_not(draw: st.DrawFn) -> tuple[str, int]:
    """A note whose header gives the contact and the writing, and the whole days between."""
    contact = draw(_CONTACT_DAY)
    days = draw(st.integers(min_value=0, max_value=9))
    recorded = contact + timedelta(days=days)
    contact_label = draw(st.sampled_from(_CONTACT_LABELS))
    recorded_label = draw(st.sampled_from(_RECORDED_LABELS))
    header = (
        f"{contact_label}{draw(st.sampled_from(_AFTER_LABEL))}"
        f"{draw(st.sampled_from(_SHAPES))(contact)}{draw(st.sampled_from(_CLOCKS))}"
        f"{draw(st.sampled_from(_BETWEEN))}"
        f"{recorded_label}{draw(st.sampled_from(_AFTER_LABEL))}"
        f"{draw(st.sampled_from(_SHAPES))(recorded)}"
    )
    body = " ".join(draw(st.lists(st.sampled_from(_OTHER_DATES), max_size=3)))
    return f"{header}\n\nI visited Mrs Pollard at home. {body}\n", days


@settings(max_examples=150, deadline=None)
@given(_late_or_not())
def test_lateness_is_found_exactly_when_the_dates_read_are_more_than_two_days_apart(
    case: tuple[str, int],
) -> None:
    text, days = case
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is not None and found.recorded is not None, text
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    # Only the contact may carry a time, so whole days count: three days is late.
    assert bool(report.findings) == (days > 2), text


@st.composite
def _on_time_with_noise(draw: st.DrawFn) -> str:
    """A note written within 48 hours, wherever other dates and quotations fall."""
    contact = draw(_CONTACT_DAY)
    recorded = contact + timedelta(days=draw(st.integers(min_value=0, max_value=2)))
    lines = [
        f"{draw(st.sampled_from(_CONTACT_LABELS))}: {draw(st.sampled_from(_SHAPES))(contact)}",
        f"{draw(st.sampled_from(_RECORDED_LABELS))}: {draw(st.sampled_from(_SHAPES))(recorded)}",
        *draw(st.lists(st.sampled_from(_OTHER_DATES), min_size=1, max_size=4)),
    ]
    return "\n".join(draw(st.permutations(lines)))


@settings(max_examples=100, deadline=None)
@given(_on_time_with_noise())
def test_a_note_written_within_two_days_is_never_flagged(text: str) -> None:
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert report.findings == [], text


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_CONTACT_LABELS, *_RECORDED_LABELS, *_OTHER_DATES]),
            st.builds(lambda shape, day: shape(day), st.sampled_from(_SHAPES), _CONTACT_DAY),
            st.sampled_from([*_BETWEEN, *_AFTER_LABEL, *_CLOCKS, "(", ")", "\n\n"]),
            st.text(max_size=8),
        ),
        max_size=14,
    ).map("".join)
)
def test_mixed_labels_dates_and_separators_never_crash(text: str) -> None:
    for entry in find_record_entries(text):
        assert entry.contact is not None and entry.recorded is not None
    linter_for({"select": ["RL911"]}).lint(text, kind="case_note")


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        ("Contact: Monday 3 November 14:10   Recorded: 07/11/25", (11, 3), (11, 7)),
        ("Recorded at 09:15 on 07/11/25\nVisit 03/11/25", (11, 3), (11, 7)),
        ("Visit: 14:10 on 03/11/25\nEntered at 16:05 on 07/11/2025", (11, 3), (11, 7)),
        ("Case note recorded 7/11/25 for visit of 3/11/25", (11, 3), (11, 7)),
        ("Contact Date & Time: 03/11/2025 @ 14:10\nEntry made: 07/11/2025", (11, 3), (11, 7)),
        ("Visit 03/11/25, entered late 07/11/25 (annual leave)", (11, 3), (11, 7)),
        ("Late entry 07/11/25 for visit 03/11/25", (11, 3), (11, 7)),
        ("Recorded (late): 07/11/25\nContact: 03/11/25", (11, 3), (11, 7)),
        ("Contact: 03/11/2025   Created: 07/11/2025   Worker: JB", (11, 3), (11, 7)),
        ("Contact: 03/11/2025 | Added: 07/11/2025 (late)", (11, 3), (11, 7)),
        ("Visit 03/11/2025\n\nI visited.\n\nNote entered late: 07/11/25", (11, 3), (11, 7)),
        ("Incident 19/12/25 approx 19:30. Info received from provider 22/12/25, "
         "recorded 23/12/25", (12, 19), (12, 23)),
        ("Visit 05/11/25 following call 01/11/25\nEntered 06/11/25", (11, 5), (11, 6)),
        ("Visit 05/11/25\nIncident 01/11/25\nEntered 06/11/25", (11, 5), (11, 6)),
        ("Visit 3rd Nov '25\nEntered: 7th Nov '25", (11, 3), (11, 7)),
    ],
)  # fmt: skip
def test_header_forms_from_the_grid(
    text: str, contact: tuple[int, int], recorded: tuple[int, int]
) -> None:
    found = find_record_dates(text, reference_year=2025)
    assert found.contact is not None and found.recorded is not None
    assert (found.contact.month, found.contact.day) == contact
    assert (found.recorded.month, found.recorded.day) == recorded
    assert found.contact.year == found.recorded.year == 2025


@pytest.mark.parametrize(
    "text",
    [
        "Visit 03/11/2025\nCare plan completed 07/11/2025",
        "Home visit 03/11/25\n\nCompleted 07/11/25 the carer's assessment with her.",
        "Contact: 03/11/2025\nLast updated: 10/11/2025",  # an update is not the writing
        "Contact: 03/11/2025\nSigned off by manager: 10/11/2025",
        "Home visit 03/11/25\nAdded to waiting list 07/11/25",
        "From: J Bloggs\nSent: 7/11/2025 09:12\n\nI phoned Mr Ash on 03/11/25.",
    ],
)
def test_what_names_something_else_stays_quiet(text: str) -> None:
    assert find_record_entries(text, reference_year=2025) == []
    assert linter_for({"select": ["RL911"]}).lint(text, kind="case_note").findings == []


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # 7 November 2025 is a Friday.
        ("Recorded: 07/11/25\n\nI saw Mrs Pollard at home on Monday.", date(2025, 11, 3)),
        ("Recorded: 07/11/25\n\nVisited Mrs Pollard on Monday.", date(2025, 11, 3)),
        ("Entered Friday 07/11/2025\n\nSeen on Wednesday. She is well.", date(2025, 11, 5)),
        ("Written up: Friday 7 November 2025\n\nI met with Mr and Mrs Ash at their home on "
         "Monday to talk about respite.", date(2025, 11, 3)),
    ],
)  # fmt: skip
def test_the_writer_s_contact_on_a_weekday_counts_back_from_the_writing(
    text: str, contact: date
) -> None:
    found = find_record_dates(text, reference_year=2025)
    assert (found.contact, found.recorded) == (contact, date(2025, 11, 7))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Fri 17th - visit Chloe at Liam's. Writing this up Mon as was off sick.", 3),
        ("Tues 3rd - HV to Mrs Ash.\nTyped up Friday.", 3),
        ("Mon 9th - HV to Mrs Ash. Written up Mon.", 0),  # the same day
        ("Mon 9th - HV to Mrs Ash. Written up the following Mon.", 7),
        ("Thurs 23/4 - HV to Mrs Ash (written Mon pm)", 4),  # no year: not dated either
    ],
)
def test_weekdays_alone_give_the_days_between_and_no_dates(text: str, days: int) -> None:
    found = find_record_dates(text)
    assert (found.contact, found.recorded, found.days_after) == (None, None, days)
    flagged = linter_for({"select": ["RL911"]}).lint(text, kind="case_note").findings
    assert len(flagged) == (days > 2)
    if flagged:
        assert f"written {days} days after the contact" in flagged[0].message


@pytest.mark.parametrize(
    "text",
    [
        "17/4 - HV to Mrs Ash. Written up Mon.",  # the contact's weekday is not written
        "Fri 17th - HV to Mrs Ash. Written up 4 days later.",  # no weekday for the writing
        "Fri 17th and Tues 21st - HVs to Mrs Ash. Written up Weds.",  # two contacts
    ],
)
def test_weekdays_alone_that_do_not_give_both_days_stay_quiet(text: str) -> None:
    assert find_record_dates(text).days_after is None
    assert linter_for({"select": ["RL911"]}).lint(text, kind="case_note").findings == []


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # 7 November 2025 is a Friday.
        ("Recorded: 07/11/25\n\nMon am – T/C from Sgt Ealing re Mr Doyle.", date(2025, 11, 3)),
        ("Recorded: 07/11/25\n\nWeds pm - HV to Mrs Ash with her son.", date(2025, 11, 5)),
        ("Entered: 07/11/25\n\nTuesday morning. Visited Mrs Ash at home.", date(2025, 11, 4)),
        ("Recorded: 07/11/25\n\nThursday evening, phone call from Mrs Ash.", date(2025, 11, 6)),
    ],
)  # fmt: skip
def test_a_paragraph_opened_by_its_weekday_and_part_of_the_day_dates_the_contact(
    text: str, contact: date
) -> None:
    found = find_record_dates(text, reference_year=2025)
    assert (found.contact, found.recorded) == (contact, date(2025, 11, 7))


@pytest.mark.parametrize(
    "text",
    [
        "Recorded: 07/11/25\n\nFri am – T/C from Mrs Ash.",  # that day, or a week before
        "Recorded: 07/11/25\n\nMon am – next visit to Mrs Ash.",  # a plan
        "Recorded: 07/11/25\n\nMon am – HV to Mrs Ash booked with the OT.",  # a plan
        "Recorded: 07/11/25\n\nMon am – typed up the call from Mrs Ash.",  # the writing
        "Recorded: 07/11/25\n\nMon am – T/C from Mrs Ash. Carers come Tues + Thurs.",
        "Recorded: 07/11/25\n\nMon am – T/C from Mrs Ash.\n\nWed pm - HV to Mrs Ash.",
        "Recorded: 07/11/25\n\nMonday morning she went to the day centre.",  # no contact
        "Recorded: 07/11/25\n\nShe said the Mon am call was late.",  # not opening it
    ],
)
def test_a_paragraph_s_weekday_that_is_not_plainly_its_contact_stays_quiet(text: str) -> None:
    assert find_record_dates(text, reference_year=2025).contact is None


@pytest.mark.parametrize(
    "text",
    [
        "Recorded: 07/11/25\n\nI phoned her daughter who said she saw the GP on Monday.",
        "Recorded: 07/11/25\n\nI phoned her daughter, she saw the GP on Monday.",
        "Recorded: 07/11/25\n\nI will visit on Monday.",
        "Recorded: 07/11/25\n\nI visited on Monday. I phoned her today.",  # which contact?
        'Recorded: 07/11/25\n\nShe said "I saw him on Monday".',  # her words, not the writer's
        "Recorded: 07/11/25\n\nI visited Mrs A on Friday.",  # that day, or a week before
        "Recorded: 07/11/25\n\nI visited on Monday and again on Wednesday.",
        # The note's own contact came after that visit, on a day it does not give.
        "Recorded: 07/11/25\n\nFollowing my visit on Monday, her son rang.",
        "Recorded: 07/11/25\n\nShe told me the carers did not come after I visited on Monday.",
    ],
)
def test_a_weekday_that_is_not_plainly_the_writer_s_contact_stays_quiet(text: str) -> None:
    assert find_record_dates(text, reference_year=2025).contact is None
    assert linter_for({"select": ["RL911"]}).lint(text, kind="case_note").findings == []


# A note headed by its own date and then the earlier contact it is about, or that it says
# was not written up at the time: the heading date is the writing.
_NOTE_HEADINGS = ("SP note ", "Duty note ", "Manager's note ", "", "Written ", "Note by JB ")
_ABOUT = (" re ", " re: ", " regarding ", " re call ", " re visit on ", " - note of visit on ")
_NOT_AT_THE_TIME = (
    "not written up at the time", "not typed up on the day", "wasn't recorded at the time",
    "entered late", "late entry",
)  # fmt: skip


@st.composite
def _heading_then_earlier_contact(draw: st.DrawFn) -> tuple[str, int]:
    """A note whose heading date is its writing and names the earlier contact after it."""
    contact = draw(_CONTACT_DAY)
    days = draw(st.integers(min_value=0, max_value=9))
    recorded = contact + timedelta(days=days)
    written, about = draw(st.sampled_from(_SHAPES))(recorded), draw(st.sampled_from(_SHAPES))
    if draw(st.booleans()):
        header = (
            f"{draw(st.sampled_from(_NOTE_HEADINGS))}{written}"
            f"{draw(st.sampled_from(_ABOUT))}{about(contact)} - J Hartley"
        )
    else:
        label = draw(st.sampled_from(("call was ", "contact ", "visit was on ", "Visit: ")))
        header = (
            f"{written} Mrs Edna Sowerby ({label}{about(contact)}, "
            f"{draw(st.sampled_from(_NOT_AT_THE_TIME))}) - PN AP"
        )
    body = " ".join(draw(st.lists(st.sampled_from(_OTHER_DATES), max_size=3)))
    return f"{header}\n\nSpoke to Mrs Sowerby. {body}\n", days


@settings(max_examples=150, deadline=None)
@given(_heading_then_earlier_contact())
def test_a_heading_date_about_an_earlier_contact_is_late_exactly_after_two_days(
    case: tuple[str, int],
) -> None:
    text, days = case
    found = find_record_dates(text, reference_year=2026)
    if days:
        assert (found.recorded - found.contact).days == days, text  # type: ignore[operator]
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) == (days > 2), text


@st.composite
def _heading_about_a_day_not_before(draw: st.DrawFn) -> str:
    """A heading date, then the same day or a later one after "re": a plan, a review or an
    appointment the note is about, never an earlier contact."""
    written = draw(_CONTACT_DAY)
    about = written + timedelta(days=draw(st.integers(min_value=0, max_value=60)))
    return (
        f"{draw(st.sampled_from(_NOTE_HEADINGS))}{draw(st.sampled_from(_SHAPES))(written)}"
        f"{draw(st.sampled_from(_ABOUT))}{draw(st.sampled_from(_SHAPES))(about)}"
    )


@settings(max_examples=100, deadline=None)
@given(_heading_about_a_day_not_before())
def test_a_heading_date_about_a_later_day_is_never_late(header: str) -> None:
    report = linter_for({"select": ["RL911"]}).lint(f"{header}\n\nText.\n", kind="case_note")
    assert report.findings == [], header


@pytest.mark.parametrize(
    "text",
    [
        "SP note 17/11/26 re review 20/11/26",
        "SP note 17/11/26 re appointment booked 13/11/26",
        "SP note 17/11/26 re Mrs Ash (DOB 13/11/1940)",
        "SP note 17/11/26 re referral 13/11/26",
        "SP note 17/11/26 re 13/11/26 referral",
        "17/11/26 Duty note re plan agreed 13/11/26",
        "17/11/26 Mrs Ash - next visit was 13/11, not written up at the time",
        "17/11/26 Call from dtr re 13/11/26",
        "25/11/26 WC Mrs Ash (call was 20/11)",
    ],
)
def test_a_heading_date_before_another_date_stays_quiet(text: str) -> None:
    assert find_record_entries(f"{text}\n\nText.", reference_year=2026) == []
    report = linter_for({"select": ["RL911"]}).lint(f"{text}\n\nText.", kind="case_note")
    assert report.findings == []


# More of the forms practitioners date notes with: a meeting named by what it was about, a
# range of contact days sharing their month, the writing first with the contact after it,
# and the writing in a closing line after the body.
_MEETINGS = (
    "Discharge planning meeting", "Strategy meeting", "Best interests meeting held",
    "Referral meeting", "Admission review meeting held", "Discharge meeting held on",
)  # fmt: skip
_RANGES = (
    lambda first, d: f"Seen {first}-{d:%d/%m/%y}",
    lambda first, d: f"Visits {first} & {d.day}/{d.month}/{d.year}",
    lambda first, d: f"Seen {first}{_suffix(first)} and {d.day}{_suffix(d.day)} {d:%B %Y}",
    lambda first, d: f"Home visits {first}–{d:%d.%m.%y}",
)
_WRITING_FIRST = (
    lambda w, c: f"Typed {w} from notes of visit {c}",
    lambda w, c: f"Typed up {w} from my handwritten notes of visit on {c}",
    lambda w, c: f"Entry {w}: visit {c}",
    lambda w, c: f"Note made {w} (visit {c})",
)
_CLOSING = (
    lambda d: f"Written up {d:%d/%m/%y}.",
    lambda d: f"Typed up on {d.day}/{d.month} from handwritten notes.",
    lambda d: f"Written up: {d.day} {d:%B %Y}",
    lambda d: f"She was well. Written up {d:%d/%m/%y}.",
    lambda d: f"No concerns. Typed up {d.day}/{d.month}/{d.year} (annual leave). JB",
)


@st.composite
def _more_forms(draw: st.DrawFn, max_days: int = 9) -> tuple[str, int]:
    """A note in one of the forms above, and the whole days between contact and writing."""
    contact = draw(_CONTACT_DAY.filter(lambda d: d.day > 1))
    days = draw(st.integers(min_value=0, max_value=max_days))
    recorded = contact + timedelta(days=days)
    shape = draw(st.sampled_from(_SHAPES))
    body = " ".join(draw(st.lists(st.sampled_from(_OTHER_DATES), max_size=2)))
    recorded_line = f"{draw(st.sampled_from(_RECORDED_LABELS))}: {shape(recorded)}"
    form = draw(st.integers(min_value=0, max_value=3))
    if form == 0:
        header = f"{draw(st.sampled_from(_MEETINGS))} {shape(contact)}\n{recorded_line}"
    elif form == 1:
        first = draw(st.integers(min_value=1, max_value=contact.day - 1))
        header = f"{draw(st.sampled_from(_RANGES))(first, contact)}\n{recorded_line}"
    elif form == 2:
        header = draw(st.sampled_from(_WRITING_FIRST))(shape(recorded), shape(contact))
        if days == 0:
            return f"{header}\n\nI visited Mrs Pollard at home. {body}\n", 0
    else:
        closing = draw(st.sampled_from(_CLOSING))(recorded)
        return (
            f"Home visit {shape(contact)}\n\nI visited Mrs Pollard at home. {body}\n\n{closing}\n",
            days,
        )
    return f"{header}\n\nI visited Mrs Pollard at home. {body}\n", days


@settings(max_examples=200, deadline=None)
@given(_more_forms())
def test_more_forms_are_late_exactly_when_more_than_two_days_apart(
    case: tuple[str, int],
) -> None:
    text, days = case
    if days:
        found = find_record_dates(text, reference_year=2026)
        assert found.contact is not None and found.recorded is not None, text
        assert (_day(found.recorded) - _day(found.contact)).days == days, text
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) == (days > 2), text


@st.composite
def _more_forms_on_time(draw: st.DrawFn) -> str:
    """The same forms written within 48 hours, with other dates in the body."""
    # Drawn within two days rather than filtered to them: filtering threw away most draws
    # and tripped hypothesis's health check on slower machines.
    text, days = draw(_more_forms(max_days=2))
    assert days <= 2
    return text


@settings(max_examples=100, deadline=None)
@given(_more_forms_on_time())
def test_more_forms_within_two_days_are_never_flagged(text: str) -> None:
    assert linter_for({"select": ["RL911"]}).lint(text, kind="case_note").findings == [], text


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        ("Discharge planning meeting 09/11/26\nWritten up: 12/11/26", (11, 9), (11, 12)),
        ("Best interests meeting held 09/11/26   Recorded 13/11/26", (11, 9), (11, 13)),
        ("Seen 9-10/11/26\nTyped up 13/11/26", (11, 10), (11, 13)),
        ("Visits 9 & 10/11/26\nWritten up 13/11/26", (11, 10), (11, 13)),
        ("Typed 12/11/26 from notes of visit 09/11/26", (11, 9), (11, 12)),
        ("Entry 12/11/26: visit 09/11/26", (11, 9), (11, 12)),
        ("Note made 12/11/26 (visit 09/11/26)", (11, 9), (11, 12)),
        ("Home visit 09/11/26\n\nShe was well.\n\nWritten up 12/11/26.", (11, 9), (11, 12)),
        ("Home visit 09/11/26\n\nShe was well.\n\nTyped up on 12/11 from handwritten notes.",
         (11, 9), (11, 12)),
        ("Home visit 09/11/26\n\nI visited Mrs Ash. She was well. Written up 12/11/26.",
         (11, 9), (11, 12)),
    ],
)  # fmt: skip
def test_more_forms_read_the_contact_and_the_writing(
    text: str, contact: tuple[int, int], recorded: tuple[int, int]
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is not None and found.recorded is not None
    assert (found.contact.month, found.contact.day) == contact
    assert (found.recorded.month, found.recorded.day) == recorded
    assert linter_for({"select": ["RL911"]}).lint(text, kind="case_note").findings


@pytest.mark.parametrize(
    "text",
    [
        # A meeting named by an event is the contact only where the writing is labelled.
        "Discharge planning meeting 09/11/26\n\nMet with the ward staff.",
        # Plans, reviews and meetings ahead; dates of birth; referrals.
        "Next meeting 09/12/26\nWritten up: 12/11/26",
        "Home visit 11/11/26\nNext meeting 09/12/26\nWritten up: 12/11/26",
        "Home visit 11/11/26\n\nShe was well. Next meeting 09/12/26.\n\nWritten up 12/11/26.",
        "Discharge planning meeting due 09/11/26\nWritten up: 12/11/26",
        "Best interests meeting planned 09/11/26\nWritten up: 12/11/26",
        "Review meeting 09/12/26\nWritten up: 12/11/26",
        "Referral 09/11/26\nWritten up: 12/11/26",
        "Visit 11/11/26\nDOB 9-10/11/56\nWritten up 12/11/26",
        "Respite booked 9-15/11/26\nWritten up 20/11/26",
        "Plan: visits 9-10/12/26\nWritten 12/11/26",
        "Typed 12/11/26 from notes of referral 01/11/26",
        "Entry 12/11/26: review due 09/11/26",
        "Typed 12/11/26 from notes of visit 11/11/26",
        "Seen 11-12/11/26\nTyped up 13/11/26",
        # A closing sentence is the writing only where nothing but a full stop, an aside or
        # initials follows it.
        "Home visit 09/11/26\n\nI visited her. Recorded 12/11/26 that he wishes to move.",
        "Home visit 09/11/26\n\nI visited her. Care plan completed 12/11/26.",
    ],
)
def test_more_forms_stay_quiet_on_plans_births_referrals_and_days_within_48_hours(
    text: str,
) -> None:
    report = linter_for({"select": ["RL911"]}).lint(f"{text}\n\nText.", kind="case_note")
    assert report.findings == [], text


# A heading date with no label, then a dash or a colon and the writing with its own date or
# a count of days from the contact ("12/03/2026 - typed 16/03", "12/03/26: typed up 4 days
# later"): the recording label is the later date's, and the heading date the contact.
_HEADING_TITLES = ("", "Supervision notes - Team Manager / SW\n", "Home visit notes\n")
_HEADING_SEPARATORS = (" - ", " – ", " — ", ": ", " -- ")
_WRITING_WORDS = (
    "typed", "typed up", "written up", "w/u", "entered on system", "recorded", "dictated",
    "inputted", "notes typed", "typed up on", "written up by MS on", "typed late",
)  # fmt: skip


def _counted(days: int) -> str:
    if days == 0:
        return "the same day"
    if days == 1:
        return "the next day"
    return "a week later" if days == 7 else f"{days} days later"


@st.composite
def _heading_then_writing(draw: st.DrawFn) -> tuple[str, int]:
    """A note headed by its contact's date and then its writing, and the days between."""
    contact = draw(_CONTACT_DAY)
    days = draw(st.integers(min_value=0, max_value=9))
    recorded = contact + timedelta(days=days)
    shape = draw(st.sampled_from(_SHAPES))
    words = draw(st.sampled_from(_WRITING_WORDS))
    if draw(st.booleans()) and words in ("typed", "typed up", "written up", "recorded"):
        writing = f"{words} {_counted(days)}"
    else:
        writing = f"{words} {draw(st.sampled_from(_SHAPES))(recorded)}"
    header = (
        f"{draw(st.sampled_from(_HEADING_TITLES))}{shape(contact)}"
        f"{draw(st.sampled_from(_HEADING_SEPARATORS))}{writing}"
    )
    body = " ".join(draw(st.lists(st.sampled_from(_OTHER_DATES), max_size=2)))
    return f"{header}\n\nCases discussed. {body}\n", days


@settings(max_examples=200, deadline=None)
@given(_heading_then_writing())
def test_a_heading_date_then_its_writing_is_late_exactly_after_two_days(
    case: tuple[str, int],
) -> None:
    text, days = case
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is not None and found.recorded is not None, text
    assert (_day(found.recorded) - _day(found.contact)).days == days, text
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) == (days > 2), text


@pytest.mark.parametrize(
    ("text", "recorded"),
    [
        ("Supervision notes - Team Manager / SW\n12/03/2026 - typed 16/03", (3, 16)),
        ("12/03/2026 – written up on 16/03/2026", (3, 16)),
        ("12.03.26: entered on system 16.03.26", (3, 16)),
        ("12/03/2026 10:00 - typed 16/03 (annual leave)", (3, 16)),
        ("12/03/2026 - typed up 4 days later", (3, 16)),
        ("12/03/2026 - typed 16/03 - next supervision 16/04/2026", (3, 16)),
    ],
)
def test_a_heading_date_then_its_writing_reads_both(text: str, recorded: tuple[int, int]) -> None:
    found = find_record_dates(f"{text}\n\nText.", reference_year=2026)
    assert found.contact is not None and found.recorded is not None, text
    assert (found.contact.month, found.contact.day) == (3, 12)
    assert (found.recorded.month, found.recorded.day) == recorded
    assert linter_for({"select": ["RL911"]}).lint(f"{text}\n\nText.", kind="case_note").findings


@pytest.mark.parametrize(
    "text",
    [
        "12/03/2026 - typed 13/03/2026",
        "12/03/2026 - typed up 14/03",
        "12/03/2026 - typed up the next day",
        "12/03/2026 - review due 16/06/2026",
        "12/03/2026 - next supervision 16/04/2026",
        "12/03/2026 - next meeting 19/03/2026",
        "12/03/2026 - referral sent 16/03/2026",
        "12/03/2026 - DOB 16/03/1990",
        "12/03/2026 - 16/03/2026",
        "Plan agreed: 09/03/2026. Typed up: 12/03/2026",
        # The writing first, the contact after it, as before.
        "Fri 4 Dec 2026 - writing up Monday's visit",
    ],
)
def test_a_heading_date_then_other_dates_stays_quiet(text: str) -> None:
    report = linter_for({"select": ["RL911"]}).lint(f"{text}\n\nText.", kind="case_note")
    assert report.findings == [], text


# A note headed by its own date alone, whose heading line or the line under it says it is
# the note of a contact on a weekday: the heading is the writing, and the contact the last
# such weekday before it.
_NOTE_OF = ("Note of home visit on ", "note of telephone call on ", "Notes of visit on ",
            "Record of call on ", "note of my visit on ", "Notes of joint visit on ")  # fmt: skip
_HEADING_TO_NOTE = ("\n", " - ", " ", ": ", "\n- ")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@st.composite
def _heading_note_of_a_weekday(draw: st.DrawFn) -> tuple[str, int]:
    written = draw(_CONTACT_DAY)
    back = draw(st.integers(min_value=1, max_value=6))
    weekday = _WEEKDAY_NAMES[(written - timedelta(days=back)).weekday()]
    shape = draw(st.sampled_from(_SHAPES[:4] + _SHAPES[7:]))
    header = (
        f"{shape(written)}{draw(st.sampled_from(_HEADING_TO_NOTE))}"
        f"{draw(st.sampled_from(_NOTE_OF))}{weekday}."
    )
    body = " ".join(draw(st.lists(st.sampled_from(_OTHER_DATES[:3]), max_size=2)))
    return f"{header} Mr Ash was well. {body}\n", back


@settings(max_examples=120, deadline=None)
@given(_heading_note_of_a_weekday())
def test_a_heading_date_then_a_note_of_a_weekday_s_contact_is_late_after_two_days(
    case: tuple[str, int],
) -> None:
    text, back = case
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is not None and found.recorded is not None, text
    assert (_day(found.recorded) - _day(found.contact)).days == back, text
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) == (back > 2), text


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # 12 November 2026 is a Thursday.
        ("Thursday 12/11/26\nNote of home visit on Monday. Mr Ash was well.", (11, 9), (11, 12)),
        ("Thurs 12/11\nNote of home visit on Monday.", (11, 9), (11, 12)),
        ("12/11/26 - record of call on Wednesday", (11, 11), (11, 12)),
        # A contact label said as a clause, with the writing first or after it.
        ("Written on 13/11/26. Visit took place on 09/11/26.", (11, 9), (11, 13)),
        ("Written 13/11/26\nVisit to Mr Ash took place on 09/11/26.", (11, 9), (11, 13)),
        ("Note written 13/11/26. Call happened on 12/11/26.", (11, 12), (11, 13)),
        # The notes the writing was typed from, taken at the contact.
        ("Note typed 13/11/26 from handwritten notes taken at visit on 09/11/26", (11, 9),
         (11, 13)),
        ("Typed 13/11/26 from notes made at the visit on 09/11/26", (11, 9), (11, 13)),
        ("13/11/26 - notes taken during visit 09/11/26", (11, 9), (11, 13)),
    ],
)  # fmt: skip
def test_note_of_a_weekday_took_place_and_notes_taken_at_read_both_dates(
    text: str, contact: tuple[int, int], recorded: tuple[int, int]
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is not None and found.recorded is not None, text
    assert (found.contact.month, found.contact.day) == contact, text
    assert (found.recorded.month, found.recorded.day) == recorded, text


@pytest.mark.parametrize(
    "text",
    [
        # 12 November 2026 is a Thursday: that day, or a week before.
        "Thursday 12/11/26\nNote of home visit on Thursday.",
        # Another weekday, today or yesterday: which contact?
        "Thursday 12/11/26\nNote of home visit on Monday. Next visit on Friday.",
        "Thursday 12/11/26\nNote of home visit on Monday. She fell yesterday.",
        # The heading date is labelled: a visit's own.
        "Visit 12/11/26\nNote of home visit on Monday.",
        # Not what the note says it records, or not its first lines.
        "Thursday 12/11/26\nI saw Mr Ash. Note of home visit on Monday.",
        "Thursday 12/11/26\nNote of review on Monday.",
        "Thurs 12/11/26 writing up Monday's visit.",
        # Another date beside the weekday.
        "Thursday 12/11/26\nNote of home visit on Monday 9th.",
        "Thursday 12/11/26\nNote of home visit on Monday. Visit 11/11/26.",
        # Events of the case and others' doings are not the contact.
        "Written 13/11/26. Discharge took place on 09/11/26.",
        "Written 13/11/26. Referral happened on 09/11/26.",
        "Home visit 13/11/26\nHe said the fall happened on 09/11/26.",
        "Typed 13/11/26 from notes taken at referral meeting 09/11/26 referral",
        # Within 48 hours.
        "Note written 13/11/26. Visit took place on 12/11/26.",
        "Typed 13/11/26 from notes taken at visit on 11/11/26",
        "Thursday 12/11/26\nNote of home visit on Tuesday.",
    ],
)
def test_note_of_a_weekday_took_place_and_notes_taken_at_stay_quiet(text: str) -> None:
    report = linter_for({"select": ["RL911"]}).lint(f"{text}\n\nText.", kind="case_note")
    assert report.findings == [], text
