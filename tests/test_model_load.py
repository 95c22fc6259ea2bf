"""Loading the spaCy pipeline: the shortcuts taken at load time change nothing it does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint import nlp as nlp_module
from recordlint.api import Linter
from recordlint.nlp import BARE_TOKENIZER, Need
from recordlint.text import encodable
from tests.record_fragments import FRAGMENTS


def _loaded_package(linter: Linter) -> str:
    """The installed pipeline package the session's model came from."""
    candidates = (linter.config.options.model, *nlp_module.FALLBACK_MODELS)
    for name in candidates:
        try:
            nlp_module._package_path(name)
        except OSError:
            continue
        return name
    raise AssertionError("no pipeline package is installed")


@pytest.fixture(scope="module")
def saved_tokenizer(default_linter: Linter) -> tuple[Any, Path]:
    """A tokenizer built as spaCy builds it without the shortcut: the language's defaults
    first, then the saved tokenizer read over them."""
    import spacy

    folder = nlp_module._data_dir(_loaded_package(default_linter))
    blank = spacy.blank("en", vocab=default_linter.nlp.vocab)
    return blank.tokenizer.from_disk(folder / "tokenizer"), folder


def test_the_loaded_tokenizer_is_the_saved_one_byte_for_byte(
    default_linter: Linter,
    saved_tokenizer: tuple[Any, Path],
) -> None:
    tokenizer, folder = saved_tokenizer
    nlp = default_linter.nlp
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == BARE_TOKENIZER
    saved = (folder / "tokenizer").read_bytes()
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == saved
    assert tokenizer.to_bytes(exclude=["vocab"]) == saved


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=40), max_size=6))
def test_any_text_splits_into_the_same_tokens_as_with_the_default_build(
    default_linter: Linter,
    saved_tokenizer: tuple[Any, Path],
    parts: list[str],
) -> None:
    text = encodable(" ".join(parts))  # as the engine hands text to spaCy
    tokenizer, _ = saved_tokenizer
    ours = [(t.idx, t.text) for t in default_linter.nlp.tokenizer(text)]
    assert ours == [(t.idx, t.text) for t in tokenizer(text)]


def test_a_pipeline_without_a_saved_tokenizer_keeps_the_default_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(nlp_module, "_data_dir", lambda name: tmp_path)
    assert nlp_module._tokenizer_override("some_pipeline") == {}
    (tmp_path / "tokenizer").write_bytes(b"")
    override = nlp_module._tokenizer_override("some_pipeline")
    assert override == {"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}


def test_the_recogniser_left_out_at_load_is_the_saved_one_once_entities_are_asked_for(
    default_linter: Linter,
) -> None:
    """The default rules ask for named entities only on some records, so the recogniser is
    loaded then: in the place the pipeline gives it, with the saved weights, and finding
    the people a record names."""
    assert Need.ENTITIES in default_linter._deferred_needs
    text = "Mrs Amina Khan told me that her son David visits on Sundays."
    (found,) = default_linter._entities_of([text])
    nlp = default_linter.nlp
    assert nlp.pipe_names[-1] == "ner"
    folder = nlp_module._data_dir(_loaded_package(default_linter))
    assert nlp.get_pipe("ner").model.to_bytes() == (folder / "ner" / "model").read_bytes()
    people = {text[start:end] for start, end, label in found if label == "PERSON"}
    assert {"Amina Khan", "David"} & people


def test_entities_of_several_paragraphs_are_those_of_each_alone(default_linter: Linter) -> None:
    """A record's paragraphs go through the recogniser together, and without the tagger,
    attribute ruler and lemmatizer it never reads: each gets the entities the whole
    pipeline finds in it alone, a repeated paragraph included."""
    from recordlint.nlp import add_deferred, analysing, disabled_for

    texts = [
        "Mrs Amina Khan told me that her son David visits on Sundays.",
        "I spoke to Dr Patel at Leeds General Infirmary on Monday.",
        "No names here at all.",
        "Mrs Amina Khan told me that her son David visits on Sundays.",
    ]
    found = default_linter._entities_of(texts)
    nlp = default_linter.nlp
    needs = frozenset({Need.ENTITIES, Need.PARSE})
    add_deferred(nlp, needs)
    with analysing(nlp):
        alone = [
            tuple(
                (e.start_char, e.end_char, e.label_)
                for e in nlp(t, disable=disabled_for(nlp, needs)).ents
            )
            for t in texts
        ]
    assert found == alone
    assert any(label == "PERSON" for start, end, label in found[0])
    assert found[0] == found[3]
    assert default_linter._entities_of([texts[1]]) == [alone[1]]
