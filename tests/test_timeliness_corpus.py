"""RL911 reads the dates from the text alone on the project's gold corpora.

`recordlint eval` hands a record's gold dates to the linter as metadata, which says nothing
about reading a note's header. Here no metadata is given: the gold dates only say which
notes are late.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recordlint.dates import find_dates
from recordlint.evaluate import GoldRecord, late, read_corpus
from tests.conftest import linter_for

ROOT = Path(__file__).parent.parent
# The development batches too, but never w3: it stays held out, scored once by hand.
DEVELOPMENT = [ROOT / "corpus-dev" / batch for batch in ("w1", "w2", "w4", "w5", "w7")]
CORPORA = [ROOT / "corpus", ROOT / "corpus-holdout", *DEVELOPMENT]


def _case_notes() -> list[GoldRecord]:
    return [r for folder in CORPORA for r in read_corpus(folder) if r.kind.value == "case_note"]


def _gives_both_dates(record: GoldRecord) -> bool:
    # A note that never writes its dates cannot be judged from the text (nothing is guessed).
    written = {(found.day, found.month) for found in find_dates(record.text)}
    gold = [date.fromisoformat(value[:10]) for value in (record.contact_date, record.recorded_date)
            if value]  # fmt: skip
    return len(gold) == 2 and all((day.day, day.month) in written for day in gold)


@pytest.mark.parametrize("record", _case_notes(), ids=lambda r: r.id)
def test_late_notes_are_found_and_on_time_notes_are_not_flagged(record: GoldRecord) -> None:
    linter = linter_for({"select": ["RL911"]})
    flagged = bool(linter.lint(record.text, kind=record.kind).findings)
    expected = late(record, linter.config.options.timeliness.max_hours)
    if flagged:
        assert expected is True, "flagged a note that is not late"
    elif expected is True:
        assert not _gives_both_dates(record), "missed a late note whose header gives both dates"
