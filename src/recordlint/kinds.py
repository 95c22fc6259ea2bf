"""Infer the kind of record when the caller does not say."""

from __future__ import annotations

import re

from recordlint.findings import RecordKind

_EMAIL_HEADER = re.compile(r"^(?:from|to|subject|cc|sent|date)\s*:", re.IGNORECASE | re.MULTILINE)
_SALUTATION = re.compile(r"^\s*dear\s+\S", re.IGNORECASE | re.MULTILINE)
_SIGN_OFF = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+wishes|with\s+best\s+wishes)",
    re.IGNORECASE | re.MULTILINE,
)
_ASSESSMENT_HEADING = re.compile(
    r"^\s*(?:care\s+and\s+support\s+plan|support\s+plan|care\s+plan|(?:needs\s+|carer'?s\s+|care\s+act\s+)?assessment|review(?:\s+of\s+care\s+and\s+support)?|eligibility\s+determination)\b",
    re.IGNORECASE | re.MULTILINE,
)


def infer_kind(text: str) -> RecordKind:
    """Email by its headers, letter by salutation or sign-off, assessment by its headings."""
    head = text[:2000]
    if len(_EMAIL_HEADER.findall(head)) >= 2:
        return RecordKind.EMAIL
    if _SALUTATION.search(head) or _SIGN_OFF.search(text[-1500:]):
        return RecordKind.LETTER
    if _ASSESSMENT_HEADING.search(text[:300]):
        return RecordKind.ASSESSMENT
    return RecordKind.CASE_NOTE
