"""Warnings on exemplary records, by batch and rule, with the word-choice categories' scores.

    python bench/exemplary_warnings.py [--json FILE] [--show] [--first-uses-only] [DIR ...]

Lints the development gold batches (``corpus_batches.DEVELOPMENT`` unless folders are
given) with one linter and prints, per batch: its exemplary records, the warnings on them
(what a careful writer is asked to change), those warnings by rule, and precision / recall
of the categories the word-choice rules report. ``--show`` lists each warning in its
context; ``--json`` writes the figures for comparing two runs. A term used again and again
is one finding that lists its other uses, and the scores count every use it points to;
``--first-uses-only`` scores the findings alone, as if the other uses were not listed.
Held-out batches are refused: their warnings are never read to tune on. Prints wall and CPU
time at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from corpus_batches import DEVELOPMENT, held_out, in_context

from recordlint.api import Linter
from recordlint.config import load_config
from recordlint.evaluate import evaluate, read_corpus
from recordlint.findings import Report

CATEGORIES = ("jargon", "legal-term", "acronym", "judgemental")


class FirstUsesOnly:
    """A linter whose findings do not list the other uses of their term."""

    def __init__(self, linter: Linter) -> None:
        self.linter = linter
        self.config = linter.config
        self.rules = linter.rules

    def lint(self, text: str, **options: Any) -> Report:
        report = self.linter.lint(text, **options)
        report.findings = [replace(f, repeats=()) for f in report.findings]
        return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", default=list(DEVELOPMENT))
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--show", action="store_true", help="list each warning in context")
    parser.add_argument("--first-uses-only", action="store_true",
                        help="score the findings without the other uses they list")  # fmt: skip
    arguments = parser.parse_args()
    refused = [b for b in arguments.batches if held_out(b)]
    if refused:
        sys.exit(f"held-out batches are not read here: {', '.join(refused)}")

    wall, cpu = time.perf_counter(), time.process_time()
    figures: dict[str, dict[str, object]] = {}
    total_warnings = total_records = 0
    for batch in arguments.batches:
        records = read_corpus(Path(batch))
        # The configuration `recordlint eval` would find for the batch.
        linter = Linter(load_config(Path(batch)))
        result = evaluate(records, FirstUsesOnly(linter) if arguments.first_uses_only else linter)
        by_rule = Counter(flag.code for flag in result.exemplary_flags)
        total_warnings += len(result.exemplary_flags)
        total_records += result.exemplary_records
        scores = {
            label: {"tp": t.true_positives, "findings": t.findings,
                    "matched": t.matched_gold, "gold": t.gold}
            for label, t in result.tallies.items() if label in CATEGORIES
        }  # fmt: skip
        figures[batch] = {
            "exemplary_records": result.exemplary_records,
            "warnings": len(result.exemplary_flags),
            "by_rule": dict(sorted(by_rule.items())),
            "flags": [[f.record, f.code, f.text] for f in result.exemplary_flags],
            "categories": scores,
        }
        rules = ", ".join(f"{code} {n}" for code, n in sorted(by_rule.items())) or "-"
        cells = "  ".join(
            f"{label} {s['tp']}/{s['findings']} {s['matched']}/{s['gold']}"
            for label, s in sorted(scores.items())
        )
        print(f"{batch:<18} {len(result.exemplary_flags):>3} on {result.exemplary_records:>2}"
              f"  [{rules}]  {cells}")  # fmt: skip
        if arguments.show:
            texts = {r.id: r.text for r in records}
            for flag in result.exemplary_flags:
                text = texts[flag.record]
                start = text.find(flag.text)
                shown = in_context(text, start, start + len(flag.text)) if start >= 0 else ""
                print(f"    {flag.record} {flag.code} {flag.text!r}: {shown}")
    rate = total_warnings / total_records if total_records else 0.0
    print(f"all: {total_warnings} warnings on {total_records} exemplary records ({rate:.2f})")
    print("(category cells: findings matching gold / findings, gold matched / gold)")
    print(f"wall {time.perf_counter() - wall:.1f}s, cpu {time.process_time() - cpu:.1f}s")
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
