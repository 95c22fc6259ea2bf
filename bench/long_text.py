"""Time per character for long texts of a few awkward shapes: linear time means a flat column.

    python bench/long_text.py [--max-size 5000000] [--shapes prose,word,quotes,line]

Shapes, each from 1 KB up to ``--max-size`` (1 KB, 10 KB, 100 KB, 1 MB, 5 MB):

- prose: ordinary case-note paragraphs, each one different (the linter caches repeated
  paragraphs, which would flatter it);
- word: a letter whose body is one huge unknown word;
- quotes: thousands of quotation marks of every kind, some never closed;
- line: one very long line of words with no line break and no full stop.

Also times the record from the issue tracker, ``"Dear Mrs Khan,\\n\\"I" + "x" * 3000``, which
must lint in under a second. Default rules throughout; CPU and wall time per text, and
microseconds of CPU per character.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

SIZES = (1_000, 10_000, 100_000, 1_000_000, 5_000_000)

_SENTENCES = (
    "Visited Mrs Khan at home on the {n}th and she said she wants to stay here.",
    "Her daughter rang the duty team about the rails in the bathroom (call {n}).",
    "The occupational therapist will assess the stairs; review booked for week {n}.",
    "He told me “I manage fine” and showed me his kitchen, which was clean.",
)


def prose(size: int) -> str:
    parts: list[str] = []
    length = n = 0
    while length < size:
        sentence = _SENTENCES[n % len(_SENTENCES)].format(n=n)
        parts.append(sentence + ("\n\n" if n % 6 == 5 else " "))
        length += len(parts[-1])
        n += 1
    return "".join(parts)[:size]


def huge_word(size: int) -> str:
    head = "Dear Mrs Khan,\n"
    return head + "x" * (size - len(head))


def quotes(size: int) -> str:
    marks = ('"', "“", "”", "‘", "’", "'", "«", "»")
    parts: list[str] = []
    length = n = 0
    while length < size:
        part = f"{marks[n % len(marks)]}word {n}{marks[(n * 3) % len(marks)]} "
        if n % 40 == 39:
            part += "\n\n"
        parts.append(part)
        length += len(part)
        n += 1
    return "".join(parts)[:size]


def long_line(size: int) -> str:
    parts: list[str] = []
    length = n = 0
    while length < size:
        parts.append(f"carer{n} visited again ")
        length += len(parts[-1])
        n += 1
    return "".join(parts)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "prose": prose,
    "word": huge_word,
    "quotes": quotes,
    "line": long_line,
}


def timed(lint: Callable[[str], object], text: str) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    lint(text)
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-size", type=int, default=SIZES[-1])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()

    from recordlint import Linter

    linter = Linter()
    linter.lint("Visited Mrs Khan at home. She said she is fine.")  # load the model first
    cpu, wall = timed(linter.lint, 'Dear Mrs Khan,\n"I' + "x" * 3000)
    print(
        f'issue record (\'Dear Mrs Khan,\\n"I\' + "x" * 3000): {cpu:.2f} s CPU, {wall:.2f} s wall'
    )
    print(f"{'shape':<8}{'chars':>10}{'CPU s':>10}{'wall s':>10}{'CPU us/char':>13}")
    for name in args.shapes.split(","):
        for size in (s for s in SIZES if s <= args.max_size):
            cpu, wall = timed(linter.lint, SHAPES[name](size))
            print(
                f"{name:<8}{size:>10}{cpu:>10.2f}{wall:>10.2f}{1e6 * cpu / size:>13.1f}", flush=True
            )


if __name__ == "__main__":
    main()
