"""Output files that are never left half-written, and the journal that lets a run resume.

An output is written under ``NAME.part`` and renamed to ``NAME`` only when complete, so a
file with the final name is always whole. While a run goes on, ``NAME.journal`` records how
many input records are fully written and how long each part file was at that point; a
resumed run cuts the part files back to those lengths and carries on from the next record,
so nothing is lost and nothing written twice.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from recordlint.errors import InputError


def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


class PartFile:
    """A file written under a temporary name and renamed into place when complete."""

    def __init__(self, target: Path, *, private: bool, resume_at: int | None = None) -> None:
        self.target = target
        self.part = part_path(target)
        flags = os.O_WRONLY | os.O_CREAT | (0 if resume_at is not None else os.O_TRUNC)
        # Record text is personal data: only the owner may read it, whatever the umask.
        fd = os.open(self.part, flags, 0o600 if private else 0o666)
        if private:
            os.fchmod(fd, 0o600)
        self._handle = os.fdopen(fd, "wb")
        if resume_at is not None:
            if os.fstat(fd).st_size < resume_at:
                self._handle.close()
                raise InputError(
                    f"{self.part}: shorter than the journal says; start again without --resume"
                )
            self._handle.truncate(resume_at)
            self._handle.seek(resume_at)

    def write(self, text: str) -> None:
        if text:
            self._handle.write(text.encode("utf-8"))

    def tell(self) -> int:
        return self._handle.tell()

    def sync(self) -> None:
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def commit(self) -> None:
        """Make the file whole under its final name."""
        self.sync()
        self._handle.close()
        os.replace(self.part, self.target)
        _sync_folder(self.target.parent)

    def close(self) -> None:
        """Stop writing and leave the part file for a resumed run."""
        with contextlib.suppress(OSError):
            self.sync()
        self._handle.close()


def write_atomically(target: Path, text: str | bytes, *, private: bool) -> None:
    """Write a whole file in one go: to a temporary name, then renamed into place."""
    part = PartFile(target, private=private)
    if isinstance(text, bytes):
        part._handle.write(text)
    else:
        part.write(text)
    part.commit()


class Journal:
    """Progress of a run, one JSON line per checkpoint, after a first line naming the run.

    ``fingerprint`` identifies the inputs and options; a resumed run with different ones
    would skip the wrong records, so it is refused.
    """

    def __init__(self, target: Path, fingerprint: str) -> None:
        self.path = target.with_name(target.name + ".journal")
        self.fingerprint = fingerprint
        self._handle: Any = None

    def last_state(self) -> dict[str, Any] | None:
        """The last complete checkpoint, or None when there is no journal."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return None
        if not lines:
            return None
        try:
            header = json.loads(lines[0])
        except json.JSONDecodeError:
            header = {}
        if header.get("fingerprint") != self.fingerprint:
            raise InputError(
                f"{self.path}: the interrupted run had other inputs or options; start again "
                "without --resume"
            )
        state: dict[str, Any] = {"records": 0, "offsets": {}}
        for line in lines[1:]:
            try:  # a crash mid-line leaves the last line cut short: the one before counts
                state = json.loads(line)
            except json.JSONDecodeError:
                break
        return state

    def start(self, *, fresh: bool) -> None:
        if fresh:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            self._handle = os.fdopen(fd, "w", encoding="utf-8")
            self._append({"fingerprint": self.fingerprint})
        else:
            self._handle = self.path.open("a", encoding="utf-8")

    def checkpoint(self, state: dict[str, Any]) -> None:
        self._append(state)

    def _append(self, data: dict[str, Any]) -> None:
        self._handle.write(json.dumps(data, ensure_ascii=False) + "\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def finish(self) -> None:
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder entry is on disk (not possible everywhere).
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
