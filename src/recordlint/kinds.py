"""Infer the kind of record when the caller does not say.

The signals are the ones a reader uses at a glance: an email has From/To/Subject headers
(or opens "Hi Jo,"), a letter has a salutation and a sign-off, an assessment, review or
support plan opens with a title naming the form or with the form's labelled fields. Anything
else is a case note, which is also the safest default: the case-note rules are the general ones.
"""

from __future__ import annotations

import re

from recordlint.findings import RecordKind

_EMAIL_HEADER = re.compile(
    r"^[ \t]*(?:from|to|subject|cc|bcc|sent|date)[ \t]*:", re.IGNORECASE | re.MULTILINE
)
_EMAIL_GREETING = re.compile(r"^\s*(?:hi|hello|hiya|morning|afternoon)\b[^\n]{0,40},?\s*$",
                             re.IGNORECASE)  # fmt: skip
_SALUTATION = re.compile(r"^[ \t]*dear\s+\S", re.IGNORECASE | re.MULTILINE)
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+"
    r"(?:regards|wishes)|regards)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Words that name a form: assessments, reviews, plans and the records of formal meetings.
_FORM_WORDS = re.compile(
    r"\b(?:assessment|review|plan|checklist|best\s+interests|strategy\s+(?:discussion|meeting)"
    r"|eligibility|capacity|determination)\b",
    re.IGNORECASE,
)
# Words that make a title a note of a contact rather than a form ("Annual review call").
_CONTACT_WORDS = re.compile(r"\b(?:call|phone|telephone|tel|visit|visited|note)\b", re.IGNORECASE)
# Labelled fields that forms have and case notes do not.
_FORM_FIELD = re.compile(
    r"^[ \t]*(?:person|adult|name|decision(?:\s+to\s+be\s+made)?|assessor|completed\s+by"
    r"|attendees|outcome|what\s+matters\s+to\s+(?:me|him|her|them)|eligible\s+needs)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
MAX_TITLE_WORDS = 14


def infer_kind(text: str) -> RecordKind:
    """Email by its headers, letter by salutation or sign-off, assessment by its title."""
    head = text[:2000]
    if len(_EMAIL_HEADER.findall(head)) >= 2:
        return RecordKind.EMAIL
    first = _first_line(text)
    if _SALUTATION.search(head) or _SIGN_OFF.search(text[-1500:]):
        return RecordKind.EMAIL if _EMAIL_GREETING.match(first) else RecordKind.LETTER
    if _EMAIL_GREETING.match(first):
        return RecordKind.EMAIL
    if _is_form_title(first) or len(_FORM_FIELD.findall(head)) >= 2:
        return RecordKind.ASSESSMENT
    return RecordKind.CASE_NOTE


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _is_form_title(line: str) -> bool:
    """A short line on its own that names a form ("Six week reablement review.")."""
    if len(line.split()) > MAX_TITLE_WORDS:
        return False
    # A title is one phrase: a full stop inside it means the line is already running text.
    if re.search(r"[.!?]\s+\S", line):
        return False
    return bool(_FORM_WORDS.search(line)) and not _CONTACT_WORDS.search(line)
