"""One problem, one finding: other rules' findings on the same words fold into one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recordlint import Linter
from recordlint.api import one_finding_per_problem
from recordlint.findings import Finding, Severity
from recordlint.rules.registry import all_rules


def test_an_opinion_and_a_label_on_the_same_words_are_one_finding(
    default_linter: Linter,
) -> None:
    report = default_linter.lint("Mrs Khan lacks insight into her needs.", kind="case_note")
    on_words = [f for f in report.findings if not f.document_level]
    (finding,) = on_words
    assert {finding.code, *(f.code for f in finding.absorbed)} == {"RL501", "RL601"}
    for absorbed in finding.absorbed:
        assert absorbed.message in finding.message  # the other rule's advice is kept


def test_a_label_the_tagger_reads_as_a_noun_is_one_finding_with_both_advices(
    default_linter: Linter,
) -> None:
    """ "is self-neglecting", its last word tagged as a noun, is still a label said of the
    person: the user sees the label, with the opinion's advice after its own."""
    report = default_linter.lint("Mr Cole is self-neglecting.", kind="case_note")
    (label,) = [f for f in report.findings if f.text == "self-neglecting"]
    assert label.code == "RL501" and [f.code for f in label.absorbed] == ["RL601"]
    assert "Also: " + label.absorbed[0].message in label.message
    assert not [f for f in report.findings if f.code == "RL601"]


def test_a_refusal_stays_a_wording_finding_only(default_linter: Linter) -> None:
    report = default_linter.lint("He refused the visit.", kind="case_note")
    (word,) = [f for f in report.findings if f.code == "RL501"]
    assert not word.absorbed


def test_a_shorthand_inside_an_opinion_is_a_problem_of_its_own(default_linter: Linter) -> None:
    """ "meds" inside "in denial about his meds" stays a shorthand finding; the judgement
    folds into the label "in denial", not into the shorthand."""
    report = default_linter.lint("Mr Pike is in denial about his meds.", kind="case_note")
    by_text = {f.text: f for f in report.findings if not f.document_level}
    assert not by_text["meds"].absorbed
    label = by_text["in denial"]
    assert label.code == "RL501" and [f.code for f in label.absorbed] == ["RL601"]


def test_findings_about_a_whole_sentence_or_a_spelling_stay_apart(
    default_linter: Linter,
) -> None:
    """A long sentence and a misspelling are problems of their own, even on those words."""
    text = (
        "I visited Mrs Khan at home today with her daughter and we talked about how she is "
        "managing with the stairs and the bathroom and whether she was recieved by the OT."
    )
    report = default_linter.lint(text, kind="case_note")
    codes = [f.code for f in report.findings]
    assert "RL301" in codes and "RL401" in codes and "RL101" in codes
    assert all(not f.absorbed for f in report.findings if f.code in ("RL301", "RL401"))


RULES = {r.code: r for r in all_rules()}
CODES = ["RL101", "RL201", "RL203", "RL301", "RL401", "RL501", "RL601", "RL605"]


@st.composite
def findings(draw: st.DrawFn) -> list[Finding]:
    out = []
    for _ in range(draw(st.integers(0, 8))):
        code = draw(st.sampled_from(CODES))
        start = draw(st.integers(0, 60))
        end = start + draw(st.integers(1, 30))
        out.append(
            Finding(
                code=code, name=RULES[code].name, category=RULES[code].category,
                severity=draw(st.sampled_from(list(Severity))), message=f"{code} advice",
                start=start, end=end, text="x" * (end - start), standard="1",
                suggestions=tuple(draw(st.lists(st.sampled_from("abc"), max_size=2))),
            )
        )  # fmt: skip
    return out


@given(findings())
def test_every_finding_is_reported_once_alone_or_folded_into_another(
    found: list[Finding],
) -> None:
    merged = one_finding_per_problem(found, RULES)
    reported = [part for f in merged for part in (f, *f.absorbed)]
    assert len(reported) == len(found)
    for finding in merged:
        for absorbed in finding.absorbed:
            assert absorbed.code != finding.code
            assert absorbed.severity.rank <= finding.severity.rank
            assert absorbed.message in finding.message
            assert set(absorbed.suggestions) <= set(finding.suggestions)
    # What remains never shows two rules' findings on exactly the same words.
    foldable = [f for f in merged if RULES[f.code].merges]
    for i, a in enumerate(foldable):
        for b in foldable[i + 1 :]:
            assert a.code == b.code or (a.start, a.end) != (b.start, b.end)
