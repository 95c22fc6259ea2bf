"""What a change to the decision-without-a-reason rule (RL701) gains and loses on each
development batch.

Usage:
    python bench/rationale_changes.py SNAPSHOT.json [BEFORE.json]

Runs RL701 over every development batch, writes each finding and each gold span (found or
missed) to SNAPSHOT.json and prints precision and recall per batch and pooled, with the
findings on exemplary records. Given the snapshot taken before a change, it prints both
side by side and lists every finding gained and lost, true or false, with its batch, so a
change that helps one writer and is neutral or worse on the others shows up as such.
Held-out batches are never read. Ends with the wall and CPU time the run took. The work is
done by ``gold_changes.py``, shared with ``subject_changes.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_changes import main  # a sibling script

if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:], codes=["RL701"], labels={"rationale": "NO_RATIONALE"}, context=90)
