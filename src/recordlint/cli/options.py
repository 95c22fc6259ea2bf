"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

from recordlint.config import Config, load_config
from recordlint.errors import ConfigError


def split_list(values: tuple[str, ...]) -> tuple[str, ...]:
    """Accept both repeated options and comma-separated lists."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


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
    click.echo(f"recordlint: {error}", err=True)
    raise SystemExit(2)
