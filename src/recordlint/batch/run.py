"""A whole run: the baseline, writing, checkpoints for ``--resume``, and the summary.

:func:`run` drives :class:`~recordlint.batch.linting.Linting` and owns everything on the side
that reads and writes: the output and baseline part files, the journal, and the counts the
command's summary and exit status come from.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from recordlint.api import Linter
from recordlint.batch.linting import Linting
from recordlint.errors import InputError
from recordlint.findings import Severity
from recordlint.io.atomic import Journal, PartFile, part_path
from recordlint.io.records import TIME_BUDGET, Outcome, Record
from recordlint.io.writers import RecordWriter

CHECKPOINT_SECONDS = 2.0


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
