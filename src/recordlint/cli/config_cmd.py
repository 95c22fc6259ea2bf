"""`recordlint config`: the effective configuration and where it came from."""

from __future__ import annotations

from pathlib import Path

import click

from recordlint.cli.options import resolve_config, usage_errors
from recordlint.config.options import Options


@click.command("config")
@click.argument("path", required=False)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def config_command(path: str | None, config_path: str | None) -> None:
    """Print the effective configuration for PATH (default: this folder) and its sources."""
    with usage_errors():
        config = resolve_config(config_path, path or str(Path.cwd()))
    origin = str(config.source) if config.source else "built-in defaults"
    set_keys = config.options.model_fields_set
    defaults = Options().model_dump(by_alias=True)
    for key, value in config.options.model_dump(by_alias=True).items():
        source = origin if key.replace("-", "_") in set_keys else "default"
        if isinstance(value, dict) and key != "severity":
            for sub, subvalue in value.items():
                changed = defaults.get(key, {}).get(sub) != subvalue
                click.echo(f"{key}.{sub} = {subvalue!r}    # {origin if changed else 'default'}")
        else:
            click.echo(f"{key} = {value!r}    # {source}")
    for name, team_path in config.team_paths().items():
        state = "found" if team_path.exists() else "missing"
        click.echo(f"# team.{name.replace('_', '-')}: {team_path} ({state})")
