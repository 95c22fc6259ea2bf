"""RL701's gate: it turns a paragraph down only where no decision can be found, and the
reasons and wishes such a paragraph gives its neighbours are still read where needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint import Linter
from recordlint.findings import RECORD_KINDS
from recordlint.inflection import word_forms
from recordlint.kinds import infer_kind
from recordlint.lexicon import load_lexicon
from recordlint.nlp import Need, load_pipeline
from recordlint.rules import rationale
from recordlint.text import paragraphs

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline("en_core_web_sm", frozenset({Need.TAGS, Need.PARSE}))


def _no_quotes(start: int, end: int) -> bool:
    return False


def _decides(nlp: Any, text: str) -> bool:
    return any(v.decided for v in rationale.judge(nlp(text), _no_quotes))


def _record_paragraphs() -> list[str]:
    found: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if infer_kind(text) in RECORD_KINDS:
            found.extend(block.text for block in paragraphs(text))
    return found


def test_the_gate_opens_on_every_corpus_paragraph_with_a_decision(nlp: Any) -> None:
    texts = _record_paragraphs()
    opened = [rationale.may_record_a_decision(text) for text in texts]
    missed = [
        text
        for text, is_open, doc in zip(texts, opened, nlp.pipe(texts), strict=True)
        if not is_open and any(v.decided for v in rationale.judge(doc, _no_quotes))
    ]
    assert missed == []
    # The gate earns its keep: it turns down a good share of real paragraphs.
    assert opened.count(False) > len(texts) // 4


def _gate_words() -> list[str]:
    """Every form of the words the decisions lexicon and the note shapes are made of, with
    negations, auxiliaries and the nouns they are said of."""
    entries = load_lexicon("decisions").entries
    words = {w for e in entries for w in e.term.split()}
    words |= {"continue", "remain", "stay", "end", "stop", "keep", "give", "offer", "change"}
    words |= {"unchanged"}
    forms = {form for word in words for form in word_forms(word.lower())}
    return sorted(
        forms
        | {"not", "n't", "dont", "never", "no", "will", "would", "'ll", "to", "be", "was"}
        | {"case", "placement", "package", "support", "she", "we", "the", "Case", "Plan"}
        | {"referral", "made", "completed", "completing", "No", "OT", "assessment", "won't"}
        | {"for", "role", "further", "ASC", "s42", "us", "call", "Shower", "police"}
        | {"claim", "application", "refused", "rejected", "stopped", "ended"}
    )


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(st.sampled_from(_gate_words()), min_size=1, max_size=8),
    noise=st.text(max_size=12),
)
def test_the_gate_never_turns_down_a_decision(words: list[str], noise: str) -> None:
    """Whatever the words and their order, a paragraph the rule would find a decision in
    is one its gate lets through."""
    nlp = load_pipeline("en_core_web_sm", frozenset({Need.TAGS, Need.PARSE}))
    text = " ".join(words) + noise
    if _decides(nlp, text):
        assert rationale.may_record_a_decision(text)


@settings(max_examples=200, deadline=None)
@given(first=st.text(max_size=40), second=st.text(max_size=40))
def test_a_paragraph_that_may_decide_still_may_with_more_words(first: str, second: str) -> None:
    """The gate looks for cues, so text added after a space never closes it."""
    if rationale.may_record_a_decision(first):
        assert rationale.may_record_a_decision(first + " " + second)


@pytest.mark.parametrize(
    ("closing", "reason"),
    [
        ("Mrs Pollard told me she manages at home. Case closed.", "This is because her "
         "daughter now visits every day."),
        ("Referral for day care not progressed.", "Due to the waiting list at the centre."),
    ],
)  # fmt: skip
def test_a_reason_in_a_paragraph_without_a_decision_answers_the_one_before(
    default_linter: Linter, closing: str, reason: str
) -> None:
    assert rationale.may_record_a_decision(closing)
    assert not rationale.may_record_a_decision(reason)
    alone = default_linter.lint(closing, kind="case_note")
    answered = default_linter.lint(f"{closing}\n\n{reason}", kind="case_note")
    assert [f.code for f in alone.findings if f.code == "RL701"] == ["RL701"]
    assert [f for f in answered.findings if f.code == "RL701"] == []


def test_a_request_in_a_paragraph_without_a_decision_answers_an_agreement(
    default_linter: Linter,
) -> None:
    request = "Jasmine asked for a sign on her door."
    assert not rationale.may_record_a_decision(request)
    alone = default_linter.lint("Agreed.", kind="case_note")
    answered = default_linter.lint(f"{request}\n\nAgreed.", kind="case_note")
    assert [f.code for f in alone.findings if f.code == "RL701"] == ["RL701"]
    assert [f for f in answered.findings if f.code == "RL701"] == []
