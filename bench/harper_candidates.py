"""List what Harper's candidate checks find on real and corpus text, for judging by hand.

Every Harper check is a candidate except spelling and the checks another recordlint rule
already makes. Findings are found exactly as RL452 finds them (prose lines only, names
spared, quotations dropped); those not yet in ``bench/harper_judgements.jsonl`` are appended
there with ``"verdict": null`` so that a reviewer can fill the verdict and a reason in.

    python bench/harper_candidates.py            # real dev texts and both corpora
    python bench/harper_candidates.py --holdout  # also the real holdout texts (at the end)
"""

from __future__ import annotations

import argparse
import json
import tomllib
from collections import Counter
from pathlib import Path

from recordlint.offline_grammar import harper_issues, new_harper
from recordlint.text import overlaps_any, quote_spans

ROOT = Path(__file__).resolve().parent.parent
JUDGEMENTS = ROOT / "bench" / "harper_judgements.jsonl"

# Checks that duplicate another rule (RL401 spelling, "alot" included; RL101/RL102
# acronyms; RL301 long sentences; RL304 wordy phrases; RL603 hedges) or that expand
# shorthand such as "asap" (RL103).
DUPLICATES = frozenset(
    {
        "SpellCheck",
        "OpenCompounds",
        "LongSentences",
        "RedundantAcronyms",
        "DotInitialisms",
        "FillerWords",
        "Hedging",
        "InMyOpinion",
        "InMyHumbleOpinion",
        "AsSoonAsPossible",
        "ForYourInformation",
        "ToBeHonest",
    }
)
DUPLICATE_PREFIXES = ("Expand",)


def candidate_checks() -> list[str]:
    import harper

    return sorted(
        name
        for name, on in harper.get_default_lint_config().items()
        if on and name not in DUPLICATES and not name.startswith(DUPLICATE_PREFIXES)
    )


def texts(include_holdout: bool) -> list[tuple[str, str, str]]:
    """(file, split, text) for every text judged: real dev (and holdout), corpus, holdout."""
    sources = tomllib.loads((ROOT / "corpus/real/sources.toml").read_text())["text"]
    chosen: list[tuple[str, str, str]] = []
    for entry in sources:
        if entry["split"] == "holdout" and not include_holdout:
            continue
        path = ROOT / "corpus/real" / f"{entry['id']}.txt"
        chosen.append((f"corpus/real/{path.name}", f"real-{entry['split']}", path.read_text()))
    for folder, split in (("corpus", "corpus"), ("corpus-holdout", "corpus-holdout")):
        for path in sorted((ROOT / folder).glob("*.txt")):
            chosen.append((f"{folder}/{path.name}", split, path.read_text()))
    return chosen


def context(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line[max(0, start - line_start - 80) : end - line_start + 80]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--holdout", action="store_true", help="include the real holdout texts")
    args = parser.parse_args()
    known: set[tuple[str, int, int, str]] = set()
    if JUDGEMENTS.exists():
        for line in JUDGEMENTS.read_text().splitlines():
            row = json.loads(line)
            known.add((row["file"], row["start"], row["end"], row["rule"]))
    linter = new_harper(candidate_checks())
    added: list[dict[str, object]] = []
    per_rule: Counter[str] = Counter()
    for file, split, text in texts(args.holdout):
        quotes = quote_spans(text)
        for issue in harper_issues(text, linter):
            if overlaps_any(issue.start, issue.end, quotes):
                continue
            per_rule[issue.rule_id] += 1
            if (file, issue.start, issue.end, issue.rule_id) in known:
                continue
            added.append(
                {
                    "file": file,
                    "split": split,
                    "rule": issue.rule_id,
                    "start": issue.start,
                    "end": issue.end,
                    "text": text[issue.start : issue.end],
                    "context": context(text, issue.start, issue.end),
                    "message": issue.message,
                    "verdict": None,
                    "reason": "",
                }
            )
    with JUDGEMENTS.open("a", encoding="utf-8") as out:
        for row in added:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for rule_id, count in per_rule.most_common():
        print(f"{count:5d}  {rule_id}")
    print(f"{len(added)} new findings appended to {JUDGEMENTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
