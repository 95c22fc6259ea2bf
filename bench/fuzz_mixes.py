"""Lint random mixes of record fragments in a child process; count crashes, rule errors,
exceptions, findings that misquote the text, and text left unchecked.

    python bench/fuzz_mixes.py [-n 400] [--seed 1] [--show 3]

A segmentation fault kills the process it happens in, so the linting runs in a child
process; when the child dies, the record it was on is reported as a crash and a fresh child
carries on with the next one. Every record is linted once per kind of record, with the
default rules. Prints the counts and the CPU and wall time the child used.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.record_fragments import random_mix  # noqa: E402


def child() -> None:
    """Read records (JSON lines) from stdin; write one JSON line of results per record."""
    import resource

    from recordlint import Linter
    from recordlint.findings import RecordKind

    linter = Linter()
    for line in sys.stdin:
        text = json.loads(line)
        result = {"exception": None, "errors": 0, "misquoted": 0, "unchecked": 0, "chars": 0}
        for kind in RecordKind:
            try:
                report = linter.lint(text, kind=kind)
            except Exception as error:
                result["exception"] = f"{type(error).__name__}: {error}"
                continue
            result["errors"] += len(report.errors)
            result["misquoted"] += sum(f.text != text[f.start : f.end] for f in report.findings)
            result["unchecked"] += report.metrics.get("unchecked_chars", 0)
            result["chars"] += len(text)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["cpu"] = usage.ru_utime + usage.ru_stime
        print(json.dumps(result), flush=True)


def run(texts: list[str]) -> tuple[list[dict | None], float]:
    """Results per text (None where the child died on it), and the children's CPU time."""
    results: list[dict | None] = []
    cpu = 0.0
    while len(results) < len(texts):
        remaining = texts[len(results) :]
        # The records go through a file, not a pipe: a child that dies mid-way must not
        # break the parent's writing.
        with tempfile.TemporaryFile("w+", encoding="utf-8") as records:
            records.writelines(json.dumps(t) + "\n" for t in remaining)
            records.seek(0)
            process = subprocess.Popen(
                [sys.executable, __file__, "--child"],
                stdin=records,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
            assert process.stdout is not None
            last_cpu = 0.0
            for line in process.stdout:
                result = json.loads(line)
                last_cpu = result["cpu"]
                results.append(result)
            process.wait()
        cpu += last_cpu
        if process.returncode != 0 and len(results) < len(texts):
            results.append(None)  # the child died on this record
    return results, cpu


def main() -> None:
    if "--child" in sys.argv:
        child()
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=400, help="how many random mixes (400)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3, help="crashing records to print")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = [random_mix(rng) for _ in range(args.n)]
    wall = time.perf_counter()
    results, cpu = run(texts)
    wall = time.perf_counter() - wall
    crashed = [texts[i] for i, r in enumerate(results) if r is None]
    done = [r for r in results if r is not None]
    raised = [r["exception"] for r in done if r["exception"]]
    with_errors = sum(1 for r in done if r["errors"])
    misquoted = sum(r["misquoted"] for r in done)
    unchecked = sum(r["unchecked"] for r in done)
    chars = sum(r["chars"] for r in done) or 1
    print(f"records: {len(texts)} random fragment mixes x 4 kinds (seed {args.seed})")
    print(f"crashes (child process died): {len(crashed)}")
    print(f"lint() raised: {len(raised)}")
    print(f"records with rule errors in the report: {with_errors}")
    print(f"findings whose text is not text[start:end]: {misquoted}")
    print(f"unchecked text (reported in metrics): {unchecked} of {chars} chars "
          f"({100 * unchecked / chars:.1f}%)")  # fmt: skip
    print(f"time: {cpu:.1f} s CPU, {wall:.1f} s wall")
    for text in crashed[: args.show]:
        print("crashed on:", ascii(text))
    for message in raised[: args.show]:
        print("raised:", message)


if __name__ == "__main__":
    main()
