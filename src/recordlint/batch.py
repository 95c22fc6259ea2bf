"""Lint many records: streaming, worker processes, input order, baselines and resume.

Records are read, linted and written as they go, a few chunks at a time, so memory stays
flat however long the export. With more than one job, chunks go to worker processes, each
of which builds its own :class:`~recordlint.api.Linter` once; results come back in input
order. Every record read gives exactly one result: its findings, or the error that stopped
it. This module consumes reports only; it never looks inside rules.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, TextIO

from recordlint.api import Linter
from recordlint.config import Config
from recordlint.errors import InputError
from recordlint.findings import Severity
from recordlint.io.atomic import Journal, PartFile, part_path
from recordlint.io.records import Outcome, Record
from recordlint.io.writers import RecordWriter, finding_dict
from recordlint.suppression import sentence_at
from recordlint.text import LineIndex

# Records per task sent to a worker: enough for spaCy to batch paragraphs, few enough that
# progress moves smoothly and a crash loses little.
CHUNK_SIZE = 32
# Below this many records, starting workers (each loads the model) costs more than it saves.
MIN_RECORDS_FOR_WORKERS = 2 * CHUNK_SIZE
CHECKPOINT_SECONDS = 2.0

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


# ---------------------------------------------------------------------------------------
# Linting, in this process or in workers
# ---------------------------------------------------------------------------------------

_worker_linter: Linter | None = None
_worker_min_severity = Severity.INFO


def _init_worker(config: Config, min_severity: Severity) -> None:
    global _worker_linter, _worker_min_severity
    _worker_linter = Linter(config)
    _worker_linter.warm_up()
    _worker_min_severity = min_severity


def _lint_in_worker(items: list[LintItem]) -> list[Outcome]:
    assert _worker_linter is not None, "worker used before its initializer ran"
    return lint_items(_worker_linter, items, _worker_min_severity)


def lint_items(linter: Linter, items: list[LintItem], min_severity: Severity) -> list[Outcome]:
    """Outcomes for a chunk of records, in order. When the chunk fails as a whole (a
    paragraph too long for the model, say), each record is tried alone so that only the
    faulty one carries the error."""
    try:
        reports = list(linter.lint_many([(text, kind, meta) for _, text, kind, meta in items]))
    except Exception:
        if len(items) == 1:
            raise
        return [_lint_alone(linter, item, min_severity) for item in items]
    return [
        _outcome(item, report, min_severity) for item, report in zip(items, reports, strict=True)
    ]


def _lint_alone(linter: Linter, item: LintItem, min_severity: Severity) -> Outcome:
    try:
        return lint_items(linter, [item], min_severity)[0]
    except Exception as error:
        return Outcome(None, errors=[f"could not be linted: {type(error).__name__}: {error}"])


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


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _items(chunk: list[Record]) -> list[LintItem]:
    return [
        (r.key, r.text, r.kind.value if r.kind else None, r.metadata)
        for r in chunk
        if r.text is not None
    ]


def _merge(chunk: list[Record], outcomes: list[Outcome]) -> Iterator[tuple[Record, Outcome | None]]:
    found = iter(outcomes)
    for record in chunk:
        yield record, (next(found) if record.text is not None else None)


class Linting:
    """Lints a stream of records with ``jobs`` processes, yielding results in input order.

    Use as a context manager: workers start on entry (before any progress display starts
    its own thread) and stop on exit. ``linter`` is the one this process already built; it
    serves small runs and ``jobs=1``.
    """

    def __init__(
        self,
        records: Iterable[Record],
        linter: Linter,
        *,
        jobs: int | None = None,
        min_severity: Severity = Severity.INFO,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        self.linter = linter
        self.min_severity = min_severity
        self.chunk_size = chunk_size
        chunks = _chunks(records, chunk_size)
        wanted = jobs or available_cores()
        if wanted > 1:
            # Look ahead before paying for workers: a handful of records stays here.
            first = list(islice(chunks, MIN_RECORDS_FOR_WORKERS // chunk_size))
            if sum(len(c) for c in first) < MIN_RECORDS_FOR_WORKERS and jobs is None:
                wanted = 1
            chunks = chain(first, chunks)
        self.jobs = wanted
        self._chunks = chunks
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Linting:
        if self.jobs > 1:
            methods = multiprocessing.get_all_start_methods()
            # fork shares the already-loaded model pages with the workers; spawn elsewhere.
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self._pool = ProcessPoolExecutor(
                self.jobs,
                mp_context=context,
                initializer=_init_worker,
                initargs=(self.linter.config, self.min_severity),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=exc[0] is None, cancel_futures=True)
            self._pool = None

    def __iter__(self) -> Iterator[tuple[Record, Outcome | None]]:
        if self._pool is None:
            for chunk in self._chunks:
                yield from _merge(chunk, lint_items(self.linter, _items(chunk), self.min_severity))
            return
        # A bounded queue of chunks in flight: workers stay busy, memory stays flat.
        pending: deque[tuple[list[Record], Future[list[Outcome]]]] = deque()
        limit = self.jobs * 3
        for chunk in self._chunks:
            pending.append((chunk, self._pool.submit(_lint_in_worker, _items(chunk))))
            while len(pending) >= limit:
                done, future = pending.popleft()
                yield from _merge(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from _merge(done, future.result())


# ---------------------------------------------------------------------------------------
# A whole run: baseline, writing, checkpoints and the summary
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Summary:
    read: int = 0
    linted: int = 0
    failed: int = 0
    findings: int = 0
    in_baseline: int = 0
    failing: bool = False  # a reported finding at or above --fail-on
    # Records linted per kind, given or inferred: the summary says what the text was taken
    # to be, since that decides which rules ran.
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def exit_status(self) -> int:
        return 2 if self.failed else 1 if self.failing else 0


@dataclass(slots=True)
class RunOptions:
    jobs: int | None = None
    min_severity: Severity = Severity.INFO
    fail_on: Severity | None = Severity.WARNING
    output: Path | None = None  # None: standard output
    private: bool = True  # outputs are readable by the owner only
    resume: bool = False
    baseline: Path | None = None
    update_baseline: bool = False
    fingerprint: str = ""  # identifies inputs and options, for resume
    on_result: Callable[[Record, Outcome | None], None] | None = None
    on_start: Callable[[int], None] | None = None  # told how many records are already done
    stream: TextIO = field(default_factory=lambda: sys.stdout)


def run_fingerprint(paths: Iterable[str], options: dict[str, Any]) -> str:
    """Inputs (name, size, time) and options: what a resumed run must share."""
    stamps = []
    for raw in paths:
        try:
            stat = Path(raw).stat()
            stamps.append([raw, stat.st_size, stat.st_mtime_ns])
        except OSError:
            stamps.append([raw, None, None])
    data = json.dumps([stamps, options], sort_keys=True, default=str)
    return hashlib.sha256(data.encode()).hexdigest()[:20]


def read_baseline(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def run(
    records: Iterable[Record], linter: Linter, writer: RecordWriter, options: RunOptions
) -> Summary:
    """Lint every record and write the results; returns the counts for the summary."""
    summary = Summary()
    known: frozenset[str] = frozenset()
    recording = options.baseline is not None and (
        options.update_baseline or not options.baseline.exists()
    )
    if options.baseline is not None and not recording:
        known = read_baseline(options.baseline)

    journal = Journal(options.output, options.fingerprint) if options.output else None
    state = journal.last_state() if journal and options.resume else None
    if options.resume and journal is None:
        raise InputError("--resume needs --output: there is no file to continue")
    offsets = state["offsets"] if state else {}
    output = (
        PartFile(options.output, private=options.private, resume_at=offsets.get("output"))
        if options.output
        else None
    )
    baseline_out = (
        PartFile(options.baseline, private=False, resume_at=offsets.get("baseline"))
        if recording and options.baseline
        else None
    )
    done = 0
    if state:
        done = state["records"]
        summary = Summary(**state["summary"])
        writer.restore(state["writer"])
    if journal:
        journal.start(fresh=state is None)

    def emit(text: str) -> None:
        if output is not None:
            output.write(text)
        elif text:
            options.stream.write(text)
            options.stream.flush()

    def checkpoint() -> None:
        if journal is None or output is None:
            return
        output.sync()
        positions = {"output": output.tell()}
        if baseline_out is not None:
            baseline_out.sync()
            positions["baseline"] = baseline_out.tell()
        journal.checkpoint(
            {
                "records": done,
                "offsets": positions,
                "summary": asdict(summary),
                "writer": writer.state(),
            }
        )

    if state is None:
        emit(writer.header())
        if baseline_out is not None:
            baseline_out.write(
                "# recordlint baseline: one hashed finding (record, rule, sentence) per line\n"
            )
        checkpoint()
    if options.on_start:
        options.on_start(done)
    finished = False
    last_checkpoint = time.monotonic()
    try:
        remaining = islice(records, done, None)
        with Linting(
            remaining, linter, jobs=options.jobs, min_severity=options.min_severity
        ) as linting:
            for record, outcome in linting:
                if outcome is not None:
                    if baseline_out is not None and outcome.keys:
                        baseline_out.write("".join(key + "\n" for key in outcome.keys))
                    if known:
                        outcome = _without_known(outcome, known, summary)
                    _count(summary, outcome, options.fail_on)
                else:
                    summary.failed += 1
                summary.read += 1
                emit(writer.record(record, outcome))
                done += 1
                if options.on_result:
                    options.on_result(record, outcome)
                if time.monotonic() - last_checkpoint > CHECKPOINT_SECONDS:
                    checkpoint()
                    last_checkpoint = time.monotonic()
        emit(writer.footer())
        finished = True
    finally:
        if finished:
            if output is not None:
                output.commit()
            if baseline_out is not None:
                baseline_out.commit()
            if journal is not None:
                journal.finish()
        else:
            # Every record up to `done` is whole in the part files: note it for --resume.
            checkpoint()
            for part in (output, baseline_out):
                if part is not None:
                    part.close()
            if journal is not None:
                journal.close()
    return summary


def _without_known(outcome: Outcome, known: frozenset[str], summary: Summary) -> Outcome:
    kept = [(f, k) for f, k in zip(outcome.findings, outcome.keys, strict=True) if k not in known]
    summary.in_baseline += len(outcome.findings) - len(kept)
    return Outcome(
        outcome.kind, [f for f, _ in kept], [k for _, k in kept], outcome.metrics, outcome.errors
    )


def _count(summary: Summary, outcome: Outcome, fail_on: Severity | None) -> None:
    if outcome.errors and not outcome.findings and outcome.kind is None:
        summary.failed += 1
        return
    summary.linted += 1
    summary.findings += len(outcome.findings)
    if outcome.kind is not None:
        summary.kinds[outcome.kind] = summary.kinds.get(outcome.kind, 0) + 1
    if fail_on is not None and any(
        Severity(f["severity"]).rank >= fail_on.rank for f in outcome.findings
    ):
        summary.failing = True


def interrupted_output(path: Path) -> bool:
    """Whether an earlier run writing ``path`` stopped part-way (and can be resumed)."""
    return part_path(path).exists() and path.with_name(path.name + ".journal").exists()
