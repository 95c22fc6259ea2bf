"""Latency of `recordlint serve` as a LanguageTool client or the drafting page sees it.

    python bench/serve_latency.py [--edits N]

Starts ``recordlint serve`` on a free loopback port with default settings and measures:

- ready: from starting the process to the first answer on ``/v2/languages``;
- check latency: from posting to ``/v2/check`` (the LanguageTool form) and to ``/api/check``
  (the drafting page) to the whole answer, after a one-word edit each time (as a client
  re-sends the whole text while the writer types), p50 and p95, for a 500-word letter and a
  5,000-word assessment built from the corpus;
- the server's CPU time for those requests, beside the wall time.

Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil
import requests

CORPUS = Path(__file__).parents[1] / "corpus"
WORDS = ["visited", "called", "met", "phoned", "saw"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _document(prefix: str, words: int) -> str:
    paragraphs: list[str] = []
    count = 0
    for path in sorted(CORPUS.glob(f"{prefix}*.txt")) * 20:
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            paragraphs.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def _edited(text: str, rng: random.Random) -> str:
    """One word changed in one paragraph, so that paragraph alone is new to the cache."""
    paragraphs = text.split("\n\n")
    index = rng.randrange(len(paragraphs))
    paragraphs[index] = f"{paragraphs[index]} She {rng.choice(WORDS)} {rng.randrange(10**6)}."
    return "\n\n".join(paragraphs)


def _measure(session: requests.Session, url: str, text: str, edits: int, page: bool,
             server: psutil.Process) -> tuple[list[float], float]:  # fmt: skip
    rng = random.Random(8 if page else 7)  # different edits, so neither run hits the cache
    timings: list[float] = []
    cpu_before = sum(server.cpu_times()[:2])
    for _ in range(edits):
        text = _edited(text, rng)
        started = time.perf_counter()
        if page:
            response = session.post(f"{url}/api/check", json={"text": text}, timeout=300)
        else:
            form = {"text": text, "language": "en-GB"}
            response = session.post(f"{url}/v2/check", data=form, timeout=300)
        response.raise_for_status()
        timings.append(time.perf_counter() - started)
    return timings, sum(server.cpu_times()[:2]) - cpu_before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=30)
    args = parser.parse_args()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "recordlint", "serve", "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    session = requests.Session()
    session.trust_env = False  # no proxy between the client and a local server
    try:
        while True:
            try:
                session.get(f"{url}/v2/languages", timeout=1).raise_for_status()
                break
            except requests.RequestException:
                if process.poll() is not None or time.perf_counter() - started > 180:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.1)
        print(f"ready: {time.perf_counter() - started:.2f} s wall")
        server = psutil.Process(process.pid)
        for name, text in (("letter", _document("l", 500)), ("assessment", _document("a", 5000))):
            words = len(text.split())
            session.post(f"{url}/v2/check", data={"text": text, "language": "en"}, timeout=300)
            for page in (False, True):
                timings, cpu = _measure(session, url, text, args.edits, page, server)
                endpoint = "/api/check" if page else "/v2/check"
                p50 = statistics.median(timings) * 1000
                p95 = statistics.quantiles(timings, n=20)[-1] * 1000
                print(
                    f"{name} ({words} words) {endpoint}: p50 {p50:.0f} ms, p95 {p95:.0f} ms "
                    f"wall; server CPU {cpu / len(timings) * 1000:.0f} ms per check "
                    f"({len(timings)} one-word edits)"
                )
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
