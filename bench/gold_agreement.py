"""How far two independent annotations of the same records agree, scored as the linter is.

    python bench/gold_agreement.py SECOND_GOLD REFERENCE_FOLDER [REFERENCE_FOLDER ...]

Each ``REFERENCE_FOLDER`` is a gold batch (``gold.jsonl`` beside its ``ID.txt`` files).
``SECOND_GOLD`` holds another annotator's gold lines for some of the same records, made
without seeing the first (``corpus-dev/second-annotations/`` holds three); its texts are
the reference folders' own. The second annotation is scored against the reference exactly
as ``recordlint eval`` scores findings: a span counts as agreed when a span of the
corresponding label overlaps it; precision is the share of the second annotator's spans
that some reference span overlaps, recall the share of reference spans that some
second-annotator span overlaps. The record-level labels (no voice of the person, a letter
with no contact details, a note written more than 48 hours after the contact) compare the
two flags record by record.

A linter cannot be expected to agree with one annotator better than a second careful
annotator does, so these figures are a ceiling to read the linter's scores against, not a
target. Swapping the two annotations swaps precision and recall. Prints CPU and wall time.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from recordlint.evaluate import SPAN_LABELS, GoldRecord, Tally, late, read_corpus

MAX_HOURS = 48.0
RECORD_LEVEL = ("person-voice", "contact-details", "timeliness")


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _text(tally: Tally) -> str:
    """The second annotator's spans stand where a linter's findings would."""
    return f"{_figure(tally.precision)}/{_figure(tally.recall)}  ({tally.findings} vs {tally.gold})"


def _overlaps(start: int, end: int, others: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in others)


def _record_flags(record: GoldRecord) -> dict[str, bool | None]:
    return {
        "person-voice": None if record.person_voice is None else not record.person_voice,
        "contact-details": None
        if record.kind.value != "letter" or record.contact_details is None
        else not record.contact_details,
        "timeliness": late(record, MAX_HOURS),
    }


def compare(second: list[GoldRecord], reference: list[GoldRecord]) -> dict[str, Tally]:
    """Per label, the second annotation scored as findings against the reference."""
    by_id = {record.id: record for record in reference}
    tallies: dict[str, Tally] = {}
    for record in second:
        ref = by_id.get(record.id)
        if ref is None:
            continue
        for gold_label, label in SPAN_LABELS.items():
            mine = [(s.start, s.end) for s in record.spans if s.label == gold_label]
            theirs = [(s.start, s.end) for s in ref.spans if s.label == gold_label]
            tally = tallies.setdefault(label, Tally())
            tally.findings += len(mine)
            tally.gold += len(theirs)
            tally.true_positives += sum(_overlaps(s, e, theirs) for s, e in mine)
            tally.matched_gold += sum(_overlaps(s, e, mine) for s, e in theirs)
        mine_flags, their_flags = _record_flags(record), _record_flags(ref)
        for label in RECORD_LEVEL:
            if mine_flags[label] is None or their_flags[label] is None:
                continue  # one annotator did not say; nothing to compare
            tally = tallies.setdefault(label, Tally())
            tally.findings += int(bool(mine_flags[label]))
            tally.gold += int(bool(their_flags[label]))
            both = int(bool(mine_flags[label]) and bool(their_flags[label]))
            tally.true_positives += both
            tally.matched_gold += both
    return tallies


def main(argv: list[str]) -> int:
    wall, cpu = time.perf_counter(), time.process_time()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("second_gold", type=Path)
    parser.add_argument("reference", type=Path, nargs="+")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        # read_corpus wants the gold beside its texts; the second annotation sits apart
        folder = Path(scratch)
        shutil.copy(args.second_gold, folder / "gold.jsonl")
        for batch in args.reference:
            for path in batch.glob("*.txt"):
                (folder / path.name).write_bytes(path.read_bytes())
        second = read_corpus(folder)
    reference = [record for batch in args.reference for record in read_corpus(batch)]
    shared = {r.id for r in reference} & {r.id for r in second}
    print(f"records annotated by both: {len(shared)}")
    print(f"{'label':<18}{'precision/recall (second vs reference)':>40}")
    for label, tally in sorted(compare(second, reference).items()):
        print(f"{label:<18}{_text(tally):>40}")
    print(f"cpu {time.process_time() - cpu:.2f} s, wall {time.perf_counter() - wall:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
