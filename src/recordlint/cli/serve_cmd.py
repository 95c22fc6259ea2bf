"""`recordlint serve`: the LanguageTool-compatible local server and the drafting page."""

from __future__ import annotations

import os
import socket

import click

from recordlint.api import Linter
from recordlint.cli.options import fail_usage, resolve_config, selection_options, usage_errors
from recordlint.config import Config
from recordlint.errors import ConfigError

INSTALL_HINT = "pip install 'recordlint[serve]'"


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but this machine's loopback address lets other "
    "machines send text to it.",
)
@click.option("--port", type=click.IntRange(1, 65535), default=8081, show_default=True)
@selection_options
@click.option(
    "--languagetool",
    "languagetool_url",
    metavar="URL",
    default=None,
    help="Also check grammar with the LanguageTool server at URL on this machine, such as "
    "http://localhost:8010 (overrides grammar.server-url).",
)
@click.option(
    "--allow-origin",
    "allowed_origins",
    multiple=True,
    metavar="ORIGIN",
    help="A web origin allowed to call the server from a browser, such as "
    "https://records.example.gov.uk or app://obsidian.md (repeatable).",
)
@click.option(
    "--extension-origins/--no-extension-origins",
    default=True,
    show_default=True,
    help="Accept calls from browser add-ons (chrome-extension://, moz-extension://), as the "
    "LanguageTool add-on makes them. With --no-extension-origins, allow one add-on by "
    "naming its origin with --allow-origin.",
)
@click.option(
    "--allow-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="Another name requests may use for this server (besides localhost and 127.0.0.1).",
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0.01),
    default=1.0,
    show_default=True,
    help="Refuse requests larger than this many megabytes.",
)
def serve_command(
    host: str,
    port: int,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
    languagetool_url: str | None,
    allowed_origins: tuple[str, ...],
    extension_origins: bool,
    allowed_hosts: tuple[str, ...],
    max_size: float,
) -> None:
    """Run a local checking server: a drafting page at http://127.0.0.1:8081/ and
    LanguageTool's HTTP API at /v2, for the LanguageTool browser add-on, LibreOffice, LTeX+
    and Obsidian. Record text is never logged or stored."""
    try:
        from recordlint.serve import GuardSettings, create_app, is_loopback_host, server_for
    except ModuleNotFoundError as error:
        click.echo(
            f"recordlint: serve needs Starlette and Uvicorn ({error}); install them with: "
            f"{INSTALL_HINT}",
            err=True,
        )
        raise SystemExit(2) from None
    with usage_errors():
        config = _with_grammar_server(
            resolve_config(config_path, None, select, ignore), languagetool_url
        )
        linter = Linter(config)
    if not is_loopback_host(host):
        click.echo(
            f"recordlint: warning: listening on {host}: other machines can reach this server; "
            "only names given with --allow-host are answered.",
            err=True,
        )
    guard = GuardSettings.for_server(
        host,
        extra_hosts=allowed_hosts,
        origins=allowed_origins,
        extension_origins=extension_origins,
        max_body_bytes=int(max_size * 1024 * 1024),
    )
    listener = _listen(host, port)
    click.echo("recordlint: loading the language model...", err=True)
    with usage_errors():
        linter.warm_up()
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    address = f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}"
    click.echo(
        f"recordlint: drafting page at {address}/\n"
        f"recordlint: LanguageTool API at {address}/v2 (press Ctrl+C to stop)",
        err=True,
    )
    server_for(create_app(linter, guard), host, port).run(sockets=[listener])


def _listen(host: str, port: int) -> socket.socket:
    """Bind before announcing the address, so a port already in use is a plain error."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, reuse_port=False)
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        click.echo(
            f"recordlint: cannot listen on {host} port {port} ({reason}); "
            "choose another port with --port",
            err=True,
        )
        raise SystemExit(2) from None


def _with_grammar_server(config: Config, languagetool_url: str | None) -> Config:
    """Grammar through a LanguageTool server on this machine only: the server answers for
    records, and forwarding them elsewhere is refused even where the configuration allows
    the public service for other commands."""
    from recordlint.serve import is_loopback_url

    grammar = config.options.grammar
    if languagetool_url:
        changed = {**grammar.model_dump(), "server_url": languagetool_url}
        config = config.with_overrides(grammar=changed)
        grammar = config.options.grammar
    if grammar.server_url and not is_loopback_url(grammar.server_url):
        fail_usage(
            ConfigError(
                f"the LanguageTool server {grammar.server_url} is not on this machine; "
                "recordlint serve forwards text only to a LanguageTool server on localhost"
            )
        )
    if grammar.allow_public_service and not (grammar.server_url or grammar.install_path):
        fail_usage(
            ConfigError(
                "grammar.allow-public-service would send record text to LanguageTool's public "
                "service; recordlint serve forwards text only to a server on this machine"
            )
        )
    return config
