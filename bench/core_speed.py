"""Words per second for `recordlint check` against spaCy's own full pipeline, cold start
time on one 300-word note, and peak memory.

    python bench/core_speed.py [CORPUS_DIR] [--repeat N]

Both are measured in this one run over the same text: the corpus records, split into the
paragraphs recordlint analyses. Each timed pass, spaCy's and recordlint's, runs in a fresh
process, so nothing an earlier pass cached is reused, and each side is warmed up before its
timer starts (spaCy on the first five paragraphs, recordlint with
``Linter.warm_up(on_demand=True)``), so once-per-process costs fall on the cold start, not
on the throughput. Every rate is given by wall time and by CPU time (the process's own
user and system time): on a shared machine the CPU figures are the ones to compare.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLAIN_LANGUAGE = ("acronym", "jargon", "readability", "spelling")


def corpus_texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def word_count(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def spacy_full(texts: list[str], repeat: int) -> tuple[float, float]:
    """Median words per second by wall time and by CPU time over ``repeat`` runs, each in a
    fresh process.

    A second pass in the same process would find every word in the tokenizer's cache and
    the vocabulary (about a tenth faster), which recordlint's passes, each in a fresh
    process, never do.
    """
    times, cpu_times = [], []
    for _ in range(repeat):
        result = subprocess.run(
            [sys.executable, __file__, "--spacy-pass", CORPUS_ARG[0]],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        seconds, cpu_seconds = result.stdout.strip().splitlines()[-1].split()
        times.append(float(seconds))
        cpu_times.append(float(cpu_seconds))
    words = word_count(texts)
    return words / statistics.median(times), words / statistics.median(cpu_times)


def spacy_pass(corpus: Path) -> None:
    """Load spaCy's full pipeline, warm it up on the first paragraphs, then time one pass."""
    import spacy

    from recordlint.nlp import DEFAULT_MODEL, FALLBACK_MODELS
    from recordlint.text import paragraphs

    name = next(n for n in (DEFAULT_MODEL, *FALLBACK_MODELS) if spacy.util.is_package(n))
    nlp = spacy.load(name)
    blocks = [b.text for t in corpus_texts(corpus) for b in paragraphs(t)]
    list(nlp.pipe(blocks[:5]))  # warm up
    start, cpu_start = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(blocks, batch_size=64):
        pass
    print(f"{time.perf_counter() - start} {time.process_time() - cpu_start}")


def recordlint_speed(
    texts: list[str], repeat: int, select: tuple[str, ...]
) -> tuple[float, float, str]:
    """Median words per second by wall time and by CPU time over ``repeat`` runs, each in a
    fresh process.

    Rules keep process-wide caches keyed on paragraph text (syllable counts, the voice
    rule's parses, spelling verdicts); a second pass in the same process would reuse them
    and overstate the speed, so every timed pass starts cold but for the loaded model.
    """
    rates, cpu_rates, components = [], [], ""
    for _ in range(repeat):
        result = subprocess.run(
            [sys.executable, __file__, "--one-pass", json.dumps(select), CORPUS_ARG[0]],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        seconds, cpu_seconds, components = result.stdout.strip().splitlines()[-1].split(" ", 2)
        rates.append(word_count(texts) / float(seconds))
        cpu_rates.append(word_count(texts) / float(cpu_seconds))
    return statistics.median(rates), statistics.median(cpu_rates), components


def one_pass(select: tuple[str, ...], corpus: Path) -> None:
    """Load the model and the rules, and what they load on first use, on an unrelated text
    (``Linter.warm_up(on_demand=True)``), then time one pass over the corpus."""
    from recordlint import Config, Linter
    from recordlint.config import options_from_mapping

    texts = corpus_texts(corpus)
    config = Config(options_from_mapping({"select": list(select)}, "bench"))
    linter = Linter(config)
    linter.warm_up(on_demand=True)
    start, cpu_start = time.perf_counter(), time.process_time()
    for _report in linter.lint_many((t, None, None) for t in texts):
        pass
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(f"{wall} {cpu} {','.join(linter.nlp.pipe_names)}")


def cold_start(note: str) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MB) of one `recordlint check`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "note.txt"
        path.write_text(note, encoding="utf-8")
        exe = Path(sys.executable).with_name("recordlint")
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
        start = time.perf_counter()
        subprocess.run([str(exe), "check", str(path), "--fail-on", "never"],
                       capture_output=True, check=True)  # fmt: skip
        elapsed = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = usage.ru_utime + usage.ru_stime - cpu_before
    return elapsed, cpu, max(usage.ru_maxrss, before) / 1024


def three_hundred_words(texts: list[str]) -> str:
    words: list[str] = []
    for text in texts:
        words += text.split()
        if len(words) >= 300:
            break
    return " ".join(words[:300])


CORPUS_ARG: list[str] = ["corpus"]


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--one-pass":
        one_pass(tuple(json.loads(sys.argv[2])), Path(sys.argv[3]))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--spacy-pass":
        spacy_pass(Path(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default="corpus")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    CORPUS_ARG[0] = args.corpus
    texts = corpus_texts(Path(args.corpus))
    print(f"text: {len(texts)} records, {word_count(texts):,} words")
    elapsed, cpu, peak_mb = cold_start(three_hundred_words(texts))
    print(f"cold start, `recordlint check` on a 300-word note: {elapsed:.2f} s wall, "
          f"{cpu:.2f} s CPU, peak memory {peak_mb:.0f} MB")  # fmt: skip
    full, full_cpu = spacy_full(texts, args.repeat)
    print(f"spaCy full pipeline (nlp.pipe):   {full:8,.0f} words/s wall, {full_cpu:8,.0f} CPU")
    runs = (
        ("plain-language rules", PLAIN_LANGUAGE),
        ("acronym rules alone", ("acronym",)),
        ("every rule", ("ALL",)),
    )
    for label, select in runs:
        rate, cpu_rate, components = recordlint_speed(texts, args.repeat, select)
        print(f"recordlint, {label + ':':<22}{rate:8,.0f} words/s wall, {cpu_rate:8,.0f} CPU "
              f"({rate / full:.2f}x spaCy wall, {cpu_rate / full_cpu:.2f}x CPU; "
              f"components: {components})")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this benchmark process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
