"""Any text at all: the linter never crashes, never raises, never misquotes the text, and a
rule that fails costs only its own findings.

The property tests keep their example counts small so the module stays quick on two cores;
the ``slow`` ones run many more (``pytest -m "not slow"`` leaves them out). A crash inside
spaCy's C code would kill the test run itself; ``bench/fuzz_mixes.py`` hunts for those in
a child process.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint import Config, Linter, Report, lint
from recordlint.config import options_from_mapping
from recordlint.findings import Category, RecordKind, Severity
from recordlint.nlp import Need
from recordlint.rules.registry import Rule, Scope
from recordlint.text import encodable
from tests.conftest import linter_for
from tests.record_fragments import FRAGMENTS, QUOTE_MARKS, SEPARATORS

QUICK = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DEEP = settings(QUICK, max_examples=150)

# Every code point, lone surrogates included.
any_text = st.text(st.characters(exclude_categories=()), max_size=400)
fragment_mix = st.lists(
    st.sampled_from(FRAGMENTS) | st.sampled_from(QUOTE_MARKS) | st.sampled_from(SEPARATORS),
    max_size=16,
).map("".join)
kinds = st.sampled_from([None, *RecordKind])

ONE_LINERS_THAT_CRASHED = [
    "Bath Ethnic Minority Senior Citizens Association (BEMSCA): BEMSCA maintains support.",
    "a.B",
    "Dr.Smith visited.",
]


def assert_sound(report: Report, text: str) -> None:
    """Every finding quotes the text it points at, inside the text; nothing went wrong."""
    assert report.text == text
    assert report.errors == []
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.text == text[finding.start : finding.end]
    assert 0 <= report.metrics["unchecked_chars"] <= len(text)


@pytest.mark.parametrize("text", ONE_LINERS_THAT_CRASHED)
@pytest.mark.parametrize("kind", [*RecordKind])
def test_one_line_records_that_crashed_the_process(text: str, kind: RecordKind) -> None:
    report = linter_for().lint(text, kind=kind)
    assert_sound(report, text)


def test_the_module_level_lint_takes_a_dotted_pair_of_letters() -> None:
    assert_sound(lint("a.B"), "a.B")


@QUICK
@given(text=any_text, kind=kinds)
def test_any_unicode_text(text: str, kind: RecordKind | None) -> None:
    assert_sound(linter_for().lint(text, kind=kind), text)


@QUICK
@given(text=fragment_mix, kind=kinds)
def test_random_mixes_of_record_fragments(text: str, kind: RecordKind | None) -> None:
    assert_sound(linter_for().lint(text, kind=kind), text)


@pytest.mark.slow
@DEEP
@given(text=any_text, kind=kinds)
def test_any_unicode_text_deeply(text: str, kind: RecordKind | None) -> None:
    assert_sound(linter_for().lint(text, kind=kind), text)


@pytest.mark.slow
@DEEP
@given(text=fragment_mix, kind=kinds)
def test_random_mixes_of_record_fragments_deeply(text: str, kind: RecordKind | None) -> None:
    assert_sound(linter_for().lint(text, kind=kind), text)


@given(st.text(st.characters(exclude_categories=()), max_size=60))
def test_encodable_keeps_every_offset(text: str) -> None:
    """Surrogates become U+FFFD one for one; the result always encodes as UTF-8."""
    clean = encodable(text)
    assert len(clean) == len(text)
    clean.encode("utf-8")
    assert all(a == b or (b == "\ufffd" and 0xD800 <= ord(a) <= 0xDFFF)
               for a, b in zip(text, clean, strict=True))  # fmt: skip


def test_lone_surrogates_are_linted_and_quoted_back_as_given() -> None:
    text = "Visited Mrs Khan\ud800 at home. She was vistied\udc00 by the GP."
    report = linter_for().lint(text, kind="case_note")
    assert_sound(report, text)
    assert "vistied" in [f.text for f in report.findings if f.code == "RL401"]


def _broken(ctx: Any) -> None:
    """Always fails, like a rule with a bug in it."""
    raise RuntimeError("this rule is broken")


def _linter_with_broken_rule(scope: Scope) -> Linter:
    linter = Linter(Config(options_from_mapping({"select": ["RL101", "RL001"]}, "test")))
    linter.rules.append(
        Rule(
            "RL099",
            "broken",
            Category.COVERAGE,
            "2.plain-language",
            Severity.INFO,
            _broken,
            frozenset({Need.TEXT}),
            scope,
        )
    )
    return linter


@pytest.mark.parametrize("scope", [Scope.PARAGRAPH, Scope.DOCUMENT])
def test_a_rule_that_raises_is_a_report_error_and_the_others_still_run(scope: Scope) -> None:
    text = "The OT will visit on Tuesday.\n\nThe MDT meets next week."
    report = _linter_with_broken_rule(scope).lint(text, kind="case_note")
    assert any(e.startswith("RL099 could not run: RuntimeError") for e in report.errors)
    assert sorted(f.text for f in report.findings if f.code == "RL101") == ["MDT", "OT"]
    assert report.metrics["unchecked"]["rule_error"] > 0


def test_text_a_rule_could_not_check_is_reported_as_unchecked() -> None:
    """A failure over most of the record is said once, as RL001, naming the reason."""
    text = "The OT will visit on Tuesday about the rails in the bathroom. " * 5
    report = _linter_with_broken_rule(Scope.PARAGRAPH).lint(text, kind="case_note")
    (coverage,) = [f for f in report.findings if f.code == "RL001"]
    assert "check failed" in coverage.message
    assert report.metrics["unchecked"] == {"rule_error": len(text)}


def test_paragraph_facts_hold_plain_values_only() -> None:
    """Nothing made inside spaCy's memory zone outlives it: facts carry no spaCy objects."""
    from spacy.tokens import Doc, Span, Token

    linter = Linter(Config(options_from_mapping({}, "test")))
    linter.lint("Mrs Khan said she wants to stay. Dr.Smith visited.", kind="case_note")

    def walk(value: Any) -> None:
        assert not isinstance(value, Doc | Span | Token)
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)

    assert linter._cache
    for result in linter._cache.values():
        walk(result.facts)
