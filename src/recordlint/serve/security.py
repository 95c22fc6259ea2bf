"""Keeping a local server local on a shared desktop.

A web page the user happens to open can send requests to 127.0.0.1, and a hostile domain can
be re-pointed at 127.0.0.1 (DNS rebinding) so that the browser treats the server as that
domain. So every request must name this server in its ``Host`` header, a browser request from
another origin is refused unless that origin was allowed, and bodies are capped before they
are read into memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})
# The LanguageTool add-on for Chrome, Edge, Firefox and Safari calls from these origins.
EXTENSION_ORIGIN = re.compile(
    r"^(?:chrome-extension|moz-extension|safari-web-extension)://[A-Za-z0-9._-]+$"
)
# The page loads only its own files and talks only to this server.
_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def host_name(host_header: str) -> str:
    """The name in a ``Host`` header without its port: ``[::1]:8081`` gives ``[::1]``."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if ":" in host else host


def bracketed(host: str) -> str:
    """An IPv6 address as it appears in a URL or ``Host`` header."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


@dataclass(frozen=True)
class GuardSettings:
    allowed_hosts: frozenset[str]  # names a request's Host header may carry
    allowed_origins: frozenset[str]  # other web origins allowed to call, exactly as sent
    extension_origins: bool  # whether any browser add-on may call
    max_body_bytes: int

    @classmethod
    def for_server(
        cls,
        bound_host: str,
        *,
        extra_hosts: Iterable[str] = (),
        origins: Iterable[str] = (),
        extension_origins: bool = True,
        max_body_bytes: int = 1_000_000,
    ) -> GuardSettings:
        hosts = set(LOOPBACK_NAMES) | {host_name(h) for h in extra_hosts}
        if bound_host not in ("0.0.0.0", "::", ""):
            hosts.add(bracketed(bound_host.lower()))
        return cls(
            frozenset(hosts),
            frozenset(origin.rstrip("/") for origin in origins),
            extension_origins,
            max_body_bytes,
        )

    def cross_origin_allowed(self, origin: str) -> bool:
        return origin in self.allowed_origins or bool(
            self.extension_origins and EXTENSION_ORIGIN.match(origin)
        )


class RequestGuard:
    """ASGI middleware: checks Host and Origin, caps the body, adds protective headers."""

    def __init__(self, app: ASGIApp, settings: GuardSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if host_name(host) not in self.settings.allowed_hosts:
            # 421: this server is not the one the name was meant for (DNS rebinding).
            await _refuse(send, 421, "This server answers only to localhost or 127.0.0.1.")
            return
        origin = headers.get("origin")
        if origin is not None and not self._origin_allowed(origin, host):
            await _refuse(
                send,
                403,
                "Requests from this web origin are not allowed; start recordlint serve "
                "with --allow-origin to allow it.",
            )
            return
        declared = headers.get("content-length")
        if declared is not None and (
            not declared.isdigit() or int(declared) > self.settings.max_body_bytes
        ):
            await _refuse(send, 413, "The request is larger than this server accepts.")
            return
        # Read the body now, counting as it comes, so a request without a declared length
        # cannot grow past the limit in memory.
        buffered: list[Message] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            size += len(message.get("body", b""))
            if size > self.settings.max_body_bytes:
                await _refuse(send, 413, "The request is larger than this server accepts.")
                return
            buffered.append(message)
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return buffered.pop(0) if buffered else await receive()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                response_headers.setdefault("Content-Security-Policy", _CONTENT_SECURITY_POLICY)
                response_headers.setdefault("X-Content-Type-Options", "nosniff")
                response_headers.setdefault("Referrer-Policy", "no-referrer")
                response_headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, replay, send_with_headers)

    def _origin_allowed(self, origin: str, host: str) -> bool:
        origin = origin.rstrip("/")
        # The drafting page calling its own server: same scheme, name and port.
        if origin.lower() == f"http://{host.lower()}":
            return True
        return self.settings.cross_origin_allowed(origin)


async def _refuse(send: Send, status: int, reason: str) -> None:
    body = reason.encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode("ascii")),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
