"""`recordlint check`: lint files, folders, exports or standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from recordlint.cli import start_up
from recordlint.cli.options import (
    column_map,
    export_column_options,
    kind_option,
    max_size_option,
    min_severity_option,
    report_internal_error,
    resolve_config,
    selection_options,
    usage_errors,
)
from recordlint.cli.status import ExitStatus
from recordlint.errors import InputError
from recordlint.findings import RecordKind, Severity
from recordlint.io.readers import iter_records
from recordlint.io.records import TIME_BUDGET, ColumnMap, Outcome, Record
from recordlint.io.writers import FORMATS, record_writer

if TYPE_CHECKING:
    # Imported when the command runs, after it has started the rules' slow loads (see
    # start_up.start_rule_loads): these bring in the linter and every rule module.
    from recordlint.api import Linter
    from recordlint.batch import Summary
    from recordlint.rules.registry import Rule

SEVERITIES = [s.value for s in Severity]
# Messages about single records stop here; the rest are in the output.
MAX_MESSAGES = 50


@click.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    help="text lines, the JSON document (small runs), JSON Lines (one record per "
    "line), CSV (one finding per row) or SARIF 2.1.0.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write results to this file (standard output when not given).",
)
@selection_options
@kind_option
@min_severity_option
@click.option(
    "--fail-on",
    type=click.Choice([*SEVERITIES, "never"]),
    default="warning",
    help="Exit 1 when a finding at or above this severity is found.",
)
@max_size_option
@export_column_options
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: the cores available; small runs use one).",
)
@click.option(
    "--time-budget",
    type=click.FloatRange(min=0, min_open=True),
    default=TIME_BUDGET,
    show_default=True,
    metavar="SECONDS",
    help="Stop linting a record that takes longer than this; it is reported as an error "
    "and the run goes on.",
)
@click.option(
    "--resume", is_flag=True, help="Continue an interrupted run that was writing --output."
)
@click.option(
    "--redact", is_flag=True, help="Leave record text and matched words out of every output."
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Report only findings not in this file; it is created from this run's "
    "findings when it does not exist.",
)
@click.option(
    "--update-baseline", is_flag=True, help="Rewrite the --baseline file with this run's findings."
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    output: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    kind: str | None,
    min_severity: str,
    fail_on: str,
    config_path: str | None,
    max_size: float,
    text_column: str | None,
    id_column: str | None,
    column_pairs: tuple[str, ...],
    jobs: int | None,
    time_budget: float,
    resume: bool,
    redact: bool,
    baseline: Path | None,
    update_baseline: bool,
) -> None:
    """Check records: .txt, .md or .docx files, folders of them, exports (.csv, .jsonl,
    .xlsx; one record per row), or - for standard input.

    Exit status: 0 when nothing at or above --fail-on was found, 1 when something was,
    2 on a usage, configuration or input error, 3 when recordlint itself failed (on a
    record it could not finish, too).
    """
    if not paths:
        if stdin_is_terminal():
            # Waiting silently for typing looks like a hang; say what is expected instead.
            context = click.get_current_context()
            click.echo(context.get_usage(), err=True)
            click.echo(
                "recordlint: name the files, folders or exports to check, or - to read "
                "standard input (see --help)",
                err=True,
            )
            raise SystemExit(ExitStatus.USAGE)
        paths = ("-",)
    with usage_errors():
        config = resolve_config(config_path, paths[0], select, ignore)
        start_up.start_rule_loads(config)
        from recordlint.api import Linter
        from recordlint.batch import RunOptions, run, run_fingerprint

        columns = column_map(config, column_pairs, text_column, id_column)
        linter = Linter(config)
        linter.warm_up()
    start_up.resume()
    if resume and (output is None or output_format == "json"):
        click.echo(
            "recordlint: --resume needs --output and a streaming format "
            "(text, jsonl, csv or sarif)",
            err=True,
        )
        raise SystemExit(ExitStatus.USAGE)
    if update_baseline and baseline is None:
        click.echo("recordlint: --update-baseline needs --baseline FILE", err=True)
        raise SystemExit(ExitStatus.USAGE)

    max_bytes = int(max_size * 1024 * 1024)
    messages = _Messages(linter.rules)
    progress = _progress(paths, columns, max_bytes, output, output_format)
    fingerprint = run_fingerprint(
        paths,
        {
            "format": output_format,
            "config": config.fingerprint,
            "kind": kind,
            "redact": redact,
            "columns": dict(columns.named),
            "min": min_severity,
            "baseline": str(baseline),
        },
    )

    def on_result(record: Record, outcome: Outcome | None) -> None:
        messages.about(record, outcome)
        if progress is not None:
            progress.update(1)

    options = RunOptions(
        jobs=jobs,
        min_severity=Severity(min_severity),
        fail_on=None if fail_on == "never" else Severity(fail_on),
        output=output,
        resume=resume,
        baseline=baseline,
        update_baseline=update_baseline,
        fingerprint=fingerprint,
        time_budget=time_budget,
        on_result=on_result,
        on_start=(lambda done: progress.update(done)) if progress is not None else None,
    )
    writer = record_writer(output_format, rules=_rule_table(linter), redact=redact)
    records = _with_default_kind(iter_records(paths, columns, max_bytes), kind)
    try:
        summary = run(records, linter, writer, options)
    except InputError as error:
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(ExitStatus.USAGE) from None
    except KeyboardInterrupt:
        if output is not None:
            click.echo(
                f"\nrecordlint: interrupted; continue with the same command and "
                f"--resume to finish {output}",
                err=True,
            )
        raise SystemExit(130) from None
    except OSError as error:  # the output cannot be written: a full disk, a read-only folder
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(ExitStatus.USAGE) from None
    except Exception as error:
        resumable = f"; the records done are kept for --resume of {output}" if output else ""
        report_internal_error(error, resumable)
    finally:
        if progress is not None:
            progress.close()
    messages.finish()
    _echo_summary(summary, output_format, output, baseline)
    # run() has committed and closed every file it wrote, and its workers have ended.
    start_up.output_complete()
    raise SystemExit(summary.exit_status)


def stdin_is_terminal() -> bool:
    """Whether standard input is a person at a keyboard rather than a pipe or a file."""
    return sys.stdin is not None and sys.stdin.isatty()


class _Messages:
    """One line on standard error per record that failed, had a note or a rule error, and
    one per export that lacks the columns an enabled rule reads."""

    def __init__(self, rules: list[Rule]) -> None:
        self.count = 0
        self.notes: set[tuple[str, str]] = set()
        self.rules = [rule for rule in rules if rule.metadata]
        self.exports: set[str] = set()

    def about(self, record: Record, outcome: Outcome | None) -> None:
        lines = []
        if record.error:
            lines.append(f"{record.label}: {record.error}")
        for note in record.note.splitlines() if record.note else ():
            if (record.source, note) not in self.notes:
                self.notes.add((record.source, note))  # once per file, not once per row
                lines.append(f"{record.source}: {note}")
        if record.fields is not None and record.source not in self.exports:
            self.exports.add(record.source)
            missing = self._missing_columns(record.fields)
            lines.extend(f"{record.source}: {line}" for line in missing)
        if outcome is not None:
            lines.extend(f"{record.label}: {message}" for message in outcome.errors)
        for line in lines:
            self.count += 1
            if self.count <= MAX_MESSAGES:
                click.echo(line, err=True)

    def _missing_columns(self, fields: frozenset[str]) -> Iterator[str]:
        for rule in self.rules:
            missing = sorted(rule.metadata - fields)
            if missing:
                columns = " or ".join(name.replace("_", " ") for name in missing)
                yield (
                    f"no {columns} column, which {rule.code} ({rule.name}) reads; name it "
                    f"with --columns {missing[0]}=HEADING if the export has it under another "
                    "heading"
                )

    def finish(self) -> None:
        if self.count > MAX_MESSAGES:
            hidden = self.count - MAX_MESSAGES
            click.echo(
                f"… and {hidden} more messages; every record's errors are in the output.", err=True
            )


def _with_default_kind(records: Iterable[Record], kind: str | None) -> Iterator[Record]:
    for record in records:
        if kind and record.kind is None:
            record = replace(record, details={**record.details, "kind": kind})
        yield record


def _rule_table(linter: Linter) -> list[dict[str, str]]:
    return [
        {
            "code": r.code,
            "name": r.name,
            "summary": r.summary,
            "category": r.category.value,
            "severity": r.severity.value,
        }
        for r in sorted(linter.rules, key=lambda r: r.code)
    ]


def _progress(
    paths: tuple[str, ...], columns: ColumnMap, max_bytes: int, output: Path | None, fmt: str
) -> Any:
    """A progress bar on standard error, only on a terminal and not over the results."""
    if not sys.stderr.isatty() or (output is None and sys.stdout.isatty()) or "-" in paths:
        return None
    from tqdm import tqdm

    # A quick first pass for the total, so the bar can say how long is left.
    total = sum(1 for _ in iter_records(paths, columns, max_bytes))
    return tqdm(
        total=total,
        unit=" records",
        file=sys.stderr,
        dynamic_ncols=True,
        smoothing=0.05,
        desc="Checking",
    )


def _echo_summary(summary: Summary, fmt: str, output: Path | None, baseline: Path | None) -> None:
    if fmt == "text" and output is None:
        line = (
            f"Found {_plural(summary.findings, 'finding')} in {_plural(summary.linted, 'record')}"
        )
        if summary.kinds:
            line += f" ({_kinds_in_words(summary.kinds, summary.linted)})"
        unreadable = summary.failed - summary.not_analysed
        if unreadable:
            line += f"; {_plural(unreadable, 'input')} could not be read"
        if summary.not_analysed:
            line += f"; {_plural(summary.not_analysed, 'input')} could not be linted"
        click.echo(line + ".")
        return
    if fmt == "json" and output is None:
        return  # the document is the whole of standard output, as it always was
    line = (
        f"Read {_plural(summary.read, 'record')}: {summary.linted:,} linted, "
        f"{summary.failed:,} failed; {_plural(summary.findings, 'finding')}"
    )
    if summary.in_baseline:
        line += f" ({summary.in_baseline:,} more already in {baseline})"
    if output is not None:
        line += f"; written to {output}"
    click.echo(line + ".", err=True)


def _kinds_in_words(kinds: dict[str, int], linted: int) -> str:
    """ "case note" for one record; "2 case notes, 1 professional" for several."""
    if linted == 1 and len(kinds) == 1:
        return RecordKind(next(iter(kinds))).label
    return ", ".join(
        _plural(count, RecordKind(kind).label) for kind, count in sorted(kinds.items())
    )


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
