"""What stands around a date besides its label: the words after it and where it closes.

The tests the field reader makes when a date's label alone does not say what it is: whether
the words after the date name a contact or give the recording its own date, whether a
recording label and its date close the note (its last sentence, a bracket of their own),
whether a date ends its field, is the writer's signature at the foot, or dates a contact
named by its event. They read only the text and the label patterns, not one another's
answers, so they stand apart from the classifier that weighs them.
"""

from __future__ import annotations

import re

from recordlint.dates.labels import label_patterns
from recordlint.dates.lines import end_of_line, start_of_line
from recordlint.dates.patterns import (
    BY_WHOM,
    CLAUSE_BREAK,
    FIELD_BREAK,
    INITIALS,
    MAX_LABEL_CHARS,
    SEPARATORS,
    SIGNATURE,
    SIGNED,
    TITLE,
)
from recordlint.dates.result import as_reason
from recordlint.dates.shapes import DateMatch, find_dates
from recordlint.text import skip_spaces


def contact_named_after(text: str, match: DateMatch) -> bool:
    """Whether the words straight after a date say what contact it was the day of
    ("06/11/26 visit", "06/11/26 home visit with OT")."""
    after = CLAUSE_BREAK.split(text[match.end : end_of_line(text, match.end)])[0]
    return label_patterns().contact_after.match(after) is not None


def dates_next(text: str, start: int) -> bool:
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


def closes_the_note(text: str, match: DateMatch, lead: str) -> bool:
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


def closing_label(text: str, match: DateMatch) -> bool:
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


def dates_the_foot_written_later(text: str, match: DateMatch) -> bool:
    """Whether the date opens the note's last line and the rest of that line, in a bracket
    or after a dash, says the note was written days or a weekday later ("Thurs 23/4 (sorry
    writing this up on Monday, been away for the weekend)"): the day of the contact, dated
    at the foot as a writer dates a visit's entry, with the writing counted from it."""
    line_end = end_of_line(text, match.end)
    if skip_spaces(text, line_end) < len(text):
        return False
    if text[start_of_line(text, match.start) : match.start].strip():
        return False
    rest = text[match.end : line_end]
    opened = re.match(r"[ \t]*(?:\(|[\-–—][ \t])", rest)
    return (
        opened is not None
        and label_patterns().written_later.match(rest[opened.end() :]) is not None
    )


def _signed(said: str) -> bool:
    """Whether the words are the writer's initials, or a name with initials ("JB", "J.
    Bloggs")."""
    return SIGNATURE.fullmatch(said) is not None and INITIALS.search(said) is not None


def named_by_its_event(before: str) -> bool:
    """Whether the words before a header's contact label name the event the contact was
    about ("Discharge planning meeting", "Referral meeting held", "D/C call 14/01/26 0915"):
    other-date words, all of them events of the case, none a plan or a period ("Next
    meeting", "Review due"). The label's own word is still the contact: a meeting or a call
    about a discharge is held on its day, whatever day the discharge is."""
    labels = label_patterns()
    return (
        labels.other_event.search(before) is not None
        and labels.other_date.search(labels.other_event.sub(" ", before)) is None
    )


def ends_its_field(text: str, end: int) -> bool:
    """Whether nothing but punctuation, a bracketed aside ("(late)") or who filled the field
    in ("Report completed: 16/03/26 by R Moss") follows a date before its field ends."""
    rest = re.sub(r"\([^()]*\)", "", text[end : end_of_line(text, end)])
    field = FIELD_BREAK.split(rest)[0].strip(SEPARATORS + ".,;")
    return not field or BY_WHOM.fullmatch(field) is not None


def signs_off(text: str, match: DateMatch) -> bool:
    """Whether the date is in the note's closing signature: the last line, with only the
    writer's initials or name before or after it ("JB 19/02/26", "J. Bloggs, 19/02/26",
    "19/02/26 JB"). Writers sign and date a note when they write it."""
    line_end = end_of_line(text, match.end)
    if skip_spaces(text, line_end) < len(text):
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
