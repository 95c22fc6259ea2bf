"""How often kind inference reads a development record as the kind its writer gave it.

    python bench/kind_inference.py [--show] [DIR ...]

For each development gold batch (``corpus_batches.DEVELOPMENT`` unless folders are given)
every record's kind is inferred from its text alone, as ``recordlint check`` does without
``--kind``, and set beside the kind in its gold line. Prints the counts of gold kind against
inferred kind and the figure that matters most: records read as something other than a record
(professional prose, the person's own account, a practitioner's account, a blank form), on
which the rules for records alone do not run. ``--show`` lists those records. The scoring
scripts pass each record's gold kind to the linter, so this is the one place inference is
measured on the corpus. Held-out batches are refused. Prints wall and CPU time at the end.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from corpus_batches import development_folders

from recordlint.findings import RecordKind
from recordlint.kinds.inference import infer_kind

# The kinds a writer's record may have; the others are texts that are not records.
RECORD_KINDS = frozenset(
    {RecordKind.CASE_NOTE, RecordKind.ASSESSMENT, RecordKind.LETTER, RecordKind.EMAIL}
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list records read as non-records")
    parser.add_argument("folders", nargs="*")
    arguments = parser.parse_args()
    folders = development_folders(arguments.folders)
    wall, cpu = time.perf_counter(), time.process_time()
    pairs: Counter[tuple[str, str]] = Counter()
    not_records: list[tuple[str, str, str]] = []
    for folder in folders:
        gold_path = Path(folder) / "gold.jsonl"
        if not gold_path.is_file():
            continue
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            text = (Path(folder) / f"{gold['id']}.txt").read_text(encoding="utf-8")
            inferred = infer_kind(text)
            pairs[(gold["kind"], inferred.value)] += 1
            if inferred not in RECORD_KINDS:
                not_records.append((f"{folder}/{gold['id']}", gold["kind"], inferred.value))
    records = sum(pairs.values())
    same = sum(count for (given, read), count in pairs.items() if given == read)
    print(f"{'gold kind':<12} {'inferred kind':<18} records")
    for (given, read), count in sorted(pairs.items()):
        print(f"{given:<12} {read:<18} {count:>7}")
    print(f"records: {records}; inferred as their gold kind: {same} ({same / records:.2f})")
    print(f"read as not a record (record-only rules do not run): {len(not_records)}")
    if arguments.show:
        for name, given, read in not_records:
            print(f"  {name}: {given} -> {read}")
    print(f"wall {time.perf_counter() - wall:.1f} s, cpu {time.process_time() - cpu:.1f} s")


if __name__ == "__main__":
    main()
