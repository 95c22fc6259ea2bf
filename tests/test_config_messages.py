"""Configuration mistakes are explained in plain English: file, line, key, what was expected
and what was found, with a "did you mean" for a near miss."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recordlint import Config, Linter
from recordlint.config import load_config
from recordlint.config.messages import did_you_mean, find_line
from recordlint.errors import ConfigError


def config_error(tmp_path: Path, toml: str, name: str = "recordlint.toml") -> str:
    path = tmp_path / name
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path=path)
    return str(raised.value)


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            'select = "RL101"\n',
            "recordlint.toml, line 1: select: expected a list in square brackets such as "
            '["RL101"], got "RL101"',
        ),
        (
            "# team settings\n\n[readability]\nmax-sentance-words = 30\n",
            "recordlint.toml, line 4: readability.max-sentance-words: unknown key (did you "
            "mean 'max-sentence-words'?)",
        ),
        (
            '[severity]\nRL101 = "warn"\n',
            "recordlint.toml, line 2: severity.RL101: expected one of 'error', 'warning', "
            "'info' or 'off', got \"warn\" (did you mean 'warning'?)",
        ),
        (
            "[readability]\nmax-sentence-words = 3\n",
            "recordlint.toml, line 2: readability.max-sentence-words: expected at least 5, got 3",
        ),
        (
            '[batch.columns]\ntxt = "Note"\n',
            "recordlint.toml, line 2: batch.columns.txt: expected one of 'id', 'text'",
        ),
        (
            "[readablity]\nmax-sentence-words = 30\n",
            "recordlint.toml, line 1: readablity: unknown key (did you mean 'readability'?)",
        ),
    ],
)
def test_mistakes_name_the_line_and_what_was_expected(
    tmp_path: Path, toml: str, expected: str
) -> None:
    message = config_error(tmp_path, toml)
    assert message.startswith(expected)
    assert "Input should be" not in message and "valid tuple" not in message


def test_pyproject_tables_are_found_under_tool_recordlint(tmp_path: Path) -> None:
    toml = (
        '[project]\nname = "team-notes"\n\n[tool.recordlint.readability]\n'
        "target-reading-age = 'nine'\n"
    )
    message = config_error(tmp_path, toml, "pyproject.toml")
    assert message == (
        'pyproject.toml, line 5: readability.target-reading-age: expected a number, got "nine"'
    )


def test_a_mistyped_category_or_rule_name_gets_a_suggestion() -> None:
    for selector, suggestion in (("jargn", "jargon"), ("recorded-lat", "recorded-late")):
        config = Config().with_overrides(select=(selector,))
        with pytest.raises(ConfigError, match=f"did you mean '{suggestion}'"):
            Linter(config)


def test_a_mistyped_code_in_the_severity_table_is_an_error() -> None:
    config = Config().with_overrides(severity={"RL1O1": "off"})
    with pytest.raises(ConfigError, match=r"'RL1O1' is not a rule code \(did you mean 'RL101'\?\)"):
        Linter(config)


def test_no_suggestion_when_nothing_is_close() -> None:
    assert did_you_mean("zzzz", ["select", "ignore"]) == ""
    assert did_you_mean("Selct", ["select", "ignore"]) == " (did you mean 'select'?)"


@given(text=st.text(max_size=300), keys=st.lists(st.text(max_size=12), max_size=3))
def test_finding_a_line_never_fails_and_stays_in_the_file(text: str, keys: list[str]) -> None:
    line = find_line(text, keys)
    assert line is None or 1 <= line <= max(1, len(text.splitlines()))
