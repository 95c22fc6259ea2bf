"""Reading messages from the client so that one badly framed message costs only itself.

Each message is ``Content-Length: N`` headers, a blank line and N bytes of JSON. pygls trusts
N: a length longer than the body makes it wait for bytes that belong to the next messages,
and the server then answers nothing while the client waits on it. This reader hands pygls's
loop the same ``readline``/``readexactly`` calls, but never lets a body run into the next
message: the header line ``Content-Length: <digits>`` followed by CR LF cannot occur inside
valid JSON (raw line breaks are not allowed in its strings), so where one appears, the body
before it is all there is. A body that is complete JSON and then followed by silence is
taken as it is. Either way the fault is logged, never the bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from pygls.io_ import StdoutWriter, run_async

if TYPE_CHECKING:
    from pygls.lsp.server import LanguageServer

logger = logging.getLogger("recordlint.language_server")

NEXT_HEADER = re.compile(rb"Content-Length:[ \t]*\d+\r\n", re.IGNORECASE)
# The same header ending a line that began with something else: the tail of a body.
HEADER_ENDING_LINE = re.compile(rb"Content-Length:[ \t]*\d+\r\n\Z", re.IGNORECASE)
# How long a body that is already complete JSON waits for the bytes its length promised.
# Clients write a message in one go, so a pause this long means the length was wrong.
SHORT_BODY_WAIT_S = 1.0
# More than the longest header line a client sends (a 20-digit length with spaces).
LONGEST_HEADER = 64
CHUNK_BYTES = 65536


class ResynchronisingReader:
    """``readline`` and ``readexactly`` over ``read_some(n)``, which returns up to n bytes as
    soon as any are there, and no bytes at the end of the input."""

    def __init__(self, read_some: Callable[[int], Awaitable[bytes]]) -> None:
        self._read_some = read_some
        self._buffer = bytearray()
        self._pending: asyncio.Future[bytes] | None = None
        self._eof = False

    async def _fill(self, timeout: float | None = None) -> bool:
        """Read more bytes; False on timeout or end of input. A read that times out is kept,
        not cancelled, so no byte it brings is lost."""
        if self._eof:
            return False
        if self._pending is None:
            self._pending = asyncio.ensure_future(self._read_some(CHUNK_BYTES))
        done, _ = await asyncio.wait({self._pending}, timeout=timeout)
        if not done:
            return False
        data = self._pending.result()
        self._pending = None
        if not data:
            self._eof = True
            return False
        self._buffer += data
        return True

    async def readline(self) -> bytes:
        while True:
            newline = self._buffer.find(b"\n")
            if newline >= 0:
                line = bytes(self._buffer[: newline + 1])
                # The tail of a body whose length was too short shares a line with the next
                # header: drop the tail and read the header.
                header = HEADER_ENDING_LINE.search(line)
                if header is not None and header.start() > 0:
                    logger.warning(
                        "skipped %d bytes between messages (a Content-Length was too short)",
                        header.start(),
                    )
                    del self._buffer[: header.start()]
                    continue
                del self._buffer[: newline + 1]
                return line
            if not await self._fill():
                line = bytes(self._buffer)
                self._buffer.clear()
                return line

    async def readexactly(self, length: int) -> bytes:
        # Let other tasks run between messages even when the next ones are already buffered,
        # so a burst of edits does not hold back the checks and diagnostics already due.
        await asyncio.sleep(0)
        while True:
            found = NEXT_HEADER.search(self._buffer, 0, length + LONGEST_HEADER)
            if found is not None and found.start() < length:
                return self._cut(found.start(), length, "the next message began")
            have = len(self._buffer)
            if have >= length + LONGEST_HEADER:
                return self._cut(length)  # a next header starting inside would show by now
            body = self._buffer[:length]
            complete = body.rstrip().endswith(b"}") and _is_json(body)
            if complete and have >= length:
                return self._cut(length)  # the usual case: a whole message
            # Fewer bytes than promised (a slow client, or a length too long), or a body that
            # is not JSON with too few bytes after it to tell whether the next header starts
            # inside it: wait for more, but not for ever where what is here may be all.
            patience = SHORT_BODY_WAIT_S if complete or have >= length else None
            if not await self._fill(timeout=patience):
                why = "the input ended" if self._eof else "nothing more came"
                return self._cut(min(have, length), length, why)

    def _cut(self, size: int, declared: int | None = None, why: str = "") -> bytes:
        if declared is not None and size < declared:
            logger.warning(
                "a message had %d bytes where its Content-Length said %d (%s); read it as"
                " it is and went on with the next",
                size,
                declared,
                why,
            )
        body = bytes(self._buffer[:size])
        del self._buffer[:size]
        return body


def _is_json(data: bytearray) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def start_io_resynchronising(server: LanguageServer) -> None:
    """Serve over standard input and output, as pygls's ``start_io`` does, with the reader
    above. Returns when the input ends or the loop stops."""
    stdin = sys.stdin.buffer
    read_blocking = getattr(stdin, "read1", stdin.read)

    async def read_some(size: int) -> bytes:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(server.thread_pool, read_blocking, size)

    server.protocol.set_writer(StdoutWriter(sys.stdout.buffer))
    try:
        asyncio.run(_serve(server, ResynchronisingReader(read_some)))
    except BrokenPipeError:
        logger.error("the connection to the client is lost; stopping")
    except (KeyboardInterrupt, SystemExit):
        pass


def start_tcp_resynchronising(server: LanguageServer, host: str, port: int) -> None:
    """Listen on ``host``:``port`` with the reader above; returns once the first client has
    disconnected, as pygls's ``start_tcp`` does."""

    async def listen() -> None:
        finished = asyncio.Event()

        async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            server.protocol.set_writer(writer)
            await _serve(server, ResynchronisingReader(reader.read))
            finished.set()

        listening = await asyncio.start_server(connection, host, port)
        logger.info("listening on %s:%d", host, port)
        async with listening:
            await finished.wait()

    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        asyncio.run(listen())


async def _serve(server: LanguageServer, reader: ResynchronisingReader) -> None:
    await run_async(
        stop_event=threading.Event(),
        reader=reader,
        protocol=server.protocol,
        logger=logger,
        error_handler=server.report_server_error,
    )
