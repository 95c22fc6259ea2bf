"""The trained sentence model: the shipped file, its scores and the rules' use of them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint.nlp import Need, analysing, load_pipeline
from recordlint.sentence_model import (
    CATEGORIES,
    FEATURE_VERSION,
    MODEL_PATH,
    load_model,
    sentence_scores,
)
from tests.conftest import linter_for

ROOT = Path(__file__).resolve().parent.parent
ON = {"sentence-model": {"enabled": True}}


def _scores(text: str, kind: str = "case_note") -> list[tuple[float, float, float]]:
    nlp = load_pipeline("en_core_web_sm", frozenset({Need.TAGS, Need.PARSE}))
    with analysing(nlp):
        doc = nlp(text)
        return [(s.opinion, s.judgemental, s.rationale) for s in sentence_scores(doc, kind)]


def test_shipped_model_is_small_and_says_what_it_is() -> None:
    assert MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    metadata = load_model().metadata
    assert metadata["version"] == 1
    assert metadata["feature_version"] == FEATURE_VERSION
    assert tuple(metadata["categories"]) == CATEGORIES
    assert set(metadata["thresholds"]) == set(CATEGORIES)
    assert not any("holdout" in g or g.endswith(("/w3", "/w6")) for g in metadata["trained_on"])


def test_shipped_model_was_trained_on_todays_development_gold() -> None:
    """A change to the development gold or its batches asks for the model to be rebuilt
    (python bench/train_sentence_model.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import train_sentence_model as training
        from corpus_batches import DEVELOPMENT
    finally:
        sys.path.remove(str(ROOT / "bench"))
    metadata = load_model().metadata
    assert metadata["trained_on"] == list(DEVELOPMENT)
    assert metadata["data_sha256"] == training.data_hash(training.development_records())


def test_clear_sentences_score_as_expected() -> None:
    plain, label, decision = _scores(
        "I visited Mrs Hall at 10am and she made me a cup of tea. "
        "She is manipulative and has no insight into her needs. "
        "Day centre not appropriate."
    )
    assert max(plain) < 0.2
    assert label[0] > 0.8 and label[1] > 0.5
    assert decision[2] > 0.8


def test_scores_are_kept_on_the_doc() -> None:
    nlp = load_pipeline("en_core_web_sm", frozenset({Need.TAGS, Need.PARSE}))
    with analysing(nlp):
        doc = nlp("Case closed. She is lovely.")
        assert sentence_scores(doc, "case_note") is sentence_scores(doc, "case_note")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_scores_are_probabilities_for_any_text(text: str) -> None:
    for scores in _scores(text):
        assert all(0.0 <= p <= 1.0 for p in scores)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from([
            "Case closed.", "Mum is overprotective.", "He clearly does not want help.",
            "Day centre not appropriate.", "She said \"I am fine.\"", "I visited at 10am.",
            "\n", " ", "Support to continue.", "Her son is controlling.",
        ]),
        max_size=8,
    ).map("".join)
)  # fmt: skip
def test_findings_quote_their_own_text(text: str) -> None:
    report = linter_for(ON).lint(text, kind="case_note")
    for finding in report.findings:
        assert finding.text == text[finding.start : finding.end]


def test_the_model_is_off_by_default_and_adds_only_its_own_findings() -> None:
    text = "Mum is overprotective.\n\nPA hours to remain at 6 per week, no change."
    on = linter_for(ON).lint(text, kind="case_note")
    default = linter_for({}).lint(text, kind="case_note")
    added = [f for f in on.findings if f.message.startswith("This sentence reads as")]
    assert [(f.code, f.text) for f in added] == [
        ("RL701", "PA hours to remain at 6 per week, no change.")
    ]
    assert not [f for f in default.findings if f.message.startswith("This sentence reads as")]
    assert [f for f in on.findings if f not in added] == default.findings


def test_a_model_trained_on_other_features_is_refused(tmp_path: Path) -> None:
    import numpy as np

    from recordlint.sentence_model import SentenceModel, read_model

    model = load_model()
    metadata = {**model.metadata, "feature_version": FEATURE_VERSION + 1}
    path = tmp_path / "other.npz"
    np.savez_compressed(
        path,
        weights=model.columns.T,
        bias=np.asarray(model.bias, dtype=np.float32),
        metadata=np.asarray(__import__("json").dumps(metadata)),
    )
    with pytest.raises(ValueError, match="features version"):
        read_model(path)
    assert isinstance(model, SentenceModel)
