"""What a rule change gains and loses against the gold, batch by batch: the shared part of
``rationale_changes.py`` and ``subject_changes.py``.

Each of those scripts names the rules it runs and the categories it scores, then calls
``main``. A run writes one row per finding (true or false, and again as "exemplary" when it
is on an exemplary record) and per gold span (found or missed) to a snapshot; given the
snapshot taken before a change, it prints both side by side and lists every finding and
gold span gained or lost, with its batch, so a change that helps one writer and is neutral
or worse on the others shows up as such. Held-out batches are never read: only
``corpus_batches.DEVELOPMENT``. Imported by sibling scripts, not a package.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, fields
from pathlib import Path

from corpus_batches import DEVELOPMENT, in_context

from recordlint.api import Linter
from recordlint.config import Config, options_from_mapping
from recordlint.evaluate import GoldRecord, label_of, read_corpus

ROOT = Path(__file__).resolve().parent.parent
Row = dict[str, object]


@dataclass
class Counts:
    true: int = 0
    false: int = 0
    found: int = 0
    missed: int = 0
    exemplary: int = 0

    def add(self, kind: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)

    def plus(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def text(self) -> str:
        precision = self.true / (self.true + self.false) if self.true + self.false else 0.0
        gold = self.found + self.missed
        recall = self.found / gold if gold else 0.0
        return (
            f"{precision:.2f}/{recall:.2f} ({self.true} true, {self.false} false, "
            f"{self.missed} missed, {self.exemplary} on exemplary)"
        )


def snapshot(codes: list[str], labels: dict[str, str], context: int) -> list[Row]:
    """One row per finding and per gold span of each category (``labels`` maps the
    linter's category to the gold label)."""
    linter = Linter(Config(options_from_mapping({"select": codes}, "bench")))
    rows: list[Row] = []
    for folder in DEVELOPMENT:
        batch = Path(folder).name
        for record in read_corpus(ROOT / folder):
            report = linter.lint(record.text, kind=record.kind)
            parts = [p for f in report.findings if not f.document_level for p in (f, *f.absorbed)]

            for category, label in labels.items():
                findings = [p for p in parts if label_of(p) == category]
                gold = [s for s in record.spans if s.label == label]
                for f in findings:
                    hit = any(f.start < g.end and g.start < f.end for g in gold)
                    kind = "true" if hit else "false"
                    rows.append(
                        _row(category, batch, record, kind, f.start, f.end, f.code, context)
                    )
                    if record.exemplary:
                        rows.append(
                            _row(
                                category,
                                batch,
                                record,
                                "exemplary",
                                f.start,
                                f.end,
                                f.code,
                                context,
                            )
                        )
                for g in gold:
                    hit = any(f.start < g.end and g.start < f.end for f in findings)
                    kind = "found" if hit else "missed"
                    rows.append(_row(category, batch, record, kind, g.start, g.end, "", context))
    return rows


def _row(
    category: str,
    batch: str,
    record: GoldRecord,
    kind: str,
    start: int,
    end: int,
    code: str,
    context: int,
) -> Row:
    return {
        "category": category,
        "batch": batch,
        "record": record.id,
        "kind": kind,
        "start": start,
        "words": record.text[start:end],
        "code": code,
        "context": in_context(record.text, start, end, context),
    }


def counts(rows: list[Row], category: str) -> dict[str, Counts]:
    per_batch = {Path(folder).name: Counts() for folder in DEVELOPMENT}
    for row in rows:
        if row["category"] == category:
            per_batch[str(row["batch"])].add(str(row["kind"]))
    return per_batch


def pooled(per_batch: dict[str, Counts]) -> Counts:
    total = Counts()
    for c in per_batch.values():
        total = total.plus(c)
    return total


def main(arguments: list[str], codes: list[str], labels: dict[str, str], context: int) -> None:
    """``arguments``: SNAPSHOT.json [BEFORE.json]."""
    wall, cpu = time.perf_counter(), time.process_time()
    rows = snapshot(codes, labels, context)
    Path(arguments[0]).write_text(json.dumps(rows), encoding="utf-8")
    before_rows = json.loads(Path(arguments[1]).read_text()) if len(arguments) > 1 else None
    for category in labels:
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


def _print_changes(before: list[Row], after: list[Row]) -> None:
    def key(row: Row) -> tuple[object, ...]:
        return (row["category"], row["batch"], row["record"], row["start"], row["words"],
                row["kind"])  # fmt: skip

    shown = {"true", "false", "found", "missed"}
    old = {key(r): r for r in before if r["kind"] in shown}
    new = {key(r): r for r in after if r["kind"] in shown}
    for change, keys, rows in (("lost", old.keys() - new.keys(), old),
                               ("gained", new.keys() - old.keys(), new)):  # fmt: skip
        for k in sorted(keys, key=str):
            r = rows[k]
            if r["kind"] in {"found", "missed"} and change == "lost":
                continue  # a gold span changing side shows once, as gained
            print(
                f"{change:<7}{r['kind']:<7}{r['category']:<12}{r['batch']} {r['record']} "
                f"{r['code']}: {r['context']}"
            )
