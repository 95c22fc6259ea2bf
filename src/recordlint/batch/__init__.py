"""Lint many records: streaming, worker processes, input order, baselines and resume.

Records are read, linted and written as they go, a few chunks at a time, so memory stays
flat however long the export. Chunks go to worker processes, each of which lints with its
own :class:`~recordlint.api.Linter`; results come back in input order. Every record read
gives exactly one result: its findings, or the error that stopped it. This package consumes
reports only; it never looks inside rules.

Linting always happens in a worker, never in the process that reads and writes, so that no
record can take the run down with it:

- a worker that dies (a crash in compiled code, the memory killer) or runs past the time
  budget is killed and replaced; the records of its chunk are tried again one at a time,
  and the one that fails alone becomes an error row;
- a resumed run therefore never stops twice on the same record: the process that keeps
  the journal survives every record, and a record that was in flight when the whole run
  was killed is simply tried again, alone if it fails again;
- workers end when the process that started them ends, however it ends.

Tests make a record crash or hang by passing a stand-in linter: workers are forked, so they
lint with the very object :class:`Linting` was given (see tests/test_batch_hostile.py).

The package is one concern a module, each using only those before it:

* ``chunks``: linting a chunk of records into outcomes (:func:`lint_items`), reading records
  in chunks, and a finding's baseline key.
* ``workers``: a worker process's life, how it ends with its parent, and the chunks and
  tasks handed to it.
* ``linting``: :class:`Linting`, which hands tasks to workers and yields results in input
  order, replacing a worker that dies or runs out of time.
* ``run``: a whole run (:func:`run`): baseline, writing, checkpoints and the summary.
"""

from __future__ import annotations

from recordlint.batch.chunks import (
    ANALYSIS_FAILED,
    LintItem,
    available_cores,
    baseline_key,
    failed_outcome,
    lint_items,
)
from recordlint.batch.linting import CHUNK_SIZE, Linting
from recordlint.batch.run import (
    RunOptions,
    Summary,
    interrupted_output,
    read_baseline,
    run,
    run_fingerprint,
)

__all__ = [
    "ANALYSIS_FAILED",
    "CHUNK_SIZE",
    "LintItem",
    "Linting",
    "RunOptions",
    "Summary",
    "available_cores",
    "baseline_key",
    "failed_outcome",
    "interrupted_output",
    "lint_items",
    "read_baseline",
    "run",
    "run_fingerprint",
]
