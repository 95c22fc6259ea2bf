"""The labelled-field reader: what each date in a note is, read together with the others.

:func:`read_dates` classifies each date found (see ``classify``) and then reads them
together: a run of days heading a log, a heading date the day of the writing where the
header names an earlier contact, a receipt or a record's completion standing in for a
contact or the writing the note does not name. :func:`entry_pairs` pairs each writing with
the contact before it.
"""

from __future__ import annotations

from datetime import timedelta

from recordlint.dates.classify import classify
from recordlint.dates.labels import label_patterns
from recordlint.dates.leads import Dated, last_field, opens_entry, starts_a_period
from recordlint.dates.lines import end_of_header, end_of_line, same_line, start_of_line
from recordlint.dates.patterns import CLAUSE_BREAK
from recordlint.dates.shapes import DateMatch, find_dates


def read_dates(text: str) -> list[Dated]:
    header_end = end_of_header(text)
    dated: list[Dated] = []
    previous_end = 0
    header_dates = 0
    in_a_period = heading_period = False
    period_from: tuple[DateMatch, int] | None = None  # a period's first day, and its floor
    for match in find_dates(text):
        in_header = match.start < header_end
        item = classify(text, match, previous_end, in_header)
        lead = text[max(start_of_line(text, match.start), previous_end) : match.start]
        floor, previous_end = previous_end, match.end
        # A period's first and last days are heading dates that are not a contact; a date
        # of birth or a referral above the heading date leaves it the first.
        ends_a_period, in_a_period = in_a_period, starts_a_period(text, match.end)
        if ends_a_period and period_from is not None:
            overnight = _overnight_contact(text, *period_from, match, in_header)
            if overnight is not None:
                dated.append(overnight)
                continue
        period_from = (match, floor) if in_a_period else None
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
        if later_heading_date and not opens_entry(text, match):
            continue
        dated.append(item)
    dated = _named_dates(dated)
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


def _named_dates(dated: list[Dated]) -> list[Dated]:
    """A header field that names its date after an event the labels do not know ("Adm
    date: 20/10/25   Note date: 05/11/25" over "05/11 Ward visit", "Review date:") is that
    event's day: it stands for the contact, as an unlabelled heading date, only where the
    note dates no contact of its own ("Decision date: 28/10/2026. Recorded: 28/10/2026")."""
    if not any(item.kind == "named" for item in dated):
        return dated
    own_contact = any(item.kind in ("contact", "meeting") for item in dated)
    return [
        Dated(item.match, "contact", False, item.in_header) if item.kind == "named" else item
        for item in dated
        if item.kind != "named" or not own_contact
    ]


def _overnight_contact(
    text: str, first: DateMatch, floor: int, last: DateMatch, in_header: bool
) -> Dated | None:
    """A labelled contact given as a range from a time on one day to a time on that day or
    the next ("Contact: Friday 3 April 2026, 21:00 to Saturday 4 April 2026, 01:15", "Date
    and time of contact: Friday 20 February 2026, 23:15 to Saturday 21 February 2026,
    00:40"): one contact, read as ending on its last day (a note late from its end is late
    from its start too). Both ends need their times, the first its year or the last's;
    any longer period is not said to be one contact."""
    if first.clock is None or last.clock is None or not first.month or not last.month:
        return None
    year = last.year if last.year is not None else first.year
    if year is None:
        return None
    start = first.resolve(first.year if first.year is not None else year)
    end = last.resolve(year)
    if start is None or end is None or not timedelta(0) < end - start <= timedelta(days=1):
        return None
    whole = DateMatch(first.start, last.end, year, last.month, last.day, last.clock)
    item = classify(text, whole, floor, in_header)
    if item is None or item.kind != "contact" or not item.labelled:
        return None
    return item


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
    if "recorded" not in kinds:
        dated = _recorded_after_a_contact(text, dated)
        kinds = {item.kind for item in dated}
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


def _recorded_after_a_contact(text: str, dated: list[Dated]) -> list[Dated]:
    """A receipt's short form alone as the label of a header date that follows a contact's
    earlier date on its line ("18/11/26 - tel call from Mandy Rowe (carer) - rec'd
    23/11/26", "TRO visit - 9A Lindon Street - 13/01/26 (rec'd 14/01/26)"): it names
    nothing received, and the contact was the call or visit itself, so it shortens
    "recorded": the writing. The first such date only, and only where the note labels no
    other writing."""
    labels = label_patterns()
    for at, item in enumerate(dated[1:], start=1):
        contact = dated[at - 1]
        if (
            item.kind != "receipt"
            or not item.in_header
            or contact.kind != "contact"
            or not same_line(text, contact.match.start, item.match.start)
            or not _earlier_day(contact.match, item.match)
        ):
            continue
        clause = last_field(CLAUSE_BREAK.split(text[contact.match.end : item.match.start])[-1])
        if labels.recorded_after_a_contact.fullmatch(clause) is None and not _after_its_partner(
            text, contact, clause
        ):
            continue
        return [*dated[:at], Dated(item.match, "recorded", True, True), *dated[at + 1 :]]
    return dated


def _after_its_partner(text: str, contact: Dated, clause: str) -> bool:
    """Whether ``clause`` is a short form that names the writing only after its partner's
    contact date, and the contact's own label is that partner ("DOC: 26/08/25   DOR:
    29/08/25": date of contact, date of recording; after "DOV" a DOR may be a referral)."""
    lead = text[start_of_line(text, contact.match.start) : contact.match.start]
    contact_label = last_field(CLAUSE_BREAK.split(lead)[-1])
    return any(
        short.fullmatch(clause) is not None and partner.fullmatch(contact_label) is not None
        for short, partner in label_patterns().recorded_after_its_partner
    )


def _labelled_lead(lead: str) -> bool:
    """Whether the words before a date name what it is: another date's word anywhere, or a
    contact or recording label as the last words of its field."""
    labels = label_patterns()
    if labels.other_date.search(lead):
        return True
    clause = last_field(CLAUSE_BREAK.split(lead)[-1])
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
            if recorded_first is not None and (
                (item.in_header and item.labelled) or _opens_a_log_under(text, recorded_first, item)
            ):
                # "Entered: 05/03/26  Contact: 02/03/26"; or a log headed by when it was
                # written up ("(Written up 27.3.25 - move wk)" over "24.3.25 07:45 On
                # site"): its first dated entry is the contact the writing-up is late from.
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


def _opens_a_log_under(text: str, recorded: Dated, entry: Dated) -> bool:
    """Whether ``entry`` is the first dated entry of a log whose header says when it was
    written up: an unlabelled date opening its line below the header, the writing a label's
    (never a signature's) and an earlier or the same day given with its year."""
    return (
        recorded.labelled
        and not entry.labelled
        and not entry.in_header
        and opens_entry(text, entry.match)
        and not _before(recorded.match, entry.match)
        and entry.match.year is not None
    )


def _before(first: DateMatch, second: DateMatch) -> bool:
    """Whether ``first`` is plainly an earlier day than ``second`` (both with their years)."""
    if first.year is None or second.year is None or not first.month or not second.month:
        return False
    return (first.year, first.month, first.day) < (second.year, second.month, second.day)
