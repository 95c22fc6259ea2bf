"""The per-doc view of the words, the doc's remembered text and the shared-beginnings
pattern give what the slower ways they replace give."""

from __future__ import annotations

import re
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.doc_access import doc_text, remember_text
from recordlint.matching import literal_alternation
from recordlint.nlp import DEFAULT_MODEL, Need, load_pipeline
from recordlint.text import paragraphs
from recordlint.token_view import token_view, tokens_with_lemma, tokens_with_lower

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline(DEFAULT_MODEL, frozenset({Need.PARSE}))


def _columns(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.text, t.lower_, t.lemma_.lower(), t.pos_, t.tag_, t.is_space) for t in doc]


def _view_rows(doc: Any) -> list[tuple[Any, ...]]:
    view = token_view(doc)
    columns = (view.text, view.lower, view.lemma, view.pos, view.tag, view.is_space)
    return list(zip(*columns, strict=True))


def test_the_view_holds_each_tokens_attributes_on_the_corpus(nlp: Any) -> None:
    texts = [block.text for path in sorted(CORPUS.glob("*.txt"))[:20]
             for block in paragraphs(path.read_text(encoding="utf-8"))]  # fmt: skip
    for doc in nlp.pipe(texts):
        assert _view_rows(doc) == _columns(doc)
        assert token_view(doc) is token_view(doc)  # read once, then kept


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=80))
def test_the_view_and_the_text_match_the_doc_on_any_text(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert _view_rows(doc) == _columns(doc)
    assert doc_text(doc) == doc.text == text


def test_walks_by_word_list_yield_exactly_the_listed_words(nlp: Any) -> None:
    doc = nlp("Needs met. She says her needs are being met and she is meeting friends.")
    met = [t.i for t in tokens_with_lower(doc, {"met", "needs"})]
    assert met == [t.i for t in doc if t.lower_ in {"met", "needs"}]
    assert len(met) == 4
    meet = [t.i for t in tokens_with_lemma(doc, {"meet"})]
    assert meet == [t.i for t in doc if t.lemma_.lower() == "meet"]
    assert meet  # "met" and "meeting" are both read as "meet"


def test_a_remembered_text_is_the_one_given(nlp: Any) -> None:
    doc = nlp.make_doc("Seen at home.")
    remember_text(doc, "Seen at home.")
    assert doc_text(doc) == "Seen at home."


_WORD = st.text(alphabet="abcdeKkſsS-'é", min_size=0, max_size=5)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORD, max_size=12), text=st.text(alphabet="abcdeKkſsS-'é .\n", max_size=40))
def test_shared_beginnings_find_a_word_wherever_the_plain_alternation_does(
    words: list[str], text: str
) -> None:
    plain = re.compile("|".join(map(re.escape, words)) if words else "(?!)", re.IGNORECASE)
    shared = re.compile(literal_alternation(words), re.IGNORECASE)
    assert (shared.search(text) is None) == (plain.search(text) is None)


def test_shared_beginnings_of_no_words_never_match() -> None:
    assert re.search(literal_alternation([]), "anything") is None
    assert literal_alternation(["work", "wor", "worry"]) == "wor"


def test_a_span_copy_holds_what_as_doc_gives(nlp: Any) -> None:
    """The copy of a line unit that the voice rule reads has the tokens, annotations,
    sentences and text that ``Span.as_doc`` gives, from the same shared array."""
    from recordlint.doc_access import span_copy
    from recordlint.segments import line_units

    texts = [block.text for path in sorted(CORPUS.glob("*.txt"))[:30]
             for block in paragraphs(path.read_text(encoding="utf-8"))]  # fmt: skip
    texts.append("Plan:\n- Visit on Monday, she said.\nMr Cole's wishes: to go home.\nAll agreed")
    copies = 0
    for doc in nlp.pipe(texts):
        head = doc._get_array_attrs()
        by_spacy, ours = doc.to_array(head), doc.to_array(head)
        for start, end in line_units(doc.text):
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            expected = span.as_doc(array_head=head, array=by_spacy)
            copy = span_copy(span, head, ours)
            assert copy.text == expected.text
            assert (copy.to_array(head) == expected.to_array(head)).all()
            assert [s.text for s in copy.sents] == [s.text for s in expected.sents]
            assert [(t.dep_, t.head.i) for t in copy] == [(t.dep_, t.head.i) for t in expected]
            # The copy carries its words' view, sliced from the paragraph's: the same values
            # as read from the copy itself.
            assert token_view(copy) == token_view(expected)
            assert list(zip(*astuple(token_view(copy)), strict=True)) == _columns(expected)
            copies += 1
        assert (ours == by_spacy).all()  # the shared array is rewired alike
    assert copies > len(texts)
