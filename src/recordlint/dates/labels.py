"""The label patterns, built once from the ``record-dates`` lexicon.

Each kind of word in the lexicon (a contact, the writing, a receipt, another date, a late
reason ...) becomes one alternation, longest first, and the patterns here put them in
their places around a date: as a field's label, after a log entry's date, in a sentence
about the writing or a contact in the body.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from recordlint.dates.patterns import (
    ANY_WEEKDAY,
    DAYS_LATER,
    DONE,
    HAPPENED,
    LATE,
    LEAD_IN,
    LEAD_OUT,
    NOT_THE_WRITERS,
    NOTE_BY,
    NOTE_WORD,
    TAIL,
    TAIL_WRITTEN,
    WEEKDAY_NAME,
    WHERE_WRITTEN,
    WHO_BY,
    WHO_WITH,
    WHO_WROTE,
)
from recordlint.dates.shapes import WEEKDAY_FULL_OR_SHORT


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
    contact_named_last_weekday: re.Pattern[str]
    note_of_a_weekday: re.Pattern[str]
    contact_told: re.Pattern[str]
    about_a_day: re.Pattern[str]
    written_afterwards: re.Pattern[str]
    contact_word: re.Pattern[str]
    other_event: re.Pattern[str]
    contacts_over: re.Pattern[str]
    source_notes: re.Pattern[str]
    from_notes: re.Pattern[str]
    typed_from: re.Pattern[str]
    heading_weekday: re.Pattern[str]
    weekday_opens_entry: re.Pattern[str]
    apology: re.Pattern[str]
    recorded_after_a_contact: re.Pattern[str]
    recorded_after_its_partner: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    recorded_by_fields: re.Pattern[str]
    about_the_delay: re.Pattern[str]
    said_written_late: re.Pattern[str]


def _alternation(terms: list[str], *, object_before_up: bool = False) -> str:
    # Longest first, so "written up" wins over "written"; dots in a term are optional, and
    # its words may be hyphenated ("Written-up:", "Typed-up"), and an apostrophe may be
    # either ("rec'd", "rec’d"). With ``object_before_up`` a verb and "up" may hold the
    # note's pronoun between them ("writing this up on 16/04", "typed it up Friday").
    ordered = sorted(terms, key=len, reverse=True)
    return "|".join(_term_pattern(term, object_before_up) for term in ordered)


_OBJECT_BEFORE_UP = r"(?:\s+(?:this|it|these|them))?\s+up"


def _term_pattern(term: str, object_before_up: bool) -> str:
    words = [re.escape(w).replace(r"\.", r"\.?").replace("'", "['’]") for w in term.split()]
    if object_before_up and len(words) >= 2 and words[-1].lower() == "up":
        return r"(?:\s+|-)".join(words[:-1]) + rf"(?:-up|{_OBJECT_BEFORE_UP})"
    return r"(?:\s+|-)".join(words)


def _with_short_forms(terms: list[str], short_forms: dict[str, list[str]]) -> list[str]:
    """The terms, and each label of several words again with a short form in place of the
    word it stands for ("call rec'd" beside "call received")."""
    spelled = list(terms)
    for term in terms:
        words = term.split()
        if len(words) < 2:
            continue
        for at, word in enumerate(words):
            for short in short_forms.get(word.lower(), ()):
                spelled.append(" ".join([*words[:at], short, *words[at + 1 :]]))
    return spelled


@functools.cache
def label_patterns() -> _Labels:
    from recordlint.lexicon import load_lexicon  # the lexicon loader imports nothing of ours

    terms: dict[str, list[str]] = {}
    short_forms: dict[str, list[str]] = {}
    partners: list[tuple[str, str]] = []
    entries = load_lexicon("record-dates").entries
    for entry in entries:
        terms.setdefault(entry.kind, []).append(entry.term)
        if entry.short_for:
            short_forms.setdefault(entry.short_for.lower(), []).append(entry.term)
        if entry.recorded_after_a_contact and entry.after_contact_label:
            partners.append((entry.term, entry.after_contact_label))
        elif entry.recorded_after_a_contact:
            terms.setdefault("recorded_after_a_contact", []).append(entry.term)
    terms = {kind: _with_short_forms(words, short_forms) for kind, words in terms.items()}
    # A meeting is a contact, and an event of the case another date ("Discharge 09/11/26").
    terms["contact"] += terms["meeting"]
    terms["other_date"] += terms["other_event"]
    # A week or a period is another date, except where a header names the contacts in it.
    terms["other_date"] += terms["week_of"] + terms["period"]
    contact = _alternation(terms["contact"])
    # A label may name two events that happened together ("Date of assessment and
    # meeting:", "Visit/call"): the date is the day of both.
    contacts = rf"(?:{contact})(?:\s*(?:and|&|/|\+)\s*(?:{contact}))?"
    recorded = _alternation(terms["recorded"], object_before_up=True)
    anywhere = r"(?<![\w.])(?:{})(?![\w])"
    # Words that make a date something other than the contact: another date or a plan, a
    # receipt, the writing. A heading's or an entry's weekday is not the contact's where
    # one stands before it or between it and the contact word.
    not_the_contact = anywhere.format(
        _alternation(terms["other_date"] + terms["receipt"] + terms["recorded"])
    )
    # The writer's own contact, told in the body: "I visited", "we met", "Seen" opening a
    # sentence; and named as theirs, "my visit", "our call".
    writer_contacted = rf"(?:(?<![\w'’])(?:i|we)\s+|^|(?<=[.!?]\s))(?:{contact})(?![\w])"
    writers_contact = rf"(?<![\w'’])(?:my|our)\s+(?:{contact})(?![\w])"
    fields = _alternation(terms["recorded_field"])
    completed_or_issued = _alternation(terms["recorded_field"] + terms["record_issued"])
    subject = _alternation(terms["subject"])
    # An apology before the words that say when the note was written ("Sorry, writing this
    # up on Monday 27/4", "(apologies - typed up Friday)").
    apology = rf"(?:{_alternation(terms['apology'])})(?![\w])"
    return _Labels(
        # The label is the clause's last words; what may come before it is checked by the
        # caller (nothing outside the header, heading words inside it).
        contact=re.compile(
            rf"(?:^|(?P<before>.*?)\s)(?:{LEAD_IN}{contacts}{LEAD_OUT}{WHO_WITH}{WHO_BY}"
            rf"{HAPPENED}){TAIL}",
            re.I,
        ),
        recorded=re.compile(
            rf"(?:^|(?P<before>.*?)\s)"
            rf"(?:{LEAD_IN}{NOTE_WORD}(?:{recorded}){LATE}{LEAD_OUT}{WHERE_WRITTEN}"
            rf"{WHO_WROTE}"
            rf"|{NOTE_BY}){TAIL_WRITTEN}",
            re.I,
        ),
        # A field's whole label ("Created: 07/11/25", "Date completed - 07/11/25", "Record
        # created 19/10/2026"): its
        # "before" group never matches, as nothing may come before the label.
        recorded_field=re.compile(
            rf"(?P<before>(?!)x)?{LEAD_IN}{NOTE_WORD}(?:{fields}){LEAD_OUT}{TAIL}",
            re.I,
        ),
        # A screening, triage or enquiry record's own field for its completion ("Screening
        # completed: 16/11/26"), the record perhaps named by what it records first
        # ("Incident form completed", "Adult safeguarding enquiry completed"), or for its
        # sending out to those it is for ("Minutes circulated: 13/03/2026", "Review minutes
        # issued:"): the writing, but only as a field of the header. A record named by
        # whose it is ("OT report", "Mrs Ash's form") is another's.
        record_completed=re.compile(
            rf"(?P<before>(?!)x)?{LEAD_IN}(?:(?!(?-i:[A-Z]{{2,}}s?)\b)[^\W\d][\w\-]*\s+){{0,2}}"
            rf"(?:{_alternation(terms['record_name'])})\s+"
            rf"(?:{completed_or_issued}){LEAD_OUT}{TAIL}",
            re.I,
        ),
        # The receipt of what the note is about ("Referral rec'd 01/11", "Date concern
        # received:"): the note's contact only where it names no contact of its own.
        receipt=re.compile(
            rf"(?:^|(?P<before>.*?)\s)(?:{LEAD_IN}(?:{_alternation(terms['receipt'])})"
            rf"{LEAD_OUT}{WHO_WITH}{WHO_BY}){TAIL}",
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
            rf"^(?:this\s+)?{NOTE_WORD}(?:(?:was|were|is)\s+)?(?:{recorded})(?![\w]|['’]\w)",
            re.I,
        ),
        # A sentence that says the note is late, or apologises for it, and why: "Apologies
        # for late entry - annual leave", "Apologies for the delay in recording; the writer
        # was on annual leave", "This is late because I was covering duty", "Late because I
        # was off sick", "This is three days after the visit because I was called away".
        about_the_delay=re.compile(
            r"^(?:n\.?b\.?[ \t:,\-–—]*)?"
            rf"(?:(?:{apology})\s+for\s+(?:the\s+|my\s+|this\s+)?"
            rf"(?:late\s+(?:{recorded}|note)|delay(?:ed)?\s+(?:in\s+)?"
            rf"(?:{recorded}|writing|typing|entering|inputting)(?:\s+(?:this|it|up))*)"
            r"(?![\w])(?!\s+to\s+you)"
            r"|(?:this\s+(?:(?:case\s+)?note\s+|entry\s+|record\s+)?is\s+)?"
            r"(?:late|(?:\w+\s+){1,3}(?:after\s+the\s+\w+|later))"
            r"\s+(?:because|due\s+to|as)(?![\w]))",
            re.I,
        ),
        # A sentence that opens by saying the note was written late, perhaps after an
        # apology or in a bracket, and goes on straight to why: "(Write-up late - AL w/c
        # 05/10 then backlog.)", "Sorry, writing this up late - saw her on Monday (9th) but
        # had training", "Note entered late due to leave". "Late" must end its clause or
        # lead the reason, so the writing's hour is never read as a delay ("typed up late
        # at night", "written up late on Friday evening").
        said_written_late=re.compile(
            rf"^[ \t(\[*•\-–—]*(?:{apology}[ \t]*[,:\-–—]?[ \t]*)?"
            rf"(?:(?:i\s+am|i['’]m)\s+)?{NOTE_WORD}(?:{recorded})\s+late"
            r"(?=[ \t]*(?:[\-–—:(,;]|due\s+to(?![\w])|because(?![\w])|as(?![\w])))",
            re.I,
        ),
        # The same, saying when by counting from the contact: "Written the same day",
        # "(typed up 6 days later)", "This note was entered a week after the visit", or
        # after the contact's own date and a dash or colon ("12/03/26 - typed up 4 days
        # later"), or a spaced dash after a date whose day or month is a word ("Visit Tues
        # 14th – written up Fri", "Seen Tues 14 June – typed Friday"), perhaps with an
        # apology first ("Thurs 23/4 (sorry writing this up on Monday)", "sorry, I'm only
        # typing this up Friday").
        written_later=re.compile(
            rf"(?:^|(?<=[\n.;,(\[|])|(?<=\d)(?=[ \t]*[\-–—:])|(?<=\w)(?=[ \t]+[\-–—][ \t]))"
            rf"[ \t]*(?:[\-–—*•:]+[ \t]*)?"
            rf"(?:{apology}[ \t]*[,:\-–—]?[ \t]*(?:(?:i\s+am|i['’]m)\s+)?(?:only\s+)?)?"
            rf"(?:this\s+)?{NOTE_WORD}"
            rf"(?:(?:was|were|is)\s+)?(?:{recorded})\s+(?:on\s+)?{DAYS_LATER}(?![\w])",
            re.I,
        ),
        # The writer's own contact on a weekday, in the body: "I visited Mrs Ash at home on
        # Monday", "Seen on Tuesday".
        contact_on_weekday=re.compile(
            rf"(?:{writer_contacted}|{writers_contact}){NOT_THE_WRITERS}"
            rf"\s+(?:on|last)\s+{WEEKDAY_NAME}(?![\w])"
            rf"(?![ \t]*(?:the\s+)?\d)",
            re.I | re.M,
        ),
        # The same, the weekday first: "Last Tuesday (21st) I met with Ms Delgado".
        weekday_then_contact=re.compile(
            rf"(?:^|(?<=[.!?]\s))(?:on\s+|last\s+)?{WEEKDAY_NAME}(?![\w])"
            r"(?:[ \t]*\([^()\n]{1,12}\))?,?\s+(?:i|we)\s+"
            rf"(?:{contact})(?![\w])",
            re.I | re.M,
        ),
        # A contact named by a noun after an article, "of" or "for" (perhaps a word or two
        # between), on "last" and a weekday: "this covers the joint visit with the OT last
        # Thursday", "Note of a home visit last Monday (18th)". Only "last": it
        # dates a day before the writing, where "on Monday" after a noun may be a plan.
        contact_named_last_weekday=re.compile(
            r"(?<![\w'’])(?:a|an|the|of|for)\s+(?:[^\W\d][\w\-]*\s+){0,2}?"
            rf"(?:{contact})(?![\w]){NOT_THE_WRITERS}\s+last\s+{WEEKDAY_NAME}(?![\w])"
            rf"(?![ \t]*(?:the\s+)?\d)",
            re.I,
        ),
        # The writer's own contact on a day the body dates, the date straight after "on":
        # "I visited Mrs Ash on 4 December 2025", "Spoke to Ms Tally on 11/03 by phone",
        # "Saw her at home on Monday 12th", "on the afternoon of 4 December", "on the Monday
        # (21.9.26)", or named as the writer's own ("Recording my visit on 5 May").
        contact_on_a_date=re.compile(
            rf"(?:{writer_contacted}{NOT_THE_WRITERS}|{writers_contact})"
            rf"\s+on\s+(?:the\s+(?:(?:morning|afternoon|evening)\s+of\s+)?)?"
            rf"(?:{ANY_WEEKDAY}[ \t]*\([ \t]*)?(?=\d|{ANY_WEEKDAY}[ \t]+(?:the\s+)?\d)",
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
            rf"(?P<said>(?:{contact})\s+(?:on|last)\s+)?{WEEKDAY_NAME}"
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
            rf"(?:(?:\s+(?:the|my|our|a))?\s+(?:{contact})(?:\s+(?:was|on|of|{DONE}))*)?"
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
        # A line of the header that names what happened and the weekday and part of the day
        # it happened on, after a dash or colon: "Review visit: Monday morning", "Outreach
        # shift - Saturday night". A plan ("Next visit: Monday morning"), another date or
        # the writing ("Written up: Monday evening") is never the contact, so the words
        # before the day may be none of those.
        heading_weekday=re.compile(
            rf"^[ \t]*(?![^\n\d:\-–—|]*?{not_the_contact})"
            r"[^\W\d][^\n\d:\-–—|]{0,40}?[ \t]*[\-–—:][ \t]*"
            rf"{WEEKDAY_NAME}[ \t]+(?:morning|afternoon|evening|night)[ \t]*$",
            re.I | re.M,
        ),
        # A paragraph that opens with the weekday and part of the day of what it tells, then
        # a dash, colon or stop and the contact ("Mon am – T/C from Sgt Ealing", "Tuesday
        # afternoon: visit to Mrs Ash"), in full or short. No plan, other date or writing
        # may come between the day and the contact word ("Fri pm - next visit", "Monday
        # morning - typed up the call").
        weekday_opens_entry=re.compile(
            rf"(?:\A|(?<=\n\n))[ \t]*{WEEKDAY_FULL_OR_SHORT}[ \t]+"
            r"(?:morning|afternoon|evening|night|am|pm|a\.m\.|p\.m\.)(?![\w])"
            r"[ \t]*[\-–—:.,][ \t]*"
            rf"(?:(?!{not_the_contact})[^\n.!?]){{0,40}}?"
            rf"(?<![\w.])(?:{contact})(?![\w])",
            re.I,
        ),
        apology=re.compile(rf"{apology}[\s,:\-–—]*", re.I),
        # A receipt's short form that also shortens "recorded", alone as a label after a
        # contact's date on its line ("18/11/26 - tel call - rec'd 23/11/26").
        recorded_after_a_contact=re.compile(
            rf"(?:{_alternation(terms['recorded_after_a_contact'])}){TAIL}", re.I
        ),
        # A short form that is the writing only after its partner's contact date ("DOC:
        # 26/08/25   DOR: 29/08/25"): each as (the short form, the contact's label).
        recorded_after_its_partner=tuple(
            (
                re.compile(rf"(?:{_alternation([term])}){TAIL}", re.I),
                re.compile(rf"(?:{_alternation([partner])}){TAIL}", re.I),
            )
            for term, partner in partners
        ),
        # A line that opens with the writing's label and its writer, then the writer's role
        # or team in fields of their own, and the date last ("Recorded by: Helen Marsh,
        # Senior Social Worker, 2 April 2026", "Recorded by Hannah Clegg, Social Worker
        # (duty), 26 March 2026", "Written by Sue Hollis, Day Centre Coordinator, on 5 May
        # 2026"): the label is the words up to the first comma. No figure comes between.
        recorded_by_fields=re.compile(
            rf"[ \t\-–—*•(\[]*(?P<label>(?:{recorded})\s+by:?[ \t]+[^\W\d][^\d\n,;()]{{0,40}}?)"
            r"(?:[ \t]*,[ \t]*[^\d\n,;()]{1,60}?(?:[ \t]*\([^\d\n()]{1,30}\))?){1,3}"
            r"[ \t]*,[ \t]*(?:on[ \t]+)?$",
            re.I,
        ),
    )
