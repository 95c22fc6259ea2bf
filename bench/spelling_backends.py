"""Compare the Hunspell readers recordlint can use for British spelling.

Prints, for each installed reader: dictionary load time, lookups per second (real words and
misspellings), time per suggestion from the reader itself and through ``SpellChecker`` (which
tries British variants and one-edit fixes first), and the installed size of each package.

    python bench/spelling_backends.py
"""

from __future__ import annotations

import importlib.metadata
import statistics
import time
from collections.abc import Callable

from recordlint.spellcheck import (
    DICTIONARY_NAME,
    DictionaryNotInstalled,
    SpellChecker,
    dictionary_dir,
    open_reader,
)

READERS = ("chunspell", "spylls")
PACKAGES = ("chunspell", "spylls")
MISSPELLINGS = (
    "recieved",
    "accomodation",
    "seperate",
    "occured",
    "definately",
    "color",
    "organize",
    "neighbor",
    "begining",
    "enviroment",
    "goverment",
    "medicaton",
    "apointment",
    "tommorow",
    "independant",
    "reponsible",
)
LOOKUP_SAMPLE = 20_000


def sample_words() -> list[str]:
    """Distinct real words (dictionary stems) and one-letter-swapped misspellings of them."""
    lines = (dictionary_dir() / f"{DICTIONARY_NAME}.dic").read_text(encoding="utf-8-sig")
    stems = [line.split("/")[0] for line in lines.splitlines()[1:] if line.strip()]
    step = max(1, len(stems) // (LOOKUP_SAMPLE // 2))
    words = stems[::step][: LOOKUP_SAMPLE // 2]
    swapped = [word[1] + word[0] + word[2:] for word in words if len(word) > 3]
    return words + swapped


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def package_size_mb(distribution: str) -> float | None:
    try:
        files = importlib.metadata.files(distribution) or []
    except importlib.metadata.PackageNotFoundError:
        return None
    total = 0
    for file in files:
        path = file.locate()
        if path.is_file():
            total += path.stat().st_size
    return total / 1_000_000


def main() -> None:
    try:
        folder = dictionary_dir()
    except DictionaryNotInstalled as error:
        raise SystemExit(str(error)) from error
    words = sample_words()
    print(f"dictionary: {DICTIONARY_NAME} ({len(words)} lookup words)")
    print(
        f"{'reader':<10} {'load s':>7} {'lookups/s':>10} "
        f"{'reader suggest ms':>18} {'SpellChecker suggest ms':>24}"
    )
    for name in READERS:
        try:
            load_seconds = timed(lambda name=name: open_reader(name))
        except DictionaryNotInstalled:
            print(f"{name:<10} not installed")
            continue
        reader = open_reader(name)
        lookup_seconds = timed(lambda reader=reader: [reader.lookup(word) for word in words])
        reader_ms = [1000 * timed(lambda w=w, r=reader: r.suggest(w)) for w in MISSPELLINGS]
        checker = SpellChecker(open_reader(name))
        checker_ms = [1000 * timed(lambda w=w, c=checker: c.suggest(w)) for w in MISSPELLINGS]
        print(
            f"{name:<10} {load_seconds:>7.2f} {len(words) / lookup_seconds:>10,.0f} "
            f"{statistics.median(reader_ms):>8.0f} (max {max(reader_ms):>4.0f}) "
            f"{statistics.median(checker_ms):>12.1f} (max {max(checker_ms):>5.0f})"
        )
    print("installed size")
    for distribution in PACKAGES:
        size = package_size_mb(distribution)
        print(f"  {distribution:<24} {'not installed' if size is None else f'{size:.1f} MB'}")
    dictionary_mb = sum(
        (folder / f"{DICTIONARY_NAME}.{suffix}").stat().st_size for suffix in ("aff", "dic")
    )
    print(f"  {'(en_GB.aff + en_GB.dic)':<24} {dictionary_mb / 1_000_000:.1f} MB")


if __name__ == "__main__":
    main()
