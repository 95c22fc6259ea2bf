"""Precision on records and on texts that are not records: the numbers behind the
false-alarm aims.

Usage: python bench/precision.py [corpus-folder ...] [--texts FOLDER] [--show]

For each annotated corpus (default: corpus and corpus-holdout) prints precision and recall
per category (as `recordlint eval` does), the findings a reader sees, and the warnings and
findings per exemplary record. For the folder of texts that are not records (default
tests/data/kinds) prints the kind each is taken for and its findings per 1,000 words, by
rule; every one of those findings is a candidate false alarm to judge by hand (`--show`
lists them). Ends with the CPU and wall time the run took.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

from recordlint.api import Linter
from recordlint.evaluate import evaluate, format_table, read_corpus

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def corpus_numbers(linter: Linter, folder: Path) -> None:
    records = read_corpus(folder)
    print(f"== {folder.name} ==")
    print(format_table(evaluate(records, linter)))
    shown = warnings = exemplary = exemplary_findings = exemplary_warnings = 0
    for record in records:
        report = linter.lint(
            record.text,
            kind=record.kind,
            metadata={"contact_date": record.contact_date, "recorded_date": record.recorded_date},
        )
        at_least_warning = sum(1 for f in report.findings if f.severity.value != "info")
        shown += len(report.findings)
        warnings += at_least_warning
        if record.exemplary:
            exemplary += 1
            exemplary_findings += len(report.findings)
            exemplary_warnings += at_least_warning
    print(f"findings shown: {shown} ({warnings} at warning or above) on {len(records)} records")
    if exemplary:
        print(
            f"exemplary records: {exemplary}; warnings per record "
            f"{exemplary_warnings / exemplary:.2f}; findings of any severity per record "
            f"{exemplary_findings / exemplary:.2f}"
        )
    print()


def text_numbers(linter: Linter, folder: Path, show: bool) -> None:
    print(f"== texts that are not records ({folder.name}) ==")
    total_words = total_findings = 0
    by_code: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        report = linter.lint(text)
        words = len(WORD.findall(text))
        total_words += words
        total_findings += len(report.findings)
        by_code.update(f.code for f in report.findings)
        print(f"  {path.name:<28} {report.kind.value:<13} {len(report.findings):>3} findings, "
              f"{1000 * len(report.findings) / max(words, 1):5.1f} per 1,000 words")  # fmt: skip
        if show:
            for f in report.findings:
                print(f"      {f.code} {f.text[:60]!r}")
    per_thousand = 1000 * total_findings / max(total_words, 1)
    print(f"all: {total_findings} findings in {total_words} words, {per_thousand:.1f} per 1,000")
    print("by rule: " + ", ".join(f"{code} {n}" for code, n in sorted(by_code.items())))
    print()


def main(argv: list[str]) -> None:
    show = "--show" in argv
    texts = ROOT / "tests" / "data" / "kinds"
    if "--texts" in argv:
        texts = Path(argv[argv.index("--texts") + 1])
    skip = {argv[argv.index("--texts") + 1]} if "--texts" in argv else set()
    folders = [Path(a) for a in argv if not a.startswith("--") and a not in skip]
    folders = folders or [ROOT / "corpus", ROOT / "corpus-holdout"]
    wall, cpu = time.perf_counter(), time.process_time()
    linter = Linter()
    linter.warm_up()
    for folder in folders:
        corpus_numbers(linter, folder)
    if texts.is_dir():
        text_numbers(linter, texts, show)
    print(f"time: {time.process_time() - cpu:.1f} s CPU, {time.perf_counter() - wall:.1f} s wall")


if __name__ == "__main__":
    main(sys.argv[1:])
