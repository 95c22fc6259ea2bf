"""Linting a stream of records with worker processes, results in input order.

:class:`Linting` reads chunks a bounded window ahead, hands tasks to workers, and replaces a
worker that dies or runs past the time budget, trying its records again one at a time.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from multiprocessing.connection import wait

from recordlint.api import Linter
from recordlint.batch.chunks import (
    available_cores,
    failed_outcome,
    lint_items,
    raise_in_turn,
    record_chunks,
)
from recordlint.batch.workers import Chunk, Task, Worker, task_groups
from recordlint.config import Config
from recordlint.findings import Severity
from recordlint.io.records import TIME_BUDGET, Outcome, Record

# Records per task sent to a worker: enough for spaCy to batch paragraphs, few enough that
# progress moves smoothly and a crash loses little.
CHUNK_SIZE = 32
# Below this many records, more than one worker costs more than it saves.
MIN_RECORDS_FOR_WORKERS = 2 * CHUNK_SIZE


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
        chunks = record_chunks(records, chunk_size)
        wanted = jobs or available_cores()
        if wanted > 1 and jobs is None:
            # Look ahead before paying for workers: a handful of records needs one.
            first: list[list[Record]] = []
            try:
                first.extend(islice(chunks, MIN_RECORDS_FOR_WORKERS // chunk_size))
            except Exception as error:  # raised again after the records read before it
                chunks = raise_in_turn(error)
            if sum(len(c) for c in first) < MIN_RECORDS_FOR_WORKERS:
                wanted = 1
            chunks = chain(first, chunks)
        self.jobs = wanted
        self._chunks = chunks
        self._workers: list[Worker] = []
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

    def _start_worker(self) -> Worker:
        shared: Linter | Config = self.linter if self._fork else self.linter.config
        others = [w.connection for w in self._workers if not w.connection.closed]
        return Worker(self._context, shared, self.min_severity, others)

    def __iter__(self) -> Iterator[tuple[Record, Outcome | None]]:
        window: deque[Chunk] = deque()  # read, in input order, not yet handed on
        queue: deque[Task] = deque()  # waiting for a worker
        reading_error: Exception | None = None
        exhausted = False
        while True:
            # A bounded window of chunks: workers stay busy, memory stays flat.
            while not exhausted and len(window) < self.jobs * 3:
                try:
                    chunk = Chunk.of(next(self._chunks))
                except StopIteration:
                    exhausted = True
                    break
                except Exception as error:  # every record read before it is still linted
                    reading_error, exhausted = error, True
                    break
                window.append(chunk)
                queue.extend(Task(chunk, positions) for positions in task_groups(chunk.items))
            while window and window[0].missing == 0:
                yield from window.popleft().results()
            if not window:
                break
            self._hand_out(queue)
            self._collect(queue)
        if reading_error is not None:
            raise reading_error

    def _hand_out(self, queue: deque[Task]) -> None:
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

    def _collect(self, queue: deque[Task]) -> None:
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

    def _replace(self, worker: Worker, queue: deque[Task], why: str) -> None:
        """A worker died or ran out of time: start a fresh one, and try its records one at
        a time, or mark the one record it had as failed."""
        task = worker.task
        assert task is not None
        worker.stop()
        self._workers[self._workers.index(worker)] = self._start_worker()
        if len(task.positions) == 1:
            task.chunk.fill(task.positions, [failed_outcome(why)])
        else:
            queue.extendleft(reversed([Task(task.chunk, [p]) for p in task.positions]))
