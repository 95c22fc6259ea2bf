"""How each jargon lexicon entry agrees with what annotators mark as JARGON.

    python bench/jargon_agreement.py [--half odd|even] [--show ENTRY] [--json FILE] [DIR ...]

Lints the development gold batches (``corpus_batches.DEVELOPMENT`` unless folders are given)
as ``recordlint eval`` does, and prints per jargon entry (``lexicons/jargon.toml``): its
findings (every use a finding points to, as the scores count them), those that overlap a gold
JARGON span, the gold JARGON spans over a use of the entry that no jargon finding overlaps
(missed), the number of writers' batches it fired in, and its findings by kind of record as
``kind findings/matched``. Then, per batch and pooled: exemplary records, warnings on them
(every rule, and the jargon rules alone), and jargon precision and recall.

``--half odd`` keeps the odd-numbered batches (``corpus`` counts as odd), ``--half even`` the
even-numbered ones, so that a rule for the lexicon can be drawn on one half and checked on
the other. ``--show ENTRY`` lists that entry's findings and misses in context. Only
development batches are read: held-out batches, and any folder that is not a development
batch, are refused. Prints wall and CPU time at the end.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpus_batches import DEVELOPMENT, held_out, in_context

from recordlint.api import Linter
from recordlint.config import load_config
from recordlint.evaluate import label_of, read_corpus
from recordlint.matching import CompiledJargon, compiled_jargon
from recordlint.repeats import with_repeats

JARGON_CODES = ("RL201", "RL202")


@dataclass
class EntryTally:
    findings: int = 0
    matched: int = 0
    gold: int = 0
    missed: int = 0
    warnings_on_exemplary: int = 0
    writers: set[str] = field(default_factory=set)
    by_kind: Counter[str] = field(default_factory=Counter)
    matched_by_kind: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)


@dataclass
class BatchTally:
    exemplary_records: int = 0
    exemplary_warnings: int = 0
    jargon_warnings: int = 0
    findings: int = 0
    true_positives: int = 0
    gold: int = 0
    matched_gold: int = 0


def half_of(batch: str) -> str:
    """ "odd" or "even" by the batch's number; ``corpus`` counts as odd."""
    number = re.search(r"(\d+)$", batch.rstrip("/"))
    return "odd" if number is None or int(number.group(1)) % 2 else "even"


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def score(
    batches: list[str], show: str | None
) -> tuple[dict[str, EntryTally], dict[str, BatchTally]]:
    entries: dict[str, EntryTally] = defaultdict(EntryTally)
    per_batch: dict[str, BatchTally] = {}
    for batch in batches:
        linter = Linter(load_config(Path(batch)))
        compiled = compiled_jargon(linter.config)
        tally = per_batch[batch] = BatchTally()

        def term_of(text: str, compiled: CompiledJargon = compiled) -> str | None:
            found = compiled.index.find(text)
            return compiled.entries[found[0].key].term if found else None

        for record in read_corpus(Path(batch)):
            metadata = {"contact_date": record.contact_date, "recorded_date": record.recorded_date}
            report = linter.lint(record.text, kind=record.kind, metadata=metadata)
            kind = record.kind.value
            if record.exemplary:
                tally.exemplary_records += 1
                warned = [f for f in report.findings if f.severity.value != "info"]
                tally.exemplary_warnings += len(warned)
                for finding in warned:
                    if finding.code in JARGON_CODES:
                        tally.jargon_warnings += 1
                        term = term_of(finding.text)
                        if term is not None:
                            entries[term].warnings_on_exemplary += 1
            spans = [f for f in report.findings if not f.document_level]
            parts = [p for f in with_repeats(spans) for p in (f, *f.absorbed)]
            found = [p for p in parts if label_of(p) == "jargon"]
            gold = [(s.start, s.end) for s in record.spans if s.label == "JARGON"]
            found_spans = [(p.start, p.end) for p in found]
            tally.findings += len(found)
            tally.true_positives += sum(_overlaps(p.start, p.end, gold) for p in found)
            tally.gold += len(gold)
            tally.matched_gold += sum(_overlaps(s, e, found_spans) for s, e in gold)
            for part in found:
                term = term_of(part.text)
                if term is None:
                    continue
                hit = _overlaps(part.start, part.end, gold)
                entry = entries[term]
                entry.findings += 1
                entry.matched += hit
                entry.writers.add(batch)
                entry.by_kind[kind] += 1
                entry.matched_by_kind[kind] += hit
                if show == term:
                    mark = "gold" if hit else "FALSE"
                    where = in_context(record.text, part.start, part.end, 60)
                    entry.shown.append(f"{record.id} {kind} {part.code} {mark}: {where}")
            # Gold spans over a use of an entry: whose they are, and whether any finding hit.
            uses = [(m.start, m.end, compiled.entries[m.key].term)
                    for m in compiled.index.find(record.text)]  # fmt: skip
            for start, end in gold:
                terms = {t for s, e, t in uses if s < end and start < e}
                caught = _overlaps(start, end, found_spans)
                for term in terms:
                    entries[term].gold += 1
                    if not caught:
                        entries[term].missed += 1
                        if show == term:
                            where = in_context(record.text, start, end, 60)
                            entries[term].shown.append(f"{record.id} {kind} MISSED: {where}")
    return entries, per_batch


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", default=list(DEVELOPMENT))
    parser.add_argument("--half", choices=("odd", "even"), help="only odd or even batches")
    parser.add_argument("--show", metavar="ENTRY", help="list one entry's findings and misses")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    arguments = parser.parse_args()
    batches = [b.rstrip("/") for b in arguments.batches]
    refused = [b for b in batches if held_out(b) or b not in DEVELOPMENT]
    if refused:
        sys.exit(f"only development batches are read here: {', '.join(refused)}")
    if arguments.half:
        batches = [b for b in batches if half_of(b) == arguments.half]

    wall, cpu = time.perf_counter(), time.process_time()
    entries, per_batch = score(batches, arguments.show)

    print(f"{'entry':<34}{'finds':>6}{'match':>6}{'prec':>6}{'gold':>5}{'miss':>5}"
          f"{'wrtr':>5}{'exw':>4}  by kind (findings/matched)")  # fmt: skip
    for term, e in sorted(entries.items(), key=lambda item: (-item[1].findings, item[0])):
        kinds = " ".join(f"{k} {n}/{e.matched_by_kind[k]}" for k, n in e.by_kind.most_common())
        print(f"{term[:33]:<34}{e.findings:>6}{e.matched:>6}{_ratio(e.matched, e.findings):>6}"
              f"{e.gold:>5}{e.missed:>5}{len(e.writers):>5}{e.warnings_on_exemplary:>4}"
              f"  {kinds}")  # fmt: skip
        for line in e.shown:
            print(f"    {line}")
    print()
    print(f"{'batch':<18}{'exemplary':>10}{'warnings':>9}{'jargon':>7}"
          "  jargon P (tp/found)  R (hit/gold)")  # fmt: skip
    pooled = BatchTally()
    for t in per_batch.values():
        for name in vars(pooled):
            setattr(pooled, name, getattr(pooled, name) + getattr(t, name))
    for batch, t in [*per_batch.items(), ("pooled", pooled)]:
        rate = _ratio(t.exemplary_warnings, t.exemplary_records)
        print(f"{batch:<18}{t.exemplary_records:>10}{t.exemplary_warnings:>5} ({rate})"
              f"{t.jargon_warnings:>4}  {_ratio(t.true_positives, t.findings)} "
              f"({t.true_positives}/{t.findings})  {_ratio(t.matched_gold, t.gold)} "
              f"({t.matched_gold}/{t.gold})")  # fmt: skip
    print("(finds: uses the findings point to; match: of those on a gold JARGON span; miss: gold "
          "JARGON spans over a use of the entry that no jargon finding overlaps; wrtr: batches "
          "it fired in; exw: warnings on exemplary records)")  # fmt: skip
    print(f"wall {time.perf_counter() - wall:.1f}s, cpu {time.process_time() - cpu:.1f}s")
    if arguments.json:
        figures = {
            "entries": {
                term: {"findings": e.findings, "matched": e.matched, "gold": e.gold,
                       "missed": e.missed, "writers": sorted(e.writers),
                       "warnings_on_exemplary": e.warnings_on_exemplary,
                       "by_kind": dict(e.by_kind), "matched_by_kind": dict(e.matched_by_kind)}
                for term, e in entries.items()
            },
            "batches": {batch: vars(t) for batch, t in per_batch.items()},
        }  # fmt: skip
        arguments.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
