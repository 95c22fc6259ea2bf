"""RL91x: timeliness. Case notes written within 48 hours of the contact."""

from __future__ import annotations

from datetime import date, datetime

from recordlint.dates import (
    RecordDates,
    coerce_date,
    find_record_dates,
    find_record_entries,
    said_written_late,
)
from recordlint.findings import RECORD_KINDS, Category, Severity
from recordlint.nlp import Need
from recordlint.rules.registry import DocumentContext, Scope, rule


@rule(
    code="RL911",
    name="recorded-late",
    category=Category.TIMELINESS,
    standard="2.timeliness",
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    scope=Scope.DOCUMENT,
    metadata=["contact_date", "recorded_date"],
    kinds=RECORD_KINDS,
)
def recorded_late(ctx: DocumentContext) -> None:
    """Finds case notes written more than 48 hours after the contact they record.

    ## Why it matters
    Standard 2 asks that case notes are written within 48 hours of the contact. Notes
    written days later lose detail and the person's own words, and the next worker may act
    without knowing what happened.

    ## Example
    Before:
    > Date of contact: 02/03/2026
    > Date entered: 06/03/2026
    >
    > I visited Mrs Pollard at home to talk about her kitchen.

    After:
    > Date of contact: 02/03/2026
    > Date entered: 03/03/2026
    >
    > I visited Mrs Pollard at home to talk about her kitchen.

    ## How the dates are found
    From the record's metadata first (`contact_date` and `recorded_date`, with optional
    `contact_time` and `recorded_time`; ISO or UK dates), each one separately; otherwise from
    the note's header and labelled lines, in the forms practitioners write:
    "Contact: 03/11/25 14:10   Recorded: 07/11/25", "Visit 17/02/2026 - entered 23/02/2026",
    "Contact 08/09/25 | Entered 19/09/25", "Seen 5/1/26 at home, typed up 9/1/26",
    "Supervision – 20/01/2026" then "Written up: 30/01/2026", "Written up: 25/11/25 (contact
    was 18/11/25)", "Email received 20/10/25 ... Entered 21/10/25", "Note by SW 19/02". The
    labels are in the `record-dates` lexicon. Dates are read day first (02/03/2026 is 2
    March), with two- or four-digit years, `/`, `.` or `-`, month names and optional times.
    A date without a year takes the other date's year; a weekday and a day alone ("visited
    on Monday 9th") take the other date's month (or the month before it) only where the
    weekday fits that month, the nearer where both fit ("Monday 23rd February 2026 - h/v,
    written up Friday 27th"); a weekday shortened in front of a whole date
    ("Weds 11th March", "Tues 3/2") is part of that date, so the month written after the
    day is kept. The header's first date counts as the contact
    only when the note also says when it was written, and never when its words make it
    another date (a date of birth, a referral, a discharge, "D/C" included, the next visit,
    a week or other period); a field named after an event the labels do not know ("Adm
    date:", "Decision date:") stands for the contact only where the note dates no contact
    of its own.
    A header line may hold several fields set apart by a run of spaces, a tab, a spaced dash
    or a bar ("Held: 15/01/26 by video   Written up: 21/01/26", "Call from the warden  -
    Call received: ..."); each label is read from its own field, and the longest label wins
    ("Call logged" is the contact, "logged" alone the writing). A form's block of labelled
    fields, one a line, is the header however long it runs, a title over it included
    ("CASE NOTE" then five fields, the fifth "Entered by: H Jones (SW) 17/02/2026"; panel
    minutes whose last field line ends "Typed up 20/03/26."), and a title may take two
    lines, the body's name over the form's, or one long line in capitals. Where the
    block fills the header's first lines, the lines straight under it, up to a blank line,
    are the header's too ("Presented by: ..." then "Decision made at panel on 12/03/2026,
    minuted 20/03/2026"). Minutes sent out to those at the meeting ("Minutes circulated:
    13/03/2026", "Minutes issued:") were written that day, and so was a decision minuted
    on a day. A recording verb may hold the
    note's pronoun before its "up" ("writing this up on Monday 20th", "typed it up on
    16/04/26"). Case systems' stamps with
    the month between hyphens ("Contact: 27-Nov-2026  Recorded: 04-Dec-2026") are dates
    too. A header's fields may be shortened to their initials: "DOV" the date of a visit,
    "DOC" of a contact, and "DOR" after a DOC's earlier date on its line the date of
    recording ("DOC: 26/08/25   DOR: 29/08/25"); after a visit's, or alone, a DOR may be a
    referral or a review and is never the writing. "Received" may be shortened in a
    label ("Call rec'd Mon 08/09/25": a call received, the contact); alone after the
    contact's date on its line, naming nothing received, it is the writing ("18/11/26 -
    tel call from Mandy Rowe - rec'd 23/11/26").
    A contact label may name two events held together ("Date of assessment and meeting:
    Wednesday 12 March 2025"), and a panel is a meeting ("Date of panel: 24 March 2025").
    In a form's block of fields, one a line, a field labelled "Date" alone beside a
    labelled contact field, on a later day, is the date of the record ("Date of panel: 24
    March 2025" then "Date: 2 April 2025"). A worker's log headed by when it was
    written up ("(Written up 27.3.25 - move wk, no time to record on the day)" above
    "24.3.25 07:45 On site") is late from its first dated entry. Where a team checks
    emails, an email whose subject names the event it reports and its day ("incident at
    Oakfield on 19/09") has that day for its contact and its sending for the writing. A
    day written without its year takes the year before or after the other date's only
    across a new year ("Seen 30/12, typed 3/1"): a day just after the writing ("review
    meeting on 24/09" in an email sent on 16/09) is a plan, never a contact a year back.
    A label may say the writing was late ("Entered late on 07/11/25", "Note entered
    late:", "Recorded retrospectively on", "Recorded (late):"), carry a short aside in
    brackets ("Contact (phone): 03/11/25"), be hyphenated ("Written-up:"), or have the time
    between it and its date ("Recorded at 09:15 on 07/11/25", a duty log's "Tel call in
    09:40 Mon 12.1.26"); a two-digit year is never
    the hour of a time after it ("Monday 3 November 14:10"), a year may be cut short
    ("3rd Nov '25"), and "1410hrs" is a time. Days that share their month ("Seen
    9-10/11/26", "Visits 9 & 10/11/26") are a contact by their last day, and never the
    writing. A meeting or call named by the event it was about ("Discharge planning meeting
    09/11/26", "Referral meeting held", a discharge team's "D/C call 14/01/26 0915 (typed
    19/01 - backlog)") is the contact only where the note labels its writing too; one
    named as a plan ("Next meeting", "meeting due") never is. A case discussion may be
    shortened with a full stop ("Entry 02/03/26 (case disc. 26/02/26)").
    Some words name the writing only as a
    field's whole label ("Created: 07/11/25", "Date completed", "Added:"), never in a
    sentence ("Care plan completed 07/11/25"). A line names one contact: a later contact
    on the same line, or on a later line but dated before it, is an event it refers to
    ("Visit 05/11/25 following call 01/11/25"). A header that opens with a date and then
    a recording label names the day of the writing ("Fri 4 Dec - writing up Monday's visit
    (30/11)"), and a date in brackets after a label is that label's. A run of days heading
    a log ("Weekend log - Sat 31/01/26 - Sun 01/02/26. Entries typed 04/02/26") stands for
    its contacts by its last day, so the log is late only if even that day is more than the
    limit before the typing. A header whose date names no contact and is followed on its
    line by the earlier day the note is about ("SP note 17/11/26 re 13/11/26", "12/11/26 -
    note of visit on 09/11/26", "Written 17/11/26 re 13/11/26"; any word for the note, with
    words before it, and for what it is about: "08/04/26 - retrospective entry for
    02/04/26", "10/11/26 - summary relating to the call on 06/11/26"), or by an earlier contact
    it says was not written up at the time ("25/11/26 Mrs Ash (call was 20/11, not written
    up at the time)"), was written on its heading date; a day after "re" that is the same
    or later, or that words after it make another date ("re 13/11/26 referral"), leaves
    the heading date alone. The writing may come first with its contact after it on the
    line ("Typed 12/11/26 from notes of visit 09/11/26", "Entry 12/11/26: visit 09/11/26",
    "Note made 12/11/26 (visit 09/11/26)", "Typed 13/11/26 from notes taken at the visit on
    09/11/26"). A contact label may be said as a clause ("Written 13/11/26. Visit took
    place on 09/11/26"). The writing may be said after the contact's date in the past
    tense ("27/2/26 wrote up 4/3/26"), with "today" between its label and its date
    ("06.04.26 - recorded today 13.04.26"), or in a clause of its own after "but", an
    adverb before its verb ("The visit was on Monday 6th July, but I am only recording
    this on the 14th July").

    A note that names no contact of its own (no visit, call, meeting or heading date, and
    no contact it tells of: "his daughter rang about the visits") is about the referral,
    concern or call it received: a header's receipt label ("Ambulance referral rec'd Sun
    01/11", "Date concern received:") is its contact, and "rec'd" there is receipt, never
    recording. Where the note also has its visit or call, that stays
    the contact. A screening, triage or enquiry record's, a report's or a form's "completed"
    field in the header ("Screening completed: 16/11/2026", "Report completed: 16/03/26 by
    R Moss"), and a log's ("Log completed: 27.03.2026 by AMHP"), is its writing unless the
    note labels its writing elsewhere ("Report written"); a field's date may be followed by
    who filled it in ("Created: 07/11/25 by J Bloggs"). A header of labelled fields, one a
    line ("Assessment: ...", "Outcome: ...", "Log completed: ..."), is read as far as its
    fields go, past the four lines a header is otherwise given.

    When the note was written may also be counted from its one contact ("Written the same
    day", "typed up six days later", "This note was written a week after the visit"), be
    named by its weekday alone after the contact's date ("Seen: Tuesday 3 March 2026
    (typed Friday)", "(written Mon pm)": the first such weekday on or after the contact, so
    the contact's own weekday is the same day, and "the following Tuesday" a week on; never
    a plan, "To be typed up Friday", nor "Friday's" visit; where the contact is dated by
    its weekday and day but no year, "Fri 17th - visit ... Writing this up Mon", the days
    between the two weekdays count and the finding names the two days as the note wrote
    them, with no date made up for either; the same where both are a weekday and a day
    alone, "Phone call Tues 23rd – written up Mon 29th", where the weekdays agree with the
    days between), or be the date of the signature
    at its foot: the last line, with the writer's name or
    initials beside or above the date ("Written 19/02/26 JB", "J. Bloggs (SW) 16/02/26",
    "Signed: J Bloggs   Date: 19/02/26"), or a recording label and its date as the note's
    closing sentence ("She was well. Written up 12/11/26.", after an apology: "Sorry,
    writing this up on Monday 27/4"). The contact may be dated at the foot instead, with
    the writing counted or named by its weekday after it in a bracket or after a dash,
    perhaps after an apology ("Thurs 23/4 (sorry writing this up on Monday, been away for
    the weekend)").

    A note that says when it was written but gives no contact date may say, in its body,
    that the writer's contact was on a weekday ("I visited Mrs Ash at home on Monday",
    "Seen on Wednesday"): the contact is then the last such
    weekday before the writing. Only where that weekday is the one weekday the note names
    on its own, it is not the writing's own weekday, nothing between the contact word and
    the day names another doer or clause ("I phoned her daughter who said she saw the GP on
    Monday", "She told me ... after I visited on Monday"), it is not in quotation marks,
    and the note does not speak of today or yesterday. "Following my visit on Monday" is
    an earlier event: the note's own contact came after it. A contact named by a noun after
    an article, "of" or "for" counts only on "last" and a weekday ("This covers the joint
    visit with the OT last Thursday", "Note of a home visit last Monday"), never a
    possessive's ("the nurse's visit last Friday") or "on" a weekday (a plan). A day of
    the month in brackets after the weekday says which one ("last Monday (18th)", "(12
    June)"), and the writing date's own weekday in brackets or after a comma beside it
    ("Entered 20/11/2026 (Friday)") is no other day the note names. The header may name
    the contact the same way, by what happened and its weekday and part of the day after a
    dash or colon ("Review visit: Monday morning", "Outreach shift - Saturday night"), never
    by a plan's or the writing's words ("Next visit: Monday morning", "Typed up: Monday
    evening"), and the writing's own weekday ("Key worker log - Sunday morning" over a
    note written that Sunday) is not the contact. A paragraph may open with the weekday
    and part of the day of its contact, in full or short, then a dash, colon or stop and
    the contact ("Mon am – T/C from Sgt Ealing", "Tuesday afternoon: visit to Mrs Ash"),
    with no plan, other date or writing between the day and the contact word.
    A note headed by its own date alone, whose heading line or the line under it says it is
    the note of a contact on a weekday ("Thursday 12/11/26" then "Note of home visit on
    Monday"), was written on its heading date, and its contact is that weekday, read the
    same way and only where the note names no other date of a contact.

    In a log of dated entries, each entry that says when it was written is judged on its
    own, and the finding names the late entry. A care provider's log of timed calls
    ("Mon 09/02 08:00 - ...") followed by the worker's dated note about it is judged from
    the last call before the note. A note that says why it is late ("late entry
    - worker on leave", "Written: 19 November 2026. This is three days after the visit
    because ...") is still late and still a warning, since the standard asks for notes
    within 48 hours whatever the cause and a quality assurance grade counts it; the message
    quotes the reason. Where the note's dates do not give the time to its writing (a
    recording initial left unread after a date of visit, a contact named by its weekday
    alone), a sentence in which the note says it was written late and goes straight on to
    why ("(Write-up late – on leave, then a backlog.)", "Sorry, typing this up late – saw
    her on Tuesday but was on a course") is the finding: the writer's word stands for the
    delay. "Late" for the hour of the writing ("typed up late at night") is not a delay.

    When both dates carry a time, the hours between them count. When either is a date
    alone, whole days count: with the default 48 hours, a note written two days after the
    contact is on time and one written three days after is late.

    The record's metrics carry `contact_date`, `recorded_date` and `hours_to_record`
    (whole days times 24 when there are no times) whenever both dates are known.

    ## Stays quiet on
    Records with a missing or unreadable date (nothing is guessed), a note with only one
    date, a bare "Date:" line with no contact field beside it (it does not say whether it is
    the contact or the writing), dates in the body that the person or a pasted email
    mentions, a date at the foot that is a plan ("Next review 19/02/26"), a later update
    or a manager's sign-off ("Last updated", "Signed off by"), an email's "Sent:" date,
    notes dated before the contact (the metric `recorded_before_contact` is set instead),
    and kinds of record other than case notes unless configured.

    ## Settings
    `timeliness.max-hours` (default 48); `timeliness.kinds` (default `["case_note"]`).
    """
    options = ctx.config.options.timeliness
    if ctx.kind.value not in options.kinds:
        return
    entries = _record_entries(ctx.text, ctx.metadata)
    if not any(_dated(dates) for dates in entries):
        _flag_said_late(ctx, options.max_hours)
        return
    for number, dates in enumerate(entries):
        contact, recorded = dates.contact, dates.recorded
        if contact is None or recorded is None:
            _flag_days_apart(ctx, dates, options.max_hours)
            continue
        timed = isinstance(contact, datetime) and isinstance(recorded, datetime)
        if timed:
            hours = (recorded - contact).total_seconds() / 3600
        else:
            hours = float(_day_of(recorded).toordinal() - _day_of(contact).toordinal()) * 24
        if number == 0:
            ctx.metrics["contact_date"] = contact.isoformat()
            ctx.metrics["recorded_date"] = recorded.isoformat()
            ctx.metrics["hours_to_record"] = round(hours, 2)
        if hours < 0:
            ctx.metrics["recorded_before_contact"] = True
            continue
        if hours <= options.max_hours:
            continue
        start, end = dates.recorded_span or ctx.first_line_span()
        which = (
            "This note" if len(entries) == 1 else f"The entry for the contact on {_when(contact)}"
        )
        message = (
            f"{which} was written {_delay(hours, timed)} after the contact "
            f"(contact {_when(contact)}, recorded {_when(recorded)}); case notes should be "
            f"written within {_hours(options.max_hours)} of the contact."
        )
        ctx.flag(start, end, message + _said_why(dates.reason))


def _flag_days_apart(ctx: DocumentContext, dates: RecordDates, max_hours: float) -> None:
    """A note that gives the days from its contact to its writing by their weekdays, not
    their dates ("Fri 17th - visit", "Writing this up Mon"): whole days count."""
    if dates.days_after is None:
        return
    hours = float(dates.days_after * 24)
    ctx.metrics["hours_to_record"] = hours
    if hours <= max_hours:
        return
    start, end = dates.recorded_span or ctx.first_line_span()
    message = (
        f"This note was written {_plural(dates.days_after, 'day')} after the contact "
        f'(contact "{dates.contact_said}", written "{dates.recorded_said}"); case notes '
        f"should be written within {_hours(max_hours)} of the contact."
    )
    ctx.flag(start, end, message + _said_why(dates.reason))


def _dated(dates: RecordDates) -> bool:
    """Whether a reading gives the time from the contact to the writing."""
    both = dates.contact is not None and dates.recorded is not None
    return both or dates.days_after is not None


def _flag_said_late(ctx: DocumentContext, max_hours: float) -> None:
    """A note whose dates do not give the time to its writing, but which says in its own
    words that it was written late and why ("(Write-up late – AL w/c 05/10 then backlog.)"
    under a header whose recording date is unread): the writer's word stands for the
    delay."""
    said = said_written_late(ctx.text)
    if said is None:
        return
    start, end = said.span
    ctx.flag(
        start,
        end,
        f'This note says it was written late ("{said.said}"); case notes should be written '
        f"within {_hours(max_hours)} of the contact. Keep the reason it gives, and flag the "
        "delay to your manager if it keeps happening.",
    )


def _said_why(reason: str | None) -> str:
    """What a late note's finding adds where the note says why it is late: the writer has
    already said why, so the finding records the delay, not blame."""
    if not reason:
        return ""
    return (
        f' The note says why ("{reason}"): keep that, and flag the delay to '
        "your manager if it keeps happening."
    )


def _record_entries(text: str, metadata: dict[str, object]) -> list[RecordDates]:
    """The metadata's dates when it gives both; otherwise each entry the text gives, or one
    built from the dates the metadata and the header lines give between them."""
    contact = coerce_date(metadata.get("contact_date"), metadata.get("contact_time"))
    recorded = coerce_date(metadata.get("recorded_date"), metadata.get("recorded_time"))
    if contact is not None and recorded is not None:
        # The dates come from the metadata, but the note may still say why it was late.
        return [RecordDates(contact, recorded, reason=find_record_dates(text).reason)]
    reference = contact or recorded
    reference_year = _day_of(reference).year if reference is not None else None
    if reference is None:
        entries = find_record_entries(text, reference_year=reference_year)
        if entries:
            return entries
    from_text = find_record_dates(text, reference_year=reference_year)
    if reference is None and from_text.days_after is not None:
        return [from_text]  # the days between, from their weekdays alone
    # Metadata wins, date by date; the header line is still where a finding is shown.
    return [
        RecordDates(
            contact=contact if contact is not None else from_text.contact,
            recorded=recorded if recorded is not None else from_text.recorded,
            contact_span=None if contact is not None else from_text.contact_span,
            recorded_span=None if recorded is not None else from_text.recorded_span,
            reason=from_text.reason if recorded is None else None,
        )
    ]


def _day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _when(value: date | datetime) -> str:
    day = _day_of(value)
    text = f"{day.day} {day.strftime('%B')} {day.year}"
    if isinstance(value, datetime):
        text += f" at {value.strftime('%H:%M')}"
    return text


def _delay(hours: float, timed: bool) -> str:
    if not timed:
        return _plural(round(hours / 24), "day")
    whole = int(hours)
    if whole < 72:
        return _plural(whole, "hour")
    days, rest = divmod(whole, 24)
    if not rest:
        return _plural(days, "day")
    return f"{_plural(days, 'day')} and {_plural(rest, 'hour')}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _hours(value: float) -> str:
    return _plural(int(value), "hour") if value == int(value) else f"{value:g} hours"
