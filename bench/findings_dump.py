"""Every finding the default rules make on the given corpora, one JSON line each, so a
change meant only to make the engine faster can be checked to change no finding.

    python bench/findings_dump.py OUT.jsonl [CORPUS_DIR ...]
    python bench/findings_dump.py --diff BEFORE.jsonl AFTER.jsonl

The default corpora are the development batches (``corpus_batches.DEVELOPMENT``): held-out
batches are left out, since the dump prints their findings. Each line holds
the record's path, its kind, its findings (code, offsets, severity, message, suggestions)
and its errors; ``--diff`` prints the records whose lines differ and exits 1 if any do.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_batches import DEVELOPMENT  # a sibling script, not a package


def dump(out: Path, folders: list[str]) -> None:
    from recordlint import Linter

    paths = [path for folder in folders for path in sorted(Path(folder).glob("*.txt"))]
    linter = Linter()
    wall, cpu = time.perf_counter(), time.process_time()
    reports = linter.lint_many((p.read_text(encoding="utf-8"), None, None) for p in paths)
    with out.open("w", encoding="utf-8") as handle:
        for path, report in zip(paths, reports, strict=True):
            row = {
                "path": str(path),
                "kind": report.kind.value,
                "findings": [
                    [f.code, f.start, f.end, f.severity.value, f.message, list(f.suggestions)]
                    for f in report.findings
                ],
                "errors": report.errors,
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{len(paths)} records: wall {wall:.1f} s, cpu {cpu:.1f} s", file=sys.stderr)


def diff(before: Path, after: Path) -> int:
    def rows(path: Path) -> dict[str, dict[str, object]]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {row["path"]: row for row in map(json.loads, lines)}

    old, new = rows(before), rows(after)
    changed = 0
    for path in sorted(old.keys() | new.keys()):
        if old.get(path) == new.get(path):
            continue
        changed += 1
        was = {json.dumps(f) for f in (old.get(path) or {}).get("findings", [])}
        now = {json.dumps(f) for f in (new.get(path) or {}).get("findings", [])}
        print(path)
        for line in sorted(was - now):
            print(f"  - {line}")
        for line in sorted(now - was):
            print(f"  + {line}")
        if (old.get(path) or {}).get("errors") != (new.get(path) or {}).get("errors"):
            print(
                f"  errors: {old.get(path, {}).get('errors')} -> {new.get(path, {}).get('errors')}"
            )
        if (old.get(path) or {}).get("kind") != (new.get(path) or {}).get("kind"):
            print(f"  kind: {old.get(path, {}).get('kind')} -> {new.get(path, {}).get('kind')}")
    total = len(old.keys() | new.keys())
    print(f"{changed} of {total} records differ")
    return 1 if changed else 0


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--diff":
        sys.exit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    dump(Path(sys.argv[1]), sys.argv[2:] or list(DEVELOPMENT))


if __name__ == "__main__":
    main()
