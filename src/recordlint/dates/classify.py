"""What one date in a note is, by its label, the words after it and where it stands.

:func:`classify` reads a single date: a contact, the writing, a receipt, a record's
completion, a meeting, the day a note is about, or nothing. It weighs the label before the
date (``leads``) and what stands around it (``around``), in the order the header and the
body allow; it stands apart from ``fields``, which reads a note's dates together.
"""

from __future__ import annotations

from recordlint.dates.around import (
    closes_the_note,
    closing_label,
    contact_named_after,
    dates_next,
    dates_the_foot_written_later,
    ends_its_field,
    named_by_its_event,
    signs_off,
)
from recordlint.dates.labels import label_patterns
from recordlint.dates.leads import Dated, lead_before, opens_entry, starts_a_period
from recordlint.dates.lines import start_of_line
from recordlint.dates.patterns import (
    A_CLAUSE,
    MAX_LABEL_CHARS,
    NAMED_DATE,
    SEPARATORS,
    WRITING_NOW,
)
from recordlint.dates.shapes import DateMatch


def classify(text: str, match: DateMatch, floor: int, in_header: bool) -> Dated | None:
    item = _classify_date(text, match, floor, in_header)
    if match.first_day is not None and (item is None or item.kind != "contact"):
        # A range of days is only ever the contacts it names ("Seen 9-10/11/26"): never
        # the writing, a signature or the day a note is about.
        return None
    return item


def _classify_date(text: str, match: DateMatch, floor: int, in_header: bool) -> Dated | None:
    found = lead_before(text, match.start, floor)
    if found is None:
        # Too far into its line for a header's label: a long paragraph, read only where
        # its closing sentence or bracket labels the writing ("... Case closed. (Late
        # entry 24/11.)").
        return Dated(match, "recorded", True, in_header) if closing_label(text, match) else None
    clause, lead = found.clause, found.text
    labels = label_patterns()
    if starts_a_period(text, match.end):
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
                or ends_its_field(text, match.end)
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
                if kind == "contact" and named_by_its_event(before):
                    # Read as a meeting is: the contact only where the note says when it
                    # was written too (see fields.read_dates).
                    return Dated(match, "meeting", True, in_header)
            elif before is None and (
                found.label_leads
                or (
                    kind == "recorded"
                    and (closes_the_note(text, match, lead) or closing_label(text, match))
                )
            ):
                return Dated(match, kind, True, in_header)
    about = labels.about_a_day.search(lead) if labels.about_a_day.match(clause) else None
    if about is not None and about.group("from") and not contact_named_after(text, match):
        # "notes from 06/11/26 visit" names the contact after its date; "notes from
        # 06/11/26" alone may start a period.
        about = None
    # "from notes of visit 09/11" names the notes the writing came from, not another date.
    if labels.other_date.search(lead[: about.start() if about else len(lead)].replace(".", "")):
        return None
    if in_header and floor > start_of_line(text, match.start) and about is not None:
        # "SP note 17/11/26 re 13/11/26": the day the note is about, read with the heading
        # date before it (see fields._heading_the_writing) and nothing on its own.
        return Dated(match, "about", True, in_header)
    if (
        in_header
        and not lead.strip(SEPARATORS)
        and (written := labels.recorded_after.match(text, match.end)) is not None
        and not dates_next(text, written.start())
    ):
        # A header that opens with the day of the writing and says so after it ("Fri 4 Dec
        # - writing up Monday's visit (30/11)"); where the recording label has a date of
        # its own ("12/03/2026 - typed 16/03"), the label is that date's, and the heading
        # date the contact.
        return Dated(match, "recorded", True, in_header)
    if opens_entry(text, match):
        return Dated(match, "contact", False, in_header)
    if signs_off(text, match):
        return Dated(match, "recorded", True, in_header)
    if not in_header and dates_the_foot_written_later(text, match):
        return Dated(match, "contact", True, in_header)
    if in_header and NAMED_DATE.fullmatch(clause):
        # A field that names its date after something the labels do not know ("Adm date:
        # 08/10/25   Note date: 03/11/25", "Decision date: 28/10/2026"): the contact only
        # where the note dates no contact of its own (see fields.read_dates).
        return Dated(match, "named", False, True)
    if in_header:
        # A heading date with no label ("Emergency Duty Team - Saturday 08/11/2025",
        # "03/03/26, typed up 10/03/26", "Date: 26/02/2026  Recorded: 04/03/2026") is the
        # contact only if the header also says when the note was written; see entry_pairs.
        return Dated(match, "contact", False, True)
    return None
