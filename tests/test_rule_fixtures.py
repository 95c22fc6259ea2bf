"""Every rule's fixture: marked findings must appear exactly, unmarked text must stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordlint.docs import parse_docs
from recordlint.repeats import with_repeats
from recordlint.rules.registry import all_rules, get_rule
from tests.conftest import linter_for
from tests.fixtures import Example, all_fixtures, parse_fixture, remark


def _cases() -> list[tuple[Path, int]]:
    cases = []
    for path in all_fixtures():
        fixture = parse_fixture(path)
        cases += [(path, n) for n in range(len(fixture.examples))]
    return cases


def _run(code: str, example: Example) -> list:
    config = {**example.config, "select": [code]}
    report = linter_for(config).lint(example.text, kind=example.kind, metadata=example.metadata)
    assert not report.errors, report.errors
    return [f for f in report.findings if f.code == code]


@pytest.mark.parametrize(("path", "number"), _cases(), ids=lambda v: getattr(v, "stem", v))
def test_fixture_example(path: Path, number: int) -> None:
    """The example produces exactly the marked findings of its rule."""
    fixture = parse_fixture(path)
    example = fixture.examples[number]
    findings = _run(fixture.code, example)
    # A mark is a place a finding points at: the finding, or another use of its term that it
    # reports with it (a word chosen again and again is one finding; see test_repeats.py).
    spans = [f for f in with_repeats(findings) if not f.document_level]
    actual = sorted((f.start, f.end) for f in spans)
    wanted = sorted((e.start, e.end) for e in example.expected)
    assert actual == wanted, (
        f"{path.name}:{example.line}\n  expected: {example.source}\n"
        f"  actual:   {remark(example.text, actual)}"
    )
    for want in example.expected:
        found = next(f for f in spans if (f.start, f.end) == (want.start, want.end))
        missing = set(want.suggestions) - set(found.suggestions)
        assert not missing, f"{path.name}:{example.line}: missing suggestions {missing}"
    if example.document_findings is not None:
        document = [f for f in findings if f.document_level]
        assert bool(document) == example.document_findings, (
            f"{path.name}:{example.line}: document-level findings {document!r}"
        )


def test_every_rule_has_a_fixture() -> None:
    """Each registered rule has a fixture file, and each fixture names a registered rule."""
    fixture_codes = {parse_fixture(p).code: parse_fixture(p).name for p in all_fixtures()}
    rule_codes = {r.code: r.name for r in all_rules()}
    assert fixture_codes == rule_codes


# Rules that need a service the team runs; their own tests check the docs' example.
NEEDS_A_SERVICE = {"RL451": "tests/test_grammar_rule.py"}


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_docs_before_fires_and_after_is_quiet(rule) -> None:
    """The docs' Before example produces a finding of the rule and the After example none."""
    if rule.code in NEEDS_A_SERVICE:
        pytest.skip(f"needs a LanguageTool server; see {NEEDS_A_SERVICE[rule.code]}")
    docs = parse_docs(rule)
    assert docs.before and docs.after, f"{rule.code}: docs need Before: and After: examples"
    kind = "letter" if rule.kinds and {k.value for k in rule.kinds} == {"letter"} else None
    before = linter_for({"select": [rule.code]}).lint(docs.before, kind=kind)
    after = linter_for({"select": [rule.code]}).lint(docs.after, kind=kind)
    assert any(f.code == rule.code for f in before.findings), f"{rule.code}: Before is quiet"
    assert not any(f.code == rule.code for f in after.findings), f"{rule.code}: After fires"


def test_get_rule_is_case_insensitive() -> None:
    """Codes can be looked up in any case."""
    rules = all_rules()
    assert rules, "no rules registered"
    assert get_rule(rules[0].code.lower()) is rules[0]
