"""UK dates and the header lines that give a record's contact and recorded dates."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recordlint.dates import (
    RecordDates,
    a_date_alone,
    coerce_date,
    find_dates,
    find_record_dates,
    find_record_entries,
    parse_time,
    parse_uk_date,
    said_written_late,
    whole_dates_in_words,
)
from tests.conftest import linter_for


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02/03/2026", date(2026, 3, 2)),  # day first: 2 March
        ("2/3/26", date(2026, 3, 2)),
        ("11.02.2026", date(2026, 2, 11)),
        ("2-3-2026", date(2026, 3, 2)),
        ("2026-03-02", date(2026, 3, 2)),
        ("2 March 2026", date(2026, 3, 2)),
        ("2 Mar 2026", date(2026, 3, 2)),
        ("2 Mar. 2026", date(2026, 3, 2)),
        ("22nd Sept 2025", date(2025, 9, 22)),
        ("3rd Nov '25", date(2025, 11, 3)),
        ("Monday 3 November 25 14:10", datetime(2025, 11, 3, 14, 10)),
        ("3/11/2025 1410hrs", datetime(2025, 11, 3, 14, 10)),
        ("1st January 2026", date(2026, 1, 1)),
        ("the 1st of March 2026", date(2026, 3, 1)),
        ("March 2nd, 2026", date(2026, 3, 2)),
        ("Tuesday 14 January 2026", date(2026, 1, 14)),  # the weekday is not checked
        ("Tues 3/2/26", date(2026, 2, 3)),
        ("Weds 11th March 2026", date(2026, 3, 11)),
        ("Weds. 25/2/26", date(2026, 2, 25)),
        ("Mon, 2 March 2026", date(2026, 3, 2)),
        ("02/03/2026 14:30", datetime(2026, 3, 2, 14, 30)),
        ("16/01/2026 10:15", datetime(2026, 1, 16, 10, 15)),
        ("2 March 2026 at 2.30pm", datetime(2026, 3, 2, 14, 30)),
        ("2/3/2026, 9am", datetime(2026, 3, 2, 9, 0)),
        ("2/3/2026 12pm", datetime(2026, 3, 2, 12, 0)),
        ("2/3/2026 12.15am", datetime(2026, 3, 2, 0, 15)),
        ("29/02/2024", date(2024, 2, 29)),
        ("  2 March 2026. ", date(2026, 3, 2)),
    ],
)
def test_parse_uk_date_reads_the_shapes_practitioners_write(
    text: str, expected: date | datetime
) -> None:
    assert parse_uk_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2026",  # no such day
        "29/02/2026",  # not a leap year
        "31 April 2026",
        "03/25/2026",  # month first is not read as day first, nor swapped
        "00/03/2026",
        "2/13/2026",
        "02/03/2026 25:00",
        "02/03-2026",  # mixed separators
        "3/2",  # no year, none given
        "6 Jan",
        "next Tuesday",
        "2.30pm",
        "",
        "nonsense",
        "02/03/2026 and 04/03/2026",  # two dates are not one date
        "Date of contact: 02/03/2026",  # label and date: not a date alone
    ],
)
def test_parse_uk_date_refuses_what_is_not_exactly_one_real_date(text: str) -> None:
    assert parse_uk_date(text) is None


def test_a_date_without_a_year_is_read_with_the_year_given() -> None:
    assert parse_uk_date("3/2", year=2026) == date(2026, 2, 3)
    assert parse_uk_date("6 Jan", year=2026) == date(2026, 1, 6)
    assert parse_uk_date("29/2", year=2025) is None


def test_two_digit_years_are_this_century() -> None:
    assert parse_uk_date("5/1/26") == date(2026, 1, 5)
    assert parse_uk_date("5/1/99") == date(1999, 1, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14:30", time(14, 30)), ("2.30pm", time(14, 30)), ("2pm", time(14, 0)),
     ("10:15 am", time(10, 15)), ("0930hrs", time(9, 30)), ("25:00", None), ("13pm", None)],
)  # fmt: skip
def test_parse_time(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


def test_find_dates_skips_times_ratios_and_money() -> None:
    text = "Visited 2/3/26 at 2.30pm. Care 1:1, £84.50 a week, 5mg, on 24 hours a day."
    found = find_dates(text)
    assert [(m.day, m.month, m.year, m.clock) for m in found] == [(2, 3, 2026, time(14, 30))]
    assert text[found[0].start : found[0].end] == "2/3/26 at 2.30pm"


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        ("Date of contact: 02/03/2026\nDate entered: 06/03/2026\n\nI visited.",
         date(2026, 3, 2), date(2026, 3, 6)),
        ("Contact date: 2 March 2026\nRecorded: 3rd March 2026",
         date(2026, 3, 2), date(2026, 3, 3)),
        ("Visit date - 2/3/26\nWritten up - 5/3/26", date(2026, 3, 2), date(2026, 3, 5)),
        ("Seen 5/1/26 at home, typed up 9/1/26 (system down).",
         date(2026, 1, 5), date(2026, 1, 9)),
        ("Visit date: 2 February 2026. Recorded: 6 February 2026.",
         date(2026, 2, 2), date(2026, 2, 6)),
        ("Date of visit: 11.02.2026 (note entered 16.02.2026)",
         date(2026, 2, 11), date(2026, 2, 16)),
        ("Contact date: 19/02/2026. Typed 25/02/2026.", date(2026, 2, 19), date(2026, 2, 25)),
        ("Seen 5/3/26, written up 10/3/26.", date(2026, 3, 5), date(2026, 3, 10)),
        ("Call on Tuesday 14 January 2026\nI phoned.\n\nDate entered: 16/01/2026 10:15",
         date(2026, 1, 14), datetime(2026, 1, 16, 10, 15)),
        ("Date/time of contact: 02/03/2026 14:30\nDate/time entered: 04/03/2026 2.30pm",
         datetime(2026, 3, 2, 14, 30), datetime(2026, 3, 4, 14, 30)),
        ("Date of assessment: 21/01/2026 (home visit)\n\nText.\n\nRecorded by SW 28/01/2026",
         date(2026, 1, 21), date(2026, 1, 28)),
        ("Date of contact: 02/03/2026", date(2026, 3, 2), None),
        # A bare "Date:" beside a labelled recording date is the contact.
        ("Date: 02/03/2026\nDate entered: 09/03/2026", date(2026, 3, 2), date(2026, 3, 9)),
        ("Date entered: 09/03/2026", None, date(2026, 3, 9)),
        # The recording named as an act, and a write-up or note said to be completed.
        ("Date and time of contact: 03/11/2025 10:00\nDate and time of recording: 07/11/2025",
         datetime(2025, 11, 3, 10, 0), date(2025, 11, 7)),
        ("Visit: Mon 3 Nov 2025\nNote completed: Thu 6 Nov 2025",
         date(2025, 11, 3), date(2025, 11, 6)),
        ("Review held 3/11/25; write-up completed 7/11/25", date(2025, 11, 3), date(2025, 11, 7)),
        ("Held: 15/01/26 by video call   Write up: 21/01/26", date(2026, 1, 15), date(2026, 1, 21)),
    ],
)  # fmt: skip
def test_find_record_dates_reads_header_lines(
    text: str, contact: date | None, recorded: date | None
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


def test_dates_without_a_year_take_the_other_date_or_the_reference_year() -> None:
    seen = find_record_dates("Seen Tues 3/2, notes written 9/2.", reference_year=2026)
    assert (seen.contact, seen.recorded) == (date(2026, 2, 3), date(2026, 2, 9))
    visit = find_record_dates("(Visit 6 Jan, recorded 12 Jan.)", reference_year=2026)
    assert (visit.contact, visit.recorded) == (date(2026, 1, 6), date(2026, 1, 12))
    mixed = find_record_dates("Date of contact: 30/12/2025\nTyped up 2/1", reference_year=1990)
    assert (mixed.contact, mixed.recorded) == (date(2025, 12, 30), date(2026, 1, 2))
    new_year = find_record_dates("Seen 30/12, typed 3/1", reference_year=2026)
    assert (new_year.contact, new_year.recorded) == (date(2025, 12, 30), date(2026, 1, 3))


@pytest.mark.parametrize(
    "text",
    [
        "Date: 02/03/2026\nNo recording date.",  # a bare "Date:" alone says neither
        "Home visit following hospital discharge on 26/01/2026.",
        "Mrs Khan was seen by her GP on 02/03/2026.",
        "Next visit 30/03 with Ms Okafor.",
        "Date written with Mr Clarke: 12 March 2026",
        "Date of contact: 31/02/2026",  # not a day
        "Date of contact: 03/25/2026",  # month first
        "Date of contact: last Tuesday",
        "",
    ],
)
def test_find_record_dates_takes_no_contact_date_from_prose_or_bad_dates(text: str) -> None:
    assert find_record_dates(text, reference_year=2026).contact is None


def test_the_spans_are_the_header_lines() -> None:
    text = "Date of contact: 02/03/2026\n  Date entered: 06/03/2026  \n\nI visited."
    found = find_record_dates(text)
    assert found.contact_span is not None and found.recorded_span is not None
    assert text[slice(*found.contact_span)] == "Date of contact: 02/03/2026"
    assert text[slice(*found.recorded_span)] == "Date entered: 06/03/2026"
    assert find_record_dates("nothing here") == RecordDates()


def test_the_first_labelled_date_of_each_kind_counts() -> None:
    text = "Date of contact: 02/03/2026\nDate entered: 03/03/2026\n\nSeen 20/03/2026 by GP."
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (date(2026, 3, 2), date(2026, 3, 3))


@pytest.mark.parametrize(
    ("value", "clock", "expected"),
    [
        ("2026-03-02", None, date(2026, 3, 2)),
        ("2026-03-02T14:30:00", None, datetime(2026, 3, 2, 14, 30)),
        ("2026-03-02T14:30:00+01:00", None, datetime(2026, 3, 2, 14, 30)),
        ("02/03/2026", None, date(2026, 3, 2)),
        ("2 March 2026", "2.30pm", datetime(2026, 3, 2, 14, 30)),
        (date(2026, 3, 2), "14:30", datetime(2026, 3, 2, 14, 30)),
        (date(2026, 3, 2), time(9, 0), datetime(2026, 3, 2, 9, 0)),
        (datetime(2026, 3, 2, 8, 0), "14:30", datetime(2026, 3, 2, 8, 0)),
        ("2026-02-30", None, None),
        ("31/02/2026", None, None),
        ("unknown", None, None),
        ("", None, None),
        (None, None, None),
        (20260302, None, None),
    ],
)
def test_coerce_date_reads_metadata(value: object, clock: object, expected: object) -> None:
    assert coerce_date(value, clock) == expected


def test_late_note_finding_sits_on_the_recorded_line_and_gives_both_dates() -> None:
    text = "Date of contact: 02/03/2026\nDate entered: 06/03/2026\n\nI visited Mrs Pollard."
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    (finding,) = report.findings
    assert finding.text == "Date entered: 06/03/2026"
    assert "2 March 2026" in finding.message and "6 March 2026" in finding.message
    assert "4 days" in finding.message
    assert report.metrics["contact_date"] == "2026-03-02"
    assert report.metrics["recorded_date"] == "2026-03-06"
    assert report.metrics["hours_to_record"] == 96


def test_late_note_from_metadata_sits_on_the_first_line_and_counts_hours() -> None:
    text = "\n  I phoned Mrs Shaw about the morning calls.\n"
    metadata = {"contact_date": "2026-03-02T09:00", "recorded_date": "2026-03-04T10:30"}
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note", metadata=metadata)
    (finding,) = report.findings
    assert finding.text == "I phoned Mrs Shaw about the morning calls."
    assert "49 hours" in finding.message
    assert report.metrics["hours_to_record"] == 49.5


def test_a_note_dated_before_the_contact_is_a_metric_not_a_finding() -> None:
    metadata = {"contact_date": date(2026, 3, 9), "recorded_date": date(2026, 3, 2)}
    linter = linter_for({"select": ["RL911"]})
    report = linter.lint("I visited.", kind="case_note", metadata=metadata)
    assert report.findings == []
    assert report.metrics["recorded_before_contact"] is True


def test_unreadable_dates_give_nothing_at_all() -> None:
    metadata = {"contact_date": "soon", "recorded_date": "2026-03-09"}
    linter = linter_for({"select": ["RL911"]})
    report = linter.lint("I visited.", kind="case_note", metadata=metadata)
    assert report.findings == [] and report.errors == []
    assert "hours_to_record" not in report.metrics


def test_each_log_entry_is_judged_and_the_late_one_is_named() -> None:
    text = (
        "05/03/26 HV to Mr Ash. Entered 06/03/26.\n"
        "09/03/26 tel call from his son. Entered 16/03/26.\n"
    )
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    (finding,) = report.findings
    assert finding.text == "09/03/26 tel call from his son. Entered 16/03/26."
    assert finding.message.startswith("The entry for the contact on 9 March 2026")
    assert "7 days" in finding.message


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        ("Contact: 03/11/25 14:10   Recorded: 07/11/25",
         datetime(2025, 11, 3, 14, 10), date(2025, 11, 7)),
        ("Visit 17/02/2026 - entered 23/02/2026", date(2026, 2, 17), date(2026, 2, 23)),
        ("Call received: 24/12/2025 22:47 Entered: 29/12/2025",
         datetime(2025, 12, 24, 22, 47), date(2025, 12, 29)),
        ("Contact 08/09/25 | Entered 19/09/25", date(2025, 9, 8), date(2025, 9, 19)),
        ("Contact 08/09/25\tEntered 19/09/25", date(2025, 9, 8), date(2025, 9, 19)),
        ("Visit: 02/04/2026; Input: 10/04/2026", date(2026, 4, 2), date(2026, 4, 10)),
        ("Tel call 02/02/26 (entered 09/02/26)", date(2026, 2, 2), date(2026, 2, 9)),
        ("Supervision held: 09/06/2026\nWritten up: 15/06/2026",
         date(2026, 6, 9), date(2026, 6, 15)),
        ("EDT - New Year's Day 01/01/26\nEntered 05/01/26 - delayed",
         date(2026, 1, 1), date(2026, 1, 5)),
        ("Supervision\n1st July 2025. Written up 8th July.", date(2025, 7, 1), date(2025, 7, 8)),
        ("HOME VISIT  27/01/26    Entered 04/02/26", date(2026, 1, 27), date(2026, 2, 4)),
        ("Entered: 05/03/26   Contact: 02/03/26", date(2026, 3, 2), date(2026, 3, 5)),
        ("Contact:\n02/03/26\nRecorded:\n06/03/26", date(2026, 3, 2), date(2026, 3, 6)),
        ("Date/time of call: 02.03.2026, 09:40\nDate entered on system: 06.03.2026",
         datetime(2026, 3, 2, 9, 40), date(2026, 3, 6)),
        ("Visit 02/03/26\nRecorded by: J Smith on 06/03/26", date(2026, 3, 2), date(2026, 3, 6)),
        ("Date of contact – 02/03/2026 • Date recorded – 06/03/2026",
         date(2026, 3, 2), date(2026, 3, 6)),
        ("Visited 2 Mar 26, written up 6 Mar 26", date(2026, 3, 2), date(2026, 3, 6)),
        ("Visit 02/03/26\nWritten up by SW J. Bloggs on 06/03/26",
         date(2026, 3, 2), date(2026, 3, 6)),
        ("Date of contact: 02/03/2026\nDate of entry onto system: 06/03/2026",
         date(2026, 3, 2), date(2026, 3, 6)),
        ("Date of Contact: 02/03/2026\nDate Recorded on Mosaic: 06/03/2026",
         date(2026, 3, 2), date(2026, 3, 6)),
        ("DATE OF VISIT 02.03.26 DATE ENTERED 06.03.26", date(2026, 3, 2), date(2026, 3, 6)),
        ("Recorded 06/03/26 re: visit on 02/03/26", date(2026, 3, 2), date(2026, 3, 6)),
        ("Telephone contact 02/03/26, recorded 06/03/26", date(2026, 3, 2), date(2026, 3, 6)),
        ("Contact 2.3.26 / Recorded 6.3.26", date(2026, 3, 2), date(2026, 3, 6)),
    ],
)  # fmt: skip
def test_header_forms_practitioners_use(text: str, contact: date, recorded: date) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hirst DOB 03/02/1939\nEntered 19/08/25",
        # A receipt is the contact only as a label ("Referral received 01/08/25, entered
        # 19/08/25" is a note about the referral), never in a sentence.
        "She said the referral was received 01/08/25, entered 19/08/25",
        "Home visit - Mrs Okafor\nNext visit 30/03/26, typed up 06/04/26",
        "02/03/26 - 09/03/26 respite at Ashcombe Lodge",
        "Title line\n\nI phoned her.\n\n12/01/26 she was discharged.\nEntered 20/01/26",
        "Care plan dated 01/01/26\nEntered 05/03/26",
        "w/c 02/03/26\nEntered 06/03/26",
        "Period: 01/03/26 to 07/03/26, entered 08/03/26",
        "Visit 01/03/26 - 07/03/26\nEntered 08/03/26",  # a period, not one day
        "Planned visit 02/03/26\nEntered 10/03/26",
        "Entered 06/03/26\n\nI visited Mrs Khan on 02/03/26.",  # the body's date is not a label
        "Supervision 02/03/26\n\nDiscussed Mr A. Recorded 06/03/26 that he wishes to move.",
        "Hospital admission 20/02/26\nEntered 06/03/26",
        "Letter sent 02/03/26\nEntered 06/03/26",
        # A discharge, shortened as discharge teams write it.
        "D/C date: 08/10/25   Note date: 03/11/25\n\nMon 03/11\n09.20 T/C son re carers.",
        "Planned D/C 20/02/26\nEntered 06/03/26",
    ],
)
def test_no_contact_is_guessed_from_other_dates(text: str) -> None:
    assert find_record_entries(text, reference_year=2026) == []


def test_the_reason_a_note_gives_for_being_late_is_read_and_acknowledged() -> None:
    text = "Visit 16/02/2026 - entered 23/02/2026 (late entry - worker on leave)\n\nI visited."
    (entry,) = find_record_entries(text)
    assert entry.reason == "late entry - worker on leave"
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    (finding,) = report.findings
    assert '"late entry - worker on leave"' in finding.message
    metadata = {"contact_date": "2026-02-16", "recorded_date": "2026-02-23"}
    from_metadata = linter_for({"select": ["RL911"]}).lint(
        text, kind="case_note", metadata=metadata
    )
    assert '"late entry - worker on leave"' in from_metadata.findings[0].message
    on_time = find_record_entries("Contact: 02/03/26  Recorded: 03/03/26 (after team meeting)")
    assert on_time[0].reason is None


def test_a_late_note_that_says_why_is_still_a_warning_and_quotes_the_reason() -> None:
    # The standard asks for notes within 48 hours whatever the cause, and the quality
    # assurance grade counts warnings: a reason given does not make a late note on time.
    linter = linter_for({"select": ["RL911"]})
    said_why = "Visit 16/02/2026 - entered 23/02/2026 (late entry - worker on leave)\n\nI visited."
    (finding,) = linter.lint(said_why, kind="case_note").findings
    assert finding.severity.value == "warning"
    assert "worker on leave" in finding.message
    pointing_back = (
        "Date of visit: 16 November 2026\n"
        "Written: 19 November 2026. This is three days after the visit because I was off sick.\n"
        "\nI visited."
    )
    (finding,) = linter.lint(pointing_back, kind="case_note").findings
    assert finding.severity.value == "warning"
    assert "off sick" in finding.message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Seen 2/3/26 (recorded 9/3/26 due to backlog). His wife was there.", "due to backlog"),
        ("Call: 18/11/2025 15:20    Entered: 24/11/2025\n(Late entry: I was off sick.)",
         "Late entry: I was off sick"),
        ("Visit 02/03/26\nEntered 06/03/26\n\nI visited. Written up late due to annual leave.",
         "Written up late due to annual leave"),
        ("Visit 02/03/26\nEntered 06/03/26\n\nI visited. Carers arrived late due to traffic.",
         None),
        ("Visit: 16/11/2026\nWritten: 19/11/2026. This is three days after the visit because I"
         " was called to an urgent home closure.\n\nI visited.",
         "This is three days after the visit because I was called to an urgent home closure"),
        ("Visit: 16/11/2026\nWritten: 19/11/2026. He was fine because staff helped.",
         None),
        # A sentence that says the note is late, or apologises for the delay in writing it.
        ("Visit 02/03/26\nEntered 06/03/26\n\nI visited. This is late because I was "
         "covering duty all week.", "This is late because I was covering duty all week"),
        ("Visit 02/03/26\nEntered 06/03/26\n\nI visited. Apologies for the delay in "
         "recording; I was on annual leave.",
         "Apologies for the delay in recording; I was on annual leave"),
        ("Visit 02/03/26\nEntered 06/03/26\n\nI visited. Sorry for the delay writing this "
         "up, I was on a course Thursday and Friday.",
         "Sorry for the delay writing this up, I was on a course Thursday and Friday"),
        ("Visit 02/03/26\nEntered 06/03/26. Late because I was off sick.\n\nI visited.",
         "Late because I was off sick"),
        ("Visit 02/03/26\nEntered 06/03/26\n\nI visited. This is four days after the visit "
         "because I was on leave.", "This is four days after the visit because I was on leave"),
        # A delay in writing to someone, or a late start, is not the note's.
        ("Visit 02/03/26\nEntered 06/03/26\n\nSorry for the delay in writing to you, I was "
         "on leave.", None),
        ("Visit 02/03/26\nEntered 06/03/26\n\nLate afternoon visit due to traffic.", None),
    ],
)  # fmt: skip
def test_the_reason_is_the_writer_s_own_words_about_the_delay(
    text: str, reason: str | None
) -> None:
    (entry,) = find_record_entries(text)
    assert entry.reason == reason


_FORMATS = ("{d:02d}/{m:02d}/{y}", "{d}/{m}/{yy:02d}", "{d:02d}.{m:02d}.{y}", "{d}-{m}-{y}",
            "{d} {month} {y}", "{d} {mon} {yy:02d}", "{wd} {d:02d}/{m:02d}/{y}")  # fmt: skip


@given(
    day=st.dates(min_value=date(2001, 1, 1), max_value=date(2030, 12, 31)),
    shape=st.sampled_from(_FORMATS),
    clock=st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0))),
)
def test_a_date_written_any_supported_way_reads_back(
    day: date, shape: str, clock: time | None
) -> None:
    written = shape.format(
        d=day.day, m=day.month, y=day.year, yy=day.year % 100,
        month=day.strftime("%B"), mon=day.strftime("%b"), wd=day.strftime("%A"),
    )  # fmt: skip
    if clock is not None:
        written += f" {clock.strftime('%H:%M')}"
    expected = datetime.combine(day, clock) if clock is not None else day
    assert parse_uk_date(written) == expected


@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    found = find_record_dates(text)
    entries = find_record_entries(text)
    assert isinstance(found, RecordDates)
    assert all(e.contact is not None and e.recorded is not None for e in entries)


@given(st.text(alphabet="0123456789/.-: \n|;ContactEnterdvisby", max_size=200))
def test_date_like_text_never_raises(text: str) -> None:
    for entry in find_record_entries(text):
        assert entry.recorded_span is not None and entry.contact_span is not None


def test_a_time_on_the_next_line_belongs_to_a_log_entry_not_the_date() -> None:
    text = "Contact: 03/11/25 09:20   Recorded: 05/11/25\n\n14:20 Tel call from dtr."
    found = find_record_dates(text)
    assert found.contact == datetime(2025, 11, 3, 9, 20)
    assert found.recorded == date(2025, 11, 5)  # two days: on time when only dates are known
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert report.findings == []


def test_a_reference_number_shaped_like_a_date_is_not_the_contact() -> None:
    # The third part of a notification's reference reads as a year no record carries.
    text = "ACN ref 26/11/0144 rec'd 02/11/2026 08:50. Entered 02/11/2026 09:20 K. Marsh, duty."
    assert [m.year for m in find_dates(text)] == [2026, 2026]
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert report.findings == []
    late = "Ref 12/10/3321. Visit 03/11/2025. Entered 07/11/2025."
    assert [
        f.code for f in linter_for({"select": ["RL911"]}).lint(late, kind="case_note").findings
    ] == ["RL911"]


# Counted from the contact, or named by its weekday alone after it ("typed Friday").
_WRITTEN_LATER = re.compile(
    r"same day|next day|following day|later|after|\b(?:mon|tue|wed|thu|fri|sat|sun)", re.I
)
_SOME_DAY = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))
_WRITTEN_DATE = st.one_of(
    _SOME_DAY.map(lambda day: f"{day.day}/{day.month}/{day.year % 100}"),
    _SOME_DAY.map(lambda day: f"{day.day:02d}/{day.month:02d}"),
    _SOME_DAY.map(lambda day: day.strftime("%a %d %B %Y")),
    _SOME_DAY.map(lambda day: f"{day.strftime('%A')} {day.day}th"),
)
_LABELLED_LINE = st.tuples(
    st.sampled_from([
        "Visit ", "Contact: ", "Written up: ", "Entered ", "Note by SW ", "DOB: ", "w/c ",
        "Signed: J Bloggs (SW)   Date: ", "Email received ", "Mon ", "", "JB ", "Period: ",
        "Visit by SW: ", "Seen by OT by ", "Review by ", "Incident form completed ",
        "notes from ", "Note ", "- write-up of ",
    ]),
    _WRITTEN_DATE,
    st.sampled_from([
        "", " (contact was ", " 08:00 - in bed", ". Written the same day.", " JB", " to ",
        " Typed up six days later.", ", typed up the next day", " - tel call to Mr Ash",
        " visit", " about visit ", " - write-up of ",
    ]),
    st.text(max_size=12),
).map("".join)  # fmt: skip
_RECORD_TEXT = st.lists(st.one_of(_LABELLED_LINE, st.text(max_size=40)), max_size=8).map("\n".join)


def _written_in(text: str, span: tuple[int, int] | None, when: date) -> bool:
    day = when.date() if isinstance(when, datetime) else when
    # A weekday and a day alone ("Monday 9th") is written when that weekday is the day's;
    # a header field's day may be written without separators ("CONTACT: 26012026").
    return span is not None and (
        any(
            span[0] <= found.start < span[1]
            and found.day == day.day
            and (found.month == day.month or (not found.month and found.weekday == day.weekday()))
            for found in find_dates(text)
        )
        or f"{day:%d%m%Y}" in text[span[0] : span[1]]
    )


def _a_weeks_last_day(text: str, span: tuple[int, int] | None, when: date) -> bool:
    """Whether ``when`` is the last day of a week the span names by its first ("W/c 1/1/24")."""
    day = when.date() if isinstance(when, datetime) else when
    return (
        span is not None
        and re.search(r"w/c|w/b|week", text[span[0] : span[1]], re.I) is not None
        and _written_in(text, span, day - timedelta(days=6))
    )


@given(_RECORD_TEXT)
def test_every_date_read_is_written_in_the_text_or_counted_from_the_contact(text: str) -> None:
    entries = find_record_entries(text, reference_year=2026)
    for found in [*entries, find_record_dates(text, reference_year=2026)]:
        if (
            found.contact is not None
            and not _written_in(text, found.contact_span, found.contact)
            and not _a_weeks_last_day(text, found.contact_span, found.contact)
        ):
            # "I visited Mrs Ash on Monday": the weekday is written, the date counted back.
            span = found.contact_span
            assert span is not None
            # (in full or short: "Mon 14:05 T/C", an entry of a week's log).
            assert found.contact.strftime("%a").lower() in text[span[0] : span[1]].lower()
        if found.recorded is None:
            continue
        span = found.recorded_span
        assert span is not None
        if not _written_in(text, span, found.recorded):
            # "Written the same day", "typed up six days later": counted, never guessed.
            assert found.contact is not None
            assert _WRITTEN_LATER.search(text[span[0] : span[1]])


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # 9 February 2026 is a Monday: the month comes from the other date.
        ("I visited Mrs Bell on Monday 9th.\n\nTyped up 19/02/26", date(2026, 2, 9)),
        ("I visited Mrs Bell on Monday the 9th at 2pm.\n\nTyped up 19/02/26",
         datetime(2026, 2, 9, 14, 0)),
        # The weekday does not fit February, nor January: nothing is guessed.
        ("I visited Mrs Bell on Tuesday 9th.\n\nTyped up 19/02/26", None),
        # 9 March and 9 February 2026 are both Mondays: the nearer day is the one meant,
        # and a note late from it is late from the other too.
        ("I visited Mrs Bell on Monday 9th.\n\nTyped up 19/03/26", date(2026, 3, 9)),
    ],
)  # fmt: skip
def test_a_weekday_and_a_day_take_the_month_where_the_weekday_fits(
    text: str, contact: date | None
) -> None:
    assert find_record_dates(text).contact == contact


def test_a_shortened_weekday_keeps_the_month_named_after_its_day() -> None:
    # "Weds 11th March": read whole, not as a weekday and a day alone ("Weds 11th"), whose
    # month would be guessed from the writing (11 February and 11 March 2026 are both
    # Wednesdays) and so not read at all.
    text = "Call taken: Weds 11th March, about 2.15\nWritten: 16/03/26\n\nMr Ash rang."
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (date(2026, 3, 11), date(2026, 3, 16))


@pytest.mark.parametrize(
    ("text", "recorded"),
    [
        ("Home visit, 8 July 2026, 10am. Written the same day.", date(2026, 7, 8)),
        ("Seen 8 July 2026. Typed up the next day.", date(2026, 7, 9)),
        ("Seen 8 July 2026 (typed up six days later)", date(2026, 7, 14)),
        ("Telephone call 11/05/2026\nThis note was written a week after the call.",
         date(2026, 5, 18)),
        # Two contacts: which one the count starts from is not said.
        ("Visit 08/07/26\nVisit 10/07/26\nWritten up three days later.", None),
        # The writing's weekday alone: the first such weekday on or after the contact (8
        # July 2026 is a Wednesday), a week on only where "following" says so.
        ("Seen: Wednesday 8 July 2026 (typed Monday)", date(2026, 7, 13)),
        ("Seen 8 July 2026 - written up Fri.", date(2026, 7, 10)),
        ("Wed 8 Jul 26 - call from the ward\nHe goes home Friday. (written Weds pm)",
         date(2026, 7, 8)),
        ("Seen 8 July 2026. Typed the following Wednesday.", date(2026, 7, 15)),
        # A weekday with a day after it is a date; one with "'s" names the contact.
        ("Seen 8 July 2026 - writing up Monday's notes", None),
        # A plan, or a date that is not a contact, gives no day to count from.
        ("Seen 8 July 2026. To be typed up Friday.", None),
        ("Next visit: Wednesday 8 July 2026 (typed Friday)", None),
        ("Letter dated 8 July 2026 from the GP about his fall (typed Friday)", None),
    ],
)  # fmt: skip
def test_a_recording_date_counted_from_the_one_contact(text: str, recorded: date | None) -> None:
    assert find_record_dates(text).recorded == recorded


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A note about a referral or concern, with no contact of its own: its receipt is
        # the contact.
        ("Crew referral rec'd Sun 01/11/26 via out of hours. Entered 04/11/26 - email "
         "not picked up.\nTried to phone, no answer.", date(2026, 11, 1), date(2026, 11, 4)),
        ("Date concern received: 11/11/2026    Written up: 16/11/2026",
         date(2026, 11, 11), date(2026, 11, 16)),
        ("Referral received 01/08/25, entered 19/08/25", date(2025, 8, 1), date(2025, 8, 19)),
        ("Police notification recd 05/11/26 14:00 - entered 06/11/26 08:55",
         datetime(2026, 11, 5, 14, 0), datetime(2026, 11, 6, 8, 55)),
        # A contact word that names no contact ("assessment to be offered") leaves it so.
        ("Police notification rec'd 06/11/2026 22:10. Written up 11/11/2026.\nCarer's "
         "assessment to be offered.", datetime(2026, 11, 6, 22, 10), date(2026, 11, 11)),
        # A screening or triage record written when its header says it was completed.
        ("Date concern rec'd: 11/11/2026    Screening completed: 16/11/2026",
         date(2026, 11, 11), date(2026, 11, 16)),
        ("Referral received 02/03/26   Triage completed 03/03/26",
         date(2026, 3, 2), date(2026, 3, 3)),
        # The note's own visit or call stays the contact; the receipt is another date.
        ("Referral rec'd 01/11/26\nHome visit: 03/11/26\nRecorded: 04/11/26",
         date(2026, 11, 3), date(2026, 11, 4)),
        ("Source: police notification received 02/11/2026\nDate of contact (call to "
         "adult): 03/11/2026\nDate recorded: 06/11/2026",
         date(2026, 11, 3), date(2026, 11, 6)),
        # "Report written" is the writing; the enquiry's completion is an event before it.
        ("Concern received: 02/09/2025   Enquiry completed: 30/10/2025   Report written: "
         "31/10/2025", date(2025, 9, 2), date(2025, 10, 31)),
    ],
)  # fmt: skip
def test_a_receipt_is_the_contact_only_of_a_note_with_none_of_its_own(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # Received is never the writing, however short.
        ("Visit 02/11/26\nRec'd 06/11/26", date(2026, 11, 2), None),
        ("Visit 02/11/26\nRecd: 06/11/26", date(2026, 11, 2), None),
        ("Fri 6 Nov 2026 - rec'd the daughter's letter about the visit", None, None),
        # The writer's own visit on a weekday is the contact, not the receipt.
        ("Referral rec'd 01/11/26. Entered 06/11/26.\nI visited Mr Ash at home on Thursday.",
         date(2026, 11, 5), date(2026, 11, 6)),
        # A contact the note tells of, undated: which day it was is not said.
        ("Referral received 01/08/25, entered 19/08/25\n\nHis daughter rang about the visits.",
         None, date(2025, 8, 19)),
        # A receipt in the body, or a completion outside the header, is an event.
        ("Visit notes\n\nMrs Ash said the referral was received 01/11/26.\n\nRecorded 06/11/26",
         None, date(2026, 11, 6)),
        ("Referral received 01/11/26\n\nNotes\nScreening completed 06/11/26",
         date(2026, 11, 1), None),
    ],
)  # fmt: skip
def test_a_receipt_or_a_completion_is_never_read_where_it_is_not_the_note_s(
    text: str, contact: date | None, recorded: date | None
) -> None:
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # The note's own date heads it, then the earlier day it is about.
        ("SP note 17/11/26 re 13/11/26 - J Hartley\n\nInfo from dtr.",
         date(2026, 11, 13), date(2026, 11, 17)),
        ("Duty note 17/11/2026 regarding 13/11/2026\n\nText.",
         date(2026, 11, 13), date(2026, 11, 17)),
        ("17/11/26 Manager's note re: call of 13/11/26\n\nText.",
         date(2026, 11, 13), date(2026, 11, 17)),
        ("12/11/26 - note of visit on 09/11/26\n\nText.", date(2026, 11, 9), date(2026, 11, 12)),
        # Or says that contact was not written up at the time.
        ("25/11/26 WC Mrs Edna Sowerby (call was 20/11, not written up at the time) - PN AP\n\n"
         "Spoke to pt.", date(2026, 11, 20), date(2026, 11, 25)),
        ("Tues 24/11/26 Mr Ash - contact 20/11/26, not recorded on the day\n\nText.",
         date(2026, 11, 20), date(2026, 11, 24)),
        ("25/11/26 Mrs Ash (visit was 20/11/26, entered late - leave)\n\nText.",
         date(2026, 11, 20), date(2026, 11, 25)),
    ],
)  # fmt: skip
def test_a_heading_date_is_the_writing_of_a_note_about_an_earlier_contact(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # The heading date names its own contact; the earlier day is what it was about.
        "17/11/26 10:00 Call from dtr re 13/11/26 incident\n\nText.",
        "Call from dtr, 17/11/26 re 13/11/26\n\nText.",
        "17/11/26 Visit (call was 13/11, not written up at the time)\n\nText.",
        # The day after "re" is another date, or later than the note's.
        "SP note 17/11/26 re 13/11/26 referral\n\nText.",
        "SP note 17/11/26 re Mrs Ash DOB 13/11/1940\n\nText.",
        "SP note 17/11/26 re 20/11/26\n\nText.",
        "Note 13/11/26 re review 20/11/26\n\nText.",
        # Nothing says the earlier contact was written up later, or it was written then.
        "25/11/26 WC Mrs Ash (call was 20/11)\n\nText.",
        "25/11/26 WC Mrs Ash (call was 20/11, notes made at the time)\n\nText.",
        # Not on the heading date's line.
        "SP note 17/11/26\nre 13/11/26\n\nText.",
    ],
)
def test_a_heading_date_stays_the_contact_unless_the_header_says_it_is_the_writing(
    text: str,
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert found.recorded is None
    assert find_record_entries(text, reference_year=2026) == []


@pytest.mark.parametrize(
    "text",
    [
        "08/04/26 - retrospective entry for 02/04/26\nEmail from Sam.",
        "Tues 10/11/26 - late note re 06/11/26\n\nText.",
        "10/11/26 - backdated entry for 06/11/26\n\nText.",
        "10/11/26 (recording for 06/11/26)\n\nText.",
        "Note 10/11/26 - summary relating to call on 06/11/26\n\nText.",
        "10/11/26 - note concerning the visit on 06/11/26\n\nText.",
        "10.11.26 catch-up record covering the visit of 06.11.26\n\nText.",
        "10 November 2026 - retrospective entry for 6 November\n\nText.",
        "Written 10/11/26 - entry for 06/11/26\n\nText.",
    ],
)
def test_any_word_for_the_note_and_what_it_is_about_make_the_heading_date_the_writing(
    text: str,
) -> None:
    # The note may be named by any word for a note (note, entry, record, recording,
    # summary), with words before it, and what it is about by any word for "about".
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) in (
        (date(2026, 11, 6), date(2026, 11, 10)),
        (date(2026, 4, 2), date(2026, 4, 8)),
    )


@pytest.mark.parametrize(
    "text",
    [
        # The words before the note's own word name a contact: the heading date is its.
        "10/11/26 - visit note for 06/11/26\n\nText.",
        "10/11/26 - home visit. Summary of 06/11/26 call\n\nText.",
        # The day after it is another date, or later than the heading date.
        "10/11/26 - retrospective entry for 06/11/26 referral\n\nText.",
        "10/11/26 - entry for 12/11/26\n\nText.",
        "10/11/26 - note for 06/12/26 review\n\nText.",
    ],
)
def test_a_word_for_the_note_leaves_the_heading_alone_where_it_names_no_earlier_contact(
    text: str,
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is None
    assert find_record_entries(text, reference_year=2026) == []


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A report's or form's completion field in the header is its writing, whoever
        # filled it in.
        ("MEDICATION INCIDENT REPORT\nPerson: H Ince    Date of incident: 13/03/26 (found at "
         "14/03 breakfast call)\nReport completed: 16/03/26 by Rachel Moss FCS (form not "
         "passed to office until Mon)\n\nText.", date(2026, 3, 13), date(2026, 3, 16)),
        ("Incident date: 13/03/26   Form completed: 16/03/26\n\nText.",
         date(2026, 3, 13), date(2026, 3, 16)),
        ("Date of fall: 13/03/2026\nReport completed - 16/03/2026 by R. Moss\n\nText.",
         date(2026, 3, 13), date(2026, 3, 16)),
        # Any field that names the writing may say who filled it in.
        ("Visit: 03/11/25\nCreated: 07/11/25 by J Bloggs\n\nText.",
         date(2025, 11, 3), date(2025, 11, 7)),
        # Where the note labels its writing elsewhere, the report's completion is an event.
        ("Visit 02/11/26   Report completed: 04/11/26   Written up: 03/11/26\n\nText.",
         date(2026, 11, 2), date(2026, 11, 3)),
        # A report named by whose it is, in a sentence, out of the header, or followed by
        # words that are no signature is not the note's.
        ("Visit: 02/11/26   OT report completed: 05/11/26\n\nText.", date(2026, 11, 2), None),
        ("Visit 02/11/26\n\nNotes\nReport completed 06/11/26", date(2026, 11, 2), None),
        ("Visit: 02/11/26\nReport completed: 06/11/26 by the OT when she visits\n\nText.",
         date(2026, 11, 2), None),
        ("Visit 02/11/26\nShe said the form was completed 06/11/26 by Mr Ash.",
         date(2026, 11, 2), None),
    ],
)  # fmt: skip
def test_a_report_or_form_completed_in_the_header_is_the_writing(
    text: str, contact: date, recorded: date | None
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    ("text", "first", "day", "month"),
    [
        ("Seen 9-10/11/26", 9, 10, 11),
        ("Visits 9 & 10/11/26", 9, 10, 11),
        ("Seen 9th and 10th November 2026", 9, 10, 11),
        ("Home visits 3 to 5.11.26", 3, 5, 11),
    ],
)
def test_days_sharing_their_month_read_as_the_last_day(
    text: str, first: int, day: int, month: int
) -> None:
    (found,) = find_dates(text)
    assert (found.first_day, found.day, found.month, found.year) == (first, day, month, 2026)


def test_a_day_after_a_later_number_is_no_range() -> None:
    (found,) = find_dates("Room 12 & 10/11/26")
    assert (found.first_day, found.day) == (None, 10)


@pytest.mark.parametrize(
    ("header", "late"),
    [
        # A visit dated by its short form, with its writing on a field of its own.
        ("DOV 09/11/26\nRecorded 12/11/26", True),
        ("DOV: 09/11/26   Typed: 12/11/26", True),
        ("DOV: 09/11/26   Typed: 10/11/26", False),
        # The note's own creation, before the contact it is for.
        ("Note created 12/11/26 for contact on 09/11/26", True),
        ("Case note created 12/11/26 for visit on 09/11/26", True),
        ("Visit 09/11/26\nNote created 12/11/26", True),
        ("Note created 10/11/26 for contact on 09/11/26", False),
        # DOR may be the recording, the referral or the review: left unread.
        ("DOV 09/11/26 DOR 12/11/26", False),
        # Only a note's creation is its writing; a plan's or a referral's is another date.
        ("DOV 09/11/26\nCare plan created 12/11/26", False),
        ("Visit 09/11/26\nReferral note created 20/11/26", False),
        # A review alone may be the next one, never surely the contact.
        ("Note created 12/11/26 for review on 09/11/26", False),
    ],
)
def test_a_visits_short_form_and_a_notes_creation_date_the_contact_and_the_writing(
    header: str, late: bool
) -> None:
    text = f"{header}\n\nMrs Ash was seen at home. She is managing well with her carers."
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) is late


# A heading date, a word for the note, a word for what it is about, and an earlier day
# with its contact word before or after it: the heading is the writing, the earlier day the
# contact, whichever words say so.
_NOTE_WORDS = ("write-up", "notes", "summary", "record", "entry", "typed notes")
_ABOUT_WORDS = ("of", "for", "about", "concerning", "re")
_CONTACT_WORDS = ("visit", "home visit", "call", "phone call", "joint visit")


@given(
    contact=_SOME_DAY,
    later=st.integers(min_value=3, max_value=20),
    note=st.sampled_from(_NOTE_WORDS),
    about=st.sampled_from(_ABOUT_WORDS),
    what=st.sampled_from(_CONTACT_WORDS),
    contact_word_first=st.booleans(),
    dash=st.sampled_from([" - ", " – ", ": ", " "]),
)
def test_a_note_headed_by_its_writing_names_the_earlier_contact_it_is_about(
    contact: date,
    later: int,
    note: str,
    about: str,
    what: str,
    contact_word_first: bool,
    dash: str,
) -> None:
    written = contact + timedelta(days=later)
    on = f"{contact:%d/%m/%y}"
    subject = f"{what} {on}" if contact_word_first else f"{on} {what}"
    text = f"{written:%d/%m/%y}{dash}{note} {about} {subject}\n\nMrs Ash was well."
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (contact, written)


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # The note's own date after its word, the contact after a word for "about".
        ("Note 10/11/26 about visit 06/11/26", date(2026, 11, 6), date(2026, 11, 10)),
        ("Summary 10/11/26 concerning call 06/11/26", date(2026, 11, 6), date(2026, 11, 10)),
        ("Write-up 12/11/26 about the visit on 06/11/26",
         date(2026, 11, 6), date(2026, 11, 12)),
        # "of" after a recording word names what was written up, not when.
        ("10/11/26 - write-up of 06/11/26 visit", date(2026, 11, 6), date(2026, 11, 10)),
        ("14/11/26 - record of 09/11/26 phone call", date(2026, 11, 9), date(2026, 11, 14)),
        # Notes from a contact, its word after its date, written later.
        ("notes from 06/11/26 visit\nWritten 10/11/26", date(2026, 11, 6), date(2026, 11, 10)),
        ("10/11/26 notes from 06/11/26 home visit", date(2026, 11, 6), date(2026, 11, 10)),
        # A contact field that names who made the contact, or who raised the concern.
        ("Visit by SW: 03/03/26\nRecorded: 09/03/26", date(2026, 3, 3), date(2026, 3, 9)),
        ("Seen by OT 03/03/26\nTyped up 09/03/26", date(2026, 3, 3), date(2026, 3, 9)),
        ("Seen by Dr Patel on 03/03/26\nRecorded 09/03/26", date(2026, 3, 3), date(2026, 3, 9)),
        ("Tel call by duty SW 03/03/26 (entered 09/03/26)", date(2026, 3, 3), date(2026, 3, 9)),
        ("Home visit by duty worker 03/03/26\nWritten up 09/03/26",
         date(2026, 3, 3), date(2026, 3, 9)),
        ("Phone call by J. Smith: 03/03/26   Entered 09/03/26",
         date(2026, 3, 3), date(2026, 3, 9)),
        ("Concern raised by carer: 02/03/26\nRecorded 09/03/26",
         date(2026, 3, 2), date(2026, 3, 9)),
        ("Fall reported by daughter 02/03/26\nNote entered 09/03/26",
         date(2026, 3, 2), date(2026, 3, 9)),
        # A record named by what it records, its completion its writing.
        ("Incident form completed 09/03/26\nIncident 02/03/26",
         date(2026, 3, 2), date(2026, 3, 9)),
        ("Date of fall: 02/03/26\nFalls incident form completed: 09/03/26",
         date(2026, 3, 2), date(2026, 3, 9)),
    ],
)  # fmt: skip
def test_header_forms_with_the_contact_named_after_or_by_its_doer(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # "By" with a date after it is a deadline; a plan or a next meeting is no contact.
        "Review by 10/04/26\nRecorded 03/03/26",
        "Visit by 10/04/26\nRecorded 03/03/26",
        "To be seen by OT by 03/04/26\nRecorded 03/03/26",
        "To be seen by OT: 03/04/26\nRecorded 03/03/26",
        "Seen by OT by 03/04/26\nRecorded 03/03/26",
        "Will be visited by SW 03/04/26\nRecorded 03/03/26",
        "Visit by OT booked 03/04/26\nRecorded 03/03/26",
        "She is to be visited by SW 03/04/26.\nRecorded 03/03/26",
        "Next visit by SW: 20/03/26\nRecorded 03/03/26",
        "Next meeting 20/03/26\nRecorded 03/03/26",
        # Someone else's contact told in a sentence.
        "Mrs Ash was seen by her GP 02/03/26\nRecorded 09/03/26",
        # Notes from a day with no contact named, or a period.
        "notes from 06/11/26\nWritten 10/11/26",
        "Notes from 06/11/26 to 08/11/26\nWritten 10/11/26",
        # A later day, or another event's, is not what the note is about.
        "Note 10/11/26 about review 20/11/26",
        "03/03/26 - Mrs Ash worried about 01/03/26 letter",
        # A report named by whose it is.
        "Visit 02/03/26\nOT incident report completed 09/03/26",
    ],
)
def test_plans_deadlines_and_other_peoples_contacts_are_no_contact(text: str) -> None:
    assert find_record_entries(text, reference_year=2026) == []


@pytest.mark.parametrize(
    ("header", "late"),
    [
        ("10/11/26 - write-up of 06/11/26 visit", True),
        ("11/11/26 - write-up of 10/11/26 visit", False),
        ("Note 10/11/26 about visit 06/11/26", True),
        ("Note 07/11/26 about visit 06/11/26", False),
        ("Visit by SW: 03/03/26\nRecorded: 09/03/26", True),
        ("Visit by SW: 03/03/26\nRecorded: 04/03/26", False),
        ("Incident form completed 09/03/26\nIncident 02/03/26", True),
        ("Incident form completed 03/03/26\nIncident 02/03/26", False),
        ("Visit 03/03/26\nRecorded: 04/03/26\nTo be seen by OT by 03/04/26", False),
        ("Visit 03/03/26\nNext meeting 20/03/26\nRecorded: 04/03/26", False),
    ],
)
def test_the_new_header_forms_flag_late_notes_and_leave_timely_ones_quiet(
    header: str, late: bool
) -> None:
    text = f"{header}\n\nMrs Ash was seen at home. She is managing well with her carers."
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) is late


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A case system's stamps: its own for the writing, a field for the contact's day,
        # on one line set apart by bars or on lines of their own, seconds and all.
        ("Created: 11/03/2026 10:04:37   Author: mlowry\nEvent Date: 03/03/2026",
         date(2026, 3, 3), datetime(2026, 3, 11, 10, 4)),
        ("Event: 07/10/2026 Home visit | Record created 19/10/2026 09:12 | Last modified "
         "19/10/2026 09:30", date(2026, 10, 7), datetime(2026, 10, 19, 9, 12)),
        ("Log entry #14 | Event date 23-03-2026 | Log date 02-04-2026",
         date(2026, 3, 23), date(2026, 4, 2)),
        ("Entry created: 12/05/26 | Event 05/05/26", date(2026, 5, 5), date(2026, 5, 12)),
        ("Note added 14/04/26 14:02:59\nEvent date: 09/04/26",
         date(2026, 4, 9), datetime(2026, 4, 14, 14, 2)),
    ],
)  # fmt: skip
def test_a_systems_stamp_and_event_field_give_the_writing_and_the_contact(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


_EMAIL = "From: Sam Lee <sam@example.org>\nTo: Locality Team\n{sent}\nSubject: Mrs Ash\n\n{body}"


@pytest.mark.parametrize(
    ("sent", "body", "contact", "recorded"),
    [
        ("Sent: Tuesday 15 September 2026 16:02",
         "When I rang the home on Thursday 10th they said they would not reassess.",
         date(2026, 9, 10), datetime(2026, 9, 15, 16, 2)),
        ("Date: Mon, 11 May 2026 16:02:11 +0100",
         "Mrs Lowe was well at our visit on 5 May. Please send the rota.",
         date(2026, 5, 5), datetime(2026, 5, 11, 16, 2)),
        ("Sent: 20/01/2026 10:14", "I visited Mrs Ash on 13/01/2026 with the OT.",
         date(2026, 1, 13), datetime(2026, 1, 20, 10, 14)),
        ("Sent: 20/01/2026", "I rang her on the morning of 16 January and she agreed.",
         date(2026, 1, 16), date(2026, 1, 20)),
        # The writer's contact on a bare weekday, read as before.
        ("Sent: Friday 16/01/2026 09:00", "I saw Mrs Ash on Monday. She is well.",
         date(2026, 1, 12), datetime(2026, 1, 16, 9)),
    ],
)  # fmt: skip
def test_an_emails_sent_date_is_its_writing_and_its_body_dates_the_contact(
    sent: str, body: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(_EMAIL.format(sent=sent, body=body), reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        ("Recorded 09/03/26\n\nSpoke to Mrs Ash on 02/03/26 by phone.",
         date(2026, 3, 2), date(2026, 3, 9)),
        ("Attempted calls, no answer. Spoke to Ms Tally on 11/03 by phone.\n"
         "Entered by: F. Zielinska on 16/03/2026", date(2026, 3, 11), date(2026, 3, 16)),
        ("I visited Mrs Ash on the morning of 2 March 2026.\nWritten up 09/03/26",
         date(2026, 3, 2), date(2026, 3, 9)),
        ("Spoke with her son on the Monday (2.3.26) about the move.\n\nNote written 9.3.26",
         date(2026, 3, 2), date(2026, 3, 9)),
        ("[Entered 20/01/2026 16:33]\nSaw Mrs Nance at her home on Monday 12th.",
         date(2026, 1, 12), datetime(2026, 1, 20, 16, 33)),
        ("Typed 09/03/26\n\nWe met Mr Khan and his sister on 3rd March at the day centre.",
         date(2026, 3, 3), date(2026, 3, 9)),
    ],
)  # fmt: skip
def test_the_body_dates_the_writers_own_contact_when_the_header_gives_only_the_writing(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # Plans, next visits and deadlines, after the writing or in the future tense.
        "Recorded 09/03/26\n\nI will visit Mrs Ash on 20/03/26.",
        "Recorded 09/03/26\n\nNext visit on 20/03/26.",
        "Recorded 09/03/26\n\nWe met on 12/03/26 to agree the plan.",
        # Someone else's contact, or one told inside what another said.
        "Recorded 09/03/26\n\nMrs Ash said she saw her GP on 02/03/26.",
        "Recorded 09/03/26\n\nShe told me the carers did not come after I visited on 02/03/26.",
        'Recorded 09/03/26\n\nHer son said: "I visited on 02/03/26 and she was fine."',
        # The writer's earlier contact, the note's own a later one.
        "Recorded 09/03/26\n\nFollowing my visit on 02/03/26, her son rang.",
        # A date of birth or a referral after the contact word.
        "Recorded 09/03/26\n\nI met Mrs Ash born on 02/03/1950 at home.",
        "Recorded 09/03/26\n\nSpoke to the GP about the referral received on 02/03/26.",
        # Two contacts on different days: which the note records is not said.
        "Recorded 09/03/26\n\nI visited on 02/03/26. I rang her on 04/03/26.",
        # "Sent" outside an email's header is another date.
        "Referral sent: 02/03/26\n\nI visited on 01/03/26.",
    ],
)
def test_a_body_date_that_is_not_the_writers_contact_is_no_contact(text: str) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is None or found.recorded is None


@pytest.mark.parametrize(
    ("header", "late"),
    [
        ("Recorded 09/03/26\n\nSpoke to Mrs Ash on 02/03/26 by phone.", True),
        ("Recorded 03/03/26\n\nSpoke to Mrs Ash on 02/03/26 by phone.", False),
        (_EMAIL.format(sent="Sent: 20/01/2026 10:14", body="I visited her on 13/01/2026."), True),
        (_EMAIL.format(sent="Sent: 14/01/2026 10:14", body="I visited her on 13/01/2026."), False),
        ("Event: 07/10/2026 | Record created 19/10/2026 09:12", True),
        ("Event: 07/10/2026 | Record created 08/10/2026 09:12", False),
        ("Recorded 09/03/26\n\nI will visit Mrs Ash on 20/03/26.", False),
    ],
)
def test_body_dates_emails_and_system_stamps_flag_late_notes_and_leave_timely_ones_quiet(
    header: str, late: bool
) -> None:
    text = f"{header}\n\nMrs Ash was seen at home. She is managing well with her carers."
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) is late


@given(
    contact=_SOME_DAY,
    later=st.integers(min_value=0, max_value=20),
    said=st.sampled_from(
        ["I visited Mrs Ash on {}.", "Spoke to her son on {} by phone.", "We met her on {}.",
         "This records my visit on {}.", "When I rang her on {} she was out."]
    ),
    label=st.sampled_from(["Recorded", "Typed up", "Written", "Note added"]),
    written_first=st.booleans(),
)  # fmt: skip
def test_a_writing_label_and_a_body_contact_read_back_in_any_order(
    contact: date, later: int, said: str, label: str, written_first: bool
) -> None:
    written = contact + timedelta(days=later)
    head = f"{label} {written:%d/%m/%Y}"
    body = said.format(f"{contact:%d/%m/%Y}")
    text = f"{head}\n\n{body}" if written_first else f"{body}\n\n{head}"
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (contact, written)


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # The writer says in a sentence when they write the note.
        ("I am writing this on 2 December 2026 about the meeting held on 23 November 2026.",
         date(2026, 11, 23), date(2026, 12, 2)),
        ("I visited Mrs Opie on the afternoon of 4 December 2025. She is well.\n"
         "I am writing this up on 11 December 2025.", date(2025, 12, 4), date(2025, 12, 11)),
        ("Home visit 04/12/25. Mrs Opie is well. I'm typing this note up on 09/12/25.",
         date(2025, 12, 4), date(2025, 12, 9)),
        # A note's own date, and the contact a weekday before it, "last" or the weekday's own.
        ("Note dated Monday 16 February 2026 (SW)\nRecording my visit last Tuesday to Mr Roy.",
         date(2026, 2, 10), date(2026, 2, 16)),
        ("Note written Tue 28 April 2026\nLast Tuesday (21st) I met with Ms Delgado.",
         date(2026, 4, 21), date(2026, 4, 28)),
        ("Recorded 19/02/26\n\nOn Monday we visited Mr Ash at home.",
         date(2026, 2, 16), date(2026, 2, 19)),
        ("Mon 19.10.26\nNote re: call taken last Tuesday from the nursing home.",
         date(2026, 10, 13), date(2026, 10, 19)),
        ("Mon 23 Nov 2026\nNote of Friday's discharge: Mr Oduya went home.",
         date(2026, 11, 20), date(2026, 11, 23)),
        # The writing's own weekday in brackets after its date names no other day.
        ("Entered 20/11/2026 (Friday).\nLast Wednesday I rang Mrs Pike's daughter.",
         date(2026, 11, 18), date(2026, 11, 20)),
        # A contact named by a noun on "last" and a weekday, its day perhaps in brackets.
        ("Date typed: 12/05/2026\nThis covers the joint visit with the OT last Thursday.",
         date(2026, 5, 7), date(2026, 5, 12)),
        ("Written up 27 May 2026 11:40\nNote of a home visit last Monday (18th) to Mr Cole.",
         date(2026, 5, 18), datetime(2026, 5, 27, 11, 40)),
        ("Recorded: 23/06/2026\nRecord of the phone call last Friday (12 June) with his son.",
         date(2026, 6, 12), date(2026, 6, 23)),
        # A header line naming what happened and its weekday and part of the day.
        ("Night outreach - Saturday night\nMr Ash was in the bus station.\nK.L. 17/02/2026",
         date(2026, 2, 14), date(2026, 2, 17)),
        ("CHECK-IN NOTE\nWelfare visit: Monday morning\nMr Ash is well.\nWritten up 12/02/2026",
         date(2026, 2, 9), date(2026, 2, 12)),
    ],
)  # fmt: skip
def test_the_writing_said_in_a_sentence_and_contacts_a_weekday_before_it(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # Writing in the future or about another's writing says nothing of this note.
        "Visit 02/03/26\nI will be writing this up on 09/03/26.",
        "Visit 02/03/26\nThe GP is writing to her on 09/03/26.",
        # A weekday another person had contact on, or one the note names twice over.
        "Note written Tue 28 April 2026\nLast Tuesday her GP met with her.",
        "Recorded 19/02/26\n\nOn Monday we visited Mr Ash. On Tuesday I rang his son.",
        # A next visit on a weekday is a plan.
        "Mon 19.10.26\nNote re: next visit on Tuesday.",
        # Another's contact named by a noun, or a plan on a weekday after a noun.
        "Recorded 19/02/26\nThe nurse's visit last Monday went well.",
        "Recorded 19/02/26\nA review of the care plan on Monday is booked.",
        # A weekday in brackets that is not the writing's own day is another day.
        "Entered 20/11/2026 (Tuesday).\nLast Wednesday I rang Mrs Pike's daughter.",
        # A header line's weekday that is a plan, the writing's own, or outside the header.
        "CHECK-IN NOTE\nNext visit: Monday morning\nMr Ash is well.\nWritten up 12/02/2026",
        "CHECK-IN NOTE\nTyped up: Monday morning\nMr Ash is well.\nVisit 12/02/2026",
        "Day log - Thursday evening\nMr Ash is well.\nWritten up 12/02/2026",
        "Written up 12/02/2026\n\nMr Ash is well.\n\nWelfare visit: Monday morning",
    ],
)
def test_a_sentence_or_weekday_that_is_not_this_notes_writing_or_contact_is_not_read(
    text: str,
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is None or found.recorded is None


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A two-field header whose writing is labelled "Note" alone beside the contact.
        ("Visit: Tue 3rd Mar 2026 | Note: Mon 9th Mar 2026\nMrs Ash is well.",
         date(2026, 3, 3), date(2026, 3, 9)),
        ("Contacted 2 Mar - by text. Note 10 Mar.\nMr Roy replied.",
         date(2026, 3, 2), date(2026, 3, 10)),
        ("Home visit 02/03/2026\nNotes: 06/03/2026\nMr Roy is well.",
         date(2026, 3, 2), date(2026, 3, 6)),
        # The date first and the writer's contact after it.
        ("Recorded 16/03/26\nOn 9 March, we attended the review at the day centre.",
         date(2026, 3, 9), date(2026, 3, 16)),
        ("Entry 16.03.2026\nOn 09.03.2026 I phoned Mr Roy's daughter.",
         date(2026, 3, 9), date(2026, 3, 16)),
    ],
)  # fmt: skip
def test_a_note_field_beside_a_contact_and_a_body_date_first_read_the_two_dates(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # "Case note" is a heading, and "Note:" with no contact labelled says nothing.
        "Case note 09/03/26\nMrs Ash is well.",
        "Note: 09/03/26\nMrs Ash is well.",
        # In the body: contacts named by a noun (not read), a plan, another's contact.
        "Recorded 10/03/26\nMrs Ash is well.\n\nThe next meeting was held on 2 March.",
        "Recorded 10/03/26\nMrs Ash is well.\n\nHer last visit was on 2 March.",
        "Recorded 10/03/26\nMrs Ash is well.\n\nThe review will be held on 20 March.",
        "Recorded 10/03/26\nMrs Ash is well.\n\nShe said the meeting was held on 2 March.",
        "Recorded 16/03/26\nMrs Ash is well.\n\nOn 9 March her GP visited her.",
        "Recorded 16/03/26\nMrs Ash is well.\n\nOn 9 March 1950 she was born in Leeds.",
        "Recorded 16/03/26\nMrs Ash is well.\n\nOn 9 March the referral was received.",
        # A day after the writing, its year not given, is a plan, not last year's contact.
        "Recorded 10/03/26\nMrs Ash is well.\n\nThe assessment was undertaken on 20 March.",
        "Recorded 10/03/26\nMrs Ash is well.\n\nI visited her on 20 March.",
    ],
)
def test_a_note_field_or_date_first_that_is_not_this_notes_is_not_read(text: str) -> None:
    found = find_record_dates(text, reference_year=2026)
    assert found.contact is None or found.recorded is None


@pytest.mark.parametrize(
    ("header", "late"),
    [
        ("Contact: Mon 2nd Mar 2026 | Note: Mon 9th Mar 2026", True),
        ("Contact: Mon 2nd Mar 2026 | Note: Tue 3rd Mar 2026", False),
        ("Recorded 16/03/26\nOn 9 March I attended the MDT.", True),
        ("Recorded 10/03/26\nOn 9 March I attended the MDT.", False),
    ],
)
def test_note_fields_and_dates_first_flag_late_notes_and_leave_timely_ones_quiet(
    header: str, late: bool
) -> None:
    text = f"{header}\n\nMrs Ash was seen. She is managing well with her carers."
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) is late


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A contact named in the header with its date set after a comma.
        ("Written up 09/04/2027 (delayed - sickness). Home visit to Mr Roy Dale, 01/04/2027.\n"
         "Mr Dale is managing.", date(2027, 4, 1), date(2027, 4, 9)),
        ("Subject: Call from the day centre manager, 12/10/25\nAll well.\nRecorded 20/10/25",
         date(2025, 10, 12), date(2025, 10, 20)),
    ],
)  # fmt: skip
def test_a_comma_before_a_headers_date_reads_the_two_dates(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # A plan, a date of birth or a referral set after a comma is no contact.
        "Recorded 09/04/2027\nNext visit to Mr Roy Dale, 14/04/2027.\nMr Dale is managing.",
        "Recorded 09/04/2027\nMr Roy Dale, born 01/04/1950.\nMr Dale is managing.",
        "Recorded 09/04/2027\nReferral from the GP, 01/04/2027.\nMr Dale is managing.",
        # In the body a comma-set date stays unread.
        "Recorded 09/04/2027\n\nMr Dale is managing.\n\nSeen by the GP, 01/04/2027.",
    ],
)
def test_a_comma_set_date_that_is_not_this_notes_contact_is_not_read(
    text: str,
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert found.contact is None or found.recorded is None


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # The heading date alone, and the body counting back to a contact it dates.
        ("14.05.2027\nFive days ago (9/5) we met Mr Dale at the day centre.",
         date(2027, 5, 9), date(2027, 5, 14)),
        ("Thursday 20 May 2027\n\nTwo weeks ago (Thursday 6th), his sister phoned the team.",
         date(2027, 5, 6), date(2027, 5, 20)),
    ],
)  # fmt: skip
def test_a_heading_date_and_a_day_counted_back_from_it_read_the_two_dates(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # The count and the bracket disagree, or the day is another's event.
        "14.05.2027\nFive days ago (8/5) we met Mr Dale at the day centre.",
        "14.05.2027\nFive days ago (9/5) he was admitted to hospital.",
        "14.05.2027\nFive days ago (9/5) the weather turned.",
        # The heading date has a label, or words beside it, or the note has another date.
        "Next review 14.05.2027\nFive days ago (9/5) we met Mr Dale.",
        "Visit 14.05.2027 with OT\nFive days ago (9/5) we met Mr Dale.",
        "14.05.2027\nFive days ago (9/5) we met Mr Dale. Review 20/05/2027.",
        # Said by someone else, or the note speaks of today.
        '14.05.2027\nShe said "five days ago (9/5) we met the GP".',
        "14.05.2027\nFive days ago (9/5) we met Mr Dale. I rang him today.",
    ],
)
def test_a_day_counted_back_that_is_not_this_notes_contact_is_not_read(text: str) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert found.contact is None or found.recorded is None


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # A contact's label, the person named with their role in brackets (a hyphen in
        # the name), then a comma and the date.
        ("Phone call from Jane Feltham (Dorothy's daughter), 10/02/2027, 2.15pm. "
         "Recorded 12/02/2027.", datetime(2027, 2, 10, 14, 15)),
        ("Telephone call from Kerry-Ann Pollard, 12 February 2027, 11.40am\n"
         "Written: 15 February 2027", datetime(2027, 2, 12, 11, 40)),
    ],
)  # fmt: skip
def test_a_contact_named_with_a_bracket_or_a_hyphen_before_its_date(
    text: str, contact: datetime
) -> None:
    assert find_record_dates(text, reference_year=2027).contact == contact


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # A labelled contact from a time on one day to a time on the next: one contact,
        # read as ending on its last day.
        ("Contact: Friday 3 April 2027, 21:00 to Saturday 4 April 2027, 01:15\n"
         "Recorded: Monday 6 April 2027, 10:30.", datetime(2027, 4, 4, 1, 15)),
        ("Date and time of contact: Friday 19 February 2027, 23:15 to Saturday 20 February "
         "2027, 00:40\nDate recorded: Tuesday 23 February 2027, 07:30",
         datetime(2027, 2, 20, 0, 40)),
        # Days apart, a range without times, or a range that is not labelled a contact:
        # not one contact.
        ("Contact: 3 April 2027, 21:00 to 6 April 2027, 01:15\nRecorded: 8 April 2027.",
         None),
        ("Contact: 3 April 2027 to 4 April 2027\nRecorded: 8 April 2027.", None),
        ("Next visit: 3 April 2027, 21:00 to 4 April 2027, 01:15\nRecorded: 8 April 2027.",
         None),
    ],
)  # fmt: skip
def test_a_contact_over_midnight_is_read_as_ending_on_its_last_day(
    text: str, contact: datetime | None
) -> None:
    assert find_record_dates(text, reference_year=2027).contact == contact


@pytest.mark.parametrize(
    ("text", "recorded"),
    [
        # The writing's label and its writer open the line, their role or team in fields
        # of their own before the date.
        ("Telephone call with Mr Dale – 2 April 2027, 11.20am\n"
         "Recorded by: Helen Marsh, Senior Social Worker, 6 April 2027", date(2027, 4, 6)),
        ("Telephone call with Mr Dale – 26 March 2027, 3.10pm\n"
         "Recorded by Hannah Clegg, Social Worker (duty), 30 March 2027", date(2027, 3, 30)),
        ("Session note – Martin Rowe, Tuesday 4 May 2027\n"
         "Written by Sue Hollis, Day Centre Coordinator, on 10 May 2027", date(2027, 5, 10)),
        ("05.02.2027 11:20 Telephone call – Joanne Pike\n"
         "Recorded by Hannah Price, SW, 09.02.2027 12:05", datetime(2027, 2, 9, 12, 5)),
        # Not a label opening its line, or a figure between it and the date.
        ("Telephone call with Mr Dale – 2 April 2027\n"
         "His weight was recorded by Helen Marsh, the nurse, 6 April 2027", None),
        ("Telephone call with Mr Dale – 2 April 2027\n"
         "Recorded by Helen Marsh, Flat 4, 6 April 2027", None),
    ],
)  # fmt: skip
def test_the_writing_labelled_with_its_writer_and_role_before_its_date(
    text: str, recorded: date | None
) -> None:
    assert find_record_dates(text, reference_year=2027).recorded == recorded


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A header's week or period of contacts: its last day stands for them.
        ("W/c 03/05/2027 - duty visits (typed 14/05/2027)\nMr Dale at home, well.",
         date(2027, 5, 9), date(2027, 5, 14)),
        # A week whose entries open their lines with their weekdays: the last entry on or
        # before the writing, or a later day the body names by its weekday (3 May 2027 is a
        # Monday); the week may be the header line's last field, the writing a weekday and
        # a day alone.
        ("W/c 03/05/2027 - duty visits (typed 14/05/2027)\nTues: Mr Dale at home, well.",
         date(2027, 5, 4), date(2027, 5, 14)),
        ("Duty log – Mr Dale – w/c 03/05/27\n\nMon 14:05 T/C from his daughter.\n"
         "14:20 T/C bank.\n\nWritten up Thurs 6th – J. Bloggs",
         date(2027, 5, 3), date(2027, 5, 6)),
        ("DUTY LOG – Duty team, w/c 03/05/27\nWorker: J Bloggs\n\nTue 4th\n"
         "10:00 T/C from Mr Dale.\n\nWritten up: 04/05/27 16:20",
         date(2027, 5, 4), datetime(2027, 5, 4, 16, 20)),
        ("W/c 03/05/2027 - duty visits (typed 14/05/2027)\nMon: Mr Dale at home.\n"
         "Rang him again Thursday.", date(2027, 5, 6), date(2027, 5, 14)),
        ("Visit period: 3 May 2027 to 5 May 2027\nWritten up 12 May 2027\nMr Dale is well.",
         date(2027, 5, 5), date(2027, 5, 12)),
    ],
)  # fmt: skip
def test_a_headers_week_or_period_of_contacts_reads_its_last_day(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # The writing within the week or period: which contact came first is not said.
        "W/c 03/05/2027 - duty visits (typed 07/05/2027)\nMr Dale at home, well.",
        # Entries that leave the week's order, give a day that is not theirs in the week,
        # or fall after the writing.
        "W/c 03/05/2027 - duty (typed 14/05/2027)\nThu: visit to Mr Dale.\nMon: call.",
        "W/c 03/05/2027 - duty (typed 14/05/2027)\nTue 5th: visit to Mr Dale.",
        "W/c 03/05/2027 - duty (typed 05/05/2027)\nMon: call.\nFri: visit to Mr Dale.",
        # A week named mid-field is not a header's label for it.
        "Written up 12 May 2027\nDuty rota for w/c 03/05/2027\nMon: call to Mr Dale.",
        # A period that is not of contacts, or a week that is a plan below the heading.
        "Review period: 3 May 2027 to 5 May 2027\nWritten up 12 May 2027\nMr Dale is well.",
        "Written up 12 May 2027\nRota for w/c 03/05/2027 agreed with the team.",
        "Care period: 3 May 2027 to 5 May 2027\nWritten up 12 May 2027\nMr Dale is well.",
        # A period with no end, or a week that does not open its line.
        "Visit period: from 3 May 2027\nWritten up 12 May 2027\nMr Dale is well.",
    ],
)
def test_a_week_or_period_that_is_not_this_notes_contacts_is_not_read(text: str) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert found.contact is None or found.recorded is None


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # Two labelled fields on a header line, each label before its date or after it.
        ("03.06.27 visit | 09.06.27 written\nMr Dale is well.", date(2027, 6, 3), date(2027, 6, 9)),
        ("Phoned 3/6/2027; typed 9/6/2027\nMr Dale is well.", date(2027, 6, 3), date(2027, 6, 9)),
        ("Seen 03-06-2027 @ 10:15, rec. 09-06-2027\nMr Dale is well.",
         datetime(2027, 6, 3, 10, 15), date(2027, 6, 9)),
        ("VISIT: 03062027    RECORDED: 09062027\nMr Dale is well.",
         date(2027, 6, 3), date(2027, 6, 9)),
        # The earlier field unnamed, beside the writing's.
        ("3 June 2027 (evening) / 9 June 2027 written up\nMr Dale is well.",
         date(2027, 6, 3), date(2027, 6, 9)),
    ],
)  # fmt: skip
def test_a_header_lines_two_labelled_fields_read_the_two_dates(
    text: str, contact: date | datetime, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # The unnamed field is a birth, a plan, a person's, or long before the writing.
        "DOB 03/06/1950 | 09/06/2027 written\nMr Dale is well.",
        "Mr Dale 03/06/2027 | 09/06/2027 written\nMr Dale is well.",
        "03/06/2027 review due | 09/06/2027 written\nMr Dale is well.",
        "03/01/2027 | 09/06/2027 written\nMr Dale is well.",
        # The writing before the contact, or no field that names the writing.
        "09.06.27 visit | 03.06.27 written\nMr Dale is well.",
        "03.06.27 visit | 09.06.27 review\nMr Dale is well.",
        # Eight digits that are no date, or a reference and no label.
        "VISIT: 33062027    RECORDED: 09062027\nMr Dale is well.",
        "Ref 03062027 | 09062027\nMr Dale is well.",
    ],
)
def test_header_fields_that_are_not_this_notes_two_dates_are_not_read(text: str) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert found.contact is None or found.recorded is None


@pytest.mark.parametrize(
    ("header", "late"),
    [
        ("03-06-27 contact / 09-06-27 recorded", True),
        ("03-06-27 contact / 04-06-27 recorded", False),
        ("W/c 31/05/2027 - visits (written up 10/06/2027)", True),
        ("W/c 31/05/2027 - visits (written up 04/06/2027)", False),
        ("09/06/2027\nFive days ago (4/6) I visited Mr Dale.", True),
        ("05/06/2027\nOne day ago (4/6) I visited Mr Dale.", False),
    ],
)
def test_fields_weeks_and_days_counted_back_flag_late_notes_and_leave_timely_ones_quiet(
    header: str, late: bool
) -> None:
    text = f"{header}\n\nMr Dale is managing well with his carers."
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) is late


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A record typed up from handwritten or paper notes: their date is the contact.
        ("Paper notes dated 2 June 2027, typed by the team secretary 10 June 2027.\nAll well.",
         date(2027, 6, 2), date(2027, 6, 10)),
        ("Input by A. Patel (business support) on 10.06.27 from a visit sheet dated 02.06.27\n"
         "All well.", date(2027, 6, 2), date(2027, 6, 10)),
        ("Original handwritten record date: 02/06/2027\nEntered: 10/06/2027\nAll well.",
         date(2027, 6, 2), date(2027, 6, 10)),
        # No date for the notes: the labelled contact, and the typing the writing.
        ("Visit: 02/06/2027\n(Typed from handwritten notes by admin (AP) on 10/06/2027)\n"
         "All well.", date(2027, 6, 2), date(2027, 6, 10)),
    ],
)  # fmt: skip
def test_a_record_typed_from_handwritten_notes_reads_their_date_and_the_typing(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # No handwritten or paper notes named: "typed" and a date alone say nothing more.
        "Typed by admin (AP) on 10/06/2027 for the review.\nAll well.",
        # The notes' date after the typing, or the typing a plan.
        "Handwritten notes dated 12/06/2027. Typed 10/06/2027.\nAll well.",
        "Handwritten notes on file. Typed up next week, review due 20/06/2027.\nAll well.",
        # Another document's original date.
        "Recorded 10/06/2027\nOriginal tenancy agreement dated 02/06/2001 seen.\nAll well.",
        "Recorded 10/06/2027\nOriginal referral dated 02/06/2027 on file.\nAll well.",
    ],
)
def test_typing_or_notes_that_are_not_this_records_two_dates_are_not_read(text: str) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert found.contact is None or found.recorded is None


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A label shortened with a full stop.
        ("03-06-27 HV (SW)\nMr Dale is well.\nRec. 09-06-27", date(2027, 6, 3), date(2027, 6, 9)),
        ("Tel. 03/06/27 with Mr Dale's son. Written 09/06/27.\nAll well.",
         date(2027, 6, 3), date(2027, 6, 9)),
    ],
)  # fmt: skip
def test_a_label_shortened_with_a_full_stop_is_read(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # A sentence's last word before a date is no label.
        "03-06-27 HV (SW)\nMr Dale is well and went out. 09-06-27",
        "03-06-27 HV (SW)\nMr Dale is well.\nRef. 09-06-27",
    ],
)
def test_a_full_stop_that_ends_a_sentence_or_another_word_is_not_a_label(text: str) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert found.recorded is None


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A contact said to be done, or to have taken place by phone, in the header.
        ("18/06/2027 - late entry for joint visit undertaken 11/06/2027\nAll well.",
         date(2027, 6, 11), date(2027, 6, 18)),
        ("Professionals' discussion took place by video on 11 June 2027; written up 18 June"
         " 2027.\nAll well.", date(2027, 6, 11), date(2027, 6, 18)),
    ],
)  # fmt: skip
def test_a_contact_done_or_taking_place_by_phone_is_read(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # A referral or review done is no contact; a discussion planned is a plan.
        "18/06/2027 - late entry for referral completed 11/06/2027\nAll well.",
        "Written up 18 June 2027\nThe next discussion will take place by phone on 25 June 2027.",
    ],
)
def test_something_done_that_is_not_this_notes_contact_is_not_read(text: str) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert found.contact is None or found.recorded is None


# A paragraph too long for a header line: the note's only line, or its last one.
_LONG_PARAGRAPH = (
    "Mr Dale was in good spirits and said the carers have come on time all week. The kitchen"
    " was clean and his son had stocked the fridge. We talked about the day centre again and"
    " he will think about it. His tablets are in a blister pack and all were taken."
)


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # A long note's closing sentence or bracket labels its writing.
        (f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} Typed 09.06.", date(2027, 6, 3),
         date(2027, 6, 9)),
        (f"03/06 - visit. {_LONG_PARAGRAPH} (Write-up completed 09/06, backlog after leave.)",
         date(2027, 6, 3), date(2027, 6, 9)),
        (f"3 June 2027 home visit. {_LONG_PARAGRAPH} [Entered on system 9 June 2027]",
         date(2027, 6, 3), date(2027, 6, 9)),
        (f"03/06/27 HV Mr Dale.\n{_LONG_PARAGRAPH} Written up 09/06/27 due to sickness.",
         date(2027, 6, 3), date(2027, 6, 9)),
        (f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} Recorded 09/06/27 K.L.", date(2027, 6, 3),
         date(2027, 6, 9)),
    ],
)  # fmt: skip
def test_a_long_notes_closing_recording_label_is_read(
    text: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "text",
    [
        # A sentence going on after the date, a note going on after it, or another label.
        f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} Typed 09/06 and sent to his GP.",
        f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} Recorded 09/06. Will visit next week.",
        f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} (Typed 09/06)\nWill ring his son on 12/06.",
        f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} (Review 09/06.)",
        f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} Next review 09/06.",
        f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} His son recorded 09/06 in the diary.",
    ],
)
def test_a_long_notes_last_date_that_is_not_its_writing_is_not_read(text: str) -> None:
    found = find_record_dates(text, reference_year=2027)
    assert found.recorded is None


@pytest.mark.parametrize(
    ("closing", "late"),
    [("(Notes typed 09/06/27.)", True), ("(Notes typed 04/06/27.)", False)],
)
def test_a_long_notes_closing_label_flags_it_late_or_leaves_it_quiet(
    closing: str, late: bool
) -> None:
    text = f"03/06/27 HV Mr Dale. {_LONG_PARAGRAPH} {closing}"
    report = linter_for({"select": ["RL911"]}).lint(text, kind="case_note")
    assert bool(report.findings) is late


def test_a_weekday_and_a_day_after_a_february_contact_is_the_nearer_day() -> None:
    # 27 February and 27 March 2026 are both Fridays: the writing is the nearer.
    text = (
        "Monday 23rd February 2026 – emergency h/v, written up Friday 27th as I was covering"
        " duty all week\n\nMr Rahman said he was scared."
    )
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (date(2026, 2, 23), date(2026, 2, 27))


@pytest.mark.parametrize(
    "label", ["Call rec'd", "Call recd", "Call rec’d", "Email rec'd", "E-mail recd"]
)
def test_received_shortened_in_a_contact_label_is_still_the_contact(label: str) -> None:
    # The body tells of a call of its own, so a receipt alone would not stand in for the
    # contact: the label is the call's.
    text = (
        f"Duty note – Chloe Marr\n{label} Mon 08/09/25 from Ward 12, typed up 11/09/25\n\n"
        "Staff nurse Jess rang to say Chloe wants to go home."
    )
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (date(2025, 9, 8), date(2025, 9, 11))


def test_a_receipt_shortened_alone_is_still_no_contact_where_the_note_has_one() -> None:
    text = "Visit 05/11/26 - referral rec'd 01/11/26\nTyped 06/11/26\n\nI visited Mr Ash."
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (date(2026, 11, 5), date(2026, 11, 6))


@pytest.mark.parametrize(
    ("foot", "days"),
    [
        ("Thurs 23/4 (sorry writing this up on Monday, been away for the weekend)", 4),
        ("Thurs 23/4 (sorry, typing this up Monday)", 4),
        ("Thurs 23/4 (apologies - I'm only writing this up Tuesday)", 5),
        ("Thurs 23/4 (sorry writing this up on Friday)", 1),
    ],
)
def test_a_contact_dated_at_the_foot_with_its_writing_a_weekday_later(foot: str, days: int) -> None:
    text = f"Befriender visit - Peggy D\n\nShe said she wants her green cardigan.\n\n{foot}"
    found = find_record_dates(text)
    assert found.days_after == days
    assert found.contact_said == "Thurs 23/4"


@pytest.mark.parametrize(
    "foot",
    [
        "Thurs 23/4 (sorry, she was tired)",  # an apology that says nothing of the writing
        "Thurs 23/4 - next visit Monday",  # a plan
        "Thurs 23/4 (sorry writing this up on Monday)\nWill ring Jean.",  # not the foot
    ],
)
def test_a_date_at_the_foot_without_its_writing_after_it_is_not_read(foot: str) -> None:
    text = f"Befriender visit - Peggy D\n\nShe said she wants her green cardigan.\n\n{foot}"
    found = find_record_dates(text)
    assert found.days_after is None
    assert found.contact is None


def test_an_apology_before_a_recording_label_at_the_foot_leaves_it_the_writing() -> None:
    text = (
        "Home visit Thurs 23/4/26\n\nMrs Ash said she wants to stay at home.\n\n"
        "Sorry, writing this up on Monday 27/4 - been on leave."
    )
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (date(2026, 4, 23), date(2026, 4, 27))


@pytest.mark.parametrize(
    ("header", "recorded"),
    [
        # Alone after a contact's date on its line, "rec'd" names nothing received.
        ("18/11/26 - tel call from Mandy Rowe (carer) - rec'd 23/11/26", date(2026, 11, 23)),
        ("TRO visit – 9A Lindon Street – 13/11/26 (recd 14/11/26)", date(2026, 11, 14)),
        # Something received named, the word spelled out, or the day earlier: a receipt.
        ("05/11/26 - tel call from Mrs Ash - letter rec'd 07/11/26", None),
        ("Home visit 05/11/26 - received 07/11/26", None),
        ("Home visit 05/11/26 (rec'd 01/11/26)", None),
        # The note labels its writing elsewhere: that is the writing.
        ("05/11/26 - tel call from Mrs Ash - rec'd 07/11/26\nTyped 08/11/26", date(2026, 11, 8)),
    ],
)
def test_a_receipts_short_form_alone_after_a_contact_is_the_writing(
    header: str, recorded: date | None
) -> None:
    found = find_record_dates(f"{header}\n\nMrs Ash rang about her husband's care.")
    assert found.recorded == recorded


@pytest.mark.parametrize(
    ("line", "whole"),
    [
        ("Contact 18 Mar 26 - recorded 19 Mar 26", ["18 Mar 26", "19 Mar 26"]),
        ("Call received: Fri 20/11/2026 09:42", ["Fri 20/11/2026 09:42"]),
        ("Wed 11th March - Home visit", ["Wed 11th March"]),
        ("Stamped 25-Nov-2026", ["25-Nov-2026"]),
        ("From the 1 April 2015, the Act", ["the 1 April 2015"]),
        # Not whole, or not a stamp's shape: no year and no weekday, a weekday before
        # figures without a year, all figures, a range of days, the month first.
        ("Seen 11th March", []),
        ("Seen Fri 20/11", []),
        ("Seen 20/11/2026", []),
        ("Visits: 6 and 8 January 2026", []),
        ("Sent: Tuesday, March 10, 2026 11:31 AM", []),
    ],
)
def test_whole_dates_in_words_are_single_day_first_dates_with_a_word(
    line: str, whole: list[str]
) -> None:
    assert [line[m.start : m.end] for m in whole_dates_in_words(line)] == whole


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("13 Apr", True),
        ("  Apr 13, 2019\n", True),
        ("Wednesday, 24 August 2016", True),
        ("Thurs 2nd April", True),
        ("13/04/2026", False),  # all figures
        ("3 March 2026 10:00", False),  # a time with it
        ("Posted 13 Apr", False),  # words beside it
        ("1-2 April 2026", False),  # a range of days
        ("31 February 2026", False),  # no such day
    ],
)
def test_a_date_alone_is_one_date_with_its_month_in_words(text: str, alone: bool) -> None:
    assert a_date_alone(text) is alone


def test_a_time_on_the_hour_is_not_a_date_with_no_month() -> None:
    # "15.00" has the shape of a day and a month, but month 0 is no month: it is a time,
    # and "9.30 to 15.00" after a date is the contact's hours, not a period of days.
    assert find_dates("from 9.30 to 15.00") == []
    text = (
        "The Orchard Centre – session note\n"
        "Martin Rowe, Tuesday 4 May 2027, 9.30 to 15.00\n"
        "Written by Sue Hollis, Day Centre Coordinator, on 10 May 2027"
    )
    found = find_record_dates(text, reference_year=2027)
    assert (found.contact, found.recorded) == (datetime(2027, 5, 4, 9, 30), date(2027, 5, 10))


@pytest.mark.parametrize(
    ("header", "contact", "recorded"),
    [
        ("DOC: 26/08/25   DOR: 29/08/25", date(2025, 8, 26), date(2025, 8, 29)),
        ("DOC 09/11/26 | DOR 12/11/26", date(2026, 11, 9), date(2026, 11, 12)),
    ],
)
def test_a_date_of_recording_shortened_after_a_contacts_date_is_the_writing(
    header: str, contact: date, recorded: date
) -> None:
    found = find_record_dates(f"{header}\n\nMet the housing officer at the property.")
    assert (found.contact, found.recorded) == (contact, recorded)


@pytest.mark.parametrize(
    "header",
    [
        "DOR: 29/08/25   DOV: 26/08/25",  # before the contact: a referral, not the writing
        "DOC: 26/08/25   DOR: 20/08/25",  # an earlier day: the referral
        "DOV: 26/08/25   DOR: 29/08/25",  # after a visit: an onward referral, or a review
    ],
)
def test_a_date_of_recording_shortened_is_not_read_where_it_may_be_a_referral(
    header: str,
) -> None:
    found = find_record_dates(f"{header}\n\nMet the housing officer at the property.")
    assert found.recorded is None


@pytest.mark.parametrize(
    ("header", "days"),
    [
        ("Visit Tues 14th – written up Fri", 3),
        ("Home visit Tuesday 14th - typed Friday", 3),
        ("Phone call Tues 23rd – written up Mon 29th", 6),
        ("Visit Fri 28th – typed Tues 4th", 4),  # into the next month
        ("Visit Mon 2nd – typed Mon 9th", 7),
    ],
)
def test_weekdays_and_days_alone_give_the_days_between(header: str, days: int) -> None:
    text = f"{header}\n\nMrs Kerr said she wants to stay in her flat."
    [found] = find_record_entries(text) or [find_record_dates(text)]
    assert found.days_after == days
    assert (found.contact, found.recorded) == (None, None)


@pytest.mark.parametrize(
    "header",
    [
        "Visit Tues 23rd – written up Mon 28th",  # the weekdays do not fit the days
        "Visit Tues 14th – next visit Fri",  # a plan, not the writing
    ],
)
def test_weekdays_and_days_that_do_not_agree_give_nothing(header: str) -> None:
    text = f"{header}\n\nMrs Kerr said she wants to stay in her flat."
    assert not find_record_entries(text)
    assert find_record_dates(text).days_after is None


@pytest.mark.parametrize(
    "title",
    [
        "HARBRIDGE SAFEGUARDING ADULTS\nMARM – REVIEW MINUTES",  # the body's name, the form's
        "Westmarch County Council – Adult Social Care\nHome visit note",
        "HARBRIDGE SAFEGUARDING ADULTS – MULTI-AGENCY RISK MANAGEMENT MEETING (MARM)",
    ],
)
def test_a_title_of_two_lines_or_in_capitals_leaves_the_header_under_it(title: str) -> None:
    text = (
        f"{title}\n\nAdult: Kerry Dale\nMeeting date: 22/10/2026\n"
        "Minutes circulated: 02/11/2026\n\nKerry did not attend."
    )
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (date(2026, 10, 22), date(2026, 11, 2))


def test_a_second_title_after_a_blank_line_is_the_body() -> None:
    # "Dear Mrs Penrose", then a subject line, then the letter: the call it thanks her for
    # is no header's contact.
    text = (
        "Dear Mrs Penrose\n\nReview of your care charges\n\n"
        "Thank you for your daughter's call on 6 March. We have looked again at your charge."
    )
    assert find_record_dates(text).contact is None


@pytest.mark.parametrize(
    ("label", "recorded"),
    [
        ("Minutes circulated: 13/03/2026", date(2026, 3, 13)),
        ("Minutes issued: 2026-03-14", date(2026, 3, 14)),
        ("Review minutes distributed 15/03/2026", date(2026, 3, 15)),
        ("Circulated: 13/03/2026", None),  # no record named: not said to be the minutes
        ("Letter issued: 13/03/2026", None),  # another record's sending
    ],
)
def test_minutes_sent_out_are_their_writing(label: str, recorded: date | None) -> None:
    text = f"Meeting date: 12/03/2026\n{label}\n\nMrs Ash attended with her son."
    assert find_record_dates(text).recorded == recorded


@pytest.mark.parametrize(
    ("text", "said", "reason"),
    [
        (
            "Review – Mr Amadi\nDOV: 02/11/26   DOR: 10/11/26\n"
            "(Write-up late – on leave the week after, then a backlog.)\n\nHe is well.",
            "Write-up late – on leave the week after, then a backlog.",
            "on leave the week after, then a backlog",
        ),
        (
            "Sorry, typing this up late – saw her Tuesday, had training after.\n\nShe is well.",
            "Sorry, typing this up late – saw her Tuesday, had training after.",
            "saw her Tuesday, had training after",
        ),
        (
            "I visited.\n\nNote entered late due to annual leave.",
            "Note entered late due to annual leave.",
            "due to annual leave",
        ),
    ],
)
def test_a_note_that_says_it_was_written_late_and_why_is_read(
    text: str, said: str, reason: str
) -> None:
    found = said_written_late(text)
    assert found is not None
    assert (found.said, found.reason) == (said, reason)
    assert text[found.span[0] : found.span[1]] == said


@pytest.mark.parametrize(
    "text",
    [
        "Typed up late at night after the visit.",  # the hour of the writing
        "Written up late on Friday evening - the visit ran on.",
        "Recorded late.",  # no reason given
        "This note was not written up late because I made time.",  # denied
        'He said "written up late - due to leave" was on the form.',  # someone else's words
    ],
)
def test_late_for_the_hour_or_without_a_reason_is_not_a_delay(text: str) -> None:
    assert said_written_late(text) is None


def test_a_note_that_says_it_was_late_is_flagged_only_where_its_dates_do_not_decide() -> None:
    linter = linter_for({"select": ["RL911"]})
    said = "DOV: 02/11/26   DOR: 10/11/26\n(Write-up late – on leave.)\n\nShe is well."
    (finding,) = linter.lint(said, kind="case_note").findings
    assert finding.text == "Write-up late – on leave."
    assert finding.severity.value == "warning"
    assert '"Write-up late – on leave."' in finding.message
    on_time = "Visit 03/11/26   Written up 04/11/26\nWritten up late – on leave.\n\nShe is well."
    assert linter.lint(on_time, kind="case_note").findings == []
    metadata = {"contact_date": "2026-11-02", "recorded_date": "2026-11-03"}
    assert linter.lint(said, kind="case_note", metadata=metadata).findings == []


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        # The note dates its own contact: the named field is that event's day (a log entry
        # after the writing's date is not paired with it, so no contact is read at all).
        ("Adm date: 20/10/25   Note date: 05/11/25\n05/11/25 - T/C to Mrs Ash on the ward.",
         None, date(2025, 11, 5)),
        ("TOC date: 20/10/25   Recorded: 05/11/25\nVisit 05/11/25 to Mr Ash at home.",
         date(2025, 11, 5), date(2025, 11, 5)),
        # No contact of its own: the named field stands for it.
        ("Decision date: 12/02/26. Written up 17/02/26.", date(2026, 2, 12), date(2026, 2, 17)),
        ("Conference date 12/2/26. Written up 17/2/26.", date(2026, 2, 12), date(2026, 2, 17)),
    ],
)  # fmt: skip
def test_a_field_named_after_an_unknown_event_yields_to_the_notes_own_contact(
    text: str, contact: date | None, recorded: date
) -> None:
    found = find_record_dates(text, reference_year=2025)
    assert (found.contact, found.recorded) == (contact, recorded)


def test_an_emails_sent_line_is_read_whatever_its_line_breaks() -> None:
    """A header of CRLF lines once failed the timeliness rule outright (the joined header
    is not a substring of the text); the sent date is read as from LF lines."""
    from recordlint.dates.readings import email_sent

    lf = (
        "From: A Smith\nTo: B Jones\nSent: Tuesday 15 September 2026 16:02\n"
        "Subject: Visit\n\nI visited Mrs Brown on 1 September.\n"
    )
    crlf = lf.replace("\n", "\r\n")
    read_lf, read_crlf = email_sent(lf), email_sent(crlf)
    assert read_lf is not None and read_crlf is not None
    assert crlf[read_crlf.start : read_crlf.end] == lf[read_lf.start : read_lf.end]
    report = linter_for({}).lint("Contact date: 01/03/2026\r\n" + crlf, kind="case_note")
    assert not report.errors


@pytest.mark.parametrize(
    ("contact", "recorded", "expected"),
    [
        ("30/12/25", "3/1", (date(2025, 12, 30), date(2026, 1, 3))),  # across a new year
        ("30/12", "3/1/26", (date(2025, 12, 30), date(2026, 1, 3))),
        ("24/09", "16/09/26", (date(2026, 9, 24), date(2026, 9, 16))),  # a later day: no year back
        ("24/09/26", "16/09", (date(2026, 9, 24), date(2026, 9, 16))),
    ],
)
def test_a_day_without_its_year_moves_a_year_only_across_a_new_year(
    contact: str, recorded: str, expected: tuple[date, date]
) -> None:
    found = find_record_dates(f"Visit {contact}   Written up {recorded}\n\nMrs Ash was well.")
    assert (found.contact, found.recorded) == expected


# Day-first dates as practitioners write them in headers and logs: "3.3.25", "03/03/2025",
# "3rd March 2025", "Mon 3 Mar 25", and with a clock time or without.
_DAY_FIRST_SHAPES = ("{d}.{m}.{yy:02d}", "{d:02d}/{m:02d}/{y}", "{d}{th} {month} {y}",
                     "{wd} {d} {mon} {yy:02d}", "{weekday} {d} {month} {y}")  # fmt: skip
_EVENTS = ("visit", "call", "meeting", "assessment", "panel", "contact", "incident")
_WRITING_LABELS = ("Written", "Written up", "Typed", "Entered", "Recorded", "Note made")


def _day_first(day: date, shape: str, clock: time | None = None) -> str:
    th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    written = shape.format(
        d=day.day, m=day.month, y=day.year, yy=day.year % 100, th=th,
        month=day.strftime("%B"), mon=day.strftime("%b"), wd=day.strftime("%a"),
        weekday=day.strftime("%A"),
    )  # fmt: skip
    return f"{written} {clock:%H:%M}" if clock is not None else written


_A_CLOCK = st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0)))
_FORM_DAY = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 20))


@given(
    contact=_FORM_DAY,
    later=st.integers(min_value=0, max_value=12),
    first=st.sampled_from(_EVENTS),
    second=st.sampled_from(_EVENTS),
    joined=st.sampled_from([" and ", " & ", "/"]),
    writing=st.sampled_from(_WRITING_LABELS),
    # The contact's day may leave its year to the writing's ("3 Mar").
    contact_shape=st.sampled_from((*_DAY_FIRST_SHAPES, "{d} {mon}")),
    written_shape=st.sampled_from(_DAY_FIRST_SHAPES),
    contact_clock=_A_CLOCK,
    written_clock=_A_CLOCK,
)
def test_a_contact_label_naming_two_events_dates_the_contact(
    contact: date,
    later: int,
    first: str,
    second: str,
    joined: str,
    writing: str,
    contact_shape: str,
    written_shape: str,
    contact_clock: time | None,
    written_clock: time | None,
) -> None:
    written = contact + timedelta(days=later)
    text = (
        f"Date of {first}{joined}{second}: {_day_first(contact, contact_shape, contact_clock)}\n"
        f"{writing}: {_day_first(written, written_shape, written_clock)}\n\nMrs Ash was well."
    )
    found = find_record_dates(text)
    assert found.contact is not None and found.recorded is not None
    assert (_day(found.contact), _day(found.recorded)) == (contact, written)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


@given(
    contact=_FORM_DAY,
    later=st.integers(min_value=1, max_value=12),
    event=st.sampled_from(_EVENTS),
    contact_shape=st.sampled_from(_DAY_FIRST_SHAPES),
    written_shape=st.sampled_from(_DAY_FIRST_SHAPES),
)
def test_a_forms_bare_date_field_beside_its_contact_field_is_the_writing(
    contact: date, later: int, event: str, contact_shape: str, written_shape: str
) -> None:
    written = contact + timedelta(days=later)
    text = (
        "Funding Decision Record\nPerson: Mr Neil Rowe\n"
        f"Date of {event}: {_day_first(contact, contact_shape)}\n"
        f"Date: {_day_first(written, written_shape)}\n"
        "Decision maker: J Greaves\n\nThe panel agreed four more hours."
    )
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (contact, written)


@pytest.mark.parametrize(
    "fields",
    [
        # Not the contact: a date of birth, a review due, a next visit, a reply-by date.
        "Date of birth: 02/03/1941\nDate: 01/09/2026",
        "Review due: 14/06/2026\nDate: 01/09/2026",
        "Next visit: 14/06/2026\nDate: 01/09/2026",
        "Please reply by: 14/06/2026\nDate: 01/09/2026",
        "Next panel: 14/06/2026\nDate: 01/09/2026",
        # A bare "Date" before the contact's day is no writing.
        "Date of panel: 14/09/2026\nDate: 01/09/2026",
    ],
)
def test_a_bare_date_field_beside_no_contact_field_is_not_read(fields: str) -> None:
    found = find_record_dates(f"Person: Mrs Edna Hale\n{fields}\n\nMrs Hale was well.")
    assert found.contact is None or found.recorded is None or found.recorded < found.contact


@given(
    contact=_FORM_DAY,
    later=st.integers(min_value=0, max_value=12),
    entries=st.integers(min_value=1, max_value=4),
    writing=st.sampled_from(["Written up", "Typed up", "Entered", "Recorded", "Note made"]),
    bracketed=st.booleans(),
    entry_shape=st.sampled_from(_DAY_FIRST_SHAPES),
    written_shape=st.sampled_from(_DAY_FIRST_SHAPES),
    clock=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_a_log_headed_by_its_writing_up_is_late_from_its_first_entry(
    contact: date,
    later: int,
    entries: int,
    writing: str,
    bracketed: bool,
    entry_shape: str,
    written_shape: str,
    clock: time,
) -> None:
    written = contact + timedelta(days=later)
    heading = f"{writing} {_day_first(written, written_shape)} - move week"
    lines = [f"({heading})" if bracketed else heading, ""]
    lines += [
        f"{_day_first(contact, entry_shape, clock)} On site, move {number} done."
        for number in range(1, entries + 1)
    ]
    found = find_record_dates("DUTY LOG - G. Holt (SW)\n" + "\n".join(lines))
    assert found.recorded == written
    assert found.contact is not None and _day(found.contact) == contact


@pytest.mark.parametrize(
    ("subject", "contact"),
    [
        ("Maureen - incident at Oakfield on 11/09 and days going forward", date(2026, 9, 11)),
        ("Re: home visit on 3 Sep", date(2026, 9, 3)),
        ("Mr Tait - review meeting on 24/09", None),  # a plan after the sending
        ("Mr Tait - visit planned on 02/09", None),
    ],
)
def test_an_emails_subject_dates_the_event_it_reports(subject: str, contact: date | None) -> None:
    text = (
        "From: Tasha Reilly <tasha@example.org>\nTo: Helen <helen@example.org>\n"
        f"Date: Wed, 16 Sep 2026 17:22\nSubject: {subject}\n\nSorry this is late."
    )
    found = find_record_dates(text)
    if contact is None:
        assert found.contact is None or found.contact > date(2026, 9, 16)
    else:
        assert found.contact == contact
        assert found.recorded == datetime(2026, 9, 16, 17, 22)


@pytest.mark.parametrize(
    ("header", "contact", "recorded"),
    [
        # A call named by the discharge it was about is still the call: the contact.
        (
            "D/C call 14/01/26 0915 (typed 19/01 - backlog, 2 staff off sick on team)",
            date(2026, 1, 14),
            date(2026, 1, 19),
        ),
        ("Discharge call 27/01/26\nTyped up 02/02/26", date(2026, 1, 27), date(2026, 2, 2)),
        ("Referral visit 03/03/26 - entered 09/03/26", date(2026, 3, 3), date(2026, 3, 9)),
    ],
)
def test_a_contact_named_by_the_event_it_was_about_is_the_contact(
    header: str, contact: date, recorded: date
) -> None:
    text = f"MARSTON GENERAL HOSPITAL - DISCHARGE TEAM\n{header}\n\nCall to the duty team."
    for year in (None, 2031):  # a day without its year takes the contact's, never today's
        found = find_record_dates(text, reference_year=year)
        assert found.contact is not None and _day(found.contact) == contact
        assert found.recorded == recorded


@pytest.mark.parametrize(
    "header",
    [
        "D/C call 14/01/26 0915",  # no writing labelled: the call's day says nothing more
        "Next D/C call 20/01/26\nEntered 14/01/26",  # a plan
        "D/C 14/01/26\nEntered 19/01/26",  # the discharge alone is another date
    ],
)
def test_an_event_named_contact_needs_its_writing_and_no_plan(header: str) -> None:
    assert find_record_entries(f"{header}\n\nCall to the duty team.") == []


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("Tel call in 09:40 Mon 12.1.26. Kerry rang duty.", date(2026, 1, 12)),
        ("Visit 14:10 3/1/26, Mrs Ash at home.", date(2026, 1, 3)),
        ("Call received 08:31 Mon 12.1.26. Daughter rang.", date(2026, 1, 12)),
    ],
)
def test_a_time_between_a_contact_label_and_its_date_is_the_contacts(
    line: str, contact: date
) -> None:
    text = (
        "DUTY LOG\nWorker: P. Ames (duty)\nRe: Kerry Dowd   Ref: 40172\n\n"
        f"{line}\nTel call in 09:58. Kerry again.\n\nNo further action.\n\n"
        "entered 15.1.26 (backlog on duty – 3 workers off)"
    )
    (entry,) = find_record_entries(text)
    assert entry.contact is not None and _day(entry.contact) == contact
    assert entry.recorded == date(2026, 1, 15)
    assert entry.reason == "backlog on duty – 3 workers off"


def test_a_form_header_runs_to_the_line_under_its_fields() -> None:
    text = (
        "COASTAL ADULT SOCIAL CARE TEAM - DECISION RECORD\n"
        "Person: Derek Pascoe   Ref: CASC/26/00417\n"
        "Request: Increase to care and support plan\n"
        "Presented by: Gareth Rowe, Social Worker\n"
        "Decision made at panel on 12/03/2026, minuted 20/03/2026\n"
        "(Minutes delayed - panel administrator on leave.)\n\n"
        "Summary of request\nMr Pascoe asked for an evening call. Seen 10/03/2026."
    )
    found = find_record_dates(text)
    assert (found.contact, found.recorded) == (date(2026, 3, 12), date(2026, 3, 20))
    # "Minuted" with no date after it dates nothing.
    assert find_record_entries("Panel 12/03/2026\n\nMr Ash asked for this to be minuted.") == []


def test_a_shortened_case_discussion_is_the_contact() -> None:
    text = (
        "Ref 26/0038 CROSSLEY, Leanne – 21 Albert St, Castlebury\n"
        "Entry 02/03/26 (case disc. 26/02/26)\n"
        "Case disc. w/ NF + AM. Refuse. Letter to go."
    )
    (entry,) = find_record_entries(text)
    assert (entry.contact, entry.recorded) == (date(2026, 2, 26), date(2026, 3, 2))


@pytest.mark.parametrize(
    ("text", "contact", "recorded"),
    [
        (
            "CARE ACT ASSESSMENT\nDate of assessment visit: 23 January 2026\n"
            "Date completed: 29 January 2026 (delayed – caseload pressure)\n\nSeen at home.",
            date(2026, 1, 23),
            date(2026, 1, 29),
        ),
        (
            "HOSPITAL ASSESSMENT\n"
            "Date of contact: Thursday 22 January 2026 (Ward 7, Marston General)\n\n"
            + "Mr Ash told me about his home and the stairs he cannot manage.\n\n" * 12
            + "Recorded on: 27.01.2026",
            date(2026, 1, 22),
            date(2026, 1, 27),
        ),
        (
            "HOME VISIT\nVisit date: 3 Feb 2026 | Note written: 5 Feb 2026\n\nSeen at home.",
            date(2026, 2, 3),
            date(2026, 2, 5),
        ),
    ],
)
def test_form_headers_read_whether_or_not_late(text: str, contact: date, recorded: date) -> None:
    found = find_record_dates(text)
    assert found.contact is not None and _day(found.contact) == contact
    assert found.recorded == recorded
