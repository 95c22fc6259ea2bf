"""Forms: a form's title, its labelled fields and a form left blank.

An assessment, review or support plan opens with a title naming the form or with its
labelled fields; a blank form is mostly labels, tick boxes and answer boxes with nothing
filled in after them. :func:`title_span` tells the rules where a record's title is.
"""

from __future__ import annotations

import re

from recordlint.kinds.cues import cue_count
from recordlint.segments import MAX_TITLE_WORDS
from recordlint.text import line_end, skip_spaces

# Words that name a form: assessments, reviews, plans and the records of formal meetings.
_FORM_WORDS = re.compile(
    r"\b(?:assessment|review|plan|checklist|best\s+interests|strategy\s+(?:discussion|meeting)"
    r"|eligibility|capacity|determination)\b",
    re.IGNORECASE,
)
# Words that make a title a note of a contact rather than a form ("Annual review call").
_CONTACT_WORDS = re.compile(r"\b(?:call|phone|telephone|tel|visit|visited|note)\b", re.IGNORECASE)
# Labelled fields that forms have and case notes do not.
FORM_FIELD = re.compile(
    r"^[ \t]*(?:person|adult|name|decision(?:\s+to\s+be\s+made)?|assessor|completed\s+by"
    r"|attendees|outcome|what\s+matters\s+to\s+(?:me|him|her|them)|eligible\s+needs)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)

# A form's field left empty: a label and a colon with nothing, a line or a box after it.
_EMPTY_FIELD = re.compile(
    r"^[ \t]*[^\W\d_][^:\n]{0,60}:[ \t]*(?:_{2,}|\.{3,}|\[[ \t]*\]|☐|\[[^\]\n]{0,30}\])?[ \t]*$"
)
# Several fields left empty on one line, with no separator between them ("Signature of
# Assessor: Date of Assessment:").
_EMPTY_FIELDS_ROW = re.compile(r"^(?:[ \t]*[^\W\d_][^:\n]{0,40}:){2,}[ \t]*$")
# A word processor's box for an answer, copied as its prompt: "Choose an item.", "Click here
# to enter a date.", "Click or tap here to enter text."
_ANSWER_BOX = re.compile(
    r"\b(?:choose\s+an\s+item|click\s+(?:or\s+tap\s+)?here\s+to\s+enter)\b", re.IGNORECASE
)
# A question answered by ticking: "Yes / No", "Yes or No?", "☐ Yes ☐ No".
_TICK_OPTIONS = re.compile(r"\byes\s*(?:/|or)\s*no\b|☐|\[[ \t]\]", re.IGNORECASE)
# Forms copied as text keep a row's cells on one line, split by " / ": several empty fields
# ("Tel no: / GP:") or the choices to tick ("Physical disability / Dementia").
_CELL_SEPARATOR = re.compile(r"[ \t]+/[ \t]+")
_EMPTY_CELL = re.compile(r"[^\W\d_][^:\n]{0,60}:")
MAX_CHOICE_WORDS = 4
MIN_EMPTY_FIELDS = 4
MIN_FORM_GUIDANCE = 2


def is_blank_form(text: str) -> bool:
    """Mostly fields with nothing filled in: at least four empty fields, tick questions or
    answer boxes a word processor left ("Choose an item."), and more of them than lines of
    writing."""
    empty = written = 0
    lines = _unwrapped_lines(text)
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if len(line.split()) == 1 and not (
            _BARE_CHOICE.fullmatch(line) or _EMPTY_FIELD.match(line)
        ):
            continue  # a connecting word between questions ("And") or a stray heading
        if (
            _EMPTY_FIELD.match(line)
            or _EMPTY_FIELDS_ROW.match(line)
            or _TICK_OPTIONS.search(line)
            or _ANSWER_BOX.search(line)
            or _is_row_of_cells(line)
            or _BARE_CHOICE.fullmatch(line)
            or _FILL_IN.search(line)
            # A question whose answer is ticked on the lines below it ("Retain that
            # information ...?" then "YES" and "NO" on lines of their own).
            or _BARE_CHOICE.fullmatch(following)
            # A question whose box for the answer below it is left empty ("Is the
            # patient able to retain information ...?" then "Comments/Evidence:" and
            # nothing after it but the choices to tick or the next question).
            or (_QUESTION.search(line) and _left_empty(lines, index + 1))
        ):
            empty += 1
        else:
            written += 1
    # The title and a heading or two are written lines even on a blank form; a form that
    # prints its guidance in full ("If you have answered Yes, proceed to Stage 2") has more
    # lines of writing than fields, and tells whoever fills it in what to do.
    if empty < MIN_EMPTY_FIELDS:
        return False
    # A form that tells whoever fills it in how to treat it ("Please refer to the guidance
    # notes when completing this form", "This enquiry form is to be completed within 20
    # days") is the form, however long the lists of choices it prints for ticking. A
    # completed form's writer says what they did with it ("I am completing this form on 3
    # March"); only the blank form gives the rule for it, with no one doing it.
    return (
        empty > written
        or cue_count(text, "form_guidance") >= MIN_FORM_GUIDANCE
        or bool(_FORM_RULE.search(text))
    )


# The form naming itself as what whoever fills it in is to act on: a verb's "-ing" form
# after "when", "before" or "prior to", with no one doing it ("when completing this form",
# "before sending in this referral form"), or the form as the subject of what is to be
# done with it ("This enquiry form is to be completed", "this form should be returned").
# Up to two words may name what kind of form it is ("this referral form").
_THIS_FORM = r"this\s+(?:[^\W\d_][\w-]*\s+){0,2}?form\b"
_FORM_RULE = re.compile(
    rf"\b(?:when|before|after|while|prior\s+to)\s+[^\W\d_]+ing\s+(?:(?:in|out|on)\s+)?"
    rf"{_THIS_FORM}"
    rf"|\b{_THIS_FORM}\s+(?:is\s+to|should|must|needs\s+to|has\s+to)\s+be\b",
    re.IGNORECASE,
)


# A blank to fill in inside a line of writing: a run of dots, an ellipsis run or
# underscores ("I am completing this form on (date)………….. because ...").
_FILL_IN = re.compile(r"\.{4,}|…{2,}|_{4,}")
_QUESTION = re.compile(r"\?[ \t]*$")


def _left_empty(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` is a field with nothing filled in after it: an empty
    label followed by the next question, a choice to tick, another field or the end,
    not by a line of answer."""
    if index >= len(lines) or not _EMPTY_FIELD.match(lines[index]):
        return False
    if index + 1 >= len(lines):
        return True
    after = lines[index + 1]
    return bool(
        _QUESTION.search(after)
        or _BARE_CHOICE.fullmatch(after)
        or _EMPTY_FIELD.match(after)
        or _EMPTY_FIELDS_ROW.match(after)
        or _TICK_OPTIONS.search(after)
    )


# The choices to tick standing alone on their line, as forms copied from a document lay them
# out: one to a line ("YES", "NO") or the row of them together ("Yes No Not Known").
_BARE_CHOICE = re.compile(
    r"[ \t]*(?:yes|no|n/a|not\s+known)(?:[ \t]+(?:yes|no|n/a|not\s+known))*[ \t]*",
    re.IGNORECASE,
)
# A line that carries on the sentence of the line before: it opens in lower case (or with
# a bracket) after a line that ends without a full stop, colon or question mark.
_CONTINUATION = re.compile(r"[ \t]*[a-z(]")
_LINE_END = re.compile(r"[.!?:][ \t]*$")


def _unwrapped_lines(text: str) -> list[str]:
    """The text's lines of writing with hard-wrapped sentences joined: a form copied from
    a document breaks its guidance at the page width, and one sentence is one line of
    writing however many lines the copy spread it over."""
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if lines and _CONTINUATION.match(line) and not _LINE_END.search(lines[-1]):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return lines


def _is_row_of_cells(line: str) -> bool:
    """A form's row copied onto one line: empty fields ("Tel no: / GP:", "Name: / Mr/Mrs/Ms /
    Dob:") or short choices to tick ("Mental health / Older person, frailty"), with no
    sentence among them."""
    cells = [cell.strip() for cell in _CELL_SEPARATOR.split(line.strip())]
    if len(cells) < 2 or re.search(r"[.!?]$", line.strip()):
        return False
    labels = [cell for cell in cells if _EMPTY_CELL.fullmatch(cell)]
    if labels:
        # Every other cell is a short choice ("Mr/Mrs/Ms") beside the labels.
        return all(c in labels or len(c.split()) <= MAX_CHOICE_WORDS for c in cells)
    return all(0 < len(cell.split()) <= MAX_CHOICE_WORDS for cell in cells)


def title_span(text: str) -> tuple[int, int] | None:
    """Where the text's title is: its first line, when that is one short phrase on its own
    ("Reablement visit - Ms Adeyemi", "Six week reablement review.") with more text under
    it. A first line that runs on into sentences is not a title."""
    start = len(text) - len(text.lstrip())
    end = line_end(text, start)
    if skip_spaces(text, end) >= len(text):
        return None
    line = text[start:end].strip()
    if not line or len(line.split()) > MAX_TITLE_WORDS or re.search(r"[.!?]\s+\S", line):
        return None
    return start, end


def names_a_contact(line: str) -> bool:
    """Whether a title names a contact with the person ("Annual review call", "Home
    visit"), as the note of one is headed."""
    return bool(_CONTACT_WORDS.search(line))


def is_form_title(line: str) -> bool:
    """A short line on its own that names a form ("Six week reablement review."), not a
    question a page or a post answers ("An easy capacity assessment for Joan?"), though
    the form's name may put the question it decides after a colon."""
    if len(line.split()) > MAX_TITLE_WORDS:
        return False
    # A title is one phrase: a full stop inside it means the line is already running text.
    if re.search(r"[.!?]\s+\S", line):
        return False
    # A form names itself; a line that is itself a question heads a page or a post that
    # answers it ("An easy capacity assessment for Joan?"). A form's name before a colon
    # may still put the question it decides ("Best interests meeting: should she ...?").
    if line.rstrip().endswith("?") and ":" not in line:
        return False
    if not _FORM_WORDS.search(line) or _CONTACT_WORDS.search(line):
        return False
    # A label before a colon that names no form ("Case study:", "Practice example:",
    # "Reduced to tears:") says what the text is; the form named after it is what the text
    # is about ("Case study: Mental Capacity Assessment for placement decisions"), as a
    # form's own title names the form first ("Support plan: Mr Winston Clarke").
    label, colon, _ = line.partition(":")
    if colon and label.strip() and not _FORM_WORDS.search(label):
        return False
    # A title naming a document that is not a form ("Mental Capacity Act practice
    # guidance", "Review procedure") heads a text about forms and practice.
    return not cue_count(line, "document")
