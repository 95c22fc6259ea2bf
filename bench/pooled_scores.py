"""Precision and recall per category over several gold batches, each batch and pooled.

    python bench/pooled_scores.py [--text-only] [--categories a,b] DIR [DIR ...]

Runs ``recordlint eval DIR --format json`` on each batch and prints, per category, each
batch's precision / recall and the pooled figures (true positives, findings and gold
summed over the batches, so a large batch weighs more than a small one), then the warnings
on exemplary records. Pooling matters when batches are small: one batch of 40 records
holds a handful of missing reasons or missing voices, and a single record moves its
figure by several points.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CATEGORIES = ("opinion", "judgemental", "rationale", "person-voice", "timeliness")


@dataclass
class Tally:
    true_positives: int = 0
    findings: int = 0
    matched_gold: int = 0
    gold: int = 0

    def add(self, scores: dict[str, float]) -> None:
        self.true_positives += int(scores["true_positives"])
        self.findings += int(scores["findings"])
        self.matched_gold += int(scores["matched_gold"])
        self.gold += int(scores["gold"])

    def text(self) -> str:
        precision = self.true_positives / self.findings if self.findings else None
        recall = self.matched_gold / self.gold if self.gold else None
        return f"{_figure(precision)}/{_figure(recall)}"


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _scores(batch: Path, text_only: bool) -> dict[str, object]:
    command = [sys.executable, "-m", "recordlint", "eval", str(batch), "--format", "json"]
    if text_only:
        command.append("--text-only")
    completed = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(completed.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--text-only", action="store_true")
    parser.add_argument("--categories", default=",".join(DEFAULT_CATEGORIES))
    arguments = parser.parse_args()
    categories = [name for name in arguments.categories.split(",") if name]

    pooled = {category: Tally() for category in categories}
    rows: list[list[str]] = []
    exemplary_warnings = exemplary_records = 0
    for batch in arguments.batches:
        result = _scores(batch, arguments.text_only)
        per_category = result["categories"]
        assert isinstance(per_category, dict)
        row = [batch.name]
        for category in categories:
            scores = per_category.get(category)
            if scores is None:
                row.append("-")
                continue
            batch_tally = Tally()
            batch_tally.add(scores)
            pooled[category].add(scores)
            row.append(batch_tally.text())
        warnings = int(str(result.get("findings_on_exemplary", 0)))
        records = int(str(result.get("exemplary_records", 0)))
        exemplary_warnings += warnings
        exemplary_records += records
        row.append(f"{warnings} on {records}")
        rows.append(row)
    rows.append(["pooled", *(pooled[c].text() for c in categories)])
    if exemplary_records:
        rows[-1].append(f"{exemplary_warnings / exemplary_records:.2f} per record")

    header = ["batch", *categories, "exemplary warnings"]
    widths = [
        max(len(str(r[i])) if i < len(r) else 0 for r in [header, *rows])
        for i in range(len(header))
    ]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)))


if __name__ == "__main__":
    main()
