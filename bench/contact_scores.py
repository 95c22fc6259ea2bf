"""Precision and recall of RL901 (missing contact details) on letters, batch by batch and pooled.

Usage: python bench/contact_scores.py [folder ...] [--show]

Scores only RL901, as ``recordlint eval`` scores the contact-details category: a letter is
expected to be flagged when its gold ``contact_details`` is false (it does not say who to
contact and how); a flag on any other record (gold true, or null where the gold gives no
judgement) is a false alarm. Each record is linted as the kind its gold gives. Without
folders it scores every development batch; held-out batches are refused, so they cannot be
scored by accident. ``--show`` lists each false alarm and miss with the rule's message.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_batches import development_folders  # a sibling script

from recordlint.api import Linter
from recordlint.config import Config, options_from_mapping
from recordlint.evaluate import read_corpus
from recordlint.findings import RecordKind


@dataclass
class Tally:
    letters: int = 0
    flagged: int = 0
    flagged_right: int = 0
    expected: int = 0

    def add(self, other: Tally) -> None:
        self.letters += other.letters
        self.flagged += other.flagged
        self.flagged_right += other.flagged_right
        self.expected += other.expected

    def line(self, name: str) -> str:
        precision = f"{self.flagged_right / self.flagged:.2f}" if self.flagged else "-"
        recall = f"{self.flagged_right / self.expected:.2f}" if self.expected else "-"
        right = self.flagged_right
        return (
            f"{name:<22}{self.letters:>8}{precision:>11} ({right}/{self.flagged})"
            f"{recall:>8} ({right}/{self.expected})"
        )


def score(folder: Path, linter: Linter, *, show: bool) -> Tally:
    tally = Tally()
    for record in read_corpus(folder):
        report = linter.lint(record.text, kind=record.kind)
        findings = [f for f in report.findings if f.code == "RL901"]
        judged = record.kind is RecordKind.LETTER and record.contact_details is not None
        missing = judged and record.contact_details is False
        tally.letters += judged
        tally.flagged += bool(findings)
        tally.flagged_right += bool(findings) and missing
        tally.expected += missing
        if show and findings and not missing:
            gold = record.contact_details
            print(f"  false alarm: {record.id} (gold {gold}): {findings[0].message}")
        if show and missing and not findings:
            print(f"  missed: {record.id}")
    return tally


def main(argv: list[str]) -> None:
    show = "--show" in argv
    folders = development_folders(argv)
    wall, cpu = time.perf_counter(), time.process_time()
    linter = Linter(Config(options_from_mapping({"select": ["RL901"]}, "bench")))
    pooled = Tally()
    print(f"{'batch':<22}{'letters':>8}{'precision':>11}{'':>7}{'recall':>8}")
    for folder in folders:
        tally = score(Path(folder), linter, show=show)
        pooled.add(tally)
        if tally.letters or tally.flagged:
            print(tally.line(Path(folder).name))
    print(pooled.line("pooled"))
    print(f"time: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU")


if __name__ == "__main__":
    main(sys.argv[1:])
