"""The held-out corpus is readable in the gold format and keeps its shape."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from recordlint.evaluate import read_corpus

HOLDOUT = Path(__file__).parent.parent / "corpus-holdout"


def test_holdout_corpus_reads_and_matches_its_files() -> None:
    """Every gold line has its text, every text its gold line, and every span is found."""
    records = read_corpus(HOLDOUT)
    assert len(records) == 36
    assert {r.id for r in records} == {p.stem for p in HOLDOUT.glob("*.txt")}
    kinds = Counter(r.kind.value for r in records)
    assert kinds == {"case_note": 14, "letter": 8, "assessment": 8, "email": 6}
    for record in records:
        for span in record.spans:
            assert record.text[span.start : span.end] == span.text
