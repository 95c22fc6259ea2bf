"""Precision and recall of RL911 (recorded late) when the dates must be read from the text.

    python bench/timeliness_text_only.py CORPUS_DIR [CORPUS_DIR ...] [--show-misses]

`recordlint eval` hands each record's gold contact and recorded dates to the linter as
metadata, so its timeliness score says nothing about reading the dates a note's header
gives. Here the records are linted without metadata: the gold dates only decide which
notes are late. Prints, per corpus, the late notes found and missed, and the wall and CPU
time of the linting.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from recordlint.api import Linter
from recordlint.config import load_config
from recordlint.evaluate import GoldRecord, late, read_corpus


def score(records: list[GoldRecord], linter: Linter, show_misses: bool) -> dict[str, int]:
    options = linter.config.options.timeliness
    counts = {"findings": 0, "true": 0, "late": 0, "found": 0}
    for record in records:
        if record.kind.value not in options.kinds:
            continue
        expected = late(record, options.max_hours)
        report = linter.lint(record.text, kind=record.kind)
        flagged = any(f.code == "RL911" for f in report.findings)
        counts["findings"] += int(flagged)
        counts["true"] += int(flagged and expected is True)
        counts["late"] += int(expected is True)
        counts["found"] += int(flagged and expected is True)
        if show_misses and flagged != (expected is True):
            what = "false flag" if flagged else "missed"
            print(f"  {what}: {record.id} (gold {record.contact_date} -> {record.recorded_date})")
    return counts


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    config = load_config(Path.cwd()).with_overrides(select=("RL911",))
    linter = Linter(config)
    print(f"{'corpus':<24}{'precision':>10}{'recall':>8}{'findings':>10}{'late':>6}"
          f"{'wall s':>8}{'cpu s':>8}")  # fmt: skip
    for folder in args.corpora:
        records = read_corpus(folder)
        wall, cpu = time.perf_counter(), time.process_time()
        counts = score(records, linter, args.show_misses)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"{folder.name:<24}{ratio(counts['true'], counts['findings']):>10}"
            f"{ratio(counts['found'], counts['late']):>8}{counts['findings']:>10}"
            f"{counts['late']:>6}{wall:>8.2f}{cpu:>8.2f}"
        )


if __name__ == "__main__":
    main()
