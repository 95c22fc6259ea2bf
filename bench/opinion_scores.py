"""Precision and recall of the opinion and judgemental categories on each tuning batch, with
every false positive and miss when asked: the before-and-after table for work on the
fact-and-opinion and respectful-language rules, and the list to group into failure classes.

Usage: python bench/opinion_scores.py [--list] [corpus-folder ...]

Defaults to the tuning batches (corpus and corpus-dev/w1, w2, w4, w5, w7). Held-out batches
are refused: they are scored by whoever keeps them, never while tuning. A finding and a gold
span match as in ``recordlint eval`` (they overlap and the categories agree; a finding that
stands for others' findings is scored for each of them). ``--list`` prints each false
positive with the gold labels it overlaps, and each miss with the codes of other rules'
findings on the same words. Ends with the CPU and wall time the run took.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_batches import DEVELOPMENT, held_out, in_context  # a sibling script

from recordlint.api import Linter
from recordlint.evaluate import GoldRecord, label_of, read_corpus
from recordlint.findings import Finding

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = {"OPINION_AS_FACT": "opinion", "JUDGEMENTAL": "judgemental"}


def overlaps(a: Finding, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def score_record(
    record: GoldRecord, findings: list[Finding], tally: Counter[str], rows: list[str]
) -> None:
    """Add one record's counts per category to ``tally`` and its errors to ``rows``."""
    for label, category in CATEGORIES.items():
        gold = [s for s in record.spans if s.label == label]
        ours = [f for f in findings if label_of(f) == category]
        tally[f"{category} gold"] += len(gold)
        tally[f"{category} found"] += len(ours)
        for finding in ours:
            if any(overlaps(finding, s.start, s.end) for s in gold):
                tally[f"{category} true"] += 1
                continue
            labels = sorted({s.label for s in record.spans if overlaps(finding, s.start, s.end)})
            where = in_context(record.text, finding.start, finding.end)
            rows.append(f"false {category} {record.id} {finding.code} {labels} {where}")
        for span in gold:
            if any(overlaps(f, span.start, span.end) for f in ours):
                tally[f"{category} matched"] += 1
                continue
            others = sorted(
                {f.code for f in findings if f not in ours and overlaps(f, span.start, span.end)}
            )
            where = in_context(record.text, span.start, span.end)
            rows.append(f"miss  {category} {record.id} {others} {where}")


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def main(arguments: list[str]) -> None:
    listing = "--list" in arguments
    folders = [a for a in arguments if a != "--list"] or list(DEVELOPMENT)
    refused = [f for f in folders if held_out(f)]
    if refused:
        raise SystemExit(f"held out, not scored while tuning: {', '.join(refused)}")
    wall, cpu = time.perf_counter(), time.process_time()
    linter = Linter()
    for folder in folders:
        tally: Counter[str] = Counter()
        rows: list[str] = []
        for record in read_corpus(ROOT / folder):
            metadata = {"contact_date": record.contact_date, "recorded_date": record.recorded_date}
            report = linter.lint(record.text, kind=record.kind, metadata=metadata)
            findings = [
                part for f in report.findings if not f.document_level for part in (f, *f.absorbed)
            ]
            score_record(record, findings, tally, rows)
            if record.exemplary:
                tally["exemplary records"] += 1
                tally["exemplary warnings"] += sum(
                    1 for f in report.findings if f.severity.value != "info"
                )
        for row in rows if listing else []:
            print(f"{folder}: {row}")
        for category in CATEGORIES.values():
            found, true = tally[f"{category} found"], tally[f"{category} true"]
            gold, matched = tally[f"{category} gold"], tally[f"{category} matched"]
            print(
                f"{folder:<16} {category:<12} P {ratio(true, found)} ({true}/{found})"
                f"  R {ratio(matched, gold)} ({matched}/{gold})"
            )
        print(
            f"{folder:<16} warnings on exemplary records: {tally['exemplary warnings']}"
            f" on {tally['exemplary records']}"
        )
    print(f"wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
