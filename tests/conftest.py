"""Shared fixtures: one spaCy load per test session, and no network for any test."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from recordlint import Config, Linter
from recordlint.config import options_from_mapping


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a connection fails loudly, so a hidden download cannot pass."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise NetworkBlocked("tests must not use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


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
