"""The command-line interface: output formats, exit status and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordlint.cli import cli

LONG = (
    "I visited Mrs Khan at home today with her daughter and we talked about how she is "
    "managing with the stairs and the bathroom and whether she would like some help."
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def record(tmp_path: Path) -> Path:
    path = tmp_path / "visit.txt"
    path.write_text("Home visit.\n\n" + LONG + "\n", encoding="utf-8")
    return path


def test_check_text_output_is_one_line_per_finding(runner: CliRunner, record: Path) -> None:
    """Text output is `path:line:col: CODE message`, then a summary, with exit status 1."""
    result = runner.invoke(cli, ["check", str(record), "--select", "RL301", "--fail-on", "info"])
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"{record}:3:1: RL301 This sentence has 31 words")
    assert lines[-1] == "Found 1 finding in 1 record (case note)."
    assert result.exit_code == 1


def test_check_fail_on_is_separate_from_what_is_shown(runner: CliRunner, record: Path) -> None:
    """An info finding is shown but does not fail the run at the default --fail-on warning."""
    result = runner.invoke(cli, ["check", str(record), "--select", "RL301"])
    assert "RL301" in result.output
    assert result.exit_code == 0


def test_check_min_severity_hides_lower_findings(runner: CliRunner, record: Path) -> None:
    """--min-severity warning hides the info finding."""
    result = runner.invoke(cli, ["check", str(record), "--select", "RL301",
                                 "--min-severity", "warning"])  # fmt: skip
    assert "RL301" not in result.output


def test_check_json_has_the_documented_shape(runner: CliRunner, record: Path) -> None:
    """--format json writes one versioned object with files, findings, metrics and errors."""
    result = runner.invoke(cli, ["check", str(record), "--select", "RL301", "--format", "json"])
    data = json.loads(result.output)
    assert data["version"] == 1
    (file,) = data["files"]
    assert file["path"] == str(record)
    assert file["id"] == "visit"
    assert file["kind"] == "case_note"
    assert file["errors"] == []
    (finding,) = file["findings"]
    assert list(finding) == [
        "code", "category", "severity", "message", "start", "end", "line", "column",
        "end_line", "end_column", "text", "standard", "suggestions", "other_uses",
    ]  # fmt: skip
    assert (finding["line"], finding["column"], finding["start"]) == (3, 1, 13)
    assert finding["text"] == LONG
    assert finding["end_line"] == 3
    assert finding["end_column"] == len(LONG) + 1


def test_check_reads_standard_input(runner: CliRunner) -> None:
    """`-` reads the record from standard input."""
    result = runner.invoke(cli, ["check", "-", "--select", "RL301"], input=LONG)
    assert result.output.startswith("-:1:1: RL301")


def test_check_bad_inputs_get_one_line_each_and_others_are_checked(
    runner: CliRunner, tmp_path: Path, record: Path
) -> None:
    """Empty, binary, Windows-1252, oversized and missing inputs never cause a traceback."""
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    (tmp_path / "cp1252.txt").write_bytes(
        "Mrs O\u2019Neill\u2019s caf\xe9 visit \u2013 fine.".encode("cp1252")
    )
    (tmp_path / "huge.txt").write_bytes(b"word " * (2 * 1024 * 1024))
    paths = [str(tmp_path / n) for n in ("empty.txt", "binary.txt", "cp1252.txt", "huge.txt")]
    result = runner.invoke(cli, ["check", *paths, str(tmp_path / "missing.txt"), str(record),
                                 "--select", "RL301", "--max-size", "1"])  # fmt: skip
    assert result.exception is None or isinstance(result.exception, SystemExit)
    out = result.output
    assert "empty.txt: empty: nothing to check" in out
    assert "binary.txt: looks like a binary file, not text" in out
    assert "cp1252.txt: not UTF-8; read as Windows-1252" in out
    assert "huge.txt: too large to check" in out
    assert "missing.txt: no such file or folder" in out
    assert f"{record}:3:1: RL301" in out
    assert "Traceback" not in out
    assert result.exit_code == 2


def test_check_utf8_with_byte_order_mark_keeps_offsets(runner: CliRunner, tmp_path: Path) -> None:
    """A byte order mark is not part of the text, so columns start at 1."""
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + LONG.encode())
    result = runner.invoke(cli, ["check", str(path), "--select", "RL301"])
    assert f"{path}:1:1: RL301" in result.output


def test_check_bad_config_exits_2_naming_file_and_key(runner: CliRunner, tmp_path: Path) -> None:
    """A bad value in recordlint.toml names the file and the key, with exit status 2."""
    (tmp_path / "recordlint.toml").write_text('[readability]\nmax-sentence-words = "twenty"\n')
    (tmp_path / "a.txt").write_text(LONG)
    result = runner.invoke(cli, ["check", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "recordlint.toml, line 2: readability.max-sentence-words: expected a whole number" in (
        result.output
    )


def test_check_config_is_found_from_the_file_upwards(runner: CliRunner, tmp_path: Path) -> None:
    """recordlint.toml in a parent folder applies to files below it."""
    (tmp_path / "recordlint.toml").write_text("[readability]\nmax-sentence-words = 6\n")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("She made tea for us both today.")
    result = runner.invoke(cli, ["check", str(tmp_path / "notes"), "--select", "RL301"])
    assert "RL301 This sentence has 7 words" in result.output


def test_check_unknown_selector_is_a_usage_error(runner: CliRunner, record: Path) -> None:
    """Selecting a rule that does not exist exits 2 with a hint."""
    result = runner.invoke(cli, ["check", str(record), "--select", "RL999"])
    assert result.exit_code == 2
    assert "'RL999' matches no rule" in result.output


@pytest.mark.parametrize("command", ["check", "sample"])
def test_malformed_columns_is_a_usage_error_on_the_option(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    """Every command that reads exports says a malformed --columns is wrong with that
    option, in click's words, and exits 2."""
    export = tmp_path / "notes.csv"
    export.write_text("id,text\n1,Seen at home.\n", encoding="utf-8")
    result = runner.invoke(cli, [command, str(export), "--columns", "text"])
    assert result.exit_code == 2
    assert "Invalid value for --columns: --columns expects FIELD=COLUMN, got 'text'" in (
        result.output
    )


def test_rules_lists_codes_and_explain_prints_docs(runner: CliRunner) -> None:
    """`rules` lists RL301 and `explain RL301` prints its documentation sections."""
    listed = runner.invoke(cli, ["rules"])
    assert "RL301  long-sentence" in listed.output
    explained = runner.invoke(cli, ["explain", "RL301"])
    assert "## Why it matters" in explained.output
    assert "Before:" in explained.output
    missing = runner.invoke(cli, ["explain", "RL000"])
    assert missing.exit_code == 2


def test_config_command_names_the_source_of_each_setting(runner: CliRunner, tmp_path: Path) -> None:
    """`recordlint config` shows values and which file set them."""
    (tmp_path / "recordlint.toml").write_text("[readability]\nmax-sentence-words = 30\n")
    result = runner.invoke(cli, ["config", str(tmp_path)])
    assert "readability.max-sentence-words = 30    # " in result.output
    assert "recordlint.toml" in result.output
    assert "readability.target-reading-age = 9" in result.output


def test_version(runner: CliRunner) -> None:
    """--version prints the version."""
    assert "recordlint, version" in runner.invoke(cli, ["--version"]).output
