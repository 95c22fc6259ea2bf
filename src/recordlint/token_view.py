"""The words of a parsed paragraph as plain Python values, read once per doc.

Every time a rule walks a spaCy doc (``for token in doc``), spaCy makes a new Python
``Token`` object per word, and each attribute read (``token.lower_``, ``token.lemma_``)
goes back through the string store. Rules walk each paragraph many times over, mostly to
find the few words a word list names; reading the attributes they filter on once per doc,
into tuples kept on the doc, lets those walks skip straight to the words that matter and
make token objects only for them.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VIEW_KEY = "recordlint.token_view"


@dataclass(frozen=True, slots=True)
class TokenView:
    """One entry per token of a doc, by token index."""

    text: tuple[str, ...]
    lower: tuple[str, ...]
    lemma: tuple[str, ...]  # lower case, as rules compare it
    pos: tuple[str, ...]
    tag: tuple[str, ...]
    is_space: tuple[bool, ...]


def token_view(doc: Doc) -> TokenView:
    """The doc's words as plain values, worked out on the first request and kept on it."""
    view: TokenView | None = doc.user_data.get(_VIEW_KEY)
    if view is None:
        rows = [(t.text, t.lower_, t.lemma_.lower(), t.pos_, t.tag_, t.is_space) for t in doc]
        columns = tuple(zip(*rows, strict=True)) if rows else ((),) * 6
        view = TokenView(*columns)
        doc.user_data[_VIEW_KEY] = view
    return view


def tokens_with_lower(doc: Doc, words: Container[str]) -> Iterator[Token]:
    """The tokens whose lower-case text is one of ``words``, in order: the walk of a rule
    that reads only those, without a token object for every other word."""
    for index, lower in enumerate(token_view(doc).lower):
        if lower in words:
            yield doc[index]


def tokens_with_lemma(doc: Doc, lemmas: Container[str]) -> Iterator[Token]:
    """The tokens whose lower-case lemma is one of ``lemmas``, in order."""
    for index, lemma in enumerate(token_view(doc).lemma):
        if lemma in lemmas:
            yield doc[index]
