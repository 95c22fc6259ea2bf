"""Worker processes: a worker's life, how it ends with its parent, and the tasks it is given.

A worker lints the chunks that arrive on its pipe with :func:`~recordlint.batch.chunks.lint_items`
and sends back the outcomes. It stands apart from the scheduling in
:mod:`recordlint.batch.linting` because it is what runs in the other process: it ends when the
process that started it ends, however that one ends.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from recordlint.api import Linter
from recordlint.batch.chunks import LintItem, items_of, lint_items
from recordlint.config import Config
from recordlint.findings import Severity
from recordlint.io.records import Outcome, Record

# A record this long (a whole document pasted into one field) is sent to a worker alone, so
# that if it runs past the time budget it does not cost the budget twice: once with its
# chunk and once alone.
LARGE_RECORD_CHARS = 100_000
# How often a worker checks that the process that started it is still there (where the
# operating system cannot be asked to end it with its parent).
PARENT_CHECK_SECONDS = 1.0
# How long to wait for a worker whose pipe broke to be reaped, to read how it ended.
REAP_WAIT_S = 5.0


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
class Chunk:
    """Records read together, and their outcomes as they arrive."""

    records: list[Record]
    items: list[LintItem]
    outcomes: list[Outcome | None]
    missing: int

    @classmethod
    def of(cls, records: list[Record]) -> Chunk:
        items = items_of(records)
        return cls(records, items, [None] * len(items), len(items))

    def fill(self, positions: list[int], outcomes: list[Outcome]) -> None:
        for position, outcome in zip(positions, outcomes, strict=True):
            self.outcomes[position] = outcome
        self.missing -= len(positions)

    def results(self) -> Iterator[tuple[Record, Outcome | None]]:
        found = iter(self.outcomes)
        for record in self.records:
            yield record, (next(found) if record.text is not None else None)


def task_groups(items: list[LintItem]) -> Iterator[list[int]]:
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
class Task:
    chunk: Chunk
    positions: list[int]  # which of the chunk's items


class Worker:
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
        self.task: Task | None = None
        self.deadline = 0.0

    def give(self, task: Task, budget: float) -> None:
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
