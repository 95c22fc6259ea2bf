"""The core API: lint(), Linter, selection, severity, quotes, caching."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest

import recordlint
from recordlint import Config, Linter, RecordKind, Severity, lint
from recordlint.config import options_from_mapping
from recordlint.errors import ConfigError
from recordlint.nlp import Need
from tests.conftest import linter_for

LONG = (
    "I visited Mrs Khan at home today with her daughter and we talked about how she is "
    "managing with the stairs and the bathroom and whether she would like some help."
)


def config(**raw: object) -> Config:
    return Config(options_from_mapping(raw, "test"))


def test_lint_returns_findings_with_offsets_into_the_given_text() -> None:
    """Offsets index the exact text given, across paragraphs and CRLF line breaks."""
    text = "Short.\r\n\r\n" + LONG
    report = lint(text, config(select=["RL301"]))
    (finding,) = report.findings
    assert text[finding.start : finding.end] == finding.text == LONG
    assert finding.code == "RL301"
    assert finding.category is recordlint.Category.READABILITY
    assert finding.standard == "1"


def test_findings_inside_the_persons_quoted_words_are_dropped() -> None:
    """No finding lands inside the person's own words."""
    report = lint(f'She told me "{LONG}"', config(select=["RL301"]))
    assert report.findings == []


def test_severity_override_and_off() -> None:
    """[severity] changes a rule's severity, and "off" stops it running."""
    raised = lint(LONG, config(select=["RL301"], severity={"RL301": "error"}))
    assert raised.findings[0].severity is Severity.ERROR
    off = Linter(config(select=["RL301"], severity={"RL301": "off"}))
    assert off.rules == []


def test_select_by_category_prefix_and_name_agree() -> None:
    """A category, a code prefix and a rule name select the same rule."""
    by = {s: {r.code for r in Linter(config(select=[s])).rules} for s in ("RL30", "long-sentence")}
    assert "RL301" in by["RL30"]
    assert by["long-sentence"] == {"RL301"}
    readability = {r.code for r in Linter(config(select=["readability"])).rules}
    assert "RL301" in readability


def test_unknown_selector_is_a_config_error() -> None:
    """A selector that matches nothing is reported, not silently ignored."""
    with pytest.raises(ConfigError, match="'nonsense' matches no rule"):
        Linter(config(ignore=["nonsense"]))


def test_only_needed_components_run() -> None:
    """A tokens-only rule selection does not load the tagger or parser."""
    linter = Linter(config(select=["RL301"]))
    assert linter.needs == {Need.TOKENS}
    assert "parser" not in linter.nlp.pipe_names
    assert "tagger" not in linter.nlp.pipe_names


def _text_of(doc_or_text: Any) -> str:
    """What a paragraph sent to spaCy says: the engine sends docs it has already made."""
    return doc_or_text if isinstance(doc_or_text, str) else doc_or_text.text


def test_unchanged_paragraphs_are_not_analysed_again() -> None:
    """A small edit re-analyses only the paragraph that changed."""
    linter = Linter(config(select=["RL301"]))
    paragraphs = [f"Paragraph {n} is here." for n in range(6)]
    linter.lint("\n\n".join(paragraphs))
    paragraphs[3] = "Paragraph three was edited."
    analysed: list[str] = []
    real_pipe = linter.nlp.pipe

    def recording_pipe(texts, **kwargs):
        texts = list(texts)
        analysed.extend(_text_of(t) for t in texts)
        return real_pipe(texts, **kwargs)

    with mock.patch.object(linter.nlp, "pipe", recording_pipe):
        linter.lint("\n\n".join(paragraphs))
    assert analysed == ["Paragraph three was edited."]


def test_kind_is_inferred_or_taken_from_the_caller() -> None:
    """A letter is recognised by its salutation; the caller's kind wins."""
    linter = linter_for({"select": ["RL301"]})
    assert linter.lint("Dear Mrs Khan,\n\nThank you.").kind is RecordKind.LETTER
    assert linter.lint("Dear Mrs Khan,", kind="email").kind is RecordKind.EMAIL


def test_report_metrics_are_present_whatever_rules_run() -> None:
    """Every report carries document metrics."""
    report = linter_for({"select": ["RL301"]}).lint("One.\n\nTwo.")
    assert report.metrics["paragraphs"] == 2


def test_a_failing_rule_is_reported_and_the_record_still_linted() -> None:
    """One faulty rule costs its own findings, not the whole record."""
    linter = Linter(config(select=["RL301"]))
    rule = linter.rules[0]
    broken = type(rule)(**{**{f: getattr(rule, f) for f in rule.__dataclass_fields__},
                           "check": lambda ctx: 1 / 0})  # fmt: skip
    linter.rules = [broken]
    report = linter.lint("Some text.")
    assert report.findings == []
    assert report.errors == ["RL301 could not run: ZeroDivisionError: division by zero"]


def test_a_closed_gate_skips_the_rule_and_its_analysis() -> None:
    """A paragraph whose gate says no is neither checked by the rule nor sent to spaCy."""
    linter = Linter(config(select=["RL301"]))
    rule = linter.rules[0]
    fields = {f: getattr(rule, f) for f in rule.__dataclass_fields__}
    linter.rules = [type(rule)(**{**fields, "gate": lambda text: "stairs" in text})]
    analysed: list[str] = []
    real_pipe = linter.nlp.pipe

    def recording_pipe(texts, **kwargs):
        texts = list(texts)
        analysed.extend(_text_of(t) for t in texts)
        return real_pipe(texts, **kwargs)

    other = LONG.replace("stairs", "steps")
    with mock.patch.object(linter.nlp, "pipe", recording_pipe):
        report = linter.lint(f"{LONG}\n\n{other}")
    assert [f.text for f in report.findings] == [LONG]
    assert analysed == [LONG]


def test_disabled_components_follow_the_needs() -> None:
    """Tokens-only paragraphs use the sentencizer; parsed ones switch it off for the parser."""
    from recordlint.nlp import disabled_for, load_pipeline

    nlp = load_pipeline("en_core_web_sm", frozenset({Need.PARSE}))
    assert "parser" in disabled_for(nlp, frozenset({Need.TOKENS}))
    assert "sentencizer" not in disabled_for(nlp, frozenset({Need.TOKENS}))
    assert "sentencizer" in disabled_for(nlp, frozenset({Need.PARSE}))
    assert "parser" not in disabled_for(nlp, frozenset({Need.PARSE}))


def test_document_level_findings_survive_a_quotation_on_their_line() -> None:
    """A finding about the whole record is kept even where its first line holds a quote."""
    text = '"We are worried about Mum," her daughter told me.\n\nThe doctor visited.'
    report = linter_for({"select": ["RL801"]}).lint(text, kind="case_note")
    (finding,) = report.findings
    assert finding.code == "RL801"
    assert finding.document_level
    assert finding.start == 0


def test_flag_fix_none_means_no_fix_and_omitted_means_the_rules_fix() -> None:
    """ctx.flag(fix=None) records no fix; leaving fix out takes the rule's default."""
    from recordlint.findings import Category
    from recordlint.rules.registry import Fix, Flagger, Rule, Scope

    rule = Rule("RL000", "example", Category.JARGON, "1", Severity.INFO, lambda ctx: None,
                frozenset(), Scope.PARAGRAPH, fix=Fix.SAFE)  # fmt: skip
    out: list = []
    flagger = Flagger(rule, Severity.INFO, "some words", 0, out)
    flagger.flag(0, 4, "m")
    flagger.flag(5, 10, "m", fix=None)
    assert [f.fix for f in out] == ["safe", None]


def test_without_model_keeps_the_rules_that_need_no_model() -> None:
    """The quick Linter has the paragraph rules that need no language model, and finds what
    the full one finds with those rules; with nothing to gain there is none."""
    full = linter_for({"select": ["RL101", "RL301"], "readability": {"max-sentence-words": 5}})
    quick = full.without_model()
    assert quick is not None and [r.code for r in quick.rules] == ["RL101"]
    text = "Met the GP at home today with her son."
    assert sorted(f.code for f in full.lint(text).findings) == ["RL101", "RL301"]
    assert [(f.code, f.start) for f in quick.lint(text).findings] == [
        (f.code, f.start) for f in full.lint(text).findings if f.code == "RL101"
    ]
    assert linter_for({"select": ["RL101"]}).without_model() is None
    assert linter_for({"select": ["RL301"]}).without_model() is None


def test_warm_up_can_leave_the_collector_as_it_was() -> None:
    """An embedding program that manages its own collection asks for no freeze."""
    import gc

    gc.unfreeze()
    Linter(config(select=["RL101"])).warm_up(freeze_collector=False)
    assert gc.get_freeze_count() == 0


def test_warm_up_sets_what_it_loaded_out_of_the_collectors_reach() -> None:
    """After warm-up, full collections no longer walk the loaded model and word lists, and
    what is made afterwards is collected as before."""
    import gc
    import weakref

    gc.unfreeze()
    linter = Linter(config(select=["RL101"]))
    linter.warm_up()
    assert gc.get_freeze_count() > 0
    linter.lint("The OT visited.")

    class Node:
        partner: Any = None

    made_later = Node()
    made_later.partner = made_later  # a reference cycle only the collector frees
    gone = weakref.ref(made_later)
    del made_later
    gc.collect()
    assert gone() is None


def test_warm_up_on_demand_loads_what_some_records_ask_for() -> None:
    """A plain warm-up leaves the recogniser and the sample note alone, so a short check
    loads the recogniser only if a record asks for it; ``on_demand`` loads it, and lints
    the sample note with a Linter of its own, which leaves nothing in this one's cache."""
    linter = Linter()
    asked: list[bool] = []
    with mock.patch.object(Linter, "_warm_up_on_demand", lambda self: asked.append(True)):
        linter.warm_up()
    assert asked == []
    linter.warm_up(on_demand=True)
    assert "ner" in linter.nlp.pipe_names
    assert all("Jane Smith" not in text for text, _ in linter._cache)
