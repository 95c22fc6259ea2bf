"""Safe ways into spaCy docs: no index past an end, no empty span indexed, no stale tree."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.doc_access import (
    char_span,
    first_token,
    flat_tree,
    has_parse,
    last_token,
    span_text,
    token_at,
    word_one_space_before,
)
from recordlint.text import encodable
from tests.record_fragments import FRAGMENTS

# The blank English pipeline has the same tokenizer, special cases and all, as the model.
NLP = spacy.blank("en")
SENTENCES = spacy.blank("en")
SENTENCES.add_pipe("sentencizer")


def test_flat_tree_gives_every_token_edges_at_itself() -> None:
    """Tokens copied from the tokenizer's cache ("Dr." glued to a name, "a." to a letter)
    carry stale edges; after flat_tree no tree walk leaves the doc."""
    doc = flat_tree(NLP("Dr.Smith visited. a.B and Mr.Jones"))
    for token in doc:
        assert token.left_edge.i == token.i == token.right_edge.i
        assert list(token.lefts) == [] and list(token.rights) == []
        assert list(token.subtree) == [token]
    assert not has_parse(doc)


def test_flat_tree_keeps_sentence_starts() -> None:
    doc = NLP("One. Two")
    doc[2].is_sent_start = True
    before = [t.is_sent_start for t in doc]
    assert [t.is_sent_start for t in flat_tree(doc)] == before


def test_recordlint_pipelines_run_flat_tree_first() -> None:
    from recordlint.doc_access import FLAT_TREE_COMPONENT
    from recordlint.nlp import DEFAULT_MODEL, Need, disabled_for, load_pipeline

    nlp = load_pipeline(DEFAULT_MODEL, frozenset({Need.TOKENS}))
    assert nlp.pipe_names[0] == FLAT_TREE_COMPONENT
    assert FLAT_TREE_COMPONENT not in disabled_for(nlp, frozenset({Need.TOKENS}))


@pytest.mark.parametrize(("index", "expected"), [(0, "a"), (2, "c"), (-1, "c"), (3, None),
                                                 (-4, None), (7, None)])  # fmt: skip
def test_token_at_is_none_outside_the_doc(index: int, expected: str | None) -> None:
    token = token_at(NLP("a b c"), index)
    assert (token.text if token is not None else None) == expected


def test_char_span_is_none_rather_than_empty() -> None:
    doc = NLP("Mr  Smith")
    assert char_span(doc, 3, 3) is None
    assert char_span(doc, 5, 2) is None
    assert char_span(doc, 50, 60) is None
    span = char_span(doc, 4, 99, "expand")
    assert span is not None and span.text == "Smith"
    assert first_token(None) is None
    assert first_token(span) is not None and first_token(span).text == "Smith"
    assert last_token(doc[0:0]) is None


@settings(max_examples=60)
@given(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map(" ".join),
    st.integers(-20, 400),
    st.integers(-20, 400),
)
def test_char_span_never_gives_an_empty_span(text: str, start: int, end: int) -> None:
    doc = flat_tree(NLP(encodable(text)))
    for mode in ("strict", "contract", "expand"):
        span = char_span(doc, start, end, mode)
        assert span is None or len(span) > 0
        token = first_token(span)
        assert token is None or 0 <= token.i < len(doc)


@settings(max_examples=60)
@given(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map("\n".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_span_text_is_the_spans_own_text(text: str, start: int, end: int) -> None:
    """Cut from the doc's text, a span's text is what spaCy joins from its tokens: no
    trailing space, line breaks inside kept, an empty span empty."""
    doc = SENTENCES(encodable(text))
    start, end = min(start, len(doc)), min(end, len(doc))
    span = doc[min(start, end) : max(start, end)]
    assert span_text(span) == span.text
    for sentence in doc.sents:
        assert span_text(sentence) == sentence.text


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("he will lose his clients", "clients", "his"),
        ("the occupational therapy duty worker", "duty worker", "therapy"),
        ("lose his  clients", "clients", None),  # two spaces
        ("Name:\nclients", "clients", None),  # a line break
        ("lose his, clients", "clients", ","),  # a punctuation mark is a token too
        ("clients are here", "clients", None),  # nothing before it
    ],
)
def test_word_one_space_before(text: str, phrase: str, expected: str | None) -> None:
    doc = NLP(text)
    found = word_one_space_before(doc, text, text.index(phrase))
    assert (found.text if found is not None else None) == expected
