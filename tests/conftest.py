"""Shared fixtures: one spaCy load per test session, and no network for any test."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import settings

from recordlint import Config, Linter
from recordlint.config import options_from_mapping

# Property-based tests check what the code does, never how fast: with hypothesis's default
# deadline (200 ms an example) a test could fail on a busy shared machine although nothing
# is wrong. Tests that set their own settings keep them; the rest run without a deadline.
settings.register_profile("recordlint", deadline=None)
settings.load_profile("recordlint")


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a connection fails loudly, so a hidden download cannot pass.

    Tests marked ``loopback`` (a local server and its clients) may reach this machine's
    loopback address and nothing else.
    """

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise NetworkBlocked("tests must not use the network")

    if request.node.get_closest_marker("loopback") is None:
        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket.socket, "connect_ex", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        monkeypatch.setattr(socket, "getaddrinfo", refuse)
        yield
        return

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create_connection, real_getaddrinfo = socket.create_connection, socket.getaddrinfo

    def loopback_only(host: Any) -> None:
        if not _is_loopback(host):
            raise NetworkBlocked(f"tests may reach only the loopback address, not {host!r}")

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            loopback_only(address[0])
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            loopback_only(address[0])
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        loopback_only(address[0])
        return real_create_connection(address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        loopback_only(host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield


def _is_loopback(host: Any) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host is None or not isinstance(host, str):
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


_linters: dict[str, Linter] = {}


def linter_for(raw_config: dict[str, Any] | None = None) -> Linter:
    """A Linter per distinct configuration, shared across the session (the model loads once
    per set of components)."""
    config = Config(options_from_mapping(raw_config or {}, "test"))
    key = config.fingerprint
    if key not in _linters:
        _linters[key] = Linter(config)
    return _linters[key]


@pytest.fixture(scope="session")
def default_linter() -> Linter:
    return linter_for()
