"""Cold start of ``recordlint check`` on one short record, in fresh processes.

    python bench/cold_start.py [--runs N] [--top N] [--phases N] [--baseline SRC] [RECORD]

Runs ``python -m recordlint check RECORD`` N times (default 5), each in a new process, twice
over: with the default rules, and with only the rules that need no language model (what
``--select`` of those codes costs). Prints the median wall time and the median CPU time of
the child (user and system, from the kernel's accounting of the finished process and the
worker it forks), then, from one run under ``python -X importtime``, the modules whose own
import cost most and the packages they add up to. Figures are printed, not asserted. On a
busy machine the wall time mostly measures the other processes, and even the CPU time grows
with the load (cores and caches are shared): compare runs made at a similar load average,
which is printed with them.

With ``--phases N`` it then runs the steps of a check one after another in N more fresh
processes, and prints each step's median wall and CPU time (the CPU of the thread that ran
it): the imports, spaCy's import, the model's load, the first lint (which reads the word
lists and dictionaries the rules use) and the record's own lint, with the rules' own loads
(Harper) on a second thread, started as soon as the configuration is read, as the command
starts them. The time from the start of the
process to the first step (the interpreter itself) is printed as its first line.

With ``--baseline SRC`` (the ``src`` folder of another copy of recordlint, say main's) every
timing is made for both copies, one run of each in turn so that a change of load touches
both alike, and the figures are printed side by side; the other figures (the import list)
are this copy's.

Rule modules are imported with ``importlib.import_module``, which ``-X importtime`` does not
report one by one: their cost shows as the own time of ``recordlint.rules``. The runs write
and read bytecode even where ``PYTHONDONTWRITEBYTECODE`` is set, as an installed copy does:
compiling recordlint's source at every start is no user's cold start.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RECORD = ROOT / "corpus" / "n001.txt"
_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


@dataclass(frozen=True)
class Timing:
    wall_s: float
    cpu_s: float


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child_environment(source: Path | None = None) -> dict[str, str]:
    """This environment, but with bytecode written and read, as an installed copy has it:
    without it every run compiles recordlint's source again, which no user pays for. With
    ``source``, recordlint is imported from that ``src`` folder."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if source is not None:
        environment["PYTHONPATH"] = str(source)
    return environment


def one_run(command: list[str], source: Path | None = None) -> Timing:
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_environment(source),
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):  # 1 means findings, which a record may well have
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return Timing(wall, _children_cpu() - cpu_before)


def model_free_codes() -> list[str]:
    """Codes of the default rules that need no language model."""
    from recordlint.api import Linter
    from recordlint.nlp import needs_spacy

    return sorted(rule.code for rule in Linter().rules if not needs_spacy(rule.needs))


def import_costs(command: list[str]) -> list[tuple[str, int, int, int]]:
    """(module, own µs, cumulative µs, depth) for each import of one run."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command[1:]],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_environment(),
        check=False,
    )
    rows = []
    for line in done.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match:
            own, cumulative, indent, module = match.groups()
            rows.append((module, int(own), int(cumulative), len(indent) // 2))
    return rows


def print_import_costs(rows: list[tuple[str, int, int, int]], top: int) -> None:
    print(f"\nImports of one run (-X importtime; own and cumulative ms), top {top} by own time:")
    for module, own, cumulative, _ in sorted(rows, key=lambda row: -row[1])[:top]:
        print(f"  {own / 1000:7.1f} {cumulative / 1000:8.1f}  {module}")
    by_package: dict[str, int] = {}
    for module, own, _, _ in rows:
        package = module.split(".")[0]
        by_package[package] = by_package.get(package, 0) + own
    print(f"Own import time summed by top-level package, top {top}:")
    for package, own in sorted(by_package.items(), key=lambda item: -item[1])[:top]:
        print(f"  {own / 1000:7.1f}  {package}")
    total = sum(own for _, own, _, _ in rows)
    print(f"  {total / 1000:7.1f}  all {len(rows)} imports")


# Run in a fresh process by --phases: the steps of a check, each timed where it runs.
_PHASES = """
import json, sys, threading, time
def stamp():
    return time.perf_counter(), time.thread_time()
steps = []
def step(name, started):
    wall, cpu = stamp()
    steps.append((name, wall - started[0], cpu - started[1]))
    return wall, cpu
started_at = stamp()
at = started_at
from recordlint.cli import start_up
start_up.pause()  # as the command does
from recordlint.cli import check  # noqa: F401  (the command's imports are the point)
from recordlint.cli.options import resolve_config
config = resolve_config(None, sys.argv[1])
at = step("import the command, read the configuration", at)
from recordlint.rules import early_loads
loads = early_loads(config)  # as start_up.start_rule_loads does, before the linter's import
def load_rules():
    begun = stamp()
    for load in loads:
        load(config)
    step("rules' own loads (second thread)", begun)
    steps[-1] = (*steps[-1], time.perf_counter() - started_at[0])
helper = threading.Thread(target=load_rules)
helper.start()
from recordlint.api import Linter
linter = Linter(config)
at = step("import the linter and the rules", at)
from recordlint.spacy_import import import_spacy
import_spacy()
at = step("import spaCy", at)
linter.nlp
at = step("load the model", at)
linter.lint("Warm up.")
at = step("first lint (word lists, dictionaries)", at)
helper.join()
at = step("wait for the second thread", at)
linter.lint(open(sys.argv[1], encoding="utf-8").read())
at = step("lint the record", at)
print("PHASES " + json.dumps([started_at[0], time.time(), steps]))
"""


def phases(record: Path, runs: int, sources: dict[str, Path | None]) -> None:
    """Median wall and CPU time of each step of a check, over ``runs`` fresh processes of
    each copy in ``sources`` (label: its ``src`` folder), one of each in turn."""
    by_step: dict[str, dict[str, list[tuple[float, float]]]] = {}
    ends: dict[str, list[float]] = {label: [] for label in sources}
    starts: dict[str, list[float]] = {label: [] for label in sources}
    for _ in range(runs):
        for label, source in sources.items():
            launched = time.time()
            done = subprocess.run(
                [sys.executable, "-c", _PHASES, str(record)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=child_environment(source),
                check=False,
            )
            lines = [line for line in done.stdout.splitlines() if line.startswith("PHASES ")]
            if not lines:
                raise SystemExit(f"the steps did not run:\n{done.stderr}")
            _, finished, steps = json.loads(lines[-1].removeprefix("PHASES "))
            wall_total = sum(wall for name, wall, *_ in steps if "second thread)" not in name)
            starts[label].append(finished - launched - wall_total)
            for name, wall, cpu, *end in steps:
                by_step.setdefault(name, {}).setdefault(label, []).append((wall, cpu))
                if end:
                    ends[label].append(end[0])
    print(f"\nSteps of one check, {runs} fresh processes (median wall and CPU, s):")
    print("  " + "   ".join(f"{label[:11]:>11s}" for label in sources))
    print("  " + "   ".join(f"{'wall   CPU':>11s}" for _ in sources))
    start_up = "   ".join(f"{statistics.median(starts[label]):5.2f}      " for label in sources)
    print(f"  {start_up}    starting the process and the interpreter")
    main_thread: dict[str, list[float]] = {label: [0.0, 0.0] for label in sources}
    for name, timings_by_source in by_step.items():
        cells = []
        for label in sources:
            timings = timings_by_source[label]
            wall = statistics.median(t[0] for t in timings)
            cpu = statistics.median(t[1] for t in timings)
            cells.append(f"{wall:5.2f} {cpu:5.2f}")
            if "second thread)" not in name:
                main_thread[label][0] += wall
                main_thread[label][1] += cpu
        print(f"  {'   '.join(cells)}    {name}")
    totals = "   ".join(f"{wall:5.2f} {cpu:5.2f}" for wall, cpu in main_thread.values())
    print(f"  {totals}    the command's own thread, the medians added up")
    for label, ended in ends.items():
        if ended:
            print(
                f"  {label}: the second thread ended {statistics.median(ended):.2f} s "
                "after the first step began"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("record", nargs="?", type=Path, default=DEFAULT_RECORD)
    parser.add_argument("--runs", type=int, default=5, help="0 times only the steps")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument(
        "--phases", type=int, default=0, metavar="N", help="time each step in N processes"
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        metavar="SRC",
        help="time the copy of recordlint in this src folder too, side by side",
    )
    args = parser.parse_args()
    sources: dict[str, Path | None] = {"this copy": None}
    if args.baseline is not None:
        sources = {"this copy": ROOT / "src", "baseline": args.baseline.resolve()}

    base = [sys.executable, "-m", "recordlint", "check", str(args.record.resolve())]
    codes = model_free_codes()
    variants = {
        "default rules": base,
        f"{len(codes)} rules without the model": [*base, "--select", ",".join(codes)],
    }
    print(f"{args.record.name}, {args.runs} fresh processes each, {os.cpu_count()} cores")
    print(f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for label, command in variants.items() if args.runs > 0 else ():
        timings: dict[str, list[Timing]] = {name: [] for name in sources}
        for source in sources.values():
            one_run(command, source)  # the first run after an edit writes bytecode and caches
        for _ in range(args.runs):
            for name, source in sources.items():
                timings[name].append(one_run(command, source))
        for name, made in timings.items():
            wall = statistics.median(t.wall_s for t in made)
            cpu = statistics.median(t.cpu_s for t in made)
            spread = f"{min(t.wall_s for t in made):.2f}-{max(t.wall_s for t in made):.2f}"
            shown = f"{label} ({name})" if len(sources) > 1 else label
            print(f"{shown:48s} median wall {wall:5.2f} s ({spread})  median CPU {cpu:5.2f} s")
    print(f"load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.runs > 0:
        print_import_costs(import_costs(base), args.top)
    if args.phases:
        phases(args.record.resolve(), args.phases, sources)


if __name__ == "__main__":
    main()
