"""Latency of the language server as an editor sees it, with all default rules.

    python bench/lsp_latency.py [--edits N] [--profile]

Starts ``python -m recordlint lsp`` over stdio with default settings (no recordlint.toml, no
initialization options) and measures:

- ready: from starting the process to the ``initialize`` response, and to the first
  diagnostics of the first document (the pipeline loads in the background meanwhile);
- edit latency: from sending a one-word ``didChange`` to receiving the ``publishDiagnostics``
  for that version (debounce, analysis, conversion and transport included), p50 and p95,
  for a 500-word letter and a 5,000-word assessment built from the corpus;
- the server's peak memory (resident set size).

``--profile`` then profiles the core alone (no server) on one one-word edit to the
assessment and prints where the time goes. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import queue
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

CORPUS = Path(__file__).parents[1] / "corpus"
TIMEOUT = 120


# -- realistic documents ------------------------------------------------------------------


def _paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def _words(text: str) -> int:
    return len(text.split())


def letter_of(words: int) -> str:
    """A letter: one salutation, body paragraphs from the corpus letters, one sign-off."""
    body: list[str] = []
    for path in sorted(CORPUS.glob("l*.txt")):
        for paragraph in _paragraphs(path):
            first = paragraph.split()[0] if paragraph.split() else ""
            if first in ("Dear", "Yours", "With", "Kind") or re.search(r"\d{4}$", paragraph):
                continue  # salutations, sign-offs, addresses and dates appear once
            if _words(paragraph) >= 12:
                body.append(paragraph)
    chosen: list[str] = []
    while sum(_words(p) for p in chosen) < words - 20:
        chosen.append(body[len(chosen) % len(body)])
    return "\n\n".join(
        ["12 March 2026", "Dear Mrs Tanner,", *chosen, "Yours sincerely,\n\nFfion Jones"]
    )


def assessment_of(words: int) -> str:
    """An assessment: the corpus assessments, then case-note paragraphs, to ``words``."""
    paragraphs = [p for path in sorted(CORPUS.glob("a*.txt")) for p in _paragraphs(path)]
    paragraphs += [p for path in sorted(CORPUS.glob("n*.txt")) for p in _paragraphs(path)]
    chosen: list[str] = []
    for paragraph in paragraphs:
        if sum(_words(p) for p in chosen) >= words:
            break
        chosen.append(paragraph)
    return "\n\n".join(chosen)


# -- a small JSON-RPC client --------------------------------------------------------------


class Server:
    def __init__(self, folder: Path) -> None:
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "recordlint", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=folder,
        )
        assert self.process.stdin and self.process.stdout and self.process.stderr
        self.writer = self.process.stdin
        self.inbox: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        threading.Thread(target=self._drain, args=(self.process.stderr,), daemon=True).start()

    def _read(self, reader: IO[bytes]) -> None:
        while True:
            length = None
            while (line := reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if line == b"" or length is None:
                return
            self.inbox.put((time.perf_counter(), json.loads(reader.read(length))))

    def _drain(self, reader: IO[bytes]) -> None:
        for line in reader:
            self.log.append(line.decode("utf-8", "replace"))

    def send(self, method: str, params: Any = None, msg_id: int | None = None) -> float:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        if msg_id is not None:
            message["id"] = msg_id
        body = json.dumps(message).encode()
        sent = time.perf_counter()
        self.writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.writer.flush()
        return sent

    def wait_for(self, wanted: Any) -> tuple[float, dict[str, Any]]:
        deadline = time.monotonic() + TIMEOUT
        while True:
            arrived, message = self.inbox.get(timeout=max(0.1, deadline - time.monotonic()))
            if message.get("method") == "workspace/configuration":
                self.send_result(message["id"], [None])
            elif wanted(message):
                return arrived, message

    def send_result(self, msg_id: Any, result: Any) -> None:
        body = json.dumps({"jsonrpc": "2.0", "id": msg_id, "result": result}).encode()
        self.writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.writer.flush()

    def published(self, uri: str, version: int) -> float:
        arrived, _ = self.wait_for(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and m["params"].get("version") == version
            )
        )
        return arrived

    def peak_rss_mb(self) -> float | None:
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return None
        match = re.search(r"VmHWM:\s+(\d+) kB", status)
        return int(match.group(1)) / 1024 if match else None

    def stop(self) -> None:
        self.send("shutdown", msg_id=999_999)
        self.wait_for(lambda m: m.get("id") == 999_999)
        self.send("exit")
        self.process.wait(timeout=TIMEOUT)


# -- measurements --------------------------------------------------------------------------


def one_word_edits(text: str, count: int, seed: int) -> list[tuple[int, int, int, str]]:
    """(line, start, end, new word) replacing one word with another of the record's words,
    spread through the document, as a writer correcting a word here and there."""
    rng = random.Random(seed)
    lines = text.split("\n")
    spots = [(n, m) for n, line in enumerate(lines) for m in re.finditer(r"[A-Za-z]{3,}", line)]
    vocabulary = sorted({m.group() for _, m in spots})
    edits = []
    for n, match in rng.sample(spots, count):
        edits.append((n, match.start(), match.end(), rng.choice(vocabulary)))
    return edits


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_edits(server: Server, uri: str, text: str, edits: int, seed: int) -> list[float]:
    """Milliseconds from each one-word didChange to its publishDiagnostics."""
    latencies = []
    lines = text.split("\n")
    for version, (line, start, end, word) in enumerate(one_word_edits(text, edits, seed), 2):
        # Replace the word as it stands now (earlier edits may have moved it).
        current = lines[line]
        match = re.compile(r"[A-Za-z]{3,}").search(current, max(0, start - 1))
        if match is None:
            continue
        start, end = match.span()
        lines[line] = current[:start] + word + current[end:]
        sent = server.send("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": start},
                                          "end": {"line": line, "character": end}},
                                "text": word}]})  # fmt: skip
        latencies.append((server.published(uri, version) - sent) * 1000)
        time.sleep(0.05)  # a pause between edits, as between words typed
    return latencies


def analysis_times(log: list[str]) -> list[float]:
    return [float(m.group(1)) for line in log if (m := re.search(r"in (\d+) ms", line))]


def run(edits: int) -> None:
    letter, assessment = letter_of(500), assessment_of(5000)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        server = Server(folder)
        server.send("initialize", {"processId": None, "rootUri": folder.as_uri(),
                                   "capabilities": {}}, msg_id=1)  # fmt: skip
        ready, _ = server.wait_for(lambda m: m.get("id") == 1)
        server.send("initialized", {})
        print(f"ready (start to initialize response): {(ready - server.started) * 1000:.0f} ms")
        results = {}
        for name, text in (("letter", letter), ("assessment", assessment)):
            uri = (folder / f"{name}.txt").as_uri()
            opened = server.send("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})  # fmt: skip
            first = server.published(uri, 1)
            print(
                f"{name}: {_words(text):,} words; first diagnostics {(first - opened) * 1000:.0f}"
                f" ms after opening ({(first - server.started) * 1000:.0f} ms after start)"
            )
            before = len(server.log)
            results[name] = (measure_edits(server, uri, text, edits, seed=7), before)
        rss = server.peak_rss_mb()
        server.stop()
    for name, (latencies, log_start) in results.items():
        analysis = analysis_times(server.log[log_start:])
        print(
            f"{name} one-word edits (n={len(latencies)}): p50 {percentile(latencies, 0.5):.0f} ms,"
            f" p95 {percentile(latencies, 0.95):.0f} ms, max {max(latencies):.0f} ms;"
            f" analysis alone p50 {statistics.median(analysis):.0f} ms"
        )
    if "--verbose" in sys.argv:
        for name, (latencies, _) in results.items():
            print(name, [round(x) for x in latencies])
    print(f"server peak memory (RSS): {rss:.0f} MB" if rss else "peak memory: not available")


def profile_core() -> None:
    """Where a one-word edit's time goes in the core (the server adds debounce and transport)."""
    from recordlint import Linter

    text = assessment_of(5000)
    linter = Linter()
    linter.lint(text)
    line, start, end, word = one_word_edits(text, 1, seed=11)[0]
    lines = text.split("\n")
    lines[line] = lines[line][:start] + word + lines[line][end:]
    edited = "\n".join(lines)
    profiler = cProfile.Profile()
    began = time.perf_counter()
    profiler.runcall(linter.lint, edited)
    print(f"\ncore, one-word edit to the assessment: {(time.perf_counter() - began) * 1000:.0f} ms"
          " (profiled, so slower than unprofiled)")  # fmt: skip
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(r"recordlint", 25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=60, help="one-word edits per document")
    parser.add_argument("--profile", action="store_true", help="profile the core on one edit")
    parser.add_argument("--verbose", action="store_true", help="print every latency")
    args = parser.parse_args()
    run(args.edits)
    if args.profile:
        profile_core()


if __name__ == "__main__":
    main()
