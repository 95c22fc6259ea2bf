"""Where a note's header, a line and a sentence begin and end.

A label is read from its own line, and never further back than a header line could be,
so a long line with many dates stays linear.
"""

from __future__ import annotations

import re

from recordlint.dates.patterns import HEADER_LINES, LINE_WINDOW, TITLE_CHARS, TITLE_LINES
from recordlint.text import line_end, line_start

# A line that is one labelled field: a short label, a colon and its value ("AMHP: P. Marsh",
# "Log completed: 27.03.2026 by AMHP").
_FIELD_LINE = re.compile(r"[ \t]*[^\W\d][\w/&'’ \t\-]{0,30}:[ \t]*\S")


def end_of_header(text: str) -> int:
    """Where a note's header ends: after its first lines with text, at the first blank line
    or after HEADER_LINES of them; a title (one or two short first lines without figures,
    the body's name over the form's: "Harbridge City Council – Adult Social Care" then
    "MARM – REVIEW MINUTES") and the blank line under it do not end it. A header made of
    labelled fields, one a line, goes on while its lines are fields (a form's block of
    "Label: value" lines is one header), a title over the block included."""
    offset, lines_with_text, title_only, all_fields = 0, 0, False, True
    after_blank = False
    for line in text.splitlines(keepends=True):
        if lines_with_text >= HEADER_LINES and not all_fields:
            return offset
        if line.strip():
            lines_with_text += 1
            # The title's lines run on, one under the other: a line after the title's
            # blank line is the header's own.
            title_only = (
                (lines_with_text == 1 or (title_only and not after_blank))
                and lines_with_text <= TITLE_LINES
                and _title_line(line.strip())
            )
            # A form's title over its block of fields ("CASE NOTE", "PANEL - MINUTES") is
            # no field, but the block under it is still one header.
            all_fields = all_fields and (
                title_only
                or _FIELD_LINE.match(line) is not None
                # The line straight under a block of fields that filled the header's lines
                # closes the form's header ("Decision made at panel on 12/03/2026, minuted
                # 20/03/2026" under "Presented by: ..."); a blank line ends it.
                or lines_with_text > HEADER_LINES
            )
        elif lines_with_text and not title_only:
            return offset
        elif lines_with_text:
            after_blank = True
        offset += len(line)
    return offset


def _title_line(line: str) -> bool:
    """A line that may title a note: no figures, and short, or in capitals where a form
    spells out its body's or its own name ("HARBRIDGE SAFEGUARDING ADULTS – MULTI-AGENCY
    RISK MANAGEMENT MEETING (MARM)")."""
    if any(c.isdigit() for c in line):
        return False
    return len(line) <= TITLE_CHARS or (len(line) <= 2 * TITLE_CHARS and line.isupper())


def start_of_line(text: str, offset: int) -> int:
    # Looking back no further than a header line could be keeps a long line with many
    # dates linear; a label is never that far from its date.
    return line_start(text, offset, LINE_WINDOW)


def end_of_line(text: str, offset: int) -> int:
    return line_end(text, offset, LINE_WINDOW)


def line_span(text: str, offset: int) -> tuple[int, int]:
    start, end = start_of_line(text, offset), end_of_line(text, offset)
    line = text[start:end].rstrip("\r")
    lead = len(line) - len(line.lstrip())
    return start + lead, start + len(line.rstrip())


def field_lines(text: str, offset: int) -> tuple[int, int]:
    """The run of labelled-field lines ("Person: ...", "Date of panel: ...") around the line
    at ``offset``, one a line with no blank line between them: a form's block of fields,
    wherever it stands in the note. Empty where that line is no field."""
    start = start_of_line(text, offset)
    if not _FIELD_LINE.match(text, start):
        return start, start
    first = start
    while first > 0:
        above = start_of_line(text, first - 1)
        if not _FIELD_LINE.match(text[above:first]):
            break
        first = above
    last = end_of_line(text, offset)
    while last < len(text):
        below_end = end_of_line(text, last + 1)
        if not _FIELD_LINE.match(text[last + 1 : below_end]):
            break
        last = below_end
    return first, last


def same_line(text: str, first: int, second: int) -> bool:
    return "\n" not in text[first:second]


def sentence_before(text: str, offset: int) -> str:
    floor = max(0, offset - LINE_WINDOW)
    starts = [text.rfind(mark, floor, offset) for mark in (". ", "! ", "? ", "\n")]
    return text[max(max(starts) + 1, floor) : offset]


def in_quotes(text: str, offset: int) -> bool:
    """Whether ``offset`` falls inside a quotation in its paragraph."""
    paragraph = text[text.rfind("\n\n", 0, offset) + 1 : offset]
    straight = paragraph.count('"')
    return straight % 2 == 1 or paragraph.count("“") > paragraph.count("”")
