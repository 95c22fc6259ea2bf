"""Where judgemental wording and opinion as fact disagree on category, per development batch.

Usage: python bench/category_overlap.py SNAPSHOT.json

Reads a snapshot written by ``bench/subject_changes.py`` (every RL5/RL6 finding and every
gold span of both categories on the development batches) and counts, per batch, the gold
spans of one category that the linter missed although a finding of the other category
covers the same words, and the findings of one category that are false only because the
gold gives the words the other category. These are not words or shapes the rules lack:
the words were found, and the annotators filed them elsewhere. Ends with the examples and
the wall and CPU time the run took.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

Row = dict[str, object]
OTHER = {"judgemental": "opinion", "opinion": "judgemental"}


def _overlap(a: Row, b: Row) -> bool:
    if (a["batch"], a["record"]) != (b["batch"], b["record"]):
        return False
    a_start, b_start = int(str(a["start"])), int(str(b["start"]))
    return a_start < b_start + len(str(b["words"])) and b_start < a_start + len(str(a["words"]))


def main(arguments: list[str]) -> None:
    if len(arguments) != 1:
        raise SystemExit(__doc__)
    wall, cpu = time.perf_counter(), time.process_time()
    rows: list[Row] = json.loads(Path(arguments[0]).read_text(encoding="utf-8"))
    by_record: dict[tuple[object, object], list[Row]] = {}
    for row in rows:
        by_record.setdefault((row["batch"], row["record"]), []).append(row)
    counts: Counter[tuple[str, str, str]] = Counter()
    examples: list[str] = []
    for row in rows:
        category, kind = str(row["category"]), str(row["kind"])
        other = OTHER[category]
        near = [r for r in by_record[row["batch"], row["record"]] if r["category"] == other]
        if kind == "missed" and any(
            r["kind"] in {"true", "false"} and _overlap(row, r) for r in near
        ):
            label = f"{category} missed, found as {other}"
        elif kind == "false" and any(
            r["kind"] in {"found", "missed"} and _overlap(row, r) for r in near
        ):
            label = f"{category} false, gold says {other}"
        else:
            continue
        counts[label, str(row["batch"]), category] += 1
        examples.append(f"{label:<36}{row['batch']} {row['record']}: {row['context']}")
    labels = sorted({label for label, _, _ in counts})
    batches = sorted({batch for _, batch, _ in counts}, key=lambda b: (len(b), b))
    for label in labels:
        per_batch = {b: counts[label, b, c] for (lab, b, c) in counts if lab == label}
        shown = ", ".join(f"{b} {per_batch[b]}" for b in batches if per_batch.get(b))
        print(f"{label}: {sum(per_batch.values())} in {len(per_batch)} batches ({shown})")
    print()
    print("\n".join(examples))
    print(f"wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
