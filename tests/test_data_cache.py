"""The on-disk cache of package data: right after a change of source, a damaged file or a
folder that cannot be written, the value is what building it gives."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint import data_cache
from recordlint.data_cache import CACHE_DIR_ENV, KEPT_PER_KIND, cache_dir, cached
from recordlint.lexicon import LEXICON_NAMES, lexicon_dir, parse


class Builder:
    """Counts how often the value was built rather than read."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make
        self.calls = 0

    def __call__(self) -> Any:
        self.calls += 1
        return self.make()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.marshal"))


def test_a_second_read_of_the_same_source_is_not_built_again(folder: Path) -> None:
    build = Builder(lambda: {"care": 1, "advocate": 3})
    assert cached("words", "care advocate", build) == {"care": 1, "advocate": 3}
    assert cached("words", "care advocate", build) == {"care": 1, "advocate": 3}
    assert build.calls == 1
    assert len(entries(folder)) == 1


def test_a_changed_source_is_built_again_never_read_stale(folder: Path) -> None:
    first = cached("words", "care", Builder(lambda: ["care"]))
    build = Builder(lambda: ["carer"])
    assert cached("words", "carer", build) == ["carer"]
    assert build.calls == 1
    assert first == ["care"]


def test_kinds_with_the_same_source_are_kept_apart(folder: Path) -> None:
    cached("words", "same text", lambda: "words")
    assert cached("syllables", "same text", lambda: "syllables") == "syllables"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"",  # empty
        lambda data: data[:-1] + bytes([data[-1] ^ 0xFF]),  # one byte changed
        lambda data: b"\x00" * 40,  # not written by the cache at all
    ],
    ids=["truncated", "empty", "flipped-byte", "garbage"],
)
def test_a_damaged_file_is_ignored_and_rebuilt(
    folder: Path, damage: Callable[[bytes], bytes]
) -> None:
    cached("words", "care", lambda: {"care": 1})
    (path,) = entries(folder)
    path.write_bytes(damage(path.read_bytes()))
    build = Builder(lambda: {"care": 1})
    assert cached("words", "care", build) == {"care": 1}
    assert build.calls == 1
    assert cached("words", "care", build) == {"care": 1}
    assert build.calls == 1, "the rebuilt value was not written back"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not bind root"
)
def test_a_read_only_folder_falls_back_to_building(folder: Path) -> None:
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        build = Builder(lambda: [1, 2, 3])
        assert cached("numbers", "source", build) == [1, 2, 3]
        assert cached("numbers", "source", build) == [1, 2, 3]
        assert build.calls == 2
        assert entries(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_folder_refusing_writes_falls_back_to_building(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a read-only folder does for any user, root included (whom permissions don't bind).
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(data_cache.tempfile, "mkstemp", refuse)
    build = Builder(lambda: [1, 2, 3])
    assert cached("numbers", "source", build) == [1, 2, 3]
    assert cached("numbers", "source", build) == [1, 2, 3]
    assert build.calls == 2


def test_a_folder_that_cannot_be_made_falls_back_to_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file where the folder should be: mkdir fails whoever runs the test.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker / "cache"))
    build = Builder(lambda: {"a": 1})
    assert cached("words", "source", build) == {"a": 1}
    assert cached("words", "source", build) == {"a": 1}
    assert build.calls == 2


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, "")
    assert cache_dir() is None
    build = Builder(lambda: "built")
    cached("words", "source", build)
    cached("words", "source", build)
    assert build.calls == 2


def test_a_value_marshal_cannot_write_is_built_each_time(folder: Path) -> None:
    build = Builder(lambda: {"when": object()})
    cached("objects", "source", build)
    cached("objects", "source", build)
    assert build.calls == 2
    assert entries(folder) == []


def test_an_error_while_building_is_raised_and_nothing_is_kept(folder: Path) -> None:
    def fail() -> None:
        raise tomllib.TOMLDecodeError("bad")

    with pytest.raises(tomllib.TOMLDecodeError):
        cached("words", "source", fail)
    assert entries(folder) == []


def test_only_the_newest_entries_of_a_kind_are_kept(folder: Path) -> None:
    for number in range(KEPT_PER_KIND + 3):
        cached("words", f"version {number}", lambda: "value")
        newest = max(entries(folder), key=lambda p: p.stat().st_mtime_ns)
        os.utime(newest, ns=(number * 10**9, number * 10**9))
    cached("other-kind", "source", lambda: "kept")
    names = [p.name for p in entries(folder)]
    assert sum(name.startswith("words-") for name in names) == KEPT_PER_KIND
    assert sum(name.startswith("other-kind-") for name in names) == 1


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(source=st.text(), value=st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
))  # fmt: skip
def test_any_value_comes_back_as_it_was_built(folder: Path, source: str, value: Any) -> None:
    shutil.rmtree(folder, ignore_errors=True)  # each example starts with an empty cache
    assert cached("any", source, lambda: value) == value
    assert cached("any", source, lambda: pytest.fail("built twice")) == value


def test_every_shipped_lexicon_reads_the_same_from_the_cache(folder: Path) -> None:
    for name in LEXICON_NAMES:
        text = (lexicon_dir() / f"{name}.toml").read_text(encoding="utf-8")
        fresh = parse(text, name, name)
        from_file = parse(text, name, name, cache=True)  # builds and writes
        from_cache = parse(text, name, name, cache=True)  # reads
        assert from_cache == fresh == from_file
    assert len(entries(folder)) == len(LEXICON_NAMES)


def test_a_changed_lexicon_is_read_afresh(folder: Path) -> None:
    text = (lexicon_dir() / "jargon.toml").read_text(encoding="utf-8")
    before = parse(text, "jargon", "jargon", cache=True)
    first_term = before.entries[0].term
    changed = text.replace(f'term = "{first_term}"', 'term = "zzz placeholder"', 1)
    after = parse(changed, "jargon", "jargon", cache=True)
    assert after.entries[0].term == "zzz placeholder"
    assert parse(text, "jargon", "jargon", cache=True).entries[0].term == first_term


def test_the_default_folder_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert data_cache.cache_dir() == tmp_path / "recordlint" / "data"
