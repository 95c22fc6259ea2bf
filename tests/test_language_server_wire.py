"""The language server on the wire: malformed input, what its logs hold, and TCP on loopback.

These tests speak JSON-RPC bytes directly (pytest-lsp's client only sends well-formed
messages) and read the server's stderr, which pytest-lsp forwards without keeping.
"""

from __future__ import annotations

import _socket
import json
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

import pytest

WORKSPACE = Path(__file__).parent / "data" / "lsp-workspace"
UNIQUE = "Quillontrix"  # a word that appears in no log line unless the record text does
RECORD = f"{UNIQUE} said we talked about the stairs and the bathroom today."
TIMEOUT = 30


class WireClient:
    """A minimal JSON-RPC client over any pair of byte streams."""

    def __init__(self, reader: IO[bytes], writer: IO[bytes]) -> None:
        self.writer = writer
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, args=(reader,), daemon=True).start()

    def _read(self, reader: IO[bytes]) -> None:
        try:
            while True:
                length = None
                while (line := reader.readline()) not in (b"\r\n", b""):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                if line == b"" or length is None:
                    return
                self.inbox.put(json.loads(reader.read(length)))
        except OSError:  # the server closed the connection as it exited
            return

    def send_bytes(self, body: bytes) -> None:
        self.writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.writer.flush()

    def send(self, method: str, params: Any = None, msg_id: int | None = None) -> None:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        if msg_id is not None:
            message["id"] = msg_id
        self.send_bytes(json.dumps(message).encode())

    def wait_for(self, wanted: Any) -> dict[str, Any]:
        """The first message ``wanted`` accepts, skipping others; fails after TIMEOUT."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self.inbox.get(timeout=max(0.1, deadline - time.monotonic()))
            if wanted(message):
                return message

    def response(self, msg_id: int) -> dict[str, Any]:
        return self.wait_for(lambda m: m.get("id") == msg_id and "method" not in m)

    def initialize(self, options: dict[str, Any]) -> dict[str, Any]:
        params = {
            "capabilities": {},
            "rootUri": WORKSPACE.as_uri(),
            "initializationOptions": options,
        }
        self.send("initialize", params, msg_id=1)
        result = self.response(1)
        self.send("initialized", {})
        return result

    def open_and_wait(self, name: str, text: str) -> list[dict[str, Any]]:
        uri = (WORKSPACE / name).as_uri()
        self.send("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})  # fmt: skip
        published = self.wait_for(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
            )
        )
        return published["params"]["diagnostics"]

    def shut_down(self) -> None:
        self.send("shutdown", msg_id=999)
        self.response(999)
        self.send("exit")


def start_stdio() -> tuple[subprocess.Popen[bytes], WireClient]:
    process = subprocess.Popen(
        [sys.executable, "-m", "recordlint", "lsp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=WORKSPACE,
    )
    assert process.stdin is not None and process.stdout is not None
    return process, WireClient(process.stdout, process.stdin)


def stderr_after_exit(process: subprocess.Popen[bytes]) -> str:
    _, err = process.communicate(timeout=TIMEOUT)
    return err.decode("utf-8", "replace")


def test_malformed_messages_are_answered_or_logged_without_record_text() -> None:
    """Broken JSON, a request with wrong parameters and a malformed notification are each
    answered or logged; the server goes on checking; nothing it logs quotes the record."""
    process, client = start_stdio()
    try:
        client.send_bytes(b"{this is not json " + UNIQUE.encode())
        client.initialize({"debounceMs": 0})
        client.send("textDocument/hover", {"textDocument": UNIQUE}, msg_id=2)
        assert client.response(2)["error"]["code"] == -32602
        client.send("recordlint/noSuchMethod", {"text": UNIQUE}, msg_id=3)
        assert client.response(3)["error"]["code"] == -32601
        client.send("textDocument/didChange", {"textDocument": {"uri": UNIQUE},
                                               "contentChanges": [{"text": RECORD}]})  # fmt: skip
        (diagnostic,) = client.open_and_wait("wire.txt", RECORD)
        assert diagnostic["code"] == "RL301"
        client.shut_down()
    finally:
        log = stderr_after_exit(process)
    assert process.returncode == 0
    assert "checked a document of" in log
    assert "malformed message" in log
    assert UNIQUE not in log


def test_debug_setting_lets_logs_carry_record_text() -> None:
    """With ``debug`` on, the log holds the text, for reproducing a problem locally."""
    process, client = start_stdio()
    try:
        client.initialize({"debounceMs": 0, "debug": True})
        client.open_and_wait("wire-debug.txt", RECORD)
        client.shut_down()
    finally:
        log = stderr_after_exit(process)
    assert UNIQUE in log


def _listening_addresses(port: int) -> set[str]:
    """Local addresses listening on ``port``, from the kernel's socket table (Linux)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":
                found.add(address)
    return found


def test_tcp_listens_on_loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """`recordlint lsp --tcp --port N` accepts a client on 127.0.0.1 and nowhere else."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "recordlint", "lsp", "--tcp", "--port", str(port)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=WORKSPACE,
    )
    connection = socket.socket()
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                # The suite's network guard patches socket.connect; loopback is no network,
                # so the test calls the unpatched method for this one address.
                _socket.socket.connect(connection, ("127.0.0.1", port))
                break
            except ConnectionRefusedError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        if Path("/proc/net/tcp").exists():
            assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, little-endian
        stream = connection.makefile("rwb")
        client = WireClient(stream, stream)
        result = client.initialize({})
        assert result["result"]["serverInfo"]["name"] == "recordlint"
        client.shut_down()
    finally:
        connection.close()
        process.terminate()
        process.communicate(timeout=TIMEOUT)


def test_exit_after_shutdown_ends_at_once_with_status_0_even_mid_check() -> None:
    """`shutdown` then `exit` while a long assessment is being analysed: the process is gone
    within seconds, with status 0, as the protocol says."""
    corpus = Path(__file__).parents[1] / "corpus"
    long_text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("a*.txt")))
    process, client = start_stdio()
    try:
        client.initialize({"debounceMs": 0})
        client.send("textDocument/didOpen", {"textDocument": {
            "uri": (WORKSPACE / "long.txt").as_uri(), "languageId": "plaintext",
            "version": 1, "text": long_text}})  # fmt: skip
        time.sleep(0.5)  # the analysis has started
        client.send("shutdown", msg_id=999)
        client.response(999)
        client.send("exit")
        asked = time.monotonic()
        process.wait(timeout=5)
        assert time.monotonic() - asked < 5
    finally:
        log = stderr_after_exit(process)
    assert process.returncode == 0
    assert "exit: after shutdown" in log


def test_exit_without_shutdown_ends_with_status_1() -> None:
    """`exit` with no `shutdown` before it ends the process with status 1."""
    process, client = start_stdio()
    try:
        client.initialize({})
        client.send("exit")
        process.wait(timeout=5)
    finally:
        stderr_after_exit(process)
    assert process.returncode == 1


def test_a_wrong_content_length_costs_only_its_own_message() -> None:
    """A frame whose Content-Length is too long, one whose length is too short, and one
    too long with nothing after it: each is logged, and the requests around them are
    answered (none leaves the server waiting for bytes that never come)."""
    process, client = start_stdio()
    hover = {"textDocument": {"uri": (WORKSPACE / "x.txt").as_uri()},
             "position": {"line": 0, "character": 0}}  # fmt: skip

    def request(msg_id: int) -> bytes:
        message = {"jsonrpc": "2.0", "id": msg_id, "method": "textDocument/hover",
                   "params": hover}  # fmt: skip
        return json.dumps(message).encode()

    try:
        client.initialize({})
        assert process.stdin is not None
        too_long, next_one = request(10), request(11)
        process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(too_long) + 40, too_long))
        process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(next_one), next_one))
        process.stdin.flush()
        assert client.response(10)["result"] is None
        assert client.response(11)["result"] is None
        too_short, after = request(12), request(13)
        process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(too_short) - 5, too_short))
        process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(after), after))
        process.stdin.flush()
        assert client.response(13)["result"] is None
        alone = request(14)
        process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(alone) + 1000, alone))
        process.stdin.flush()
        assert client.response(14)["result"] is None
        (diagnostic,) = client.open_and_wait("after-bad-frames.txt", RECORD)
        assert diagnostic["code"] == "RL301"
        client.shut_down()
    finally:
        log = stderr_after_exit(process)
    assert process.returncode == 0
    assert log.count("Content-Length said") == 2
    assert "a Content-Length was too short" in log


def test_a_document_opened_and_pulled_at_once_is_checked_once() -> None:
    """A client that pulls straight after opening (as VS Code does) waits for the check
    already under way instead of starting a second one."""
    process, client = start_stdio()
    uri = (WORKSPACE / "pulled-once.txt").as_uri()
    try:
        client.send("initialize", {"rootUri": WORKSPACE.as_uri(), "capabilities": {
            "textDocument": {"diagnostic": {}},
            "workspace": {"diagnostics": {"refreshSupport": True}}}}, msg_id=1)  # fmt: skip
        assert client.response(1)["result"]["capabilities"]["diagnosticProvider"]
        client.send("initialized", {})
        client.send("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": RECORD}})  # fmt: skip
        client.send("textDocument/diagnostic", {"textDocument": {"uri": uri}}, msg_id=2)
        (item,) = client.response(2)["result"]["items"]
        assert item["code"] == "RL301"
        client.shut_down()
    finally:
        log = stderr_after_exit(process)
    assert log.count("checked a document of") == 1
