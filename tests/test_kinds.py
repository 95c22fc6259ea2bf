"""Inferring the kind of record from its shape."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from recordlint.findings import RecordKind
from recordlint.kinds import infer_kind

CORPUS = Path(__file__).parent.parent / "corpus"

LETTER = """Mrs Doreen Pollard
14 Beach Road
Weston-super-Mare BS23 1UJ

Dear Mrs Pollard,

Thank you for seeing me on 2 March.

Yours sincerely,

Sam Hollis"""

EMAIL = """From: Duty Social Worker
To: Sunrise Lodge (manager)
Subject: Mrs Edna Box

Dear Karen,

Thank you for your call this morning.

Kind regards,
Jo"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (LETTER, RecordKind.LETTER),
        (EMAIL, RecordKind.EMAIL),
        (
            "Hi Jo,\n\nCan Mr Yusuf's payment be released today please?\n\nThanks, Sam",
            RecordKind.EMAIL,
        ),
        (
            "MENTAL CAPACITY ASSESSMENT\n\nPerson: Mrs Edna Box\nDate: 23/02/2026",
            RecordKind.ASSESSMENT,
        ),
        (
            "Six week reablement review.\n\nMr Tate is independent with washing.",
            RecordKind.ASSESSMENT,
        ),
        (
            "Support plan: Mr Winston Clarke\n\nWhat matters to me: my garden.",
            RecordKind.ASSESSMENT,
        ),
        (
            "Person: Mr Gwilym Price\nDecision: where Mr Price should live\n\nNotes follow.",
            RecordKind.ASSESSMENT,
        ),
        # A note of a review call is still a note of a contact.
        (
            "Annual review call to Ms Abena Mensah.\n\nShe said the carers are lovely.",
            RecordKind.CASE_NOTE,
        ),
        # "Review" opening running text is not a form's title.
        ("Review of placement, Oakwood House. Mr Derek Small is settled.", RecordKind.CASE_NOTE),
        ("Date of contact: 02/03/2026\n\nVisited Mrs Pollard at home.", RecordKind.CASE_NOTE),
        ("Phone call to Mr Murphy about his carer's assessment.", RecordKind.CASE_NOTE),
        ("", RecordKind.CASE_NOTE),
    ],
)
def test_infer_kind(text: str, kind: RecordKind) -> None:
    assert infer_kind(text) is kind


@pytest.mark.skipif(not (CORPUS / "gold.jsonl").is_file(), reason="no annotated corpus")
def test_inferred_kind_agrees_with_the_corpus() -> None:
    """At least nine records in ten get the kind their annotator gave them."""
    confusion: Counter[tuple[str, str]] = Counter()
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = (CORPUS / f"{gold['id']}.txt").read_text(encoding="utf-8")
        confusion[(gold["kind"], infer_kind(text).value)] += 1
    total = sum(confusion.values())
    agreed = sum(n for (gold, inferred), n in confusion.items() if gold == inferred)
    assert agreed / total >= 0.9, sorted(confusion.items())
