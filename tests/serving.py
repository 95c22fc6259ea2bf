"""Run an ASGI application on a free loopback port in a background thread, for tests that
talk to it over real HTTP (tests that do must be marked ``loopback``)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.types import ASGIApp

from recordlint.serve import server_for


@contextmanager
def running(app: ASGIApp) -> Iterator[str]:
    """Serve ``app`` and yield its base URL (``http://127.0.0.1:PORT``)."""
    # Binding here rather than in the server picks a free port without a race.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = server_for(app, "127.0.0.1", port)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [listener]}, name="test-server", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()
