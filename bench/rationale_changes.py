"""What a change to the decision-without-a-reason rule (RL701) gains and loses on each
development batch.

Usage:
    python bench/rationale_changes.py SNAPSHOT.json [BEFORE.json]

Runs RL701 over every development batch, writes each finding and each gold span (found or
missed) to SNAPSHOT.json and prints precision and recall per batch and pooled, with the
findings on exemplary records. Given the snapshot taken before a change, it prints both
side by side and lists every finding gained and lost, true or false, with its batch, so a
change that helps one writer and is neutral or worse on the others shows up as such.
Held-out batches are never read. Ends with the wall and CPU time the run took.
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
CODE = "RL701"
CATEGORY = "rationale"
GOLD_LABEL = "NO_RATIONALE"
CONTEXT = 90


@dataclass
class Counts:
    true: int = 0
    false: int = 0
    found: int = 0
    missed: int = 0
    exemplary: int = 0

    def add(self, kind: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)

    def text(self) -> str:
        precision = self.true / (self.true + self.false) if self.true + self.false else 0.0
        gold = self.found + self.missed
        recall = self.found / gold if gold else 0.0
        return (
            f"{precision:.2f}/{recall:.2f} ({self.true} true, {self.false} false, "
            f"{self.missed} missed, {self.exemplary} on exemplary)"
        )


def snapshot() -> list[dict[str, object]]:
    """One row per finding (true or false) and per gold span (found or missed)."""
    linter = Linter(Config(options_from_mapping({"select": [CODE]}, "bench")))
    rows: list[dict[str, object]] = []
    for folder in DEVELOPMENT:
        batch = Path(folder).name
        for record in read_corpus(ROOT / folder):
            report = linter.lint(record.text, kind=record.kind)
            findings = [
                part
                for f in report.findings
                if not f.document_level
                for part in (f, *f.absorbed)
                if label_of(part) == CATEGORY
            ]
            gold = [s for s in record.spans if s.label == GOLD_LABEL]
            for f in findings:
                hit = any(f.start < g.end and g.start < f.end for g in gold)
                rows.append(
                    _row(batch, record.id, "true" if hit else "false", f.start, f.end, record.text)
                )
                if record.exemplary:
                    rows.append(_row(batch, record.id, "exemplary", f.start, f.end, record.text))
            for g in gold:
                hit = any(f.start < g.end and g.start < f.end for f in findings)
                rows.append(
                    _row(
                        batch, record.id, "found" if hit else "missed", g.start, g.end, record.text
                    )
                )
    return rows


def _row(batch: str, record: str, kind: str, start: int, end: int, text: str) -> dict[str, object]:
    return {
        "batch": batch,
        "record": record,
        "kind": kind,
        "start": start,
        "words": text[start:end],
        "context": in_context(text, start, end, CONTEXT),
    }


def counts(rows: list[dict[str, object]]) -> dict[str, Counts]:
    per_batch = {Path(folder).name: Counts() for folder in DEVELOPMENT}
    for row in rows:
        per_batch[str(row["batch"])].add(str(row["kind"]))
    return per_batch


def pooled(per_batch: dict[str, Counts]) -> Counts:
    total = Counts()
    for c in per_batch.values():
        for name in ("true", "false", "found", "missed", "exemplary"):
            setattr(total, name, getattr(total, name) + getattr(c, name))
    return total


def main(arguments: list[str]) -> None:
    if not arguments:
        raise SystemExit(__doc__)
    wall, cpu = time.perf_counter(), time.process_time()
    rows = snapshot()
    Path(arguments[0]).write_text(json.dumps(rows), encoding="utf-8")
    before_rows = json.loads(Path(arguments[1]).read_text()) if len(arguments) > 1 else None
    after = counts(rows)
    before = counts(before_rows) if before_rows is not None else None
    for batch, now in after.items():
        was = f"{before[batch].text()}  ->  " if before is not None else ""
        print(f"{batch:<8}{was}{now.text()}")
    was = f"{pooled(before).text()}  ->  " if before is not None else ""
    print(f"{'pooled':<8}{was}{pooled(after).text()}")
    if before_rows is not None:
        _print_changes(before_rows, rows)
    print(f"wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s")


def _print_changes(before: list[dict[str, object]], after: list[dict[str, object]]) -> None:
    def key(row: dict[str, object]) -> tuple[object, ...]:
        return (row["batch"], row["record"], row["start"], row["words"], row["kind"])

    shown = {"true", "false", "found", "missed"}
    old = {key(r): r for r in before if r["kind"] in shown}
    new = {key(r): r for r in after if r["kind"] in shown}
    for change, keys, rows in (
        ("lost", old.keys() - new.keys(), old),
        ("gained", new.keys() - old.keys(), new),
    ):
        for k in sorted(keys, key=str):
            r = rows[k]
            if r["kind"] in {"found", "missed"} and change == "lost":
                continue  # a gold span changing side shows once, as gained
            print(f"{change:<7}{r['kind']:<7}{r['batch']} {r['record']}: {r['context']}")


if __name__ == "__main__":
    main(sys.argv[1:])
