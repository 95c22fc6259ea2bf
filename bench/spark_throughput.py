"""Spark against the CLI on the same export: `recordlint spark` in local[1] and local[2]
beside `recordlint check --jobs 1` and `--jobs 2`. Not a test: it prints figures.

    python bench/spark_throughput.py                 # 600 records
    python bench/spark_throughput.py --records 2000

Each run is a fresh process, timed end to end (wall) and by the CPU time of its reaped
children. For `check` that is every worker; Spark's Python workers are children of its JVM
daemon and are not reaped through this process, so a Spark run's CPU column is shown as
"n/a" rather than as a misleadingly small number. Spark's start-up (a JVM, then one model
load per Python worker) is in the figures: on small exports it dominates, as it does on a
cluster for small jobs.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_throughput import generate  # a sibling script, not a package


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command and everything it started."""
    cpu, wall = children_cpu(), time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - wall, children_cpu() - cpu


def rows_written(output: Path) -> int:
    if output.is_dir():
        return sum(len(p.read_text().splitlines()) for p in output.glob("part-*.json"))
    return len(output.read_text().splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=600)
    args = parser.parse_args()
    recordlint = [sys.executable, "-m", "recordlint"]
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "export.csv"
        words = generate(export, args.records)
        print(f"{args.records:,} records, {words:,} words; all default rules")
        print(f"{'run':<26} {'wall s':>8} {'CPU s':>8} {'records/s':>10} {'rows':>6}")
        runs = {
            "check --jobs 1": ["check", str(export), "--format", "jsonl", "--jobs", "1"],
            "check --jobs 2": ["check", str(export), "--format", "jsonl", "--jobs", "2"],
            "spark local[1]": ["spark", str(export), "--master", "local[1]"],
            "spark local[2]": ["spark", str(export), "--master", "local[2]"],
        }
        results = {}
        for name, command in runs.items():
            output = Path(folder) / f"{name.replace(' ', '_')}.jsonl"
            shutil.rmtree(output, ignore_errors=True)
            output.unlink(missing_ok=True)
            extra = ["--output", str(output), "--fail-on", "never"] if command[0] == "check" else [
                str(output), "--output-format", "jsonl"]  # fmt: skip
            wall, cpu = timed([*recordlint, *command, *extra])
            rows = rows_written(output) if output.exists() else 0
            results[name] = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "rows": rows}
            shown_cpu = "n/a" if command[0] == "spark" else f"{cpu:.1f}"
            print(f"{name:<26} {wall:>8.1f} {shown_cpu:>8} {args.records / wall:>10.1f} {rows:>6}")
        base = results["spark local[1]"]["wall_s"]
        print(f"local[2] speed-up over local[1]: {base / results['spark local[2]']['wall_s']:.2f}x")
        print(json.dumps(results))


if __name__ == "__main__":
    main()
