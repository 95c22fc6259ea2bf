"""What a change to the opinion or respectful-wording rules, or to the shared subjects
layer under them, gains and loses, opinion and judgemental wording together, on each
development batch.

Usage:
    python bench/subject_changes.py SNAPSHOT.json [BEFORE.json]

Runs the fact-and-opinion and respectful-wording rules (RL5, RL6) over every development
batch, writes each finding and each gold span (found or missed) of both categories to
SNAPSHOT.json and prints precision and recall per batch and category, and pooled. Given
the snapshot taken before a change, it prints both side by side and lists every finding
gained and lost, true or false, with its batch: a change that helps one batch and is
neutral or worse on the others shows up as such. Held-out
batches are never read. Ends with the wall and CPU time the run took. The work is done by
``gold_changes.py``, shared with ``rationale_changes.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_changes import main  # a sibling script

if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(
        sys.argv[1:],
        codes=["RL5", "RL6"],
        labels={"opinion": "OPINION_AS_FACT", "judgemental": "JUDGEMENTAL"},
        context=70,
    )
