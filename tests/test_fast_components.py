"""The attribute table and the remembering lemmatizer set what spaCy's attribute ruler
and lemmatizer set, token for token; the networks multiplying with numpy's BLAS tag and
parse as they do with BLIS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.attribute_table import AttributeTable
from recordlint.lemmas import RememberedLemmatizer
from recordlint.nlp import (
    ATTRIBUTE_RULER,
    DEFAULT_MODEL,
    FALLBACK_MODELS,
    LEMMATIZER,
    Need,
    _multiply_with_numpy,
    load_pipeline,
    one_blas_thread,
)
from recordlint.text import paragraphs

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# Shapes the ruler's rarer patterns are written for: contractions, "gonna", "there is",
# spaces, pronouns as subject and object.
AWKWARD = [
    "I ain't gonna do it, y'all. Let's go, gotta c'm on. There is a dog; nothin' to add.",
    "She isnt here and I dont know.  Do you?\n\n  \nIt told me. Give it to me.",
    "But he said that if it rains, whether or not, we will have done it. Which one?",
]


@pytest.fixture(scope="module")
def reference() -> Any:
    """The model as shipped, attribute ruler and all (the engine's pipeline has the table
    in the ruler's place)."""
    import spacy

    name = next(n for n in (DEFAULT_MODEL, *FALLBACK_MODELS) if spacy.util.is_package(n))
    return spacy.load(name, exclude=["ner"])


def _attributes(doc: Any) -> list[tuple[str, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i)) for t in doc]


def _both(reference: Any, text: str, parsed: bool) -> tuple[list[Any], list[Any]]:
    """The text's tokens after the ruler and after the table, from the same analysis."""
    ruler = reference.get_pipe(ATTRIBUTE_RULER)
    table = AttributeTable(ruler)
    skipped = [ATTRIBUTE_RULER, "lemmatizer", *([] if parsed else ["parser"])]
    doc = reference(text, disable=skipped)
    return _attributes(ruler(doc.copy())), _attributes(table(doc.copy()))


@pytest.mark.parametrize("parsed", [True, False])
def test_the_table_matches_the_ruler_on_the_corpus(reference: Any, parsed: bool) -> None:
    texts = [block.text for path in sorted(CORPUS.glob("*.txt"))[:30]
             for block in paragraphs(path.read_text(encoding="utf-8"))]  # fmt: skip
    for text in [*texts, *AWKWARD]:
        by_ruler, by_table = _both(reference, text, parsed)
        assert by_table == by_ruler, text


def test_one_table_matches_the_ruler_across_documents(reference: Any) -> None:
    """What the table remembers from one doc (the patterns a token passes, what they set
    together) serves the next as the ruler would: the same words come back, some in a doc
    where a pattern of several tokens matches too."""
    ruler = reference.get_pipe(ATTRIBUTE_RULER)
    table = AttributeTable(ruler)
    texts = [block.text for path in sorted(CORPUS.glob("*.txt"))[:60]
             for block in paragraphs(path.read_text(encoding="utf-8"))]  # fmt: skip
    for text in [*texts, *AWKWARD, *texts]:
        doc = reference(text, disable=[ATTRIBUTE_RULER, LEMMATIZER])
        assert _attributes(table(doc.copy())) == _attributes(ruler(doc.copy())), text


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=60), parsed=st.booleans())
def test_the_table_matches_the_ruler_on_any_text(reference: Any, text: str, parsed: bool) -> None:
    by_ruler, by_table = _both(reference, text, parsed)
    assert by_table == by_ruler


def test_the_engine_pipeline_uses_the_table_under_the_rulers_name() -> None:
    nlp = load_pipeline(DEFAULT_MODEL, frozenset({Need.TAGS}))
    assert isinstance(nlp.get_pipe(ATTRIBUTE_RULER), AttributeTable)
    doc = nlp("She isn't eligible.")
    assert [t.pos_ for t in doc] == ["PRON", "AUX", "PART", "ADJ", "PUNCT"]
    assert doc[2].lemma_ == "not"


def _lemmas_both(reference: Any, text: str) -> tuple[list[str], list[str]]:
    """The text's lemmas from spaCy's lemmatizer and from the remembering one, twice each
    (the second time from what it remembered), on the same analysis."""
    lemmatizer = reference.get_pipe(LEMMATIZER)
    remembering = RememberedLemmatizer(lemmatizer)
    doc = reference(text, disable=[LEMMATIZER])
    by_spacy = [t.lemma_ for t in lemmatizer(doc.copy())]
    first = [t.lemma_ for t in remembering(doc.copy())]
    again = [t.lemma_ for t in remembering(doc.copy())]
    assert first == again
    return by_spacy, first


def test_remembered_lemmas_match_the_lemmatizer_on_the_corpus(reference: Any) -> None:
    texts = [block.text for path in sorted(CORPUS.glob("*.txt"))[:30]
             for block in paragraphs(path.read_text(encoding="utf-8"))]  # fmt: skip
    for text in [*texts, *AWKWARD]:
        by_spacy, remembered = _lemmas_both(reference, text)
        assert remembered == by_spacy, text


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=60))
def test_remembered_lemmas_match_the_lemmatizer_on_any_text(reference: Any, text: str) -> None:
    by_spacy, remembered = _lemmas_both(reference, text)
    assert remembered == by_spacy


def test_the_engine_pipeline_remembers_lemmas_under_the_lemmatizers_name() -> None:
    nlp = load_pipeline(DEFAULT_MODEL, frozenset({Need.TAGS}))
    assert isinstance(nlp.get_pipe(LEMMATIZER), RememberedLemmatizer)
    assert [t.lemma_ for t in nlp("Cases were closed. The case closed.")] == [
        "case", "be", "close", ".", "the", "case", "close", ".",
    ]  # fmt: skip


def _lemmatizer_as_shipped(reference: Any) -> Any:
    """A rule lemmatizer over the model's tables read anew from disk, as spaCy keeps them
    (the reference's own may have been handed to a remembering lemmatizer already)."""
    from spacy.lookups import Lookups

    shipped = reference.get_pipe(LEMMATIZER)
    fresh = type(shipped)(reference.vocab, None, name="as_shipped", mode="rule")
    fresh.lookups = Lookups().from_disk(Path(reference.path) / LEMMATIZER / "lookups")
    return fresh


def test_remembered_lemmas_match_the_lemmatizer_with_its_tables_as_shipped(reference: Any) -> None:
    as_shipped = _lemmatizer_as_shipped(reference)
    remembering = RememberedLemmatizer(_lemmatizer_as_shipped(reference))
    shipped_index = as_shipped.lookups.get_table("lemma_index")
    remembered_index = remembering.lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(lemmas, list) for lemmas in shipped_index.values())
    assert all(isinstance(lemmas, frozenset) for lemmas in remembered_index.values())
    texts = [block.text for path in sorted(CORPUS.glob("*.txt"))[30:60]
             for block in paragraphs(path.read_text(encoding="utf-8"))]  # fmt: skip
    for text in [*texts, *AWKWARD]:
        doc = reference(text, disable=[LEMMATIZER])
        expected = [t.lemma_ for t in as_shipped(doc.copy())]
        assert [t.lemma_ for t in remembering(doc.copy())] == expected, text


@pytest.fixture(scope="module")
def numpy_blas() -> Any:
    """The model as shipped, its networks multiplying with numpy's BLAS."""
    import spacy

    name = next(n for n in (DEFAULT_MODEL, *FALLBACK_MODELS) if spacy.util.is_package(n))
    nlp = spacy.load(name, exclude=["ner"])
    _multiply_with_numpy(nlp)
    return nlp


def _analysed_both(reference: Any, numpy_blas: Any, texts: list[str]) -> tuple[Any, Any]:
    with one_blas_thread():
        by_blis = [_attributes(doc) for doc in reference.pipe(texts)]
        by_numpy = [_attributes(doc) for doc in numpy_blas.pipe(texts)]
    return by_blis, by_numpy


def test_numpy_blas_tags_and_parses_as_blis_on_the_corpus(reference: Any, numpy_blas: Any) -> None:
    texts = [block.text for path in sorted(CORPUS.glob("*.txt"))[:30]
             for block in paragraphs(path.read_text(encoding="utf-8"))]  # fmt: skip
    by_blis, by_numpy = _analysed_both(reference, numpy_blas, [*texts, *AWKWARD])
    assert len(by_numpy) == len(texts) + len(AWKWARD)
    for text, expected, found in zip([*texts, *AWKWARD], by_blis, by_numpy, strict=True):
        assert found == expected, text


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=80))
def test_numpy_blas_tags_and_parses_as_blis_on_any_text(
    reference: Any, numpy_blas: Any, text: str
) -> None:
    by_blis, by_numpy = _analysed_both(reference, numpy_blas, [text])
    assert by_numpy == by_blis


def test_the_engine_pipeline_multiplies_with_numpy_on_one_thread() -> None:
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_info

    nlp = load_pipeline(DEFAULT_MODEL, frozenset({Need.PARSE}))
    models = [proc.model for _, proc in nlp.pipeline if getattr(proc, "model", None)]
    assert models
    for model in models:
        for node in model.walk():
            assert not (isinstance(node.ops, NumpyOps) and node.ops.use_blis), node.name

    def threads() -> list[int]:
        return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

    before = threads()
    with one_blas_thread():
        assert all(count == 1 for count in threads())
    assert threads() == before


def test_the_table_skips_its_matcher_only_where_nothing_could_match(reference: Any) -> None:
    """The patterns of several tokens (and those with a regular expression) are matched
    only in docs where some token passes a pattern's first-token tests; where none does,
    the Matcher finds nothing either."""
    from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG

    table = AttributeTable(reference.get_pipe(ATTRIBUTE_RULER))
    assert table._rest_openings  # every such pattern's first token can be judged
    texts = [block.text for path in sorted(CORPUS.glob("*.txt"))[:40]
             for block in paragraphs(path.read_text(encoding="utf-8"))]  # fmt: skip
    skipped = 0
    for text in [*texts, *AWKWARD]:
        doc = reference(text, disable=[ATTRIBUTE_RULER, LEMMATIZER])
        rows = doc.to_array([TAG, LOWER, ORTH, DEP, IS_SPACE]).tolist()
        if not table._may_match_rest(doc, [tuple(row) for row in rows]):
            skipped += 1
            assert not table._rest(doc, allow_missing=True), text
    assert skipped  # most paragraphs hold none of those words
    for text in AWKWARD[:1]:  # "ain't", "gonna", "y'all", "Let's", "gotta", "There is"
        doc = reference(text, disable=[ATTRIBUTE_RULER, LEMMATIZER])
        rows = doc.to_array([TAG, LOWER, ORTH, DEP, IS_SPACE]).tolist()
        assert table._may_match_rest(doc, [tuple(row) for row in rows])


class _Strings:
    def __init__(self) -> None:
        self.size = 1000

    def __len__(self) -> int:
        return self.size


class _Pipeline:
    """What ``analysing`` reads of a pipeline: its string store and its memory zone."""

    def __init__(self) -> None:
        self.vocab = type("Vocab", (), {"strings": _Strings()})()
        self.zones = 0

    def memory_zone(self) -> Any:
        from contextlib import nullcontext

        self.zones += 1
        return nullcontext()


def test_analysis_keeps_words_outside_a_memory_zone_only_up_to_a_bound() -> None:
    """The first analyses keep the words they meet (the tokenizer remembers them); once the
    string store has grown by the bound, every analysis frees what it made."""
    from recordlint.nlp import KEPT_STRINGS, analysing

    nlp: Any = _Pipeline()
    with analysing(nlp):
        nlp.vocab.strings.size += KEPT_STRINGS - 1
    with analysing(nlp):
        pass
    assert nlp.zones == 0
    nlp.vocab.strings.size += 1
    with analysing(nlp):
        pass
    with analysing(nlp):
        pass
    assert nlp.zones == 2


def test_the_tokenizer_remembers_words_outside_a_memory_zone_and_splits_them_the_same() -> None:
    """Words met outside a memory zone are split from the tokenizer's memory afterwards,
    inside one or not, into the same tokens as a fresh split gives."""
    from recordlint.nlp import analysing

    nlp = load_pipeline(DEFAULT_MODEL, frozenset({Need.PARSE}))
    text = "Mrs O'Neil's carer (Ann) didn't visit on 3.4.24, so I rang: no-one answered!"
    with nlp.memory_zone():
        fresh = [t.text for t in nlp.make_doc(text)]
    with analysing(nlp):
        kept = [t.text for t in nlp.make_doc(text)]
    with nlp.memory_zone():
        remembered = [t.text for t in nlp.make_doc(text)]
    assert fresh == kept == remembered
    assert len(fresh) > len(text.split())
