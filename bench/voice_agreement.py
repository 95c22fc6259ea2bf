"""How well the person's-voice detection agrees with a gold corpus.

Usage: python bench/voice_agreement.py [corpus-folder] [--show]

Reports, for every record, whether any of the person's voice was found against the gold
``person_voice`` flag (by kind), and how the detected clauses and quotes overlap the gold
PERSON_VOICE spans: precision is detected spans that overlap a gold span, recall is gold
spans that some detected span overlaps. ``--show`` lists the misses and the extra spans.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from recordlint.evaluate import read_corpus
from recordlint.rules.voice import voice_of


def main(argv: list[str]) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    show = "--show" in argv
    folder = Path(next((a for a in argv if not a.startswith("--")), "corpus"))
    records = read_corpus(folder)
    documents: Counter[tuple[str, str]] = Counter()
    detected = overlapping = gold_spans = matched = 0
    for record in records:
        summary = voice_of(record.text, record.kind)
        found = summary.person_voice
        gold = [(s.start, s.end) for s in record.spans if s.label == "PERSON_VOICE"]
        hits = [f for f in found if any(f[0] < e and s < f[1] for s, e in gold)]
        caught = [g for g in gold if any(g[0] < e and s < g[1] for s, e in found)]
        detected += len(found)
        overlapping += len(hits)
        gold_spans += len(gold)
        matched += len(caught)
        if record.person_voice is not None:
            outcome = "agree" if bool(found) == record.person_voice else "disagree"
            documents[(record.kind.value, outcome)] += 1
            if outcome == "disagree":
                print(f"{record.id}: gold person_voice={record.person_voice}, found {len(found)}")
        if show:
            for start, end in sorted(set(gold) - set(caught)):
                print(f"  {record.id} missed: {record.text[start:end][:100]!r}")
            for start, end in sorted(set(found) - set(hits)):
                print(f"  {record.id} extra:  {record.text[start:end][:100]!r}")
    print()
    print("documents (voice found vs gold person_voice):")
    for kind in sorted({k for k, _ in documents}):
        agree, disagree = documents[(kind, "agree")], documents[(kind, "disagree")]
        print(f"  {kind:<12} {agree}/{agree + disagree} agree")
    precision = overlapping / detected if detected else float("nan")
    recall = matched / gold_spans if gold_spans else float("nan")
    print(f"spans: precision {precision:.2f} ({overlapping}/{detected}), "
          f"recall {recall:.2f} ({matched}/{gold_spans})")  # fmt: skip
    print(f"time: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU")


if __name__ == "__main__":
    main(sys.argv[1:])
