"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn, TypeVar

import click

from recordlint.cli.status import ExitStatus
from recordlint.config import Config, load_config
from recordlint.errors import ConfigError, InputError, RecordlintError
from recordlint.findings import RecordKind, Severity
from recordlint.io.readers import MAX_BYTES
from recordlint.io.records import ColumnMap, parse_column_pairs

F = TypeVar("F", bound=Callable[..., object])


def selection_options(func: F) -> F:
    """--select, --ignore and --config, as every command that lints takes them."""
    func = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="Use this configuration file instead of searching for one.",
    )(func)
    func = click.option(
        "--ignore", multiple=True, help="Rules to skip: codes, prefixes, categories, names."
    )(func)
    return click.option(
        "--select", multiple=True, help="Rules to run: codes, prefixes, categories, names."
    )(func)


def export_column_options(func: F) -> F:
    """--text-column, --id-column and --columns, for reading exports."""
    func = click.option(
        "--columns",
        "column_pairs",
        multiple=True,
        metavar="FIELD=COLUMN,...",
        help="Export columns for record fields: id, text, kind, person_id, author, team, "
        "contact_date, contact_time, recorded_date, recorded_time.",
    )(func)
    func = click.option("--id-column", default=None, help="Export column holding the record id.")(
        func
    )
    return click.option(
        "--text-column", default=None, help="Export column holding the record text."
    )(func)


def kind_option(func: F) -> F:
    """--kind, for records that do not say what they are."""
    return click.option(
        "--kind",
        type=click.Choice([k.value for k in RecordKind]),
        default=None,
        help="Kind of record when the record does not say (inferred otherwise).",
    )(func)


def min_severity_option(func: F) -> F:
    """--min-severity: what is shown, apart from what fails a run."""
    return click.option(
        "--min-severity",
        type=click.Choice([s.value for s in Severity]),
        default=Severity.INFO.value,
        help="Show findings at or above this severity.",
    )(func)


def max_size_option(func: F) -> F:
    """--max-size in megabytes, for files, records and standard input alike."""
    return click.option(
        "--max-size",
        type=click.FloatRange(min=0, min_open=True),
        default=MAX_BYTES / 1024 / 1024,
        show_default=True,
        help="Skip files and records larger than this many megabytes.",
    )(func)


def column_map(
    config: Config, column_pairs: tuple[str, ...], text_column: str | None, id_column: str | None
) -> ColumnMap:
    """The export columns: config's [batch.columns], then --columns, then the two shortcuts.
    A malformed --columns is a usage error on that option, as click reports its own."""
    try:
        named = parse_column_pairs(column_pairs)
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="--columns") from None
    named.update({k: v for k, v in (("text", text_column), ("id", id_column)) if v})
    configured: dict[str, str] = {str(k): v for k, v in config.options.batch.columns.items()}
    return ColumnMap(configured).merged(named)


@contextmanager
def usage_errors() -> Iterator[None]:
    """A configuration or set-up error ends the command with one line and exit status 2."""
    try:
        yield
    except ConfigError as error:
        fail_usage(error)
    except RecordlintError as error:
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(ExitStatus.USAGE) from None


def split_list(values: tuple[str, ...]) -> tuple[str, ...]:
    """Accept both repeated options and comma-separated lists."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def report_internal_error(error: BaseException, context: str = "") -> NoReturn:
    """A failure of recordlint itself: one line that says so, and exit status 3 (not 1,
    which means findings)."""
    click.echo(
        f"recordlint: internal error: {type(error).__name__}: {error}{context}. This is a "
        "bug in recordlint; please report it.",
        err=True,
    )
    raise SystemExit(ExitStatus.INTERNAL)


def resolve_config(
    config_path: str | None,
    first_path: str | None,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
) -> Config:
    """The configuration for a run, with command-line selections layered on top."""
    if config_path:
        config = load_config(path=Path(config_path))
    else:
        start = Path(first_path) if first_path and first_path != "-" else Path.cwd()
        config = load_config(start if start.exists() else Path.cwd())
    select, ignore = split_list(select), split_list(ignore)
    if select:
        config = config.with_overrides(select=select)
    if ignore:
        config = config.with_overrides(ignore=(*config.options.ignore, *ignore))
    return config


def fail_usage(error: ConfigError) -> None:
    """Say what is wrong with the configuration and exit with status 2."""
    click.echo(f"recordlint: {error}", err=True)
    raise SystemExit(ExitStatus.USAGE)
