"""Batch throughput and memory: `recordlint check EXPORT --format jsonl` on synthetic exports.

Prints records and words per second with one job and with two, peak memory (the whole
process tree) at two export sizes, and spaCy's own ``nlp.pipe`` speed on the same paragraphs
with the same components, for comparison. Not a test: it prints figures.

    python bench/batch_throughput.py                      # 50,000 records; 10,000 and 100,000
    python bench/batch_throughput.py --records 2000 --memory-sizes 1000,10000

Records are corpus texts with names, times and dates varied per paragraph, so no two
paragraphs repeat and the linter's paragraph cache cannot flatter the figures.
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SURNAMES = [
    "Okafor",
    "Lovell",
    "Baines",
    "Quinn",
    "Hale",
    "Ford",
    "Patel",
    "Nowak",
    "Reid",
    "Evans",
    "Shah",
    "Murphy",
    "Kowalski",
    "Adeyemi",
    "Clarke",
    "Hughes",
    "Begum",
    "Fraser",
    "Jones",
    "Wright",
    "Ahmed",
    "Byrne",
    "Lewis",
    "Price",
    "Rossi",
]
TITLES = ["Mr", "Mrs", "Ms", "Miss"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TEAMS = ["North", "South", "East", "West", "Hospital", "Reablement"]


def corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def varied(text: str, rng: random.Random) -> str:
    """The text with a different person and a time and date added to every paragraph."""
    surname = rng.choice(SURNAMES)
    for title in TITLES:
        for name in SURNAMES:
            text = text.replace(f"{title} {name}", f"{title} {surname}")
    paragraphs = text.split("\n\n")
    out = []
    for paragraph in paragraphs:
        if len(paragraph.split()) > 6:
            stamp = (
                f" (noted at {rng.randrange(8, 18):02d}:{rng.randrange(60):02d} on "
                f"{rng.randrange(1, 29)} {rng.choice(MONTHS)})"
            )
            paragraph = paragraph.rstrip() + stamp
        out.append(paragraph)
    return "\n\n".join(out)


def generate(path: Path, count: int, seed: int = 1) -> int:
    """Write an export of ``count`` records; returns the number of words in their texts."""
    rng = random.Random(seed)
    texts = corpus_texts()
    words = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "team", "author", "contact_date", "recorded_date"])
        for number in range(count):
            text = varied(texts[number % len(texts)], rng)
            words += len(text.split())
            month = rng.randrange(1, 13)
            day = rng.randrange(1, 26)
            writer.writerow(
                [
                    f"R{number:06d}",
                    text,
                    rng.choice(TEAMS),
                    f"Worker {rng.randrange(40)}",
                    f"2025-{month:02d}-{day:02d}",
                    f"2025-{month:02d}-{day + rng.choice((0, 1, 2, 4)):02d}",
                ]
            )
    return words


def run_check(export: Path, jobs: int, extra: list[str]) -> tuple[float, int]:
    """Seconds taken and the peak memory (bytes, all processes together) of one check run."""
    output = export.with_suffix(f".j{jobs}.jsonl")
    command = [
        sys.executable,
        "-m",
        "recordlint",
        "check",
        str(export),
        "--format",
        "jsonl",
        "--output",
        str(output),
        "--jobs",
        str(jobs),
        "--fail-on",
        "never",
        *extra,
    ]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        parent = psutil.Process(process.pid)
        while not done.is_set():
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, errors = process.communicate()
    done.set()
    watcher.join()
    elapsed = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"check failed ({process.returncode}): {errors.decode()[-2000:]}")
    output.unlink(missing_ok=True)
    return elapsed, peak


def spacy_pipe_speed(export: Path, limit: int) -> tuple[float, int]:
    """Seconds and words for spaCy's nlp.pipe over the paragraphs of the first records, with
    the components the default rules load."""
    from recordlint import Linter
    from recordlint.text import paragraphs

    nlp = Linter().nlp
    with export.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    blocks = [b.text for row in rows for b in paragraphs(row["text"])]
    words = sum(len(row["text"].split()) for row in rows)
    started = time.perf_counter()
    for _ in nlp.pipe(blocks, batch_size=64):
        pass
    return time.perf_counter() - started, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000, help="export size for speed")
    parser.add_argument(
        "--memory-sizes",
        default="10000,100000",
        help="export sizes for peak memory, comma-separated",
    )
    parser.add_argument("--jobs", default="1,2", help="job counts to time, comma-separated")
    parser.add_argument("--select", default=None, help="rules to run (default: all)")
    args = parser.parse_args()
    extra = ["--select", args.select] if args.select else []
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "export.csv"
        words = generate(export, args.records)
        print(
            f"export: {args.records:,} records, {words:,} words"
            f" ({words / args.records:.0f} words a record)"
        )
        timings = {}
        for jobs in (int(j) for j in args.jobs.split(",")):
            seconds, peak = run_check(export, jobs, extra)
            timings[jobs] = seconds
            print(
                f"--jobs {jobs}: {seconds:7.1f} s  {args.records / seconds:7.1f} records/s  "
                f"{words / seconds:8.0f} words/s  peak {peak / 2**20:.0f} MiB"
            )
        if 1 in timings and 2 in timings:
            print(f"two jobs / one job: {timings[1] / timings[2]:.2f}x")
        pipe_seconds, pipe_words = spacy_pipe_speed(export, min(args.records, 2000))
        pipe_speed = pipe_words / pipe_seconds
        line = f"spaCy nlp.pipe alone, one core: {pipe_speed:8.0f} words/s"
        if 1 in timings:
            line += f"  (one lint job runs at {words / timings[1] / pipe_speed:.2f}x its speed)"
        print(line)
        for size in (int(s) for s in args.memory_sizes.split(",") if s):
            sized = Path(folder) / f"export-{size}.csv"
            generate(sized, size, seed=size)
            seconds, peak = run_check(sized, max(timings or {1: 0}), extra)
            print(
                f"{size:>7,} records: peak memory {peak / 2**20:6.0f} MiB (all processes), "
                f"{seconds:.0f} s"
            )
            sized.unlink()


if __name__ == "__main__":
    main()
