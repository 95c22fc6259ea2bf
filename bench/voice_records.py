"""Record-level precision and recall of the person's-voice rule (RL801), batch by batch.

Usage: python bench/voice_records.py [folder ...] [--show]

Scores only RL801, as ``recordlint eval`` scores the person-voice category: a record is
expected to be flagged when its gold ``person_voice`` is false and its kind is one the rule
checks; a flag on any other record (gold true, or null where the judgement does not apply)
is a false alarm. Without folders it scores the tuning batches; the held-out batches are
refused, so they cannot be scored by accident. ``--show`` lists each false alarm and miss.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_batches import development_folders  # a sibling script

from recordlint.api import Linter
from recordlint.config import Config, options_from_mapping
from recordlint.evaluate import read_corpus


def score(folder: Path, linter: Linter, *, show: bool) -> str:
    kinds = set(linter.config.options.voice.kinds)
    flagged_right = flagged = expected = 0
    for record in read_corpus(folder):
        report = linter.lint(record.text, kind=record.kind)
        flag = any(f.code == "RL801" for f in report.findings)
        applies = record.person_voice is not None and record.kind.value in kinds
        no_voice = applies and record.person_voice is False
        flagged += flag
        flagged_right += flag and no_voice
        expected += no_voice
        if show and flag and not no_voice:
            print(f"  false alarm: {record.id} ({record.kind.value}, gold {record.person_voice})")
        if show and no_voice and not flag:
            print(f"  missed: {record.id} ({record.kind.value})")
    precision = f"{flagged_right / flagged:.2f}" if flagged else "-"
    recall = f"{flagged_right / expected:.2f}" if expected else "-"
    right = flagged_right
    return (
        f"{folder}: precision {precision} ({right}/{flagged}), recall {recall} ({right}/{expected})"
    )


def main(argv: list[str]) -> None:
    show = "--show" in argv
    folders = development_folders(argv)
    wall, cpu = time.perf_counter(), time.process_time()
    linter = Linter(Config(options_from_mapping({"select": ["RL801"]}, "bench")))
    for folder in folders:
        print(score(Path(folder), linter, show=show))
    print(f"time: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU")


if __name__ == "__main__":
    main(sys.argv[1:])
