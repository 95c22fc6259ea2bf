"""Every judgemental gold span the linter misses, and every judgemental finding the gold
does not hold, with the words around each: the list to group into failure classes before
changing the rules.

Usage: python bench/judgemental_misses.py [corpus-folder ...]

Defaults to the tuning batches (corpus and corpus-dev/w1, w2, w4, w5); never pass a
held-out batch, which is scored but not read. A missed span shows the codes of other
rules' findings on the same words (a category disagreement shows up there); a false
positive shows the gold labels it overlaps. Ends with a count per batch and the CPU and
wall time the run took.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_batches import DEVELOPMENT, in_context  # a sibling script

from recordlint.api import Linter
from recordlint.evaluate import GoldRecord, label_of, read_corpus
from recordlint.findings import Finding

ROOT = Path(__file__).resolve().parent.parent
LABEL = "JUDGEMENTAL"
CATEGORY = "judgemental"
CONTEXT = 90


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def record_rows(record: GoldRecord, findings: list[Finding]) -> list[tuple[str, str]]:
    gold = [s for s in record.spans if s.label == LABEL]
    ours = [f for f in findings if label_of(f) == CATEGORY]
    rows: list[tuple[str, str]] = []
    for span in gold:
        if not any(overlaps(f.start, f.end, span.start, span.end) for f in ours):
            others = sorted({f.code for f in findings if f not in ours
                             and overlaps(f.start, f.end, span.start, span.end)})  # fmt: skip
            where = in_context(record.text, span.start, span.end, CONTEXT, one_line=False)
            rows.append(("miss", f"{record.id} [{','.join(others)}] {where}"))
    for finding in ours:
        if not any(overlaps(finding.start, finding.end, s.start, s.end) for s in gold):
            labels = sorted({s.label for s in record.spans
                             if overlaps(finding.start, finding.end, s.start, s.end)})  # fmt: skip
            flag = " exemplary" if record.exemplary else ""
            where = in_context(record.text, finding.start, finding.end, CONTEXT, one_line=False)
            rows.append(("false", f"{record.id}{flag} {finding.code} [{','.join(labels)}] {where}"))
    return rows


def main(folders: list[str]) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    linter = Linter()
    counts: Counter[tuple[str, str]] = Counter()
    for folder in folders:
        for record in read_corpus(ROOT / folder):
            report = linter.lint(record.text, kind=record.kind)
            findings = [part for f in report.findings if not f.document_level
                        for part in (f, *f.absorbed)]  # fmt: skip
            for kind, row in record_rows(record, findings):
                counts[folder, kind] += 1
                print(f"{kind:<6}{folder}: {row}")
    print()
    for folder in folders:
        print(f"{folder}: {counts[folder, 'miss']} missed, {counts[folder, 'false']} false")
    print(f"wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:] or list(DEVELOPMENT))
