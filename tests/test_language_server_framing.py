"""The language server's reader: a message with a wrong Content-Length costs only itself.

The reader is driven by pygls's own message loop, as in the server, over bytes that arrive in
chunks of any size; what the loop hands on is collected.
"""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pygls.io_ import run_async

from recordlint.language_server.framing import ResynchronisingReader


class Collected:
    """Stands in for pygls's protocol: keeps each message the loop reads."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self.errors = 0

    def structure_message(self, data: dict[str, Any]) -> dict[str, Any]:
        return data

    def handle_message(self, message: dict[str, Any]) -> None:
        self.messages.append(message)


def frame(message: dict[str, Any], length_error: int = 0) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body) + length_error, body)


def read_all(stream: bytes, chunk: int) -> Collected:
    """Run pygls's loop over ``stream`` arriving ``chunk`` bytes at a time, to its end."""
    chunks = [stream[i : i + chunk] for i in range(0, len(stream), chunk)]

    async def read_some(size: int) -> bytes:
        await asyncio.sleep(0)
        return chunks.pop(0) if chunks else b""

    collected = Collected()

    def count_error(error: Exception, source: Any) -> None:
        collected.errors += 1

    async def main() -> None:
        await asyncio.wait_for(
            run_async(threading.Event(), ResynchronisingReader(read_some), collected,
                      error_handler=count_error),  # type: ignore[arg-type]
            timeout=10,
        )  # fmt: skip

    asyncio.run(main())
    return collected


def message(n: int, text: str) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": n, "method": "textDocument/hover", "params": {"text": text}}


def test_well_framed_messages_pass_through_whatever_the_chunks() -> None:
    """Messages whose text holds header-like words and line breaks arrive whole and in order."""
    sent = [message(n, f"Content-Length: {n}\r\n\r\nnote {n}") for n in range(5)]
    for chunk in (1, 7, 4096):
        assert read_all(b"".join(frame(m) for m in sent), chunk).messages == sent


def test_a_length_too_long_or_too_short_loses_at_most_that_message() -> None:
    """Too long: the body is read up to the next header, and used; too short: that message
    is dropped and the next one read."""
    first, second, third = message(1, "one"), message(2, "two"), message(3, "three")
    too_long = read_all(frame(first, +40) + frame(second) + frame(third), 16)
    assert too_long.messages == [first, second, third]
    too_short = read_all(frame(first, -5) + frame(second) + frame(third), 16)
    assert too_short.messages == [second, third] and too_short.errors == 1
    last_too_long = read_all(frame(first) + frame(second, +1000), 16)
    assert last_too_long.messages == [first, second]


# Each example runs pygls's message loop on a thread; on a loaded machine one can take longer
# than Hypothesis's default deadline, which would fail a test about framing, not about time.
@settings(deadline=None)
@given(
    texts=st.lists(st.text(max_size=40), min_size=2, max_size=6),
    broken=st.integers(min_value=0, max_value=5),
    length_error=st.integers(min_value=-30, max_value=60).filter(bool),
    chunk=st.integers(min_value=1, max_value=200),
)
def test_any_messages_with_one_wrong_length_keep_every_other_message(
    texts: list[str], broken: int, length_error: int, chunk: int
) -> None:
    """Whatever the texts, the chunking and which length is wrong by how much, every other
    message arrives, whole and in order."""
    broken %= len(texts)
    sent = [message(n, text) for n, text in enumerate(texts)]
    stream = b"".join(frame(m, length_error if n == broken else 0) for n, m in enumerate(sent))
    received = read_all(stream, chunk).messages
    others = [m for n, m in enumerate(sent) if n != broken]
    assert [m for m in received if m["id"] != broken] == others
