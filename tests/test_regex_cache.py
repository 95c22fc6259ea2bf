"""Patterns compiled from cached engine code are the patterns ``re.compile`` makes: equal
(same source, flags and code), matching alike, and made the usual way whenever the cached
code cannot be used."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint import data_cache, regex_cache
from recordlint.data_cache import CACHE_DIR_ENV
from recordlint.regex_cache import compiled

# Named and numbered groups, inline flags, look-arounds, classes, repeats, a back reference.
PATTERNS = (
    r"(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<month>[01]?\d)(?:(?P=sep)\d{2,4})?",
    r"(?i)\b(?:mr|mrs|ms|dr)\b\.?",
    r"(?<![\w.])(?:[A-Z]{1,2}|(?:[A-Z]\.){1,3})(?!\w)",
    r"^[\(\[\"'“‘«]|[\)\]\"'”’»]$|[\u00A6\u00A9\u00AE\u00B0\u0482\u058D\u058E]+",
    r"(a|b)*?c+\1",
    r"",
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_built_and_read_back_the_patterns_equal_re_compile(folder: Path) -> None:
    built = compiled(PATTERNS)
    assert len(list(folder.glob(f"{regex_cache.KIND}-*.marshal"))) == 1
    read = compiled(PATTERNS)
    expected = [re.compile(pattern) for pattern in PATTERNS]
    assert built == expected
    assert read == expected
    for made, usual in zip(read, expected, strict=True):
        assert (made.pattern, made.flags, made.groups) == (usual.pattern, usual.flags, usual.groups)
        assert made.groupindex == usual.groupindex


def test_the_model_tokenizer_patterns_equal_re_compile(
    folder: Path, saved_patterns: list[str]
) -> None:
    compiled(saved_patterns)  # written
    assert compiled(saved_patterns) == [re.compile(pattern) for pattern in saved_patterns]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sampled_from(PATTERNS))
def test_any_text_matches_alike(text: str, pattern: str) -> None:
    (made,) = compiled([pattern])
    usual = re.compile(pattern)
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in usual.finditer(text)]
    found, expected = made.search(text), usual.search(text)
    assert (found and found.groupdict()) == (expected and expected.groupdict())


def test_damaged_engine_code_falls_back_to_re_compile(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def damaged(kind: str, source: str, build: Any) -> Any:
        arguments = build()
        return [(flags, [999_999, *code], *rest) for flags, code, *rest in arguments]

    monkeypatch.setattr(data_cache, "cached", damaged)
    assert compiled(PATTERNS) == [re.compile(pattern) for pattern in PATTERNS]


def test_a_cache_of_the_wrong_shape_falls_back_to_re_compile(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data_cache, "cached", lambda kind, source, build: [("not", "code")])
    assert compiled(PATTERNS) == [re.compile(pattern) for pattern in PATTERNS]


def test_with_the_cache_turned_off_the_patterns_are_still_equal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, "")
    assert compiled(PATTERNS) == [re.compile(pattern) for pattern in PATTERNS]


@pytest.fixture(scope="module")
def saved_patterns() -> list[str]:
    """The affix and URL patterns of the installed pipeline's saved tokenizer."""
    import srsly

    from recordlint import nlp

    for name in (nlp.DEFAULT_MODEL, *nlp.FALLBACK_MODELS):
        try:
            path = nlp._data_dir(name) / "tokenizer"
        except OSError:
            continue
        data = srsly.msgpack_loads(path.read_bytes())
        return [value for value in data.values() if isinstance(value, str)]
    pytest.skip("no pipeline package is installed")


def test_the_date_shapes_come_from_the_cache_as_re_compile_makes_them(folder: Path) -> None:
    from recordlint import dates
    from recordlint.dates import shapes

    assert len(shapes._SHAPES) == 6
    for shape in shapes._SHAPES:
        assert shape.flags & re.IGNORECASE
        assert shape == re.compile(shape.pattern)
    assert compiled([shape.pattern for shape in shapes._SHAPES]) == shapes._SHAPES
    assert len(list(folder.glob(f"{regex_cache.KIND}-*.marshal"))) == 1
    assert dates.parse_uk_date("Monday 3rd March 2025 at 14:30") is not None
    text = "Seen on 3 March 2025, rang 04/03/25."
    found = [(text[d.start : d.end], d.year, d.month, d.day) for d in dates.find_dates(text)]
    assert found == [("3 March 2025", 2025, 3, 3), ("04/03/25", 2025, 3, 4)]
    stamped = "Contact: 27-Nov-2026  Recorded: 04-Dec-26"
    found = [(d.year, d.month, d.day) for d in dates.find_dates(stamped)]
    assert found == [(2026, 11, 27), (2026, 12, 4)]
