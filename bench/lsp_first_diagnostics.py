"""How soon a record opened at start-up shows its first findings, and how often it is checked.

    python bench/lsp_first_diagnostics.py [--words N] [--runs N]

Starts ``python -m recordlint lsp`` cold over stdio (default settings, a client that takes
pushed diagnostics), opens a letter of N words from the corpus straight after ``initialized``
and records every ``publishDiagnostics`` for it until the findings stop changing: when the
first arrived and which rules it held, when the last arrived, and how many full checks the
server logged for the document. Prints wall time per run and the server's CPU time (user and
system, from the kernel's accounting of the finished child process). Figures are printed, not
asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).parent))
from lsp_latency import letter_of  # a sibling script, not a package

SETTLE_S = 12.0  # no new diagnostics for this long: the findings are final
TIMEOUT_S = 120


def _read(stream: IO[bytes], inbox: list[tuple[float, dict[str, Any]]]) -> None:
    while True:
        length = None
        while (line := stream.readline()) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        if line == b"" or length is None:
            return
        inbox.append((time.monotonic(), json.loads(stream.read(length))))


def _send(stream: IO[bytes], message: dict[str, Any]) -> None:
    body = json.dumps({"jsonrpc": "2.0", **message}).encode()
    stream.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    stream.flush()


def one_run(text: str, folder: Path) -> dict[str, Any]:
    cpu_before = os.times()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "recordlint", "lsp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=folder,
    )
    assert process.stdin is not None and process.stdout is not None
    inbox: list[tuple[float, dict[str, Any]]] = []
    threading.Thread(target=_read, args=(process.stdout, inbox), daemon=True).start()
    uri = (folder / "letter.txt").as_uri()
    _send(process.stdin, {"id": 1, "method": "initialize",
                          "params": {"capabilities": {}, "rootUri": folder.as_uri()}})  # fmt: skip
    while not any(m.get("id") == 1 for _, m in inbox):
        time.sleep(0.005)
    _send(process.stdin, {"method": "initialized", "params": {}})
    opened = time.monotonic()
    _send(process.stdin, {"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})  # fmt: skip
    publishes: list[tuple[float, list[str]]] = []
    deadline = opened + TIMEOUT_S
    while time.monotonic() < deadline:
        for at, message in list(inbox):
            params = message.get("params") or {}
            if message.get("method") == "textDocument/publishDiagnostics" and (
                params.get("uri") == uri
            ):
                codes = sorted({d["code"] for d in params["diagnostics"]})
                if not publishes or publishes[-1][1] != codes:
                    publishes.append((at, codes))
                inbox.remove((at, message))
        if publishes and time.monotonic() - publishes[-1][0] > SETTLE_S:
            break
        time.sleep(0.01)
    _send(process.stdin, {"id": 2, "method": "shutdown"})
    time.sleep(0.2)
    _send(process.stdin, {"method": "exit"})
    _, err = process.communicate(timeout=TIMEOUT_S)
    cpu_after = os.times()
    cpu = (cpu_after.children_user - cpu_before.children_user) + (
        cpu_after.children_system - cpu_before.children_system
    )
    return {
        "first_s": publishes[0][0] - opened,
        "first_codes": publishes[0][1],
        "final_s": publishes[-1][0] - opened,
        "final_codes": publishes[-1][1],
        "checks": err.decode("utf-8", "replace").count("checked a document of"),
        "wall_s": time.monotonic() - started,
        "cpu_s": cpu,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = letter_of(args.words)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(args.runs):
            result = one_run(text, Path(folder))
            results.append(result)
            print(
                f"run {n + 1}: first diagnostics {result['first_s']:.2f} s after opening"
                f" ({', '.join(result['first_codes']) or 'none'}); final"
                f" {result['final_s']:.2f} s ({len(result['final_codes'])} rules);"
                f" full checks logged: {result['checks']};"
                f" server wall {result['wall_s']:.1f} s, CPU {result['cpu_s']:.1f} s"
            )
    print(
        f"median over {args.runs}: first {statistics.median(r['first_s'] for r in results):.2f} s,"
        f" final {statistics.median(r['final_s'] for r in results):.2f} s,"
        f" CPU {statistics.median(r['cpu_s'] for r in results):.1f} s"
    )


if __name__ == "__main__":
    main()
