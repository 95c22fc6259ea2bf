"""How long a batch run waits on one enormous record: a CSV with one 5,000,000-character
cell between two ordinary rows, checked with every default rule.

Prints the wall time and the CPU time of the whole process tree (the command and its
workers), the rows written and what each says, so the time budget's effect can be seen.
Not a test: it prints figures.

    python bench/batch_hostile.py                       # default time budget
    python bench/batch_hostile.py --time-budget 30
    python bench/batch_hostile.py --src OTHER/src --limit 200   # another checkout's code

The big cell is many distinct paragraphs (as when a whole document is pasted into one
field), so the linter's paragraph cache cannot shorten the work.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "Visit {n}: I saw Mrs Okafor at home with her son. She said the new rail in the bathroom "
    "helps and she would like the carers to come a little later in the morning."
)


def big_cell(size: int) -> str:
    paragraphs, length, number = [], 0, 0
    while length < size:
        paragraph = PARAGRAPH.format(n=number)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        number += 1
    return "\n\n".join(paragraphs)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5_000_000, help="characters in the cell")
    parser.add_argument("--time-budget", type=float, default=None, help="seconds per record")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the code to run")
    parser.add_argument("--limit", type=float, default=600, help="give up after this long")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        export, out = Path(folder) / "export.csv", Path(folder) / "out.jsonl"
        with export.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "text"])
            writer.writerow(["A", "Seen with the OT. She is managing well."])
            writer.writerow(["B", big_cell(args.size)])
            writer.writerow(["C", "Seen by the GP about her medication."])
        command = [sys.executable, "-m", "recordlint", "check", str(export)]
        command += ["--format", "jsonl", "-o", str(out), "--max-size", "50"]
        if args.time_budget is not None:
            command += ["--time-budget", str(args.time_budget)]
        env = {**os.environ, "PYTHONPATH": str(args.src.resolve())}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True,
                                  timeout=args.limit)  # fmt: skip
            status: int | str = done.returncode
            stderr = done.stderr
        except subprocess.TimeoutExpired as expired:
            status, stderr = f"still running after {args.limit:g} s (stopped)", str(expired.stderr)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        rows = (
            [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            if out.exists()
            else []
        )

    print(f"code:        {args.src}")
    print(f"big cell:    {args.size:,} characters")
    print(f"wall time:   {wall:.1f} s")
    print(f"CPU time:    {cpu:.1f} s (the command and its workers)")
    print(f"exit status: {status}")
    print(f"rows:        {len(rows)}")
    for row in rows:
        said = row["errors"][0] if row["errors"] else f"{len(row['findings'])} findings"
        print(f"  {row['id']}: {said}")
    for line in (stderr or "").splitlines()[-5:]:
        print(f"  stderr: {line}")


if __name__ == "__main__":
    main()
