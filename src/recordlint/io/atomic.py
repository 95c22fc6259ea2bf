"""Output files that are never left half-written, and the journal that lets a run resume.

An output is written under ``NAME.part`` and renamed to ``NAME`` only when complete, so a
file with the final name is always whole. While a run goes on, ``NAME.journal`` records how
many input records are fully written and how long each part file was at that point; a
resumed run cuts the part files back to those lengths and carries on from the next record,
so nothing is lost and nothing written twice.

Files are readable by their owner alone unless a caller says otherwise: outputs, working
files, reports and samples all hold something from the records (text, ids, authors, teams,
dates, hashed findings). Both working files are created afresh, never through a link someone
left at their name: the name is removed first, then created exclusively without following
links; a resumed run reopens only a plain file of its own. Only files created here have
their permissions set.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path
from typing import Any

from recordlint.errors import InputError


def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


class PartFile:
    """A file written under a temporary name and renamed into place when complete."""

    def __init__(self, target: Path, *, private: bool = True, resume_at: int | None = None) -> None:
        self.target = target
        self.part = part_path(target)
        if resume_at is None:
            self._handle = os.fdopen(create_afresh(self.part, private=private), "wb")
            return
        fd = reopen_own(self.part, os.O_WRONLY)
        self._handle = os.fdopen(fd, "wb")
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

    def discard(self) -> None:
        """Stop writing and remove the part file."""
        self._handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.part)


def write_atomically(target: Path, text: str | bytes, *, private: bool = True) -> None:
    """Write a whole file in one go: to a temporary name, then renamed into place."""
    part = PartFile(target, private=private)
    try:
        if isinstance(text, bytes):
            part._handle.write(text)
        else:
            part.write(text)
    except BaseException:
        part.discard()
        raise
    part.commit()


def create_afresh(path: Path, *, private: bool = True) -> int:
    """A new file at ``path`` for writing; ``private``: readable by its owner alone.

    Whatever was at the name (a file left by an interrupted run, or a link planted there)
    is removed, not written through: the new file is created exclusively and without
    following links, so a link made in between makes this fail rather than write elsewhere.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
    try:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        fd = os.open(path, flags, 0o600 if private else 0o666)
    except FileExistsError:
        raise InputError(
            f"{path}: appeared while recordlint was creating it; is another run writing "
            "the same output?"
        ) from None
    except OSError as error:
        raise InputError(f"{path}: cannot be created ({error.strerror})") from None
    if private:  # the mode given to open is cut by the umask; the file is ours to set
        os.fchmod(fd, 0o600)
    return fd


def reopen_own(path: Path, flags: int) -> int:
    """Open a working file an earlier run created, refusing a link, anything but a plain
    file, a file of another user, or one with other names (a hard link to someone's file)."""
    try:
        # Not blocking: a pipe left at the name would otherwise wait for a writer for ever.
        fd = os.open(path, flags | _NOFOLLOW | _CLOEXEC | _NONBLOCK)
    except OSError as error:
        raise InputError(
            f"{path}: cannot be reopened ({error.strerror}); start again without --resume"
        ) from None
    info = os.fstat(fd)
    if (
        not stat.S_ISREG(info.st_mode)
        or info.st_nlink != 1
        or (hasattr(os, "getuid") and info.st_uid != os.getuid())
    ):
        os.close(fd)
        raise InputError(
            f"{path}: not a file an earlier recordlint run left; start again without --resume"
        )
    os.set_blocking(fd, True)
    return fd


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
            fd = reopen_own(self.path, os.O_RDONLY)
        except InputError:
            if not os.path.lexists(self.path):
                return None
            raise
        with os.fdopen(fd, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
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
            # A crash mid-line leaves that line cut short: the one before counts, and a run
            # resumed from it writes its own checkpoints on the lines after.
            with contextlib.suppress(json.JSONDecodeError):
                state = json.loads(line)
        return state

    def start(self, *, fresh: bool) -> None:
        if fresh:
            self._handle = os.fdopen(create_afresh(self.path), "w", encoding="utf-8")
            self._append({"fingerprint": self.fingerprint})
        else:
            fd = reopen_own(self.path, os.O_RDWR | os.O_APPEND)
            # A run killed while writing a checkpoint leaves that line cut short. Appending
            # straight after it would join the next checkpoint to the cut line, and every
            # checkpoint of this run would then be unreadable to a later --resume.
            size = os.fstat(fd).st_size
            cut_short = (
                size > 0 and os.lseek(fd, size - 1, os.SEEK_SET) >= 0 and os.read(fd, 1) != b"\n"
            )
            self._handle = os.fdopen(fd, "a", encoding="utf-8")
            if cut_short:
                self._handle.write("\n")

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


# Not every platform has these; where one is missing the check it adds is simply absent.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder entry is on disk (not possible everywhere).
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
