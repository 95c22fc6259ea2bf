"""Hostile inputs: what refusing them costs. Not a test: it prints figures.

Runs `recordlint check` in a child process on

- a Word document whose document.xml inflates to --inflate-mb (default 512) MB from a
  file of about half a megabyte: real paragraphs, repeated, so a parser that trusted it
  would build them all;
- 10 MB on standard input;

and prints, for each, the exit status, wall time, CPU time (user + system of the child)
and the child's peak resident memory. The child loads the spaCy model before it reads
anything, so its peak includes the model.

    python bench/hostile_inputs.py
    python bench/hostile_inputs.py --inflate-mb 128 --src ../other-checkout/src
    python bench/hostile_inputs.py --memory-cap-gb 4   # cap the child, for older code

``--src`` measures another checkout's code (its ``src`` folder goes first on PYTHONPATH).
``--memory-cap-gb`` limits the child's address space, so code that inflates the bomb fails
with MemoryError instead of taking the machine's memory.
"""

from __future__ import annotations

import argparse
import ast
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
DOCUMENT_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body>"
)
DOCUMENT_END = "</w:body></w:document>"
PARAGRAPH = "<w:p><w:r><w:t>I visited Mrs Lee at home and she said she was well.</w:t></w:r></w:p>"


def build_docx_bomb(path: Path, inflate_mb: int) -> None:
    """A valid Word document whose body repeats one paragraph to ``inflate_mb`` MB."""
    block = (PARAGRAPH * (MB // len(PARAGRAPH))).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(DOCUMENT_START.encode())
            for _ in range(inflate_mb):
                part.write(block)
            part.write(DOCUMENT_END.encode())


def measure(
    args: list[str], src: Path, stdin: bytes | None, cap_gb: float | None
) -> dict[str, float | int | str]:
    """Exit status, wall and CPU seconds, and peak RSS of one `recordlint` child."""
    env = {**os.environ, "PYTHONPATH": str(src)}

    def limit() -> None:
        if cap_gb:
            cap = int(cap_gb * 1024 * MB)
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "recordlint", "check", *args, "--select", "RL301"],
        input=stdin,
        capture_output=True,
        env=env,
        preexec_fn=limit,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    said = completed.stderr.decode(errors="replace").strip().splitlines()
    return {
        "exit": completed.returncode,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        # ru_maxrss is the largest child so far, in kilobytes on Linux.
        "peak_rss_mib": round(after.ru_maxrss / 1024, 1),
        "said": said[-1][:160] if said else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inflate-mb", type=int, default=512)
    parser.add_argument("--stdin-mb", type=int, default=10)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--memory-cap-gb", type=float, default=None)
    parser.add_argument(
        "--cases",
        default="baseline,bomb,stdin",
        help="which to run (comma-separated); code without a stdin limit analyses all 10 MB, "
        "which takes many minutes",
    )
    options = parser.parse_args()
    chosen = set(options.cases.split(","))

    with tempfile.TemporaryDirectory() as folder:
        bomb = Path(folder) / "bomb.docx"
        started = time.perf_counter()
        build_docx_bomb(bomb, options.inflate_mb)
        print(
            f"built {bomb.name}: {bomb.stat().st_size / MB:.2f} MB inflating to "
            f"{options.inflate_mb} MB in {time.perf_counter() - started:.1f} s"
        )
        # The baseline: the same child with a one-line note, so the model's own cost shows.
        note = Path(folder) / "note.txt"
        note.write_text("I visited Mrs Lee at home and she said she was well.\n")
        cases = [
            ("baseline", "small note", [str(note)], None),
            ("bomb", f"docx bomb ({options.inflate_mb} MB)", [str(bomb)], None),
            (
                "stdin",
                f"{options.stdin_mb} MB on standard input",
                ["-"],
                b"She is well. " * (options.stdin_mb * MB // 13),
            ),
        ]
        # Each case in a fresh measuring process, so ru_maxrss is that child's alone.
        for key, name, args, stdin in cases:
            if key not in chosen:
                continue
            result = run_isolated(args, options.src, stdin, options.memory_cap_gb)
            print(f"{name:32} {result}")


def run_isolated(
    args: list[str], src: Path, stdin: bytes | None, cap_gb: float | None
) -> dict[str, float | int | str]:
    """measure() in a forked process: RUSAGE_CHILDREN's peak then belongs to one child."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child measures and reports back
        os.close(read)
        result = measure(args, src, stdin, cap_gb)
        os.write(write, repr(result).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return ast.literal_eval(data.decode())


if __name__ == "__main__":
    main()
