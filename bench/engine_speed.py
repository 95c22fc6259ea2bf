"""The engine's speed beside spaCy's own, measured side by side in one run.

    python bench/engine_speed.py [CORPUS_DIR ...] [--repeat N]

Prints, for the same paragraphs, wall time, CPU time and words per second of:

* spaCy's full pipeline through ``nlp.pipe`` (every component the model ships),
* every default rule through ``Linter.lint_many``,
* the acronym rules alone,

and the ratios of the two recordlint passes to spaCy, then the cold start of
``recordlint check`` on one note. Every timed pass runs in a fresh process, so no cache a
pass fills (paragraph results, syllable counts, spelling verdicts) helps a later one; the
machine may be shared, so compare the ratios of one run rather than absolute numbers, and
prefer CPU time; with ``--repeat`` the passes take turns and the medians are printed.

Both sides are warmed up before their timers start, so that once-per-process costs are not
billed to throughput: spaCy pipes the first five paragraphs, and recordlint runs
``Linter.warm_up(on_demand=True)`` (the model, Harper, the components some records ask for
and the patterns the rules build on first use). Those costs are what the cold start,
measured last and by ``bench/cold_start.py``, is about.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def corpus_texts(folders: list[str]) -> list[str]:
    return [
        path.read_text(encoding="utf-8")
        for folder in folders
        for path in sorted(Path(folder).glob("*.txt"))
    ]


def word_count(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def time_spacy(texts: list[str]) -> tuple[float, float]:
    import spacy

    from recordlint.nlp import DEFAULT_MODEL, FALLBACK_MODELS
    from recordlint.text import paragraphs

    name = next(n for n in (DEFAULT_MODEL, *FALLBACK_MODELS) if spacy.util.is_package(n))
    nlp = spacy.load(name)
    blocks = [block.text for text in texts for block in paragraphs(text)]
    list(nlp.pipe(blocks[:5]))  # warm up
    wall, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(blocks, batch_size=64):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def time_linter(
    texts: list[str], select: list[str] | None, extra: dict[str, object] | None = None
) -> tuple[float, float]:
    from recordlint import Config, Linter
    from recordlint.config import options_from_mapping

    raw: dict[str, object] = {"select": select} if select else {}
    raw.update(extra or {})
    linter = Linter(Config(options_from_mapping(raw, "bench")))
    # Loaded before the timer, as spaCy's side is warmed up first: the model, Harper, the
    # components some records ask for and the patterns the rules build on first use.
    linter.warm_up(on_demand=True)
    wall, cpu = time.perf_counter(), time.process_time()
    for _report in linter.lint_many((text, None, None) for text in texts):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


PASSES = {
    "spacy": lambda texts: time_spacy(texts),
    "default": lambda texts: time_linter(texts, None),
    "acronym": lambda texts: time_linter(texts, ["acronym"]),
    # Every default rule with the sentence model switched on: its cost is the difference.
    "model": lambda texts: time_linter(texts, None, {"sentence-model": {"enabled": True}}),
}


def run_pass(name: str, folders: list[str]) -> tuple[float, float]:
    """Run one pass in a fresh process and return its (wall, cpu) seconds."""
    result = subprocess.run(
        [sys.executable, __file__, "--one-pass", name, *folders],
        capture_output=True,
        text=True,
        check=True,
    )
    wall, cpu = json.loads(result.stdout.strip().splitlines()[-1])
    return wall, cpu


def cold_start(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of ``recordlint check`` on the first record, in a new process."""
    import resource

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "note.txt"
        path.write_text(texts[0], encoding="utf-8")
        exe = Path(sys.executable).with_name("recordlint")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [str(exe), "check", str(path), "--fail-on", "never"], capture_output=True, check=True
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--one-pass":
        texts = corpus_texts(sys.argv[3:])
        print(json.dumps(PASSES[sys.argv[2]](texts)))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="*", default=["corpus", "corpus-holdout"])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    texts = corpus_texts(args.corpus)
    words = word_count(texts)
    print(f"text: {len(texts)} records, {words:,} words")
    # The passes take turns, so a change in the machine's load during the run falls on
    # every pass alike rather than on whichever ran last.
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in PASSES}
    for _ in range(args.repeat):
        for name in PASSES:
            runs[name].append(run_pass(name, args.corpus))
    results: dict[str, tuple[float, float]] = {}
    for name in PASSES:
        results[name] = (
            statistics.median(w for w, _ in runs[name]),
            statistics.median(c for _, c in runs[name]),
        )
        wall, cpu = results[name]
        print(
            f"{name:8} wall {wall:7.2f} s  cpu {cpu:7.2f} s  "
            f"{words / wall:9,.0f} words/s (wall)  {words / cpu:9,.0f} words/s (cpu)"
        )
    spacy_wall, spacy_cpu = results["spacy"]
    for name in ("default", "acronym"):
        wall, cpu = results[name]
        print(f"{name} / spaCy full: {spacy_wall / wall:.2f}x (wall), {spacy_cpu / cpu:.2f}x (cpu)")
    model_cpu = results["model"][1] - results["default"][1]
    print(f"sentence model: {model_cpu:+.2f} s cpu, {model_cpu / results['default'][1]:+.1%} "
          "of the default pass")  # fmt: skip
    wall, cpu = cold_start(texts)
    print(f"cold start, `recordlint check` on one note: wall {wall:.2f} s, cpu {cpu:.2f} s")


if __name__ == "__main__":
    main()
