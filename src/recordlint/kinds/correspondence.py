"""Emails and letters, by their headers, greeting, salutation and sign-off.

An email has From/To/Subject headers or opens "Hi Jo,"; a letter has a salutation and a
sign-off. A letter to staff as a group is written between professionals rather than to a
person; a letter to a doctor about their patient is still a letter about that person.
"""

from __future__ import annotations

import re

from recordlint.kinds.people import named_person_repeated

EMAIL_HEADER = re.compile(
    r"^[ \t]*(?:from|to|subject|cc|bcc|sent|date)[ \t]*:", re.IGNORECASE | re.MULTILINE
)
EMAIL_GREETING = re.compile(r"^\s*(?:hi|hello|hiya|morning|afternoon)\b[^\n]{0,40},?\s*$",
                             re.IGNORECASE)  # fmt: skip
SALUTATION = re.compile(r"^[ \t]*dear\s+\S", re.IGNORECASE | re.MULTILINE)
SIGN_OFF = re.compile(
    r"^[ \t]*(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+"
    r"(?:regards|wishes)|regards)\b",
    re.IGNORECASE | re.MULTILINE,
)

# A letter to staff as a group ("Dear colleagues"): a circular between professionals, about
# their work, not a letter to one person about their care.
_TO_COLLEAGUES = re.compile(r"^[ \t]*dear\s+colleagues\b", re.IGNORECASE | re.MULTILINE)


def between_professionals(head: str) -> bool:
    """A letter to staff as a group ("Dear colleagues") that names no one person again and
    again, such as a director's thanks to care workers: a circular about their work. A
    letter to a team about someone ("Dear colleagues, Mrs Brathwaite ... I visited Mrs
    Brathwaite") is a letter about the person, held to the letter rules, and is known by
    the same titled name coming back. So is a letter to a doctor about their patient
    ("Dear Dr Okafor ... Re: Mr Graham Pellow, DOB ..."): written for a professional, but
    about one person and kept on their record, where what it says of them is read as any
    record's is (every such letter in the development gold is a letter)."""
    return bool(_TO_COLLEAGUES.search(head)) and not named_person_repeated(head)
