"""Package data kept on disk in a form that is quicker to read than its source.

Reading the word lists (TOML) and the pronouncing dictionary (130,000 lines of text) into
Python objects, or compiling the language model's tokenizer patterns (see
:mod:`recordlint.regex_cache`), costs a noticeable share of a cold start, and gives the same
objects every time. :func:`cached` keeps the result in the user's cache folder, in Python's own
``marshal`` format, under a name made from a hash of the source's content: a changed word
list gets a new name and is never read stale. Nothing is downloaded; the cache only holds
what was built from data already on this machine.

A cache that cannot be used is never an error: a damaged file is ignored and rebuilt, and
where the folder cannot be written (a read-only home, a locked-down server) the data is
built in memory as it would be without a cache. ``RECORDLINT_CACHE_DIR`` names another
folder; set to an empty string it turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

CACHE_DIR_ENV = "RECORDLINT_CACHE_DIR"
# Part of every key: a new release may build the same source differently, and marshal's
# format belongs to one Python version.
_FORMAT = f"1;{sys.version_info[:2]};{marshal.version}"
_DIGEST_BYTES = hashlib.sha256().digest_size
_ENTRY = re.compile(r"[0-9a-f]{32}\.marshal")
KEPT_PER_KIND = 4

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where cached data lives, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found: no cache
            return None
    return Path(base) / "recordlint" / "data"


def cached(kind: str, source: str | bytes, build: Callable[[], T]) -> T:
    """``build()``, read from the cache when it was built before from the same ``source``.

    ``kind`` names what is built (a file name prefix: letters, digits and hyphens); give it
    a new name when the way it is built changes. The value must be made of what ``marshal``
    writes (dicts, lists, tuples, strings, numbers, booleans, None). An error raised by
    ``build`` is raised here and nothing is cached.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{kind}-{_key(kind, source)}.marshal"
    found = _read(path)
    if found is not None:
        return found[0]
    value = build()
    _write(path, kind, value)
    return value


def _key(kind: str, source: str | bytes) -> str:
    data = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source
    digest = hashlib.sha256(f"{_FORMAT};{kind};".encode())
    digest.update(data)
    return digest.hexdigest()[:32]


def _read(path: Path) -> tuple[Any] | None:
    """The value in ``path`` (in a 1-tuple, as the value may be None), or None when the
    file is missing, unreadable or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    checksum, payload = data[:_DIGEST_BYTES], data[_DIGEST_BYTES:]
    if len(checksum) != _DIGEST_BYTES or hashlib.sha256(payload).digest() != checksum:
        return None  # cut short by a full disk, or changed by something else
    try:
        return (marshal.loads(payload),)
    except (EOFError, ValueError, TypeError):
        return None


def _write(path: Path, kind: str, value: object) -> None:
    """Store ``value`` for later runs, if the folder can be written; replaces this kind's
    older entries, which no source on this machine asks for any longer."""
    try:
        payload = marshal.dumps(value)  # type: ignore[arg-type]  # marshal refuses at run time
    except ValueError:  # something marshal cannot write: build it each time instead
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside the target and renamed over it, so a reader in another process
        # never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(payload).digest())
                out.write(payload)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        return
    _forget_older(path.parent, kind)


def _forget_older(folder: Path, kind: str) -> None:
    """Keep the few newest entries of ``kind``: enough for several installs side by side
    (each with its own word lists), without growing with every edit of a source."""
    entries = []
    for entry in folder.glob(f"{kind}-*.marshal"):
        if _ENTRY.fullmatch(entry.name[len(kind) + 1 :]):  # not another kind's name
            with contextlib.suppress(OSError):
                entries.append((entry.stat().st_mtime, entry))
    entries.sort(reverse=True)
    for _, older in entries[KEPT_PER_KIND:]:
        with contextlib.suppress(OSError):
            older.unlink()
