"""The labelled-field reader: what each date in a note is, by the words around it.

Each date found is classified by the label before it (its clause, or its field where a
header line holds several), by what follows it, or by where it stands (the header's first
date, a log entry's opening date, the signature at the foot, the note's closing sentence):
a contact, the writing, a receipt, a record's completion, the day a note is about, or
another date. :func:`entry_pairs` pairs each writing with the contact before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recordlint.dates.labels import label_patterns
from recordlint.dates.lines import end_of_header, end_of_line, same_line, start_of_line
from recordlint.dates.patterns import (
    A_CLAUSE,
    ASIDE,
    BY_WHOM,
    CLAUSE_BREAK,
    FIELD_BREAK,
    INITIALS,
    MAX_LABEL_CHARS,
    RANGE_AFTER,
    SEPARATORS,
    SIGNATURE,
    SIGNED,
    TITLE,
    WRITING_NOW,
)
from recordlint.dates.result import as_reason
from recordlint.dates.shapes import DateMatch, find_dates


@dataclass(frozen=True, slots=True)
class Dated:
    """A date in the text and what its label makes it."""

    match: DateMatch
    # "contact", "recorded", "receipt" and "completion" (see _stand_ins), or "about" (the day
    # a note is about, see _heading_the_writing)
    kind: str
    labelled: bool  # False: a heading or log-entry date taken as the contact
    in_header: bool


def _opens_entry(text: str, match: DateMatch) -> bool:
    """Whether the date opens its line and either the words after it say what the contact
    was ("05/03/26 - HV to Mr Ash") or it carries the time of a call in a care provider's
    or duty log ("Mon 09/02 08:00 - In bed, pad changed")."""
    if text[start_of_line(text, match.start) : match.start].strip(SEPARATORS):
        return False
    if match.clock is not None:
        return True
    after = CLAUSE_BREAK.split(text[match.end : match.end + 80])[0]
    return label_patterns().contact_after.match(after) is not None


@dataclass(frozen=True, slots=True)
class _Lead:
    """The words before a date on its line."""

    clause: str  # the clause just before the date, where a label would be
    text: str  # everything since the previous date on the line
    label_leads: bool  # the clause opens its line, or the line opens with a dated entry


def _lead_before(text: str, start: int, floor: int) -> _Lead | None:
    line_start = start_of_line(text, start)
    lead = text[max(line_start, floor) : start]
    if len(lead) > 200:
        return None
    clause = _last_field(CLAUSE_BREAK.split(ASIDE.sub("", lead))[-1])
    if not clause and lead.rstrip().endswith("("):
        # The date in brackets after its label ("writing up Monday's visit (30/11)"): the
        # label is the clause before the bracket, read only where a header may hold it.
        clause = _last_field(CLAUSE_BREAK.split(lead.rstrip()[:-1])[-1])
        return _Lead(clause, lead, label_leads=False)
    if not clause and lead.rstrip().endswith(","):
        # The date set after its label by a comma ("Phone call with Mrs Ash, 26/11/2026"):
        # read, as in brackets, only where a header may hold it.
        clause = _last_field(CLAUSE_BREAK.split(lead.rstrip()[:-1])[-1])
        return _Lead(clause, lead, label_leads=False)
    if not clause and floor < line_start and line_start > 0:
        # A label on a line of its own, the date under it ("Recorded:" then "06/03/26").
        previous_start = start_of_line(text, line_start - 1)
        previous = text[max(previous_start, floor) : line_start].strip()
        if previous.endswith(":") and len(previous) <= MAX_LABEL_CHARS:
            clause = CLAUSE_BREAK.split(previous)[-1].strip(SEPARATORS)
            return _Lead(clause, lead, label_leads=clause == previous.strip(SEPARATORS))
    on_line = text[line_start:start].rstrip(SEPARATORS)
    shortened = _SHORTENED_LABEL.search(lead)
    if not clause and shortened is not None:
        # A label shortened with a full stop ("Rec. 29-04-26", "rec. 23.10.26"): the stop
        # ends no sentence where the word before it is a label of its own.
        unstopped = lead[: shortened.start()] + shortened.group("word")
        label = _last_field(CLAUSE_BREAK.split(ASIDE.sub("", unstopped))[-1])
        if field_kind(label) is not None:
            clause, on_line = label, on_line[: on_line.rfind(".")]
    # A bracket before the label still leaves it opening its line ("(note typed 19/2/26)").
    before_clause = on_line[: len(on_line) - len(clause)].strip(SEPARATORS + "([")
    leads = not before_clause or _opens_with_date(on_line) or _opens_with_label(on_line)
    return _Lead(clause, lead, label_leads=leads)


# A short word and a full stop just before a date: perhaps a label shortened ("Rec.").
_SHORTENED_LABEL = re.compile(r"(?<![\w.])(?P<word>[A-Za-z]{2,5})\.[ \t:]*$")


def _last_field(clause: str) -> str:
    """The last field of a clause with words in it: "by video call   Written up" gives
    "Written up"; "OT Visit - " keeps "OT Visit"."""
    for field in reversed(FIELD_BREAK.split(clause)):
        # A slash between fields is a separator too ("Contact 2.3.26 / Recorded 6.3.26").
        if field.strip(SEPARATORS + "/"):
            return field.strip(SEPARATORS + "/")
    return ""


def _opens_with_date(line: str) -> bool:
    stripped = line.lstrip(SEPARATORS)
    found = find_dates(stripped[:40])
    return bool(found) and found[0].start == 0


def _opens_with_label(line: str) -> bool:
    """Whether the line opens with a labelled date ("Visit 09/02/26. Written 10/02/26")."""
    found = find_dates(line[: MAX_LABEL_CHARS + 40])
    if not found:
        return False
    opening = line[: found[0].start].strip(SEPARATORS)
    labels = label_patterns()
    return any(
        (labelled := pattern.fullmatch(opening)) is not None and labelled.group("before") is None
        for pattern in (labels.contact, labels.recorded, labels.recorded_field)
    )


def _starts_a_period(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` is followed by "- <date>" or "to <date>"."""
    connector = RANGE_AFTER.match(text, end)
    if connector is None:
        return False
    following = find_dates(text[connector.end() : connector.end() + 40])
    return bool(following) and following[0].start == 0


def _classify(text: str, match: DateMatch, floor: int, in_header: bool) -> Dated | None:
    item = _classify_date(text, match, floor, in_header)
    if match.first_day is not None and (item is None or item.kind != "contact"):
        # A range of days is only ever the contacts it names ("Seen 9-10/11/26"): never
        # the writing, a signature or the day a note is about.
        return None
    return item


def _classify_date(text: str, match: DateMatch, floor: int, in_header: bool) -> Dated | None:
    found = _lead_before(text, match.start, floor)
    if found is None:
        # Too far into its line for a header's label: a long paragraph, read only where
        # its closing sentence or bracket labels the writing ("... Case closed. (Late
        # entry 24/11.)").
        return Dated(match, "recorded", True, in_header) if _closing_label(text, match) else None
    clause, lead = found.clause, found.text
    labels = label_patterns()
    if _starts_a_period(text, match.end):
        return None  # "02/03/26 - 09/03/26": a period, not the day of a contact
    if WRITING_NOW.fullmatch(clause):
        return Dated(match, "recorded", True, in_header)
    if clause and len(clause) <= MAX_LABEL_CHARS:
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
                if (kind == "receipt" or doer) and before is not None and A_CLAUSE.search(before):
                    # "Mrs Ash said the referral was received 01/11", "Mrs Khan was seen
                    # by her GP on 02/03": a sentence, not a field
                    continue
                if before is None or kind == "receipt" or not labels.other_date.search(before):
                    return Dated(match, kind, True, in_header)
                if kind == "contact" and _names_a_meeting(clause, before):
                    return Dated(match, "meeting", True, in_header)
            elif before is None and (
                found.label_leads
                or (
                    kind == "recorded"
                    and (_closes_the_note(text, match, lead) or _closing_label(text, match))
                )
            ):
                return Dated(match, kind, True, in_header)
    about = labels.about_a_day.search(lead) if labels.about_a_day.match(clause) else None
    if about is not None and about.group("from") and not _contact_named_after(text, match):
        # "notes from 06/11/26 visit" names the contact after its date; "notes from
        # 06/11/26" alone may start a period.
        about = None
    # "from notes of visit 09/11" names the notes the writing came from, not another date.
    if labels.other_date.search(lead[: about.start() if about else len(lead)].replace(".", "")):
        return None
    if in_header and floor > start_of_line(text, match.start) and about is not None:
        # "SP note 17/11/26 re 13/11/26": the day the note is about, read with the heading
        # date before it (see _heading_the_writing) and nothing on its own.
        return Dated(match, "about", True, in_header)
    if (
        in_header
        and not lead.strip(SEPARATORS)
        and (written := labels.recorded_after.match(text, match.end)) is not None
        and not _dates_next(text, written.start())
    ):
        # A header that opens with the day of the writing and says so after it ("Fri 4 Dec
        # - writing up Monday's visit (30/11)"); where the recording label has a date of
        # its own ("12/03/2026 - typed 16/03"), the label is that date's, and the heading
        # date the contact.
        return Dated(match, "recorded", True, in_header)
    if _opens_entry(text, match):
        return Dated(match, "contact", False, in_header)
    if _signs_off(text, match):
        return Dated(match, "recorded", True, in_header)
    if in_header:
        # A heading date with no label ("Emergency Duty Team - Saturday 08/11/2025",
        # "03/03/26, typed up 10/03/26", "Date: 26/02/2026  Recorded: 04/03/2026") is the
        # contact only if the header also says when the note was written; see entry_pairs.
        return Dated(match, "contact", False, True)
    return None


def _contact_named_after(text: str, match: DateMatch) -> bool:
    """Whether the words straight after a date say what contact it was the day of
    ("06/11/26 visit", "06/11/26 home visit with OT")."""
    after = CLAUSE_BREAK.split(text[match.end : end_of_line(text, match.end)])[0]
    return label_patterns().contact_after.match(after) is not None


def _dates_next(text: str, start: int) -> bool:
    """Whether the recording label after ``start`` is followed by its own date on its line
    ("- typed 16/03", "- written up on: 16/03/26", "- entered on Mosaic 16/03") or counts
    its own day from the contact ("- typed up 4 days later")."""
    rest = text[start : end_of_line(text, start)]
    labels = label_patterns()
    if labels.written_later.match(rest.lstrip(" \t")):
        return True
    found = find_dates(rest[: MAX_LABEL_CHARS + 40])
    if not found:
        return False
    label = rest[: found[0].start].strip(SEPARATORS)
    written = labels.recorded.fullmatch(label)
    return written is not None and written.group("before") is None


def _closes_the_note(text: str, match: DateMatch, lead: str) -> bool:
    """Whether a recording label and its date are the note's closing sentence, after the
    body's last full stop ("She was well. Written up 12/11/26."): nothing follows but a full
    stop, a bracketed aside or the writer's initials."""
    sentence = CLAUSE_BREAK.split(lead)[-1]
    if not lead[: len(lead) - len(sentence)].rstrip().endswith((".", "!", "?")):
        return False
    rest = re.sub(r"\([^()\d]*\)", "", text[match.end :]).strip(SEPARATORS + ".\n")
    return not rest or (SIGNATURE.fullmatch(rest) is not None and INITIALS.search(rest) is not None)


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
    unit = _CLOSING_UNIT.search(text, max(0, match.start - MAX_LABEL_CHARS - 4), match.start)
    if unit is None:
        return False
    label = unit.group("label").strip(SEPARATORS)
    written = label_patterns().recorded.fullmatch(label)
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
        said = said.strip(SEPARATORS + ".,;")
        if said and not any(c.isdigit() for c in said) and as_reason(said) is not None:
            rest = later  # "Written up 17/03 due to annual leave."
        elif said and not _signed(said):
            return False  # "Typed 10.11 and sent to the GP.": a sentence going on
    rest = rest.strip(SEPARATORS + ".\n")
    return not rest or _signed(rest)


def _signed(said: str) -> bool:
    """Whether the words are the writer's initials, or a name with initials ("JB", "J.
    Bloggs")."""
    return SIGNATURE.fullmatch(said) is not None and INITIALS.search(said) is not None


def _names_a_meeting(clause: str, before: str) -> bool:
    """Whether a header's contact label is a meeting named by the event it was about
    ("Discharge planning meeting", "Referral meeting held"): other-date words before it, all
    of them events of the case, none a plan or a period ("Next meeting", "Review due")."""
    labels = label_patterns()
    return (
        labels.meeting_named.search(clause) is not None
        and labels.other_event.search(before) is not None
        and labels.other_date.search(labels.other_event.sub(" ", before)) is None
    )


def _ends_its_field(text: str, end: int) -> bool:
    """Whether nothing but punctuation, a bracketed aside ("(late)") or who filled the field
    in ("Report completed: 16/03/26 by R Moss") follows a date before its field ends."""
    rest = re.sub(r"\([^()]*\)", "", text[end : end_of_line(text, end)])
    field = FIELD_BREAK.split(rest)[0].strip(SEPARATORS + ".,;")
    return not field or BY_WHOM.fullmatch(field) is not None


def _signs_off(text: str, match: DateMatch) -> bool:
    """Whether the date is in the note's closing signature: the last line, with only the
    writer's initials or name before or after it ("JB 19/02/26", "J. Bloggs, 19/02/26",
    "19/02/26 JB"). Writers sign and date a note when they write it."""
    line_end = end_of_line(text, match.end)
    if text[line_end:].strip():
        return False
    line_start = start_of_line(text, match.start)
    before = SIGNED.sub("", text[line_start : match.start]).strip(SEPARATORS + ",")
    after = text[match.end : line_end].strip(SEPARATORS + ",.")
    if before and after:
        return False
    signer = before or after
    if not signer and line_start > 0:
        # The name on the line above, the date under it ("J Bloggs SW" then "19/02/26").
        signer = text[start_of_line(text, line_start - 1) : line_start].strip(SEPARATORS + ",")
    signer = signer.replace("(", " ").replace(")", " ").strip()
    if SIGNATURE.fullmatch(signer) is None or INITIALS.search(signer) is None:
        return False
    # "Visit Mrs B" or "Review JB" under a date is a plan, and a title names the person
    # the note is about, never its writer.
    labels = label_patterns()
    return not (
        TITLE.search(signer)
        or labels.contact_after.match(signer)
        or labels.other_date.search(signer)
    )


def read_dates(text: str) -> list[Dated]:
    header_end = end_of_header(text)
    dated: list[Dated] = []
    previous_end = 0
    header_dates = 0
    in_a_period = heading_period = False
    for match in find_dates(text):
        in_header = match.start < header_end
        item = _classify(text, match, previous_end, in_header)
        lead = text[max(start_of_line(text, match.start), previous_end) : match.start]
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
            item = Dated(match, "contact", False, True)  # no date before it heads the note
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
        Dated(item.match, "contact", True, item.in_header) if item.kind == "meeting" else item
        for item in dated
        if item.kind != "meeting" or written
    ]


def _heading_the_writing(text: str, dated: list[Dated]) -> list[Dated]:
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
        or not same_line(text, heading.match.start, about.match.start)
        or not _earlier_day(about.match, heading.match)
    ):
        return dated
    labels = label_patterns()
    line_start = start_of_line(text, heading.match.start)
    lead = text[line_start : about.match.start]
    said = labels.about_a_day.search(lead)
    if said is not None and said.start() > heading.match.end - line_start:
        after = text[about.match.end : end_of_line(text, about.match.end)]
        if labels.other_date.search(after.split("(")[0]):
            return dated  # "Note 17/11 re 13/11 referral": the day is another's
        # The words before the note's own word are the heading's: "10/11 - visit note for
        # 06/11" heads a visit.
        heading_words = lead[: said.start()] + " " + (said.group("named") or "")
    elif (heading.kind, about.kind) == ("contact", "contact") and labels.written_afterwards.search(
        text[line_start : end_of_line(text, heading.match.end)]
    ):
        heading_words = lead[: len(lead) - len(CLAUSE_BREAK.split(lead)[-1])]
    else:
        return dated
    if labels.contact_word.search(heading_words):
        return dated  # "17/11 Call from dtr re 13/11": the heading date is the call's
    writing = Dated(heading.match, "recorded", True, True)
    return [writing, Dated(about.match, "contact", True, True), *dated[2:]]


def _earlier_day(first: DateMatch, second: DateMatch) -> bool:
    """Whether ``first`` is an earlier day than ``second``, a missing year taken to be the
    other's: both in the same year, so a day that would need another year is not earlier."""
    if not first.month or not second.month:
        return False
    first_year = first.year if first.year is not None else second.year
    second_year = second.year if second.year is not None else first.year
    return (first_year or 0, first.month, first.day) < (second_year or 0, second.month, second.day)


def _stand_ins(text: str, dated: list[Dated]) -> list[Dated]:
    """A note that names no contact of its own (no visit, call or heading date, no contact
    it tells of, "his daughter rang about the visits") is about the referral, concern or
    call it received: the header's receipt is its contact. A screening, triage or enquiry
    record that says nowhere else when it was written was written when its header says it
    was completed ("Enquiry completed: 30/10   Report written: 31/10" is an event and its
    report). Otherwise either is another date."""
    kinds = {item.kind for item in dated}
    if not kinds & {"receipt", "completion"}:
        return dated
    labels = label_patterns()
    own_contact = (
        "contact" in kinds
        or labels.contact_on_weekday.search(text) is not None
        or labels.contact_told.search(text) is not None
    )
    stands_for = {
        "receipt": None if own_contact else "contact",
        "completion": None if "recorded" in kinds else "recorded",
    }
    kept: list[Dated] = []
    for item in dated:
        kind = stands_for.get(item.kind, item.kind)
        if kind is not None:
            kept.append(
                item if kind == item.kind else Dated(item.match, kind, True, item.in_header)
            )
    return kept


def _labelled_lead(lead: str) -> bool:
    """Whether the words before a date name what it is: another date's word anywhere, or a
    contact or recording label as the last words of its field."""
    labels = label_patterns()
    if labels.other_date.search(lead):
        return True
    clause = _last_field(CLAUSE_BREAK.split(lead)[-1])
    return any(
        (labelled := pattern.fullmatch(clause)) is not None and labelled.group("before") is None
        for pattern in (labels.contact, labels.recorded, labels.recorded_field)
    )


def entry_pairs(text: str) -> list[tuple[Dated, Dated]]:
    """(contact, recorded) pairs: each recording date with the contact that comes before it
    (or, in the header, just after it: "Entered: 05/03/26  Contact: 02/03/26")."""
    pairs: list[tuple[Dated, Dated]] = []
    contact: Dated | None = None
    recorded_first: Dated | None = None
    for item in read_dates(text):
        if item.kind == "contact":
            if recorded_first is not None and item.in_header and item.labelled:
                pairs.append((item, recorded_first))
                recorded_first = None
            elif (
                contact is None
                or not contact.labelled
                or (
                    item.labelled
                    and not same_line(text, contact.match.start, item.match.start)
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


def field_kind(label: str) -> str | None:
    """What a field's whole label says its date is: the contact, the writing, or neither."""
    label = label.strip(SEPARATORS + "/.,;()[]")
    if not label or len(label) > MAX_LABEL_CHARS:
        return None
    labels = label_patterns()
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
