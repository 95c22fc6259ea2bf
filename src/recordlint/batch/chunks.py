"""Linting a chunk of records: the items a worker is sent, their outcomes, and the baseline key.

Everything here runs in one process and knows nothing of workers: :func:`lint_items` turns
records into outcomes and never raises for a record, so that the worker that calls it only
has to send back what it returns. Reading records in chunks, with an error in reading kept
until the records read before it are out, is here too.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from typing import Any

from recordlint.api import Linter
from recordlint.findings import Severity
from recordlint.io.records import Outcome, Record
from recordlint.io.writers import finding_dict
from recordlint.suppression import sentence_at
from recordlint.text import LineIndex

LintItem = tuple[str, str, str | None, dict[str, str]]  # record key, text, kind, metadata


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def baseline_key(record_key: str, code: str, sentence: str) -> str:
    """A finding's identity across runs: the record, the rule and the sentence it sits in
    (not offsets, which move when a record is edited above the finding). Hashed, so a
    baseline file holds no record text."""
    digest = hashlib.sha256(f"{record_key}\x1f{code}\x1f{sentence}".encode())
    return digest.hexdigest()[:24]


ANALYSIS_FAILED = "could not be linted"


def lint_items(linter: Linter, items: list[LintItem], min_severity: Severity) -> list[Outcome]:
    """Outcomes for a chunk of records, in order; never raises for a record. When the chunk
    fails as a whole (a paragraph too long for the model, say), each record is tried alone
    so that only the faulty one carries the error."""
    try:
        reports = list(linter.lint_many([(text, kind, meta) for _, text, kind, meta in items]))
        return [
            _outcome(item, report, min_severity)
            for item, report in zip(items, reports, strict=True)
        ]
    except Exception as error:
        if len(items) == 1:
            return [failed_outcome(f"{type(error).__name__}: {error}")]
        return [outcome for item in items for outcome in lint_items(linter, [item], min_severity)]


def failed_outcome(reason: str) -> Outcome:
    """The outcome of a record the analysis could not finish: no kind, one error."""
    return Outcome(None, errors=[f"{ANALYSIS_FAILED}: {reason}"])


def _outcome(item: LintItem, report: Any, min_severity: Severity) -> Outcome:
    record_key, text = item[0], item[1]
    index = LineIndex(text)
    shown = [f for f in report.findings if f.severity.rank >= min_severity.rank]
    return Outcome(
        kind=report.kind.value,
        findings=[finding_dict(f, index) for f in shown],
        keys=[baseline_key(record_key, f.code, sentence_at(text, f.start, f.end)) for f in shown],
        metrics=report.metrics,
        errors=list(report.errors),
    )


def record_chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    """Records in lists of ``size``. When reading fails part-way, the records read before
    the failure still come out, as a last short chunk, and the error is raised after it."""
    chunk: list[Record] = []
    try:
        for record in records:
            chunk.append(record)
            if len(chunk) == size:
                yield chunk
                chunk = []
    except Exception as error:
        if chunk:
            yield chunk
        raise error from None
    if chunk:
        yield chunk


def raise_in_turn(error: Exception) -> Iterator[list[Record]]:
    raise error
    yield  # a generator, so the error comes in its turn


def items_of(chunk: list[Record]) -> list[LintItem]:
    return [
        (r.key, r.text, r.kind.value if r.kind else None, r.metadata)
        for r in chunk
        if r.text is not None
    ]
