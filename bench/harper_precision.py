"""Precision of Harper's checks on real and corpus text, from the judgements kept by hand.

Reads ``bench/harper_judgements.jsonl`` (written by ``harper_candidates.py``, verdicts filled
in by a reviewer) and prints, per Harper check and per kind of text, how many findings were
judged right; then the precision of RL452 as shipped, which runs only the checks on
``HARPER_ALLOWLIST``. Findings still waiting for a verdict are counted apart.

    python bench/harper_precision.py
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

from recordlint.offline_grammar import HARPER_ALLOWLIST

JUDGEMENTS = Path(__file__).resolve().parent / "harper_judgements.jsonl"
SPLITS = ("real-dev", "real-holdout", "corpus", "corpus-holdout")


def precision(right: int, judged: int) -> str:
    return f"{right / judged:.2f}" if judged else "  - "


def main() -> None:
    started_wall, started_cpu = time.perf_counter(), time.process_time()
    rows = [json.loads(line) for line in JUDGEMENTS.read_text().splitlines() if line.strip()]
    # (rule, split) -> [right, judged]; findings without a verdict are counted apart
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    unjudged = 0
    for row in rows:
        if row["verdict"] is None:
            unjudged += 1
            continue
        counts = tally[(row["rule"], row["split"])]
        counts[0] += row["verdict"] is True
        counts[1] += 1
    rules = sorted({rule for rule, _ in tally})
    header = "".join(f"{split:>18}" for split in SPLITS)
    print(f"{'Harper check':32}{header}   on")
    for rule in rules:
        cells = ""
        for split in SPLITS:
            right, judged = tally.get((rule, split), [0, 0])
            cells += f"{right:>6}/{judged:<4} {precision(right, judged):>5}"
        print(f"{rule:32}{cells}   {'yes' if rule in HARPER_ALLOWLIST else ''}")
    print()
    print("RL452 as shipped (allowlisted checks only):")
    for split in SPLITS:
        right = sum(tally[(r, split)][0] for r in rules if r in HARPER_ALLOWLIST)
        judged = sum(tally[(r, split)][1] for r in rules if r in HARPER_ALLOWLIST)
        candidates = sum(tally[(r, split)][1] for r in rules)
        print(
            f"  {split:15} {right:>3}/{judged:<3} right, precision {precision(right, judged)}"
            f"  (all candidate checks: {candidates} findings)"
        )
    if unjudged:
        print(f"\n{unjudged} findings have no verdict yet")
    wall = time.perf_counter() - started_wall
    cpu = time.process_time() - started_cpu
    print(f"\nwall {wall:.3f} s, CPU {cpu:.3f} s")


if __name__ == "__main__":
    main()
