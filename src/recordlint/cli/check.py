"""`recordlint check`: lint files, folders or standard input."""

from __future__ import annotations

import click

from recordlint.api import Linter
from recordlint.cli.options import fail_usage, resolve_config
from recordlint.errors import ConfigError, RecordlintError
from recordlint.findings import RecordKind, Severity
from recordlint.io.readers import MAX_BYTES, iter_paths
from recordlint.io.writers import file_dict, json_document, text_lines

SEVERITIES = [s.value for s in Severity]


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--select", multiple=True, help="Rules to run: codes, prefixes, categories, names.")
@click.option("--ignore", multiple=True, help="Rules to skip: codes, prefixes, categories, names.")
@click.option("--kind", type=click.Choice([k.value for k in RecordKind]), default=None,
              help="Kind of record (inferred when not given).")  # fmt: skip
@click.option("--min-severity", type=click.Choice(SEVERITIES), default="info",
              help="Show findings at or above this severity.")  # fmt: skip
@click.option("--fail-on", type=click.Choice([*SEVERITIES, "never"]), default="warning",
              help="Exit 1 when a finding at or above this severity is found.")  # fmt: skip
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Use this configuration file instead of searching for one.")  # fmt: skip
@click.option("--max-size", type=float, default=MAX_BYTES / 1024 / 1024, show_default=True,
              help="Skip files larger than this many megabytes.")  # fmt: skip
def check(
    paths: tuple[str, ...],
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    kind: str | None,
    min_severity: str,
    fail_on: str,
    config_path: str | None,
    max_size: float,
) -> None:
    """Check records (.txt or .md files, folders, or - for standard input).

    Exit status: 0 when nothing at or above --fail-on was found, 1 when something was,
    2 on a usage, configuration or input error.
    """
    paths = paths or ("-",)
    try:
        config = resolve_config(config_path, paths[0], select, ignore)
        linter = Linter(config)
        linter.warm_up()
    except ConfigError as error:
        fail_usage(error)
        return
    except RecordlintError as error:
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(2) from None
    shown = Severity(min_severity)
    failing = None if fail_on == "never" else Severity(fail_on)
    files, failed, input_errors, total, checked = [], False, 0, 0, 0
    for source in iter_paths(paths, int(max_size * 1024 * 1024)):
        if source.error:
            input_errors += 1
            click.echo(f"{source.path}: {source.error}", err=True)
            files.append(file_dict(source.path, source.id, None, [source.error]))
            continue
        if source.note:
            click.echo(f"{source.path}: {source.note}", err=True)
        assert source.text is not None
        checked += 1
        report = linter.lint(source.text, kind=kind)
        for message in report.errors:
            click.echo(f"{source.path}: {message}", err=True)
        if failing and report.count(failing):
            failed = True
        if output_format == "json":
            files.append(file_dict(source.path, source.id, report, min_severity=shown))
        else:
            lines = text_lines(source.path, report, shown)
            total += len(lines)
            if lines:
                click.echo("\n".join(lines))
    if output_format == "json":
        click.echo(json_document(files))
    else:
        summary = f"Found {_plural(total, 'finding')} in {_plural(checked, 'record')}"
        if input_errors:
            summary += f"; {_plural(input_errors, 'input')} could not be read"
        click.echo(summary + ".")
    if input_errors:
        raise SystemExit(2)
    raise SystemExit(1 if failed else 0)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
