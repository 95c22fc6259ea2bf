"""Acronym occurrences the default rules miss on real text, and acronym findings the gold
does not mark, on the splits that may be tuned on (never the holdout).

Usage: python bench/acronym_misses.py [corpus/real] [--split NAME ...] [--summary]

Reads ``acronym_gold.jsonl`` of a judged real-text corpus, lints the tuning splits' texts
with the default configuration and prints, split by split, every gold occurrence that no
acronym finding (RL101 to RL103) overlaps, with its context and a rough class (where in the
text it sits: a heading, a table row, a list, a citation, brackets, a slashed list, ...),
then every acronym finding that overlaps no gold occurrence, with its verdict if judged.
``--summary`` prints only the counts by class. Holdout texts are skipped before their gold
is read, so nothing of them is ever linted or shown.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from recordlint.api import Linter
from recordlint.cli.options import resolve_config
from recordlint.findings import Category, Finding
from recordlint.lexicon import load_lexicon
from recordlint.text import overlaps_any, quote_spans
from recordlint.verdicts import (
    ACRONYM_GOLD_FILE,
    TUNING_SPLITS,
    VERDICTS_FILE,
    RealText,
    keyed_findings,
    matched_verdicts,
    read_texts,
    read_verdicts,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_batches import in_context


def tuning_gold(path: Path, texts: dict[str, RealText]) -> dict[str, list[tuple[int, int]]]:
    """Gold spans of the texts given (the tuning splits); other ids are skipped unread."""
    gold: dict[str, list[tuple[int, int]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        text = texts.get(raw["id"])
        if text is None:
            continue
        spans = []
        for span in raw.get("spans", []):
            index = -1
            for _ in range(int(span.get("occurrence", 1))):
                index = text.text.find(span["text"], index + 1)
            spans.append((index, index + len(span["text"])))
        gold[raw["id"]] = spans
    return gold


_NEVER_FLAG = frozenset(entry.term for entry in load_lexicon("never-flag").entries)
_SLASHED = re.compile(r"[A-Za-z]/[A-Za-z]")


def miss_class(text: str, start: int, end: int) -> str:
    """A rough, general class for a missed occurrence: where it sits and its shape."""
    word = text[start:end]
    if word.split("-")[0] in _NEVER_FLAG:
        return "never-flag lexicon (a policy, not a miss of the scan)"
    if overlaps_any(start, end, quote_spans(text)):
        return "inside quotation marks (the quotation layer hides it)"
    if re.match(r"(?:[ \t]+(?:and|of|[A-Z][\w'’-]*)){0,6}?[ \t]+Act[ \t]+\d{4}", text[end:]):
        return "opens the name of an Act"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    before = text[max(line_start, start - 12) : start]
    after = text[end : end + 12]
    letters = [c for c in line if c.isalpha()]
    if re.search(r"\b[A-Z][\w'’&-]*[ \t]+\(?$", before) and not word.endswith("."):
        return "ends a body's name (a capitalised word before it)"
    if word.endswith("."):
        return "dotted or full stop"
    if any(c.islower() for c in word[1:]) and any(c.isupper() for c in word[1:]):
        return "mixed case"
    if word.islower():
        return "lower-case shorthand"
    if _SLASHED.search(text[max(0, start - 1) : end + 1]):
        return "slashed list"
    if before.endswith("(") or after.startswith(")") or re.search(r"\(\S*$", before):
        if re.search(r"\d{4}", after[:10]) or re.search(r",\s*\d{4}", after):
            return "citation"
        return "brackets"
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        return "line in capitals (heading)"
    if len(line.split()) <= 6:
        return "short line (heading, label, table cell)"
    if re.search(r"['’]s?$", word) or (word.endswith("s") and word[:-1].isupper()):
        return "plural or possessive"
    if re.match(r"[A-Z][a-z]", word):
        return "title case (name-like)"
    return "in running text"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="corpus/real")
    parser.add_argument("--split", action="append", dest="splits", metavar="NAME")
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(args.corpus)
    wanted = set(args.splits or TUNING_SPLITS)
    if not wanted <= set(TUNING_SPLITS):
        parser.error("only the tuning splits may be listed: " + ", ".join(TUNING_SPLITS))
    texts = {t.id: t for t in read_texts(folder) if t.split in wanted}
    gold = tuning_gold(folder / ACRONYM_GOLD_FILE, texts)
    verdicts = read_verdicts(folder / VERDICTS_FILE)
    linter = Linter(resolve_config(None, str(folder), (), ()))
    ordered = sorted(texts.values(), key=lambda t: t.id)
    reports = linter.lint_many((t.text, t.kind, None) for t in ordered)
    classes: Counter[str] = Counter()
    per_split: dict[str, list[int]] = {}
    misses: list[str] = []
    extras: list[str] = []
    for text, report in zip(ordered, reports, strict=True):
        findings: list[Finding] = [f for f in report.findings if f.category is Category.ACRONYM]
        spans = gold.get(text.id, [])
        tally = per_split.setdefault(text.split, [0, 0, 0])
        tally[0] += len(spans)
        for start, end in spans:
            if any(f.start < end and start < f.end for f in findings):
                tally[1] += 1
                continue
            kind = miss_class(text.text, start, end)
            classes[kind] += 1
            misses.append(
                f"  {text.split:7} {text.id} [{kind}] {in_context(text.text, start, end, 50)}"
            )
        keyed = keyed_findings(text.id, findings)
        judged = matched_verdicts(text.text, keyed, verdicts)
        for (key, finding), verdict in zip(keyed, judged, strict=True):
            if any(finding.start < e and s < finding.end for s, e in spans):
                continue
            tally[2] += 1
            said = verdict.verdict if verdict is not None and verdict.verdict else "unjudged"
            extras.append(
                f"  {text.split:7} {text.id} {key.code} ({said}) "
                f"{in_context(text.text, finding.start, finding.end, 50)}"
            )
    print("acronym occurrence recall by split (found / gold; findings outside the gold):")
    total = [0, 0, 0]
    for name in TUNING_SPLITS:
        if name in per_split:
            g, f, x = per_split[name]
            total = [total[0] + g, total[1] + f, total[2] + x]
            print(f"  {name:7} {f} / {g} = {f / g if g else 0:.2f}; outside the gold {x}")
    print(f"  {'all':7} {total[1]} / {total[0]} = {total[1] / max(total[0], 1):.2f}; "
          f"outside the gold {total[2]}")  # fmt: skip
    print(f"\nmisses by class ({sum(classes.values())}):")
    for kind, count in classes.most_common():
        print(f"  {count:3} {kind}")
    if not args.summary:
        print(f"\nmissed occurrences ({len(misses)}):")
        print("\n".join(misses))
        print(f"\nacronym findings outside the gold ({len(extras)}):")
        print("\n".join(extras))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
