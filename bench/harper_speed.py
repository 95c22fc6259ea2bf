"""What Harper costs RL452: start-up, checking speed, and the whole rule through the engine.

Prints wall and CPU time for: importing harper, building the one British English Harper
linter a process keeps, checking the real texts' prose (every split but the holdout, which
is kept for measuring precision only) with the allowlisted checks, linting
the real texts with RL452 alone through ``Linter`` (cold, then from the paragraph cache),
and linting them with every default rule, with and without RL452. Each timing is the best
of ``--repeat`` runs, except start-up, which happens once.

    python bench/harper_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[T, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def best_of(repeat: int, action: Callable[[], object]) -> tuple[float, float]:
    runs = [timed(action)[1:] for _ in range(repeat)]
    return min(wall for wall, _ in runs), min(cpu for _, cpu in runs)


def report(label: str, wall: float, cpu: float, words: int | None = None) -> None:
    rate = f"  {words / wall:>10,.0f} words/s" if words else ""
    print(f"{label:44} wall {wall * 1000:9.1f} ms  CPU {cpu * 1000:9.1f} ms{rate}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sources = tomllib.loads((ROOT / "corpus/real/sources.toml").read_text())["text"]
    texts = [
        (ROOT / "corpus/real" / f"{entry['id']}.txt").read_text()
        for entry in sources
        if entry["split"] != "holdout"
    ]
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} real texts, {words:,} words\n")

    _, wall, cpu = timed(lambda: __import__("harper"))
    report("import harper", wall, cpu)
    from recordlint.offline_grammar import harper_issues, shared_harper

    linter, wall, cpu = timed(shared_harper)
    report("build the Harper linter (once per process)", wall, cpu)

    wall, cpu = best_of(args.repeat, lambda: [harper_issues(text, linter) for text in texts])
    report("Harper on the prose, allowlisted checks", wall, cpu, words)

    from recordlint import Config, Linter
    from recordlint.config import options_from_mapping

    def engine() -> Linter:
        return Linter(Config(options_from_mapping({"select": ["RL452"]}, "bench")))

    def lint_all(rl_linter: Linter) -> None:
        for text in texts:
            rl_linter.lint(text)

    wall, cpu = best_of(args.repeat, lambda: lint_all(engine()))
    report("RL452 alone through Linter, cold cache", wall, cpu, words)
    warm = engine()
    lint_all(warm)
    wall, cpu = best_of(args.repeat, lambda: lint_all(warm))
    report("RL452 alone through Linter, cached", wall, cpu, words)

    # Every default rule, with and without RL452. Both passes first run once untimed, so
    # the process-wide caches other rules keep favour neither; each timed pass then starts
    # with an empty paragraph cache.
    def defaults(ignore: list[str]) -> Linter:
        return Linter(Config(options_from_mapping({"ignore": ignore}, "bench")))

    # The two kinds of pass alternate, so a busy machine slows both alike.
    variants = {"all default rules without RL452": ["RL452"], "all default rules": []}
    for ignore in variants.values():
        lint_all(defaults(ignore))
    runs: dict[str, list[tuple[float, float]]] = {label: [] for label in variants}
    for _ in range(args.repeat):
        for label, ignore in variants.items():
            runs[label].append(timed(lambda ignore=ignore: lint_all(defaults(ignore)))[1:])
    print()
    for label, timings in runs.items():
        report(label, min(w for w, _ in timings), min(c for _, c in timings), words)


if __name__ == "__main__":
    main()
