"""RL452 grammar-offline: Harper's allowlisted checks, on prose only, sparing names."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import harper
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint import Config, Linter
from recordlint.config import options_from_mapping
from recordlint.nlp import Need
from recordlint.offline_grammar import (
    HARPER_ALLOWLIST,
    HarperUnavailable,
    harper_issues,
    prose_spans,
    shared_harper,
)
from recordlint.rules import grammar as grammar_rules
from recordlint.rules.registry import get_rule
from tests.conftest import linter_for

JUDGEMENTS = Path(__file__).parent.parent / "bench" / "harper_judgements.jsonl"


def rl452(text: str, config: dict[str, object] | None = None) -> list[tuple[str, str]]:
    report = linter_for({**(config or {}), "select": ["RL452"]}).lint(text, kind="case_note")
    assert report.errors == []
    return [(f.text, f.message) for f in report.findings if f.code == "RL452"]


def spans_of(text: str) -> list[str]:
    return [text[start:end] for start, end in prose_spans(text)]


# --- what counts as prose ----------------------------------------------------------------


def test_only_lines_ending_as_sentences_are_checked() -> None:
    text = "Home visit\nKitchen cluttered, food out of date\nShe was well and in good spirits."
    assert spans_of(text) == ["She was well and in good spirits."]


def test_labels_bullets_and_list_numbers_are_cut_off_before_checking() -> None:
    text = (
        "Plan: their is no bus, so the carer will drive.\n"
        "  - the carers were late on Monday.\n"
        "  7. the Council did not reply to her letter.\n"
        "Date of contact: 02/03/2026"
    )
    assert spans_of(text) == [
        "their is no bus, so the carer will drive.",
        "the carers were late on Monday.",
        "the Council did not reply to her letter.",
    ]


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        (
            "3.1      A report on the call-in was presented.",
            "A report on the call-in was presented.",
        ),
        ("10.1    The Board was given an overview.", "The Board was given an overview."),
        (
            "ii)  That the Committee were given a briefing.",
            "That the Committee were given a briefing.",
        ),
        (
            "(ii)  To note the savings shown in Section 17.",
            "To note the savings shown in Section 17.",
        ),
        (
            "44  The Chair welcomed everyone to the meeting.",
            "The Chair welcomed everyone to the meeting.",
        ),
        ("3 carers  came to the group on Monday.", "3 carers  came to the group on Monday."),
        (
            "13.11.26 Home visit to Mrs Fenwick was made.",
            "13.11.26 Home visit to Mrs Fenwick was made.",
        ),
    ],
)
def test_the_spaces_after_a_paragraph_number_are_layout_not_prose(line: str, prose: str) -> None:
    """Numbered minutes set their paragraph numbers apart with runs of spaces: the number and
    the spaces are cut off before checking, but a number that opens a sentence is kept."""
    assert spans_of(line) == [prose]


def test_short_fragments_with_a_full_stop_are_left_alone() -> None:
    assert spans_of("Needs met.\nNo change.\nF/U 2/52.") == []


# --- findings ----------------------------------------------------------------------------


def test_a_common_slip_is_flagged_with_harpers_replacement_and_check_name() -> None:
    report = linter_for({"select": ["RL452"]}).lint("She should of phoned the office first.")
    (finding,) = report.findings
    assert finding.text == "should of"
    assert finding.suggestions == ("should have",)
    assert finding.message.endswith("(Harper ModalOf)")
    assert finding.fix == "review"


def test_words_touching_a_name_or_title_are_spared() -> None:
    assert rl452("Mrs Their visited Mr Then at Then Hospital on Friday.") == []


def test_i_after_a_possessive_opens_a_title_but_the_pronoun_is_still_checked() -> None:
    """ "our I need help page" names a page; "for my him" is still a word too many."""
    assert rl452("Please see our I need help page for the ways to get support.") == []
    assert [text for text, _ in rl452("I asked for my him to be told about it.")] == ["my him"]


def test_a_line_after_a_carriage_return_starts_its_own_sentence() -> None:
    text = "Visit done.\rTheir is no food in the fridge today."
    report = linter_for({"select": ["RL452"]}).lint(text)
    assert [f.text for f in report.findings] == ["Their"]


def test_their_before_a_noun_is_the_possessive_harper_reads_as_there() -> None:
    """Harper reads "their right" as "there right"; "there" only stands before a verb."""
    assert rl452("The council will tell tenants of their right to apply for funding.") == []
    assert [text for text, _ in rl452("We found their is no bus on Sundays.")] == ["their"]


def test_their_opening_a_subject_before_have_is_the_possessive() -> None:
    """ "their needs have decreased" has its verb; "their going to have" has none."""
    assert rl452("We may reduce care where their needs have decreased.") == []
    assert [text for text, _ in rl452("I think their going to have a meeting.")] == ["their"]


def test_the_persons_quoted_words_are_spared() -> None:
    assert rl452('He said "I would of gone but their is no bus" and laughed.') == []


def test_offsets_count_python_characters_past_an_emoji() -> None:
    text = "🙂 She should of phoned the office first."
    report = linter_for({"select": ["RL452"]}).lint(text)
    (finding,) = report.findings
    assert text[finding.start : finding.end] == "should of"


def test_disabled_rules_leave_harper_checks_out() -> None:
    text = "She should of phoned the office first."
    assert rl452(text, {"grammar": {"disabled-rules": ["ModalOf"]}}) == []


def test_quiet_when_languagetool_is_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    """RL451 checks grammar then; one grammar checker per record is enough."""
    monkeypatch.setattr(grammar_rules, "_issues", lambda *a: [])  # no server is asked
    config = {"grammar": {"server-url": "http://localhost:8081"}}
    assert rl452("She should of phoned the office first.", config) == []


def test_on_by_default_and_needs_no_spacy() -> None:
    rule = get_rule("RL452")
    assert rule is not None and not rule.preview
    assert rule.needs == frozenset({Need.TEXT})
    assert "RL452" in {r.code for r in linter_for().rules}


def test_each_paragraph_is_checked_once_then_served_from_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import recordlint.offline_grammar as offline

    checked: list[str] = []

    def counting(text: str, linter: harper.Linter) -> list[offline.HarperIssue]:
        checked.append(text)
        return harper_issues(text, linter)

    monkeypatch.setattr(offline, "harper_issues", counting)
    linter = Linter(Config(options_from_mapping({"select": ["RL452"]}, "test")))
    first = "She should of phoned the office first."
    for _ in range(3):
        linter.lint(f"{first}\n\nA new paragraph with a slip: their is no bus.")
    assert checked.count(first) == 1


# --- the checker -------------------------------------------------------------------------


def test_one_harper_linter_per_process() -> None:
    assert shared_harper() is shared_harper()


def test_harper_is_imported_only_when_the_rule_first_runs() -> None:
    code = textwrap.dedent(
        """
        import sys
        from recordlint import Config, Linter
        from recordlint.config import options_from_mapping
        linter = Linter(Config(options_from_mapping({"select": ["RL452"]}, "test")))
        assert "harper" not in sys.modules, "imported before any record"
        report = linter.lint("She should of phoned the office first.")
        assert [f.text for f in report.findings] == ["should of"], report
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_missing_harper_is_reported_once_and_other_rules_still_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import recordlint.offline_grammar as offline

    def missing() -> harper.Linter:
        raise HarperUnavailable("the harper package is not installed (pip install harper-py)")

    monkeypatch.setattr(offline, "shared_harper", missing)
    monkeypatch.setattr(grammar_rules, "_harper_missing_reported", False)
    linter = Linter(Config(options_from_mapping({"select": ["RL452", "RL401"]}, "test")))
    first = linter.lint("She should of phoned the office. We recieved the referral.")
    second = linter.lint("Their is no bus today, so the carer will drive her.")
    assert first.errors == [
        "RL452 could not run: HarperUnavailable: the harper package is not installed "
        "(pip install harper-py)"
    ]
    assert [f.code for f in first.findings] == ["RL401"]
    assert second.errors == [] and second.findings == []


def test_allowlist_names_real_checks_and_never_spelling_or_duplicates() -> None:
    known = set(harper.get_default_lint_config())
    assert known >= HARPER_ALLOWLIST
    duplicates = {
        "SpellCheck",
        "OpenCompounds",
        "LongSentences",
        "RedundantAcronyms",
        "FillerWords",
        "Hedging",
    }
    assert not HARPER_ALLOWLIST & duplicates
    assert not [name for name in HARPER_ALLOWLIST if name.startswith("Expand")]


def test_judged_checks_on_the_allowlist_were_right_nine_times_in_ten() -> None:
    rows = [json.loads(line) for line in JUDGEMENTS.read_text().splitlines()]
    assert rows and all(isinstance(row["verdict"], bool) and row["reason"] for row in rows)
    judged = [row for row in rows if row["rule"] in HARPER_ALLOWLIST]
    right = sum(row["verdict"] for row in judged)
    assert judged and right / len(judged) >= 0.9
    for name in {row["rule"] for row in judged}:
        verdicts = [row["verdict"] for row in judged if row["rule"] == name]
        assert sum(verdicts) / len(verdicts) >= 0.9, name


# --- any text ----------------------------------------------------------------------------

RECORDISH = st.text(
    alphabet=st.sampled_from(list("aehinorst ASTMP.,:;!?-•'\"\n\r\t🙂é0123456789")), max_size=300
)


@settings(max_examples=60, deadline=None)
@given(RECORDISH)
def test_prose_spans_are_ordered_lines_that_end_as_sentences(text: str) -> None:
    previous_end = 0
    for start, end in prose_spans(text):
        assert previous_end <= start < end <= len(text)
        assert "\n" not in text[start:end]
        assert text[start:end].rstrip()[-1] in ".?!\"')]'"
        previous_end = end


@settings(max_examples=60, deadline=None)
@given(RECORDISH)
def test_issues_lie_inside_prose_and_come_from_allowlisted_checks(text: str) -> None:
    spans = list(prose_spans(text))
    for issue in harper_issues(text, shared_harper()):
        assert any(start <= issue.start < issue.end <= end for start, end in spans)
        assert issue.rule_id in HARPER_ALLOWLIST


def test_threads_can_share_the_one_harper_linter() -> None:
    """The language server and web service lint from several threads at once."""
    from concurrent.futures import ThreadPoolExecutor

    text = "She should of phoned the office first. " * 400  # one long line: long calls
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: harper_issues(text, shared_harper()), range(8)))
    assert [len(issues) for issues in results] == [400] * 8


def test_warm_up_builds_harper_before_the_first_record() -> None:
    code = textwrap.dedent(
        """
        import sys
        import recordlint.offline_grammar as offline
        from recordlint import Config, Linter
        from recordlint.config import options_from_mapping
        linter = Linter(Config(options_from_mapping({"select": ["RL452"]}, "test")))
        assert offline._harper_linter is None
        linter.warm_up()
        assert offline._harper_linter is not None, "not built by warm_up"
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
