"""What a change to the opinion or respectful-wording rules, or to the shared subjects
layer under them, gains and loses, opinion and judgemental wording together, on each
development batch.

Usage:
    python bench/subject_changes.py SNAPSHOT.json [BEFORE.json]

Runs the fact-and-opinion and respectful-wording rules (RL5, RL6) over every development
batch, writes each finding and each gold span (found or missed) of both categories to
SNAPSHOT.json and prints precision and recall per batch and category, and pooled. Given
the snapshot taken before a change, it prints both side by side and lists every finding
gained and lost, true or false, with its batch: a change that helps one batch and is
neutral or worse on the others shows up as such. Held-out
batches are never read. Ends with the wall and CPU time the run took.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_batches import DEVELOPMENT, in_context  # a sibling script

from recordlint.api import Linter
from recordlint.config import Config, options_from_mapping
from recordlint.evaluate import label_of, read_corpus

ROOT = Path(__file__).resolve().parent.parent
CODES = ["RL5", "RL6"]
LABELS = {"opinion": "OPINION_AS_FACT", "judgemental": "JUDGEMENTAL"}
CONTEXT = 70


@dataclass
class Counts:
    true: int = 0
    false: int = 0
    found: int = 0
    missed: int = 0

    def add(self, kind: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)

    def text(self) -> str:
        precision = self.true / (self.true + self.false) if self.true + self.false else 0.0
        gold = self.found + self.missed
        recall = self.found / gold if gold else 0.0
        return f"{precision:.2f}/{recall:.2f} ({self.false} false, {self.missed} missed)"


def snapshot() -> list[dict[str, object]]:
    """One row per finding (true or false) and per gold span (found or missed) of each
    category."""
    linter = Linter(Config(options_from_mapping({"select": CODES}, "bench")))
    rows: list[dict[str, object]] = []
    for folder in DEVELOPMENT:
        batch = Path(folder).name
        for record in read_corpus(ROOT / folder):
            report = linter.lint(record.text, kind=record.kind)
            for category, label in LABELS.items():
                findings = [part for f in report.findings if not f.document_level
                            for part in (f, *f.absorbed) if label_of(part) == category]  # fmt: skip
                gold = [s for s in record.spans if s.label == label]
                for f in findings:
                    hit = any(f.start < g.end and g.start < f.end for g in gold)
                    rows.append(_row(category, batch, record.id, "true" if hit else "false",
                                     f.start, f.end, record.text, f.code))  # fmt: skip
                for g in gold:
                    hit = any(f.start < g.end and g.start < f.end for f in findings)
                    rows.append(_row(category, batch, record.id, "found" if hit else "missed",
                                     g.start, g.end, record.text, ""))  # fmt: skip
    return rows


def _row(
    category: str,
    batch: str,
    record: str,
    kind: str,
    start: int,
    end: int,
    text: str,
    code: str,
) -> dict[str, object]:
    return {
        "category": category,
        "batch": batch,
        "record": record,
        "kind": kind,
        "start": start,
        "words": text[start:end],
        "code": code,
        "context": in_context(text, start, end, CONTEXT),
    }


def counts(rows: list[dict[str, object]], category: str) -> dict[str, Counts]:
    per_batch = {Path(folder).name: Counts() for folder in DEVELOPMENT}
    for row in rows:
        if row["category"] == category:
            per_batch[str(row["batch"])].add(str(row["kind"]))
    return per_batch


def pooled(per_batch: dict[str, Counts]) -> Counts:
    total = Counts()
    for c in per_batch.values():
        total.true, total.false = total.true + c.true, total.false + c.false
        total.found, total.missed = total.found + c.found, total.missed + c.missed
    return total


def main(arguments: list[str]) -> None:
    if not arguments:
        raise SystemExit(__doc__)
    wall, cpu = time.perf_counter(), time.process_time()
    rows = snapshot()
    Path(arguments[0]).write_text(json.dumps(rows), encoding="utf-8")
    before_rows = json.loads(Path(arguments[1]).read_text()) if len(arguments) > 1 else None
    for category in LABELS:
        print(category)
        after = counts(rows, category)
        before = counts(before_rows, category) if before_rows is not None else None
        for batch, now in after.items():
            was = f"{before[batch].text()}  ->  " if before is not None else ""
            print(f"  {batch:<8}{was}{now.text()}")
        was = f"{pooled(before).text()}  ->  " if before is not None else ""
        print(f"  {'pooled':<8}{was}{pooled(after).text()}")
    if before_rows is not None:
        _print_changes(before_rows, rows)
    print(f"wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s")


def _print_changes(before: list[dict[str, object]], after: list[dict[str, object]]) -> None:
    def key(row: dict[str, object]) -> tuple[object, ...]:
        return (row["category"], row["batch"], row["record"], row["start"], row["words"],
                row["kind"])  # fmt: skip

    findings = {"true", "false"}
    old = {key(r): r for r in before if r["kind"] in findings}
    new = {key(r): r for r in after if r["kind"] in findings}
    for change, keys, rows in (("lost", old.keys() - new.keys(), old),
                               ("gained", new.keys() - old.keys(), new)):  # fmt: skip
        for k in sorted(keys, key=str):
            r = rows[k]
            print(
                f"{change:<7}{r['kind']:<6}{r['category']:<12}{r['batch']} {r['record']} "
                f"{r['code']}: {r['context']}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
