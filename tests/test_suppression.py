"""Silencing findings: team allow lists, hidden false positives and inline directives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from recordlint import Config, Linter
from recordlint.config import load_config
from recordlint.suppression import (
    hidden_findings,
    hide_line,
    read_directives,
    sentence_at,
    sentence_digest,
)

LONG = (
    "I visited Mrs Khan at home today with her daughter and we talked about how she is "
    "managing with the stairs and the bathroom and whether she would like some help."
)


def _linter(tmp_path: Path, toml: str) -> Linter:
    (tmp_path / "recordlint.toml").write_text(toml, encoding="utf-8")
    return Linter(load_config(tmp_path))


def test_disable_directive_silences_the_rule_for_the_record(tmp_path: Path) -> None:
    """`recordlint-disable RL301` anywhere silences that rule for the whole record."""
    linter = _linter(tmp_path, 'select = ["RL301"]\n')
    assert linter.lint(LONG).findings
    assert not linter.lint(f"<!-- recordlint-disable RL301 -->\n{LONG}").findings
    assert not linter.lint(f"recordlint-disable readability\n\n{LONG}").findings


def test_disable_next_line_applies_to_one_line_only(tmp_path: Path) -> None:
    """`recordlint-disable-next-line` silences the following line and no other."""
    linter = _linter(tmp_path, 'select = ["RL301"]\n')
    text = f"<!-- recordlint-disable-next-line RL301 -->\n{LONG}\n\n{LONG}"
    (finding,) = linter.lint(text).findings
    assert finding.start == text.rindex(LONG)


def test_hidden_false_positive_is_dropped_for_that_sentence(tmp_path: Path) -> None:
    """A hidden (rule, sentence) pair drops the finding only in that sentence."""
    linter = _linter(tmp_path, 'select = ["RL301"]\n[team]\nhidden-file = "hidden.txt"\n')
    text = f"{LONG}\n\n{LONG.replace('Khan', 'Begum')}"
    first = linter.lint(text).findings[0]
    (tmp_path / "hidden.txt").write_text(hide_line("RL301", text, first) + "\n")
    linter = Linter(load_config(tmp_path))
    (remaining,) = linter.lint(text).findings
    assert "Begum" in remaining.text


def test_hidden_line_keeps_no_words_of_the_sentence(tmp_path: Path) -> None:
    """The shared team file gets a digest, never the sentence with the person's name."""
    text = LONG
    (finding,) = _linter(tmp_path, 'select = ["RL301"]\n').lint(text).findings
    code, key = hide_line("RL301", text, finding).split("\t")
    assert code == "RL301" and key.startswith("sha256:")
    assert not {word.strip(".,") for word in text.split()} & set(key.split(":"))
    assert "Khan" not in key


def test_hidden_file_matches_old_sentence_lines_and_new_digest_lines(tmp_path: Path) -> None:
    """A file written before digests (CODE<TAB>sentence) and one with digests both hide."""
    linter = _linter(tmp_path, 'select = ["RL301"]\n[team]\nhidden-file = "hidden.txt"\n')
    begum = LONG.replace("Khan", "Begum")
    patel = LONG.replace("Khan", "Patel")
    text = f"{LONG}\n\n{begum}\n\n{patel}"
    assert len(linter.lint(text).findings) == 3
    old_line = f"RL301\t{' '.join(LONG.split())}"
    new_line = f"RL301\t{sentence_digest(begum)}"
    (tmp_path / "hidden.txt").write_text(f"# team\n{old_line}\n{new_line}\n")
    hidden = hidden_findings(tmp_path / "hidden.txt")
    assert hidden.hides("RL301", LONG) and hidden.hides("RL301", begum)
    assert not hidden.hides("RL101", begum)
    (remaining,) = Linter(load_config(tmp_path)).lint(text).findings
    assert "Patel" in remaining.text


@given(st.text(), st.text(alphabet=" \t\n", min_size=1))
def test_sentence_digest_ignores_spacing_and_never_quotes(sentence: str, gap: str) -> None:
    """Any text: the digest is fixed-length hex, the same however the words are spaced."""
    digest = sentence_digest(sentence)
    assert digest == sentence_digest(gap.join(sentence.split()))
    assert digest.startswith("sha256:") and len(digest) == len("sha256:") + 32
    assert all(c in "0123456789abcdef" for c in digest.removeprefix("sha256:"))


def test_allow_file_terms_are_accepted(tmp_path: Path) -> None:
    """Terms in the team allow file are read from the file named in config."""
    (tmp_path / "allow.txt").write_text("# team terms\nNHS\n\nGP\n")
    config = _linter(tmp_path, '[team]\nallow-file = "allow.txt"\n').config
    assert {"NHS", "GP"} <= config.allowed_terms
    assert Config().allowed_terms == frozenset()


def test_directives_parse_lists_and_defaults() -> None:
    """A directive with no rules disables all; lists may use commas or spaces."""
    assert read_directives("recordlint-disable").everywhere == {"ALL"}
    parsed = read_directives("x\n<!-- recordlint-disable-next-line RL101, jargon -->\ny")
    assert parsed.by_line == {2: frozenset({"RL101", "jargon"})}


def test_sentence_at_finds_the_surrounding_sentence() -> None:
    """The key for a hidden false positive is the whole sentence, spacing normalised."""
    text = "First one. The OT  visited\ntoday. Last."
    start = text.index("OT")
    assert sentence_at(text, start, start + 2) == "The OT visited today."
