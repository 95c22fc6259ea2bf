"""Lint many records: streaming, worker processes, input order, baselines and resume.

Records are read, linted and written as they go, a few chunks at a time, so memory stays
flat however long the export. Chunks go to worker processes, each of which lints with its
own :class:`~recordlint.api.Linter`; results come back in input order. Every record read
gives exactly one result: its findings, or the error that stopped it. This module consumes
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
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TextIO

from recordlint.api import Linter
from recordlint.config import Config
from recordlint.errors import InputError
from recordlint.findings import Severity
from recordlint.io.atomic import Journal, PartFile, part_path
from recordlint.io.records import TIME_BUDGET, Outcome, Record
from recordlint.io.writers import RecordWriter, finding_dict
from recordlint.suppression import sentence_at
from recordlint.text import LineIndex

# Records per task sent to a worker: enough for spaCy to batch paragraphs, few enough that
# progress moves smoothly and a crash loses little.
CHUNK_SIZE = 32
# Below this many records, more than one worker costs more than it saves.
MIN_RECORDS_FOR_WORKERS = 2 * CHUNK_SIZE
CHECKPOINT_SECONDS = 2.0
# A record this long (a whole document pasted into one field) is sent to a worker alone, so
# that if it runs past the time budget it does not cost the budget twice: once with its
# chunk and once alone.
LARGE_RECORD_CHARS = 100_000
# How often a worker checks that the process that started it is still there (where the
# operating system cannot be asked to end it with its parent).
PARENT_CHECK_SECONDS = 1.0
# How long to wait for a worker whose pipe broke to be reaped, to read how it ended.
REAP_WAIT_S = 5.0

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
# Linting a chunk of records
# ---------------------------------------------------------------------------------------

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


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
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


def _raise(error: Exception) -> Iterator[list[Record]]:
    raise error
    yield  # a generator, so the error comes in its turn


def _items(chunk: list[Record]) -> list[LintItem]:
    return [
        (r.key, r.text, r.kind.value if r.kind else None, r.metadata)
        for r in chunk
        if r.text is not None
    ]


# ---------------------------------------------------------------------------------------
# Worker processes
# ---------------------------------------------------------------------------------------


def _serve(
    connection: Connection,
    linter: Linter | Config,
    min_severity: Severity,
    parent: int,
    inherited: list[Connection],
) -> None:
    """A worker's life: lint each chunk that arrives and send back its outcomes, until asked
    to stop or the other end closes."""
    _end_with_parent(parent)
    # A forked worker holds copies of the parent's ends of every pipe; closed here, so that
    # when a worker dies its pipe reads as closed at once instead of staying open in others.
    for other in inherited:
        other.close()
    # Ctrl-C reaches the whole process group; the parent decides what happens next.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if isinstance(linter, Config):  # started afresh (no fork): build the model here
        linter = Linter(linter)
        linter.warm_up()
    while True:
        try:
            items = connection.recv()
        except (EOFError, OSError):
            return
        if items is None:  # asked to stop
            return
        outcomes = lint_items(linter, items, min_severity)
        try:
            connection.send(outcomes)
        except OSError:  # the parent has gone
            return


def _end_with_parent(parent: int) -> None:
    """Make sure this worker ends when the process that started it does, even if that one
    is killed outright and cannot stop its workers."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            pr_set_pdeathsig = 1
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it ended before the request above was in place
        os._exit(1)
    # Elsewhere (and as a second line of defence), watch for being handed to another parent.
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


@dataclass(eq=False, slots=True)
class _Chunk:
    """Records read together, and their outcomes as they arrive."""

    records: list[Record]
    items: list[LintItem]
    outcomes: list[Outcome | None]
    missing: int

    @classmethod
    def of(cls, records: list[Record]) -> _Chunk:
        items = _items(records)
        return cls(records, items, [None] * len(items), len(items))

    def fill(self, positions: list[int], outcomes: list[Outcome]) -> None:
        for position, outcome in zip(positions, outcomes, strict=True):
            self.outcomes[position] = outcome
        self.missing -= len(positions)

    def results(self) -> Iterator[tuple[Record, Outcome | None]]:
        found = iter(self.outcomes)
        for record in self.records:
            yield record, (next(found) if record.text is not None else None)


def _task_groups(items: list[LintItem]) -> Iterator[list[int]]:
    """Positions of a chunk's items, grouped into tasks: runs of ordinary records, and each
    very long record on its own."""
    group: list[int] = []
    for position, item in enumerate(items):
        if len(item[1]) < LARGE_RECORD_CHARS:
            group.append(position)
            continue
        if group:
            yield group
            group = []
        yield [position]
    if group:
        yield group


@dataclass(eq=False, slots=True)
class _Task:
    chunk: _Chunk
    positions: list[int]  # which of the chunk's items


class _Worker:
    """One worker process and the task it is on."""

    def __init__(
        self,
        context: Any,
        linter: Linter | Config,
        min_severity: Severity,
        others: list[Connection],
    ) -> None:
        ours, theirs = context.Pipe()
        forked = context.get_start_method() == "fork"
        self.process = context.Process(
            target=_serve,
            args=(theirs, linter, min_severity, os.getpid(), [ours, *others] if forked else []),
            name="recordlint-worker",
            daemon=True,  # ended by this process on a normal exit, too
        )
        self.process.start()
        theirs.close()
        self.connection: Connection = ours
        self.task: _Task | None = None
        self.deadline = 0.0

    def give(self, task: _Task, budget: float) -> None:
        self.connection.send([task.chunk.items[i] for i in task.positions])
        self.task = task
        self.deadline = time.monotonic() + budget

    def stop(self, *, wait_s: float = 0.0) -> None:
        """End the worker: asked to stop when idle and given ``wait_s``, else killed."""
        if self.task is None and wait_s:
            with contextlib.suppress(OSError):
                self.connection.send(None)
            self.process.join(wait_s)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()

    def why_it_ended(self) -> str:
        # The pipe breaks a moment before the dying process can be reaped: wait for it
        # briefly, so that the error row names the signal rather than "exit status None"
        # (and a resumed run writes the same row as an uninterrupted one).
        self.process.join(REAP_WAIT_S)
        code = self.process.exitcode
        if code is not None and code < 0:
            with contextlib.suppress(ValueError):
                return f"the analysis crashed ({signal.Signals(-code).name})"
        return f"the analysis crashed (exit status {code})"


class Linting:
    """Lints a stream of records with ``jobs`` worker processes, yielding results in input
    order.

    Use as a context manager: workers start on entry (before any progress display starts
    its own thread) and stop on exit. ``linter`` is the one this process already built;
    forked workers share it. A record gets ``time_budget`` seconds.
    """

    def __init__(
        self,
        records: Iterable[Record],
        linter: Linter,
        *,
        jobs: int | None = None,
        min_severity: Severity = Severity.INFO,
        chunk_size: int = CHUNK_SIZE,
        time_budget: float = TIME_BUDGET,
    ) -> None:
        self.linter = linter
        self.min_severity = min_severity
        self.time_budget = time_budget
        chunks = _chunks(records, chunk_size)
        wanted = jobs or available_cores()
        if wanted > 1 and jobs is None:
            # Look ahead before paying for workers: a handful of records needs one.
            first: list[list[Record]] = []
            try:
                first.extend(islice(chunks, MIN_RECORDS_FOR_WORKERS // chunk_size))
            except Exception as error:  # raised again after the records read before it
                chunks = _raise(error)
            if sum(len(c) for c in first) < MIN_RECORDS_FOR_WORKERS:
                wanted = 1
            chunks = chain(first, chunks)
        self.jobs = wanted
        self._chunks = chunks
        self._workers: list[_Worker] = []
        methods = multiprocessing.get_all_start_methods()
        # fork shares the already-loaded model pages (and the linter) with the workers.
        self._fork = "fork" in methods
        self._context = multiprocessing.get_context("fork" if self._fork else "spawn")

    def __enter__(self) -> Linting:
        if self._fork:
            # Forked workers inherit what is loaded here (the model, the lexicons): load it
            # once now rather than in every worker, and again in each one that replaces a
            # crashed worker, where it would eat into the first record's time budget.
            self.linter.warm_up()
            lint_items(self.linter, [("", "Warm up.", None, {})], self.min_severity)
        self._workers = []
        for _ in range(self.jobs):
            self._workers.append(self._start_worker())
        return self

    def __exit__(self, *exc: object) -> None:
        for worker in self._workers:
            worker.stop(wait_s=5.0 if exc[0] is None else 0.0)
        self._workers = []

    def _start_worker(self) -> _Worker:
        shared: Linter | Config = self.linter if self._fork else self.linter.config
        others = [w.connection for w in self._workers if not w.connection.closed]
        return _Worker(self._context, shared, self.min_severity, others)

    def __iter__(self) -> Iterator[tuple[Record, Outcome | None]]:
        window: deque[_Chunk] = deque()  # read, in input order, not yet handed on
        queue: deque[_Task] = deque()  # waiting for a worker
        reading_error: Exception | None = None
        exhausted = False
        while True:
            # A bounded window of chunks: workers stay busy, memory stays flat.
            while not exhausted and len(window) < self.jobs * 3:
                try:
                    chunk = _Chunk.of(next(self._chunks))
                except StopIteration:
                    exhausted = True
                    break
                except Exception as error:  # every record read before it is still linted
                    reading_error, exhausted = error, True
                    break
                window.append(chunk)
                queue.extend(_Task(chunk, positions) for positions in _task_groups(chunk.items))
            while window and window[0].missing == 0:
                yield from window.popleft().results()
            if not window:
                break
            self._hand_out(queue)
            self._collect(queue)
        if reading_error is not None:
            raise reading_error

    def _hand_out(self, queue: deque[_Task]) -> None:
        for index, worker in enumerate(self._workers):
            if not queue:
                return
            if worker.task is not None:
                continue
            task = queue.popleft()
            try:
                if not worker.process.is_alive():
                    raise BrokenPipeError
                worker.give(task, self.time_budget)
            except OSError:  # it ended between tasks: nothing lost, start another
                worker.stop()
                worker = self._workers[index] = self._start_worker()
                worker.give(task, self.time_budget)

    def _collect(self, queue: deque[_Task]) -> None:
        """Wait for a worker to finish, die or run out of time, and deal with it."""
        busy = [w for w in self._workers if w.task is not None]
        assert busy, "records waiting but no worker at work"
        timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        wait([w.connection for w in busy] + [w.process.sentinel for w in busy], timeout)
        for worker in busy:
            task = worker.task
            assert task is not None
            if worker.connection.poll():
                try:
                    outcomes = worker.connection.recv()
                except (EOFError, OSError):  # died while sending
                    self._replace(worker, queue, worker.why_it_ended())
                    continue
                task.chunk.fill(task.positions, outcomes)
                worker.task = None
            elif not worker.process.is_alive():
                self._replace(worker, queue, worker.why_it_ended())
            elif time.monotonic() >= worker.deadline:
                self._replace(
                    worker, queue, f"took longer than the time budget of {self.time_budget:g} s"
                )

    def _replace(self, worker: _Worker, queue: deque[_Task], why: str) -> None:
        """A worker died or ran out of time: start a fresh one, and try its records one at
        a time, or mark the one record it had as failed."""
        task = worker.task
        assert task is not None
        worker.stop()
        self._workers[self._workers.index(worker)] = self._start_worker()
        if len(task.positions) == 1:
            task.chunk.fill(task.positions, [failed_outcome(why)])
        else:
            queue.extendleft(reversed([_Task(task.chunk, [p]) for p in task.positions]))


# ---------------------------------------------------------------------------------------
# A whole run: baseline, writing, checkpoints and the summary
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Summary:
    read: int = 0
    linted: int = 0
    failed: int = 0  # records not linted: unreadable, or the analysis failed
    not_analysed: int = 0  # of those, the ones the analysis failed on (crashed, too slow)
    findings: int = 0
    in_baseline: int = 0
    failing: bool = False  # a reported finding at or above --fail-on
    # Records linted per kind, given or inferred: the summary says what the text was taken
    # to be, since that decides which rules ran.
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def exit_status(self) -> int:
        """The command's exit status (recordlint.cli.status.ExitStatus): the most serious
        thing that happened, from a record the analysis could not finish (3), through one
        that could not be read (2), to a finding at or above --fail-on (1)."""
        if self.not_analysed:
            return 3
        return 2 if self.failed else 1 if self.failing else 0


@dataclass(slots=True)
class RunOptions:
    jobs: int | None = None
    min_severity: Severity = Severity.INFO
    fail_on: Severity | None = Severity.WARNING
    output: Path | None = None  # None: standard output
    resume: bool = False
    baseline: Path | None = None
    update_baseline: bool = False
    fingerprint: str = ""  # identifies inputs and options, for resume
    time_budget: float = TIME_BUDGET  # seconds a record may take
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
    """Lint every record and write the results; returns the counts for the summary.

    When reading the input fails part-way with an :class:`InputError` (a damaged
    workbook), every record read before is linted and written, the output is completed
    and an InputError saying how far reading got is raised. Any other failure, or an
    interruption, leaves the part files and the journal for ``--resume``.
    """
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
    output = PartFile(options.output, resume_at=offsets.get("output")) if options.output else None
    baseline_out = (
        PartFile(options.baseline, resume_at=offsets.get("baseline"))
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
    reading_error: InputError | None = None
    last_checkpoint = time.monotonic()
    try:
        remaining = islice(records, done, None)
        linting = Linting(
            remaining,
            linter,
            jobs=options.jobs,
            min_severity=options.min_severity,
            time_budget=options.time_budget,
        )
        with linting:
            try:
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
            except InputError as error:  # reading failed part-way: end the output here
                reading_error = error
                writer.stopped(str(error))
        emit(writer.footer())
        finished = True
    finally:
        if finished:
            if output is not None:
                output.commit()
            if baseline_out is not None:
                if reading_error is None:
                    baseline_out.commit()
                else:  # a baseline describes a whole input, not the part that could be read
                    baseline_out.discard()
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
    if reading_error is not None:
        kept = f"; the {_records(done)} read before it are in {options.output}"
        raise InputError(f"{reading_error}{kept if options.output else ''}") from None
    return summary


def _records(count: int) -> str:
    return f"{count:,} record{'' if count == 1 else 's'}"


def _without_known(outcome: Outcome, known: frozenset[str], summary: Summary) -> Outcome:
    kept = [(f, k) for f, k in zip(outcome.findings, outcome.keys, strict=True) if k not in known]
    summary.in_baseline += len(outcome.findings) - len(kept)
    return Outcome(
        outcome.kind, [f for f, _ in kept], [k for _, k in kept], outcome.metrics, outcome.errors
    )


def _count(summary: Summary, outcome: Outcome, fail_on: Severity | None) -> None:
    if outcome.errors and not outcome.findings and outcome.kind is None:
        summary.failed += 1
        summary.not_analysed += 1
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
